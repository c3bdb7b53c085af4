import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { route } from '../../kit/route.js';
import {
  ruleVersionParams,
  ruleVersionSchema,
  schemeDetailSchema,
  schemeListQuery,
  schemeListResponse,
  schemeParams,
  schemeSchema,
  updateRulesBody,
  updateSchemeBody,
} from './schemes.schemas.js';
import { getRuleVersion, getScheme, listSchemes, updateRules, updateScheme } from './schemes.service.js';

const tags = ['schemes'];

/** Placement schemes (skema penempatan) and their versioned requirement rules. */
export const schemesRoutes: FastifyPluginAsyncZod = async (app) => {
  route(app, {
    method: 'GET',
    url: '/schemes',
    access: 'schemes:read',
    operationId: 'listSchemes',
    tags,
    summary: 'Skema penempatan / placement schemes',
    querystring: schemeListQuery,
    response: { 200: schemeListResponse },
    handler: (ctx, { query }) => listSchemes(ctx, query),
  });

  route(app, {
    method: 'GET',
    url: '/schemes/:code',
    access: 'schemes:read',
    operationId: 'getScheme',
    tags,
    summary: 'Satu skema dengan syaratnya / one scheme with its rules',
    description: 'The current rules, each also as a sentence in the caller’s language, and every version of the rules.',
    params: schemeParams,
    response: { 200: schemeDetailSchema },
    handler: (ctx, { params }) => getScheme(ctx, params.code),
  });

  route(app, {
    method: 'GET',
    url: '/schemes/:code/rules/:ruleVersion',
    access: 'schemes:read',
    operationId: 'getSchemeRuleVersion',
    tags,
    summary: 'Satu versi syarat skema / one version of a scheme’s rules',
    params: ruleVersionParams,
    response: { 200: ruleVersionSchema },
    handler: (ctx, { params }) => getRuleVersion(ctx, params.code, params.ruleVersion),
  });

  route(app, {
    method: 'PUT',
    url: '/schemes/:code/rules',
    access: 'schemes:update',
    operationId: 'updateSchemeRules',
    tags,
    summary: 'Ubah syarat skema (versi baru) / change a scheme’s rules (new version)',
    description: 'Writes a new rule version (ruleVersion + 1); older versions stay readable. The same rules again answer 400 no_change.',
    params: schemeParams,
    body: updateRulesBody,
    response: { 200: schemeDetailSchema },
    handler: (ctx, { params, body }) => updateRules(ctx, params.code, body),
  });

  route(app, {
    method: 'PATCH',
    url: '/schemes/:code',
    access: 'schemes:update',
    operationId: 'updateScheme',
    tags,
    summary: 'Ubah nama, uraian, negara atau status skema / update a scheme',
    params: schemeParams,
    body: updateSchemeBody,
    response: { 200: schemeSchema },
    handler: (ctx, { params, body }) => updateScheme(ctx, params.code, body),
  });
};
