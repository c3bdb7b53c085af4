import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { errorResponses } from '../../lib/errors.js';
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
  app.get(
    '/persons/:id/qualifications',
    {
      config: { access: 'persons:read' },
      schema: {
        operationId: 'listQualifications',
        tags,
        summary: 'Kualifikasi orang / a person’s qualifications',
        params: personParams,
        querystring: qualificationListQuery,
        response: { 200: qualificationListResponse, ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (request) => listQualifications(app, request, request.params.id, request.query.page, request.query.pageSize),
  );

  app.post(
    '/persons/:id/qualifications',
    {
      config: { access: 'persons:update' },
      schema: {
        operationId: 'createQualification',
        tags,
        summary: 'Catat kualifikasi / record a qualification',
        description: 'work_history needs countryCode and startedOn; a skills test titled "SSW…" needs sswFieldCode; a known language test needs one of its levels.',
        params: personParams,
        body: createQualificationBody,
        response: { 201: qualificationSchema, ...errorResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request, reply) => reply.code(201).send(await addQualification(app, request, request.params.id, request.body)),
  );

  app.patch(
    '/persons/:id/qualifications/:qualificationId',
    {
      config: { access: 'persons:update' },
      schema: {
        operationId: 'updateQualification',
        tags,
        summary: 'Ubah kualifikasi / update a qualification',
        params: qualificationParams,
        body: updateQualificationBody,
        response: { 200: qualificationSchema, ...errorResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request) => updateQualification(app, request, request.params.id, request.params.qualificationId, request.body),
  );

  app.delete(
    '/persons/:id/qualifications/:qualificationId',
    {
      config: { access: 'persons:update' },
      schema: {
        operationId: 'deleteQualification',
        tags,
        summary: 'Hapus kualifikasi / remove a qualification',
        params: qualificationParams,
        querystring: versionQuery,
        response: { 204: z.null(), ...errorResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request, reply) => {
      await removeQualification(app, request, request.params.id, request.params.qualificationId, request.query.version);
      return reply.code(204).send(null);
    },
  );
};
