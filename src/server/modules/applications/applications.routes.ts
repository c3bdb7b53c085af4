import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { route } from '../../kit/route.js';
import {
  applicationDetailSchema,
  applicationListQuery,
  applicationListResponse,
  applicationParams,
  createApplicationBody,
  moveBody,
} from './applications.schemas.js';
import { createApplication, listApplications, moveApplication, readApplication } from './applications.service.js';

const tags = ['applications'];

/** Applications of persons to job orders or schemes, through the pre-departure stages. */
export const applicationsRoutes: FastifyPluginAsyncZod = async (app) => {
  route(app, {
    method: 'GET',
    url: '/applications',
    access: 'applications:read',
    operationId: 'listApplications',
    tags,
    summary: 'Daftar lamaran / list applications',
    querystring: applicationListQuery,
    response: { 200: applicationListResponse },
    handler: (ctx, { query }) => listApplications(ctx, query),
  });

  route(app, {
    method: 'POST',
    url: '/applications',
    access: 'applications:create',
    operationId: 'createApplication',
    tags,
    summary: 'Daftarkan lamaran / register an application',
    description:
      'The job order must be open (409 applications.job_order_not_open); one live application per person and order (409 applications.duplicate); a person not eligible needs overrideReason (409 applications.not_eligible).',
    body: createApplicationBody,
    response: { 201: applicationDetailSchema },
    errors: [404, 409],
    handler: async (ctx, { body }, reply) => reply.code(201).send(await createApplication(ctx, body)),
  });

  route(app, {
    method: 'GET',
    url: '/applications/:id',
    access: 'applications:read',
    operationId: 'getApplication',
    tags,
    summary: 'Lamaran dengan riwayat tahapnya / an application with its stage events',
    params: applicationParams,
    response: { 200: applicationDetailSchema },
    handler: (ctx, { params }) => readApplication(ctx, params.id),
  });

  route(app, {
    method: 'POST',
    url: '/applications/:id/moves',
    access: 'applications:update',
    operationId: 'moveApplication',
    tags,
    summary: 'Pindahkan tahap lamaran / move an application to a stage',
    description:
      'Forward one stage, or further with skipReason; withdrawn/rejected close it; returned only after departure. Departure is refused under 18 (UU 18/2017 Pasal 5) and makes the person a PMI; returned makes them PMI Purna. Refusals answer 409.',
    params: applicationParams,
    body: moveBody,
    response: { 200: applicationDetailSchema },
    handler: (ctx, { params, body }) => moveApplication(ctx, params.id, body),
  });
};
