/**
 * Matching (PRODUCT.md C): candidates for a job order, ranked with a score whose every point is explained.
 * The law comes first: the eligibility result decides the tier, and the score only orders candidates
 * within a tier, so a high score never lifts someone over a rule they do not meet.
 */
import type { EligibilityPerson, EligibilityResult, MessageOf, MessageParam } from './eligibility.js';
import { workMonths } from './eligibility.js';
import { languageLevelSteps, normaliseTestName, type RuleSet } from './rules.js';

export const matchMessageParams = {
  'match.field_not_set': [],
  'match.field_none': ['field'],
  'match.field_skills_test': ['field'],
  'match.field_work_history': ['field'],
  'match.field_both': ['field'],
  'match.experience': ['months'],
  'match.experience_in_field': ['months', 'field'],
  'match.language_no_rule': [],
  'match.language_minimum': [],
  'match.language_above': ['found', 'steps'],
  'match.region_not_set': [],
  'match.region_same': ['region'],
  'match.region_other': ['region'],
} as const satisfies Record<string, readonly string[]>;

export type MatchMessageCode = keyof typeof matchMessageParams;
export const matchMessageKeys = Object.keys(matchMessageParams) as MatchMessageCode[];
export type MatchMessage = MessageOf<typeof matchMessageParams>;

function msg<C extends MatchMessageCode>(code: C, params: { [K in (typeof matchMessageParams)[C][number]]: MessageParam }): MatchMessage {
  return { code, params } as MatchMessage;
}

/**
 * Weights of the fit components, at most 79 points in all:
 * - field: 20 for a valid skills test in the job order's SSW field, 10 for work history in that field (both: 30);
 * - experience: 1 a month of work history (in the field when the job order has one), at most 24;
 * - language: 5 for each level above the job order's minimum (JLPT N3 for N4: 5), at most 15;
 * - region: 10 when the person's regency is the job order's target region (a local programme, such as
 *   Prabumulih's training for Japan).
 * Weights are small whole numbers so staff can add them up by eye.
 */
export const matchWeights = {
  fieldSkillsTest: 20,
  fieldWorkHistory: 10,
  experiencePerMonth: 1,
  experienceMaxMonths: 24,
  languagePerLevel: 5,
  languageMax: 15,
  sameRegion: 10,
} as const;

/** Not met rules that make someone "almost eligible", when each can be closed. */
export const ALMOST_ELIGIBLE_MAX_GAPS = 2;

export interface MatchJobOrder {
  id: string;
  sswFieldCode?: string | null;
  /** A regency code (16.74) when the job order is meant for people of one area. */
  targetRegionCode?: string | null;
  /** The rules the candidate was evaluated against, for the language minimum. */
  ruleSet: RuleSet;
}

/** eligible → to_check (only unknowns) → almost (one or two closable gaps) → not_eligible. */
export type MatchTier = 'eligible' | 'to_check' | 'almost' | 'not_eligible';
export type MatchComponentKey = 'field' | 'experience' | 'language' | 'region';

export interface MatchComponent {
  key: MatchComponentKey;
  points: number;
  max: number;
  reason: MatchMessage;
}

export interface MatchScore {
  tier: MatchTier;
  /** Rules not met, and those of them with a closable gap. */
  gaps: number;
  closableGaps: number;
  unknowns: number;
  notMetRuleIds: string[];
  components: MatchComponent[];
  /** The sum of the components' points. */
  total: number;
}

/** Regency part of a Kemendagri code: 16.74.01.1001 → 16.74. */
const regencyOf = (code: string) => code.split('.').slice(0, 2).join('.');

function tierOf(eligibility: EligibilityResult): Pick<MatchScore, 'tier' | 'gaps' | 'closableGaps' | 'unknowns' | 'notMetRuleIds'> {
  const notMet = eligibility.rules.filter((r) => r.status === 'not_met');
  const closableGaps = notMet.filter((r) => r.gap?.closable).length;
  const unknowns = eligibility.rules.filter((r) => r.status === 'unknown').length;
  const tier: MatchTier =
    eligibility.outcome === 'eligible'
      ? 'eligible'
      : eligibility.outcome === 'unknown'
        ? 'to_check'
        : notMet.length <= ALMOST_ELIGIBLE_MAX_GAPS && closableGaps === notMet.length
          ? 'almost'
          : 'not_eligible';
  return { tier, gaps: notMet.length, closableGaps, unknowns, notMetRuleIds: notMet.map((r) => r.id) };
}

function fieldComponent(person: EligibilityPerson, job: MatchJobOrder, day: string): MatchComponent {
  const max = matchWeights.fieldSkillsTest + matchWeights.fieldWorkHistory;
  const field = job.sswFieldCode;
  if (!field) return { key: 'field', points: 0, max, reason: msg('match.field_not_set', {}) };
  const test = person.qualifications.some((q) => q.kind === 'skills_test' && q.sswFieldCode === field && (!q.endedOn || q.endedOn >= day));
  const work = person.qualifications.some((q) => q.kind === 'work_history' && q.sswFieldCode === field);
  const points = (test ? matchWeights.fieldSkillsTest : 0) + (work ? matchWeights.fieldWorkHistory : 0);
  const code = test && work ? 'match.field_both' : test ? 'match.field_skills_test' : work ? 'match.field_work_history' : 'match.field_none';
  return { key: 'field', points, max, reason: msg(code, { field }) };
}

function experienceComponent(person: EligibilityPerson, job: MatchJobOrder, day: string): MatchComponent {
  const { months } = workMonths(person.qualifications, day, job.sswFieldCode);
  const points = Math.min(months, matchWeights.experienceMaxMonths) * matchWeights.experiencePerMonth;
  const max = matchWeights.experienceMaxMonths * matchWeights.experiencePerMonth;
  const reason = job.sswFieldCode ? msg('match.experience_in_field', { months, field: job.sswFieldCode }) : msg('match.experience', { months });
  return { key: 'experience', points, max, reason };
}

function languageComponent(person: EligibilityPerson, job: MatchJobOrder, day: string): MatchComponent {
  const max = matchWeights.languageMax;
  const options = job.ruleSet.rules.flatMap((r) => (r.kind === 'language' ? r.anyOf : []));
  if (options.length === 0) return { key: 'language', points: 0, max, reason: msg('match.language_no_rule', {}) };
  let best: { steps: number; found: string } | undefined;
  for (const q of person.qualifications) {
    if (q.kind !== 'language_test' || (q.endedOn && q.endedOn < day)) continue;
    for (const o of options.filter((o) => normaliseTestName(o.test) === normaliseTestName(q.title))) {
      const steps = languageLevelSteps(o.test, q.level, o.minLevel);
      if (steps !== null && steps > (best?.steps ?? 0)) best = { steps, found: q.level ? `${q.title} ${q.level}` : q.title };
    }
  }
  if (!best) return { key: 'language', points: 0, max, reason: msg('match.language_minimum', {}) };
  return { key: 'language', points: Math.min(best.steps * matchWeights.languagePerLevel, max), max, reason: msg('match.language_above', best) };
}

function regionComponent(person: EligibilityPerson, job: MatchJobOrder): MatchComponent {
  const max = matchWeights.sameRegion;
  const target = job.targetRegionCode;
  if (!target) return { key: 'region', points: 0, max, reason: msg('match.region_not_set', {}) };
  const same = !!person.regionCode && regencyOf(person.regionCode) === regencyOf(target);
  return { key: 'region', points: same ? max : 0, max, reason: msg(same ? 'match.region_same' : 'match.region_other', { region: regencyOf(target) }) };
}

/**
 * The match of a person with a job order: the tier from the eligibility result (the legal gates), then
 * the fit components. Deterministic: the same facts and result give the same score.
 */
export function matchScore(person: EligibilityPerson, jobOrder: MatchJobOrder, eligibility: EligibilityResult): MatchScore {
  const day = eligibility.referenceDate;
  // Experience is counted up to today: months not yet worked by a planned departure do not count.
  const workedUntil = eligibility.evaluatedOn < day ? eligibility.evaluatedOn : day;
  const components = [
    fieldComponent(person, jobOrder, day),
    experienceComponent(person, jobOrder, workedUntil),
    languageComponent(person, jobOrder, day),
    regionComponent(person, jobOrder),
  ];
  return { ...tierOf(eligibility), components, total: components.reduce((sum, c) => sum + c.points, 0) };
}

const tierOrder: Record<MatchTier, number> = { eligible: 0, to_check: 1, almost: 2, not_eligible: 3 };

/**
 * Orders candidates: eligible by score (highest first), then those only missing facts, then the almost
 * eligible by fewest gaps and score, then the rest; ties by id so a list never reshuffles between loads.
 */
export function rankCandidates<T extends { id: string; score: MatchScore }>(candidates: readonly T[]): T[] {
  return [...candidates].sort(
    (a, b) =>
      tierOrder[a.score.tier] - tierOrder[b.score.tier] ||
      (a.score.tier === 'almost' || a.score.tier === 'not_eligible' ? a.score.gaps - b.score.gaps : 0) ||
      b.score.total - a.score.total ||
      (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
}
