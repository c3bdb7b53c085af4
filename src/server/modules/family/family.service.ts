import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Db } from '../../db/client.js';
import { AppError, conflict, notFound } from '../../lib/errors.js';
import { auditSnapshot, recordAudit } from '../audit/audit.service.js';
import type { PersonRow } from '../persons/persons.repository.js';
import { personForRead, personForWrite, todayFor } from '../persons/persons.service.js';
import { addTimelineEvent } from '../timeline/timeline.service.js';
import { presentFamilyMember } from './family.presenter.js';
import { familyRepository, type FamilyMemberRow } from './family.repository.js';
import type { CreateFamilyMemberInput, FamilyMemberDto, UpdateFamilyMemberInput } from './family.schemas.js';

const validation = (fields: Record<string, string>) => new AppError(400, 'validation_failed', 'errors.validation', {}, fields);

/** Rules that read the person: not their own NIK, not born in the future, an emergency contact reachable. */
function checkMember(member: Pick<FamilyMemberRow, 'nik' | 'birthDate' | 'phone' | 'emergencyContact'>, person: PersonRow, today: string) {
  const fields: Record<string, string> = {};
  if (member.nik && member.nik === person.nik) fields.nik = 'i18n:family.nik_is_person';
  if (member.birthDate && member.birthDate > today) fields.birthDate = 'i18n:family.birth_in_future';
  if (member.emergencyContact && !member.phone) fields.phone = 'i18n:family.emergency_needs_phone';
  if (Object.keys(fields).length) throw validation(fields);
}

async function loadMember(db: Db, personId: string, memberId: string): Promise<FamilyMemberRow> {
  const row = await familyRepository.get(db, personId, memberId);
  if (!row) throw notFound();
  return row;
}

const timelineData = (row: FamilyMemberRow) => ({ relation: row.relation, name: row.fullName });

export async function listFamily(app: FastifyInstance, request: FastifyRequest, personId: string, page: number, pageSize: number) {
  const db = app.database.db;
  const person = await personForRead(db, request.actor!, personId);
  const { rows, total } = await familyRepository.list(db, person.id, page, pageSize);
  return { items: rows.map(presentFamilyMember), total, page, pageSize };
}

/** Adds a family member or emergency contact to a person. */
export async function addFamilyMember(app: FastifyInstance, request: FastifyRequest, personId: string, input: CreateFamilyMemberInput): Promise<FamilyMemberDto> {
  const db = app.database.db;
  const person = await personForWrite(db, request.actor!, personId);
  checkMember(input, person, todayFor(app));
  const now = app.clock.now();
  const row = await db.transaction(async (tx) => {
    const row = await familyRepository.insert(tx, { personId: person.id, ...input, createdAt: now, updatedAt: now });
    await addTimelineEvent(tx, request, { personId: person.id, module: 'registry', kind: 'family.added', data: timelineData(row), refType: 'family_member', refId: row.id });
    await recordAudit(tx, request, { action: 'family.create', outcome: 'success', officeId: person.officeId, resourceType: 'family_member', resourceId: row.id, details: { personId: person.id, after: auditSnapshot(row) } });
    return row;
  });
  return presentFamilyMember(row);
}

/** Changes a family member with optimistic concurrency. */
export async function updateFamilyMember(app: FastifyInstance, request: FastifyRequest, personId: string, memberId: string, input: UpdateFamilyMemberInput): Promise<FamilyMemberDto> {
  const db = app.database.db;
  const person = await personForWrite(db, request.actor!, personId);
  const before = await loadMember(db, person.id, memberId);
  const { version, ...changes } = input;
  const values = Object.fromEntries(Object.entries(changes).filter(([, v]) => v !== undefined)) as Partial<FamilyMemberRow>;
  checkMember({ ...before, ...values }, person, todayFor(app));
  const row = await db.transaction(async (tx) => {
    const row = await familyRepository.update(tx, before.id, version, { ...values, updatedAt: app.clock.now() });
    if (!row) throw conflict();
    await addTimelineEvent(tx, request, { personId: person.id, module: 'registry', kind: 'family.updated', data: timelineData(row), refType: 'family_member', refId: row.id });
    await recordAudit(tx, request, {
      action: 'family.update',
      outcome: 'success',
      officeId: person.officeId,
      resourceType: 'family_member',
      resourceId: row.id,
      details: { personId: person.id, before: auditSnapshot(before), after: auditSnapshot(row) },
    });
    return row;
  });
  return presentFamilyMember(row);
}

/** Removes a family member from the list (soft: the row stays for the history and the data-subject export). */
export async function removeFamilyMember(app: FastifyInstance, request: FastifyRequest, personId: string, memberId: string, version: number): Promise<void> {
  const db = app.database.db;
  const person = await personForWrite(db, request.actor!, personId);
  const before = await loadMember(db, person.id, memberId);
  await db.transaction(async (tx) => {
    const now = app.clock.now();
    const row = await familyRepository.update(tx, before.id, version, { deletedAt: now, updatedAt: now });
    if (!row) throw conflict();
    await addTimelineEvent(tx, request, { personId: person.id, module: 'registry', kind: 'family.removed', data: timelineData(row), refType: 'family_member', refId: row.id });
    await recordAudit(tx, request, { action: 'family.delete', outcome: 'success', officeId: person.officeId, resourceType: 'family_member', resourceId: row.id, details: { personId: person.id, before: auditSnapshot(before) } });
  });
}
