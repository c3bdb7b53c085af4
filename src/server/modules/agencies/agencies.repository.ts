import { aliasedTable, and, count, eq, gt, lt, lte, ne, or, sql, type SQL } from 'drizzle-orm';
import type { Scope } from '../../../domain/access.js';
import type { Db } from '../../db/client.js';
import { agencies, countries, partners, regions } from '../../db/schema/index.js';
import { listPage, orderFor } from '../../kit/list.js';
import { scopeCondition } from '../../kit/scope-sql.js';
import type { AgencyListQuery, LicenceState } from './agencies.schemas.js';

export type AgencyRow = typeof agencies.$inferSelect;
export interface AgencyDetailRow {
  agency: AgencyRow;
  regionName: string | null;
  head: { id: string; name: string; licenceNumber: string } | null;
}

const head = aliasedTable(agencies, 'head_agency');

export const agencyScope = (scope: Scope) => scopeCondition(scope, { officeId: agencies.officeId, partner: (partnerId) => eq(agencies.partnerId, partnerId) });

const detail = (db: Db) =>
  db
    .select({
      agency: agencies,
      regionName: regions.name,
      head: { id: head.id, name: head.name, licenceNumber: head.licenceNumber },
    })
    .from(agencies)
    .leftJoin(regions, eq(regions.code, agencies.regionCode))
    .leftJoin(head, eq(head.id, agencies.headAgencyId));

/** The SQL form of a licence state against today and the date 90 days ahead. */
export function licenceStateCondition(column: typeof agencies.licenceValidUntil, state: LicenceState, today: string, soon: string): SQL {
  if (state === 'expired') return lt(column, today);
  if (state === 'expiring') return and(sql`${column} >= ${today}`, lte(column, soon))!;
  return gt(column, soon);
}

export const agenciesRepository = {
  async list(db: Db, scope: Scope, query: AgencyListQuery, today: string, soon: string): Promise<{ rows: AgencyDetailRow[]; total: number }> {
    const conditions: (SQL | undefined)[] = [agencyScope(scope)];
    if (query.q) {
      const like = `%${query.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
      conditions.push(or(sql`${agencies.name} ilike ${like}`, sql`${agencies.licenceNumber} ilike ${like}`));
    }
    if (query.status) conditions.push(eq(agencies.status, query.status));
    if (query.licenceState) conditions.push(licenceStateCondition(agencies.licenceValidUntil, query.licenceState, today, soon));
    const where = and(...conditions);
    const order = orderFor(query.sort, { name: agencies.name, licenceValidUntil: agencies.licenceValidUntil, createdAt: agencies.createdAt }, agencies.id);
    const page = await listPage(
      query.page,
      query.pageSize,
      (limit, offset) =>
        detail(db)
          .where(where)
          .orderBy(...order)
          .limit(limit)
          .offset(offset),
      async () => (await db.select({ n: count() }).from(agencies).where(where))[0]?.n ?? 0,
    );
    return { rows: page.rows as AgencyDetailRow[], total: page.total };
  },

  async get(db: Db, id: string): Promise<AgencyDetailRow | undefined> {
    const [row] = await detail(db).where(eq(agencies.id, id));
    return row as AgencyDetailRow | undefined;
  },

  async branchesOf(db: Db, id: string) {
    return db
      .select({ id: agencies.id, name: agencies.name, licenceNumber: agencies.licenceNumber })
      .from(agencies)
      .where(eq(agencies.headAgencyId, id))
      .orderBy(agencies.name, agencies.id);
  },

  async hasBranches(db: Db, id: string): Promise<boolean> {
    const [row] = await db.select({ id: agencies.id }).from(agencies).where(eq(agencies.headAgencyId, id)).limit(1);
    return Boolean(row);
  },

  async licenceTaken(db: Db, licenceNumber: string, exceptId?: string): Promise<boolean> {
    const conditions = [sql`upper(${agencies.licenceNumber}) = upper(${licenceNumber})`];
    if (exceptId) conditions.push(ne(agencies.id, exceptId));
    const [row] = await db
      .select({ id: agencies.id })
      .from(agencies)
      .where(and(...conditions));
    return Boolean(row);
  },

  async regionExists(db: Db, code: string): Promise<boolean> {
    const [row] = await db.select({ code: regions.code }).from(regions).where(eq(regions.code, code));
    return Boolean(row);
  },

  async countryExists(db: Db, code: string): Promise<boolean> {
    const [row] = await db.select({ code: countries.code }).from(countries).where(eq(countries.code, code));
    return Boolean(row);
  },

  async countryName(db: Db, code: string | null, lang: 'id' | 'en'): Promise<string | null> {
    if (!code) return null;
    const [row] = await db.select({ nameId: countries.nameId, nameEn: countries.nameEn }).from(countries).where(eq(countries.code, code));
    return row ? (lang === 'en' ? row.nameEn : row.nameId) : null;
  },

  async partner(db: Db, id: string) {
    const [row] = await db.select({ id: partners.id, kind: partners.kind, officeId: partners.officeId }).from(partners).where(eq(partners.id, id));
    return row;
  },

  async insert(db: Db, values: typeof agencies.$inferInsert): Promise<AgencyRow> {
    const [row] = await db.insert(agencies).values(values).returning();
    return row!;
  },
};
