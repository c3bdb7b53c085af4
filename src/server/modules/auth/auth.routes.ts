import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { AppError, errorResponses } from '../../lib/errors.js';
import { recordAudit } from '../audit/audit.service.js';
import { authRepository } from './auth.repository.js';
import { sessionCache } from './session-cache.js';
import {
  meSchema,
  okSchema,
  passwordBody,
  profileBody,
  recoveryCodesSchema,
  sessionSchema,
  signInBody,
  totpConfirmBody,
  totpSetupSchema,
} from './auth.schemas.js';
import { changePassword, confirmTotpEnrolment, listSessions, me, signIn, signOut, startTotpEnrolment } from './auth.service.js';

const tags = ['auth'];

/** Sign-in, sign-out, the caller's profile, second factor and sessions (stable interface). */
export const authRoutes: FastifyPluginAsyncZod = async (app) => {
  app.post(
    '/auth/sign-in',
    {
      config: { access: 'public' },
      schema: {
        operationId: 'signIn',
        tags,
        summary: 'Masuk dengan email, kata sandi, dan kode TOTP / sign in',
        body: signInBody,
        response: { 200: meSchema, ...errorResponses(400, 401, 403, 429) },
      },
    },
    async (request, reply) => signIn(app, request, reply, request.body),
  );

  app.post(
    '/auth/sign-out',
    {
      config: { access: 'person' },
      schema: { operationId: 'signOut', tags, summary: 'Keluar / sign out', response: { 200: okSchema, ...errorResponses(401, 403) } },
    },
    async (request, reply) => {
      await signOut(app, request, reply, false);
      return { ok: true as const };
    },
  );

  app.post(
    '/auth/sign-out-everywhere',
    {
      config: { access: 'person' },
      schema: {
        operationId: 'signOutEverywhere',
        tags,
        summary: 'Keluar dari semua perangkat / end every session',
        response: { 200: okSchema, ...errorResponses(401, 403) },
      },
    },
    async (request, reply) => {
      await signOut(app, request, reply, true);
      return { ok: true as const };
    },
  );

  app.get(
    '/auth/me',
    {
      config: { access: 'self' },
      schema: { operationId: 'getMe', tags, summary: 'Siapa yang masuk / who is signed in', response: { 200: meSchema, ...errorResponses(401) } },
    },
    async (request) => me(app, request),
  );

  app.patch(
    '/auth/me',
    {
      config: { access: 'person' },
      schema: {
        operationId: 'updateProfile',
        tags,
        summary: 'Ubah bahasa / change language',
        body: profileBody,
        response: { 200: meSchema, ...errorResponses(400, 401, 403) },
      },
    },
    async (request) => {
      await authRepository.updateUser(app.database.db, request.actor!.id, { language: request.body.language });
      return me(app, request);
    },
  );

  app.post(
    '/auth/password',
    {
      config: { access: 'person' },
      schema: {
        operationId: 'changePassword',
        tags,
        summary: 'Ganti kata sandi / change password',
        body: passwordBody,
        response: { 200: okSchema, ...errorResponses(400, 401, 403) },
      },
    },
    async (request) => {
      await changePassword(app, request, request.body.currentPassword, request.body.newPassword);
      return { ok: true as const };
    },
  );

  app.post(
    '/auth/totp/setup',
    {
      config: { access: 'person' },
      schema: {
        operationId: 'startTotpSetup',
        tags,
        summary: 'Mulai pendaftaran autentikator / start second-factor enrolment',
        response: { 200: totpSetupSchema, ...errorResponses(401, 403, 409) },
      },
    },
    async (request) => startTotpEnrolment(app, request),
  );

  app.post(
    '/auth/totp/confirm',
    {
      config: { access: 'person' },
      schema: {
        operationId: 'confirmTotpSetup',
        tags,
        summary: 'Konfirmasi kode autentikator / confirm second factor',
        body: totpConfirmBody,
        response: { 200: recoveryCodesSchema, ...errorResponses(400, 401, 403, 409) },
      },
    },
    async (request) => confirmTotpEnrolment(app, request, request.body.code),
  );

  app.get(
    '/auth/sessions',
    {
      config: { access: 'person' },
      schema: {
        operationId: 'listMySessions',
        tags,
        summary: 'Sesi aktif saya / my active sessions',
        response: { 200: z.object({ items: z.array(sessionSchema), total: z.number().int() }), ...errorResponses(401) },
      },
    },
    async (request) => {
      const items = await listSessions(app, request);
      return { items, total: items.length };
    },
  );

  app.delete(
    '/auth/sessions/:id',
    {
      config: { access: 'person' },
      schema: {
        operationId: 'endMySession',
        tags,
        summary: 'Akhiri satu sesi / end one session',
        params: z.object({ id: z.uuid({ error: 'i18n:fields.uuid' }) }),
        response: { 200: okSchema, ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (request) => {
      const mine = await authRepository.activeSessions(app.database.db, request.actor!.id, app.clock.now());
      if (!mine.some((s) => s.id === request.params.id)) throw new AppError(404, 'not_found', 'errors.not_found');
      await authRepository.revokeSession(app.database.db, request.params.id, app.clock.now());
      sessionCache(app.database).forgetSession(request.params.id);
      await recordAudit(app.database.db, request, { action: 'auth.session_end', outcome: 'success', resourceType: 'session', resourceId: request.params.id });
      return { ok: true as const };
    },
  );
};
