import { officeScopeOf } from '../../../domain/access.js';
import { evaluateEligibility } from '../../../domain/placement/eligibility.js';
import { renderMessage } from '../../../domain/placement/messages.js';
import { canMove, departureBlockers, statusAfter, type MoveRefusal } from '../../../domain/placement/stages.js';
import { applications } from '../../db/schema/index.js';
import { recordChange, updateVersioned } from '../../kit/change.js';
import { transaction, today, type ActorContext } from '../../kit/context.js';
import { AppError, isUniqueViolation, notFound } from '../../lib/errors.js';
import { auditSnapshot } from '../audit/audit.service.js';
import { eligibilityRepository } from '../eligibility/eligibility.repository.js';
import { jobOrderForRead } from '../job-orders/job-orders.service.js';
import { changeStatus, personForWrite } from '../persons/persons.service.js';
import { applicationsRepository, type ApplicationDetailRow } from './applications.repository.js';
import type { ApplicationDto, ApplicationListQuery, CreateApplicationInput, MoveInput } from './applications.schemas.js';

const validation = (fields: Record<string, string>) => new AppError(400, 'validation_failed', 'errors.validation', {}, fields);

function present(row: ApplicationDetailRow): ApplicationDto {
  const a = row.application;
  return {
    id: a.id,
    version: a.version,
    officeId: a.officeId,
    personId: a.personId,
    personName: row.personName,
    jobOrderId: a.jobOrderId,
    jobOrderReference: row.jobOrderReference,
    jobOrderTitle: row.jobOrderTitle,
    schemeCode: row.schemeCode,
    stage: a.stage,
    stageSince: a.stageSince,
    eligibility: (a.eligibility as unknown as Record<string, unknown>) ?? null,
    departedOn: a.departedOn,
    returnedOn: a.returnedOn,
    createdAt: a.createdAt.toISOString(),
    updatedAt: a.updatedAt.toISOString(),
  };
}

async function load(ctx: ActorContext, id: string) {
  const row = await applicationsRepository.get(ctx.db, officeScopeOf(ctx.actor), id);
  if (!row) throw notFound();
  return row;
}

export async function listApplications(ctx: ActorContext, query: ApplicationListQuery) {
  const { rows, total } = await applicationsRepository.list(ctx.db, officeScopeOf(ctx.actor), query);
  return { items: rows.map(present), total, page: query.page, pageSize: query.pageSize };
}

export async function readApplication(ctx: ActorContext, id: string) {
  const row = await load(ctx, id);
  const events = await applicationsRepository.events(ctx.db, row.application.id);
  return {
    ...present(row),
    events: events.map(({ event: e, changedByName }) => ({
      id: e.id,
      fromStage: e.fromStage,
      toStage: e.toStage,
      effectiveOn: e.effectiveOn,
      skippedStages: e.skippedStages,
      reason: e.reason,
      note: e.note,
      changedByName,
      changedAt: e.changedAt.toISOString(),
    })),
  };
}

const userId = (ctx: ActorContext) => (ctx.actor.kind === 'user' ? ctx.actor.id : null);

/**
 * Registers a person for a job order (or a scheme): the order must be open, one live application per
 * person and order, the eligibility stored with its rule version; a person not eligible only with a
 * recorded override reason. A returnee (purna) applying again becomes a CPMI again (registry rules).
 */
export async function createApplication(ctx: ActorContext, input: CreateApplicationInput) {
  const person = await personForWrite(ctx.db, ctx.actor, input.personId);
  const day = today(ctx);
  let target;
  let reference: string | null = null;
  if (input.jobOrderId) {
    const order = await jobOrderForRead(ctx, input.jobOrderId);
    if (order.status !== 'open') throw new AppError(409, 'applications.job_order_not_open', 'applications.job_order_not_open', { reference: order.reference });
    if (await applicationsRepository.live(ctx.db, person.id, order.id))
      throw new AppError(409, 'applications.duplicate', 'applications.duplicate', { reference: order.reference });
    target = await eligibilityRepository.jobOrderTarget(ctx.db, order.id);
    reference = order.reference;
  } else {
    target = await eligibilityRepository.schemeTarget(ctx.db, input.schemeCode!);
    if (!target) throw validation({ schemeCode: 'i18n:applications.scheme_unknown' });
  }
  if (!target) throw notFound();
  const facts = (await eligibilityRepository.factsOfOne(ctx.db, person.id))!;
  // A returnee applying again is judged as the CPMI they become with it.
  const judged = person.status === 'purna' ? { ...facts, status: 'cpmi' as const } : facts;
  const eligibility = evaluateEligibility(judged, target.ruleSet, { today: day, sswFieldCode: target.sswFieldCode ?? null });
  if (eligibility.outcome === 'not_eligible' && !input.overrideReason) {
    const unmet = eligibility.rules.filter((r) => r.status === 'not_met').map((r) => renderMessage(ctx.lang, r.reason));
    throw new AppError(409, 'applications.not_eligible', 'applications.not_eligible', { reasons: unmet.join('; ') });
  }
  const now = ctx.clock.now();
  const id = await transaction(ctx, async (tx) => {
    if (person.status === 'purna')
      await changeStatus(tx, person.id, { version: person.version, status: 'cpmi', effectiveOn: day, note: ctx.t('applications.purna_reapplies') });
    const row = await applicationsRepository.insert(tx.db, {
      officeId: person.officeId,
      personId: person.id,
      jobOrderId: target.jobOrderId ?? null,
      schemeId: target.schemeId,
      stage: 'registration',
      stageSince: day,
      eligibility,
      createdBy: userId(ctx),
      createdAt: now,
      updatedAt: now,
    });
    await applicationsRepository.addEvent(tx.db, {
      applicationId: row.id,
      fromStage: null,
      toStage: 'registration',
      effectiveOn: day,
      reason: input.overrideReason,
      changedBy: userId(ctx),
      changedAt: now,
    });
    await recordChange(tx, {
      timeline: {
        personId: person.id,
        module: 'placement',
        kind: 'application.created',
        data: { scheme: target.schemeCode, jobOrder: reference, outcome: eligibility.outcome, overridden: Boolean(input.overrideReason) },
        refType: 'application',
        refId: row.id,
      },
      audit: {
        action: 'application.create',
        outcome: 'success',
        officeId: row.officeId,
        resourceType: 'application',
        resourceId: row.id,
        details: { personId: person.id, after: auditSnapshot({ ...row, eligibility: eligibility.outcome }), overrideReason: input.overrideReason },
      },
    });
    return row.id;
  }).catch((error: unknown) => {
    if (error instanceof AppError) throw error;
    // Two creations at once: the partial unique index keeps one live application per person and order.
    if (isUniqueViolation(error)) throw new AppError(409, 'applications.duplicate', 'applications.duplicate', { reference: reference ?? '' });
    throw error;
  });
  return readApplication(ctx, id);
}

const refusalMessage: Record<MoveRefusal, string> = {
  same_stage: 'applications.refusals.same_stage',
  terminal: 'applications.refusals.terminal',
  backwards: 'applications.refusals.backwards',
  skip_reason_required: 'applications.refusals.skip_reason_required',
  returned_needs_departure: 'applications.refusals.returned_needs_departure',
  after_departure: 'applications.refusals.after_departure',
};

/**
 * Moves an application to a stage (the domain's `canMove`): forward, a skip with its reason and the
 * skipped stages recorded, or closed. Departure is refused under 18 on its date (UU 18/2017 Pasal 5) and
 * makes the person a PMI; return makes them a PMI Purna, through the registry's own status change.
 */
export async function moveApplication(ctx: ActorContext, id: string, input: MoveInput) {
  const { application: before } = await load(ctx, id);
  const stageName = (s: string) => ctx.t(`applications.stages.${s}`);
  const check = canMove(before.stage, input.toStage, { skipReason: input.skipReason });
  if (!check.allowed)
    throw new AppError(409, 'applications.move_refused', refusalMessage[check.refusal], { from: stageName(before.stage), to: stageName(input.toStage) });
  if (input.effectiveOn > today(ctx)) throw validation({ effectiveOn: 'i18n:applications.date_in_future' });
  if (input.effectiveOn < before.stageSince) throw validation({ effectiveOn: 'i18n:applications.before_stage' });
  const person = await personForWrite(ctx.db, ctx.actor, before.personId);
  if (input.toStage === 'departure') {
    const blockers = departureBlockers(person, input.effectiveOn);
    if (blockers.length)
      throw new AppError(409, 'applications.departure_blocked', 'applications.departure_blocked', {
        reasons: blockers.map((b) => renderMessage(ctx.lang, b)).join('; '),
      });
  }
  const now = ctx.clock.now();
  await transaction(ctx, async (tx) => {
    const values: Partial<typeof applications.$inferInsert> = { stage: input.toStage, stageSince: input.effectiveOn, updatedAt: now };
    if (input.toStage === 'departure') values.departedOn = input.effectiveOn;
    if (input.toStage === 'returned') values.returnedOn = input.effectiveOn;
    if (input.toStage === 'withdrawn' || input.toStage === 'rejected') values.closedReason = input.note ?? input.skipReason;
    const row = await updateVersioned(tx.db, applications, before.id, input.version, values);
    await applicationsRepository.addEvent(tx.db, {
      applicationId: row.id,
      fromStage: before.stage,
      toStage: input.toStage,
      effectiveOn: input.effectiveOn,
      skippedStages: check.skipped,
      reason: check.skipped.length ? input.skipReason : null,
      note: input.note,
      changedBy: userId(ctx),
      changedAt: now,
    });
    const status = statusAfter(input.toStage);
    if (status && status !== person.status)
      await changeStatus(tx, person.id, {
        version: person.version,
        status,
        effectiveOn: input.effectiveOn,
        note: ctx.t(`applications.stages.${input.toStage}`),
      });
    await recordChange(tx, {
      timeline: {
        personId: person.id,
        module: 'placement',
        kind: 'application.stage_moved',
        data: { from: before.stage, to: input.toStage, effectiveOn: input.effectiveOn, skipped: check.skipped.length },
        refType: 'application',
        refId: row.id,
      },
      audit: {
        action: 'application.move',
        outcome: 'success',
        officeId: row.officeId,
        resourceType: 'application',
        resourceId: row.id,
        details: {
          personId: person.id,
          from: before.stage,
          to: input.toStage,
          effectiveOn: input.effectiveOn,
          skipped: check.skipped,
          reason: input.skipReason,
        },
      },
    });
  });
  return readApplication(ctx, id);
}
