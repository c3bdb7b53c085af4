import { employerKinds, type EmployerKind } from './api';

/** Search parameters of the employer list (?q=&country=&kind=&flagged=&page=). */
export interface EmployersSearch {
  q?: string;
  country?: string;
  kind?: EmployerKind;
  flagged?: 'true' | 'false';
  page?: number;
}

const raw = (v: unknown) => (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean' ? String(v).trim() : '');

export function parseEmployersSearch(search: Record<string, unknown>): EmployersSearch {
  const q = raw(search.q) ? raw(search.q).slice(0, 100) : undefined;
  const country = /^[A-Z]{2}$/.test(raw(search.country)) ? raw(search.country) : undefined;
  const kind = employerKinds.find((k) => k === raw(search.kind));
  const f = raw(search.flagged);
  const page = Number(raw(search.page));
  return {
    q,
    country,
    kind,
    flagged: f === 'true' || f === 'false' ? f : undefined,
    page: Number.isInteger(page) && page > 1 && page <= 100_000 ? page : undefined,
  };
}
