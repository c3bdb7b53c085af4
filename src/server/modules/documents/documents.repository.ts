import { and, asc, count, eq, isNull, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { documentTypes, personDocuments, storedFiles, users } from '../../db/schema/index.js';
import { offsetOf } from '../../lib/pagination.js';

export type PersonDocumentRow = typeof personDocuments.$inferSelect;
export type DocumentTypeRow = typeof documentTypes.$inferSelect;

/** A document with what its presentation needs: its type, its file's facts and who verified it. */
const detailColumns = {
  document: personDocuments,
  type: {
    nameId: documentTypes.nameId,
    nameEn: documentTypes.nameEn,
    placementRequired: documentTypes.placementRequired,
    validityMonths: documentTypes.validityMonths,
    sensitive: documentTypes.sensitive,
  },
  file: { mediaType: storedFiles.mediaType, sizeBytes: storedFiles.sizeBytes, uploadedAt: storedFiles.createdAt },
  verifiedByName: users.name,
};

export interface DocumentDetailRow {
  document: PersonDocumentRow;
  type: Pick<DocumentTypeRow, 'nameId' | 'nameEn' | 'placementRequired' | 'validityMonths' | 'sensitive'>;
  file: { mediaType: string; sizeBytes: number; uploadedAt: Date } | null;
  verifiedByName: string | null;
}

const detail = (db: Db) =>
  db
    .select(detailColumns)
    .from(personDocuments)
    .innerJoin(documentTypes, eq(documentTypes.code, personDocuments.typeCode))
    .leftJoin(storedFiles, eq(storedFiles.id, personDocuments.fileId))
    .leftJoin(users, eq(users.id, personDocuments.verifiedBy));

const live = (personId: string) => and(eq(personDocuments.personId, personId), isNull(personDocuments.deletedAt));

export const documentsRepository = {
  async type(db: Db, code: string): Promise<DocumentTypeRow | undefined> {
    const [row] = await db.select().from(documentTypes).where(eq(documentTypes.code, code));
    return row;
  },

  /** A person's documents in the order of the type list (the eight of Pasal 13 first), then oldest first. */
  async list(db: Db, personId: string, page: number, pageSize: number): Promise<{ rows: DocumentDetailRow[]; total: number }> {
    const rows = await detail(db)
      .where(live(personId))
      .orderBy(asc(documentTypes.sortOrder), asc(personDocuments.createdAt), asc(personDocuments.id))
      .limit(pageSize)
      .offset(offsetOf(page, pageSize));
    const [total] = await db.select({ n: count() }).from(personDocuments).where(live(personId));
    return { rows: rows as DocumentDetailRow[], total: total?.n ?? 0 };
  },

  /** One live document of a person, or undefined (another person's id answers the same as a missing one). */
  async get(db: Db, personId: string, id: string): Promise<DocumentDetailRow | undefined> {
    const [row] = await detail(db).where(and(live(personId), eq(personDocuments.id, id)));
    return row as DocumentDetailRow | undefined;
  },

  async insert(db: Db, values: typeof personDocuments.$inferInsert): Promise<PersonDocumentRow> {
    const [row] = await db.insert(personDocuments).values(values).returning();
    return row!;
  },

  /** Updates a live document when the version matches; undefined when someone else changed it first. */
  async update(db: Db, id: string, version: number, values: Partial<typeof personDocuments.$inferInsert>): Promise<PersonDocumentRow | undefined> {
    const [row] = await db
      .update(personDocuments)
      .set({ ...values, version: sql`${personDocuments.version} + 1` })
      .where(and(eq(personDocuments.id, id), eq(personDocuments.version, version), isNull(personDocuments.deletedAt)))
      .returning();
    return row;
  },
};
