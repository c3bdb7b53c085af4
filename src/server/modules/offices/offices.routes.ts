import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { officeScope } from '../../../domain/access.js';
import { errorResponses, notFound } from '../../lib/errors.js';
import { presentDivision, presentOffice } from './offices.presenter.js';
import { officesRepository } from './offices.repository.js';
import { divisionListResponse, officeListQuery, officeListResponse, officeParams, officeSchema } from './offices.schemas.js';

/**
 * Offices and their divisions, as far as the caller may see: their own office, or all for national
 * roles. Another office answers 404.
 */
export const officesRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/offices',
    {
      config: { access: 'offices:read' },
      schema: {
        operationId: 'listOffices',
        tags: ['organisation'],
        summary: 'Daftar kantor / list offices',
        querystring: officeListQuery,
        response: { 200: officeListResponse, ...errorResponses(400, 401, 403, 429) },
      },
    },
    async (request) => {
      const { rows, total } = await officesRepository.list(app.database.db, officeScope(request.actor!), request.query);
      return { items: rows.map(presentOffice), total, page: request.query.page, pageSize: request.query.pageSize };
    },
  );

  app.get(
    '/offices/:id',
    {
      config: { access: 'offices:read' },
      schema: {
        operationId: 'getOffice',
        tags: ['organisation'],
        summary: 'Satu kantor / one office',
        params: officeParams,
        response: { 200: officeSchema, ...errorResponses(400, 401, 403, 404, 429) },
      },
    },
    async (request) => {
      const row = await officesRepository.get(app.database.db, request.params.id, officeScope(request.actor!));
      if (!row) throw notFound();
      return presentOffice(row);
    },
  );

  app.get(
    '/offices/:id/divisions',
    {
      config: { access: 'offices:read' },
      schema: {
        operationId: 'listOfficeDivisions',
        tags: ['organisation'],
        summary: 'Bagian/seksi sebuah kantor / divisions of an office',
        params: officeParams,
        response: { 200: divisionListResponse, ...errorResponses(400, 401, 403, 404, 429) },
      },
    },
    async (request) => {
      const office = await officesRepository.get(app.database.db, request.params.id, officeScope(request.actor!));
      if (!office) throw notFound();
      const rows = await officesRepository.divisions(app.database.db, office.id);
      return { items: rows.map(presentDivision), total: rows.length };
    },
  );
};
