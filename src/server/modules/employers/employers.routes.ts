import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { route } from '../../kit/route.js';
import { createEmployerBody, employerDetailSchema, employerListQuery, employerListResponse, employerParams, updateEmployerBody } from './employers.schemas.js';
import { createEmployer, getEmployer, listEmployers, updateEmployer } from './employers.service.js';

const tags = ['employers'];

/** Employers and foreign partners abroad, with the attaché's flag on problematic ones. */
export const employersRoutes: FastifyPluginAsyncZod = async (app) => {
  route(app, {
    method: 'GET',
    url: '/employers',
    access: 'employers:read',
    operationId: 'listEmployers',
    tags,
    summary: 'Daftar pemberi kerja / list employers',
    querystring: employerListQuery,
    response: { 200: employerListResponse },
    handler: (ctx, { query }) => listEmployers(ctx, query),
  });

  route(app, {
    method: 'POST',
    url: '/employers',
    access: 'employers:create',
    operationId: 'createEmployer',
    tags,
    summary: 'Catat pemberi kerja / record an employer',
    description: 'countryCode must be a known country; flagged needs flagNote.',
    body: createEmployerBody,
    response: { 201: employerDetailSchema },
    handler: async (ctx, { body }, reply) => reply.code(201).send(await createEmployer(ctx, body)),
  });

  route(app, {
    method: 'GET',
    url: '/employers/:id',
    access: 'employers:read',
    operationId: 'getEmployer',
    tags,
    summary: 'Data pemberi kerja / one employer',
    params: employerParams,
    response: { 200: employerDetailSchema },
    handler: (ctx, { params }) => getEmployer(ctx, params.id),
  });

  route(app, {
    method: 'PATCH',
    url: '/employers/:id',
    access: 'employers:update',
    operationId: 'updateEmployer',
    tags,
    summary: 'Ubah pemberi kerja / update an employer',
    params: employerParams,
    body: updateEmployerBody,
    response: { 200: employerDetailSchema },
    handler: (ctx, { params, body }) => updateEmployer(ctx, params.id, body),
  });
};
