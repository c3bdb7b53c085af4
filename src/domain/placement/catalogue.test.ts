import { describe, expect, it } from 'vitest';
import countries from 'i18n-iso-countries';
import { programmeCatalogue, schemeCatalogue } from './catalogue.js';
import { evaluateEligibility, type EligibilityPerson } from './eligibility.js';
import { ruleSetSchema } from './rules.js';

const today = '2026-11-29';
const verified = '2026-10-02T03:00:00Z';
const ready: EligibilityPerson = {
  birthDate: '1999-04-12',
  sex: 'female',
  education: 'd3',
  status: 'purna',
  regionCode: '16.74',
  qualifications: [
    { kind: 'language_test', title: 'JFT-Basic', level: 'A2', sswFieldCode: null, startedOn: '2026-03-01', endedOn: null },
    { kind: 'skills_test', title: 'Kaigo skills test', level: 'lulus', sswFieldCode: 'nursing_care', startedOn: '2026-05-01', endedOn: null },
  ],
  documents: ['marital_status_letter', 'family_permission', 'passport']
    .map((typeCode) => ({ typeCode, issuedOn: '2026-01-10', expiresOn: null, verifiedAt: verified }))
    .concat({ typeCode: 'health_certificate', issuedOn: '2026-10-20', expiresOn: null, verifiedAt: verified }),
};

describe('scheme catalogue', () => {
  const all = [...schemeCatalogue, ...programmeCatalogue];

  it('holds the six schemes, valid rule sets at version 1, named in both languages', () => {
    expect(schemeCatalogue.map((s) => s.code)).toEqual(['g_to_g', 'g_to_p', 'p_to_p', 'ssw_japan', 'mandiri', 'ukps']);
    for (const s of all) {
      expect(ruleSetSchema.parse(s.ruleSet)).toEqual(s.ruleSet);
      expect(s.ruleSet).toMatchObject({ schemeCode: s.code, version: 1 });
      for (const text of [s.nameId, s.nameEn, s.descriptionId, s.descriptionEn]) expect(text.trim()).not.toBe('');
      for (const c of s.countryCodes) expect(countries.isValid(c), `${s.code}: ${c}`).toBe(true);
    }
  });

  it('asks every scheme for the legal floor and the documents that exist before departure', () => {
    for (const s of all) {
      expect(s.ruleSet.rules).toEqual(
        expect.arrayContaining([
          { id: 'age_min', kind: 'age_min', years: 18 },
          { id: 'health', kind: 'health_certificate' },
          { id: 'status', kind: 'status', allowed: ['cpmi', 'purna'] },
          { id: 'documents', kind: 'documents', typeCodes: ['marital_status_letter', 'family_permission', 'passport'] },
        ]),
      );
      const documents = s.ruleSet.rules.flatMap((r) => (r.kind === 'documents' ? r.typeCodes : []));
      for (const later of ['work_visa', 'placement_agreement', 'work_contract']) expect(documents).not.toContain(later);
    }
  });

  it('lets a ready SSW candidate through and holds the nurse programme until staff check the registration', () => {
    const ssw = schemeCatalogue.find((s) => s.code === 'ssw_japan')!;
    expect(evaluateEligibility(ready, ssw.ruleSet, { today, sswFieldCode: 'nursing_care' }).outcome).toBe('eligible');
    expect(evaluateEligibility(ready, ssw.ruleSet, { today, sswFieldCode: 'agriculture' }).outcome).toBe('not_eligible');
    const nurse = programmeCatalogue.find((p) => p.code === 'g_to_g_japan_nurse')!;
    expect(nurse.schemeCode).toBe('g_to_g');
    expect(evaluateEligibility(ready, nurse.ruleSet, { today }).outcome).toBe('unknown');
    expect(evaluateEligibility(ready, nurse.ruleSet, { today, checks: { nurse_registration: 'met' } }).outcome).toBe('eligible');
    expect(evaluateEligibility({ ...ready, education: 'sma' }, nurse.ruleSet, { today, checks: { nurse_registration: 'met' } }).outcome).toBe('not_eligible');
  });
});
