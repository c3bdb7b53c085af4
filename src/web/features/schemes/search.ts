/** Search parameters of the scheme list (?q=&active=&page=). The router may hand "true" over as a boolean. */
export interface SchemesSearch {
  q?: string;
  active?: 'true' | 'false';
  page?: number;
}

export function parseSchemesSearch(search: Record<string, unknown>): SchemesSearch {
  const raw = (v: unknown) => (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean' ? String(v).trim() : '');
  const q = raw(search.q) ? raw(search.q).slice(0, 100) : undefined;
  const a = raw(search.active);
  const page = Number(raw(search.page));
  return { q, active: a === 'true' || a === 'false' ? a : undefined, page: Number.isInteger(page) && page > 1 && page <= 100_000 ? page : undefined };
}
