import { eq } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { storedFiles } from '../../db/schema/index.js';

export type StoredFileRow = typeof storedFiles.$inferSelect;

export const filesRepository = {
  async insert(db: Db, values: typeof storedFiles.$inferInsert): Promise<StoredFileRow> {
    const [row] = await db.insert(storedFiles).values(values).returning();
    return row!;
  },

  async get(db: Db, id: string): Promise<StoredFileRow | undefined> {
    const [row] = await db.select().from(storedFiles).where(eq(storedFiles.id, id));
    return row;
  },
};
