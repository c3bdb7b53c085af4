/**
 * Requirement rules of a placement scheme or job order, as plain data. They are stored as JSON in the
 * database with a version number, so a result can always say which version of the rules it used, and an
 * amendment of UU 18/2017 or a new programme changes data, not code.
 */
import { z } from 'zod';
import { educationLevels, languageTests, lifecycleStatuses, sexes, type EducationLevel } from '../registry.js';

const ruleId = z
  .string()
  .trim()
  .min(1)
  .max(60)
  .regex(/^[a-z0-9][a-z0-9_.-]*$/, { error: 'lowercase letters, digits, _ . -' });
const code = z
  .string()
  .trim()
  .min(1)
  .max(60)
  .regex(/^[a-z0-9_]+$/);
const isoDay = /^\d{4}-\d{2}-\d{2}$/;

const languageOption = z.strictObject({ test: z.string().trim().min(1).max(60), minLevel: z.string().trim().min(1).max(20) });

/** One rule. `id` is stable within its rule set: staff checks and stored results refer to it. */
export const requirementRuleSchema = z.discriminatedUnion('kind', [
  z.strictObject({ id: ruleId, kind: z.literal('age_min'), years: z.number().int().min(0).max(100) }),
  z.strictObject({ id: ruleId, kind: z.literal('age_max'), years: z.number().int().min(0).max(100) }),
  z.strictObject({ id: ruleId, kind: z.literal('education_min'), level: z.enum(educationLevels) }),
  z.strictObject({
    id: ruleId,
    kind: z.literal('language'),
    anyOf: z
      .array(languageOption)
      .min(1)
      .max(10)
      .refine((options) => options.every((o) => validMinLevel(o.test, o.minLevel)), { error: 'minLevel is not a level of that test' }),
  }),
  z.strictObject({ id: ruleId, kind: z.literal('skills_test'), sswFieldCode: code.optional(), title: z.string().trim().min(1).max(120).optional() }),
  z.strictObject({ id: ruleId, kind: z.literal('health_certificate') }),
  z.strictObject({ id: ruleId, kind: z.literal('documents'), typeCodes: z.array(code).min(1).max(30), verified: z.boolean().optional() }),
  z.strictObject({ id: ruleId, kind: z.literal('sex'), allowed: z.array(z.enum(sexes)).min(1) }),
  z.strictObject({ id: ruleId, kind: z.literal('status'), allowed: z.array(z.enum(lifecycleStatuses)).min(1) }),
  z.strictObject({ id: ruleId, kind: z.literal('work_experience'), minMonths: z.number().int().min(1).max(600), sswFieldCode: code.optional() }),
  z.strictObject({ id: ruleId, kind: z.literal('other'), text: z.string().trim().min(1).max(500) }),
]);
export type RequirementRule = z.infer<typeof requirementRuleSchema>;
export type RuleKind = RequirementRule['kind'];
export type RuleOf<K extends RuleKind> = Extract<RequirementRule, { kind: K }>;

/** The rules of one scheme (or programme, or job order) at one version. */
export const ruleSetSchema = z
  .strictObject({ schemeCode: code, version: z.number().int().min(1), rules: z.array(requirementRuleSchema).max(100) })
  .refine((set) => new Set(set.rules.map((r) => r.id)).size === set.rules.length, { error: 'rule ids must be unique within a rule set', path: ['rules'] });
export type RuleSet = z.infer<typeof ruleSetSchema>;

/** Test names are typed by hand (JFT Basic, jft-basic…): compare them without case, spaces or hyphens. */
export function normaliseTestName(name: string): string {
  return name.toLowerCase().replace(/[\s_-]+/g, '');
}

function knownLevels(test: string): readonly string[] | undefined {
  const key = normaliseTestName(test);
  return Object.entries(languageTests).find(([name]) => normaliseTestName(name) === key)?.[1];
}

const numeric = (s: string) => /^\d+(\.\d+)?$/.test(s.trim());
const passed = (s: string) => s.trim().toLowerCase() === 'lulus';

function validMinLevel(test: string, minLevel: string): boolean {
  const levels = knownLevels(test);
  if (!levels) return true; // a test the form does not list: staff know its levels
  if (levels.every(numeric)) return numeric(minLevel);
  return levels.some((l) => l.toLowerCase() === minLevel.trim().toLowerCase());
}

/**
 * How many levels `level` is above `minLevel` of the same test (0 = exactly the minimum), negative when
 * below, or null when the recorded level is missing or not a level of that test. Levels of the tests in
 * `languageTests` are listed lowest first (JLPT N5…N1, NAT-TEST 5Q…1Q, TOPIK 1…6); numeric results
 * (IELTS, TOPIK) count half-bands as steps for IELTS-style scores and whole numbers otherwise; tests that
 * only pass or fail ("lulus") are satisfied by being recorded at all.
 */
export function languageLevelSteps(test: string, level: string | null, minLevel: string): number | null {
  if (passed(minLevel)) return 0;
  if (level === null || level.trim() === '') return null;
  if (numeric(level) && numeric(minLevel)) {
    const step = /\./.test(minLevel) || /\./.test(level) ? 0.5 : 1;
    return Math.floor((Number(level) - Number(minLevel)) / step + 1e-9);
  }
  const levels = knownLevels(test)?.map((l) => l.toLowerCase());
  const [have, need] = [level.trim().toLowerCase(), minLevel.trim().toLowerCase()];
  if (!levels) return have === need ? 0 : null;
  const [i, j] = [levels.indexOf(have), levels.indexOf(need)];
  return i < 0 || j < 0 ? null : i - j;
}

/** Rank of an education level for "at least" rules: SMK (vocational) counts the same as SMA. */
export function educationRank(level: EducationLevel): number {
  const order = educationLevels.filter((l) => l !== 'smk');
  return order.indexOf(level === 'smk' ? 'sma' : level);
}

export function isEducationLevel(value: string | null | undefined): value is EducationLevel {
  return (educationLevels as readonly string[]).includes(value ?? '');
}

export function isIsoDay(value: string | null | undefined): value is string {
  return typeof value === 'string' && isoDay.test(value);
}
