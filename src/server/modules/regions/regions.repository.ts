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

/**
 * A search that looks like a Kemendagri code ("16.74", "1674", "16.74.01", "167401"), as the code prefix
 * it stands for: digits are grouped 2, 2, 2, 4 with dots, so 1674 reads as 16.74 and 1674012 as 16.74.01.2.
 * Undefined for anything with a letter.
 */
export function codePrefix(q: string): string | undefined {
  const s = q.trim();
  if (!/^\d[\d.\s]*$/.test(s)) return undefined;
  const digits = s.replace(/\D/g, '').slice(0, 10);
  const groups = [digits.slice(0, 2), digits.slice(2, 4), digits.slice(4, 6), digits.slice(6, 10)].filter(Boolean);
  return groups.join('.');
}

/** Search and lookup of administrative regions. */
export const regionsRepository = {
  async list(db: Db, query: RegionListQuery): Promise<{ rows: RegionRow[]; total: number }> {
    const where: SQL[] = [];
    const prefix = query.q ? codePrefix(query.q) : undefined;
    const q = prefix ? undefined : query.q?.toLowerCase();
    if (prefix) where.push(sql`r.code like ${prefix + '%'}`);
    if (q) where.push(sql`lower(r.name) like ${'%' + q.replace(/[\\%_]/g, (c) => '\\' + c) + '%'}`);
    if (query.level) where.push(sql`r.level = ${regionLevels[query.level]}`);
    if (query.parentCode) where.push(sql`r.parent_code = ${query.parentCode}`);
    const whereSql = where.length ? sql`where ${sql.join(where, sql` and `)}` : sql``;
    const { field, desc } = parseSort(query.sort);
    // With a search term, higher levels first (a regency before its villages), then closest names; a code
    // finds the region itself first, then what lies under it in code order.
    const order = prefix
      ? sql`r.level, r.code`
      : q
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
