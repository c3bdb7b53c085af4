import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { apiFetch } from '../../lib/api';
import type { Page } from './api';
import type { RegionLike } from './region-label';

/**
 * Reference data the registry forms need. The keys are those of the reference screens, so both share
 * one cached copy; reference lists change only when an operator imports a new version.
 */

interface Named {
  code: string;
  nameId: string;
  nameEn: string;
}
export type Country = Named;
export interface DocumentType extends Named {
  placementRequired: boolean;
  validityMonths: number | null;
  sensitive: boolean;
}
export interface SswField extends Named {
  effectiveFrom: string;
  effectiveTo: string | null;
}

function useWhole<T>(path: string) {
  return useQuery({
    queryKey: ['reference', path],
    queryFn: ({ signal }) => apiFetch<{ items: T[]; total: number }>(path, { signal }),
    staleTime: Infinity,
  });
}

export const useCountries = () => useWhole<Country>('/countries');
export const useDocumentTypes = () => useWhole<DocumentType>('/document-types');
export const useSswFields = () => useWhole<SswField>('/ssw-fields');

export interface Region extends RegionLike {
  parentCode: string | null;
}

/** The province of the reference office: its kab/kota are the origin filter of the list. */
export const homeProvince = '16';

/** The kab/kota of a province (Sumatera Selatan has 17), for the origin filter. */
export function useRegencies(province = homeProvince) {
  return useQuery({
    queryKey: ['regions', 'list', { parentCode: province, page: 1, pageSize: 100 }],
    queryFn: ({ signal }) => apiFetch<Page<Region>>('/regions', { params: { parentCode: province, page: 1, pageSize: 100 }, signal }),
    staleTime: 30 * 60_000,
  });
}

/**
 * Regions for the address picker: a search by name over all levels, or, with no text yet, the villages
 * of a district (the one the NIK was issued in is the likely one).
 */
export function useRegionOptions(q: string, parentCode: string | null) {
  const params = q.trim().length >= 2 ? { q: q.trim(), page: 1, pageSize: 30 } : parentCode ? { parentCode, page: 1, pageSize: 100 } : null;
  return useQuery({
    queryKey: ['regions', 'list', params],
    queryFn: ({ signal }) => apiFetch<Page<Region>>('/regions', { params: params ?? {}, signal }),
    enabled: !!params,
    placeholderData: keepPreviousData,
    staleTime: 30 * 60_000,
  });
}

/** GET /api/regions/:code: one region with the names of those around it (the picker's current value). */
export function useRegionByCode(code: string | null | undefined) {
  return useQuery({
    queryKey: ['regions', 'one', code],
    queryFn: ({ signal }) => apiFetch<Region>(`/regions/${encodeURIComponent(code ?? '')}`, { signal }),
    enabled: !!code,
    staleTime: Infinity,
  });
}
