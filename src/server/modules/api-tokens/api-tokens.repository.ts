import { and, asc, count, eq, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { apiTokens } from '../../db/schema/index.js';

export type ApiTokenRow = typeof apiTokens.$inferSelect;

export const apiTokensRepository = {
  async byHash(db: Db, tokenHash: string): Promise<ApiTokenRow | undefined> {
    const [row] = await db.select().from(apiTokens).where(eq(apiTokens.tokenHash, tokenHash));
    return row;
  },

  async touch(db: Db, id: string, at: Date): Promise<void> {
    await db.update(apiTokens).set({ lastUsedAt: at }).where(eq(apiTokens.id, id));
  },

  async list(db: Db, scope: 'all' | string, page: number, pageSize: number) {
    const where = scope === 'all' ? undefined : eq(apiTokens.officeId, scope);
    const rows = await db
      .select()
      .from(apiTokens)
      .where(where)
      .orderBy(asc(apiTokens.revokedAt), asc(apiTokens.name))
      .limit(pageSize)
      .offset((page - 1) * pageSize);
    const [total] = await db.select({ n: count() }).from(apiTokens).where(where);
    return { rows, total: total?.n ?? 0 };
  },

  async get(db: Db, id: string, scope: 'all' | string): Promise<ApiTokenRow | undefined> {
    const [row] = await db
      .select()
      .from(apiTokens)
      .where(and(eq(apiTokens.id, id), scope === 'all' ? undefined : eq(apiTokens.officeId, scope)));
    return row;
  },

  async insert(db: Db, values: typeof apiTokens.$inferInsert): Promise<ApiTokenRow> {
    const [row] = await db.insert(apiTokens).values(values).returning();
    return row!;
  },

  async revoke(db: Db, id: string, at: Date): Promise<ApiTokenRow | undefined> {
    const [row] = await db
      .update(apiTokens)
      .set({ revokedAt: at, updatedAt: at, version: sql`${apiTokens.version} + 1` })
      .where(eq(apiTokens.id, id))
      .returning();
    return row;
  },
};
