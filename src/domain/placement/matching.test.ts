import { describe, expect, it } from 'vitest';
import { evaluateEligibility, type EligibilityPerson, type PersonQualification } from './eligibility.js';
import { matchScore, matchWeights, rankCandidates, type MatchJobOrder } from './matching.js';
import type { RuleSet } from './rules.js';

const today = '2026-11-29';
const ruleSet: RuleSet = {
  schemeCode: 'ssw_japan',
  version: 1,
  rules: [
    { id: 'age', kind: 'age_min', years: 18 },
    {
      id: 'jp',
      kind: 'language',
      anyOf: [
        { test: 'JFT-Basic', minLevel: 'A2' },
        { test: 'JLPT', minLevel: 'N4' },
      ],
    },
    { id: 'skills', kind: 'skills_test' },
  ],
};
const job: MatchJobOrder = { id: 'job-1', sswFieldCode: 'agriculture', targetRegionCode: '16.74', ruleSet };

const q = (over: Partial<PersonQualification> & Pick<PersonQualification, 'kind' | 'title'>): PersonQualification => ({
  level: null,
  sswFieldCode: null,
  startedOn: null,
  endedOn: null,
  ...over,
});
const jlpt = (level: string) => q({ kind: 'language_test', title: 'JLPT', level });
const skills = (field = 'agriculture') => q({ kind: 'skills_test', title: 'SSW skills test', sswFieldCode: field });
const work = (startedOn: string, endedOn: string | null, field = 'agriculture') =>
  q({ kind: 'work_history', title: 'Petani', sswFieldCode: field, startedOn, endedOn });
const person = (qualifications: PersonQualification[], over: Partial<EligibilityPerson> = {}): EligibilityPerson => ({
  birthDate: '2000-01-01',
  sex: 'male',
  education: 'sma',
  status: 'cpmi',
  regionCode: '16.74.03.2001',
  qualifications,
  documents: [],
  ...over,
});
const score = (p: EligibilityPerson, j: MatchJobOrder = job) => matchScore(p, j, evaluateEligibility(p, j.ruleSet, { today, sswFieldCode: j.sswFieldCode }));

describe('match score', () => {
  it('explains every component and adds them up', () => {
    const s = score(person([jlpt('N3'), skills(), work('2023-11-29', '2025-11-28')]));
    expect(s.tier).toBe('eligible');
    expect(s.components.map((c) => [c.key, c.points, c.reason.code])).toEqual([
      ['field', matchWeights.fieldSkillsTest + matchWeights.fieldWorkHistory, 'match.field_both'],
      ['experience', 24, 'match.experience_in_field'],
      ['language', 5, 'match.language_above'],
      ['region', 10, 'match.region_same'],
    ]);
    expect(s.total).toBe(s.components.reduce((sum, c) => sum + c.points, 0));
    expect(s.total).toBe(69);
    for (const c of s.components) expect(c.points).toBeLessThanOrEqual(c.max);
  });

  it('counts only field experience, caps it, and gives nothing for the bare language minimum', () => {
    const s = score(
      person([jlpt('N4'), skills(), work('2015-01-01', '2025-01-01'), work('2020-01-01', '2025-01-01', 'construction')], { regionCode: '16.07.01.2001' }),
    );
    expect(s.components.find((c) => c.key === 'experience')!.points).toBe(matchWeights.experienceMaxMonths);
    expect(s.components.find((c) => c.key === 'language')!.reason.code).toBe('match.language_minimum');
    expect(s.components.find((c) => c.key === 'region')).toMatchObject({ points: 0, reason: { code: 'match.region_other', params: { region: '16.74' } } });
  });

  it('caps the language component and ignores a job order without field or region', () => {
    const bare: MatchJobOrder = { id: 'job-2', ruleSet };
    const s = score(person([jlpt('N1'), skills()]), bare);
    expect(s.components.map((c) => [c.key, c.points, c.reason.code])).toEqual([
      ['field', 0, 'match.field_not_set'],
      ['experience', 0, 'match.experience'],
      ['language', matchWeights.languageMax, 'match.language_above'],
      ['region', 0, 'match.region_not_set'],
    ]);
  });

  it('calls one or two closable gaps almost eligible, and an unclosable one not', () => {
    expect(score(person([skills()]))).toMatchObject({ tier: 'almost', gaps: 1, closableGaps: 1, notMetRuleIds: ['jp'] });
    expect(score(person([]))).toMatchObject({ tier: 'almost', gaps: 2 });
    const strict: MatchJobOrder = { ...job, ruleSet: { ...ruleSet, rules: [...ruleSet.rules, { id: 'max', kind: 'age_max', years: 25 }] } };
    expect(score(person([skills()]), strict)).toMatchObject({ tier: 'not_eligible', gaps: 2, closableGaps: 1 });
    expect(score(person([jlpt('N4'), skills()], { birthDate: null }))).toMatchObject({ tier: 'to_check', gaps: 0, unknowns: 1 });
  });
});

describe('ranking', () => {
  it('puts eligible by score, then those to check, then almost eligible by fewest gaps, then the rest, ties by id', () => {
    const candidates = [
      { id: 'e-low', p: person([jlpt('N4'), skills()], { regionCode: null }) },
      { id: 'a-two', p: person([]) },
      { id: 'n-old', p: person([skills()], { birthDate: '1980-01-01' }) },
      { id: 'e-high', p: person([jlpt('N2'), skills(), work('2024-01-01', null)]) },
      { id: 'a-one', p: person([skills()]) },
      { id: 'c-check', p: person([jlpt('N4'), skills()], { birthDate: null }) },
      { id: 'e-low-b', p: person([jlpt('N4'), skills()], { regionCode: null }) },
    ];
    const strict: MatchJobOrder = { ...job, ruleSet: { ...ruleSet, rules: [...ruleSet.rules, { id: 'max', kind: 'age_max', years: 35 }] } };
    const scored = candidates.map((c) => ({ id: c.id, score: score(c.p, strict) }));
    expect(rankCandidates(scored).map((c) => c.id)).toEqual(['e-high', 'e-low', 'e-low-b', 'c-check', 'a-one', 'a-two', 'n-old']);
    expect(rankCandidates([...scored].reverse()).map((c) => c.id)).toEqual(rankCandidates(scored).map((c) => c.id));
    expect(scored.map((c) => c.id)[0]).toBe('e-low');
  });
});
