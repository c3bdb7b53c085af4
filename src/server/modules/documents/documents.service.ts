import type { FastifyReply, FastifyRequest } from 'fastify';
import { today, type ActorContext } from '../../kit/context.js';
import { maskIdentifier } from '../../../domain/registry.js';
import { AppError, conflict, notFound } from '../../lib/errors.js';
import { auditSnapshot, recordAudit } from '../audit/audit.service.js';
import { documentMediaTypes, sendStoredFile, storeUpload } from '../files/files.service.js';
import { personAbilities } from '../persons/persons.policy.js';
import type { PersonRow } from '../persons/persons.repository.js';
import { personForRead, personForWrite } from '../persons/persons.service.js';
import { addTimelineEvent } from '../timeline/timeline.service.js';
import type { Db } from '../../db/client.js';
import { healthDocumentTypes, isRestricted } from './documents.policy.js';
import { presentDocument } from './documents.presenter.js';
import { documentsRepository, type DocumentDetailRow, type PersonDocumentRow } from './documents.repository.js';
import type { CreateDocumentInput, DocumentDto, UpdateDocumentInput } from './documents.schemas.js';

const validation = (fields: Record<string, string>) => new AppError(400, 'validation_failed', 'errors.validation', {}, fields);
const healthRestricted = () => new AppError(403, 'health_restricted', 'documents.health_restricted');

const readHealth = (ctx: ActorContext, person: PersonRow) => personAbilities(ctx.actor, person).readHealth;
const userId = (ctx: ActorContext) => (ctx.actor.kind === 'user' ? ctx.actor.id : null);

/** The audit copy of a document: the number of a sensitive type masked, a health document's notes hidden. */
function auditCopy(doc: PersonDocumentRow, sensitive: boolean) {
  const copy = auditSnapshot(doc)!;
  if (sensitive) copy.number = maskIdentifier(doc.number);
  if (healthDocumentTypes.has(doc.typeCode)) copy.notes = doc.notes ? '[hidden]' : null;
  return copy;
}

async function loadDocument(db: Db, personId: string, documentId: string): Promise<DocumentDetailRow> {
  const row = await documentsRepository.get(db, personId, documentId);
  if (!row) throw notFound();
  return row;
}

/** A document type by code, refused as a field error when unknown or withheld from the caller. */
async function documentType(ctx: ActorContext, person: PersonRow, code: string) {
  const type = await documentsRepository.type(ctx.db, code);
  if (!type) throw validation({ typeCode: 'i18n:documents.type_unknown' });
  if (isRestricted(type.code, readHealth(ctx, person))) throw healthRestricted();
  return type;
}

function checkDates(dates: { issuedOn: string | null; expiresOn: string | null }, today: string) {
  const fields: Record<string, string> = {};
  if (dates.issuedOn && dates.issuedOn > today) fields.issuedOn = 'i18n:documents.issued_in_future';
  if (dates.issuedOn && dates.expiresOn && dates.expiresOn < dates.issuedOn) fields.expiresOn = 'i18n:documents.expires_before_issued';
  if (Object.keys(fields).length) throw validation(fields);
}

async function presentOne(ctx: ActorContext, person: PersonRow, documentId: string): Promise<DocumentDto> {
  const row = await loadDocument(ctx.db, person.id, documentId);
  return presentDocument(row, { lang: ctx.lang, today: today(ctx), readHealth: readHealth(ctx, person) });
}

/** A person's documents, health documents reduced for callers who may not read health data. */
export async function listDocuments(ctx: ActorContext, personId: string, page: number, pageSize: number) {
  const db = ctx.db;
  const person = await personForRead(db, ctx.actor, personId);
  const { rows, total } = await documentsRepository.list(db, person.id, page, pageSize);
  const opts = { lang: ctx.lang, today: today(ctx), readHealth: readHealth(ctx, person) };
  return { items: rows.map((r) => presentDocument(r, opts)), total, page, pageSize };
}

/** Records a document held for a person (the scan is uploaded separately). */
export async function createDocument(ctx: ActorContext, personId: string, input: CreateDocumentInput): Promise<DocumentDto> {
  const db = ctx.db;
  const person = await personForWrite(db, ctx.actor, personId);
  const type = await documentType(ctx, person, input.typeCode);
  checkDates(input, today(ctx));
  const now = ctx.clock.now();
  const doc = await db.transaction(async (tx) => {
    const row = await documentsRepository.insert(tx, { personId: person.id, ...input, typeCode: type.code, createdAt: now, updatedAt: now });
    await addTimelineEvent(tx, ctx, {
      personId: person.id,
      module: 'registry',
      kind: 'document.added',
      data: { typeCode: type.code },
      refType: 'document',
      refId: row.id,
    });
    await recordAudit(tx, ctx, {
      action: 'document.create',
      outcome: 'success',
      officeId: person.officeId,
      resourceType: 'person_document',
      resourceId: row.id,
      details: { personId: person.id, typeCode: type.code, after: auditCopy(row, type.sensitive) },
    });
    return row;
  });
  return presentOne(ctx, person, doc.id);
}

/** Changes a document; a change to anything but the notes withdraws its verification. */
export async function updateDocument(ctx: ActorContext, personId: string, documentId: string, input: UpdateDocumentInput): Promise<DocumentDto> {
  const db = ctx.db;
  const person = await personForWrite(db, ctx.actor, personId);
  const before = await loadDocument(db, person.id, documentId);
  if (isRestricted(before.document.typeCode, readHealth(ctx, person))) throw healthRestricted();
  const type = input.typeCode === undefined ? undefined : await documentType(ctx, person, input.typeCode);
  const { version, ...changes } = input;
  const values = Object.fromEntries(Object.entries(changes).filter(([, v]) => v !== undefined)) as Partial<PersonDocumentRow>;
  const merged = { ...before.document, ...values };
  checkDates(merged, today(ctx));
  const changed = Object.keys(values).filter((k) => before.document[k as keyof PersonDocumentRow] !== merged[k as keyof PersonDocumentRow]);
  const unverify = changed.some((k) => k !== 'notes');
  const now = ctx.clock.now();
  await db.transaction(async (tx) => {
    const row = await documentsRepository.update(tx, before.document.id, version, {
      ...values,
      ...(unverify ? { verifiedAt: null, verifiedBy: null } : {}),
      updatedAt: now,
    });
    if (!row) throw conflict();
    const sensitive = type?.sensitive ?? before.type.sensitive;
    await addTimelineEvent(tx, ctx, {
      personId: person.id,
      module: 'registry',
      kind: 'document.updated',
      data: { typeCode: row.typeCode },
      refType: 'document',
      refId: row.id,
    });
    await recordAudit(tx, ctx, {
      action: 'document.update',
      outcome: 'success',
      officeId: person.officeId,
      resourceType: 'person_document',
      resourceId: row.id,
      details: { personId: person.id, typeCode: row.typeCode, before: auditCopy(before.document, before.type.sensitive), after: auditCopy(row, sensitive) },
    });
  });
  return presentOne(ctx, person, documentId);
}

/** Marks a document as checked against the original, with who checked it and when. */
export async function verifyDocument(ctx: ActorContext, personId: string, documentId: string, version: number): Promise<DocumentDto> {
  const db = ctx.db;
  const person = await personForWrite(db, ctx.actor, personId);
  const before = await loadDocument(db, person.id, documentId);
  if (isRestricted(before.document.typeCode, readHealth(ctx, person))) throw healthRestricted();
  const now = ctx.clock.now();
  await db.transaction(async (tx) => {
    const row = await documentsRepository.update(tx, before.document.id, version, { verifiedAt: now, verifiedBy: userId(ctx), updatedAt: now });
    if (!row) throw conflict();
    await addTimelineEvent(tx, ctx, {
      personId: person.id,
      module: 'registry',
      kind: 'document.verified',
      data: { typeCode: row.typeCode },
      refType: 'document',
      refId: row.id,
    });
    await recordAudit(tx, ctx, {
      action: 'document.verify',
      outcome: 'success',
      officeId: person.officeId,
      resourceType: 'person_document',
      resourceId: row.id,
      details: { personId: person.id, typeCode: row.typeCode },
    });
  });
  return presentOne(ctx, person, documentId);
}

/** Removes a document from the list (soft: the row and its files stay for the history). */
export async function deleteDocument(ctx: ActorContext, personId: string, documentId: string, version: number): Promise<void> {
  const db = ctx.db;
  const person = await personForWrite(db, ctx.actor, personId);
  const before = await loadDocument(db, person.id, documentId);
  if (isRestricted(before.document.typeCode, readHealth(ctx, person))) throw healthRestricted();
  const now = ctx.clock.now();
  await db.transaction(async (tx) => {
    const row = await documentsRepository.update(tx, before.document.id, version, { deletedAt: now, updatedAt: now });
    if (!row) throw conflict();
    await addTimelineEvent(tx, ctx, {
      personId: person.id,
      module: 'registry',
      kind: 'document.removed',
      data: { typeCode: row.typeCode },
      refType: 'document',
      refId: row.id,
    });
    await recordAudit(tx, ctx, {
      action: 'document.delete',
      outcome: 'success',
      officeId: person.officeId,
      resourceType: 'person_document',
      resourceId: row.id,
      details: { personId: person.id, typeCode: row.typeCode, before: auditCopy(before.document, before.type.sensitive) },
    });
  });
}

/**
 * Attaches an uploaded scan (PDF, JPEG, PNG or WebP) to a document. A replaced scan stays stored (its
 * row and bytes are history); the document points to the new one and needs verifying again.
 */
export async function uploadDocumentFile(
  ctx: ActorContext,
  request: FastifyRequest,
  personId: string,
  documentId: string,
  version: number | undefined,
): Promise<DocumentDto> {
  const db = ctx.db;
  const person = await personForWrite(db, ctx.actor, personId);
  const before = await loadDocument(db, person.id, documentId);
  if (isRestricted(before.document.typeCode, readHealth(ctx, person))) throw healthRestricted();
  if (version !== undefined && version !== before.document.version) throw conflict();
  await storeUpload(ctx, request, { accept: documentMediaTypes, maxBytes: ctx.config.UPLOAD_MAX_BYTES, officeId: person.officeId }, async (tx, file) => {
    const now = ctx.clock.now();
    const row = await documentsRepository.update(tx, before.document.id, version ?? before.document.version, {
      fileId: file.id,
      verifiedAt: null,
      verifiedBy: null,
      updatedAt: now,
    });
    if (!row) throw conflict();
    await addTimelineEvent(tx, ctx, {
      personId: person.id,
      module: 'registry',
      kind: 'document.file_uploaded',
      data: { typeCode: row.typeCode },
      refType: 'document',
      refId: row.id,
    });
    await recordAudit(tx, ctx, {
      action: 'document.file_upload',
      outcome: 'success',
      officeId: person.officeId,
      resourceType: 'person_document',
      resourceId: row.id,
      details: {
        personId: person.id,
        typeCode: row.typeCode,
        fileId: file.id,
        previousFileId: before.document.fileId,
        mediaType: file.mediaType,
        sizeBytes: file.sizeBytes,
      },
    });
  });
  return presentOne(ctx, person, documentId);
}

/**
 * Sends a document's scan. A health document is 404 for a caller who may not read health data; reading
 * a scan of a sensitive type (passport, KTP, KK, health certificate) is recorded in the audit log.
 */
export async function sendDocumentFile(ctx: ActorContext, request: FastifyRequest, reply: FastifyReply, personId: string, documentId: string) {
  const db = ctx.db;
  const person = await personForRead(db, ctx.actor, personId);
  const row = await loadDocument(db, person.id, documentId);
  if (isRestricted(row.document.typeCode, readHealth(ctx, person)) || !row.document.fileId) throw notFound();
  // A HEAD request (browsers probe before a preview) sends no bytes: only real reads are recorded.
  if (row.type.sensitive && request.method !== 'HEAD') {
    await recordAudit(db, ctx, {
      action: 'document.file_read',
      outcome: 'success',
      officeId: person.officeId,
      resourceType: 'person_document',
      resourceId: row.document.id,
      details: { personId: person.id, typeCode: row.document.typeCode, fileId: row.document.fileId },
    });
  }
  return sendStoredFile(ctx, request, reply, row.document.fileId, row.document.typeCode);
}
