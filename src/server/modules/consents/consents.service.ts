import { today, type ActorContext } from '../../kit/context.js';
import { AppError, conflict, notFound } from '../../lib/errors.js';
import { auditSnapshot, recordAudit } from '../audit/audit.service.js';
import { personForRead, personForWrite } from '../persons/persons.service.js';
import { addTimelineEvent } from '../timeline/timeline.service.js';
import { presentConsent } from './consents.presenter.js';
import { consentsRepository } from './consents.repository.js';
import type { ConsentDto, CreateConsentInput, WithdrawConsentInput } from './consents.schemas.js';

const validation = (fields: Record<string, string>) => new AppError(400, 'validation_failed', 'errors.validation', {}, fields);

async function presentOne(ctx: ActorContext, personId: string, id: string): Promise<ConsentDto> {
  const row = await consentsRepository.get(ctx.db, personId, id);
  if (!row) throw notFound();
  return presentConsent(row);
}

export async function listConsents(ctx: ActorContext, personId: string, page: number, pageSize: number) {
  const db = ctx.db;
  const person = await personForRead(db, ctx.actor, personId);
  const { rows, total } = await consentsRepository.list(db, person.id, page, pageSize);
  return { items: rows.map(presentConsent), total, page, pageSize };
}

/** Records the consent (or other legal basis) a person gave for one purpose, and through which channel. */
export async function recordConsent(ctx: ActorContext, personId: string, input: CreateConsentInput): Promise<ConsentDto> {
  const db = ctx.db;
  const actor = ctx.actor;
  const person = await personForWrite(db, actor, personId);
  if (input.givenOn > today(ctx)) throw validation({ givenOn: 'i18n:consents.date_in_future' });
  const now = ctx.clock.now();
  const row = await db.transaction(async (tx) => {
    const row = await consentsRepository.insert(tx, {
      personId: person.id,
      ...input,
      recordedBy: actor.kind === 'user' ? actor.id : null,
      createdAt: now,
      updatedAt: now,
    });
    await addTimelineEvent(tx, ctx, {
      personId: person.id,
      module: 'registry',
      kind: 'consent.recorded',
      data: { purpose: row.purpose, legalBasis: row.legalBasis },
      refType: 'consent',
      refId: row.id,
    });
    await recordAudit(tx, ctx, {
      action: 'consent.create',
      outcome: 'success',
      officeId: person.officeId,
      resourceType: 'consent',
      resourceId: row.id,
      details: { personId: person.id, after: auditSnapshot(row) },
    });
    return row;
  });
  return presentOne(ctx, person.id, row.id);
}

/** Records the withdrawal of a consent (UU 27/2022 Pasal 9): dated, not before it was given, not in the future. */
export async function withdrawConsent(ctx: ActorContext, personId: string, consentId: string, input: WithdrawConsentInput): Promise<ConsentDto> {
  const db = ctx.db;
  const person = await personForWrite(db, ctx.actor, personId);
  const found = await consentsRepository.get(db, person.id, consentId);
  if (!found) throw notFound();
  const before = found.consent;
  if (before.withdrawnOn) throw new AppError(409, 'already_withdrawn', 'consents.already_withdrawn', { date: before.withdrawnOn });
  if (input.withdrawnOn > today(ctx)) throw validation({ withdrawnOn: 'i18n:consents.date_in_future' });
  if (input.withdrawnOn < before.givenOn) throw validation({ withdrawnOn: 'i18n:consents.withdrawn_before_given' });
  await db.transaction(async (tx) => {
    const row = await consentsRepository.withdraw(tx, before.id, input.version, {
      withdrawnOn: input.withdrawnOn,
      withdrawalNote: input.note,
      updatedAt: ctx.clock.now(),
    });
    if (!row) throw conflict();
    await addTimelineEvent(tx, ctx, {
      personId: person.id,
      module: 'registry',
      kind: 'consent.withdrawn',
      data: { purpose: row.purpose, legalBasis: row.legalBasis },
      refType: 'consent',
      refId: row.id,
    });
    await recordAudit(tx, ctx, {
      action: 'consent.withdraw',
      outcome: 'success',
      officeId: person.officeId,
      resourceType: 'consent',
      resourceId: row.id,
      details: { personId: person.id, before: auditSnapshot(before), after: auditSnapshot(row) },
    });
  });
  return presentOne(ctx, person.id, consentId);
}
