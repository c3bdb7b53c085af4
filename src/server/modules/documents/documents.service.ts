import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { maskIdentifier } from '../../../domain/registry.js';
import { AppError, conflict, notFound } from '../../lib/errors.js';
import { auditSnapshot, recordAudit } from '../audit/audit.service.js';
import { documentMediaTypes, sendStoredFile, storeUpload } from '../files/files.service.js';
import { personAbilities } from '../persons/persons.policy.js';
import type { PersonRow } from '../persons/persons.repository.js';
import { personForRead, personForWrite, todayFor } from '../persons/persons.service.js';
import { addTimelineEvent } from '../timeline/timeline.service.js';
import type { Db } from '../../db/client.js';
import { healthDocumentTypes, isRestricted } from './documents.policy.js';
import { presentDocument } from './documents.presenter.js';
import { documentsRepository, type DocumentDetailRow, type PersonDocumentRow } from './documents.repository.js';
import type { CreateDocumentInput, DocumentDto, UpdateDocumentInput } from './documents.schemas.js';

const validation = (fields: Record<string, string>) => new AppError(400, 'validation_failed', 'errors.validation', {}, fields);
const healthRestricted = () => new AppError(403, 'health_restricted', 'documents.health_restricted');

const readHealth = (request: FastifyRequest, person: PersonRow) => personAbilities(request.actor!, person).readHealth;
const userId = (request: FastifyRequest) => (request.actor!.kind === 'user' ? request.actor!.id : null);

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
async function documentType(app: FastifyInstance, request: FastifyRequest, person: PersonRow, code: string) {
  const type = await documentsRepository.type(app.database.db, code);
  if (!type) throw validation({ typeCode: 'i18n:documents.type_unknown' });
  if (isRestricted(type.code, readHealth(request, person))) throw healthRestricted();
  return type;
}

function checkDates(dates: { issuedOn: string | null; expiresOn: string | null }, today: string) {
  const fields: Record<string, string> = {};
  if (dates.issuedOn && dates.issuedOn > today) fields.issuedOn = 'i18n:documents.issued_in_future';
  if (dates.issuedOn && dates.expiresOn && dates.expiresOn < dates.issuedOn) fields.expiresOn = 'i18n:documents.expires_before_issued';
  if (Object.keys(fields).length) throw validation(fields);
}

async function presentOne(app: FastifyInstance, request: FastifyRequest, person: PersonRow, documentId: string): Promise<DocumentDto> {
  const row = await loadDocument(app.database.db, person.id, documentId);
  return presentDocument(row, { lang: request.lang, today: todayFor(app), readHealth: readHealth(request, person) });
}

/** A person's documents, health documents reduced for callers who may not read health data. */
export async function listDocuments(app: FastifyInstance, request: FastifyRequest, personId: string, page: number, pageSize: number) {
  const db = app.database.db;
  const person = await personForRead(db, request.actor!, personId);
  const { rows, total } = await documentsRepository.list(db, person.id, page, pageSize);
  const opts = { lang: request.lang, today: todayFor(app), readHealth: readHealth(request, person) };
  return { items: rows.map((r) => presentDocument(r, opts)), total, page, pageSize };
}

/** Records a document held for a person (the scan is uploaded separately). */
export async function createDocument(app: FastifyInstance, request: FastifyRequest, personId: string, input: CreateDocumentInput): Promise<DocumentDto> {
  const db = app.database.db;
  const person = await personForWrite(db, request.actor!, personId);
  const type = await documentType(app, request, person, input.typeCode);
  checkDates(input, todayFor(app));
  const now = app.clock.now();
  const doc = await db.transaction(async (tx) => {
    const row = await documentsRepository.insert(tx, { personId: person.id, ...input, typeCode: type.code, createdAt: now, updatedAt: now });
    await addTimelineEvent(tx, request, { personId: person.id, module: 'registry', kind: 'document.added', data: { typeCode: type.code }, refType: 'document', refId: row.id });
    await recordAudit(tx, request, {
      action: 'document.create',
      outcome: 'success',
      officeId: person.officeId,
      resourceType: 'person_document',
      resourceId: row.id,
      details: { personId: person.id, typeCode: type.code, after: auditCopy(row, type.sensitive) },
    });
    return row;
  });
  return presentOne(app, request, person, doc.id);
}

/** Changes a document; a change to anything but the notes withdraws its verification. */
export async function updateDocument(app: FastifyInstance, request: FastifyRequest, personId: string, documentId: string, input: UpdateDocumentInput): Promise<DocumentDto> {
  const db = app.database.db;
  const person = await personForWrite(db, request.actor!, personId);
  const before = await loadDocument(db, person.id, documentId);
  if (isRestricted(before.document.typeCode, readHealth(request, person))) throw healthRestricted();
  const type = input.typeCode === undefined ? undefined : await documentType(app, request, person, input.typeCode);
  const { version, ...changes } = input;
  const values = Object.fromEntries(Object.entries(changes).filter(([, v]) => v !== undefined)) as Partial<PersonDocumentRow>;
  const merged = { ...before.document, ...values };
  checkDates(merged, todayFor(app));
  const changed = Object.keys(values).filter((k) => before.document[k as keyof PersonDocumentRow] !== merged[k as keyof PersonDocumentRow]);
  const unverify = changed.some((k) => k !== 'notes');
  const now = app.clock.now();
  await db.transaction(async (tx) => {
    const row = await documentsRepository.update(tx, before.document.id, version, { ...values, ...(unverify ? { verifiedAt: null, verifiedBy: null } : {}), updatedAt: now });
    if (!row) throw conflict();
    const sensitive = type?.sensitive ?? before.type.sensitive;
    await addTimelineEvent(tx, request, { personId: person.id, module: 'registry', kind: 'document.updated', data: { typeCode: row.typeCode }, refType: 'document', refId: row.id });
    await recordAudit(tx, request, {
      action: 'document.update',
      outcome: 'success',
      officeId: person.officeId,
      resourceType: 'person_document',
      resourceId: row.id,
      details: { personId: person.id, typeCode: row.typeCode, before: auditCopy(before.document, before.type.sensitive), after: auditCopy(row, sensitive) },
    });
  });
  return presentOne(app, request, person, documentId);
}

/** Marks a document as checked against the original, with who checked it and when. */
export async function verifyDocument(app: FastifyInstance, request: FastifyRequest, personId: string, documentId: string, version: number): Promise<DocumentDto> {
  const db = app.database.db;
  const person = await personForWrite(db, request.actor!, personId);
  const before = await loadDocument(db, person.id, documentId);
  if (isRestricted(before.document.typeCode, readHealth(request, person))) throw healthRestricted();
  const now = app.clock.now();
  await db.transaction(async (tx) => {
    const row = await documentsRepository.update(tx, before.document.id, version, { verifiedAt: now, verifiedBy: userId(request), updatedAt: now });
    if (!row) throw conflict();
    await addTimelineEvent(tx, request, { personId: person.id, module: 'registry', kind: 'document.verified', data: { typeCode: row.typeCode }, refType: 'document', refId: row.id });
    await recordAudit(tx, request, {
      action: 'document.verify',
      outcome: 'success',
      officeId: person.officeId,
      resourceType: 'person_document',
      resourceId: row.id,
      details: { personId: person.id, typeCode: row.typeCode },
    });
  });
  return presentOne(app, request, person, documentId);
}

/** Removes a document from the list (soft: the row and its files stay for the history). */
export async function deleteDocument(app: FastifyInstance, request: FastifyRequest, personId: string, documentId: string, version: number): Promise<void> {
  const db = app.database.db;
  const person = await personForWrite(db, request.actor!, personId);
  const before = await loadDocument(db, person.id, documentId);
  if (isRestricted(before.document.typeCode, readHealth(request, person))) throw healthRestricted();
  const now = app.clock.now();
  await db.transaction(async (tx) => {
    const row = await documentsRepository.update(tx, before.document.id, version, { deletedAt: now, updatedAt: now });
    if (!row) throw conflict();
    await addTimelineEvent(tx, request, { personId: person.id, module: 'registry', kind: 'document.removed', data: { typeCode: row.typeCode }, refType: 'document', refId: row.id });
    await recordAudit(tx, request, {
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
export async function uploadDocumentFile(app: FastifyInstance, request: FastifyRequest, personId: string, documentId: string, version: number | undefined): Promise<DocumentDto> {
  const db = app.database.db;
  const person = await personForWrite(db, request.actor!, personId);
  const before = await loadDocument(db, person.id, documentId);
  if (isRestricted(before.document.typeCode, readHealth(request, person))) throw healthRestricted();
  if (version !== undefined && version !== before.document.version) throw conflict();
  await storeUpload(app, request, { accept: documentMediaTypes, maxBytes: app.config.UPLOAD_MAX_BYTES, officeId: person.officeId }, async (tx, file) => {
    const now = app.clock.now();
    const row = await documentsRepository.update(tx, before.document.id, version ?? before.document.version, { fileId: file.id, verifiedAt: null, verifiedBy: null, updatedAt: now });
    if (!row) throw conflict();
    await addTimelineEvent(tx, request, { personId: person.id, module: 'registry', kind: 'document.file_uploaded', data: { typeCode: row.typeCode }, refType: 'document', refId: row.id });
    await recordAudit(tx, request, {
      action: 'document.file_upload',
      outcome: 'success',
      officeId: person.officeId,
      resourceType: 'person_document',
      resourceId: row.id,
      details: { personId: person.id, typeCode: row.typeCode, fileId: file.id, previousFileId: before.document.fileId, mediaType: file.mediaType, sizeBytes: file.sizeBytes },
    });
  });
  return presentOne(app, request, person, documentId);
}

/**
 * Sends a document's scan. A health document is 404 for a caller who may not read health data; reading
 * a scan of a sensitive type (passport, KTP, KK, health certificate) is recorded in the audit log.
 */
export async function sendDocumentFile(app: FastifyInstance, request: FastifyRequest, reply: FastifyReply, personId: string, documentId: string) {
  const db = app.database.db;
  const person = await personForRead(db, request.actor!, personId);
  const row = await loadDocument(db, person.id, documentId);
  if (isRestricted(row.document.typeCode, readHealth(request, person)) || !row.document.fileId) throw notFound();
  // A HEAD request (browsers probe before a preview) sends no bytes: only real reads are recorded.
  if (row.type.sensitive && request.method !== 'HEAD') {
    await recordAudit(db, request, {
      action: 'document.file_read',
      outcome: 'success',
      officeId: person.officeId,
      resourceType: 'person_document',
      resourceId: row.document.id,
      details: { personId: person.id, typeCode: row.document.typeCode, fileId: row.document.fileId },
    });
  }
  return sendStoredFile(app, request, reply, row.document.fileId, row.document.typeCode);
}
