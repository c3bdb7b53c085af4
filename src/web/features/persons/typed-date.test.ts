import { describe, expect, it } from 'vitest';
import { formatTypedDate, parseTypedDate } from './typed-date';

const today = '2026-11-29';

describe('typed dates', () => {
  it('reads day-first dates with any separator', () => {
    for (const s of ['07-03-1998', '7-3-1998', '07/03/1998', '07.03.1998', '07 03 1998', '07031998', ' 07-03-1998 ', '1998-03-07', '1998-3-7']) {
      expect(parseTypedDate(s, today), s).toBe('1998-03-07');
    }
  });

  it('guesses the century of a two-digit year from today', () => {
    expect(parseTypedDate('7-3-98', today)).toBe('1998-03-07');
    expect(parseTypedDate('070398', today)).toBe('1998-03-07');
    expect(parseTypedDate('01-01-05', today)).toBe('2005-01-01');
    expect(parseTypedDate('01-01-26', today)).toBe('2026-01-01');
    expect(parseTypedDate('01-01-27', today)).toBe('1927-01-01');
  });

  it('refuses what is not a real date', () => {
    for (const s of ['', '31-04-1998', '29-02-2023', '00-01-2000', '12-13-2000', 'kemarin', '1998', '7 Maret 1998', '07-03-998']) {
      expect(parseTypedDate(s, today), s).toBeNull();
    }
    expect(parseTypedDate('29-02-2024', today)).toBe('2024-02-29');
  });

  it('writes a date back the way it is typed', () => {
    expect(formatTypedDate('1998-03-07')).toBe('07-03-1998');
    expect(formatTypedDate(null)).toBe('');
  });
});
