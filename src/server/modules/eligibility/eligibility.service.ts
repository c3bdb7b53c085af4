/**
 * Explainable eligibility of persons against a scheme, a programme or a job order, for the person page,
 * matching and applications. The rules are evaluated by the domain (`evaluateEligibility`); this module
 * loads the facts and the rules, keeps to the caller's office scope and names what it found.
 */
import { and, eq, inArray, isNull } from 'drizzle-orm';
import { officeScopeOf } from '../../../domain/access.js';
import { evaluateEligibility, type EligibilityResult } from '../../../domain/placement/eligibility.js';
import { jobOrders, persons } from '../../db/schema/index.js';
import { today, type ActorContext } from '../../kit/context.js';
import { scopeCondition } from '../../kit/scope-sql.js';
import { notFound } from '../../lib/errors.js';
import { personForRead } from '../persons/persons.service.js';
import { loadReferenceNames } from '../schemes/schemes.names.js';
import { schemesRepository } from '../schemes/schemes.repository.js';
import { eligibilityRepository, type EligibilityTarget } from './eligibility.repository.js';
import { presentEligibility } from './eligibility.presenter.js';
import type { EligibilityQuery, EligibilityResultDto } from './eligibility.schemas.js';

/**
 * What to evaluate against: a scheme or programme by code (its current rules, or `ruleVersion` to
 * re-check an old decision), or a job order by id (its scheme's current rules plus its own).
 */
export type EligibilityTargetRef = { schemeCode: string; ruleVersion?: number } | { jobOrderId: string };

export interface EligibilityOptions {
  /** Judge ages and validity on this day (a planned departure); default today in the office's time zone. */
  referenceDate?: string | null;
}

/** The target's rules, or 404 when the scheme, version or job order does not exist or the order is outside the caller's scope. */
async function resolveTarget(ctx: ActorContext, target: EligibilityTargetRef): Promise<EligibilityTarget> {
  if ('jobOrderId' in target) {
    const [order] = await ctx.db
      .select({ id: jobOrders.id })
      .from(jobOrders)
      .where(and(eq(jobOrders.id, target.jobOrderId), scopeCondition(officeScopeOf(ctx.actor), { officeId: jobOrders.officeId })));
    const found = order && (await eligibilityRepository.jobOrderTarget(ctx.db, order.id));
    if (!found) throw notFound();
    return found;
  }
  const found = await eligibilityRepository.schemeTarget(ctx.db, target.schemeCode, target.ruleVersion);
  if (!found) throw notFound();
  return found;
}

const evaluate = (ctx: ActorContext, facts: Parameters<typeof evaluateEligibility>[0], target: EligibilityTarget, options: EligibilityOptions) =>
  evaluateEligibility(facts, target.ruleSet, { today: today(ctx), referenceDate: options.referenceDate ?? null, sswFieldCode: target.sswFieldCode ?? null });

/**
 * One person against one target. The person must be in the caller's scope (else 404, as for any read of
 * the person); the result carries the rule version it used. Throws 404 for an unknown target.
 */
export async function evaluateFor(
  ctx: ActorContext,
  personId: string,
  target: EligibilityTargetRef,
  options: EligibilityOptions = {},
): Promise<EligibilityResult> {
  const person = await personForRead(ctx.db, ctx.actor, personId);
  const resolved = await resolveTarget(ctx, target);
  const facts = await eligibilityRepository.factsOfOne(ctx.db, person.id);
  if (!facts) throw notFound();
  return evaluate(ctx, facts, resolved, options);
}

/**
 * Many persons against one target, in a fixed number of queries (matching evaluates thousands). Persons
 * outside the caller's scope, merged or missing are left out of the map, silently: callers list candidates
 * from their own scoped queries. Throws 404 for an unknown target.
 */
export async function evaluateMany(
  ctx: ActorContext,
  personIds: readonly string[],
  target: EligibilityTargetRef,
  options: EligibilityOptions = {},
): Promise<Map<string, EligibilityResult>> {
  const resolved = await resolveTarget(ctx, target);
  const out = new Map<string, EligibilityResult>();
  if (personIds.length === 0) return out;
  const visible = await ctx.db
    .select({ id: persons.id })
    .from(persons)
    .where(and(inArray(persons.id, [...personIds]), isNull(persons.mergedIntoId), scopeCondition(officeScopeOf(ctx.actor), { officeId: persons.officeId })));
  const facts = await eligibilityRepository.factsOf(
    ctx.db,
    visible.map((p) => p.id),
  );
  for (const [id, f] of facts) out.set(id, evaluate(ctx, f, resolved, options));
  return out;
}

/**
 * GET /api/persons/:id/eligibility: against a scheme, a job order, or every active scheme (one result
 * each), each rule's reason and gap rendered in the caller's language.
 */
export async function personEligibility(
  ctx: ActorContext,
  personId: string,
  query: EligibilityQuery,
): Promise<{ personId: string; items: EligibilityResultDto[] }> {
  const person = await personForRead(ctx.db, ctx.actor, personId);
  const targets: EligibilityTargetRef[] = query.jobOrder
    ? [{ jobOrderId: query.jobOrder }]
    : query.scheme
      ? [{ schemeCode: query.scheme }]
      : (await schemesRepository.activeSchemes(ctx.db)).map((s) => ({ schemeCode: s.code }));
  const resolved = await Promise.all(targets.map((t) => resolveTarget(ctx, t)));
  const [facts, names, schemeRows] = await Promise.all([
    eligibilityRepository.factsOfOne(ctx.db, person.id),
    loadReferenceNames(ctx.db),
    schemesRepository.byIds(
      ctx.db,
      resolved.map((r) => r.schemeId),
    ),
  ]);
  if (!facts) throw notFound();
  const schemeName = new Map(schemeRows.map((s) => [s.id, ctx.lang === 'en' ? s.nameEn : s.nameId]));
  const options = { referenceDate: query.referenceDate ?? null };
  return {
    personId: person.id,
    items: resolved.map((target) =>
      presentEligibility(
        evaluate(ctx, facts, target, options),
        { schemeName: schemeName.get(target.schemeId) ?? target.schemeCode, jobOrderId: target.jobOrderId ?? null },
        ctx.lang,
        names,
      ),
    ),
  };
}
