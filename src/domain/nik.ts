/**
 * Rules of the NIK (Nomor Induk Kependudukan), pure and without I/O.
 *
 * A NIK has 16 digits: province (2), kab/kota (2) and kecamatan (2) where the person was first registered
 * (Kemendagri codes), the birth date as DDMMYY with 40 added to the day for women, and a serial from 0001.
 * There is no checksum, so only the structure can be checked. What is impossible is refused; what merely
 * disagrees with other data (birth date, sex, an unknown region) is only a warning, because the NIK on the
 * KTP is authoritative and Dukcapil's data, or our form entries, may be the ones in error.
 */

export const NIK_LENGTH = 16;

type Sex = 'female' | 'male';

/** Why a NIK is refused. `length` carries how many digits were typed, so the message can say it. */
export type NikError = { code: 'length'; length: number } | { code: 'empty' | 'not_digits' | 'province' | 'day' | 'month' | 'date' | 'serial' };

export type NikErrorCode = NikError['code'];

/**
 * Disagreements that do not refuse a NIK. `region_unknown`: the kab/kota code is not in our region table;
 * `district_unknown`: the kab/kota is known but the kecamatan is not (codes change with pemekaran).
 */
export type NikWarning = 'birth_date_mismatch' | 'sex_mismatch' | 'region_unknown' | 'district_unknown';

/** A NIK read into its parts. Region codes are dotted as in our region table: `16`, `16.74`, `16.74.01`. */
export interface NikParts {
  /** The 16 digits, without separators. */
  nik: string;
  provinceCode: string;
  regencyCode: string;
  districtCode: string;
  /** Day of birth, 1–31 (the 40 added for women already taken off). */
  day: number;
  month: number;
  /** Two-digit birth year: the century is not in the NIK (see `nikBirthDate`). */
  yy: number;
  sex: Sex;
  /** Four digits, `0001`–`9999`. */
  serial: string;
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Days in a month; February of a two-digit year has 29 days exactly when YY % 4 === 0 (2000 was a leap year). */
function daysInMonth(month: number, yy: number): number {
  if (month === 2) return yy % 4 === 0 ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** Whether a full year is a leap year (Gregorian). */
function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** Reads an ISO date `YYYY-MM-DD` into numbers, or null when it is not a real date. */
function readIsoDate(date: string): { year: number; month: number; day: number } | null {
  const m = ISO_DATE.exec(date);
  if (!m) return null;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  if (month < 1 || month > 12 || day < 1) return null;
  const max = month === 2 && !isLeapYear(year) ? 28 : daysInMonth(month, 0);
  return day <= max ? { year, month, day } : null;
}

const pad2 = (n: number) => String(n).padStart(2, '0');

/**
 * Removes whitespace, dots and dashes: people copy a NIK from a KTP or a letter as `1674 0147 0395 0003`
 * or `16.74.01.470395.0003`. Anything else (letters, slashes…) is kept, so that `parseNik` refuses it.
 */
export function normaliseNik(input: string): string {
  return input.replace(/[\s.\-\u2010-\u2015]/g, '');
}

/**
 * Normalises and reads a NIK, refusing the first problem found reading left to right: empty, non-digits,
 * length, province `00`, day, month, impossible date (31 April, 30 February, 29 February when YY % 4 !== 0),
 * serial `0000`. Non-digits come before length because their count would not be a number of digits.
 */
export function parseNik(input: string): { ok: true; parts: NikParts } | { ok: false; error: NikError } {
  const nik = normaliseNik(input);
  if (nik === '') return { ok: false, error: { code: 'empty' } };
  if (!/^[0-9]+$/.test(nik)) return { ok: false, error: { code: 'not_digits' } };
  if (nik.length !== NIK_LENGTH) return { ok: false, error: { code: 'length', length: nik.length } };

  const province = nik.slice(0, 2);
  if (province === '00') return { ok: false, error: { code: 'province' } };

  const rawDay = Number(nik.slice(6, 8));
  const month = Number(nik.slice(8, 10));
  const yy = Number(nik.slice(10, 12));
  const serial = nik.slice(12, 16);

  // Men 01–31, women 41–71: 00, 32–40 and 72–99 belong to nobody.
  const female = rawDay > 40;
  const day = female ? rawDay - 40 : rawDay;
  if (day < 1 || day > 31) return { ok: false, error: { code: 'day' } };
  if (month < 1 || month > 12) return { ok: false, error: { code: 'month' } };
  if (day > daysInMonth(month, yy)) return { ok: false, error: { code: 'date' } };
  if (serial === '0000') return { ok: false, error: { code: 'serial' } };

  return {
    ok: true,
    parts: {
      nik,
      provinceCode: province,
      regencyCode: `${province}.${nik.slice(2, 4)}`,
      districtCode: `${province}.${nik.slice(2, 4)}.${nik.slice(4, 6)}`,
      day,
      month,
      yy,
      sex: female ? 'female' : 'male',
      serial,
    },
  };
}

/**
 * The birth date in the NIK with a century chosen: 20YY when that day is not after `today`, else 19YY
 * (nobody is registered before birth, and nobody registered is over a hundred). Both dates are ISO
 * `YYYY-MM-DD`, compared as strings, so the machine's time zone plays no part.
 */
export function nikBirthDate(parts: NikParts, today: string): string {
  if (!readIsoDate(today)) throw new RangeError(`today is not an ISO date: ${today}`);
  const monthDay = `${pad2(parts.month)}-${pad2(parts.day)}`;
  const in2000s = `20${pad2(parts.yy)}-${monthDay}`;
  return in2000s <= today ? in2000s : `19${pad2(parts.yy)}-${monthDay}`;
}

/**
 * What disagrees between a valid NIK and the rest of the record. The birth date is compared on day, month
 * and the last two digits of the year only, since the NIK does not hold the century. Missing entries give
 * no warning; nor does an entered birth date that is not an ISO date (that is the form's own error).
 * Region data lives in the database, so the caller looks up `parts.regencyCode` and `parts.districtCode`
 * and says whether each is known; an unknown kab/kota implies an unknown kecamatan and gives one warning.
 */
export function nikWarnings(
  parts: NikParts,
  entered: { birthDate?: string | null; sex?: Sex | null },
  knownRegion: { regency: boolean; district: boolean },
): NikWarning[] {
  const warnings: NikWarning[] = [];
  const birth = entered.birthDate ? readIsoDate(entered.birthDate) : null;
  if (birth && (birth.day !== parts.day || birth.month !== parts.month || birth.year % 100 !== parts.yy)) {
    warnings.push('birth_date_mismatch');
  }
  if (entered.sex && entered.sex !== parts.sex) warnings.push('sex_mismatch');
  if (!knownRegion.regency) warnings.push('region_unknown');
  else if (!knownRegion.district) warnings.push('district_unknown');
  return warnings;
}

/**
 * Builds a NIK from its parts, for tests and demonstration data. Throws on a district code that is not
 * `PP.KK.CC`, a birth date that is not a real ISO date, or a serial outside 1–9999.
 */
export function makeNik(p: { districtCode: string; birthDate: string; sex: Sex; serial: number }): string {
  const district = /^(\d{2})\.(\d{2})\.(\d{2})$/.exec(p.districtCode);
  if (!district || district[1] === '00') throw new RangeError(`not a district code: ${p.districtCode}`);
  const birth = readIsoDate(p.birthDate);
  if (!birth) throw new RangeError(`not an ISO date: ${p.birthDate}`);
  if (!Number.isInteger(p.serial) || p.serial < 1 || p.serial > 9999) throw new RangeError(`serial out of 1–9999: ${p.serial}`);
  const day = birth.day + (p.sex === 'female' ? 40 : 0);
  return `${district[1]}${district[2]}${district[3]}${pad2(day)}${pad2(birth.month)}${pad2(birth.year % 100)}${String(p.serial).padStart(4, '0')}`;
}
