import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { route } from '../../kit/route.js';
import { jobOrderMatchesQuery, jobOrderMatchesResponse, matchParams, personJobMatchesResponse } from './matches.schemas.js';
import { jobOrderMatches, personJobMatches } from './matches.service.js';

/** Matching: candidates for a job order, job orders for a person. */
export const matchesRoutes: FastifyPluginAsyncZod = async (app) => {
  route(app, {
    method: 'GET',
    url: '/job-orders/:id/matches',
    access: 'job-orders:read',
    operationId: 'listJobOrderMatches',
    tags: ['job-orders'],
    summary: 'Kandidat job order / candidates for a job order',
    description:
      'Persons of the job order’s office (cpmi or purna, of a possible age) evaluated against the order’s rules: the tier comes from eligibility, the score orders within a tier; every component and gap is explained in the caller’s language. Needs persons:read as well (403). counts covers every tier whatever the tier filter.',
    params: matchParams,
    querystring: jobOrderMatchesQuery,
    response: { 200: jobOrderMatchesResponse },
    handler: (ctx, { params, query }) => jobOrderMatches(ctx, params.id, query),
  });

  route(app, {
    method: 'GET',
    url: '/persons/:id/job-matches',
    access: 'persons:read',
    operationId: 'listPersonJobMatches',
    tags: ['persons'],
    summary: 'Job order yang cocok / job orders for a person',
    description:
      'Open job orders of the person’s office the person is eligible for (highest score first), then those they almost qualify for, with the gaps to close; at most 50. Needs job-orders:read as well (403).',
    params: matchParams,
    response: { 200: personJobMatchesResponse },
    handler: (ctx, { params }) => personJobMatches(ctx, params.id),
  });
};
