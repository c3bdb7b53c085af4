import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { route } from '../../kit/route.js';
import { eligibilityParams, eligibilityQuery, eligibilityResponse } from './eligibility.schemas.js';
import { personEligibility } from './eligibility.service.js';

/** Explainable eligibility of a person (PRODUCT.md C). */
export const eligibilityRoutes: FastifyPluginAsyncZod = async (app) => {
  route(app, {
    method: 'GET',
    url: '/persons/:id/eligibility',
    access: 'persons:read',
    operationId: 'getPersonEligibility',
    tags: ['eligibility'],
    summary: 'Kelayakan orang / a person’s eligibility',
    description:
      'Against `scheme` (a code), `jobOrder` (an id) or, with neither, every active scheme: per rule met / not_met / unknown, the reason and the gap, rendered in the caller’s language, and the rule version used.',
    params: eligibilityParams,
    querystring: eligibilityQuery,
    response: { 200: eligibilityResponse },
    handler: (ctx, { params, query }) => personEligibility(ctx, params.id, query),
  });
};
