import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { route } from '../../kit/route.js';
import { officeScope, resources, actions, type Permission } from '../../../domain/access.js';
import { AppError, notFound } from '../../lib/errors.js';
import { listResponse, pageQuery } from '../../lib/pagination.js';
import { randomToken, sha256 } from '../../lib/secrets.js';
import { auditSnapshot, recordAudit } from '../audit/audit.service.js';
import { apiTokensRepository, type ApiTokenRow } from './api-tokens.repository.js';

const tags = ['api-tokens'];
const permissions = resources.flatMap((r) => actions.map((a) => `${r}:${a}` as Permission)) as [Permission, ...Permission[]];

const tokenSchema = z
  .object({
    id: z.uuid(),
    version: z.number().int(),
    name: z.string(),
    prefix: z.string(),
    officeId: z.uuid(),
    scopes: z.array(z.string()),
    createdAt: z.string(),
    lastUsedAt: z.string().nullable(),
    expiresAt: z.string().nullable(),
    revoked: z.boolean(),
  })
  .meta({ id: 'ApiToken' });

const present = (t: ApiTokenRow) => ({
  id: t.id,
  version: t.version,
  name: t.name,
  prefix: t.prefix,
  officeId: t.officeId,
  scopes: t.scopes,
  createdAt: t.createdAt.toISOString(),
  lastUsedAt: t.lastUsedAt?.toISOString() ?? null,
  expiresAt: t.expiresAt?.toISOString() ?? null,
  revoked: t.revokedAt !== null,
});

const params = z.object({ id: z.uuid({ error: 'i18n:fields.uuid' }) });

/** Bearer tokens for integrations: issued by an administrator, shown once, stored hashed, revocable. */
export const apiTokensRoutes: FastifyPluginAsyncZod = async (app) => {
  route(app, {
    method: 'GET',
    url: '/api-tokens',
    access: 'api-tokens:read',
    operationId: 'listApiTokens',
    tags,
    summary: 'Daftar token integrasi / list integration tokens',
    querystring: pageQuery(50),
    response: { 200: listResponse(tokenSchema) },
    handler: async (ctx, { query }) => {
      const { page, pageSize } = query;
      const { rows, total } = await apiTokensRepository.list(ctx.db, officeScope(ctx.actor), page, pageSize);
      return { items: rows.map(present), total, page, pageSize };
    },
  });

  route(app, {
    method: 'POST',
    url: '/api-tokens',
    access: 'api-tokens:create',
    operationId: 'createApiToken',
    tags,
    summary: 'Terbitkan token integrasi / issue an integration token',
    description: 'Issued by a signed-in person; a token calling it answers 403 token_cannot_issue.',
    body: z.object({
      name: z.string().trim().min(3).max(80),
      scopes: z.array(z.enum(permissions)).min(1).max(permissions.length),
      expiresAt: z.iso.datetime({ offset: true }).optional(),
    }),
    response: { 201: z.object({ token: z.string().describe('Shown once'), apiToken: tokenSchema }) },
    handler: async (ctx, { body }, reply) => {
      const actor = ctx.actor;
      // A token minting tokens would outlive its own revocation: only people issue them.
      if (actor.kind !== 'user') {
        await recordAudit(ctx.db, ctx, { action: 'api_token.create', outcome: 'denied', resourceType: 'api_token', details: { reason: 'token_cannot_issue' } });
        throw new AppError(403, 'token_cannot_issue', 'tokens.token_cannot_issue');
      }
      const now = ctx.clock.now();
      const expiresAt = body.expiresAt ? new Date(body.expiresAt) : null;
      if (expiresAt && expiresAt <= now) throw new AppError(400, 'validation_failed', 'errors.validation', {}, { expiresAt: 'i18n:tokens.expiry_past' });
      const secret = `balai_${randomToken(30)}`;
      const row = await ctx.db.transaction(async (tx) => {
        const created = await apiTokensRepository.insert(tx, {
          officeId: actor.officeId,
          name: body.name,
          tokenHash: sha256(secret),
          prefix: secret.slice(0, 12),
          scopes: [...new Set(body.scopes)],
          createdBy: actor.id,
          expiresAt,
          createdAt: now,
          updatedAt: now,
        });
        await recordAudit(tx, ctx, {
          action: 'api_token.create',
          outcome: 'success',
          resourceType: 'api_token',
          resourceId: created.id,
          details: { after: auditSnapshot(created) },
        });
        return created;
      });
      return reply.code(201).send({ token: secret, apiToken: present(row) });
    },
  });

  route(app, {
    method: 'DELETE',
    url: '/api-tokens/:id',
    access: 'api-tokens:update',
    operationId: 'revokeApiToken',
    tags,
    summary: 'Cabut token / revoke a token',
    params,
    response: { 200: tokenSchema },
    errors: [400, 404],
    handler: async (ctx, { params }) => {
      const db = ctx.db;
      const existing = await apiTokensRepository.get(db, params.id, officeScope(ctx.actor));
      if (!existing) throw notFound();
      if (existing.revokedAt) return present(existing);
      const row = await db.transaction(async (tx) => {
        const revoked = (await apiTokensRepository.revoke(tx, existing.id, ctx.clock.now()))!;
        await recordAudit(tx, ctx, {
          action: 'api_token.revoke',
          outcome: 'success',
          officeId: existing.officeId,
          resourceType: 'api_token',
          resourceId: existing.id,
        });
        return revoked;
      });
      return present(row);
    },
  });
};
