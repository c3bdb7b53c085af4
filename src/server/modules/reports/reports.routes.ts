import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { route } from '../../kit/route.js';
import { officeScope } from '../../../domain/access.js';
import { reportsRepository } from './reports.repository.js';

const overviewSchema = z
  .object({
    offices: z.number().int(),
    divisions: z.number().int(),
    regions: z.object({
      provinces: z.number().int(),
      regencies: z.number().int(),
      districts: z.number().int(),
      villages: z.number().int(),
    }),
    countries: z.number().int(),
    sswFields: z.object({ active: z.number().int(), upcoming: z.number().int() }),
    documentTypes: z.number().int(),
    complaintCategories: z.number().int(),
    registry: z
      .object({
        cpmi: z.number().int(),
        pmi: z.number().int(),
        purna: z.number().int(),
        women: z.number().int(),
        passportsExpiring: z.number().int().describe('Persons whose passport expires within six months'),
      })
      .describe('Persons registered by the office (merged records left out)'),
    datasets: z.array(z.object({ name: z.string(), version: z.string(), rowCount: z.number().int(), loadedAt: z.string() })),
  })
  .meta({ id: 'Overview' });

export const reportsRoutes: FastifyPluginAsyncZod = async (app) => {
  route(app, {
    method: 'GET',
    url: '/reports/overview',
    access: 'reports:read',
    operationId: 'getOverview',
    tags: ['reports'],
    summary: 'Angka ringkas untuk dasbor / figures for the dashboard',
    querystring: z.object({ lang: z.enum(['id', 'en']).optional() }),
    response: { 200: overviewSchema },
    errors: [429],
    handler: (ctx, _input) => reportsRepository.overview(ctx.db, officeScope(ctx.actor), ctx.clock.now()),
  });
};
