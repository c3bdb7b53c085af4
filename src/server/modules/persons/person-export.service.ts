import type { ActorContext } from '../../kit/context.js';
import { and, asc, eq, inArray, or, sql } from 'drizzle-orm';
import {
  auditEvents,
  consents,
  familyMembers,
  personDocuments,
  persons,
  personStatusChanges,
  qualifications,
  storedFiles,
  timelineEvents,
} from '../../db/schema/index.js';
import { recordAudit } from '../audit/audit.service.js';
import { personForRead } from './persons.service.js';

const iso = (v: unknown) => (v instanceof Date ? v.toISOString() : v);
const plain = <T extends Record<string, unknown>>(row: T) => Object.fromEntries(Object.entries(row).map(([k, v]) => [k, iso(v)]));

/**
 * A data-subject export (UU 27/2022 Pasal 7 and 32): everything Balai holds about a person, and its
 * processing history (the audit events about them, reads included), as one JSON document. This is the
 * one place the full NIK leaves the system: it is the person's own data, handed to them.
 */
export async function exportPerson(ctx: ActorContext, id: string) {
  const db = ctx.db;
  const person = await personForRead(db, ctx.actor, id);
  // Records merged into this one belong to the same person.
  const merged = await db.select().from(persons).where(eq(persons.mergedIntoId, id));
  const ids = [id, ...merged.map((m) => m.id)];
  const [family, documents, quals, consentRows, statusRows, timeline] = await Promise.all([
    db.select().from(familyMembers).where(inArray(familyMembers.personId, ids)).orderBy(asc(familyMembers.createdAt)),
    db
      .select({
        document: personDocuments,
        file: { mediaType: storedFiles.mediaType, sizeBytes: storedFiles.sizeBytes, originalName: storedFiles.originalName, sha256: storedFiles.sha256 },
      })
      .from(personDocuments)
      .leftJoin(storedFiles, eq(storedFiles.id, personDocuments.fileId))
      .where(inArray(personDocuments.personId, ids))
      .orderBy(asc(personDocuments.createdAt)),
    db.select().from(qualifications).where(inArray(qualifications.personId, ids)).orderBy(asc(qualifications.createdAt)),
    db.select().from(consents).where(inArray(consents.personId, ids)).orderBy(asc(consents.createdAt)),
    db.select().from(personStatusChanges).where(inArray(personStatusChanges.personId, ids)).orderBy(asc(personStatusChanges.changedAt)),
    db.select().from(timelineEvents).where(inArray(timelineEvents.personId, ids)).orderBy(asc(timelineEvents.at)),
  ]);
  const processing = await db
    .select({
      at: auditEvents.at,
      action: auditEvents.action,
      outcome: auditEvents.outcome,
      actorLabel: auditEvents.actorLabel,
      resourceType: auditEvents.resourceType,
    })
    .from(auditEvents)
    .where(or(and(eq(auditEvents.resourceType, 'person'), inArray(auditEvents.resourceId, ids)), inArray(sql`${auditEvents.details}->>'personId'`, ids)))
    .orderBy(asc(auditEvents.at));
  const generatedAt = ctx.clock.now();
  await recordAudit(db, ctx, {
    action: 'person.export',
    outcome: 'success',
    officeId: person.officeId,
    resourceType: 'person',
    resourceId: id,
    details: { purpose: 'data_subject_request' },
  });
  return {
    generatedAt: generatedAt.toISOString(),
    legalBasis: 'UU 27/2022 tentang Pelindungan Data Pribadi, Pasal 7 dan Pasal 32',
    person: plain(person),
    mergedRecords: merged.map(plain),
    statusHistory: statusRows.map(plain),
    familyMembers: family.map(plain),
    documents: documents.map((d) => ({ ...plain(d.document), file: d.file })),
    qualifications: quals.map(plain),
    consents: consentRows.map(plain),
    timeline: timeline.map(plain),
    processingHistory: processing.map(plain),
  };
}
