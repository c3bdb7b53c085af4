/**
 * Vocabularies and rules of the registry (pendataan), pure and without I/O. The database stores these
 * codes; labels live in the locale files under `registry.*`.
 */

export const sexes = ['female', 'male'] as const;
export type Sex = (typeof sexes)[number];

/** The migration cycle of UU 18/2017: calon PMI → PMI (working abroad) → PMI Purna (returned). */
export const lifecycleStatuses = ['cpmi', 'pmi', 'purna'] as const;
export type LifecycleStatus = (typeof lifecycleStatuses)[number];

/**
 * Allowed moves. A returnee who leaves again becomes a CPMI again (registration, selection, OPP…);
 * nobody skips a step, so statistics of departures and returns stay honest.
 */
export const statusTransitions: Record<LifecycleStatus, readonly LifecycleStatus[]> = {
  cpmi: ['pmi'],
  pmi: ['purna'],
  purna: ['cpmi'],
};

export function canMoveStatus(from: LifecycleStatus, to: LifecycleStatus): boolean {
  return statusTransitions[from].includes(to);
}

/** Highest completed education (pendidikan terakhir). */
export const educationLevels = ['none', 'sd', 'smp', 'sma', 'smk', 'd1', 'd2', 'd3', 'd4', 's1', 's2', 's3'] as const;
export type EducationLevel = (typeof educationLevels)[number];

/** Status perkawinan as on the KTP: belum kawin, kawin, cerai hidup, cerai mati. */
export const maritalStatuses = ['single', 'married', 'divorced', 'widowed'] as const;
export type MaritalStatus = (typeof maritalStatuses)[number];

export const familyRelations = ['spouse', 'father', 'mother', 'child', 'sibling', 'guardian', 'other'] as const;
export type FamilyRelation = (typeof familyRelations)[number];

export const qualificationKinds = ['language_test', 'competency_certificate', 'skills_test', 'work_history'] as const;
export type QualificationKind = (typeof qualificationKinds)[number];

/** Language tests offered in the form, with their levels; others may be typed in. */
export const languageTests: Record<string, readonly string[]> = {
  'JFT-Basic': ['A2'],
  JLPT: ['N5', 'N4', 'N3', 'N2', 'N1'],
  'NAT-TEST': ['5Q', '4Q', '3Q', '2Q', '1Q'],
  'Kaigo Nihongo': ['lulus'],
  'EPS-TOPIK': ['lulus'],
  TOPIK: ['1', '2', '3', '4', '5', '6'],
  IELTS: ['4.0', '4.5', '5.0', '5.5', '6.0', '6.5', '7.0', '7.5', '8.0'],
};

/** Legal bases of processing in UU 27/2022 Pasal 20 ayat (2). */
export const legalBases = ['consent', 'contract', 'legal_obligation', 'vital_interest', 'public_task', 'legitimate_interest'] as const;
export type LegalBasis = (typeof legalBases)[number];

export const consentChannels = ['paper', 'in_person', 'phone', 'whatsapp', 'online'] as const;
export type ConsentChannel = (typeof consentChannels)[number];

/** Age bands for the list filter and reports (UU 18/2017 Pasal 5: at least 18). */
export const ageBands = ['under18', '18-24', '25-34', '35-44', '45plus'] as const;
export type AgeBand = (typeof ageBands)[number];

/** Birth-date range [from, to] (inclusive, ISO dates) of an age band on a given day. */
export function birthDateRange(band: AgeBand, today: string): { from?: string; to?: string } {
  const [min, max] = { under18: [0, 17], '18-24': [18, 24], '25-34': [25, 34], '35-44': [35, 44], '45plus': [45, undefined] }[band] as [
    number,
    number | undefined,
  ];
  const shift = (years: number, days = 0) => {
    const d = new Date(`${today}T00:00:00Z`);
    d.setUTCFullYear(d.getUTCFullYear() - years);
    d.setUTCDate(d.getUTCDate() + days);
    return d.toISOString().slice(0, 10);
  };
  // Aged ≥ min: born on or before today − min years. Aged ≤ max: born after today − (max + 1) years.
  return { to: shift(min), ...(max === undefined ? {} : { from: shift(max + 1, 1) }) };
}

/** Age in whole years on a day (both ISO dates). */
export function ageOn(birthDate: string, today: string): number {
  const [by, bm, bd] = birthDate.split('-').map(Number) as [number, number, number];
  const [ty, tm, td] = today.split('-').map(Number) as [number, number, number];
  return ty - by - (tm < bm || (tm === bm && td < bd) ? 1 : 0);
}

/** The same calendar day `months` later (ISO dates; the month's last day when it is shorter). */
export function addMonths(iso: string, months: number): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  const index = y * 12 + (m - 1) + months;
  const [year, month] = [Math.floor(index / 12), (index % 12) + 1];
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${year}-${String(month).padStart(2, '0')}-${String(Math.min(d, last)).padStart(2, '0')}`;
}

/** Document expiry warnings (DOMAIN.md): passport within 6 months, health certificate older than 3 months. */
export type DocumentWarning = 'expired' | 'passport_expiring' | 'health_certificate_old' | 'expiring';

export function documentWarnings(
  doc: { typeCode: string; issuedOn: string | null; expiresOn: string | null },
  today: string,
  validityMonths?: number | null,
): DocumentWarning[] {
  const out: DocumentWarning[] = [];
  // A document valid for a fixed time after issue (health certificate: 3 months) expires then, whatever was typed.
  const effectiveExpiry = validityMonths && doc.issuedOn ? [doc.expiresOn, addMonths(doc.issuedOn, validityMonths)].filter(Boolean).sort()[0]! : doc.expiresOn;
  if (effectiveExpiry && effectiveExpiry < today) out.push('expired');
  if (doc.typeCode === 'health_certificate' && doc.issuedOn && addMonths(doc.issuedOn, 3) < today) {
    if (!out.includes('expired')) out.push('expired');
    out.push('health_certificate_old');
  }
  if (doc.typeCode === 'passport' && doc.expiresOn && doc.expiresOn >= today && doc.expiresOn < addMonths(today, 6)) out.push('passport_expiring');
  else if (!out.includes('expired') && effectiveExpiry && effectiveExpiry < addMonths(today, 1)) out.push('expiring');
  return out;
}

/**
 * Masks an identifier for lists, pages and the audit log so that what is shown next to it cannot narrow
 * it down. A NIK (or KK number: 16 digits) keeps only its first four digits, province and kab/kota, which
 * the record shows anyway (`1674••••••••••••`): its other digits are the kecamatan, the birth date with the
 * sex and a serial, and birth date and sex are on the page, so any more would leave a handful of guesses.
 * Other numbers (passports) keep at most their last two characters (`••••••67`).
 */
export function maskIdentifier(value: string | null | undefined): string | null {
  if (!value) return null;
  if (/^\d{16}$/.test(value)) return `${value.slice(0, 4)}${'•'.repeat(12)}`;
  if (value.length < 6) return '•'.repeat(value.length);
  return `${'•'.repeat(value.length - 2)}${value.slice(-2)}`;
}

/** Normalises an Indonesian phone number to 62… digits (08xx → 628xx, +62 → 62), or null if it is not one. */
export function normalisePhone(input: string): string | null {
  const digits = input.replace(/[\s\-().]/g, '').replace(/^\+/, '');
  if (!/^\d{8,15}$/.test(digits)) return null;
  if (digits.startsWith('0')) return `62${digits.slice(1)}`;
  return digits;
}
