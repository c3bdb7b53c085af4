import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { officeScope } from '../../../domain/access.js';
import { errorResponses } from '../../lib/errors.js';
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
  todayFor,
  updatePerson,
} from './persons.service.js';

const tags = ['persons'];

/** The registry: persons through the migration cycle (CPMI → PMI → PMI Purna). */
export const personsRoutes: FastifyPluginAsyncZod = async (app) => {
  const list = async (request: FastifyRequest, filters: PersonFilters) => {
    const today = todayFor(app);
    const { rows, total } = await personsRepository.list(app.database.db, officeScope(request.actor!), filters, today);
    return { items: rows.map((r) => presentPersonSummary(r, request.lang, today)), total, page: filters.page, pageSize: filters.pageSize };
  };

  app.get(
    '/persons',
    {
      config: { access: 'persons:read' },
      schema: {
        operationId: 'listPersons',
        tags,
        summary: 'Daftar orang / list persons',
        description: 'Identifiers are masked. Prefer POST /api/persons/search for NIK, passport or phone searches: a URL is kept in histories and proxies.',
        querystring: personListQuery,
        response: { 200: personListResponse, ...errorResponses(400, 401, 403) },
      },
    },
    async (request) => list(request, request.query as PersonFilters),
  );

  app.post(
    '/persons/search',
    {
      config: { access: 'persons:read' },
      schema: {
        operationId: 'searchPersons',
        tags,
        summary: 'Cari orang (NIK, paspor, telepon, nama) / search persons',
        body: personSearchBody,
        response: { 200: personListResponse, ...errorResponses(400, 401, 403) },
      },
    },
    async (request) => list(request, request.body as PersonFilters),
  );

  app.post(
    '/persons/nik-check',
    {
      config: {
        access: 'persons:read',
        // Each answer says whether a NIK is registered: counted per caller (not per address, which an
        // office shares), after access so that the caller is known.
        rateLimit: {
          max: app.config.NIK_CHECK_PER_MINUTE,
          timeWindow: 60_000,
          hook: 'preValidation',
          keyGenerator: (request: FastifyRequest) => (request.actor ? `${request.actor.kind}:${request.actor.id}` : `address:${request.ip}`),
        },
      },
      schema: {
        operationId: 'checkNik',
        tags,
        summary: 'Periksa NIK / check a NIK as it is typed',
        description: 'Confirms a registered NIK only when the caller may see the record. Audited; at most NIK_CHECK_PER_MINUTE (default 30) checks a minute per caller.',
        body: nikCheckBody,
        response: { 200: nikCheckResponse, ...errorResponses(400, 401, 403, 429) },
      },
    },
    async (request) => checkNik(app, request, request.body),
  );

  app.post(
    '/persons',
    {
      config: { access: 'persons:create' },
      schema: {
        operationId: 'createPerson',
        tags,
        summary: 'Daftarkan orang / register a person',
        body: createPersonBody,
        response: { 201: createdPersonSchema, ...errorResponses(400, 401, 403, 409) },
      },
    },
    async (request, reply) => reply.code(201).send(await createPerson(app, request, request.body)),
  );

  app.get(
    '/persons/duplicates',
    {
      config: { access: 'persons:merge' },
      schema: {
        operationId: 'listLikelyDuplicates',
        tags,
        summary: 'Kemungkinan data ganda / likely duplicate pairs',
        querystring: duplicatesQuery,
        response: { 200: duplicatesResponse, ...errorResponses(400, 401, 403) },
      },
    },
    async (request) => listDuplicates(app, request, request.query.page, request.query.pageSize),
  );

  app.post(
    '/persons/duplicates/dismiss',
    {
      config: { access: 'persons:merge' },
      schema: {
        operationId: 'dismissLikelyDuplicate',
        tags,
        summary: 'Tandai bukan orang yang sama / mark a pair as different people',
        body: dismissBody,
        response: { 204: z.null(), ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (request, reply) => {
      await dismissDuplicate(app, request, request.body.personA, request.body.personB);
      return reply.code(204).send(null);
    },
  );

  app.post(
    '/persons/merge',
    {
      config: { access: 'persons:merge' },
      schema: {
        operationId: 'mergePersons',
        tags,
        summary: 'Gabungkan data ganda / merge a duplicate into the record kept',
        body: mergeBody,
        response: { 200: personSchema, ...errorResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request) => mergePersons(app, request, request.body),
  );

  app.get(
    '/persons/:id',
    {
      config: { access: 'persons:read' },
      schema: {
        operationId: 'getPerson',
        tags,
        summary: 'Satu orang / one person',
        params: personParams,
        response: { 200: personSchema, ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (request) => readPerson(app, request, request.params.id),
  );

  app.patch(
    '/persons/:id',
    {
      config: { access: 'persons:update' },
      schema: {
        operationId: 'updatePerson',
        tags,
        summary: 'Ubah data orang / update a person',
        params: personParams,
        body: updatePersonBody,
        response: { 200: personSchema, ...errorResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request) => updatePerson(app, request, request.params.id, request.body),
  );

  app.post(
    '/persons/:id/status',
    {
      config: { access: 'persons:update' },
      schema: {
        operationId: 'changePersonStatus',
        tags,
        summary: 'Ubah status CPMI/PMI/Purna / move a person along the cycle',
        params: personParams,
        body: statusChangeBody,
        response: { 200: personSchema, ...errorResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request) => changeStatus(app, request, request.params.id, request.body),
  );

  app.post(
    '/persons/:id/reveal',
    {
      config: { access: 'persons:reveal' },
      schema: {
        operationId: 'revealPersonIdentifier',
        tags,
        summary: 'Tampilkan NIK/paspor lengkap dengan alasan / reveal an identifier, audited',
        params: personParams,
        body: revealBody,
        response: { 200: revealResponse, ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (request) => revealIdentifier(app, request, request.params.id, request.body.field, request.body.reason),
  );

  app.get(
    '/persons/:id/timeline',
    {
      config: { access: 'persons:read' },
      schema: {
        operationId: 'getPersonTimeline',
        tags,
        summary: 'Riwayat orang / what happened to a person',
        params: personParams,
        querystring: timelineQuery,
        response: { 200: timelineResponse, ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (request) => {
      const person = await personForRead(app.database.db, request.actor!, request.params.id);
      const { page, pageSize, order } = request.query;
      const { rows, total } = await timelineRepository.list(app.database.db, [person.id], page, pageSize, order);
      return {
        items: rows.map((r) => ({ id: r.id, at: r.at.toISOString(), module: r.module, kind: r.kind, data: r.data, actorLabel: r.actorLabel, actorName: r.actorName, refType: r.refType, refId: r.refId })),
        total,
        page,
        pageSize,
      };
    },
  );

  app.get(
    '/persons/:id/export',
    {
      config: { access: 'persons:export' },
      schema: {
        operationId: 'exportPersonData',
        tags,
        summary: 'Ekspor data subjek (UU PDP) / everything held about a person and its processing history',
        params: personParams,
        response: { 200: z.record(z.string(), z.unknown()), ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (request, reply) => {
      const data = await exportPerson(app, request, request.params.id);
      reply.header('content-disposition', `attachment; filename="data-pribadi-${request.params.id}.json"`);
      reply.header('cache-control', 'no-store');
      return data;
    },
  );
};
