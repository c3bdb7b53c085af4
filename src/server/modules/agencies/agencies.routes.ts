import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { route } from '../../kit/route.js';
import {
  agencyDetailSchema,
  agencyListQuery,
  agencyListResponse,
  agencyParams,
  createAgencyBody,
  createPermitBody,
  langQuery,
  permitListResponse,
  permitParams,
  permitSchema,
  updateAgencyBody,
  updatePermitBody,
} from './agencies.schemas.js';
import { createAgency, createPermit, getAgency, listAgencies, listPermits, updateAgency, updatePermit } from './agencies.service.js';

const tags = ['agencies'];

/** P3MI placement companies with their SIP3MI licences, branches and SIP2MI recruitment permits. */
export const agenciesRoutes: FastifyPluginAsyncZod = async (app) => {
  route(app, {
    method: 'GET',
    url: '/agencies',
    access: 'agencies:read',
    operationId: 'listAgencies',
    tags,
    summary: 'Daftar P3MI / list placement agencies',
    querystring: agencyListQuery,
    response: { 200: agencyListResponse },
    handler: (ctx, { query }) => listAgencies(ctx, query),
  });

  route(app, {
    method: 'POST',
    url: '/agencies',
    access: 'agencies:create',
    operationId: 'createAgency',
    tags,
    summary: 'Daftarkan P3MI / register a placement agency',
    description: 'The SIP3MI number is unique nationally (409 licence_taken). A suspended or revoked agency needs statusReason.',
    body: createAgencyBody,
    response: { 201: agencyDetailSchema },
    errors: [409],
    handler: async (ctx, { body }, reply) => reply.code(201).send(await createAgency(ctx, body)),
  });

  route(app, {
    method: 'GET',
    url: '/agencies/:id',
    access: 'agencies:read',
    operationId: 'getAgency',
    tags,
    summary: 'Data P3MI / one placement agency',
    params: agencyParams,
    response: { 200: agencyDetailSchema },
    handler: (ctx, { params }) => getAgency(ctx, params.id),
  });

  route(app, {
    method: 'PATCH',
    url: '/agencies/:id',
    access: 'agencies:update',
    operationId: 'updateAgency',
    tags,
    summary: 'Ubah P3MI / update a placement agency',
    params: agencyParams,
    body: updateAgencyBody,
    response: { 200: agencyDetailSchema },
    handler: (ctx, { params, body }) => updateAgency(ctx, params.id, body),
  });

  route(app, {
    method: 'GET',
    url: '/agencies/:id/permits',
    access: 'agencies:read',
    operationId: 'listAgencyPermits',
    tags,
    summary: 'SIP2MI sebuah P3MI / recruitment permits of an agency',
    params: agencyParams,
    querystring: langQuery,
    response: { 200: permitListResponse },
    handler: (ctx, { params }) => listPermits(ctx, params.id),
  });

  route(app, {
    method: 'POST',
    url: '/agencies/:id/permits',
    access: 'agencies:update',
    operationId: 'createAgencyPermit',
    tags,
    summary: 'Catat SIP2MI / record a recruitment permit',
    description: 'The permit number is unique (409 permit_number_taken).',
    params: agencyParams,
    body: createPermitBody,
    response: { 201: permitSchema },
    errors: [409],
    handler: async (ctx, { params, body }, reply) => reply.code(201).send(await createPermit(ctx, params.id, body)),
  });

  route(app, {
    method: 'PATCH',
    url: '/agencies/:id/permits/:permitId',
    access: 'agencies:update',
    operationId: 'updateAgencyPermit',
    tags,
    summary: 'Ubah SIP2MI / update a recruitment permit',
    description: 'A quota below the positions already used by job orders is refused (409 quota_below_used).',
    params: permitParams,
    body: updatePermitBody,
    response: { 200: permitSchema },
    handler: (ctx, { params, body }) => updatePermit(ctx, params.id, params.permitId, body),
  });
};
