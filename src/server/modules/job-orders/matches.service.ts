/**
 * Matching (PRODUCT.md C): candidates for a job order and job orders for a person. The eligibility
 * result decides the tier (the law first); the fit score of `matchScore` orders within a tier.
 */
import { and, asc, desc, eq, gt, inArray, isNull, lte, or, gte } from 'drizzle-orm';
import { can, officeScopeOf } from '../../../domain/access.js';
import type { EligibilityResult } from '../../../domain/placement/eligibility.js';
import { matchScore, rankCandidates, type MatchJobOrder, type MatchScore, type MatchTier } from '../../../domain/placement/matching.js';
import { renderMessage, type ParamFormatter } from '../../../domain/placement/messages.js';
import { ageOn, maskIdentifier } from '../../../domain/registry.js';
import { jobOrders, persons, regions, schemes } from '../../db/schema/index.js';
import { today, type ActorContext } from '../../kit/context.js';
import { scopeCondition } from '../../kit/scope-sql.js';
import { AppError, notFound } from '../../lib/errors.js';
import { eligibilityRepository, type EligibilityTarget } from '../eligibility/eligibility.repository.js';
import { evaluateMany } from '../eligibility/eligibility.service.js';
import { personForRead } from '../persons/persons.service.js';
import { loadReferenceNames, referenceFormatter } from '../schemes/schemes.names.js';
import { jobOrderForRead } from './job-orders.service.js';
import { defaultMatchTiers, type CandidateMatchDto, type JobOrderMatchesQuery, type PersonJobMatchDto } from './matches.schemas.js';

/** Persons evaluated per round trip: the facts of 500 persons are three queries. */
const BATCH = 500;
/** Open job orders a person is matched against at most, newest first. */
const MAX_OPEN_ORDERS = 200;
const MAX_PERSON_MATCHES = 50;

const forbidden = () => new AppError(403, 'forbidden', 'errors.forbidden');

/** The same day `years` years earlier (29 February becomes 28 February). */
function yearsBefore(day: string, years: number): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  const year = y - years;
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const dd = m === 2 && d === 29 && !leap ? 28 : d;
  return `${String(year).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(dd).padStart(2, '0')}`;
}

/**
 * Birth-date bounds from the rule set's age rules on `day`, so that only persons of a possible age are
 * evaluated. Loose by design (the evaluation decides): at least `min` years means born on or before
 * the day `min` years earlier; at most `max` means born after the day `max + 1` years earlier.
 */
function birthDateBounds(target: EligibilityTarget, day: string) {
  const mins = target.ruleSet.rules.flatMap((r) => (r.kind === 'age_min' ? [r.years] : []));
  const maxes = target.ruleSet.rules.flatMap((r) => (r.kind === 'age_max' ? [r.years] : []));
  return {
    bornOnOrBefore: mins.length ? yearsBefore(day, Math.max(...mins)) : null,
    bornAfter: maxes.length ? yearsBefore(day, Math.min(...maxes) + 1) : null,
  };
}

const matchJobOrderOf = (target: EligibilityTarget): MatchJobOrder => ({
  id: target.jobOrderId!,
  sswFieldCode: target.sswFieldCode ?? null,
  targetRegionCode: target.targetRegionCode ?? null,
  ruleSet: target.ruleSet,
});

/** Rules not met or not known, with their rendered way to close the gap. */
const gapsOf = (result: EligibilityResult, ctx: ActorContext, formatParam: ParamFormatter) =>
  result.rules.flatMap((r) => (r.status !== 'met' && r.gap ? [{ ruleId: r.id, text: renderMessage(ctx.lang, r.gap, { formatParam }) }] : []));

/** GET /api/job-orders/:id/matches: candidates of the job order's office, ranked, with every point explained. */
export async function jobOrderMatches(ctx: ActorContext, jobOrderId: string, query: JobOrderMatchesQuery) {
  if (!can(ctx.actor, 'persons:read')) throw forbidden();
  const order = await jobOrderForRead(ctx, jobOrderId);
  const target = await eligibilityRepository.jobOrderTarget(ctx.db, order.id);
  if (!target) throw notFound();
  const day = today(ctx);
  const bounds = birthDateBounds(target, day);
  const candidates = await ctx.db
    .select({
      id: persons.id,
      fullName: persons.fullName,
      nik: persons.nik,
      sex: persons.sex,
      birthDate: persons.birthDate,
      originRegencyName: regions.name,
    })
    .from(persons)
    .leftJoin(regions, eq(regions.code, persons.originRegencyCode))
    .where(
      and(
        eq(persons.officeId, order.officeId),
        isNull(persons.mergedIntoId),
        inArray(persons.status, ['cpmi', 'purna']),
        scopeCondition(officeScopeOf(ctx.actor), { officeId: persons.officeId }),
        bounds.bornOnOrBefore ? lte(persons.birthDate, bounds.bornOnOrBefore) : undefined,
        bounds.bornAfter ? gt(persons.birthDate, bounds.bornAfter) : undefined,
      ),
    );
  const job = matchJobOrderOf(target);
  const scored: { id: string; row: (typeof candidates)[number]; result: EligibilityResult; score: MatchScore }[] = [];
  for (let i = 0; i < candidates.length; i += BATCH) {
    const batch = candidates.slice(i, i + BATCH);
    const ids = batch.map((c) => c.id);
    const [results, facts] = await Promise.all([evaluateMany(ctx, ids, { jobOrderId: order.id }), eligibilityRepository.factsOf(ctx.db, ids)]);
    for (const row of batch) {
      const result = results.get(row.id);
      const person = facts.get(row.id);
      if (result && person) scored.push({ id: row.id, row, result, score: matchScore(person, job, result) });
    }
  }
  const counts: Record<MatchTier, number> = { eligible: 0, to_check: 0, almost: 0, not_eligible: 0 };
  for (const s of scored) counts[s.score.tier] += 1;
  const wanted = new Set<string>(query.tier ? query.tier.split(',').map((t) => t.trim()) : defaultMatchTiers);
  const ranked = rankCandidates(scored).filter((s) => wanted.has(s.score.tier));
  const formatParam = referenceFormatter(await loadReferenceNames(ctx.db));
  const pageItems = ranked.slice((query.page - 1) * query.pageSize, query.page * query.pageSize);
  const items: CandidateMatchDto[] = pageItems.map(({ row, result, score }) => ({
    person: {
      id: row.id,
      fullName: row.fullName,
      maskedNik: maskIdentifier(row.nik),
      sex: row.sex,
      age: ageOn(row.birthDate, day),
      originRegencyName: row.originRegencyName ?? null,
    },
    tier: score.tier,
    total: score.total,
    components: score.components.map((c) => ({
      key: c.key,
      points: c.points,
      max: c.max,
      reasonText: renderMessage(ctx.lang, c.reason, { formatParam }),
    })),
    gaps: gapsOf(result, ctx, formatParam),
    ruleVersion: result.version,
  }));
  return { items, total: ranked.length, page: query.page, pageSize: query.pageSize, counts };
}

/**
 * GET /api/persons/:id/job-matches: the open job orders of the person's office the person is eligible
 * for (highest score first), then those they almost qualify for (fewest gaps first); at most 50.
 */
export async function personJobMatches(ctx: ActorContext, personId: string): Promise<{ items: PersonJobMatchDto[] }> {
  if (!can(ctx.actor, 'job-orders:read')) throw forbidden();
  const person = await personForRead(ctx.db, ctx.actor, personId);
  const day = today(ctx);
  const orders = await ctx.db
    .select({
      id: jobOrders.id,
      reference: jobOrders.reference,
      title: jobOrders.title,
      schemeCode: schemes.code,
      countryCode: jobOrders.countryCode,
      closingOn: jobOrders.closingOn,
    })
    .from(jobOrders)
    .innerJoin(schemes, eq(schemes.id, jobOrders.schemeId))
    .where(
      and(
        eq(jobOrders.officeId, person.officeId),
        eq(jobOrders.status, 'open'),
        or(isNull(jobOrders.closingOn), gte(jobOrders.closingOn, day)),
        scopeCondition(officeScopeOf(ctx.actor), { officeId: jobOrders.officeId }),
      ),
    )
    .orderBy(desc(jobOrders.createdAt), asc(jobOrders.id))
    .limit(MAX_OPEN_ORDERS);
  const facts = await eligibilityRepository.factsOfOne(ctx.db, person.id);
  if (!facts || orders.length === 0) return { items: [] };
  const matched: { id: string; order: (typeof orders)[number]; result: EligibilityResult; score: MatchScore }[] = [];
  for (const order of orders) {
    const target = await eligibilityRepository.jobOrderTarget(ctx.db, order.id);
    const result = target && (await evaluateMany(ctx, [person.id], { jobOrderId: order.id })).get(person.id);
    if (!target || !result) continue;
    const score = matchScore(facts, matchJobOrderOf(target), result);
    if (score.tier === 'eligible' || score.tier === 'almost') matched.push({ id: order.id, order, result, score });
  }
  const formatParam = referenceFormatter(await loadReferenceNames(ctx.db));
  return {
    items: rankCandidates(matched)
      .slice(0, MAX_PERSON_MATCHES)
      .map(({ order, result, score }) => ({
        jobOrder: order,
        tier: score.tier as 'eligible' | 'almost',
        total: score.total,
        gaps: gapsOf(result, ctx, formatParam),
        ruleVersion: result.version,
      })),
  };
}
