import { describe, expect, it } from 'vitest';
import {
  parseAuditSearch,
  parseOfficesSearch,
  parsePersonsSearch,
  parsePersonSearch,
  parseReferenceSearch,
  parseRegionsSearch,
  parseSignInSearch,
  parseUsersSearch,
} from './search-params';

describe('search parameters of the staff app', () => {
  it('keeps region codes as text, also when the router made a number of them', () => {
    expect(parseRegionsSearch({ parent: 16.74 }).parent).toBe('16.74');
    expect(parseRegionsSearch({ parent: '16.10' }).parent).toBe('16.10');
    expect(parseRegionsSearch({ parent: 16 }).parent).toBe('16');
  });

  it('drops what is not a region code, a level or a page', () => {
    expect(parseRegionsSearch({ parent: '16.74.01.1001', level: 'planet', page: '0', q: '  ' })).toEqual({
      q: undefined,
      level: undefined,
      parent: undefined,
      page: undefined,
    });
    expect(parseRegionsSearch({ page: '3', level: 'village', q: ' prabu ' })).toMatchObject({ page: 3, level: 'village', q: 'prabu' });
  });

  it('takes searches that look like numbers or booleans back as text', () => {
    expect(parseOfficesSearch({ q: 123 }).q).toBe('123');
    expect(parseOfficesSearch({ q: true }).q).toBe('true');
    expect(parseOfficesSearch({ q: 'x'.repeat(300) }).q).toHaveLength(100);
  });

  it('accepts only known sorts and tabs', () => {
    expect(parseOfficesSearch({ sort: '-code' }).sort).toBe('-code');
    expect(parseOfficesSearch({ sort: 'password' }).sort).toBeUndefined();
    expect(parseReferenceSearch({ tab: 'ssw' }).tab).toBe('ssw');
    expect(parseReferenceSearch({ tab: 'users' }).tab).toBeUndefined();
  });

  it('returns after sign-in only to a path of this app', () => {
    expect(parseSignInSearch({ next: '/pengguna?role=staff' }).next).toBe('/pengguna?role=staff');
    for (const next of ['//evil.example/x', 'https://evil.example', '/\\evil.example', 'javascript:alert(1)', '/masuk?next=/x']) {
      expect(parseSignInSearch({ next }).next, next).toBeUndefined();
    }
    expect(parseSignInSearch({ expired: '1' }).expired).toBe(1);
    expect(parseSignInSearch({ expired: 'yes' }).expired).toBeUndefined();
  });

  it('keeps only known roles, statuses and sorts of the user list', () => {
    expect(parseUsersSearch({ role: 'staff', status: 'nonaktif', sort: '-createdAt', page: '2' })).toEqual({
      q: undefined,
      role: 'staff',
      status: 'nonaktif',
      sort: '-createdAt',
      page: 2,
    });
    expect(parseUsersSearch({ role: 'root', status: 'deleted', sort: 'passwordHash' })).toMatchObject({ role: undefined, status: undefined, sort: undefined });
  });

  it('checks the filters of the audit log before they reach the API', () => {
    expect(
      parseAuditSearch({ action: 'auth.sign_in', outcome: 'denied', actor: '7E1B6A53-1C1B-4C8E-9B8E-3E0F1C2D3A4B', from: '2026-11-01', to: '2026-11-30' }),
    ).toMatchObject({ action: 'auth.sign_in', outcome: 'denied', actor: '7e1b6a53-1c1b-4c8e-9b8e-3e0f1c2d3a4b', from: '2026-11-01', to: '2026-11-30' });
    expect(parseAuditSearch({ action: 'drop table', outcome: 'maybe', actor: 'admin', from: '01/11/2026', to: '2026-13-45' })).toMatchObject({
      action: undefined,
      outcome: undefined,
      actor: undefined,
      from: undefined,
      to: undefined,
    });
  });

  it('never takes an identifier into the persons list from the address bar', () => {
    expect(parsePersonsSearch({ q: 1674014703980003 }).q).toBeUndefined();
    expect(parsePersonsSearch({ q: 'C1234567' }).q).toBeUndefined();
    expect(parsePersonsSearch({ q: ' siti ' }).q).toBe('siti');
    expect(parsePersonsSearch({ regency: 16.74, country: 'jp', status: 'pmi', ageBand: '25-34', sort: '-birthDate', page: '2' })).toEqual({
      q: undefined,
      status: 'pmi',
      sex: undefined,
      regency: '16.74',
      ageBand: '25-34',
      country: 'JP',
      passportExpiring: undefined,
      sort: '-birthDate',
      page: 2,
    });
    // The dashboard's card "Paspor habis < 6 bulan" opens the list with passportExpiring=6m.
    expect(parsePersonsSearch({ passportExpiring: '6m' }).passportExpiring).toBe('6m');
    expect(parsePersonsSearch({ passportExpiring: '2y' }).passportExpiring).toBeUndefined();
    expect(parsePersonsSearch({ regency: '16', country: 'JPN', status: 'tki', sort: 'nik' })).toMatchObject({
      regency: undefined,
      country: undefined,
      status: undefined,
      sort: undefined,
    });
    expect(parsePersonSearch({ tab: 'dokumen' }).tab).toBe('dokumen');
    expect(parsePersonSearch({ tab: 'nik' }).tab).toBeUndefined();
  });
});
