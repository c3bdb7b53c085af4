import { agencyStatuses, licenceStates, type AgencyStatus, type LicenceState } from './api';

/** Search parameters of the agency list (?q=&status=&licence=&page=). */
export interface AgenciesSearch {
  q?: string;
  status?: AgencyStatus;
  licence?: LicenceState;
  page?: number;
}

const raw = (v: unknown) => (typeof v === 'string' || typeof v === 'number' ? String(v).trim() : '');

export function parseAgenciesSearch(search: Record<string, unknown>): AgenciesSearch {
  const q = raw(search.q) ? raw(search.q).slice(0, 100) : undefined;
  const status = agencyStatuses.find((s) => s === raw(search.status));
  const licence = licenceStates.find((s) => s === raw(search.licence));
  const page = Number(raw(search.page));
  return { q, status, licence, page: Number.isInteger(page) && page > 1 && page <= 100_000 ? page : undefined };
}
