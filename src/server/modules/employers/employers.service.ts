import { can, officeScopeOf } from '../../../domain/access.js';
import { recordChange, updateVersioned } from '../../kit/change.js';
import { transaction, type ActorContext } from '../../kit/context.js';
import { definePolicy } from '../../kit/policy.js';
import type { Db } from '../../db/client.js';
import { employers } from '../../db/schema/index.js';
import { AppError, notFound } from '../../lib/errors.js';
import { auditSnapshot } from '../audit/audit.service.js';
import { presentEmployer } from './employers.presenter.js';
import { employersRepository, type EmployerDetailRow, type EmployerRow } from './employers.repository.js';
import type { CreateEmployerInput, EmployerDetailDto, EmployerListQuery, UpdateEmployerInput } from './employers.schemas.js';

/** An employer belongs to the office that recorded it. */
export const employerPolicy = definePolicy<{ officeId: string }, 'update'>({
  scope: officeScopeOf,
  facts: (e) => ({ officeId: e.officeId }),
  rules: { update: (actor) => can(actor, 'employers:update') },
});

const validation = (fields: Record<string, string>) => new AppError(400, 'validation_failed', 'errors.validation', {}, fields);

/** The country exists; a flagged employer says why (the attaché's report). */
async function checkEmployer(db: Db, e: Pick<EmployerRow, 'countryCode' | 'flagged' | 'flagNote'>): Promise<void> {
  const fields: Record<string, string> = {};
  if (!(await employersRepository.countryExists(db, e.countryCode))) fields.countryCode = 'i18n:employers.country_unknown';
  if (e.flagged && !e.flagNote) fields.flagNote = 'i18n:employers.flag_note_required';
  if (Object.keys(fields).length) throw validation(fields);
}

async function loadEmployer(ctx: ActorContext, id: string): Promise<EmployerDetailRow> {
  const row = await employersRepository.get(ctx.db, id);
  if (!row || !employerPolicy.visible(ctx.actor, row.employer)) throw notFound();
  return row;
}

export async function listEmployers(ctx: ActorContext, query: EmployerListQuery) {
  const { rows, total } = await employersRepository.list(ctx.db, employerPolicy.scope(ctx.actor), query);
  return { items: rows.map((r) => presentEmployer(r, ctx.lang)), total, page: query.page, pageSize: query.pageSize };
}

export async function getEmployer(ctx: ActorContext, id: string): Promise<EmployerDetailDto> {
  const row = await loadEmployer(ctx, id);
  return { ...presentEmployer(row, ctx.lang), abilities: employerPolicy.abilities(ctx.actor, row.employer) };
}

export async function createEmployer(ctx: ActorContext, input: CreateEmployerInput): Promise<EmployerDetailDto> {
  const officeId = ctx.actor.officeId;
  const values = { ...input, flagNote: input.flagged ? input.flagNote : null };
  await checkEmployer(ctx.db, values);
  const row = await transaction(ctx, async (tx) => {
    const now = ctx.clock.now();
    const row = await employersRepository.insert(tx.db, { ...values, officeId, createdAt: now, updatedAt: now });
    await recordChange(tx, {
      audit: { action: 'employer.create', outcome: 'success', officeId, resourceType: 'employer', resourceId: row.id, details: { after: auditSnapshot(row) } },
    });
    return row;
  });
  return getEmployer(ctx, row.id);
}

/** Changes an employer; lifting a flag clears its note, and flagging or lifting is audited on its own. */
export async function updateEmployer(ctx: ActorContext, id: string, input: UpdateEmployerInput): Promise<EmployerDetailDto> {
  const before = (await loadEmployer(ctx, id)).employer;
  employerPolicy.authorize(ctx.actor, 'update', before);
  const { version, ...changes } = input;
  const values = Object.fromEntries(Object.entries(changes).filter(([, v]) => v !== undefined)) as Partial<EmployerRow>;
  const merged = { ...before, ...values };
  if (!merged.flagged) values.flagNote = null;
  await checkEmployer(ctx.db, { ...merged, flagNote: merged.flagged ? merged.flagNote : null });
  await transaction(ctx, async (tx) => {
    const row = await updateVersioned(tx.db, employers, before.id, version, { ...values, updatedAt: ctx.clock.now() });
    await recordChange(tx, {
      audit: {
        action: 'employer.update',
        outcome: 'success',
        officeId: before.officeId,
        resourceType: 'employer',
        resourceId: row.id,
        details: { before: auditSnapshot(before), after: auditSnapshot(row) },
      },
    });
    if (row.flagged !== before.flagged) {
      await recordChange(tx, {
        audit: {
          action: row.flagged ? 'employer.flag' : 'employer.unflag',
          outcome: 'success',
          officeId: before.officeId,
          resourceType: 'employer',
          resourceId: row.id,
          details: { note: row.flagged ? row.flagNote : before.flagNote },
        },
      });
    }
  });
  return getEmployer(ctx, id);
}
