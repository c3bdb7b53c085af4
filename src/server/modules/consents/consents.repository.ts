import { and, count, desc, eq, isNull, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { consents, users } from '../../db/schema/index.js';
import { offsetOf } from '../../lib/pagination.js';

export type ConsentRow = typeof consents.$inferSelect;
export interface ConsentDetailRow {
  consent: ConsentRow;
  recordedByName: string | null;
}

const detail = (db: Db) => db.select({ consent: consents, recordedByName: users.name }).from(consents).leftJoin(users, eq(users.id, consents.recordedBy));

export const consentsRepository = {
  /** A person's consents, the most recently given first. Consents are never deleted: they are the record. */
  async list(db: Db, personId: string, page: number, pageSize: number): Promise<{ rows: ConsentDetailRow[]; total: number }> {
    const rows = await detail(db)
      .where(eq(consents.personId, personId))
      .orderBy(desc(consents.givenOn), desc(consents.createdAt), desc(consents.id))
      .limit(pageSize)
      .offset(offsetOf(page, pageSize));
    const [total] = await db.select({ n: count() }).from(consents).where(eq(consents.personId, personId));
    return { rows, total: total?.n ?? 0 };
  },

  async get(db: Db, personId: string, id: string): Promise<ConsentDetailRow | undefined> {
    const [row] = await detail(db).where(and(eq(consents.personId, personId), eq(consents.id, id)));
    return row;
  },

  async insert(db: Db, values: typeof consents.$inferInsert): Promise<ConsentRow> {
    const [row] = await db.insert(consents).values(values).returning();
    return row!;
  },

  /** Withdraws when the version matches and it is not withdrawn yet; undefined otherwise. */
  async withdraw(
    db: Db,
    id: string,
    version: number,
    values: { withdrawnOn: string; withdrawalNote: string | null; updatedAt: Date },
  ): Promise<ConsentRow | undefined> {
    const [row] = await db
      .update(consents)
      .set({ ...values, version: sql`${consents.version} + 1` })
      .where(and(eq(consents.id, id), eq(consents.version, version), isNull(consents.withdrawnOn)))
      .returning();
    return row;
  },
};
