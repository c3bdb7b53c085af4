import { and, asc, count, desc, eq, isNull, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { countries, qualifications, sswFields } from '../../db/schema/index.js';
import { offsetOf } from '../../lib/pagination.js';

export type QualificationRow = typeof qualifications.$inferSelect;

export interface QualificationDetailRow {
  qualification: QualificationRow;
  sswField: { nameId: string; nameEn: string } | null;
  country: { nameId: string; nameEn: string } | null;
}

const detail = (db: Db) =>
  db
    .select({
      qualification: qualifications,
      sswField: { nameId: sswFields.nameId, nameEn: sswFields.nameEn },
      country: { nameId: countries.nameId, nameEn: countries.nameEn },
    })
    .from(qualifications)
    .leftJoin(sswFields, eq(sswFields.code, qualifications.sswFieldCode))
    .leftJoin(countries, eq(countries.code, qualifications.countryCode));

const live = (personId: string) => and(eq(qualifications.personId, personId), isNull(qualifications.deletedAt));

export const qualificationsRepository = {
  /** A person's qualifications by kind, the newest first within a kind. */
  async list(db: Db, personId: string, page: number, pageSize: number): Promise<{ rows: QualificationDetailRow[]; total: number }> {
    const rows = await detail(db)
      .where(live(personId))
      .orderBy(asc(qualifications.kind), sql`${qualifications.startedOn} desc nulls last`, desc(qualifications.createdAt), asc(qualifications.id))
      .limit(pageSize)
      .offset(offsetOf(page, pageSize));
    const [total] = await db.select({ n: count() }).from(qualifications).where(live(personId));
    return { rows: rows as QualificationDetailRow[], total: total?.n ?? 0 };
  },

  async get(db: Db, personId: string, id: string): Promise<QualificationDetailRow | undefined> {
    const [row] = await detail(db).where(and(live(personId), eq(qualifications.id, id)));
    return row as QualificationDetailRow | undefined;
  },

  async sswFieldExists(db: Db, code: string): Promise<boolean> {
    const [row] = await db.select({ code: sswFields.code }).from(sswFields).where(eq(sswFields.code, code));
    return Boolean(row);
  },

  async countryExists(db: Db, code: string): Promise<boolean> {
    const [row] = await db.select({ code: countries.code }).from(countries).where(eq(countries.code, code));
    return Boolean(row);
  },

  async insert(db: Db, values: typeof qualifications.$inferInsert): Promise<QualificationRow> {
    const [row] = await db.insert(qualifications).values(values).returning();
    return row!;
  },

  /** Updates a live qualification when the version matches; undefined when someone else changed it first. */
  async update(db: Db, id: string, version: number, values: Partial<typeof qualifications.$inferInsert>): Promise<QualificationRow | undefined> {
    const [row] = await db
      .update(qualifications)
      .set({ ...values, version: sql`${qualifications.version} + 1` })
      .where(and(eq(qualifications.id, id), eq(qualifications.version, version), isNull(qualifications.deletedAt)))
      .returning();
    return row;
  },
};
