import { officeScopeOf } from '../../../domain/access.js';
import type { jobOrderStatuses } from '../../db/schema/placement.js';
import { transaction, today, type ActorContext } from '../../kit/context.js';
import { recordChange, updateVersioned } from '../../kit/change.js';
import { AppError, notFound } from '../../lib/errors.js';
import { fieldKey } from '../../lib/validation-messages.js';
import { jobOrders } from '../../db/schema/index.js';
import { lockPermit, usedPositions } from '../agencies/permits.repository.js';
import { auditSnapshot } from '../audit/audit.service.js';
import { presentJobOrder } from './job-orders.presenter.js';
import { jobOrdersRepository, type JobOrderRow, type SchemeRow } from './job-orders.repository.js';
import type { CreateJobOrderInput, JobOrderDto, JobOrderListQuery, JobOrderStatusInput, UpdateJobOrderInput } from './job-orders.schemas.js';

type Status = (typeof jobOrderStatuses)[number];

const validation = (fields: Record<string, string>) => new AppError(400, 'validation_failed', 'errors.validation', {}, fields);

/** Schemes whose orders go through a licensed P3MI (UU 18/2017 Pasal 49–51); G to G orders come from BP2MI itself. */
const agencySchemes = new Set(['p_to_p', 'ssw_japan']);

/** The moves of a job order's life: verified by the labour attaché before it opens; a filled order is closed later. */
export const jobOrderTransitions: Record<Status, readonly Status[]> = {
  draft: ['verified'],
  verified: ['open'],
  open: ['filled', 'closed'],
  filled: ['closed'],
  closed: [],
};

/** Statuses in which an order may be shown on the public site. */
const publicStatuses: readonly Status[] = ['verified', 'open'];

const isCurrency = (() => {
  const known = new Set(Intl.supportedValuesOf('currency'));
  return (code: string) => known.has(code);
})();

type OrderFields = Omit<CreateJobOrderInput, 'schemeCode' | 'isPublic'> & { permitId: string | null; agencyId: string | null };

/** Checks an order's references and the scheme's conditions; field errors otherwise. */
async function checkOrder(ctx: ActorContext, scheme: SchemeRow, o: OrderFields): Promise<void> {
  const db = ctx.db;
  const day = today(ctx);
  const fields: Record<string, string> = {};
  if (!(await jobOrdersRepository.countryExists(db, o.countryCode))) fields.countryCode = 'i18n:job_orders.country_unknown';
  else if (scheme.countryCodes.length && !scheme.countryCodes.includes(o.countryCode))
    fields.countryCode = fieldKey('job_orders.country_not_in_scheme', { countries: scheme.countryCodes.join(', ') });
  if (scheme.code === 'ssw_japan' && !o.sswFieldCode) fields.sswFieldCode = 'i18n:job_orders.ssw_field_required';
  else if (o.sswFieldCode && !(await jobOrdersRepository.sswFieldExists(db, o.sswFieldCode))) fields.sswFieldCode = 'i18n:job_orders.ssw_field_unknown';
  if (o.agencyId) {
    const agency = await jobOrdersRepository.agency(db, o.agencyId);
    if (!agency) fields.agencyId = 'i18n:job_orders.agency_unknown';
    else if (agency.status !== 'active') fields.agencyId = 'i18n:job_orders.agency_inactive';
    else if (agency.licenceValidUntil < day) fields.agencyId = fieldKey('job_orders.agency_licence_expired', { date: agency.licenceValidUntil });
  } else if (agencySchemes.has(scheme.code)) fields.agencyId = 'i18n:job_orders.agency_required';
  if (o.permitId) {
    const permit = await jobOrdersRepository.permit(db, o.permitId);
    if (!permit) fields.permitId = 'i18n:job_orders.permit_unknown';
    else if (permit.agencyId !== o.agencyId) fields.permitId = 'i18n:job_orders.permit_other_agency';
    else if (permit.validUntil < day) fields.permitId = fieldKey('job_orders.permit_expired', { date: permit.validUntil });
  }
  if (o.employerId && !(await jobOrdersRepository.employer(db, o.employerId))) fields.employerId = 'i18n:job_orders.employer_unknown';
  if (o.salaryMinor !== null && !o.salaryCurrency) fields.salaryCurrency = 'i18n:job_orders.currency_required';
  if (o.salaryCurrency && !isCurrency(o.salaryCurrency)) fields.salaryCurrency = 'i18n:job_orders.currency_unknown';
  const ids = o.extraRules.map((r) => r.id);
  if (new Set(ids).size !== ids.length) fields.extraRules = 'i18n:job_orders.rule_ids_unique';
  if (Object.keys(fields).length) throw validation(fields);
}

/**
 * Refuses positions beyond the permit's quota (SIP2MI). Locks the permit row first (`select … for update`),
 * so two orders created at once are counted one after the other. Call inside the write's transaction.
 */
async function checkQuota(ctx: ActorContext, permitId: string, positions: number, excludeJobOrderId?: string): Promise<void> {
  const permit = await lockPermit(ctx.db, permitId);
  if (!permit) throw validation({ permitId: 'i18n:job_orders.permit_unknown' });
  const used = await usedPositions(ctx.db, permitId, excludeJobOrderId ? { excludeJobOrderId } : {});
  if (used + positions > permit.quota)
    throw new AppError(409, 'job_orders.quota_exceeded', 'job_orders.quota_exceeded', {
      permit: permit.number,
      quota: permit.quota,
      remaining: Math.max(0, permit.quota - used),
      positions,
    });
}

async function loadOrder(ctx: ActorContext, id: string) {
  const row = await jobOrdersRepository.get(ctx.db, officeScopeOf(ctx.actor), id);
  if (!row) throw notFound();
  return row;
}

/** A job order in the caller's scope (404 otherwise), for other modules (matching, applications). */
export async function jobOrderForRead(ctx: ActorContext, id: string): Promise<JobOrderRow> {
  return (await loadOrder(ctx, id)).order;
}

const snapshot = (o: JobOrderRow) => auditSnapshot(o);

export async function listJobOrders(ctx: ActorContext, query: JobOrderListQuery) {
  const { rows, total } = await jobOrdersRepository.list(ctx.db, officeScopeOf(ctx.actor), query);
  return { items: rows.map((r) => presentJobOrder(r, ctx.lang)), total, page: query.page, pageSize: query.pageSize };
}

export async function readJobOrder(ctx: ActorContext, id: string): Promise<JobOrderDto> {
  return presentJobOrder(await loadOrder(ctx, id), ctx.lang);
}

/** Records a job order as a draft (or, with isPublic refused, never public before verification). */
export async function createJobOrder(ctx: ActorContext, input: CreateJobOrderInput): Promise<JobOrderDto> {
  const { schemeCode, isPublic, ...fields } = input;
  const scheme = await jobOrdersRepository.schemeByCode(ctx.db, schemeCode);
  if (!scheme || !scheme.active) throw validation({ schemeCode: 'i18n:job_orders.scheme_unknown' });
  if (isPublic) throw validation({ isPublic: 'i18n:job_orders.public_not_allowed' });
  await checkOrder(ctx, scheme, fields);
  const now = ctx.clock.now();
  const row = await transaction(ctx, async (tx) => {
    if (fields.permitId) await checkQuota(tx, fields.permitId, fields.positions);
    const reference = await jobOrdersRepository.nextReference(tx.db, Number(today(ctx).slice(0, 4)));
    const row = await jobOrdersRepository.insert(tx.db, {
      ...fields,
      officeId: ctx.actor.officeId,
      schemeId: scheme.id,
      reference,
      status: 'draft',
      isPublic: false,
      createdBy: ctx.actor.kind === 'user' ? ctx.actor.id : null,
      createdAt: now,
      updatedAt: now,
    });
    await recordChange(tx, {
      audit: {
        action: 'job_order.create',
        outcome: 'success',
        officeId: row.officeId,
        resourceType: 'job_order',
        resourceId: row.id,
        details: { after: snapshot(row) },
      },
    });
    return row;
  });
  return readJobOrder(ctx, row.id);
}

export async function updateJobOrder(ctx: ActorContext, id: string, input: UpdateJobOrderInput): Promise<JobOrderDto> {
  const { order: before } = await loadOrder(ctx, id);
  if (before.status === 'filled' || before.status === 'closed') throw new AppError(409, 'job_orders.not_editable', 'job_orders.not_editable');
  const { version, ...changes } = input;
  const values = Object.fromEntries(Object.entries(changes).filter(([, v]) => v !== undefined)) as Partial<JobOrderRow>;
  const merged = { ...before, ...values };
  if (merged.isPublic && !publicStatuses.includes(before.status)) throw validation({ isPublic: 'i18n:job_orders.public_not_allowed' });
  const scheme = (await jobOrdersRepository.schemeById(ctx.db, before.schemeId))!;
  await checkOrder(ctx, scheme, { ...merged, extraRules: merged.extraRules });
  await transaction(ctx, async (tx) => {
    const quotaTouched = values.permitId !== undefined || values.positions !== undefined;
    if (merged.permitId && quotaTouched) await checkQuota(tx, merged.permitId, merged.positions, before.id);
    const row = await updateVersioned(tx.db, jobOrders, before.id, version, { ...values, updatedAt: ctx.clock.now() });
    await recordChange(tx, {
      audit: {
        action: 'job_order.update',
        outcome: 'success',
        officeId: row.officeId,
        resourceType: 'job_order',
        resourceId: row.id,
        details: { before: snapshot(before), after: snapshot(row) },
      },
    });
  });
  return readJobOrder(ctx, id);
}

/** Moves an order along draft → verified (the labour attaché's verification) → open → filled → closed. */
export async function changeJobOrderStatus(ctx: ActorContext, id: string, input: JobOrderStatusInput): Promise<JobOrderDto> {
  const { order: before } = await loadOrder(ctx, id);
  const label = (s: Status) => ctx.t(`job_orders.statuses.${s}`);
  if (!jobOrderTransitions[before.status].includes(input.status))
    throw new AppError(409, 'job_orders.bad_transition', 'job_orders.bad_transition', {
      from: label(before.status),
      to: label(input.status),
      allowed: jobOrderTransitions[before.status].map(label).join(', ') || '—',
    });
  if (input.status === 'verified' && !input.attacheReference) throw validation({ attacheReference: 'i18n:job_orders.attache_reference_required' });
  const now = ctx.clock.now();
  const values: Partial<JobOrderRow> = { status: input.status, updatedAt: now };
  if (input.status === 'verified') {
    values.attacheReference = input.attacheReference;
    values.attacheVerifiedAt = now;
    values.attacheVerifiedBy = ctx.actor.kind === 'user' ? ctx.actor.id : null;
  }
  if (!publicStatuses.includes(input.status)) values.isPublic = false;
  await transaction(ctx, async (tx) => {
    const row = await updateVersioned(tx.db, jobOrders, before.id, input.version, values);
    await recordChange(tx, {
      audit: {
        action: 'job_order.status',
        outcome: 'success',
        officeId: row.officeId,
        resourceType: 'job_order',
        resourceId: row.id,
        details: { from: before.status, to: input.status, note: input.note, attacheReference: row.attacheReference },
      },
    });
  });
  return readJobOrder(ctx, id);
}
