import { and, asc, count, eq, isNull, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { familyMembers } from '../../db/schema/index.js';
import { offsetOf } from '../../lib/pagination.js';

export type FamilyMemberRow = typeof familyMembers.$inferSelect;

/** The family members of a person that were not removed. */
export const live = (personId: string) => and(eq(familyMembers.personId, personId), isNull(familyMembers.deletedAt));

export const familyRepository = {
  /** A person's family, emergency contacts first, then in the order they were recorded. */
  async list(db: Db, personId: string, page: number, pageSize: number): Promise<{ rows: FamilyMemberRow[]; total: number }> {
    const rows = await db
      .select()
      .from(familyMembers)
      .where(live(personId))
      .orderBy(sql`${familyMembers.emergencyContact} desc`, asc(familyMembers.createdAt), asc(familyMembers.id))
      .limit(pageSize)
      .offset(offsetOf(page, pageSize));
    const [total] = await db.select({ n: count() }).from(familyMembers).where(live(personId));
    return { rows, total: total?.n ?? 0 };
  },

  async get(db: Db, personId: string, id: string): Promise<FamilyMemberRow | undefined> {
    const [row] = await db
      .select()
      .from(familyMembers)
      .where(and(live(personId), eq(familyMembers.id, id)));
    return row;
  },

  async insert(db: Db, values: typeof familyMembers.$inferInsert): Promise<FamilyMemberRow> {
    const [row] = await db.insert(familyMembers).values(values).returning();
    return row!;
  },
};
