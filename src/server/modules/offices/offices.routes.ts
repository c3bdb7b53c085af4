import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { route } from '../../kit/route.js';
import { officeScope } from '../../../domain/access.js';
import { notFound } from '../../lib/errors.js';
import { presentDivision, presentOffice } from './offices.presenter.js';
import { officesRepository } from './offices.repository.js';
import { divisionListResponse, officeListQuery, officeListResponse, officeParams, officeSchema } from './offices.schemas.js';

/**
 * Offices and their divisions, as far as the caller may see: their own office, or all for national
 * roles. Another office answers 404.
 */
export const officesRoutes: FastifyPluginAsyncZod = async (app) => {
  route(app, {
    method: 'GET',
    url: '/offices',
    access: 'offices:read',
    operationId: 'listOffices',
    tags: ['organisation'],
    summary: 'Daftar kantor / list offices',
    querystring: officeListQuery,
    response: { 200: officeListResponse },
    errors: [429],
    handler: async (ctx, { query }) => {
      const { rows, total } = await officesRepository.list(ctx.db, officeScope(ctx.actor), query);
      return { items: rows.map(presentOffice), total, page: query.page, pageSize: query.pageSize };
    },
  });

  route(app, {
    method: 'GET',
    url: '/offices/:id',
    access: 'offices:read',
    operationId: 'getOffice',
    tags: ['organisation'],
    summary: 'Satu kantor / one office',
    params: officeParams,
    response: { 200: officeSchema },
    errors: [429],
    handler: async (ctx, { params }) => {
      const row = await officesRepository.get(ctx.db, params.id, officeScope(ctx.actor));
      if (!row) throw notFound();
      return presentOffice(row);
    },
  });

  route(app, {
    method: 'GET',
    url: '/offices/:id/divisions',
    access: 'offices:read',
    operationId: 'listOfficeDivisions',
    tags: ['organisation'],
    summary: 'Bagian/seksi sebuah kantor / divisions of an office',
    params: officeParams,
    response: { 200: divisionListResponse },
    errors: [429],
    handler: async (ctx, { params }) => {
      const office = await officesRepository.get(ctx.db, params.id, officeScope(ctx.actor));
      if (!office) throw notFound();
      const rows = await officesRepository.divisions(ctx.db, office.id);
      return { items: rows.map(presentDivision), total: rows.length };
    },
  });
};
