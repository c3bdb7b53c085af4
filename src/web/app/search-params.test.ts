import { describe, expect, it } from 'vitest';
import { parseOfficesSearch, parseReferenceSearch, parseRegionsSearch } from './search-params';

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
});
