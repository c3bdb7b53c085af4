/**
 * The default placement schemes (skema penempatan), seeded into the database at version 1 and edited there
 * afterwards. Sources: UU 18/2017 (Pasal 5, 13, 49) and the five schemes BP3MI Sumatera Selatan names, as
 * summarised in DOMAIN.md; SSW Japan is listed apart because its requirements differ, though it runs mainly
 * as P to P since March 2023. Where a fact is uncertain the comment says so: correct the data, not the code.
 */
import type { RequirementRule, RuleSet } from './rules.js';

export interface SchemeDefinition {
  code: string;
  nameId: string;
  nameEn: string;
  descriptionId: string;
  descriptionEn: string;
  /** ISO 3166-1 alpha-2; empty when the scheme is not tied to particular countries. */
  countryCodes: string[];
  ruleSet: RuleSet;
}

/** A programme inside a scheme, with rules of its own (a G to G programme for one country and occupation). */
export interface ProgrammeDefinition extends SchemeDefinition {
  schemeCode: string;
}

/**
 * Rules every scheme shares: the floor of UU 18/2017 Pasal 5 (18 years, healthy) and the Pasal 13
 * documents that exist before departure. Of the eight Pasal 13 documents, the work visa (f), placement
 * agreement (g) and work contract (h) are made later in the pipeline (stages `placement_agreement`, `visa`,
 * `work_contract`), so asking for them to apply would refuse everyone; the health certificate (d) has its
 * own rule because of its three-month validity. The work competency certificate (c) is left to each scheme:
 * for SSW the field's skills test stands for it, and elsewhere it is often earned in training after
 * registration — whether it should be a gate at application is not settled (DOMAIN.md does not say).
 * Social security (BPJS Ketenagakerjaan, Pasal 5) is a later stage too.
 * A PMI working abroad may not apply until they return; a returnee (purna) may apply again.
 */
const baseRules = (): RequirementRule[] => [
  { id: 'age_min', kind: 'age_min', years: 18 },
  { id: 'health', kind: 'health_certificate' },
  { id: 'status', kind: 'status', allowed: ['cpmi', 'purna'] },
  { id: 'documents', kind: 'documents', typeCodes: ['marital_status_letter', 'family_permission', 'passport'] },
];

const ruleSet = (schemeCode: string, extra: RequirementRule[] = []): RuleSet => ({ schemeCode, version: 1, rules: [...baseRules(), ...extra] });

export const schemeCatalogue: SchemeDefinition[] = [
  {
    code: 'g_to_g',
    nameId: 'G to G (Government to Government)',
    nameEn: 'G to G (government to government)',
    descriptionId: 'Penempatan oleh BP2MI berdasarkan perjanjian antarpemerintah (UU 18/2017 Pasal 49).',
    descriptionEn: 'Placement by BP2MI under an agreement between governments (UU 18/2017 Pasal 49).',
    // Japan (IJEPA nurses and careworkers), Korea (EPS), Germany (nurses). Programme-specific limits — EPS's
    // Korean test (EPS-TOPIK) and its age band, IJEPA's nursing diploma — belong to programme rule sets,
    // because one scheme-wide language rule would be wrong for the other countries.
    countryCodes: ['JP', 'KR', 'DE'],
    ruleSet: ruleSet('g_to_g'),
  },
  {
    code: 'g_to_p',
    nameId: 'G to P (Government to Private)',
    nameEn: 'G to P (government to private)',
    descriptionId: 'Penempatan oleh pemerintah kepada pemberi kerja berbadan hukum swasta di negara tujuan.',
    descriptionEn: 'Placement by the government with private employers in the destination country.',
    // Uncertain: DOMAIN.md names the scheme but not its countries. Japan and Germany are given as examples
    // of where government-to-private arrangements have run; correct from current BP2MI announcements.
    countryCodes: ['JP', 'DE'],
    ruleSet: ruleSet('g_to_p'),
  },
  {
    code: 'p_to_p',
    nameId: 'P to P (melalui P3MI)',
    nameEn: 'P to P (through a licensed P3MI)',
    descriptionId: 'Penempatan oleh perusahaan penempatan PMI (P3MI) yang memiliki SIP3MI, atas job order yang diverifikasi atase ketenagakerjaan.',
    descriptionEn: 'Placement by a licensed placement company (P3MI, SIP3MI) on job orders verified by the labour attaché.',
    // The usual destinations of Sumsel PMI and of national statistics (DOMAIN.md); not a closed list.
    countryCodes: ['MY', 'TW', 'HK', 'SG', 'SA', 'QA', 'KW', 'JP'],
    ruleSet: ruleSet('p_to_p'),
  },
  {
    code: 'ssw_japan',
    nameId: 'SSW Jepang (Tokutei Ginou)',
    nameEn: 'SSW Japan (Specified Skilled Worker, Tokutei Ginou)',
    descriptionId: 'Pekerja berketerampilan spesifik ke Jepang: lulus uji keterampilan bidang dan tes bahasa Jepang JFT-Basic A2 atau JLPT N4.',
    descriptionEn: 'Specified skilled work in Japan: pass the field’s skills test and Japanese at JFT-Basic A2 or JLPT N4.',
    countryCodes: ['JP'],
    // The skills test names no field: the job order's SSW field is used. Field-specific extras — the care
    // Japanese test (Kaigo Nihongo) for nursing care, JLPT N3 for bus and taxi drivers — go on job orders of
    // those fields, not here.
    ruleSet: ruleSet('ssw_japan', [
      {
        id: 'japanese',
        kind: 'language',
        anyOf: [
          { test: 'JFT-Basic', minLevel: 'A2' },
          { test: 'JLPT', minLevel: 'N4' },
        ],
      },
      { id: 'skills_test', kind: 'skills_test' },
    ]),
  },
  {
    code: 'mandiri',
    nameId: 'Perseorangan / Mandiri',
    nameEn: 'Individual (mandiri)',
    descriptionId: 'PMI yang mendapatkan pekerjaan sendiri tanpa melalui P3MI; tetap wajib memenuhi syarat dan mengikuti proses di BP3MI.',
    descriptionEn: 'A PMI who finds work without a P3MI; the requirements and the process at the BP3MI still apply.',
    countryCodes: [],
    ruleSet: ruleSet('mandiri'),
  },
  {
    code: 'ukps',
    nameId: 'UKPS / ICT (untuk kepentingan perusahaan sendiri)',
    nameEn: 'UKPS / intra-corporate transfer',
    descriptionId: 'Perusahaan menempatkan pekerjanya sendiri di cabang atau mitranya di luar negeri (UU 18/2017 Pasal 49).',
    descriptionEn: 'A company placing its own employees with its branches or partners abroad (UU 18/2017 Pasal 49).',
    countryCodes: [],
    ruleSet: ruleSet('ukps'),
  },
];

/**
 * G to G nurses for Japan (IJEPA): at most 35 (DOMAIN.md) and a nursing diploma of at least D3. The
 * registry records the level of education, not its subject, so "nursing" and an active nurse registration
 * (STR) are checked by staff. Not encoded, because DOMAIN.md does not state them: the work experience as a
 * nurse and the Japanese training that IJEPA programmes have asked for; check each year's announcement.
 */
export const programmeCatalogue: ProgrammeDefinition[] = [
  {
    code: 'g_to_g_japan_nurse',
    schemeCode: 'g_to_g',
    nameId: 'G to G Jepang: perawat (IJEPA)',
    nameEn: 'G to G Japan: nurses (IJEPA)',
    descriptionId: 'Program perawat ke Jepang dalam kerangka IJEPA; usia maksimal 35 tahun, pendidikan keperawatan minimal D3.',
    descriptionEn: 'Nurses to Japan under IJEPA; at most 35 years old, nursing education of at least D3.',
    countryCodes: ['JP'],
    ruleSet: ruleSet('g_to_g_japan_nurse', [
      { id: 'age_max', kind: 'age_max', years: 35 },
      { id: 'education', kind: 'education_min', level: 'd3' },
      { id: 'nurse_registration', kind: 'other', text: 'STR / registrasi perawat aktif' },
    ]),
  },
];
