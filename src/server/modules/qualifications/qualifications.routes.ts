import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { route } from '../../kit/route.js';
import {
  createQualificationBody,
  personParams,
  qualificationListQuery,
  qualificationListResponse,
  qualificationParams,
  qualificationSchema,
  updateQualificationBody,
  versionQuery,
} from './qualifications.schemas.js';
import { addQualification, listQualifications, removeQualification, updateQualification } from './qualifications.service.js';

const tags = ['qualifications'];

/** Language tests, competency certificates, SSW skills tests and work history abroad. */
export const qualificationsRoutes: FastifyPluginAsyncZod = async (app) => {
  route(app, {
    method: 'GET',
    url: '/persons/:id/qualifications',
    access: 'persons:read',
    operationId: 'listQualifications',
    tags,
    summary: 'Kualifikasi orang / a person’s qualifications',
    params: personParams,
    querystring: qualificationListQuery,
    response: { 200: qualificationListResponse },
    handler: (ctx, { params, query }) => listQualifications(ctx, params.id, query.page, query.pageSize),
  });

  route(app, {
    method: 'POST',
    url: '/persons/:id/qualifications',
    access: 'persons:update',
    operationId: 'createQualification',
    tags,
    summary: 'Catat kualifikasi / record a qualification',
    description: 'work_history needs countryCode and startedOn; a skills test titled "SSW…" needs sswFieldCode; a known language test needs one of its levels.',
    params: personParams,
    body: createQualificationBody,
    response: { 201: qualificationSchema },
    errors: [409],
    handler: async (ctx, { params, body }, reply) => reply.code(201).send(await addQualification(ctx, params.id, body)),
  });

  route(app, {
    method: 'PATCH',
    url: '/persons/:id/qualifications/:qualificationId',
    access: 'persons:update',
    operationId: 'updateQualification',
    tags,
    summary: 'Ubah kualifikasi / update a qualification',
    params: qualificationParams,
    body: updateQualificationBody,
    response: { 200: qualificationSchema },
    errors: [409],
    handler: (ctx, { params, body }) => updateQualification(ctx, params.id, params.qualificationId, body),
  });

  route(app, {
    method: 'DELETE',
    url: '/persons/:id/qualifications/:qualificationId',
    access: 'persons:update',
    operationId: 'deleteQualification',
    tags,
    summary: 'Hapus kualifikasi / remove a qualification',
    params: qualificationParams,
    querystring: versionQuery,
    response: { 204: z.null() },
    errors: [409],
    handler: async (ctx, { params, query }, reply) => {
      await removeQualification(ctx, params.id, params.qualificationId, query.version);
      return reply.code(204).send(null);
    },
  });
};
