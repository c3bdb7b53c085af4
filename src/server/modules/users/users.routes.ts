import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { route } from '../../kit/route.js';
import { officeScope } from '../../../domain/access.js';
import { notFound } from '../../lib/errors.js';
import { presentUser } from './users.presenter.js';
import { usersRepository } from './users.repository.js';
import { createdUserSchema, createUserBody, updateUserBody, userListQuery, userListResponse, userParams, userSchema } from './users.schemas.js';
import { createUser, updateUser } from './users.service.js';

const tags = ['users'];

/** User administration: list, create (with a one-time initial password), change role, disable. */
export const usersRoutes: FastifyPluginAsyncZod = async (app) => {
  route(app, {
    method: 'GET',
    url: '/users',
    access: 'users:read',
    operationId: 'listUsers',
    tags,
    summary: 'Daftar pengguna / list users',
    querystring: userListQuery,
    response: { 200: userListResponse },
    handler: async (ctx, { query }) => {
      const actor = ctx.actor;
      const { rows, total } = await usersRepository.list(ctx.db, officeScope(actor), query);
      return { items: rows.map((r) => presentUser(r, actor)), total, page: query.page, pageSize: query.pageSize };
    },
  });

  route(app, {
    method: 'GET',
    url: '/users/:id',
    access: 'users:read',
    operationId: 'getUser',
    tags,
    summary: 'Satu pengguna / one user',
    params: userParams,
    response: { 200: userSchema },
    handler: async (ctx, { params }) => {
      const row = await usersRepository.get(ctx.db, params.id, officeScope(ctx.actor));
      if (!row) throw notFound();
      return presentUser(row, ctx.actor);
    },
  });

  route(app, {
    method: 'POST',
    url: '/users',
    access: 'users:create',
    operationId: 'createUser',
    tags,
    summary: 'Buat pengguna / create a user',
    body: createUserBody,
    response: { 201: createdUserSchema },
    errors: [409],
    handler: async (ctx, { body }, reply) => {
      const { user, initialPassword } = await createUser(ctx, body);
      return reply.code(201).send({ user: presentUser(user, ctx.actor), initialPassword });
    },
  });

  route(app, {
    method: 'PATCH',
    url: '/users/:id',
    access: 'users:update',
    operationId: 'updateUser',
    tags,
    summary: 'Ubah peran, bagian, mitra, atau nonaktifkan / update or disable a user',
    params: userParams,
    body: updateUserBody,
    response: { 200: userSchema },
    errors: [409],
    handler: async (ctx, { params, body }) => presentUser(await updateUser(ctx, params.id, body), ctx.actor),
  });
};
