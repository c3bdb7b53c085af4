import type { FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { can, type Actor, type Permission } from '../../domain/access.js';
import { AppError } from '../lib/errors.js';
import { isApiRequest } from '../lib/routing.js';
import { recordAudit } from '../modules/audit/audit.service.js';
import { resolveActor, SESSION_COOKIE } from '../modules/auth/auth.service.js';

/**
 * How a route may be reached:
 * - 'public': anyone;
 * - 'self': any signed-in person or token, even a person who must still enrol a second factor or
 *   change a one-time password;
 * - 'person': a signed-in person (not a token), even one who must still enrol a second factor or
 *   change a one-time password;
 * - 'signed-in': any signed-in person or token;
 * - a permission such as 'users:update': only actors granted it (domain/access.ts).
 */
export type Access = 'public' | 'self' | 'person' | 'signed-in' | Permission;

declare module 'fastify' {
  interface FastifyContextConfig {
    access?: Access;
  }
  interface FastifyInstance {
    /** Every /api route with its declared access, for the access matrix test and audits of the policy. */
    apiRoutes: { method: string; url: string; access: Access }[];
  }
  interface FastifyRequest {
    actor: Actor | null;
    /** Why a presented credential was not accepted, to tell the caller precisely. */
    authProblem: 'session_expired' | 'invalid_token' | null;
    /** The session's CSRF token when signed in with the cookie. */
    csrfToken: string | null;
  }
}

const safeMethods = new Set(['GET', 'HEAD', 'OPTIONS']);

/** Who the caller is, and whether they may call this route: default deny, decided in one place. */
export const accessPlugin = fp(
  async (app) => {
    // Every /api route declares its access, or the server refuses to start.
    const apiRoutes: { method: string; url: string; access: Access }[] = [];
    app.decorate('apiRoutes', apiRoutes);
    app.addHook('onRoute', (route) => {
      if (!route.url.startsWith('/api/') || route.url.startsWith('/api/docs')) return;
      const access = (route.config as { access?: Access } | undefined)?.access;
      if (!access) throw new Error(`Route ${String(route.method)} ${route.url} declares no access policy`);
      for (const method of [route.method].flat()) if (method !== 'HEAD') apiRoutes.push({ method, url: route.url, access });
    });

    app.decorateRequest('actor', null);
    app.decorateRequest('authProblem', null);
    app.decorateRequest('csrfToken', null);

    // Judged on the routed path: a percent-encoded `/%61pi/…` reaches the same route as `/api/…`.
    app.addHook('onRequest', async (request, reply) => {
      if (!isApiRequest(request)) return;
      await resolveActor(app, request, reply);
    });

    // Before validation: a caller who may not call the route learns nothing about its inputs.
    app.addHook('preValidation', async (request, reply) => {
      const access = request.routeOptions.config?.access;
      const url = request.routeOptions.url;
      // The interactive docs are static pages of a plugin, outside the API itself.
      if (!url || !isApiRequest(request) || access === 'public' || url.startsWith('/api/docs')) return;
      await authorize(request, reply, access);
    });
  },
  { name: 'access', dependencies: ['i18n', '@fastify/cookie'] },
);

async function deny(request: FastifyRequest, error: AppError): Promise<never> {
  await recordAudit(request.server.database.db, request, {
    action: 'access.denied',
    outcome: 'denied',
    resourceType: 'route',
    resourceId: `${request.method} ${request.routeOptions.url}`,
    details: { code: error.code },
  }).catch((err: unknown) => request.log.error({ err }, 'audit of a denial failed'));
  throw error;
}

async function authorize(request: FastifyRequest, reply: FastifyReply, access: Access | undefined): Promise<void> {
  const actor = request.actor;
  if (!access) return deny(request, new AppError(403, 'forbidden', 'errors.forbidden'));
  if (!actor) {
    if (request.authProblem === 'session_expired') {
      reply.clearCookie(SESSION_COOKIE, { path: '/' });
      return deny(request, new AppError(401, 'session_expired', 'auth.session_expired'));
    }
    return deny(request, new AppError(401, 'unauthenticated', 'errors.unauthorized'));
  }
  // Cross-site request forgery: a write carried by the session cookie must echo the session's token.
  if (actor.kind === 'user' && !safeMethods.has(request.method) && request.headers['x-csrf-token'] !== request.csrfToken) {
    return deny(request, new AppError(403, 'csrf_failed', 'auth.csrf_failed'));
  }
  if (access === 'self') return;
  if (access === 'person') {
    if (actor.kind !== 'user') return deny(request, new AppError(403, 'forbidden', 'errors.forbidden'));
    return;
  }
  if (actor.totpEnrolmentRequired) return deny(request, new AppError(403, 'totp_enrolment_required', 'auth.totp_enrolment_required'));
  // A one-time password (create-admin, a new account) was seen by whoever handed it over: nothing but
  // the caller's own account ('self', 'person') until it is changed.
  if (actor.mustChangePassword) return deny(request, new AppError(403, 'password_change_required', 'auth.password_change_required'));
  if (access === 'signed-in' || access === 'public') return;
  if (!can(actor, access)) return deny(request, new AppError(403, 'forbidden', 'errors.forbidden'));
}
