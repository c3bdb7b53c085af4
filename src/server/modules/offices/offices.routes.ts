import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { errorResponses, notFound } from '../../lib/errors.js';
import { presentDivision, presentOffice } from './offices.presenter.js';
import { officesRepository } from './offices.repository.js';
import { divisionListResponse, officeListQuery, officeListResponse, officeParams, officeSchema } from './offices.schemas.js';

/**
 * Offices and their divisions. Read-only here: the directory of offices is public information; the
 * administration screens that change it come with identity and access.
 */
export const officesRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/offices',
    {
      config: { access: 'public' },
      schema: {
        operationId: 'listOffices',
        tags: ['organisation'],
        summary: 'Daftar kantor / list offices',
        querystring: officeListQuery,
        response: { 200: officeListResponse, ...errorResponses(400, 429) },
      },
    },
    async (request) => {
      const { rows, total } = await officesRepository.list(app.database.db, request.query);
      return { items: rows.map(presentOffice), total, page: request.query.page, pageSize: request.query.pageSize };
    },
  );

  app.get(
    '/offices/:id',
    {
      config: { access: 'public' },
      schema: {
        operationId: 'getOffice',
        tags: ['organisation'],
        summary: 'Satu kantor / one office',
        params: officeParams,
        response: { 200: officeSchema, ...errorResponses(400, 404, 429) },
      },
    },
    async (request) => {
      const row = await officesRepository.get(app.database.db, request.params.id);
      if (!row) throw notFound();
      return presentOffice(row);
    },
  );

  app.get(
    '/offices/:id/divisions',
    {
      config: { access: 'public' },
      schema: {
        operationId: 'listOfficeDivisions',
        tags: ['organisation'],
        summary: 'Bagian/seksi sebuah kantor / divisions of an office',
        params: officeParams,
        response: { 200: divisionListResponse, ...errorResponses(400, 404, 429) },
      },
    },
    async (request) => {
      const office = await officesRepository.get(app.database.db, request.params.id);
      if (!office) throw notFound();
      const rows = await officesRepository.divisions(app.database.db, office.id);
      return { items: rows.map(presentDivision), total: rows.length };
    },
  );
};
