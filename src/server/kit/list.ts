import { asc, desc, type SQL } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import { offsetOf, parseSort } from '../lib/pagination.js';

/**
 * The ORDER BY of a list from its `sort` parameter (`field` or `-field`, already checked by the schema
 * against the sortable fields), with a unique tiebreaker so that pages never repeat or skip a row.
 */
export function orderFor<F extends string>(sort: string, columns: Record<F, AnyPgColumn | SQL>, tiebreaker: AnyPgColumn): SQL[] {
  const { field, desc: descending } = parseSort(sort);
  const column = columns[field as F];
  if (!column) throw new Error(`sort field ${field} has no column`);
  const dir = descending ? desc : asc;
  return [dir(column), dir(tiebreaker)];
}

/**
 * One page of a list and the total. A page that is not full is the last one: its rows give the total
 * without the count query (on PGlite every query costs the server's own thread, docs/decisions/0009).
 */
export async function listPage<T>(
  page: number,
  pageSize: number,
  rows: (limit: number, offset: number) => Promise<T[]>,
  count: () => Promise<number>,
): Promise<{ rows: T[]; total: number }> {
  const offset = offsetOf(page, pageSize);
  const found = await rows(pageSize, offset);
  return { rows: found, total: totalOf(found.length, offset, pageSize) ?? (await count()) };
}

/** The total of a list known from one page alone: a page with rows that is not full is the last one. */
export function totalOf(rows: number, offset: number, pageSize: number): number | undefined {
  return rows < pageSize && (rows > 0 || offset === 0) ? offset + rows : undefined;
}
