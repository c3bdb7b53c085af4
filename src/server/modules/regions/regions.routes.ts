import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { errorResponses, notFound } from '../../lib/errors.js';
import { presentRegion } from './regions.presenter.js';
import { regionsRepository } from './regions.repository.js';
import { regionCodeParams, regionListQuery, regionListResponse, regionSchema } from './regions.schemas.js';

/** Administrative regions (wilayah) for pickers and search: public reference data. */
export const regionsRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/regions',
    {
      config: { access: 'public' },
      schema: {
        operationId: 'listRegions',
        tags: ['reference'],
        summary: 'Cari wilayah (provinsi, kab/kota, kecamatan, desa) / search regions',
        querystring: regionListQuery,
        response: { 200: regionListResponse, ...errorResponses(400, 429) },
      },
    },
    async (request) => {
      const { rows, total } = await regionsRepository.list(app.database.db, request.query);
      return { items: rows.map(presentRegion), total, page: request.query.page, pageSize: request.query.pageSize };
    },
  );

  app.get(
    '/regions/:code',
    {
      config: { access: 'public' },
      schema: {
        operationId: 'getRegion',
        tags: ['reference'],
        summary: 'Satu wilayah menurut kode Kemendagri / one region by Kemendagri code',
        params: regionCodeParams,
        response: { 200: regionSchema, ...errorResponses(400, 404, 429) },
      },
    },
    async (request) => {
      const row = await regionsRepository.get(app.database.db, request.params.code);
      if (!row) throw notFound();
      return presentRegion(row);
    },
  );
};
