import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiFetch, apiSend } from '../../lib/api';
import type { Page } from '../../lib/api-types';

export type EmployerKind = 'employer' | 'foreign_partner';
export const employerKinds: EmployerKind[] = ['employer', 'foreign_partner'];

export interface Employer {
  id: string;
  version: number;
  officeId: string;
  name: string;
  kind: EmployerKind;
  countryCode: string;
  countryName: string | null;
  city: string | null;
  address: string | null;
  sector: string | null;
  contactName: string | null;
  contactEmail: string | null;
  contactPhone: string | null;
  flagged: boolean;
  flagNote: string | null;
}
export interface EmployerDetail extends Employer {
  abilities: { update: boolean };
}

export const employersPageSize = 25;

/** GET /api/employers */
export function useEmployers(params: { q?: string; country?: string; kind?: EmployerKind; flagged?: 'true' | 'false'; page: number }) {
  return useQuery({
    queryKey: ['employers', 'list', params],
    queryFn: ({ signal }) => apiFetch<Page<Employer>>('/employers', { params: { ...params, pageSize: employersPageSize }, signal }),
    placeholderData: keepPreviousData,
  });
}

export function useEmployer(id: string) {
  return useQuery({ queryKey: ['employers', 'one', id], queryFn: ({ signal }) => apiFetch<EmployerDetail>(`/employers/${id}`, { signal }) });
}

export type EmployerInput = Partial<Omit<Employer, 'id' | 'officeId' | 'countryName'>>;

export function useSaveEmployer(id?: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: EmployerInput) =>
      id ? apiSend<EmployerDetail>('PATCH', `/employers/${id}`, body) : apiSend<EmployerDetail>('POST', '/employers', body),
    onSuccess: () => void qc.invalidateQueries({ queryKey: ['employers'] }),
  });
}
