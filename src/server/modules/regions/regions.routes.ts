import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { route } from '../../kit/route.js';
import { notFound } from '../../lib/errors.js';
import { presentRegion } from './regions.presenter.js';
import { regionsRepository } from './regions.repository.js';
import { regionCodeParams, regionListQuery, regionListResponse, regionSchema } from './regions.schemas.js';

/** Administrative regions (wilayah) for pickers and search: public reference data. */
export const regionsRoutes: FastifyPluginAsyncZod = async (app) => {
  route(app, {
    method: 'GET',
    url: '/regions',
    access: 'public',
    operationId: 'listRegions',
    tags: ['reference'],
    summary: 'Cari wilayah (provinsi, kab/kota, kecamatan, desa) / search regions',
    querystring: regionListQuery,
    response: { 200: regionListResponse },
    errors: [429],
    handler: async (ctx, { query }) => {
      const { rows, total } = await regionsRepository.list(ctx.db, query);
      return { items: rows.map(presentRegion), total, page: query.page, pageSize: query.pageSize };
    },
  });

  route(app, {
    method: 'GET',
    url: '/regions/:code',
    access: 'public',
    operationId: 'getRegion',
    tags: ['reference'],
    summary: 'Satu wilayah menurut kode Kemendagri / one region by Kemendagri code',
    params: regionCodeParams,
    response: { 200: regionSchema },
    errors: [429],
    handler: async (ctx, { params }) => {
      const row = await regionsRepository.get(ctx.db, params.code);
      if (!row) throw notFound();
      return presentRegion(row);
    },
  });
};
