import { and, count, eq, ilike, or, sql, type SQL } from 'drizzle-orm';
import type { Scope } from '../../../domain/access.js';
import type { Db } from '../../db/client.js';
import { agencies, countries, employers, jobOrders, recruitmentPermits, schemes, sswFields, users } from '../../db/schema/index.js';
import { listPage, orderFor } from '../../kit/list.js';
import { scopeCondition } from '../../kit/scope-sql.js';
import type { JobOrderListQuery } from './job-orders.schemas.js';

export type JobOrderRow = typeof jobOrders.$inferSelect;
export type SchemeRow = typeof schemes.$inferSelect;

export interface JobOrderDetailRow {
  order: JobOrderRow;
  scheme: { code: string; nameId: string; nameEn: string };
  country: { nameId: string; nameEn: string } | null;
  employerName: string | null;
  agencyName: string | null;
  permitNumber: string | null;
  sswField: { nameId: string; nameEn: string } | null;
  verifiedByName: string | null;
}

const detail = (db: Db) =>
  db
    .select({
      order: jobOrders,
      scheme: { code: schemes.code, nameId: schemes.nameId, nameEn: schemes.nameEn },
      country: { nameId: countries.nameId, nameEn: countries.nameEn },
      employerName: employers.name,
      agencyName: agencies.name,
      permitNumber: recruitmentPermits.number,
      sswField: { nameId: sswFields.nameId, nameEn: sswFields.nameEn },
      verifiedByName: users.name,
    })
    .from(jobOrders)
    .innerJoin(schemes, eq(schemes.id, jobOrders.schemeId))
    .leftJoin(countries, eq(countries.code, jobOrders.countryCode))
    .leftJoin(employers, eq(employers.id, jobOrders.employerId))
    .leftJoin(agencies, eq(agencies.id, jobOrders.agencyId))
    .leftJoin(recruitmentPermits, eq(recruitmentPermits.id, jobOrders.permitId))
    .leftJoin(sswFields, eq(sswFields.code, jobOrders.sswFieldCode))
    .leftJoin(users, eq(users.id, jobOrders.attacheVerifiedBy));

const scoped = (scope: Scope) => scopeCondition(scope, { officeId: jobOrders.officeId });

function filters(scope: Scope, query: JobOrderListQuery): SQL | undefined {
  const conditions: (SQL | undefined)[] = [scoped(scope)];
  if (query.q) {
    const like = `%${query.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    conditions.push(or(ilike(jobOrders.reference, like), ilike(jobOrders.title, like), ilike(jobOrders.occupationTitle, like), ilike(employers.name, like)));
  }
  if (query.status) conditions.push(eq(jobOrders.status, query.status));
  if (query.scheme) conditions.push(eq(schemes.code, query.scheme));
  if (query.country) conditions.push(eq(jobOrders.countryCode, query.country.toUpperCase()));
  if (query.sswField) conditions.push(eq(jobOrders.sswFieldCode, query.sswField));
  if (query.agency) conditions.push(eq(jobOrders.agencyId, query.agency));
  if (query.public) conditions.push(eq(jobOrders.isPublic, query.public === 'true'));
  return and(...conditions);
}

const sortColumns = {
  createdAt: jobOrders.createdAt,
  reference: jobOrders.reference,
  title: jobOrders.title,
  closingOn: jobOrders.closingOn,
  positions: jobOrders.positions,
};

export const jobOrdersRepository = {
  async list(db: Db, scope: Scope, query: JobOrderListQuery): Promise<{ rows: JobOrderDetailRow[]; total: number }> {
    const where = filters(scope, query);
    return listPage(
      query.page,
      query.pageSize,
      async (limit, offset) =>
        (await detail(db)
          .where(where)
          .orderBy(...orderFor(query.sort, sortColumns, jobOrders.id))
          .limit(limit)
          .offset(offset)) as JobOrderDetailRow[],
      async () => {
        const [row] = await db
          .select({ n: count() })
          .from(jobOrders)
          .innerJoin(schemes, eq(schemes.id, jobOrders.schemeId))
          .leftJoin(employers, eq(employers.id, jobOrders.employerId))
          .where(where);
        return row?.n ?? 0;
      },
    );
  },

  async get(db: Db, scope: Scope, id: string): Promise<JobOrderDetailRow | undefined> {
    const [row] = await detail(db).where(and(eq(jobOrders.id, id), scoped(scope)));
    return row as JobOrderDetailRow | undefined;
  },

  async schemeByCode(db: Db, code: string): Promise<SchemeRow | undefined> {
    const [row] = await db.select().from(schemes).where(eq(schemes.code, code));
    return row;
  },

  async schemeById(db: Db, id: string): Promise<SchemeRow | undefined> {
    const [row] = await db.select().from(schemes).where(eq(schemes.id, id));
    return row;
  },

  async countryExists(db: Db, code: string): Promise<boolean> {
    const [row] = await db.select({ code: countries.code }).from(countries).where(eq(countries.code, code));
    return Boolean(row);
  },

  async sswFieldExists(db: Db, code: string): Promise<boolean> {
    const [row] = await db.select({ code: sswFields.code }).from(sswFields).where(eq(sswFields.code, code));
    return Boolean(row);
  },

  async agency(db: Db, id: string) {
    const [row] = await db.select().from(agencies).where(eq(agencies.id, id));
    return row;
  },

  async employer(db: Db, id: string) {
    const [row] = await db.select().from(employers).where(eq(employers.id, id));
    return row;
  },

  async permit(db: Db, id: string) {
    const [row] = await db.select().from(recruitmentPermits).where(eq(recruitmentPermits.id, id));
    return row;
  },

  /**
   * The next reference of a year: JO-<year>-<4 digits>. The reference index is national (a family types it
   * into "cek lowongan" without knowing the office), so the sequence runs per year across offices. An
   * advisory lock per year, held to the end of the transaction, keeps two creations from taking one number.
   */
  async nextReference(db: Db, year: number): Promise<string> {
    await db.execute(sql`select pg_advisory_xact_lock(hashtext(${`job_orders.reference.${year}`}))`);
    const prefix = `JO-${year}-`;
    const rows = await db
      .select({ reference: jobOrders.reference })
      .from(jobOrders)
      .where(sql`${jobOrders.reference} like ${`${prefix}%`}`);
    const last = Math.max(0, ...rows.map((r) => Number(r.reference.slice(prefix.length))).filter(Number.isInteger));
    return `${prefix}${String(last + 1).padStart(4, '0')}`;
  },

  async insert(db: Db, values: typeof jobOrders.$inferInsert): Promise<JobOrderRow> {
    const [row] = await db.insert(jobOrders).values(values).returning();
    return row!;
  },
};
