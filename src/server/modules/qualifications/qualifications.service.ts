import { today, type ActorContext } from '../../kit/context.js';
import { languageTests } from '../../../domain/registry.js';
import type { Db } from '../../db/client.js';
import { AppError, conflict, notFound } from '../../lib/errors.js';
import { fieldKey } from '../../lib/validation-messages.js';
import { auditSnapshot, recordAudit } from '../audit/audit.service.js';
import { personForRead, personForWrite } from '../persons/persons.service.js';
import { addTimelineEvent } from '../timeline/timeline.service.js';
import { presentQualification } from './qualifications.presenter.js';
import { qualificationsRepository, type QualificationDetailRow, type QualificationRow } from './qualifications.repository.js';
import type { CreateQualificationInput, QualificationDto, UpdateQualificationInput } from './qualifications.schemas.js';

const validation = (fields: Record<string, string>) => new AppError(400, 'validation_failed', 'errors.validation', {}, fields);

type QualificationFields = Pick<QualificationRow, 'kind' | 'title' | 'level' | 'sswFieldCode' | 'countryCode' | 'startedOn' | 'endedOn'>;

/**
 * The rules of a qualification as a whole (checked on the record after a change, not on the change
 * alone): references exist; work abroad names its country and start; an SSW skills test names its
 * field; a known language test has one of its levels; nothing ends before it starts.
 * Returns the level written the way the test writes it (n4 → N4).
 */
async function checkQualification(db: Db, q: QualificationFields, today: string): Promise<string | null> {
  const fields: Record<string, string> = {};
  if (q.sswFieldCode && !(await qualificationsRepository.sswFieldExists(db, q.sswFieldCode))) fields.sswFieldCode = 'i18n:qualifications.ssw_field_unknown';
  if (q.countryCode && !(await qualificationsRepository.countryExists(db, q.countryCode))) fields.countryCode = 'i18n:qualifications.country_unknown';
  if (q.kind === 'work_history') {
    if (!q.countryCode) fields.countryCode = 'i18n:qualifications.country_required';
    if (!q.startedOn) fields.startedOn = 'i18n:qualifications.start_required';
  }
  if (q.kind === 'skills_test' && /^ssw\b/i.test(q.title) && !q.sswFieldCode) fields.sswFieldCode = 'i18n:qualifications.ssw_field_required';
  let level = q.level;
  const test = q.kind === 'language_test' ? Object.keys(languageTests).find((t) => t.toLowerCase() === q.title.toLowerCase()) : undefined;
  if (test && level) {
    const levels = languageTests[test]!;
    const known = levels.find((l) => l.toLowerCase() === level!.toLowerCase());
    if (known) level = known;
    else fields.level = fieldKey('qualifications.level_unknown', { test, levels: levels.join(', ') });
  }
  if (q.startedOn && q.startedOn > today) fields.startedOn = 'i18n:qualifications.started_in_future';
  if (q.startedOn && q.endedOn && q.endedOn < q.startedOn) fields.endedOn = 'i18n:qualifications.ended_before_started';
  if (Object.keys(fields).length) throw validation(fields);
  return level;
}

async function loadQualification(db: Db, personId: string, id: string): Promise<QualificationDetailRow> {
  const row = await qualificationsRepository.get(db, personId, id);
  if (!row) throw notFound();
  return row;
}

const timelineData = (q: QualificationRow) => ({ kind: q.kind, title: q.title, level: q.level });

async function presentOne(ctx: ActorContext, personId: string, id: string): Promise<QualificationDto> {
  return presentQualification(await loadQualification(ctx.db, personId, id), ctx.lang);
}

export async function listQualifications(ctx: ActorContext, personId: string, page: number, pageSize: number) {
  const db = ctx.db;
  const person = await personForRead(db, ctx.actor, personId);
  const { rows, total } = await qualificationsRepository.list(db, person.id, page, pageSize);
  return { items: rows.map((r) => presentQualification(r, ctx.lang)), total, page, pageSize };
}

/** Records a language test, certificate, skills test or period of work abroad. */
export async function addQualification(ctx: ActorContext, personId: string, input: CreateQualificationInput): Promise<QualificationDto> {
  const db = ctx.db;
  const person = await personForWrite(db, ctx.actor, personId);
  const level = await checkQualification(db, input, today(ctx));
  const now = ctx.clock.now();
  const row = await db.transaction(async (tx) => {
    const row = await qualificationsRepository.insert(tx, { personId: person.id, ...input, level, createdAt: now, updatedAt: now });
    await addTimelineEvent(tx, ctx, {
      personId: person.id,
      module: 'registry',
      kind: 'qualification.added',
      data: timelineData(row),
      refType: 'qualification',
      refId: row.id,
    });
    await recordAudit(tx, ctx, {
      action: 'qualification.create',
      outcome: 'success',
      officeId: person.officeId,
      resourceType: 'qualification',
      resourceId: row.id,
      details: { personId: person.id, after: auditSnapshot(row) },
    });
    return row;
  });
  return presentOne(ctx, person.id, row.id);
}

export async function updateQualification(ctx: ActorContext, personId: string, id: string, input: UpdateQualificationInput): Promise<QualificationDto> {
  const db = ctx.db;
  const person = await personForWrite(db, ctx.actor, personId);
  const before = (await loadQualification(db, person.id, id)).qualification;
  const { version, ...changes } = input;
  const values = Object.fromEntries(Object.entries(changes).filter(([, v]) => v !== undefined)) as Partial<QualificationRow>;
  const level = await checkQualification(db, { ...before, ...values }, today(ctx));
  if (level !== before.level) values.level = level;
  await db.transaction(async (tx) => {
    const row = await qualificationsRepository.update(tx, before.id, version, { ...values, updatedAt: ctx.clock.now() });
    if (!row) throw conflict();
    await addTimelineEvent(tx, ctx, {
      personId: person.id,
      module: 'registry',
      kind: 'qualification.updated',
      data: timelineData(row),
      refType: 'qualification',
      refId: row.id,
    });
    await recordAudit(tx, ctx, {
      action: 'qualification.update',
      outcome: 'success',
      officeId: person.officeId,
      resourceType: 'qualification',
      resourceId: row.id,
      details: { personId: person.id, before: auditSnapshot(before), after: auditSnapshot(row) },
    });
  });
  return presentOne(ctx, person.id, id);
}

/** Removes a qualification from the list (soft: the row stays for the history). */
export async function removeQualification(ctx: ActorContext, personId: string, id: string, version: number): Promise<void> {
  const db = ctx.db;
  const person = await personForWrite(db, ctx.actor, personId);
  const before = (await loadQualification(db, person.id, id)).qualification;
  await db.transaction(async (tx) => {
    const now = ctx.clock.now();
    const row = await qualificationsRepository.update(tx, before.id, version, { deletedAt: now, updatedAt: now });
    if (!row) throw conflict();
    await addTimelineEvent(tx, ctx, {
      personId: person.id,
      module: 'registry',
      kind: 'qualification.removed',
      data: timelineData(row),
      refType: 'qualification',
      refId: row.id,
    });
    await recordAudit(tx, ctx, {
      action: 'qualification.delete',
      outcome: 'success',
      officeId: person.officeId,
      resourceType: 'qualification',
      resourceId: row.id,
      details: { personId: person.id, before: auditSnapshot(before) },
    });
  });
}
