import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { route } from '../../kit/route.js';
import {
  createFamilyMemberBody,
  familyListQuery,
  familyListResponse,
  familyMemberSchema,
  memberParams,
  personParams,
  updateFamilyMemberBody,
  versionQuery,
} from './family.schemas.js';
import { addFamilyMember, listFamily, removeFamilyMember, updateFamilyMember } from './family.service.js';

const tags = ['family'];

/** A person's family members and emergency contacts. */
export const familyRoutes: FastifyPluginAsyncZod = async (app) => {
  route(app, {
    method: 'GET',
    url: '/persons/:id/family-members',
    access: 'persons:read',
    operationId: 'listFamilyMembers',
    tags,
    summary: 'Keluarga orang / a person’s family members',
    params: personParams,
    querystring: familyListQuery,
    response: { 200: familyListResponse },
    handler: (ctx, { params, query }) => listFamily(ctx, params.id, query.page, query.pageSize),
  });

  route(app, {
    method: 'POST',
    url: '/persons/:id/family-members',
    access: 'persons:update',
    operationId: 'createFamilyMember',
    tags,
    summary: 'Tambah anggota keluarga / add a family member',
    params: personParams,
    body: createFamilyMemberBody,
    response: { 201: familyMemberSchema },
    errors: [409],
    handler: async (ctx, { params, body }, reply) => reply.code(201).send(await addFamilyMember(ctx, params.id, body)),
  });

  route(app, {
    method: 'PATCH',
    url: '/persons/:id/family-members/:memberId',
    access: 'persons:update',
    operationId: 'updateFamilyMember',
    tags,
    summary: 'Ubah anggota keluarga / update a family member',
    params: memberParams,
    body: updateFamilyMemberBody,
    response: { 200: familyMemberSchema },
    handler: (ctx, { params, body }) => updateFamilyMember(ctx, params.id, params.memberId, body),
  });

  route(app, {
    method: 'DELETE',
    url: '/persons/:id/family-members/:memberId',
    access: 'persons:update',
    operationId: 'deleteFamilyMember',
    tags,
    summary: 'Hapus anggota keluarga / remove a family member',
    params: memberParams,
    querystring: versionQuery,
    response: { 204: z.null() },
    handler: async (ctx, { params, query }, reply) => {
      await removeFamilyMember(ctx, params.id, params.memberId, query.version);
      return reply.code(204).send(null);
    },
  });
};
