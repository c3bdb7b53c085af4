import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { makeNik, nikBirthDate, nikWarnings, normaliseNik, parseNik, type NikParts } from './nik.js';

/*
 * NIKs are built here by plain string concatenation from independently generated parts (region digits,
 * a real calendar date, sex, serial), and parsing is checked against those parts, never against
 * parseNik's or makeNik's own output.
 */

const TODAY = '2026-11-29';
const DAY_MS = 86_400_000;
const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** A calendar day as an ISO date, computed in UTC from a day number (days since 1970-01-01). */
const isoFromDayNumber = (n: number) => new Date(n * DAY_MS).toISOString().slice(0, 10);
const dayNumber = (iso: string) => Date.parse(`${iso}T00:00:00Z`) / DAY_MS;

const leapYears1940to2010 = Array.from({ length: 18 }, (_, i) => 1940 + 4 * i); // 1940 … 2008

/** Real dates 1940-01-01 … 2010-12-31, with 29 February of leap years drawn often. */
const birthDateArb = fc.oneof(
  { weight: 4, arbitrary: fc.integer({ min: dayNumber('1940-01-01'), max: dayNumber('2010-12-31') }).map(isoFromDayNumber) },
  { weight: 1, arbitrary: fc.constantFrom(...leapYears1940to2010).map((y) => `${y}-02-29`) },
);

const validArb = fc.record({
  province: fc.integer({ min: 1, max: 99 }),
  regency: fc.integer({ min: 0, max: 99 }),
  district: fc.integer({ min: 0, max: 99 }),
  birthDate: birthDateArb,
  sex: fc.constantFrom<'female' | 'male'>('female', 'male'),
  serial: fc.integer({ min: 1, max: 9999 }),
});
type Valid = typeof validArb extends fc.Arbitrary<infer T> ? T : never;

/** The NIK of generated parts, written out by hand: region, DD (+40 for women), MM, YY, serial. */
function nikOf(v: Valid): string {
  const [year, month, day] = v.birthDate.split('-').map(Number) as [number, number, number];
  const dd = v.sex === 'female' ? day + 40 : day;
  return `${pad(v.province)}${pad(v.regency)}${pad(v.district)}${pad(dd)}${pad(month)}${pad(year % 100)}${pad(v.serial, 4)}`;
}

function partsOf(nik: string): NikParts {
  const result = parseNik(nik);
  if (!result.ok) throw new Error(`expected ${nik} to parse, got ${JSON.stringify(result.error)}`);
  return result.parts;
}

const errorCode = (nik: string) => {
  const result = parseNik(nik);
  return result.ok ? 'ok' : result.error.code;
};

const replaceAt = (s: string, index: number, text: string) => s.slice(0, index) + text + s.slice(index + text.length);

describe('valid NIKs (property)', () => {
  it('parse and give back their region codes, sex, date and serial', () => {
    fc.assert(
      fc.property(validArb, (v) => {
        const [year, month, day] = v.birthDate.split('-').map(Number) as [number, number, number];
        const parts = partsOf(nikOf(v));
        expect(parts).toEqual({
          nik: nikOf(v),
          provinceCode: pad(v.province),
          regencyCode: `${pad(v.province)}.${pad(v.regency)}`,
          districtCode: `${pad(v.province)}.${pad(v.regency)}.${pad(v.district)}`,
          day,
          month,
          yy: year % 100,
          sex: v.sex,
          serial: pad(v.serial, 4),
        });
        expect(nikBirthDate(parts, TODAY)).toBe(v.birthDate);
      }),
      { numRuns: 2000 },
    );
  });

  it('parse when typed with spaces, dots or dashes between the groups', () => {
    fc.assert(
      fc.property(validArb, fc.constantFrom(' ', '.', '-', '  ', ' - '), (v, sep) => {
        const nik = nikOf(v);
        const typed = [nik.slice(0, 2), nik.slice(2, 4), nik.slice(4, 6), nik.slice(6, 12), nik.slice(12)].join(sep);
        expect(normaliseNik(typed)).toBe(nik);
        expect(partsOf(typed).nik).toBe(nik);
      }),
    );
  });

  it('are what makeNik builds', () => {
    fc.assert(
      fc.property(validArb, (v) => {
        const districtCode = `${pad(v.province)}.${pad(v.regency)}.${pad(v.district)}`;
        expect(makeNik({ districtCode, birthDate: v.birthDate, sex: v.sex, serial: v.serial })).toBe(nikOf(v));
      }),
    );
  });

  it("women's days are 41–71 and read back as female with the real day", () => {
    fc.assert(
      fc.property(validArb, (v) => {
        const day = Number(v.birthDate.slice(8, 10));
        const nik = makeNik({ districtCode: '16.74.01', birthDate: v.birthDate, sex: 'female', serial: v.serial });
        const dd = Number(nik.slice(6, 8));
        expect(dd).toBeGreaterThanOrEqual(41);
        expect(dd).toBeLessThanOrEqual(71);
        expect(dd).toBe(day + 40);
        const parts = partsOf(nik);
        expect(parts.sex).toBe('female');
        expect(parts.day).toBe(day);
      }),
    );
  });

  it('get the century that is not after today, for any today and anyone under a hundred', () => {
    const todayArb = fc.integer({ min: dayNumber('2000-03-01'), max: dayNumber('2099-12-31') });
    fc.assert(
      fc.property(validArb, todayArb, fc.integer({ min: 0, max: 36_500 }), (v, today, ageInDays) => {
        const birthDate = isoFromDayNumber(today - ageInDays);
        const parts = partsOf(nikOf({ ...v, birthDate }));
        expect(nikBirthDate(parts, isoFromDayNumber(today))).toBe(birthDate);
      }),
    );
  });
});

describe('mutated NIKs are refused with the right reason (property)', () => {
  it('a digit inserted or deleted: length, with the number of digits typed', () => {
    fc.assert(
      fc.property(validArb, fc.nat({ max: 16 }), fc.integer({ min: 0, max: 9 }), fc.boolean(), (v, i, digit, insert) => {
        const nik = nikOf(v);
        const mutated = insert ? nik.slice(0, i) + digit + nik.slice(i) : nik.slice(0, Math.min(i, 15)) + nik.slice(Math.min(i, 15) + 1);
        expect(parseNik(mutated)).toEqual({ ok: false, error: { code: 'length', length: insert ? 17 : 15 } });
      }),
    );
  });

  it('any number of digits but 16: length', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(...'0123456789'), minLength: 1, maxLength: 40 }), (digits) => {
        fc.pre(digits.length !== 16);
        expect(parseNik(digits)).toEqual({ ok: false, error: { code: 'length', length: digits.length } });
      }),
    );
  });

  it('a letter in any position: not_digits', () => {
    const letters = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ';
    fc.assert(
      fc.property(validArb, fc.nat({ max: 15 }), fc.constantFrom(...letters), (v, i, letter) => {
        expect(errorCode(replaceAt(nikOf(v), i, letter))).toBe('not_digits');
      }),
    );
  });

  it('serial 0000: serial', () => {
    fc.assert(
      fc.property(validArb, (v) => {
        expect(errorCode(replaceAt(nikOf(v), 12, '0000'))).toBe('serial');
      }),
    );
  });

  it('province 00: province', () => {
    fc.assert(
      fc.property(validArb, (v) => {
        expect(errorCode(replaceAt(nikOf(v), 0, '00'))).toBe('province');
      }),
    );
  });

  // Every impossible value, on each generated NIK: ranges drawn at random would rarely hit the edges (40, 72, 13).
  const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i);

  it('day 00, 32–40 or 72–99: day', () => {
    const badDays = [0, ...range(32, 40), ...range(72, 99)];
    fc.assert(
      fc.property(validArb, (v) => {
        for (const dd of badDays) expect(errorCode(replaceAt(nikOf(v), 6, pad(dd))), `day ${pad(dd)}`).toBe('day');
      }),
    );
  });

  it('month 00 or 13–99: month', () => {
    const badMonths = [0, ...range(13, 99)];
    fc.assert(
      fc.property(validArb, (v) => {
        for (const mm of badMonths) expect(errorCode(replaceAt(nikOf(v), 8, pad(mm))), `month ${pad(mm)}`).toBe('month');
      }),
    );
  });

  it('29 February when YY % 4 !== 0: date (and accepted when YY % 4 === 0)', () => {
    fc.assert(
      fc.property(validArb, fc.integer({ min: 0, max: 99 }), (v, yy) => {
        const dd = v.sex === 'female' ? 69 : 29;
        const nik = replaceAt(replaceAt(nikOf(v), 6, `${dd}02`), 10, pad(yy));
        expect(errorCode(nik)).toBe(yy % 4 === 0 ? 'ok' : 'date');
      }),
    );
  });

  it('31 in a 30-day month, or 30–31 February: date', () => {
    const impossible = fc.oneof(
      fc.record({ day: fc.constant(31), month: fc.constantFrom(4, 6, 9, 11) }),
      fc.record({ day: fc.constantFrom(30, 31), month: fc.constant(2) }),
    );
    fc.assert(
      fc.property(validArb, impossible, (v, { day, month }) => {
        const dd = v.sex === 'female' ? day + 40 : day;
        expect(errorCode(replaceAt(nikOf(v), 6, `${pad(dd)}${pad(month)}`))).toBe('date');
      }),
    );
  });
});

describe('warnings (property)', () => {
  const known = { regency: true, district: true };

  it('none when the entered birth date, sex and region all agree', () => {
    fc.assert(
      fc.property(validArb, (v) => {
        expect(nikWarnings(partsOf(nikOf(v)), { birthDate: v.birthDate, sex: v.sex }, known)).toEqual([]);
      }),
    );
  });

  it('birth_date_mismatch when day, month or YY differ', () => {
    fc.assert(
      fc.property(validArb, birthDateArb, (v, entered) => {
        fc.pre(entered.slice(2) !== v.birthDate.slice(2));
        expect(nikWarnings(partsOf(nikOf(v)), { birthDate: entered, sex: v.sex }, known)).toEqual(['birth_date_mismatch']);
      }),
    );
  });

  it('no birth_date_mismatch when only the century differs', () => {
    fc.assert(
      fc.property(validArb, fc.constantFrom(-100, 100, 200), (v, shift) => {
        fc.pre(v.birthDate.slice(5) !== '02-29'); // 1900 and 2100 have no 29 February
        const entered = `${Number(v.birthDate.slice(0, 4)) + shift}${v.birthDate.slice(4)}`;
        expect(nikWarnings(partsOf(nikOf(v)), { birthDate: entered, sex: v.sex }, known)).toEqual([]);
      }),
    );
  });

  it('sex_mismatch when the entered sex differs', () => {
    fc.assert(
      fc.property(validArb, (v) => {
        const other = v.sex === 'female' ? 'male' : 'female';
        expect(nikWarnings(partsOf(nikOf(v)), { birthDate: v.birthDate, sex: other }, known)).toEqual(['sex_mismatch']);
      }),
    );
  });

  it('region_unknown for an unknown kab/kota, district_unknown for an unknown kecamatan only', () => {
    fc.assert(
      fc.property(validArb, fc.boolean(), (v, districtKnown) => {
        const parts = partsOf(nikOf(v));
        const entered = { birthDate: v.birthDate, sex: v.sex };
        expect(nikWarnings(parts, entered, { regency: false, district: districtKnown })).toEqual(['region_unknown']);
        expect(nikWarnings(parts, entered, { regency: true, district: false })).toEqual(['district_unknown']);
      }),
    );
  });
});

describe('examples', () => {
  it('1674014703950003: a woman born 7 March (19)95 in Kota Prabumulih, serial 0003', () => {
    expect(parseNik('1674014703950003')).toEqual({
      ok: true,
      parts: {
        nik: '1674014703950003',
        provinceCode: '16',
        regencyCode: '16.74',
        districtCode: '16.74.01',
        day: 7,
        month: 3,
        yy: 95,
        sex: 'female',
        serial: '0003',
      },
    });
    expect(nikBirthDate(partsOf('1674014703950003'), TODAY)).toBe('1995-03-07');
  });

  it('1607010101000001: a man born 1 January 2000 in Banyuasin', () => {
    const parts = partsOf('1607010101000001');
    expect(parts).toMatchObject({ regencyCode: '16.07', sex: 'male', day: 1, month: 1, yy: 0 });
    expect(nikBirthDate(parts, TODAY)).toBe('2000-01-01');
  });

  it('refuses 29 February 2001, serial 0000 and 11 digits', () => {
    expect(parseNik('1671012902010001')).toEqual({ ok: false, error: { code: 'date' } });
    expect(parseNik('1674010101900000')).toEqual({ ok: false, error: { code: 'serial' } });
    expect(parseNik('16740101019')).toEqual({ ok: false, error: { code: 'length', length: 11 } });
  });

  it('refuses an empty NIK, also when only separators were typed, and letters before counting digits', () => {
    expect(parseNik('')).toEqual({ ok: false, error: { code: 'empty' } });
    expect(parseNik(' . - ')).toEqual({ ok: false, error: { code: 'empty' } });
    expect(parseNik('16740I0101900001')).toEqual({ ok: false, error: { code: 'not_digits' } });
    expect(parseNik('1674/01')).toEqual({ ok: false, error: { code: 'not_digits' } });
  });

  it('normalises a NIK typed in groups', () => {
    expect(normaliseNik('1674 0147 0395 0003')).toBe('1674014703950003');
    expect(normaliseNik(' 16.74.01-470395-0003\t')).toBe('1674014703950003');
    expect(partsOf('1674 0147 0395 0003').serial).toBe('0003');
  });

  it('picks 19YY when 20YY would be after today', () => {
    expect(nikBirthDate(partsOf('1671012911260001'), TODAY)).toBe('2026-11-29');
    expect(nikBirthDate(partsOf('1671013011260001'), TODAY)).toBe('1926-11-30');
  });

  it('ignores missing entries and flags an unknown Sumatera Selatan regency', () => {
    const parts = partsOf('1699014703950003');
    expect(parts.regencyCode).toBe('16.99');
    expect(nikWarnings(parts, { birthDate: null, sex: undefined }, { regency: false, district: false })).toEqual(['region_unknown']);
    expect(nikWarnings(parts, { birthDate: '1995-03-08', sex: 'male' }, { regency: true, district: true })).toEqual(['birth_date_mismatch', 'sex_mismatch']);
    // A malformed entered date is the form's error, not a disagreement with the NIK.
    expect(nikWarnings(parts, { birthDate: '1995-13-07' }, { regency: true, district: true })).toEqual([]);
    expect(() => nikBirthDate(parts, '29-11-2026')).toThrow(RangeError);
  });

  it('makeNik refuses what cannot be a NIK', () => {
    const ok = { districtCode: '16.74.01', birthDate: '1995-03-07', sex: 'female' as const, serial: 3 };
    expect(makeNik(ok)).toBe('1674014703950003');
    expect(() => makeNik({ ...ok, districtCode: '16.74' })).toThrow(RangeError);
    expect(() => makeNik({ ...ok, birthDate: '2001-02-29' })).toThrow(RangeError);
    expect(() => makeNik({ ...ok, birthDate: '1995-13-07' })).toThrow(RangeError);
    expect(() => makeNik({ ...ok, birthDate: '1995-00-07' })).toThrow(RangeError);
    expect(() => makeNik({ ...ok, birthDate: '1995-04-31' })).toThrow(RangeError);
    expect(() => makeNik({ ...ok, birthDate: '7-3-1995' })).toThrow(RangeError);
    expect(makeNik({ ...ok, birthDate: '2000-02-29', sex: 'male' })).toBe('1674012902000003');
    expect(() => makeNik({ ...ok, serial: 0 })).toThrow(RangeError);
    expect(() => makeNik({ ...ok, serial: 10_000 })).toThrow(RangeError);
  });
});
