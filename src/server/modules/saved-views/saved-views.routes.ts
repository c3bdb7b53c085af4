import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { and, asc, eq, sql } from 'drizzle-orm';
import { z } from 'zod';
import { route } from '../../kit/route.js';
import { savedViews } from '../../db/schema/index.js';
import { AppError, notFound } from '../../lib/errors.js';
import { uuidParam } from '../../lib/fields.js';

const tags = ['saved-views'];
/** Lists that have saved views. */
const lists = ['persons'] as const;

const savedViewSchema = z
  .object({ id: z.uuid(), version: z.number().int(), list: z.enum(lists), name: z.string(), filters: z.record(z.string(), z.string()) })
  .meta({ id: 'SavedView' });

/** Filter values are short codes and names; digits long enough to be a phone or NIK are refused (identifiers stay out of stored views). */
const filters = z
  .record(z.string().max(40), z.string().max(100))
  .refine((f) => Object.keys(f).length <= 20, { error: 'i18n:fields.invalid' })
  .refine((f) => !Object.values(f).some((v) => /\d{8,}/.test(v.replace(/[\s.\-+]/g, ''))), { error: 'i18n:saved_views.no_identifiers' });

const present = (r: typeof savedViews.$inferSelect) => ({
  id: r.id,
  version: r.version,
  list: r.list as (typeof lists)[number],
  name: r.name,
  filters: r.filters,
});

/** A person's own named filter sets for list screens ("CPMI Jepang dari Prabumulih"). */
export const savedViewsRoutes: FastifyPluginAsyncZod = async (app) => {
  route(app, {
    method: 'GET',
    url: '/saved-views',
    access: 'person',
    operationId: 'listSavedViews',
    tags,
    summary: 'Tampilan tersimpan saya / my saved views',
    querystring: z.object({ list: z.enum(lists) }),
    response: { 200: z.object({ items: z.array(savedViewSchema), total: z.number().int(), page: z.number().int(), pageSize: z.number().int() }) },
    handler: async (ctx, { query }) => {
      const rows = await ctx.db
        .select()
        .from(savedViews)
        .where(and(eq(savedViews.userId, ctx.actor.id), eq(savedViews.list, query.list)))
        .orderBy(asc(savedViews.name));
      return { items: rows.map(present), total: rows.length, page: 1, pageSize: Math.max(rows.length, 1) };
    },
  });

  route(app, {
    method: 'POST',
    url: '/saved-views',
    access: 'person',
    operationId: 'createSavedView',
    tags,
    summary: 'Simpan tampilan / save a view',
    body: z.object({ list: z.enum(lists), name: z.string().trim().min(1).max(60), filters }),
    response: { 201: savedViewSchema },
    errors: [409],
    handler: async (ctx, { body }, reply) => {
      const { list, name, filters: f } = body;
      const [row] = await ctx.db
        .insert(savedViews)
        .values({ userId: ctx.actor.id, list, name, filters: f })
        .onConflictDoUpdate({
          target: [savedViews.userId, savedViews.list, savedViews.name],
          set: { filters: f, version: sql`${savedViews.version} + 1`, updatedAt: ctx.clock.now() },
        })
        .returning();
      if (!row) throw new AppError(409, 'conflict', 'errors.conflict');
      return reply.code(201).send(present(row));
    },
  });

  route(app, {
    method: 'DELETE',
    url: '/saved-views/:id',
    access: 'person',
    operationId: 'deleteSavedView',
    tags,
    summary: 'Hapus tampilan / delete a saved view',
    params: z.object({ id: uuidParam }),
    response: { 204: z.null() },
    handler: async (ctx, { params }, reply) => {
      const deleted = await ctx.db
        .delete(savedViews)
        .where(and(eq(savedViews.id, params.id), eq(savedViews.userId, ctx.actor.id)))
        .returning({ id: savedViews.id });
      if (deleted.length === 0) throw notFound();
      return reply.code(204).send(null);
    },
  });
};
