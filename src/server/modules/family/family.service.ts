import type { Db } from '../../db/client.js';
import { recordChange, updateVersioned } from '../../kit/change.js';
import { today, transaction, type ActorContext } from '../../kit/context.js';
import { AppError, notFound } from '../../lib/errors.js';
import { familyMembers } from '../../db/schema/index.js';
import { auditSnapshot } from '../audit/audit.service.js';
import type { PersonRow } from '../persons/persons.repository.js';
import { personForRead, personForWrite } from '../persons/persons.service.js';
import { presentFamilyMember } from './family.presenter.js';
import { familyRepository, live, type FamilyMemberRow } from './family.repository.js';
import type { CreateFamilyMemberInput, FamilyMemberDto, UpdateFamilyMemberInput } from './family.schemas.js';

const validation = (fields: Record<string, string>) => new AppError(400, 'validation_failed', 'errors.validation', {}, fields);

/** Rules that read the person: not their own NIK, not born in the future, an emergency contact reachable. */
function checkMember(member: Pick<FamilyMemberRow, 'nik' | 'birthDate' | 'phone' | 'emergencyContact'>, person: PersonRow, day: string) {
  const fields: Record<string, string> = {};
  if (member.nik && member.nik === person.nik) fields.nik = 'i18n:family.nik_is_person';
  if (member.birthDate && member.birthDate > day) fields.birthDate = 'i18n:family.birth_in_future';
  if (member.emergencyContact && !member.phone) fields.phone = 'i18n:family.emergency_needs_phone';
  if (Object.keys(fields).length) throw validation(fields);
}

async function loadMember(db: Db, personId: string, memberId: string): Promise<FamilyMemberRow> {
  const row = await familyRepository.get(db, personId, memberId);
  if (!row) throw notFound();
  return row;
}

/** What the timeline says of a change: the relation and the name, never the member's NIK. */
const changeOf = (ctx: ActorContext, person: PersonRow, row: FamilyMemberRow, verb: 'added' | 'updated' | 'removed', details: Record<string, unknown>) => ({
  timeline: {
    personId: person.id,
    module: 'registry',
    kind: `family.${verb}`,
    data: { relation: row.relation, name: row.fullName },
    refType: 'family_member',
    refId: row.id,
  },
  audit: {
    action: `family.${verb === 'added' ? 'create' : verb === 'updated' ? 'update' : 'delete'}`,
    outcome: 'success' as const,
    officeId: person.officeId,
    resourceType: 'family_member',
    resourceId: row.id,
    details: { personId: person.id, ...details },
  },
});

export async function listFamily(ctx: ActorContext, personId: string, page: number, pageSize: number) {
  const person = await personForRead(ctx.db, ctx.actor, personId);
  const { rows, total } = await familyRepository.list(ctx.db, person.id, page, pageSize);
  return { items: rows.map(presentFamilyMember), total, page, pageSize };
}

/** Adds a family member or emergency contact to a person. */
export async function addFamilyMember(ctx: ActorContext, personId: string, input: CreateFamilyMemberInput): Promise<FamilyMemberDto> {
  const person = await personForWrite(ctx.db, ctx.actor, personId);
  checkMember(input, person, today(ctx));
  const now = ctx.clock.now();
  const row = await transaction(ctx, async (tx) => {
    const row = await familyRepository.insert(tx.db, { personId: person.id, ...input, createdAt: now, updatedAt: now });
    await recordChange(tx, changeOf(tx, person, row, 'added', { after: auditSnapshot(row) }));
    return row;
  });
  return presentFamilyMember(row);
}

/** Changes a family member with optimistic concurrency. */
export async function updateFamilyMember(ctx: ActorContext, personId: string, memberId: string, input: UpdateFamilyMemberInput): Promise<FamilyMemberDto> {
  const person = await personForWrite(ctx.db, ctx.actor, personId);
  const before = await loadMember(ctx.db, person.id, memberId);
  const { version, ...changes } = input;
  const values = Object.fromEntries(Object.entries(changes).filter(([, v]) => v !== undefined)) as Partial<FamilyMemberRow>;
  checkMember({ ...before, ...values }, person, today(ctx));
  const row = await transaction(ctx, async (tx) => {
    const row = await updateVersioned(tx.db, familyMembers, before.id, version, { ...values, updatedAt: ctx.clock.now() }, live(person.id));
    await recordChange(tx, changeOf(tx, person, row, 'updated', { before: auditSnapshot(before), after: auditSnapshot(row) }));
    return row;
  });
  return presentFamilyMember(row);
}

/** Removes a family member from the list (soft: the row stays for the history and the data-subject export). */
export async function removeFamilyMember(ctx: ActorContext, personId: string, memberId: string, version: number): Promise<void> {
  const person = await personForWrite(ctx.db, ctx.actor, personId);
  const before = await loadMember(ctx.db, person.id, memberId);
  await transaction(ctx, async (tx) => {
    const now = ctx.clock.now();
    const row = await updateVersioned(tx.db, familyMembers, before.id, version, { deletedAt: now, updatedAt: now }, live(person.id));
    await recordChange(tx, changeOf(tx, person, row, 'removed', { before: auditSnapshot(before) }));
  });
}
