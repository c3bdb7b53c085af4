import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { errorResponses } from '../../lib/errors.js';
import { consentListQuery, consentListResponse, consentParams, consentSchema, createConsentBody, personParams, withdrawConsentBody } from './consents.schemas.js';
import { listConsents, recordConsent, withdrawConsent } from './consents.service.js';

const tags = ['consents'];

/** Consent and legal basis per processing purpose (UU 27/2022); withdrawn, never deleted. */
export const consentsRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/persons/:id/consents',
    {
      config: { access: 'persons:read' },
      schema: {
        operationId: 'listConsents',
        tags,
        summary: 'Persetujuan pemrosesan data / a person’s consents',
        params: personParams,
        querystring: consentListQuery,
        response: { 200: consentListResponse, ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (request) => listConsents(app, request, request.params.id, request.query.page, request.query.pageSize),
  );

  app.post(
    '/persons/:id/consents',
    {
      config: { access: 'persons:update' },
      schema: {
        operationId: 'createConsent',
        tags,
        summary: 'Catat persetujuan / record a consent or legal basis',
        params: personParams,
        body: createConsentBody,
        response: { 201: consentSchema, ...errorResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request, reply) => reply.code(201).send(await recordConsent(app, request, request.params.id, request.body)),
  );

  app.post(
    '/persons/:id/consents/:consentId/withdraw',
    {
      config: { access: 'persons:update' },
      schema: {
        operationId: 'withdrawConsent',
        tags,
        summary: 'Tarik persetujuan / record the withdrawal of a consent',
        params: consentParams,
        body: withdrawConsentBody,
        response: { 200: consentSchema, ...errorResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request) => withdrawConsent(app, request, request.params.id, request.params.consentId, request.body),
  );
};
