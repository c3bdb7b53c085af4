import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { addMonths, ageOn, birthDateRange, canMoveStatus, documentWarnings, maskIdentifier, normalisePhone } from './registry.js';

const today = '2026-11-29';

describe('document warnings', () => {
  it('warns about a passport that expires within six months, not one valid longer', () => {
    expect(documentWarnings({ typeCode: 'passport', issuedOn: '2022-01-10', expiresOn: '2027-05-28' }, today)).toEqual(['passport_expiring']);
    expect(documentWarnings({ typeCode: 'passport', issuedOn: '2022-01-10', expiresOn: '2027-05-30' }, today)).toEqual([]);
    expect(documentWarnings({ typeCode: 'passport', issuedOn: '2016-01-10', expiresOn: '2026-11-28' }, today)).toEqual(['expired']);
  });

  it('treats a health certificate older than three months as expired, whatever expiry was typed', () => {
    expect(documentWarnings({ typeCode: 'health_certificate', issuedOn: '2026-08-28', expiresOn: null }, today, 3)).toEqual([
      'expired',
      'health_certificate_old',
    ]);
    expect(documentWarnings({ typeCode: 'health_certificate', issuedOn: '2026-08-29', expiresOn: '2027-08-29' }, today, 3)).toEqual(['expiring']);
    expect(documentWarnings({ typeCode: 'health_certificate', issuedOn: '2026-10-15', expiresOn: null }, today, 3)).toEqual([]);
  });

  it('warns a month ahead for other documents with an expiry', () => {
    expect(documentWarnings({ typeCode: 'work_visa', issuedOn: null, expiresOn: '2026-12-20' }, today)).toEqual(['expiring']);
    expect(documentWarnings({ typeCode: 'ktp', issuedOn: '2015-01-01', expiresOn: null }, today)).toEqual([]);
  });
});

describe('calendar months', () => {
  it('keeps the day, or takes the month’s last day when it is shorter, both ways', () => {
    expect(addMonths('2026-01-31', 1)).toBe('2026-02-28');
    expect(addMonths('2028-01-31', 1)).toBe('2028-02-29');
    expect(addMonths('2026-11-29', 6)).toBe('2027-05-29');
    expect(addMonths('2026-03-31', -1)).toBe('2026-02-28');
    expect(addMonths('2026-12-15', 1)).toBe('2027-01-15');
  });
});

describe('ages and age bands', () => {
  it('counts whole years, the birthday itself included', () => {
    expect(ageOn('1998-11-29', today)).toBe(28);
    expect(ageOn('1998-11-30', today)).toBe(27);
    expect(ageOn('2008-02-29', '2026-02-28')).toBe(17);
  });

  it('puts every birth date in the band its age belongs to', () => {
    const bands = [
      ['under18', 0, 17],
      ['18-24', 18, 24],
      ['25-34', 25, 34],
      ['35-44', 35, 44],
      ['45plus', 45, 200],
    ] as const;
    fc.assert(
      fc.property(fc.date({ min: new Date('1930-01-01T00:00:00Z'), max: new Date('2026-11-29T00:00:00Z'), noInvalidDate: true }), (d) => {
        const birth = d.toISOString().slice(0, 10);
        const age = ageOn(birth, today);
        for (const [band, min, max] of bands) {
          const { from, to } = birthDateRange(band, today);
          const inRange = (!from || birth >= from) && (!to || birth <= to);
          expect(inRange).toBe(age >= min && age <= max);
        }
      }),
    );
  });
});

describe('identifiers and phones', () => {
  it('masks a NIK down to its province and kab/kota, and other numbers to their last two characters', () => {
    expect(maskIdentifier('1674014703980003')).toBe('1674••••••••••••');
    expect(maskIdentifier('C1234567')).toBe('••••••67');
    expect(maskIdentifier('AB12')).toBe('••••');
    expect(maskIdentifier(null)).toBeNull();
  });

  it('normalises Indonesian numbers to 62…, and refuses what is not a number', () => {
    expect(normalisePhone('0812-7300-1111')).toBe('6281273001111');
    expect(normalisePhone('+62 812 7300 1111')).toBe('6281273001111');
    expect(normalisePhone('+60 12 345 6789')).toBe('60123456789');
    expect(normalisePhone('telepon saya')).toBeNull();
    expect(normalisePhone('123')).toBeNull();
  });

  it('moves along the cycle one step at a time', () => {
    expect(canMoveStatus('cpmi', 'pmi')).toBe(true);
    expect(canMoveStatus('pmi', 'purna')).toBe(true);
    expect(canMoveStatus('purna', 'cpmi')).toBe(true);
    expect(canMoveStatus('cpmi', 'purna')).toBe(false);
    expect(canMoveStatus('pmi', 'cpmi')).toBe(false);
  });
});
