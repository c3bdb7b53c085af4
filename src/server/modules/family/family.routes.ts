import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { errorResponses } from '../../lib/errors.js';
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
  app.get(
    '/persons/:id/family-members',
    {
      config: { access: 'persons:read' },
      schema: {
        operationId: 'listFamilyMembers',
        tags,
        summary: 'Keluarga orang / a person’s family members',
        params: personParams,
        querystring: familyListQuery,
        response: { 200: familyListResponse, ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (request) => listFamily(app, request, request.params.id, request.query.page, request.query.pageSize),
  );

  app.post(
    '/persons/:id/family-members',
    {
      config: { access: 'persons:update' },
      schema: {
        operationId: 'createFamilyMember',
        tags,
        summary: 'Tambah anggota keluarga / add a family member',
        params: personParams,
        body: createFamilyMemberBody,
        response: { 201: familyMemberSchema, ...errorResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request, reply) => reply.code(201).send(await addFamilyMember(app, request, request.params.id, request.body)),
  );

  app.patch(
    '/persons/:id/family-members/:memberId',
    {
      config: { access: 'persons:update' },
      schema: {
        operationId: 'updateFamilyMember',
        tags,
        summary: 'Ubah anggota keluarga / update a family member',
        params: memberParams,
        body: updateFamilyMemberBody,
        response: { 200: familyMemberSchema, ...errorResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request) => updateFamilyMember(app, request, request.params.id, request.params.memberId, request.body),
  );

  app.delete(
    '/persons/:id/family-members/:memberId',
    {
      config: { access: 'persons:update' },
      schema: {
        operationId: 'deleteFamilyMember',
        tags,
        summary: 'Hapus anggota keluarga / remove a family member',
        params: memberParams,
        querystring: versionQuery,
        response: { 204: z.null(), ...errorResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request, reply) => {
      await removeFamilyMember(app, request, request.params.id, request.params.memberId, request.query.version);
      return reply.code(204).send(null);
    },
  );
};
