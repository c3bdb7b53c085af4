import { describe, expect, it } from 'vitest';
import { listPage, totalOf } from './list.js';

describe('listPage', () => {
  it('knows the total from a page that is not full, and counts otherwise', async () => {
    expect(totalOf(3, 0, 25)).toBe(3);
    expect(totalOf(0, 0, 25)).toBe(0);
    expect(totalOf(7, 50, 25)).toBe(57);
    expect(totalOf(25, 0, 25)).toBeUndefined(); // full: more may follow
    expect(totalOf(0, 50, 25)).toBeUndefined(); // past the end: the total is unknown
    let counted = 0;
    const count = async () => (counted++, 99);
    expect(await listPage(1, 25, async () => [1, 2], count)).toEqual({ rows: [1, 2], total: 2 });
    expect(counted).toBe(0);
    expect(await listPage(2, 2, async () => [3, 4], count)).toEqual({ rows: [3, 4], total: 99 });
    expect(counted).toBe(1);
  });
});
