import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { route } from '../../kit/route.js';
import { officeScope } from '../../../domain/access.js';
import { today, type ActorContext } from '../../kit/context.js';
import { timelineRepository } from '../timeline/timeline.service.js';
import { exportPerson } from './person-export.service.js';
import { presentPersonSummary } from './persons.presenter.js';
import { personsRepository, type PersonFilters } from './persons.repository.js';
import {
  createdPersonSchema,
  createPersonBody,
  dismissBody,
  duplicatesQuery,
  duplicatesResponse,
  mergeBody,
  nikCheckBody,
  nikCheckResponse,
  personListQuery,
  personListResponse,
  personParams,
  personSchema,
  personSearchBody,
  revealBody,
  revealResponse,
  statusChangeBody,
  timelineQuery,
  timelineResponse,
  updatePersonBody,
} from './persons.schemas.js';
import {
  changeStatus,
  checkNik,
  createPerson,
  dismissDuplicate,
  listDuplicates,
  mergePersons,
  personForRead,
  readPerson,
  revealIdentifier,
  updatePerson,
} from './persons.service.js';

const tags = ['persons'];

/** The registry: persons through the migration cycle (CPMI → PMI → PMI Purna). */
export const personsRoutes: FastifyPluginAsyncZod = async (app) => {
  const list = async (ctx: ActorContext, filters: PersonFilters) => {
    const day = today(ctx);
    const { rows, total } = await personsRepository.list(ctx.db, officeScope(ctx.actor), filters, day);
    return { items: rows.map((r) => presentPersonSummary(r, ctx.lang, day)), total, page: filters.page, pageSize: filters.pageSize };
  };

  route(app, {
    method: 'GET',
    url: '/persons',
    access: 'persons:read',
    operationId: 'listPersons',
    tags,
    summary: 'Daftar orang / list persons',
    description: 'Identifiers are masked. Prefer POST /api/persons/search for NIK, passport or phone searches: a URL is kept in histories and proxies.',
    querystring: personListQuery,
    response: { 200: personListResponse },
    handler: (ctx, { query }) => list(ctx, query as PersonFilters),
  });

  route(app, {
    method: 'POST',
    url: '/persons/search',
    access: 'persons:read',
    operationId: 'searchPersons',
    tags,
    summary: 'Cari orang (NIK, paspor, telepon, nama) / search persons',
    body: personSearchBody,
    response: { 200: personListResponse },
    handler: (ctx, { body }) => list(ctx, body as PersonFilters),
  });

  route(app, {
    method: 'POST',
    url: '/persons/nik-check',
    access: 'persons:read',
    // Each answer says whether a NIK is registered: counted per caller (not per address, which an office
    // shares), after access so that the caller is known.
    rateLimit: {
      max: app.config.NIK_CHECK_PER_MINUTE,
      timeWindow: 60_000,
      hook: 'preValidation',
      keyGenerator: (request: FastifyRequest) => (request.actor ? `${request.actor.kind}:${request.actor.id}` : `address:${request.ip}`),
    },
    operationId: 'checkNik',
    tags,
    summary: 'Periksa NIK / check a NIK as it is typed',
    description:
      'Confirms a registered NIK only when the caller may see the record. Audited; at most NIK_CHECK_PER_MINUTE (default 30) checks a minute per caller.',
    body: nikCheckBody,
    response: { 200: nikCheckResponse },
    errors: [429],
    handler: (ctx, { body }) => checkNik(ctx, body),
  });

  route(app, {
    method: 'POST',
    url: '/persons',
    access: 'persons:create',
    operationId: 'createPerson',
    tags,
    summary: 'Daftarkan orang / register a person',
    body: createPersonBody,
    response: { 201: createdPersonSchema },
    errors: [409],
    handler: async (ctx, { body }, reply) => reply.code(201).send(await createPerson(ctx, body)),
  });

  route(app, {
    method: 'GET',
    url: '/persons/duplicates',
    access: 'persons:merge',
    operationId: 'listLikelyDuplicates',
    tags,
    summary: 'Kemungkinan data ganda / likely duplicate pairs',
    querystring: duplicatesQuery,
    response: { 200: duplicatesResponse },
    handler: (ctx, { query }) => listDuplicates(ctx, query.page, query.pageSize),
  });

  route(app, {
    method: 'POST',
    url: '/persons/duplicates/dismiss',
    access: 'persons:merge',
    operationId: 'dismissLikelyDuplicate',
    tags,
    summary: 'Tandai bukan orang yang sama / mark a pair as different people',
    body: dismissBody,
    response: { 204: z.null() },
    errors: [404],
    handler: async (ctx, { body }, reply) => {
      await dismissDuplicate(ctx, body.personA, body.personB);
      return reply.code(204).send(null);
    },
  });

  route(app, {
    method: 'POST',
    url: '/persons/merge',
    access: 'persons:merge',
    operationId: 'mergePersons',
    tags,
    summary: 'Gabungkan data ganda / merge a duplicate into the record kept',
    body: mergeBody,
    response: { 200: personSchema },
    errors: [404, 409],
    handler: (ctx, { body }) => mergePersons(ctx, body),
  });

  route(app, {
    method: 'GET',
    url: '/persons/:id',
    access: 'persons:read',
    operationId: 'getPerson',
    tags,
    summary: 'Satu orang / one person',
    params: personParams,
    response: { 200: personSchema },
    handler: (ctx, { params }) => readPerson(ctx, params.id),
  });

  route(app, {
    method: 'PATCH',
    url: '/persons/:id',
    access: 'persons:update',
    operationId: 'updatePerson',
    tags,
    summary: 'Ubah data orang / update a person',
    params: personParams,
    body: updatePersonBody,
    response: { 200: personSchema },
    errors: [409],
    handler: (ctx, { params, body }) => updatePerson(ctx, params.id, body),
  });

  route(app, {
    method: 'POST',
    url: '/persons/:id/status',
    access: 'persons:update',
    operationId: 'changePersonStatus',
    tags,
    summary: 'Ubah status CPMI/PMI/Purna / move a person along the cycle',
    params: personParams,
    body: statusChangeBody,
    response: { 200: personSchema },
    errors: [409],
    handler: (ctx, { params, body }) => changeStatus(ctx, params.id, body),
  });

  route(app, {
    method: 'POST',
    url: '/persons/:id/reveal',
    access: 'persons:reveal',
    operationId: 'revealPersonIdentifier',
    tags,
    summary: 'Tampilkan NIK/paspor lengkap dengan alasan / reveal an identifier, audited',
    params: personParams,
    body: revealBody,
    response: { 200: revealResponse },
    handler: (ctx, { params, body }) => revealIdentifier(ctx, params.id, body.field, body.reason),
  });

  route(app, {
    method: 'GET',
    url: '/persons/:id/timeline',
    access: 'persons:read',
    operationId: 'getPersonTimeline',
    tags,
    summary: 'Riwayat orang / what happened to a person',
    params: personParams,
    querystring: timelineQuery,
    response: { 200: timelineResponse },
    handler: async (ctx, { params, query }) => {
      const person = await personForRead(ctx.db, ctx.actor, params.id);
      const { page, pageSize, order } = query;
      const { rows, total } = await timelineRepository.list(ctx.db, [person.id], page, pageSize, order);
      return {
        items: rows.map((r) => ({
          id: r.id,
          at: r.at.toISOString(),
          module: r.module,
          kind: r.kind,
          data: r.data,
          actorLabel: r.actorLabel,
          actorName: r.actorName,
          refType: r.refType,
          refId: r.refId,
        })),
        total,
        page,
        pageSize,
      };
    },
  });

  route(app, {
    method: 'GET',
    url: '/persons/:id/export',
    access: 'persons:export',
    operationId: 'exportPersonData',
    tags,
    summary: 'Ekspor data subjek (UU PDP) / everything held about a person and its processing history',
    params: personParams,
    response: { 200: z.record(z.string(), z.unknown()) },
    handler: async (ctx, { params }, reply) => {
      const data = await exportPerson(ctx, params.id);
      reply.header('content-disposition', `attachment; filename="data-pribadi-${params.id}.json"`);
      reply.header('cache-control', 'no-store');
      return data;
    },
  });
};
