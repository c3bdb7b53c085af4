import { and, count, eq, or, sql, type SQL } from 'drizzle-orm';
import type { Scope } from '../../../domain/access.js';
import type { Db } from '../../db/client.js';
import { countries, employers } from '../../db/schema/index.js';
import { listPage, orderFor } from '../../kit/list.js';
import { scopeCondition } from '../../kit/scope-sql.js';
import type { EmployerListQuery } from './employers.schemas.js';

export type EmployerRow = typeof employers.$inferSelect;
export interface EmployerDetailRow {
  employer: EmployerRow;
  country: { nameId: string; nameEn: string } | null;
}

const detail = (db: Db) =>
  db
    .select({ employer: employers, country: { nameId: countries.nameId, nameEn: countries.nameEn } })
    .from(employers)
    .leftJoin(countries, eq(countries.code, employers.countryCode));

export const employersRepository = {
  async list(db: Db, scope: Scope, query: EmployerListQuery): Promise<{ rows: EmployerDetailRow[]; total: number }> {
    const conditions: (SQL | undefined)[] = [scopeCondition(scope, { officeId: employers.officeId })];
    if (query.q) {
      const like = `%${query.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
      conditions.push(or(sql`${employers.name} ilike ${like}`, sql`${employers.city} ilike ${like}`, sql`${employers.sector} ilike ${like}`));
    }
    if (query.country) conditions.push(eq(employers.countryCode, query.country));
    if (query.kind) conditions.push(eq(employers.kind, query.kind));
    if (query.flagged !== undefined) conditions.push(eq(employers.flagged, query.flagged));
    const where = and(...conditions);
    const order = orderFor(query.sort, { name: employers.name, countryCode: employers.countryCode, createdAt: employers.createdAt }, employers.id);
    const page = await listPage(
      query.page,
      query.pageSize,
      (limit, offset) =>
        detail(db)
          .where(where)
          .orderBy(...order)
          .limit(limit)
          .offset(offset),
      async () => (await db.select({ n: count() }).from(employers).where(where))[0]?.n ?? 0,
    );
    return { rows: page.rows as EmployerDetailRow[], total: page.total };
  },

  async get(db: Db, id: string): Promise<EmployerDetailRow | undefined> {
    const [row] = await detail(db).where(eq(employers.id, id));
    return row as EmployerDetailRow | undefined;
  },

  async countryExists(db: Db, code: string): Promise<boolean> {
    const [row] = await db.select({ code: countries.code }).from(countries).where(eq(countries.code, code));
    return Boolean(row);
  },

  async insert(db: Db, values: typeof employers.$inferInsert): Promise<EmployerRow> {
    const [row] = await db.insert(employers).values(values).returning();
    return row!;
  },
};
