import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ping } from '../../db/client.js';
import { AppError, errorResponses } from '../../lib/errors.js';

const healthSchema = z
  .object({
    status: z.literal('ok'),
    database: z.enum(['pglite', 'postgres']),
    version: z.string(),
  })
  .meta({ id: 'Health' });

export const healthRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/health',
    {
      config: { access: 'public', rateLimit: false },
      schema: {
        operationId: 'getHealth',
        tags: ['system'],
        summary: 'Status layanan dan basis data / service and database status',
        response: { 200: healthSchema, ...errorResponses(503) },
      },
    },
    async () => {
      try {
        await ping(app.database);
      } catch (err) {
        app.log.error({ err }, 'health check: database unreachable');
        throw new AppError(503, 'unavailable', 'errors.unavailable');
      }
      return { status: 'ok' as const, database: app.database.kind, version: app.balaiVersion };
    },
  );
};
