import { sql, type SQL } from 'drizzle-orm';
import { rows, type Db } from '../../db/client.js';
import { offsetOf, parseSort } from '../../lib/pagination.js';
import { regionLevels, type RegionListQuery } from './regions.schemas.js';

export interface RegionRow {
  code: string;
  name: string;
  level: number;
  parent_code: string | null;
  parent_names: string[] | null;
}

const withParents = sql`
  select r.code, r.name, r.level, r.parent_code,
    array_remove(array[p1.name, p2.name, p3.name], null) as parent_names
  from regions r
  left join regions p1 on p1.code = r.parent_code
  left join regions p2 on p2.code = p1.parent_code
  left join regions p3 on p3.code = p2.parent_code`;

/** Search and lookup of administrative regions. */
export const regionsRepository = {
  async list(db: Db, query: RegionListQuery): Promise<{ rows: RegionRow[]; total: number }> {
    const where: SQL[] = [];
    const q = query.q?.toLowerCase();
    if (q) where.push(sql`lower(r.name) like ${'%' + q.replace(/[\\%_]/g, (c) => '\\' + c) + '%'}`);
    if (query.level) where.push(sql`r.level = ${regionLevels[query.level]}`);
    if (query.parentCode) where.push(sql`r.parent_code = ${query.parentCode}`);
    const whereSql = where.length ? sql`where ${sql.join(where, sql` and `)}` : sql``;
    const { field, desc } = parseSort(query.sort);
    // With a search term, higher levels first (a regency before its villages), then closest names.
    const order = q
      ? sql`r.level, (lower(r.name) = ${q}) desc, (lower(r.name) like ${q + '%'}) desc, length(r.name), r.code`
      : sql`${field === 'name' ? sql`r.name` : sql`r.code`} ${desc ? sql`desc` : sql`asc`}`;
    const found = await rows<RegionRow>(
      db,
      sql`${withParents} ${whereSql} order by ${order} limit ${query.pageSize} offset ${offsetOf(query.page, query.pageSize)}`,
    );
    const [count] = await rows<{ n: number }>(db, sql`select count(*)::int as n from regions r ${whereSql}`);
    return { rows: found, total: count?.n ?? 0 };
  },

  async get(db: Db, code: string): Promise<RegionRow | undefined> {
    const [row] = await rows<RegionRow>(db, sql`${withParents} where r.code = ${code}`);
    return row;
  },
};
