import { and, asc, count, eq, ilike } from 'drizzle-orm';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { route } from '../../kit/route.js';
import { officeScope } from '../../../domain/access.js';
import { partnerKinds, partners } from '../../db/schema/index.js';
import { listQuery, listResponse, offsetOf } from '../../lib/pagination.js';

const partnerSchema = z
  .object({
    id: z.uuid(),
    version: z.number().int(),
    officeId: z.uuid(),
    name: z.string(),
    kind: z.enum(partnerKinds),
    regionCode: z.string().nullable(),
  })
  .meta({ id: 'Partner' });

/**
 * Partner organisations, read-only for now: user administration binds partner accounts to them. The
 * partnerships module will manage them (contacts, agreements, programmes).
 */
export const partnersRoutes: FastifyPluginAsyncZod = async (app) => {
  route(app, {
    method: 'GET',
    url: '/partners',
    access: 'partners:read',
    operationId: 'listPartners',
    tags: ['organisation'],
    summary: 'Daftar mitra / list partner organisations',
    querystring: listQuery(['name'], 'name').extend({ kind: z.enum(partnerKinds).optional() }),
    response: { 200: listResponse(partnerSchema) },
    handler: async (ctx, { query }) => {
      const scope = officeScope(ctx.actor);
      const { q, kind, page, pageSize } = query;
      const where = and(
        scope === 'all' ? undefined : eq(partners.officeId, scope),
        kind ? eq(partners.kind, kind) : undefined,
        q ? ilike(partners.name, `%${q.replace(/[\\%_]/g, (c) => '\\' + c)}%`) : undefined,
      );
      const db = ctx.db;
      const rows = await db
        .select({
          id: partners.id,
          version: partners.version,
          officeId: partners.officeId,
          name: partners.name,
          kind: partners.kind,
          regionCode: partners.regionCode,
        })
        .from(partners)
        .where(where)
        .orderBy(asc(partners.name))
        .limit(pageSize)
        .offset(offsetOf(page, pageSize));
      const [total] = await db.select({ n: count() }).from(partners).where(where);
      return { items: rows, total: total?.n ?? 0, page, pageSize };
    },
  });
};
