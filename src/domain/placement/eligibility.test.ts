import { describe, expect, it } from 'vitest';
import {
  evaluateEligibility,
  eligibilityMessageParams,
  type EligibilityPerson,
  type PersonDocument,
  type PersonQualification,
  type RuleResult,
} from './eligibility.js';
import { languageLevelSteps, ruleSetSchema, type RequirementRule, type RuleSet } from './rules.js';
import { schemeCatalogue } from './catalogue.js';

const today = '2026-11-29';

const person = (over: Partial<EligibilityPerson> = {}): EligibilityPerson => ({
  birthDate: '2000-05-10',
  sex: 'female',
  education: 'sma',
  status: 'cpmi',
  regionCode: '16.74',
  qualifications: [],
  documents: [],
  ...over,
});
const q = (over: Partial<PersonQualification> & Pick<PersonQualification, 'kind' | 'title'>): PersonQualification => ({
  level: null,
  sswFieldCode: null,
  startedOn: null,
  endedOn: null,
  ...over,
});
const doc = (typeCode: string, over: Partial<PersonDocument> = {}): PersonDocument => ({
  typeCode,
  issuedOn: '2026-10-01',
  expiresOn: null,
  verifiedAt: null,
  ...over,
});

/** Every message the evaluator built in this file, to check them against the declared parameters. */
const emitted: RuleResult[] = [];
const one = (rule: RequirementRule, p: EligibilityPerson, options: Parameters<typeof evaluateEligibility>[2] = { today }) => {
  const result = evaluateEligibility(p, { schemeCode: 'test', version: 1, rules: [rule] }, options);
  emitted.push(...result.rules);
  return result.rules[0]!;
};

describe('age', () => {
  const min18: RequirementRule = { id: 'age', kind: 'age_min', years: 18 };
  const max35: RequirementRule = { id: 'age', kind: 'age_max', years: 35 };

  it('counts the 18th birthday itself, not the day before', () => {
    const p = person({ birthDate: '2008-11-29' });
    expect(one(min18, p, { today: '2026-11-28' })).toMatchObject({
      status: 'not_met',
      reason: { code: 'age.below_min', params: { age: 17, min: 18 } },
      gap: { code: 'age.reaches_min_on', params: { date: '2026-11-29' }, closable: true },
    });
    expect(one(min18, p, { today: '2026-11-29' })).toMatchObject({ status: 'met', reason: { code: 'age.min_met', params: { age: 18 } } });
  });

  it('judges age on the planned departure date when one is given', () => {
    const p = person({ birthDate: '2008-12-15' });
    expect(one(min18, p, { today }).status).toBe('not_met');
    expect(one(min18, p, { today, referenceDate: '2026-12-15' })).toMatchObject({ status: 'met', reason: { params: { on: '2026-12-15' } } });
  });

  it('does not call a child years from 18 a gap one can close', () => {
    expect(one(min18, person({ birthDate: '2012-01-01' })).gap).toMatchObject({ closable: false });
  });

  it('passes at 35 years and 364 days and fails on the 36th birthday', () => {
    const p = person({ birthDate: '1990-11-30' });
    expect(one(max35, p, { today: '2026-11-29' })).toMatchObject({ status: 'met', reason: { code: 'age.max_met', params: { age: 35, max: 35 } } });
    expect(one(max35, p, { today: '2026-11-30' })).toMatchObject({ status: 'not_met', reason: { code: 'age.above_max', params: { age: 36 } } });
    expect(one(max35, p, { today: '2026-11-30' }).gap).toBeUndefined();
  });

  it('is unknown without a birth date', () => {
    expect(one(min18, person({ birthDate: null }))).toMatchObject({
      status: 'unknown',
      reason: { code: 'age.birth_date_missing' },
      gap: { code: 'age.record_birth_date' },
    });
    expect(one(max35, person({ birthDate: null })).status).toBe('unknown');
  });
});

describe('education', () => {
  const d3: RequirementRule = { id: 'edu', kind: 'education_min', level: 'd3' };
  const sma: RequirementRule = { id: 'edu', kind: 'education_min', level: 'sma' };
  it('is met at or above the level, SMK counting as SMA', () => {
    expect(one(d3, person({ education: 'd3' })).status).toBe('met');
    expect(one(d3, person({ education: 's1' })).status).toBe('met');
    expect(one(sma, person({ education: 'smk' })).status).toBe('met');
    expect(one({ id: 'edu', kind: 'education_min', level: 'smk' }, person({ education: 'sma' })).status).toBe('met');
  });
  it('is not met below the level, unknown when not recorded', () => {
    expect(one(d3, person({ education: 'smk' }))).toMatchObject({
      status: 'not_met',
      reason: { code: 'education.below_min', params: { level: 'smk', min: 'd3' } },
      gap: { code: 'education.needed', closable: false },
    });
    expect(one(sma, person({ education: 'smp' })).status).toBe('not_met');
    expect(one(d3, person({ education: null }))).toMatchObject({ status: 'unknown', reason: { code: 'education.missing' } });
  });
});

describe('language', () => {
  const ssw: RequirementRule = {
    id: 'jp',
    kind: 'language',
    anyOf: [
      { test: 'JFT-Basic', minLevel: 'A2' },
      { test: 'JLPT', minLevel: 'N4' },
    ],
  };
  const lang = (title: string, level: string | null, endedOn: string | null = null) => q({ kind: 'language_test', title, level, endedOn });

  it('is not met with the options as the gap when no test is recorded', () => {
    expect(one(ssw, person())).toMatchObject({
      status: 'not_met',
      reason: { code: 'language.none', params: { options: ['JFT-Basic A2', 'JLPT N4'] } },
      gap: { code: 'language.take_test', closable: true },
    });
  });
  it('takes JFT-Basic A2 alone, and a higher JLPT level for a lower one', () => {
    expect(one(ssw, person({ qualifications: [lang('JFT-Basic', 'A2')] }))).toMatchObject({
      status: 'met',
      reason: { code: 'language.met', params: { found: 'JFT-Basic A2' } },
    });
    expect(one(ssw, person({ qualifications: [lang('JLPT', 'N3')] })).status).toBe('met');
    expect(one(ssw, person({ qualifications: [lang('jlpt', 'n1')] })).status).toBe('met');
  });
  it('refuses JLPT N5 for N4', () => {
    expect(one(ssw, person({ qualifications: [lang('JLPT', 'N5')] }))).toMatchObject({
      status: 'not_met',
      reason: { code: 'language.too_low', params: { found: 'JLPT N5' } },
    });
  });
  it('does not count an expired certificate on the reference day', () => {
    const p = person({ qualifications: [lang('JFT-Basic', 'A2', '2026-11-28')] });
    expect(one(ssw, p)).toMatchObject({ status: 'not_met', reason: { code: 'language.expired', params: { found: 'JFT-Basic A2', on: '2026-11-28' } } });
    expect(one(ssw, person({ qualifications: [lang('JFT-Basic', 'A2', '2026-11-29')] })).status).toBe('met');
    expect(one(ssw, person({ qualifications: [lang('JFT-Basic', 'A2', '2026-12-31')] }), { today, referenceDate: '2027-01-15' }).status).toBe('not_met');
  });
  it('is unknown when a matching test has no level, and ignores other kinds and tests', () => {
    expect(one(ssw, person({ qualifications: [lang('JLPT', null)] }))).toMatchObject({
      status: 'unknown',
      reason: { code: 'language.level_missing', params: { test: 'JLPT' } },
    });
    expect(one(ssw, person({ qualifications: [q({ kind: 'skills_test', title: 'JLPT', level: 'N1' }), lang('TOPIK', '6')] })).reason.code).toBe(
      'language.none',
    );
  });
  it('orders levels of NAT-TEST, TOPIK and IELTS, and takes "lulus" tests by presence', () => {
    expect(languageLevelSteps('NAT-TEST', '1Q', '4Q')).toBe(3);
    expect(languageLevelSteps('NAT-TEST', '5Q', '4Q')).toBe(-1);
    expect(languageLevelSteps('TOPIK', '6', '3')).toBe(3);
    expect(languageLevelSteps('IELTS', '6.5', '5.5')).toBe(2);
    expect(languageLevelSteps('IELTS', '5.0', '5.5')).toBe(-1);
    expect(languageLevelSteps('JLPT', 'N6', 'N4')).toBeNull();
    const kaigo: RequirementRule = { id: 'care', kind: 'language', anyOf: [{ test: 'Kaigo Nihongo', minLevel: 'lulus' }] };
    expect(one(kaigo, person({ qualifications: [lang('Kaigo Nihongo', null)] })).status).toBe('met');
    expect(one(kaigo, person()).status).toBe('not_met');
  });
});

describe('skills test', () => {
  const jobField: RequirementRule = { id: 'skills', kind: 'skills_test' };
  const test = (sswFieldCode: string, endedOn: string | null = null) => q({ kind: 'skills_test', title: 'SSW skills test', sswFieldCode, endedOn });
  it("uses the job order's field when the rule names none", () => {
    const p = person({ qualifications: [test('nursing_care')] });
    expect(one(jobField, p, { today, sswFieldCode: 'nursing_care' })).toMatchObject({
      status: 'met',
      reason: { code: 'skills_test.met', params: { field: 'nursing_care' } },
    });
    expect(one(jobField, p, { today, sswFieldCode: 'agriculture' })).toMatchObject({
      status: 'not_met',
      reason: { code: 'skills_test.none' },
      gap: { code: 'skills_test.take', params: { field: 'agriculture' } },
    });
  });
  it('prefers the field of the rule, refuses an expired test, and is unknown without any field', () => {
    const rule: RequirementRule = { id: 'skills', kind: 'skills_test', sswFieldCode: 'food_service' };
    expect(one(rule, person({ qualifications: [test('food_service')] }), { today, sswFieldCode: 'agriculture' }).status).toBe('met');
    expect(one(rule, person({ qualifications: [test('food_service', '2026-01-31')] }))).toMatchObject({
      status: 'not_met',
      reason: { code: 'skills_test.expired', params: { on: '2026-01-31' } },
    });
    expect(one(jobField, person({ qualifications: [test('food_service')] }))).toMatchObject({
      status: 'unknown',
      reason: { code: 'skills_test.field_unknown' },
    });
  });
  it('matches a titled test by its title', () => {
    const rule: RequirementRule = { id: 'skills', kind: 'skills_test', title: 'Uji kompetensi las' };
    expect(one(rule, person({ qualifications: [q({ kind: 'skills_test', title: 'uji kompetensi LAS' })] })).status).toBe('met');
    expect(one(rule, person({ qualifications: [q({ kind: 'skills_test', title: 'Uji kompetensi listrik' })] })).status).toBe('not_met');
  });
});

describe('health certificate', () => {
  const rule: RequirementRule = { id: 'health', kind: 'health_certificate' };
  it('is valid issued exactly three months ago, not three months and a day', () => {
    expect(one(rule, person({ documents: [doc('health_certificate', { issuedOn: '2026-08-29' })] }))).toMatchObject({
      status: 'met',
      reason: { code: 'health.met', params: { issued: '2026-08-29', until: '2026-11-29' } },
    });
    expect(one(rule, person({ documents: [doc('health_certificate', { issuedOn: '2026-08-28' })] }))).toMatchObject({
      status: 'not_met',
      reason: { code: 'health.expired', params: { on: '2026-11-28' } },
      gap: { code: 'health.examine' },
    });
  });
  it('takes the latest certificate, an earlier typed expiry, and the departure date', () => {
    const docs = [doc('health_certificate', { issuedOn: '2026-01-01' }), doc('health_certificate', { issuedOn: '2026-11-01' })];
    expect(one(rule, person({ documents: docs })).status).toBe('met');
    expect(one(rule, person({ documents: [doc('health_certificate', { issuedOn: '2026-11-01', expiresOn: '2026-11-20' })] })).reason).toEqual({
      code: 'health.expired',
      params: { on: '2026-11-20' },
    });
    expect(one(rule, person({ documents: docs }), { today, referenceDate: '2027-02-02' }).status).toBe('not_met');
  });
  it('is not met without a certificate and unknown without its issue date', () => {
    expect(one(rule, person()).reason.code).toBe('health.none');
    expect(one(rule, person({ documents: [doc('health_certificate', { issuedOn: null })] }))).toMatchObject({
      status: 'unknown',
      reason: { code: 'health.issue_date_missing' },
    });
  });
});

describe('documents', () => {
  const rule: RequirementRule = { id: 'docs', kind: 'documents', typeCodes: ['passport', 'family_permission'], verified: true };
  const ok = [
    doc('passport', { expiresOn: '2030-01-01', verifiedAt: '2026-10-02T03:00:00Z' }),
    doc('family_permission', { verifiedAt: '2026-10-02T03:00:00Z' }),
  ];
  it('is met when each is present, valid and verified', () => {
    expect(one(rule, person({ documents: ok }))).toMatchObject({
      status: 'met',
      reason: { code: 'documents.met', params: { types: ['passport', 'family_permission'] } },
    });
  });
  it('names the missing, expired and unverified ones', () => {
    expect(one(rule, person({ documents: [ok[1]!] }))).toMatchObject({
      status: 'not_met',
      reason: { code: 'documents.missing', params: { types: ['passport'] } },
    });
    const expired = [doc('passport', { expiresOn: '2026-11-01', verifiedAt: '2026-10-02T03:00:00Z' }), ok[1]!];
    expect(one(rule, person({ documents: expired }))).toMatchObject({
      reason: { code: 'documents.expired', params: { types: ['passport'] } },
      gap: { code: 'documents.complete' },
    });
    const unverified = [ok[0]!, doc('family_permission')];
    expect(one(rule, person({ documents: unverified }))).toMatchObject({
      reason: { code: 'documents.unverified', params: { types: ['family_permission'] } },
      gap: { code: 'documents.verify' },
    });
    expect(one({ ...rule, verified: false }, person({ documents: unverified })).status).toBe('met');
  });
  it('lists every document to provide in the gap when several are wrong', () => {
    const r = one(rule, person({ documents: [doc('passport', { expiresOn: '2026-01-01' })] }));
    expect(r.gap).toMatchObject({ code: 'documents.complete', params: { types: ['family_permission', 'passport'] } });
  });
});

describe('sex, status and work experience', () => {
  it('checks sex where a programme demands it', () => {
    const rule: RequirementRule = { id: 'sex', kind: 'sex', allowed: ['female'] };
    expect(one(rule, person({ sex: 'female' })).status).toBe('met');
    expect(one(rule, person({ sex: 'male' }))).toMatchObject({ status: 'not_met', reason: { code: 'sex.not_allowed' } });
    expect(one(rule, person({ sex: 'male' })).gap).toBeUndefined();
    expect(one(rule, person({ sex: null })).status).toBe('unknown');
  });

  it('keeps a PMI abroad from applying, lets a returnee re-register', () => {
    const rule: RequirementRule = { id: 'status', kind: 'status', allowed: ['cpmi'] };
    expect(one(rule, person({ status: 'cpmi' })).status).toBe('met');
    expect(one(rule, person({ status: 'pmi' }))).toMatchObject({ status: 'not_met', reason: { code: 'status.abroad' } });
    expect(one(rule, person({ status: 'pmi' })).gap).toBeUndefined();
    expect(one(rule, person({ status: 'purna' }))).toMatchObject({ status: 'not_met', gap: { code: 'status.register_again', closable: true } });
    expect(one({ id: 's', kind: 'status', allowed: ['purna'] }, person({ status: 'cpmi' })).gap).toBeUndefined();
  });

  it('counts months of work history once, open periods until today', () => {
    const rule: RequirementRule = { id: 'exp', kind: 'work_experience', minMonths: 24 };
    const work = (startedOn: string | null, endedOn: string | null, sswFieldCode: string | null = null) =>
      q({ kind: 'work_history', title: 'Operator', startedOn, endedOn, sswFieldCode });
    expect(one(rule, person({ qualifications: [work('2024-01-01', '2025-12-31')] }))).toMatchObject({
      status: 'met',
      reason: { code: 'work_experience.met', params: { months: 24 } },
    });
    // Overlap counted once: Jan 2024–Jun 2025 is 18 months.
    expect(one(rule, person({ qualifications: [work('2024-01-01', '2024-12-31'), work('2024-07-01', '2025-06-30')] }))).toMatchObject({
      status: 'not_met',
      reason: { code: 'work_experience.short', params: { months: 18 } },
      gap: { code: 'work_experience.needed', params: { months: 6 } },
    });
    expect(one(rule, person({ qualifications: [work('2024-11-29', null)] })).reason.params).toEqual({ months: 24, min: 24 });
    // Not the months still to come before a planned departure.
    expect(one(rule, person({ qualifications: [work('2025-01-01', null)] }), { today, referenceDate: '2027-06-01' }).status).toBe('not_met');
    expect(one(rule, person({ qualifications: [work(null, '2025-01-01')] }))).toMatchObject({
      status: 'unknown',
      reason: { code: 'work_experience.dates_missing' },
    });
    const inField: RequirementRule = { id: 'exp', kind: 'work_experience', minMonths: 6, sswFieldCode: 'agriculture' };
    expect(one(inField, person({ qualifications: [work('2024-01-01', '2025-12-31', 'construction')] }))).toMatchObject({
      status: 'not_met',
      reason: { code: 'work_experience.field_short', params: { months: 0, field: 'agriculture' } },
    });
    expect(one(inField, person({ qualifications: [work('2024-01-01', '2025-12-31', 'agriculture')] })).reason.code).toBe('work_experience.field_met');
  });
});

describe('other rules', () => {
  const rule: RequirementRule = { id: 'str', kind: 'other', text: 'STR / registrasi perawat aktif' };
  it('is unknown until staff answer, then follows the answer', () => {
    expect(one(rule, person())).toMatchObject({
      status: 'unknown',
      reason: { code: 'other.unchecked', params: { text: 'STR / registrasi perawat aktif' } },
      gap: { code: 'other.check' },
    });
    expect(one(rule, person(), { today, checks: { str: 'met' } })).toMatchObject({ status: 'met', reason: { code: 'other.confirmed' } });
    expect(one(rule, person(), { today, checks: { str: 'not_met' } })).toMatchObject({ status: 'not_met', reason: { code: 'other.refused' } });
    expect(one(rule, person(), { today, checks: { other_rule: 'met' } }).status).toBe('unknown');
  });
});

describe('outcome', () => {
  const ruleSet: RuleSet = {
    schemeCode: 'ssw_japan',
    version: 3,
    rules: [
      { id: 'age', kind: 'age_min', years: 18 },
      { id: 'jp', kind: 'language', anyOf: [{ test: 'JLPT', minLevel: 'N4' }] },
      { id: 'check', kind: 'other', text: 'Wawancara' },
    ],
  };
  const withJlpt = person({ qualifications: [q({ kind: 'language_test', title: 'JLPT', level: 'N4' })] });
  it('is eligible when all are met and carries the rule version and days', () => {
    const r = evaluateEligibility(withJlpt, ruleSet, { today, checks: { check: 'met' } });
    expect(r).toMatchObject({ schemeCode: 'ssw_japan', version: 3, evaluatedOn: today, referenceDate: today, outcome: 'eligible' });
    expect(r.rules.map((x) => x.id)).toEqual(['age', 'jp', 'check']);
  });
  it('is unknown when only facts are missing, not eligible when any rule fails', () => {
    expect(evaluateEligibility(withJlpt, ruleSet, { today }).outcome).toBe('unknown');
    expect(evaluateEligibility(person(), ruleSet, { today }).outcome).toBe('not_eligible');
    expect(evaluateEligibility(person({ birthDate: null }), ruleSet, { today, checks: { check: 'met' } }).outcome).toBe('not_eligible');
  });
});

describe('rule schema', () => {
  it('accepts the catalogue and refuses malformed rules', () => {
    for (const scheme of schemeCatalogue) expect(ruleSetSchema.safeParse(scheme.ruleSet).success).toBe(true);
    const bad = (rules: unknown[]) => ruleSetSchema.safeParse({ schemeCode: 'x', version: 1, rules }).success;
    expect(bad([{ id: 'a', kind: 'age_min' }])).toBe(false);
    expect(bad([{ id: 'a', kind: 'age_min', years: 18, extra: 1 }])).toBe(false);
    expect(bad([{ id: 'a', kind: 'nope' }])).toBe(false);
    expect(bad([{ id: 'a', kind: 'language', anyOf: [{ test: 'JLPT', minLevel: 'N6' }] }])).toBe(false);
    expect(bad([{ id: 'a', kind: 'language', anyOf: [{ test: 'IELTS', minLevel: '5.5' }] }])).toBe(true);
    expect(
      bad([
        { id: 'a', kind: 'health_certificate' },
        { id: 'a', kind: 'other', text: 'x' },
      ]),
    ).toBe(false);
  });
});

describe('emitted messages', () => {
  it('carry exactly the parameters their code declares', () => {
    expect(emitted.length).toBeGreaterThan(50);
    for (const r of emitted) {
      for (const m of [r.reason, ...(r.gap ? [r.gap] : [])]) {
        expect(Object.keys(m.params).sort(), m.code).toEqual([...eligibilityMessageParams[m.code]].sort());
      }
    }
  });
});
