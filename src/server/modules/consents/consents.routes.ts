import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { route } from '../../kit/route.js';
import {
  consentListQuery,
  consentListResponse,
  consentParams,
  consentSchema,
  createConsentBody,
  personParams,
  withdrawConsentBody,
} from './consents.schemas.js';
import { listConsents, recordConsent, withdrawConsent } from './consents.service.js';

const tags = ['consents'];

/** Consent and legal basis per processing purpose (UU 27/2022); withdrawn, never deleted. */
export const consentsRoutes: FastifyPluginAsyncZod = async (app) => {
  route(app, {
    method: 'GET',
    url: '/persons/:id/consents',
    access: 'persons:read',
    operationId: 'listConsents',
    tags,
    summary: 'Persetujuan pemrosesan data / a person’s consents',
    params: personParams,
    querystring: consentListQuery,
    response: { 200: consentListResponse },
    handler: (ctx, { params, query }) => listConsents(ctx, params.id, query.page, query.pageSize),
  });

  route(app, {
    method: 'POST',
    url: '/persons/:id/consents',
    access: 'persons:update',
    operationId: 'createConsent',
    tags,
    summary: 'Catat persetujuan / record a consent or legal basis',
    params: personParams,
    body: createConsentBody,
    response: { 201: consentSchema },
    errors: [409],
    handler: async (ctx, { params, body }, reply) => reply.code(201).send(await recordConsent(ctx, params.id, body)),
  });

  route(app, {
    method: 'POST',
    url: '/persons/:id/consents/:consentId/withdraw',
    access: 'persons:update',
    operationId: 'withdrawConsent',
    tags,
    summary: 'Tarik persetujuan / record the withdrawal of a consent',
    params: consentParams,
    body: withdrawConsentBody,
    response: { 200: consentSchema },
    errors: [409],
    handler: (ctx, { params, body }) => withdrawConsent(ctx, params.id, params.consentId, body),
  });
};
