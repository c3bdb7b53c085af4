import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiFetch, apiSend } from '../../lib/api';
import type { Page } from '../../lib/api-types';

export type LicenceState = 'valid' | 'expiring' | 'expired';
export type AgencyStatus = 'active' | 'suspended' | 'revoked';
export const agencyStatuses: AgencyStatus[] = ['active', 'suspended', 'revoked'];
export const licenceStates: LicenceState[] = ['valid', 'expiring', 'expired'];

interface AgencyRef {
  id: string;
  name: string;
  licenceNumber: string;
}

export interface Agency {
  id: string;
  version: number;
  officeId: string;
  name: string;
  licenceNumber: string;
  licenceIssuedOn: string | null;
  licenceValidUntil: string;
  licenceState: LicenceState;
  status: AgencyStatus;
  statusReason: string | null;
  headAgencyId: string | null;
  headAgency: AgencyRef | null;
  address: string | null;
  regionCode: string | null;
  regionName: string | null;
  phone: string | null;
  email: string | null;
  partnerId: string | null;
}
export interface AgencyDetail extends Agency {
  branches: AgencyRef[];
  abilities: { update: boolean };
}

export interface Permit {
  id: string;
  version: number;
  agencyId: string;
  number: string;
  countryCode: string | null;
  countryName: string | null;
  issuedOn: string | null;
  validUntil: string;
  state: LicenceState;
  quota: number;
  used: number;
  remaining: number;
}

export const agenciesPageSize = 25;

/** GET /api/agencies */
export function useAgencies(params: { q?: string; status?: AgencyStatus; licenceState?: LicenceState; page: number; pageSize?: number }) {
  return useQuery({
    queryKey: ['agencies', 'list', params],
    queryFn: ({ signal }) => apiFetch<Page<Agency>>('/agencies', { params: { pageSize: agenciesPageSize, ...params }, signal }),
    placeholderData: keepPreviousData,
  });
}

export function useAgency(id: string) {
  return useQuery({ queryKey: ['agencies', 'one', id], queryFn: ({ signal }) => apiFetch<AgencyDetail>(`/agencies/${id}`, { signal }) });
}

export function usePermits(agencyId: string) {
  return useQuery({
    queryKey: ['agencies', 'permits', agencyId],
    queryFn: ({ signal }) => apiFetch<{ items: Permit[] }>(`/agencies/${agencyId}/permits`, { signal }),
  });
}

export type AgencyInput = Partial<Omit<Agency, 'id' | 'officeId' | 'licenceState' | 'headAgency' | 'regionName'>>;

export function useSaveAgency(id?: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: AgencyInput) => (id ? apiSend<AgencyDetail>('PATCH', `/agencies/${id}`, body) : apiSend<AgencyDetail>('POST', '/agencies', body)),
    onSuccess: () => void qc.invalidateQueries({ queryKey: ['agencies'] }),
  });
}

export type PermitInput = Partial<Pick<Permit, 'version' | 'number' | 'countryCode' | 'issuedOn' | 'validUntil' | 'quota'>>;

export function useSavePermit(agencyId: string, permitId?: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: PermitInput) =>
      permitId ? apiSend<Permit>('PATCH', `/agencies/${agencyId}/permits/${permitId}`, body) : apiSend<Permit>('POST', `/agencies/${agencyId}/permits`, body),
    onSuccess: () => void qc.invalidateQueries({ queryKey: ['agencies', 'permits', agencyId] }),
  });
}
