import { transaction, today, type ActorContext } from '../../kit/context.js';
import { recordChange } from '../../kit/change.js';
import { updateVersioned } from '../../kit/change.js';
import type { Db } from '../../db/client.js';
import { agencies, recruitmentPermits } from '../../db/schema/index.js';
import { AppError, notFound } from '../../lib/errors.js';
import { fieldKey } from '../../lib/validation-messages.js';
import { auditSnapshot } from '../audit/audit.service.js';
import { agencyPolicy } from './agencies.policy.js';
import { addDays, EXPIRING_DAYS, presentAgency, presentPermit } from './agencies.presenter.js';
import { agenciesRepository, type AgencyDetailRow, type AgencyRow } from './agencies.repository.js';
import type {
  AgencyDetailDto,
  AgencyListQuery,
  CreateAgencyInput,
  CreatePermitInput,
  PermitDto,
  UpdateAgencyInput,
  UpdatePermitInput,
} from './agencies.schemas.js';
import { lockPermit, permitsRepository, usedPositions, usedPositionsOf, type PermitRow } from './permits.repository.js';

const validation = (fields: Record<string, string>) => new AppError(400, 'validation_failed', 'errors.validation', {}, fields);
const licenceTaken = () => new AppError(409, 'licence_taken', 'agencies.licence_taken', {}, { licenceNumber: 'i18n:agencies.licence_taken_field' });
const numberTaken = () => new AppError(409, 'permit_number_taken', 'permits.number_taken', {}, { number: 'i18n:permits.number_taken_field' });

type AgencyFields = Pick<AgencyRow, 'licenceIssuedOn' | 'licenceValidUntil' | 'status' | 'statusReason' | 'headAgencyId' | 'regionCode' | 'partnerId'>;

/**
 * The rules of an agency as a whole: a suspended or revoked agency says why; the licence does not end
 * before it is issued; the region exists; a branch names an existing head office of the same office that
 * is not itself a branch (one level), and an agency with branches cannot become one; the partner is a P3MI.
 */
async function checkAgency(db: Db, officeId: string, a: AgencyFields, selfId?: string): Promise<void> {
  const fields: Record<string, string> = {};
  if (a.status !== 'active' && !a.statusReason) fields.statusReason = 'i18n:agencies.reason_required';
  if (a.licenceIssuedOn && a.licenceIssuedOn > a.licenceValidUntil) fields.licenceValidUntil = 'i18n:agencies.valid_before_issued';
  if (a.regionCode && !(await agenciesRepository.regionExists(db, a.regionCode))) fields.regionCode = 'i18n:agencies.region_unknown';
  if (a.headAgencyId) {
    if (a.headAgencyId === selfId) fields.headAgencyId = 'i18n:agencies.head_self';
    else {
      const head = (await agenciesRepository.get(db, a.headAgencyId))?.agency;
      if (!head || head.officeId !== officeId) fields.headAgencyId = 'i18n:agencies.head_unknown';
      else if (head.headAgencyId) fields.headAgencyId = 'i18n:agencies.head_is_branch';
      else if (selfId && (await agenciesRepository.hasBranches(db, selfId))) fields.headAgencyId = 'i18n:agencies.has_branches';
    }
  }
  if (a.partnerId) {
    const partner = await agenciesRepository.partner(db, a.partnerId);
    if (!partner || partner.officeId !== officeId || partner.kind !== 'p3mi') fields.partnerId = 'i18n:agencies.partner_not_p3mi';
  }
  if (Object.keys(fields).length) throw validation(fields);
}

async function loadAgency(ctx: ActorContext, id: string): Promise<AgencyDetailRow> {
  const row = await agenciesRepository.get(ctx.db, id);
  if (!row || !agencyPolicy.visible(ctx.actor, row.agency)) throw notFound();
  return row;
}

const soonOf = (day: string) => addDays(day, EXPIRING_DAYS);

export async function listAgencies(ctx: ActorContext, query: AgencyListQuery) {
  const day = today(ctx);
  const { rows, total } = await agenciesRepository.list(ctx.db, agencyPolicy.scope(ctx.actor), query, day, soonOf(day));
  return { items: rows.map((r) => presentAgency(r, day)), total, page: query.page, pageSize: query.pageSize };
}

export async function getAgency(ctx: ActorContext, id: string): Promise<AgencyDetailDto> {
  const row = await loadAgency(ctx, id);
  const branches = await agenciesRepository.branchesOf(ctx.db, id);
  return { ...presentAgency(row, today(ctx)), branches, abilities: agencyPolicy.abilities(ctx.actor, row.agency) };
}

/** Registers a P3MI under the actor's office. */
export async function createAgency(ctx: ActorContext, input: CreateAgencyInput): Promise<AgencyDetailDto> {
  const officeId = ctx.actor.officeId;
  const values = { ...input, statusReason: input.status === 'active' ? null : input.statusReason };
  await checkAgency(ctx.db, officeId, values);
  const row = await transaction(ctx, async (tx) => {
    if (await agenciesRepository.licenceTaken(tx.db, input.licenceNumber)) throw licenceTaken();
    const now = ctx.clock.now();
    const row = await agenciesRepository.insert(tx.db, { ...values, officeId, createdAt: now, updatedAt: now });
    await recordChange(tx, {
      audit: { action: 'agency.create', outcome: 'success', officeId, resourceType: 'agency', resourceId: row.id, details: { after: auditSnapshot(row) } },
    });
    return row;
  });
  return getAgency(ctx, row.id);
}

const defined = <T extends object>(o: T) => Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;

/** Changes an agency; a change of status is audited on its own with the reason given. */
export async function updateAgency(ctx: ActorContext, id: string, input: UpdateAgencyInput): Promise<AgencyDetailDto> {
  const before = (await loadAgency(ctx, id)).agency;
  agencyPolicy.authorize(ctx.actor, 'update', before);
  const { version, ...changes } = input;
  const values = defined(changes) as Partial<AgencyRow>;
  const merged = { ...before, ...values };
  if (merged.status === 'active') values.statusReason = null;
  else if (values.status && values.status !== before.status && values.statusReason === undefined) merged.statusReason = null; // a new status needs its own reason
  await checkAgency(ctx.db, before.officeId, { ...merged, statusReason: merged.status === 'active' ? null : merged.statusReason }, before.id);
  await transaction(ctx, async (tx) => {
    if (values.licenceNumber && (await agenciesRepository.licenceTaken(tx.db, values.licenceNumber, before.id))) throw licenceTaken();
    const row = await updateVersioned(tx.db, agencies, before.id, version, { ...values, updatedAt: ctx.clock.now() });
    await recordChange(tx, {
      audit: {
        action: 'agency.update',
        outcome: 'success',
        officeId: before.officeId,
        resourceType: 'agency',
        resourceId: row.id,
        details: { before: auditSnapshot(before), after: auditSnapshot(row) },
      },
    });
    if (row.status !== before.status) {
      await recordChange(tx, {
        audit: {
          action: 'agency.status',
          outcome: 'success',
          officeId: before.officeId,
          resourceType: 'agency',
          resourceId: row.id,
          details: { from: before.status, to: row.status, reason: row.statusReason },
        },
      });
    }
  });
  return getAgency(ctx, id);
}

// Recruitment permits (SIP2MI)

async function presentPermits(ctx: ActorContext, rows: PermitRow[]): Promise<PermitDto[]> {
  const used = await usedPositionsOf(
    ctx.db,
    rows.map((r) => r.id),
  );
  const day = today(ctx);
  const out: PermitDto[] = [];
  for (const p of rows) out.push(presentPermit(p, used.get(p.id) ?? 0, await agenciesRepository.countryName(ctx.db, p.countryCode, ctx.lang), day));
  return out;
}

async function checkPermit(db: Db, p: { countryCode: string | null; issuedOn: string | null; validUntil: string }): Promise<void> {
  const fields: Record<string, string> = {};
  if (p.countryCode && !(await agenciesRepository.countryExists(db, p.countryCode))) fields.countryCode = 'i18n:permits.country_unknown';
  if (p.issuedOn && p.issuedOn > p.validUntil) fields.validUntil = 'i18n:permits.valid_before_issued';
  if (Object.keys(fields).length) throw validation(fields);
}

export async function listPermits(ctx: ActorContext, agencyId: string) {
  const agency = (await loadAgency(ctx, agencyId)).agency;
  return { items: await presentPermits(ctx, await permitsRepository.listOf(ctx.db, agency.id)) };
}

export async function createPermit(ctx: ActorContext, agencyId: string, input: CreatePermitInput): Promise<PermitDto> {
  const agency = (await loadAgency(ctx, agencyId)).agency;
  agencyPolicy.authorize(ctx.actor, 'update', agency);
  await checkPermit(ctx.db, input);
  const row = await transaction(ctx, async (tx) => {
    if (await permitsRepository.numberTaken(tx.db, input.number)) throw numberTaken();
    const now = ctx.clock.now();
    const row = await permitsRepository.insert(tx.db, { ...input, agencyId: agency.id, createdAt: now, updatedAt: now });
    await recordChange(tx, {
      audit: {
        action: 'permit.create',
        outcome: 'success',
        officeId: agency.officeId,
        resourceType: 'recruitment_permit',
        resourceId: row.id,
        details: { agencyId: agency.id, after: auditSnapshot(row) },
      },
    });
    return row;
  });
  return (await presentPermits(ctx, [row]))[0]!;
}

/** Changes a permit; its quota may not fall below the positions its job orders already hold. */
export async function updatePermit(ctx: ActorContext, agencyId: string, permitId: string, input: UpdatePermitInput): Promise<PermitDto> {
  const agency = (await loadAgency(ctx, agencyId)).agency;
  agencyPolicy.authorize(ctx.actor, 'update', agency);
  const before = await permitsRepository.get(ctx.db, agency.id, permitId);
  if (!before) throw notFound();
  const { version, ...changes } = input;
  const values = defined(changes) as Partial<PermitRow>;
  await checkPermit(ctx.db, { ...before, ...values });
  const row = await transaction(ctx, async (tx) => {
    if (values.number && (await permitsRepository.numberTaken(tx.db, values.number, before.id))) throw numberTaken();
    if (values.quota !== undefined) {
      await lockPermit(tx.db, before.id);
      const used = await usedPositions(tx.db, before.id);
      if (values.quota < used)
        throw new AppError(409, 'quota_below_used', 'permits.quota_below_used', { used }, { quota: fieldKey('permits.quota_below_used_field', { used }) });
    }
    const row = await updateVersioned(tx.db, recruitmentPermits, before.id, version, { ...values, updatedAt: ctx.clock.now() });
    await recordChange(tx, {
      audit: {
        action: 'permit.update',
        outcome: 'success',
        officeId: agency.officeId,
        resourceType: 'recruitment_permit',
        resourceId: row.id,
        details: { agencyId: agency.id, before: auditSnapshot(before), after: auditSnapshot(row) },
      },
    });
    return row;
  });
  return (await presentPermits(ctx, [row]))[0]!;
}
