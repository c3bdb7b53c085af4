import { eq, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { applications, consents, familyMembers, personDocuments, qualifications, timelineEvents } from '../../db/schema/index.js';

/**
 * Tables whose rows belong to a person and follow them when a duplicate is merged. A module that adds
 * a table pointing to persons adds it here, so a merge never leaves rows behind on the folded record.
 * Status changes stay with the record they happened to: the folded record keeps its own lifecycle.
 */
const personOwned = { familyMembers, documents: personDocuments, qualifications, consents, timelineEvents, applications } as const;

export const mergeRepository = {
  /** Moves every person-owned row from one person to another; returns how many of each moved. */
  async repoint(db: Db, fromId: string, toId: string): Promise<Record<keyof typeof personOwned, number>> {
    const moved = {} as Record<keyof typeof personOwned, number>;
    for (const [name, table] of Object.entries(personOwned) as [keyof typeof personOwned, (typeof personOwned)[keyof typeof personOwned]][]) {
      const rows = await db
        .update(table)
        .set({ personId: sql`${toId}::uuid` })
        .where(eq(table.personId, fromId))
        .returning({ personId: table.personId });
      moved[name] = rows.length;
    }
    return moved;
  },
};
