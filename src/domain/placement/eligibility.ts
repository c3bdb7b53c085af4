/**
 * Explainable eligibility (PRODUCT.md C): a person against the rule set of a scheme, programme or job
 * order, every rule answered met / not met / unknown with a reason and, where something can be done, the
 * gap to close. Reasons are message codes with parameters, not sentences: the server renders them in
 * Indonesian or English (messages.ts), and a stored result can be shown again in either language.
 */
import { addMonths, ageOn, documentWarnings, type LifecycleStatus, type QualificationKind, type Sex } from '../registry.js';
import { birthdayAt } from '../person-warnings.js';
import {
  educationRank,
  isEducationLevel,
  isIsoDay,
  languageLevelSteps,
  normaliseTestName,
  type RequirementRule,
  type RuleKind,
  type RuleOf,
  type RuleSet,
} from './rules.js';

/**
 * Every code this module emits, with the names of its parameters. The evaluator can only build messages
 * through this table (the types enforce it), so the locale test can check texts against real parameters.
 */
export const eligibilityMessageParams = {
  'age.min_met': ['age', 'min', 'on'],
  'age.below_min': ['age', 'min', 'on'],
  'age.max_met': ['age', 'max', 'on'],
  'age.above_max': ['age', 'max', 'on'],
  'age.birth_date_missing': [],
  'age.reaches_min_on': ['min', 'date'],
  'age.record_birth_date': [],
  'education.met': ['level', 'min'],
  'education.below_min': ['level', 'min'],
  'education.missing': ['min'],
  'education.needed': ['min'],
  'education.record': [],
  'language.met': ['found', 'options'],
  'language.none': ['options'],
  'language.too_low': ['found', 'options'],
  'language.expired': ['found', 'on'],
  'language.level_missing': ['test'],
  'language.take_test': ['options'],
  'language.record_level': ['test'],
  'skills_test.met': ['field'],
  'skills_test.none': ['field'],
  'skills_test.expired': ['field', 'on'],
  'skills_test.field_unknown': [],
  'skills_test.take': ['field'],
  'skills_test.set_field': [],
  'health.met': ['issued', 'until'],
  'health.none': [],
  'health.expired': ['on'],
  'health.issue_date_missing': [],
  'health.examine': [],
  'health.record_issue_date': [],
  'documents.met': ['types'],
  'documents.missing': ['types'],
  'documents.expired': ['types'],
  'documents.unverified': ['types'],
  'documents.complete': ['types'],
  'documents.verify': ['types'],
  'sex.met': ['sex', 'allowed'],
  'sex.not_allowed': ['sex', 'allowed'],
  'sex.missing': [],
  'sex.record': [],
  'status.met': ['status', 'allowed'],
  'status.abroad': [],
  'status.not_allowed': ['status', 'allowed'],
  'status.register_again': [],
  'work_experience.met': ['months', 'min'],
  'work_experience.short': ['months', 'min'],
  'work_experience.field_met': ['months', 'min', 'field'],
  'work_experience.field_short': ['months', 'min', 'field'],
  'work_experience.dates_missing': [],
  'work_experience.needed': ['months'],
  'work_experience.record_dates': [],
  'other.unchecked': ['text'],
  'other.confirmed': ['text'],
  'other.refused': ['text'],
  'other.check': ['text'],
  'other.needed': ['text'],
} as const satisfies Record<string, readonly string[]>;

export type EligibilityMessageCode = keyof typeof eligibilityMessageParams;
/** Every code `evaluateEligibility` can emit, for the locale completeness test. */
export const eligibilityMessageKeys = Object.keys(eligibilityMessageParams) as EligibilityMessageCode[];

/** A parameter: lists (document types, language options) stay lists so the renderer can name each item. */
export type MessageParam = string | number | string[];
type ParamsFor<T extends Record<string, readonly string[]>, C extends keyof T> = { [K in T[C][number]]: MessageParam };
/** A message code with exactly the parameters its table declares. */
export type MessageOf<T extends Record<string, readonly string[]>> = { [C in keyof T]: { code: C; params: ParamsFor<T, C> } }[keyof T];
export type EligibilityMessage = MessageOf<typeof eligibilityMessageParams>;

function msg<C extends EligibilityMessageCode>(code: C, params: ParamsFor<typeof eligibilityMessageParams, C>): EligibilityMessage {
  return { code, params } as EligibilityMessage;
}

/**
 * What would close a gap. `closable` says whether the person or staff can close it within a recruitment
 * (take a test, renew a document, record a missing fact, wait a few months for a birthday); a diploma, years
 * of experience or a different sex are not, and matching counts only closable gaps as "almost eligible".
 */
export type Gap = EligibilityMessage & { closable: boolean };

export type RuleStatus = 'met' | 'not_met' | 'unknown';
export type EligibilityOutcome = 'eligible' | 'not_eligible' | 'unknown';

export interface RuleResult {
  id: string;
  kind: RuleKind;
  status: RuleStatus;
  reason: EligibilityMessage;
  gap?: Gap;
}

export interface EligibilityResult {
  schemeCode: string;
  version: number;
  /** The day the evaluation ran (today in the office's time zone). */
  evaluatedOn: string;
  /** The day the rules were evaluated on: the planned departure when given, else today. */
  referenceDate: string;
  outcome: EligibilityOutcome;
  rules: RuleResult[];
}

export interface PersonQualification {
  kind: QualificationKind;
  title: string;
  level: string | null;
  sswFieldCode: string | null;
  startedOn: string | null;
  endedOn: string | null;
}

export interface PersonDocument {
  typeCode: string;
  issuedOn: string | null;
  expiresOn: string | null;
  verifiedAt: string | null;
}

/** The facts of a person the rules read (dates are ISO YYYY-MM-DD; `verifiedAt` an ISO timestamp). */
export interface EligibilityPerson {
  birthDate: string | null;
  sex: Sex | null;
  education: string | null;
  status: LifecycleStatus;
  regionCode?: string | null;
  qualifications: PersonQualification[];
  documents: PersonDocument[];
}

/** A staff member's answer to an `other` rule, keyed by rule id (who and when are kept by the server). */
export type StaffCheck = 'met' | 'not_met';

export interface EvaluationOptions {
  /** The calendar day of the evaluation in the office's time zone. */
  today: string;
  /** A planned departure date: age and validity are judged on that day instead (the day they matter). */
  referenceDate?: string | null;
  /** The job order's SSW field, for a `skills_test` rule that names none. */
  sswFieldCode?: string | null;
  checks?: Record<string, StaffCheck>;
}

/** A health certificate is valid three months from issue (Perpres 64/2011). */
export const HEALTH_CERTIFICATE_MONTHS = 3;
/** A birthday this close to the reference date is a gap one can wait out. */
const AGE_WAIT_MONTHS = 6;

interface Evaluation {
  today: string;
  ref: string;
  sswFieldCode: string | null;
  checks: Record<string, StaffCheck>;
}

const result = (rule: RequirementRule, status: RuleStatus, reason: EligibilityMessage, gap?: Gap): RuleResult => ({
  id: rule.id,
  kind: rule.kind,
  status,
  reason,
  ...(gap ? { gap } : {}),
});
const gap = (message: EligibilityMessage, closable: boolean): Gap => ({ ...message, closable });

/** Not expired on `day`: a qualification with an end date before it no longer counts. */
const validOn = (q: { endedOn: string | null }, day: string) => !q.endedOn || q.endedOn >= day;

function ageRule(rule: RuleOf<'age_min'> | RuleOf<'age_max'>, person: EligibilityPerson, e: Evaluation): RuleResult {
  if (!isIsoDay(person.birthDate)) return result(rule, 'unknown', msg('age.birth_date_missing', {}), gap(msg('age.record_birth_date', {}), true));
  const age = ageOn(person.birthDate, e.ref);
  if (rule.kind === 'age_max') {
    return age <= rule.years
      ? result(rule, 'met', msg('age.max_met', { age, max: rule.years, on: e.ref }))
      : result(rule, 'not_met', msg('age.above_max', { age, max: rule.years, on: e.ref }));
  }
  if (age >= rule.years) return result(rule, 'met', msg('age.min_met', { age, min: rule.years, on: e.ref }));
  const date = birthdayAt(person.birthDate, rule.years);
  return result(
    rule,
    'not_met',
    msg('age.below_min', { age, min: rule.years, on: e.ref }),
    gap(msg('age.reaches_min_on', { min: rule.years, date }), date <= addMonths(e.ref, AGE_WAIT_MONTHS)),
  );
}

function educationRule(rule: RuleOf<'education_min'>, person: EligibilityPerson): RuleResult {
  if (!isEducationLevel(person.education))
    return result(rule, 'unknown', msg('education.missing', { min: rule.level }), gap(msg('education.record', {}), true));
  return educationRank(person.education) >= educationRank(rule.level)
    ? result(rule, 'met', msg('education.met', { level: person.education, min: rule.level }))
    : result(
        rule,
        'not_met',
        msg('education.below_min', { level: person.education, min: rule.level }),
        gap(msg('education.needed', { min: rule.level }), false),
      );
}

const label = (test: string, level: string | null) => (level ? `${test} ${level}` : test);

function languageRule(rule: RuleOf<'language'>, person: EligibilityPerson, e: Evaluation): RuleResult {
  const options = rule.anyOf.map((o) => label(o.test, o.minLevel));
  const tests = person.qualifications.filter((q) => q.kind === 'language_test');
  let expired: { found: string; on: string } | undefined;
  let tooLow: string | undefined;
  let levelMissing: string | undefined;
  for (const option of rule.anyOf) {
    for (const q of tests.filter((t) => normaliseTestName(t.title) === normaliseTestName(option.test))) {
      const steps = languageLevelSteps(option.test, q.level, option.minLevel);
      if (steps === null) levelMissing ??= q.title;
      else if (steps < 0) tooLow ??= label(q.title, q.level);
      else if (!validOn(q, e.ref)) expired ??= { found: label(q.title, q.level), on: q.endedOn! };
      else return result(rule, 'met', msg('language.met', { found: label(q.title, q.level), options }));
    }
  }
  const take = gap(msg('language.take_test', { options }), true);
  // A test recorded without a readable level is a missing fact, not a failure: staff can look it up.
  if (levelMissing)
    return result(rule, 'unknown', msg('language.level_missing', { test: levelMissing }), gap(msg('language.record_level', { test: levelMissing }), true));
  if (expired) return result(rule, 'not_met', msg('language.expired', expired), take);
  if (tooLow) return result(rule, 'not_met', msg('language.too_low', { found: tooLow, options }), take);
  return result(rule, 'not_met', msg('language.none', { options }), take);
}

function skillsTestRule(rule: RuleOf<'skills_test'>, person: EligibilityPerson, e: Evaluation): RuleResult {
  const fieldCode = rule.sswFieldCode ?? (rule.title ? undefined : (e.sswFieldCode ?? undefined));
  if (!fieldCode && !rule.title) return result(rule, 'unknown', msg('skills_test.field_unknown', {}), gap(msg('skills_test.set_field', {}), true));
  const field = fieldCode ?? rule.title!;
  const matching = person.qualifications.filter(
    (q) =>
      q.kind === 'skills_test' && (!fieldCode || q.sswFieldCode === fieldCode) && (!rule.title || normaliseTestName(q.title) === normaliseTestName(rule.title)),
  );
  if (matching.some((q) => validOn(q, e.ref))) return result(rule, 'met', msg('skills_test.met', { field }));
  const take = gap(msg('skills_test.take', { field }), true);
  const lastEnded = matching
    .map((q) => q.endedOn!)
    .sort()
    .at(-1);
  return lastEnded
    ? result(rule, 'not_met', msg('skills_test.expired', { field, on: lastEnded }), take)
    : result(rule, 'not_met', msg('skills_test.none', { field }), take);
}

/** The last day a health certificate is valid: three months after issue, or an earlier typed expiry. */
export function healthCertificateValidUntil(doc: Pick<PersonDocument, 'issuedOn' | 'expiresOn'>): string | null {
  if (!isIsoDay(doc.issuedOn)) return null;
  const byLaw = addMonths(doc.issuedOn, HEALTH_CERTIFICATE_MONTHS);
  return doc.expiresOn && doc.expiresOn < byLaw ? doc.expiresOn : byLaw;
}

function healthRule(rule: RuleOf<'health_certificate'>, person: EligibilityPerson, e: Evaluation): RuleResult {
  const certificates = person.documents.filter((d) => d.typeCode === 'health_certificate');
  const examine = gap(msg('health.examine', {}), true);
  if (certificates.length === 0) return result(rule, 'not_met', msg('health.none', {}), examine);
  const dated = certificates.filter((d) => isIsoDay(d.issuedOn)).sort((a, b) => b.issuedOn!.localeCompare(a.issuedOn!));
  const latest = dated[0];
  if (!latest) return result(rule, 'unknown', msg('health.issue_date_missing', {}), gap(msg('health.record_issue_date', {}), true));
  const until = healthCertificateValidUntil(latest)!;
  // The same test as the registry's document warnings, on the reference day.
  if (documentWarnings(latest, e.ref, HEALTH_CERTIFICATE_MONTHS).includes('expired'))
    return result(rule, 'not_met', msg('health.expired', { on: until }), examine);
  return result(rule, 'met', msg('health.met', { issued: latest.issuedOn!, until }));
}

function documentsRule(rule: RuleOf<'documents'>, person: EligibilityPerson, e: Evaluation): RuleResult {
  const missing: string[] = [];
  const expired: string[] = [];
  const unverified: string[] = [];
  for (const type of rule.typeCodes) {
    const docs = person.documents.filter((d) => d.typeCode === type);
    const valid = docs.filter((d) => !documentWarnings(d, e.ref, type === 'health_certificate' ? HEALTH_CERTIFICATE_MONTHS : null).includes('expired'));
    if (docs.length === 0) missing.push(type);
    else if (valid.length === 0) expired.push(type);
    else if (rule.verified && !valid.some((d) => d.verifiedAt)) unverified.push(type);
  }
  const toRenew = [...missing, ...expired];
  // One reason, the most serious; the gap lists every document that needs work.
  if (missing.length) return result(rule, 'not_met', msg('documents.missing', { types: missing }), gap(msg('documents.complete', { types: toRenew }), true));
  if (expired.length) return result(rule, 'not_met', msg('documents.expired', { types: expired }), gap(msg('documents.complete', { types: toRenew }), true));
  if (unverified.length)
    return result(rule, 'not_met', msg('documents.unverified', { types: unverified }), gap(msg('documents.verify', { types: unverified }), true));
  return result(rule, 'met', msg('documents.met', { types: rule.typeCodes }));
}

function sexRule(rule: RuleOf<'sex'>, person: EligibilityPerson): RuleResult {
  if (!person.sex) return result(rule, 'unknown', msg('sex.missing', {}), gap(msg('sex.record', {}), true));
  const params = { sex: person.sex, allowed: rule.allowed };
  return rule.allowed.includes(person.sex) ? result(rule, 'met', msg('sex.met', params)) : result(rule, 'not_met', msg('sex.not_allowed', params));
}

function statusRule(rule: RuleOf<'status'>, person: EligibilityPerson): RuleResult {
  const params = { status: person.status, allowed: rule.allowed };
  if (rule.allowed.includes(person.status)) return result(rule, 'met', msg('status.met', params));
  // A PMI is abroad: they apply again after returning, which no one here can hurry.
  if (person.status === 'pmi') return result(rule, 'not_met', msg('status.abroad', {}));
  if (person.status === 'purna' && rule.allowed.includes('cpmi'))
    return result(rule, 'not_met', msg('status.not_allowed', params), gap(msg('status.register_again', {}), true));
  return result(rule, 'not_met', msg('status.not_allowed', params));
}

const nextDay = (iso: string) => new Date(Date.parse(`${iso}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);

/** Whole months from `from` to `to`, both days included (1 Jan–31 Dec is twelve months). */
function fullMonths(from: string, to: string): number {
  const end = nextDay(to);
  let months = 0;
  while (addMonths(from, months + 1) <= end) months += 1;
  return months;
}

/**
 * Months of work history, overlapping periods counted once. An open period runs to the evaluation day,
 * not to a planned departure: experience not yet gained does not count.
 */
export function workMonths(qualifications: PersonQualification[], until: string, sswFieldCode?: string | null): { months: number; undated: number } {
  const history = qualifications.filter((q) => q.kind === 'work_history' && (!sswFieldCode || q.sswFieldCode === sswFieldCode));
  const periods = history
    .filter((q) => isIsoDay(q.startedOn))
    .map((q) => ({ from: q.startedOn!, to: q.endedOn && q.endedOn < until ? q.endedOn : until }))
    .filter((p) => p.from <= p.to)
    .sort((a, b) => a.from.localeCompare(b.from));
  const merged: { from: string; to: string }[] = [];
  for (const p of periods) {
    const last = merged.at(-1);
    if (last && p.from <= nextDay(last.to)) last.to = p.to > last.to ? p.to : last.to;
    else merged.push({ ...p });
  }
  return { months: merged.reduce((sum, p) => sum + fullMonths(p.from, p.to), 0), undated: history.length - periods.length };
}

function workExperienceRule(rule: RuleOf<'work_experience'>, person: EligibilityPerson, e: Evaluation): RuleResult {
  const until = e.today < e.ref ? e.today : e.ref;
  const { months, undated } = workMonths(person.qualifications, until, rule.sswFieldCode);
  const field = rule.sswFieldCode;
  const met = field ? msg('work_experience.field_met', { months, min: rule.minMonths, field }) : msg('work_experience.met', { months, min: rule.minMonths });
  if (months >= rule.minMonths) return result(rule, 'met', met);
  // Periods without a start date might make up the difference: ask for the dates before saying no.
  if (undated > 0) return result(rule, 'unknown', msg('work_experience.dates_missing', {}), gap(msg('work_experience.record_dates', {}), true));
  const short = field
    ? msg('work_experience.field_short', { months, min: rule.minMonths, field })
    : msg('work_experience.short', { months, min: rule.minMonths });
  return result(rule, 'not_met', short, gap(msg('work_experience.needed', { months: rule.minMonths - months }), false));
}

function otherRule(rule: RuleOf<'other'>, e: Evaluation): RuleResult {
  const check = e.checks[rule.id];
  if (check === 'met') return result(rule, 'met', msg('other.confirmed', { text: rule.text }));
  if (check === 'not_met') return result(rule, 'not_met', msg('other.refused', { text: rule.text }), gap(msg('other.needed', { text: rule.text }), true));
  return result(rule, 'unknown', msg('other.unchecked', { text: rule.text }), gap(msg('other.check', { text: rule.text }), true));
}

function evaluateRule(rule: RequirementRule, person: EligibilityPerson, e: Evaluation): RuleResult {
  switch (rule.kind) {
    case 'age_min':
    case 'age_max':
      return ageRule(rule, person, e);
    case 'education_min':
      return educationRule(rule, person);
    case 'language':
      return languageRule(rule, person, e);
    case 'skills_test':
      return skillsTestRule(rule, person, e);
    case 'health_certificate':
      return healthRule(rule, person, e);
    case 'documents':
      return documentsRule(rule, person, e);
    case 'sex':
      return sexRule(rule, person);
    case 'status':
      return statusRule(rule, person);
    case 'work_experience':
      return workExperienceRule(rule, person, e);
    case 'other':
      return otherRule(rule, e);
  }
}

/** Not eligible when any rule is not met; else unknown when a fact is missing; else eligible. */
export function combineOutcome(rules: Pick<RuleResult, 'status'>[]): EligibilityOutcome {
  if (rules.some((r) => r.status === 'not_met')) return 'not_eligible';
  if (rules.some((r) => r.status === 'unknown')) return 'unknown';
  return 'eligible';
}

/**
 * Evaluates every rule of `ruleSet` for `person`. Missing facts (no birth date, no education recorded)
 * answer unknown; a missing qualification or document is a fact too (none recorded), so it answers not met
 * with the gap that would close it. The rule set's version is carried into the result.
 */
export function evaluateEligibility(person: EligibilityPerson, ruleSet: RuleSet, options: EvaluationOptions): EligibilityResult {
  const e: Evaluation = {
    today: options.today,
    ref: options.referenceDate ?? options.today,
    sswFieldCode: options.sswFieldCode ?? null,
    checks: options.checks ?? {},
  };
  const rules = ruleSet.rules.map((rule) => evaluateRule(rule, person, e));
  return { schemeCode: ruleSet.schemeCode, version: ruleSet.version, evaluatedOn: e.today, referenceDate: e.ref, outcome: combineOutcome(rules), rules };
}
