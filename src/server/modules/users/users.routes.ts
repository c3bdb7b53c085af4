import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { officeScope } from '../../../domain/access.js';
import { errorResponses, notFound } from '../../lib/errors.js';
import { presentUser } from './users.presenter.js';
import { usersRepository } from './users.repository.js';
import { createdUserSchema, createUserBody, updateUserBody, userListQuery, userListResponse, userParams, userSchema } from './users.schemas.js';
import { createUser, updateUser } from './users.service.js';

const tags = ['users'];

/** User administration: list, create (with a one-time initial password), change role, disable. */
export const usersRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/users',
    {
      config: { access: 'users:read' },
      schema: {
        operationId: 'listUsers',
        tags,
        summary: 'Daftar pengguna / list users',
        querystring: userListQuery,
        response: { 200: userListResponse, ...errorResponses(400, 401, 403) },
      },
    },
    async (request) => {
      const actor = request.actor!;
      const { rows, total } = await usersRepository.list(app.database.db, officeScope(actor), request.query);
      return { items: rows.map((r) => presentUser(r, actor)), total, page: request.query.page, pageSize: request.query.pageSize };
    },
  );

  app.get(
    '/users/:id',
    {
      config: { access: 'users:read' },
      schema: {
        operationId: 'getUser',
        tags,
        summary: 'Satu pengguna / one user',
        params: userParams,
        response: { 200: userSchema, ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (request) => {
      const row = await usersRepository.get(app.database.db, request.params.id, officeScope(request.actor!));
      if (!row) throw notFound();
      return presentUser(row, request.actor!);
    },
  );

  app.post(
    '/users',
    {
      config: { access: 'users:create' },
      schema: {
        operationId: 'createUser',
        tags,
        summary: 'Buat pengguna / create a user',
        body: createUserBody,
        response: { 201: createdUserSchema, ...errorResponses(400, 401, 403, 409) },
      },
    },
    async (request, reply) => {
      const { user, initialPassword } = await createUser(app, request, request.body);
      return reply.code(201).send({ user: presentUser(user, request.actor!), initialPassword });
    },
  );

  app.patch(
    '/users/:id',
    {
      config: { access: 'users:update' },
      schema: {
        operationId: 'updateUser',
        tags,
        summary: 'Ubah peran, bagian, mitra, atau nonaktifkan / update or disable a user',
        params: userParams,
        body: updateUserBody,
        response: { 200: userSchema, ...errorResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request) => presentUser(await updateUser(app, request, request.params.id, request.body), request.actor!),
  );
};
