import { describe, expect, it } from 'vitest';
import { formatCalendarDate, formatCalendarDateShort, formatDateTime, formatNumber } from './format';

describe('Indonesian formats', () => {
  it('writes calendar dates without shifting them across time zones', () => {
    expect(formatCalendarDate('2027-04-01', 'id')).toBe('1 April 2027');
    expect(formatCalendarDate('2024-03-29', 'id')).toBe('29 Maret 2024');
    expect(formatCalendarDate('2024-03-29', 'en')).toBe('29 March 2024');
    expect(formatCalendarDateShort('2026-10-21', 'id')).toBe('21 Okt 2026');
    expect(formatCalendarDateShort('2026-10-21', 'en')).toBe('21 Oct 2026');
  });

  it('writes instants in WIB with a dot between hours and minutes', () => {
    expect(formatDateTime('2026-11-29T03:55:51.923Z', 'id')).toBe('29 November 2026, 10.55 WIB');
    expect(formatDateTime('2026-11-29T20:00:00Z', 'id')).toBe('30 November 2026, 03.00 WIB');
    expect(formatDateTime('2026-11-29T03:55:51.923Z', 'en')).toBe('29 November 2026, 10:55 WIB');
  });

  it('groups thousands with a dot in Indonesian', () => {
    expect(formatNumber(83762, 'id')).toBe('83.762');
    expect(formatNumber(83762, 'en')).toBe('83,762');
  });
});

describe('short and precise instants', () => {
  it('writes a short month for tables, and seconds for the audit log', async () => {
    const { formatDateTimeShort, formatTimestamp, startOfDayInOffice, endOfDayInOffice } = await import('./format');
    expect(formatDateTimeShort('2026-08-17T03:05:09Z', 'id')).toBe('17 Agt 2026, 10.05 WIB');
    expect(formatTimestamp('2026-08-17T03:05:09Z', 'id')).toBe('17 Agt 2026, 10.05.09 WIB');
    expect(formatTimestamp('2026-08-17T03:05:09Z', 'en')).toBe('17 Aug 2026, 10:05:09 WIB');
    // A calendar day in WIB: from its midnight to the next one.
    expect(startOfDayInOffice('2026-08-17')).toBe('2026-08-17T00:00:00+07:00');
    expect(endOfDayInOffice('2026-08-17')).toBe('2026-08-18T00:00:00+07:00');
  });
});
