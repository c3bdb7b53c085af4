import { canSeeOffice, officeScope, type Actor } from '../../../domain/access.js';
import { nikBirthDate, nikWarnings, parseNik } from '../../../domain/nik.js';
import { canMoveStatus, maskIdentifier } from '../../../domain/registry.js';
import type { Db } from '../../db/client.js';
import { today as todayIn, type ActorContext } from '../../kit/context.js';
import { AppError, conflict, isUniqueViolation, notFound } from '../../lib/errors.js';
import { auditSnapshot, recordAudit } from '../audit/audit.service.js';
import { addTimelineEvent } from '../timeline/timeline.service.js';
import { personAbilities } from './persons.policy.js';
import { presentPerson, presentPersonSummary } from './persons.presenter.js';
import { personsRepository, type PersonRow } from './persons.repository.js';
import type { CreatePersonInput, PersonDto, UpdatePersonInput } from './persons.schemas.js';
import { mergeRepository } from './merge.repository.js';
import { recordWarnings } from './record-warnings.js';
import type { z } from 'zod';
import type { nikCheckBody, statusChangeBody } from './persons.schemas.js';

const validation = (fields: Record<string, string>) => new AppError(400, 'validation_failed', 'errors.validation', {}, fields);

/**
 * Loads a person the caller may see, for a change: 404 for another office's or a missing record, 409
 * for a record already merged into another (its data now lives on the survivor).
 */
export async function personForWrite(db: Db, actor: Actor, id: string): Promise<PersonRow> {
  const row = await personsRepository.get(db, id, officeScope(actor));
  if (!row) throw notFound();
  if (row.mergedIntoId) throw new AppError(409, 'person_merged', 'persons.merged');
  return row;
}

/** Loads a person the caller may see (merged ones included), or answers 404. */
export async function personForRead(db: Db, actor: Actor, id: string): Promise<PersonRow> {
  const row = await personsRepository.get(db, id, officeScope(actor));
  if (!row) throw notFound();
  return row;
}

/** The kab/kota of origin of an address region: its first two levels (16.74.01.2001 → 16.74). */
export const regencyOf = (code: string | null): string | null => (code && code.length >= 5 ? code.slice(0, 5) : null);

/**
 * The kab/kota of origin: from the address when one is given, else where the NIK was first issued (most
 * people still live where they were registered; a known address always wins).
 */
async function originOf(db: Db, addressRegionCode: string | null, nik: string): Promise<string | null> {
  const fromAddress = regencyOf(addressRegionCode);
  if (fromAddress) return fromAddress;
  const parsed = parseNik(nik);
  if (!parsed.ok) return null;
  return (await personsRepository.regionExists(db, parsed.parts.regencyCode)) ? parsed.parts.regencyCode : null;
}

/** Checks the references of a person's fields against the reference data; field errors otherwise. */
async function assertReferences(db: Db, input: Partial<Pick<CreatePersonInput, 'addressRegionCode' | 'destinationCountryCode' | 'birthDate'>>, today: string) {
  const fields: Record<string, string> = {};
  if (input.addressRegionCode && !(await personsRepository.regionExists(db, input.addressRegionCode))) fields.addressRegionCode = 'i18n:persons.region_unknown';
  if (input.destinationCountryCode && !(await personsRepository.countryExists(db, input.destinationCountryCode)))
    fields.destinationCountryCode = 'i18n:persons.country_unknown';
  if (input.birthDate && input.birthDate > today) fields.birthDate = 'i18n:persons.birth_in_future';
  if (input.birthDate && input.birthDate < '1900-01-01') fields.birthDate = 'i18n:persons.birth_too_early';
  if (Object.keys(fields).length) throw validation(fields);
}

/** What the NIK says: where it was issued, and what disagrees with the entered data (warnings). */
export async function nikFacts(db: Db, t: ActorContext['t'], nik: string, entered: { birthDate?: string | null; sex?: PersonRow['sex'] | null }) {
  const parsed = parseNik(nik);
  if (!parsed.ok) return undefined;
  const { parts } = parsed;
  const names = await personsRepository.regionNames(db, [parts.provinceCode, parts.regencyCode, parts.districtCode]);
  const ref = (code: string) => (names.has(code) ? { code, name: names.get(code)! } : null);
  const warnings = nikWarnings(parts, entered, { regency: names.has(parts.regencyCode), district: names.has(parts.districtCode) });
  return {
    parts,
    region: { province: ref(parts.provinceCode), regency: ref(parts.regencyCode), district: ref(parts.districtCode) },
    warnings: warnings.map((code) => ({ code, message: t(`nik.warning.${code}`) })),
  };
}

/**
 * The live check behind the create form: is the NIK well formed, what does it say, is it taken? It
 * confirms a registered NIK only when the caller may see the record: to anyone else it answers as if the
 * NIK were free, so the check cannot tell whether someone is registered at another office. Every check is
 * audited (the NIK masked), and the route is rate-limited per caller.
 */
export async function checkNik(ctx: ActorContext, input: z.infer<typeof nikCheckBody>) {
  const db = ctx.db;
  const t = ctx.t;
  const parsed = parseNik(input.nik);
  const empty = { province: null, regency: null, district: null };
  if (!parsed.ok) {
    await recordAudit(db, ctx, {
      action: 'person.nik_check',
      outcome: 'success',
      details: { nik: maskIdentifier(input.nik.replace(/\D/g, '')), valid: false, matched: false },
    });
    const code = `nik.${parsed.error.code}`;
    return {
      valid: false,
      nik: null,
      error: { code: parsed.error.code, message: t(code, 'length' in parsed.error ? { length: parsed.error.length } : {}) },
      warnings: [],
      sex: null,
      birthDate: null,
      region: empty,
      existing: null,
    };
  }
  const facts = (await nikFacts(db, t, parsed.parts.nik, input))!;
  const taken = await personsRepository.byNik(db, parsed.parts.nik);
  const visible = taken && canSeeOffice(ctx.actor, taken.officeId) ? taken : null;
  // `matched` is what the caller was told; `registered` what the registry holds, for whoever reviews probing.
  await recordAudit(db, ctx, {
    action: 'person.nik_check',
    outcome: 'success',
    ...(visible ? { resourceType: 'person', resourceId: visible.id } : {}),
    details: { nik: maskIdentifier(parsed.parts.nik), valid: true, matched: Boolean(visible), registered: Boolean(taken) },
  });
  return {
    valid: true,
    nik: parsed.parts.nik,
    error: null,
    warnings: facts.warnings,
    sex: parsed.parts.sex,
    birthDate: nikBirthDate(parsed.parts, todayIn(ctx)),
    region: facts.region,
    existing: visible ? { id: visible.id, fullName: visible.fullName, otherOffice: false } : null,
  };
}

/**
 * The 409 for a NIK that is already registered, audited. It names the record only when the caller may see
 * it; otherwise it says neither where nor by whom: the refusal still tells that the NIK is held somewhere
 * (the uniqueness rule cannot be kept silently), which is why it is recorded with who tried.
 */
async function nikTaken(db: Db, ctx: ActorContext, nik: string, existing: { id: string; fullName: string; officeId: string }): Promise<AppError> {
  const visible = canSeeOffice(ctx.actor, existing.officeId);
  await recordAudit(db, ctx, {
    action: 'person.create',
    outcome: 'failure',
    ...(visible ? { resourceType: 'person', resourceId: existing.id } : {}),
    details: { reason: 'nik_taken', nik: maskIdentifier(nik), otherOffice: !visible },
  });
  if (visible) {
    return new AppError(409, 'nik_taken', 'persons.nik_taken', { name: existing.fullName, id: existing.id }, { nik: 'i18n:persons.nik_taken_field' });
  }
  return new AppError(409, 'nik_taken', 'persons.nik_unavailable', {}, { nik: 'i18n:persons.nik_unavailable_field' });
}

/** Registers a person: refuses a NIK already held; returns likely duplicates for review. */
export async function createPerson(ctx: ActorContext, input: CreatePersonInput) {
  const actor = ctx.actor;
  const db = ctx.db;
  const today = todayIn(ctx);
  const officeId = input.officeId ?? actor.officeId;
  if (!canSeeOffice(actor, officeId)) throw validation({ officeId: 'i18n:users.office_unknown' });
  await assertReferences(db, input, today);
  const statusSince = input.statusSince ?? today;
  if (statusSince > today) throw validation({ statusSince: 'i18n:persons.date_in_future' });
  const existing = await personsRepository.byNik(db, input.nik);
  if (existing) throw await nikTaken(db, ctx, input.nik, existing);
  const now = ctx.clock.now();
  let person: PersonRow;
  try {
    person = await db.transaction(async (tx) => {
      const row = await personsRepository.insert(tx, {
        officeId,
        nik: input.nik,
        fullName: input.fullName,
        sex: input.sex,
        birthPlace: input.birthPlace,
        birthDate: input.birthDate,
        addressLine: input.addressLine,
        addressRegionCode: input.addressRegionCode,
        originRegencyCode: await originOf(tx, input.addressRegionCode, input.nik),
        phone: input.phone,
        whatsapp: input.whatsapp,
        email: input.email,
        education: input.education,
        maritalStatus: input.maritalStatus,
        healthNotes: input.healthNotes,
        destinationCountryCode: input.destinationCountryCode,
        status: input.status,
        statusSince,
        createdBy: actor.kind === 'user' ? actor.id : null,
        createdAt: now,
        updatedAt: now,
      });
      await personsRepository.addStatusChange(tx, {
        personId: row.id,
        fromStatus: null,
        toStatus: row.status,
        effectiveOn: statusSince,
        changedBy: actor.kind === 'user' ? actor.id : null,
        changedAt: now,
      });
      await addTimelineEvent(tx, ctx, {
        personId: row.id,
        module: 'registry',
        kind: 'person.registered',
        data: { status: row.status },
        refType: 'person',
        refId: row.id,
      });
      await recordAudit(tx, ctx, {
        action: 'person.create',
        outcome: 'success',
        officeId,
        resourceType: 'person',
        resourceId: row.id,
        details: { after: auditSnapshot(row) },
      });
      return row;
    });
  } catch (err) {
    // Two people registering the same NIK at the same moment: the unique index decides.
    if (isUniqueViolation(err)) {
      const taken = await personsRepository.byNik(db, input.nik);
      if (taken) throw await nikTaken(db, ctx, input.nik, taken);
    }
    throw err;
  }
  const duplicateIds = await personsRepository.likelyDuplicatesOf(db, person, officeScope(actor));
  const likelyDuplicates = (await personsRepository.summaries(db, duplicateIds)).map((r) => presentPersonSummary(r, ctx.lang, today));
  return { person: await personDetail(ctx, person), likelyDuplicates };
}

/** Everything the person page shows about the record itself. */
export async function personDetail(ctx: ActorContext, row: PersonRow): Promise<PersonDto> {
  const db = ctx.db;
  const today = todayIn(ctx);
  const [summary] = await personsRepository.summaries(db, [row.id]);
  const facts = await nikFacts(db, ctx.t, row.nik, row);
  // Region codes nest by prefix: 16 → 16.74 → 16.74.01 → 16.74.01.2001.
  const code = row.addressRegionCode;
  const chain = code ? [2, 5, 8, 13].filter((n) => n <= code.length).map((n) => code.slice(0, n)) : [];
  const names = await personsRepository.regionNames(db, chain);
  const abilities = personAbilities(ctx.actor, row);
  return presentPerson(
    row,
    {
      summary: summary!,
      nikRegion: { regency: facts?.region.regency ?? null, district: facts?.region.district ?? null },
      nikWarnings: facts?.warnings ?? [],
      warnings: recordWarnings(ctx, row, today),
      addressRegion: chain.filter((c) => names.has(c)).map((code) => ({ code, name: names.get(code)! })),
      passportNumber: await personsRepository.passportNumber(db, row.id),
      mergedFrom: await personsRepository.mergedFrom(db, row.id),
      statusHistory: await personsRepository.statusHistory(db, row.id),
      abilities,
    },
    ctx.lang,
    today,
  );
}

/**
 * The person page. Reading it is recorded (UU 27/2022 expects a record of processing including reads),
 * noting whether health data was shown.
 */
export async function readPerson(ctx: ActorContext, id: string): Promise<PersonDto> {
  const row = await personForRead(ctx.db, ctx.actor, id);
  const dto = await personDetail(ctx, row);
  await recordAudit(ctx.db, ctx, {
    action: 'person.read',
    outcome: 'success',
    officeId: row.officeId,
    resourceType: 'person',
    resourceId: row.id,
    details: { health: dto.healthNotes !== null },
  });
  return dto;
}

/** Changes a person's data (not the NIK, not the status) with optimistic concurrency. */
export async function updatePerson(ctx: ActorContext, id: string, input: UpdatePersonInput): Promise<PersonDto> {
  const actor = ctx.actor;
  const db = ctx.db;
  const before = await personForWrite(db, actor, id);
  await assertReferences(db, input, todayIn(ctx));
  const { version, ...changes } = input;
  const values = Object.fromEntries(Object.entries(changes).filter(([, v]) => v !== undefined)) as Partial<PersonRow>;
  // Health notes are written only by those who may read them: others cannot blank them by accident.
  if (!personAbilities(actor, before).readHealth) delete values.healthNotes;
  if (input.addressRegionCode !== undefined) values.originRegencyCode = await originOf(db, input.addressRegionCode, before.nik);
  const now = ctx.clock.now();
  const after = await db.transaction(async (tx) => {
    const row = await personsRepository.update(tx, id, version, { ...values, updatedAt: now });
    if (!row) throw conflict();
    // The timeline names the fields a person typed, not the ones derived from them.
    const changed = Object.keys(values).filter((k) => k !== 'originRegencyCode' && String(before[k as keyof PersonRow]) !== String(row[k as keyof PersonRow]));
    if (changed.length)
      await addTimelineEvent(tx, ctx, {
        personId: id,
        module: 'registry',
        kind: 'person.updated',
        data: { fields: changed.join(',') },
        refType: 'person',
        refId: id,
      });
    await recordAudit(tx, ctx, {
      action: 'person.update',
      outcome: 'success',
      officeId: row.officeId,
      resourceType: 'person',
      resourceId: id,
      details: { before: auditSnapshot(before), after: auditSnapshot(row) },
    });
    return row;
  });
  return personDetail(ctx, after);
}

/** Moves a person along the cycle (CPMI → PMI → PMI Purna → CPMI), dated, with who did it. */
export async function changeStatus(ctx: ActorContext, id: string, input: z.infer<typeof statusChangeBody>): Promise<PersonDto> {
  const actor = ctx.actor;
  const db = ctx.db;
  const before = await personForWrite(db, actor, id);
  if (!canMoveStatus(before.status, input.status)) throw validation({ status: 'i18n:persons.bad_transition' });
  if (input.effectiveOn > todayIn(ctx)) throw validation({ effectiveOn: 'i18n:persons.date_in_future' });
  if (input.effectiveOn < before.statusSince) throw validation({ effectiveOn: 'i18n:persons.before_current_status' });
  const now = ctx.clock.now();
  const after = await db.transaction(async (tx) => {
    const row = await personsRepository.update(tx, id, input.version, { status: input.status, statusSince: input.effectiveOn, updatedAt: now });
    if (!row) throw conflict();
    await personsRepository.addStatusChange(tx, {
      personId: id,
      fromStatus: before.status,
      toStatus: input.status,
      effectiveOn: input.effectiveOn,
      note: input.note,
      changedBy: actor.kind === 'user' ? actor.id : null,
      changedAt: now,
    });
    await addTimelineEvent(tx, ctx, {
      personId: id,
      module: 'registry',
      kind: 'status.changed',
      data: { from: before.status, to: input.status, effectiveOn: input.effectiveOn },
      refType: 'person',
      refId: id,
    });
    await recordAudit(tx, ctx, {
      action: 'person.status',
      outcome: 'success',
      officeId: row.officeId,
      resourceType: 'person',
      resourceId: id,
      details: { from: before.status, to: input.status, effectiveOn: input.effectiveOn },
    });
    return row;
  });
  return personDetail(ctx, after);
}

/** Shows a masked identifier in full; the reason is kept in the audit log with who asked. */
export async function revealIdentifier(ctx: ActorContext, id: string, field: 'nik' | 'passport', reason: string) {
  const db = ctx.db;
  const row = await personForRead(db, ctx.actor, id);
  const value = field === 'nik' ? row.nik : await personsRepository.passportNumber(db, id);
  await recordAudit(db, ctx, {
    action: 'person.reveal',
    outcome: 'success',
    officeId: row.officeId,
    resourceType: 'person',
    resourceId: id,
    details: { field, reason },
  });
  return { field, value };
}

/**
 * Folds a duplicate into the record kept: the duplicate's family, documents, qualifications, consents and
 * timeline move to the survivor; the duplicate row stays, marked merged, so both histories remain readable.
 */
export async function mergePersons(
  ctx: ActorContext,
  input: { survivorId: string; duplicateId: string; survivorVersion: number; duplicateVersion: number; reason: string },
) {
  const actor = ctx.actor;
  const db = ctx.db;
  if (input.survivorId === input.duplicateId) throw validation({ duplicateId: 'i18n:persons.merge_same' });
  const survivor = await personForWrite(db, actor, input.survivorId);
  const duplicate = await personForWrite(db, actor, input.duplicateId);
  const now = ctx.clock.now();
  const merged = await db.transaction(async (tx) => {
    const kept = await personsRepository.update(tx, survivor.id, input.survivorVersion, {
      updatedAt: now,
      ...(survivor.photoFileId ? {} : { photoFileId: duplicate.photoFileId }),
    });
    const folded = await personsRepository.update(tx, duplicate.id, input.duplicateVersion, { mergedIntoId: survivor.id, mergedAt: now, updatedAt: now });
    if (!kept || !folded) throw conflict();
    const moved = await mergeRepository.repoint(tx, duplicate.id, survivor.id);
    await addTimelineEvent(tx, ctx, {
      personId: survivor.id,
      module: 'registry',
      kind: 'person.merged',
      data: { duplicateName: duplicate.fullName, ...moved },
      refType: 'person',
      refId: duplicate.id,
    });
    await recordAudit(tx, ctx, {
      action: 'person.merge',
      outcome: 'success',
      officeId: survivor.officeId,
      resourceType: 'person',
      resourceId: survivor.id,
      details: { duplicateId: duplicate.id, reason: input.reason, moved, duplicate: auditSnapshot(duplicate) },
    });
    return kept;
  });
  return personDetail(ctx, merged);
}

/** Marks two persons as different people, so the pair leaves the review list. */
export async function dismissDuplicate(ctx: ActorContext, a: string, b: string) {
  const actor = ctx.actor;
  const db = ctx.db;
  if (a === b) throw validation({ personB: 'i18n:persons.merge_same' });
  const first = await personForRead(db, actor, a);
  await personForRead(db, actor, b);
  await db.transaction(async (tx) => {
    await personsRepository.dismissPair(tx, a, b, actor.kind === 'user' ? actor.id : null, ctx.clock.now());
    await recordAudit(tx, ctx, {
      action: 'person.duplicate_dismiss',
      outcome: 'success',
      officeId: first.officeId,
      resourceType: 'person',
      resourceId: a,
      details: { other: b },
    });
  });
}

/** The review list of likely duplicate pairs. */
export async function listDuplicates(ctx: ActorContext, page: number, pageSize: number) {
  const db = ctx.db;
  const today = todayIn(ctx);
  const { rows, total } = await personsRepository.likelyDuplicatePairs(db, officeScope(ctx.actor), page, pageSize);
  const summaries = new Map(
    (
      await personsRepository.summaries(
        db,
        rows.flatMap((r) => [r.a, r.b]),
      )
    ).map((s) => [s.id, presentPersonSummary(s, ctx.lang, today)]),
  );
  const items = rows.map((r) => {
    const a = summaries.get(r.a)!;
    const b = summaries.get(r.b)!;
    const reasons: ('name' | 'birth_date' | 'regency' | 'phone')[] = ['name', 'birth_date'];
    if (a.originRegency && a.originRegency.code === b.originRegency?.code) reasons.push('regency');
    if (r.samePhone) reasons.push('phone');
    return { a, b, score: Math.round(r.score * 100) / 100, reasons };
  });
  return { items, total, page, pageSize };
}
