import { and, asc, count, desc, eq, getTableColumns, ilike, or, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { divisions, offices } from '../../db/schema/index.js';
import { offsetOf, parseSort } from '../../lib/pagination.js';
import { totalOf } from '../../kit/list.js';
import type { OfficeListQuery } from './offices.schemas.js';

// Qualified by hand: Drizzle writes columns unqualified in single-table selects.
const divisionCount = sql<number>`(select count(*)::int from divisions d where d.office_id = "offices"."id")`;

export type OfficeRow = typeof offices.$inferSelect & { divisionCount: number };
export type DivisionRow = typeof divisions.$inferSelect;

export const officesRepository = {
  async list(db: Db, scope: 'all' | string, query: OfficeListQuery): Promise<{ rows: OfficeRow[]; total: number }> {
    const pattern = query.q ? `%${query.q.replace(/[\\%_]/g, (c) => '\\' + c)}%` : undefined;
    const where = and(
      scope === 'all' ? undefined : eq(offices.id, scope),
      pattern ? or(ilike(offices.name, pattern), ilike(offices.code, pattern)) : undefined,
    );
    const { field, desc: descending } = parseSort(query.sort);
    const column = field === 'code' ? offices.code : offices.name;
    const rows = await db
      .select({ ...getTableColumns(offices), divisionCount })
      .from(offices)
      .where(where)
      .orderBy(descending ? desc(column) : asc(column))
      .limit(query.pageSize)
      .offset(offsetOf(query.page, query.pageSize));
    // A page that is not full is the last one: no count query (the usual case, one office or a few).
    const known = totalOf(rows.length, offsetOf(query.page, query.pageSize), query.pageSize);
    if (known !== undefined) return { rows, total: known };
    const [total] = await db.select({ n: count() }).from(offices).where(where);
    return { rows, total: total?.n ?? 0 };
  },

  async get(db: Db, id: string, scope: 'all' | string): Promise<OfficeRow | undefined> {
    if (scope !== 'all' && scope !== id) return undefined;
    const [row] = await db
      .select({ ...getTableColumns(offices), divisionCount })
      .from(offices)
      .where(eq(offices.id, id));
    return row;
  },

  async divisions(db: Db, officeId: string): Promise<DivisionRow[]> {
    return db.select().from(divisions).where(eq(divisions.officeId, officeId)).orderBy(asc(divisions.name));
  },
};
