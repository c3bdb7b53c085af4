import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { RegionLevel } from '../../app/search-params';
import { apiFetch } from '../../lib/api';

export interface Region {
  code: string;
  name: string;
  level: RegionLevel;
  parentCode: string | null;
  /** Names of the enclosing regions, nearest first. */
  path: string[];
}

export interface RegionPage {
  items: Region[];
  total: number;
  page: number;
  pageSize: number;
}

/** Browsing shows a whole province's regencies (at most 38 provinces, rarely 50 children) on one page. */
export const regionsPageSize = { search: 25, browse: 50 } as const;

export interface RegionListParams {
  q?: string;
  level?: RegionLevel;
  parentCode?: string;
  page: number;
  pageSize: number;
}

/** GET /api/regions: search by name or code, or the children of one region. */
export function useRegions(params: RegionListParams) {
  return useQuery({
    queryKey: ['regions', 'list', params],
    queryFn: ({ signal }) => apiFetch<RegionPage>('/regions', { params: { ...params }, signal }),
    placeholderData: keepPreviousData,
    staleTime: 30 * 60_000,
  });
}

/** GET /api/regions/:code */
export function useRegion(code: string | undefined) {
  return useQuery({
    queryKey: ['regions', 'one', code],
    queryFn: ({ signal }) => apiFetch<Region>(`/regions/${encodeURIComponent(code ?? '')}`, { signal }),
    enabled: !!code,
    staleTime: Infinity,
  });
}

export const childLevel: Record<RegionLevel, RegionLevel | null> = {
  province: 'regency',
  regency: 'district',
  district: 'village',
  village: null,
};

/** "16.74.01" → ["16", "16.74"]: the codes of the enclosing regions, outermost first. */
export function ancestorCodes(code: string): string[] {
  const parts = code.split('.');
  return parts.slice(0, -1).map((_, i) => parts.slice(0, i + 1).join('.'));
}
