import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { apiFetch } from '../../lib/api';
import type { ApiResponse, ApiSchema, Page } from '../../lib/api-types';
import type { OfficeSort } from '../../app/search-params';

export type Office = ApiSchema<'Office'>;
export type OfficeKind = Office['kind'];
export type Division = ApiSchema<'Division'>;
export type { Page };

export const officesPageSize = 25;

/** GET /api/offices */
export function useOffices(params: { q?: string; page: number; sort: OfficeSort }) {
  return useQuery({
    queryKey: ['offices', 'list', params],
    queryFn: ({ signal }) => apiFetch<Page<Office>>('/offices', { params: { ...params, pageSize: officesPageSize }, signal }),
    placeholderData: keepPreviousData,
  });
}

/** GET /api/offices/:id — a missing office is shown as a page of its own, not a notification. */
export function useOffice(id: string) {
  return useQuery({
    queryKey: ['offices', 'one', id],
    queryFn: ({ signal }) => apiFetch<Office>(`/offices/${encodeURIComponent(id)}`, { signal }),
    meta: { silent: true },
  });
}

/** GET /api/offices/:id/divisions */
export function useOfficeDivisions(id: string) {
  return useQuery({
    queryKey: ['offices', 'divisions', id],
    queryFn: ({ signal }) => apiFetch<ApiResponse<'listOfficeDivisions'>>(`/offices/${encodeURIComponent(id)}/divisions`, { signal }),
  });
}

/** GET /api/regions/:code — the province of an office, by name. */
export function useRegionName(code: string | null) {
  return useQuery({
    queryKey: ['regions', 'one', code],
    queryFn: ({ signal }) => apiFetch<ApiResponse<'getRegion'>>(`/regions/${encodeURIComponent(code ?? '')}`, { signal }),
    enabled: !!code,
    staleTime: Infinity,
    meta: { silent: true },
  });
}
