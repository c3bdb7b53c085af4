import { describe, expect, it } from 'vitest';
import { isIdentifierSearch, searchForAddress } from './search-text';

describe('search text of the persons list', () => {
  it('treats anything with a digit as a possible identifier', () => {
    for (const q of [
      '1674014703980003',
      '1674 0147 0398 0003',
      '16.74.01.470398.0003',
      'C1234567',
      'X 123 4567',
      '0812-3456-7890',
      '+62 812 3456 7890',
      '1674',
      'siti 3',
    ]) {
      expect(isIdentifierSearch(q), q).toBe(true);
    }
  });

  it('treats plain names as names', () => {
    for (const q of ['siti aminah', 'Ni Luh Putu', 'Muh. Ridwan', 'Ade-Irma', 'Ṣiti']) {
      expect(isIdentifierSearch(q), q).toBe(false);
    }
    expect(isIdentifierSearch('')).toBe(false);
    expect(isIdentifierSearch(undefined)).toBe(false);
  });

  it('lets only names into the address bar', () => {
    expect(searchForAddress('  siti aminah ')).toBe('siti aminah');
    expect(searchForAddress('1674014703980003')).toBeUndefined();
    expect(searchForAddress('C1234567')).toBeUndefined();
    expect(searchForAddress('   ')).toBeUndefined();
  });
});
