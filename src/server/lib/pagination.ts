import { z } from 'zod';

/** page and pageSize, for lists without text search or sorting. */
export function pageQuery(defaultPageSize = 25) {
  return z.object({
    page: z.coerce.number().int().min(1).max(100_000).default(1),
    pageSize: z.coerce.number().int().min(1).max(200).default(defaultPageSize),
  });
}

/** The common list query: q, page, pageSize, sort (stable interface). */
export function listQuery<S extends readonly [string, ...string[]]>(sortable: S, defaultSort: S[number]) {
  const sorts = sortable.flatMap((s) => [s, `-${s}`]) as [string, ...string[]];
  return pageQuery().extend({
    q: z.string().trim().max(100).optional().describe('Text search'),
    sort: z.enum(sorts).default(defaultSort).describe('Field to sort by; prefix with - for descending'),
    lang: z.enum(['id', 'en']).optional().describe('Language of messages and labels'),
  });
}

export function listResponse<T extends z.ZodType>(item: T) {
  return z.object({
    items: z.array(item),
    total: z.number().int(),
    page: z.number().int(),
    pageSize: z.number().int(),
  });
}

export interface Page<T> {
  items: T[];
  total: number;
  page: number;
  pageSize: number;
}

export function parseSort(sort: string): { field: string; desc: boolean } {
  return sort.startsWith('-') ? { field: sort.slice(1), desc: true } : { field: sort, desc: false };
}

export const offsetOf = (page: number, pageSize: number) => (page - 1) * pageSize;
