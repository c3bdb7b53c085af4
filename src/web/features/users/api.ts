import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { UserSort } from '../../app/search-params';
import { apiFetch, apiSend } from '../../lib/api';
import type { Role } from '../auth/api';
import type { ApiSchema, Page } from '../../lib/api-types';

type Division = ApiSchema<'Division'>;

export interface User {
  id: string;
  version: number;
  email: string;
  name: string;
  role: Role;
  officeId: string;
  divisionId: string | null;
  partnerId: string | null;
  language: 'id' | 'en';
  totpEnabled: boolean;
  mustChangePassword: boolean;
  disabled: boolean;
  lastSignInAt: string | null;
  createdAt: string;
  abilities: { update: boolean; disable: boolean };
}

export type PartnerKind = 'pemda' | 'lpk' | 'university' | 'bumn' | 'p3mi' | 'school' | 'ngo' | 'foreign';
export interface Partner {
  id: string;
  officeId: string;
  name: string;
  kind: PartnerKind;
  regionCode: string | null;
}

export const usersPageSize = 25;

/** GET /api/users */
export function useUsers(params: { q?: string; role?: Role; disabled?: 'true' | 'false'; page: number; sort: UserSort }) {
  return useQuery({
    queryKey: ['users', 'list', params],
    queryFn: ({ signal }) => apiFetch<Page<User>>('/users', { params: { ...params, pageSize: usersPageSize }, signal }),
    placeholderData: keepPreviousData,
  });
}

/** Every user of the caller's offices, for pickers (the audit log's "by whom"). */
export function useAllUsers(enabled: boolean) {
  return useQuery({
    queryKey: ['users', 'all'],
    queryFn: ({ signal }) => apiFetch<Page<User>>('/users', { params: { pageSize: 200, sort: 'name' }, signal }),
    enabled,
    staleTime: 5 * 60_000,
  });
}

/** GET /api/users/:id — a missing user is shown as a page of its own. */
export function useUser(id: string) {
  return useQuery({
    queryKey: ['users', 'one', id],
    queryFn: ({ signal }) => apiFetch<User>(`/users/${encodeURIComponent(id)}`, { signal }),
    meta: { silent: true },
  });
}

/** Divisions of an office, for the division picker and names in lists. */
export function useDivisions(officeId: string | undefined, enabled = true) {
  return useQuery({
    queryKey: ['offices', 'divisions', officeId],
    queryFn: ({ signal }) => apiFetch<{ items: Division[]; total: number }>(`/offices/${encodeURIComponent(officeId ?? '')}/divisions`, { signal }),
    enabled: enabled && !!officeId,
    staleTime: 10 * 60_000,
  });
}

/** Partner organisations the caller may see, for the partner picker and names in lists. */
export function usePartners(enabled = true) {
  return useQuery({
    queryKey: ['partners', 'all'],
    queryFn: ({ signal }) => apiFetch<Page<Partner>>('/partners', { params: { pageSize: 200 }, signal }),
    enabled,
    staleTime: 10 * 60_000,
  });
}

export interface CreateUserInput {
  email: string;
  name: string;
  role: Role;
  divisionId?: string | null;
  partnerId?: string | null;
  password?: string;
}

/** POST /api/users: field errors and "e-mail taken" are shown on the form. */
export function useCreateUser() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: CreateUserInput) => apiSend<{ user: User; initialPassword: string | null }>('POST', '/users', input),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['users'] }),
    meta: { silent: true },
  });
}

export interface UpdateUserInput {
  version: number;
  name?: string;
  role?: Role;
  divisionId?: string | null;
  partnerId?: string | null;
  disabled?: boolean;
}

/** PATCH /api/users/:id with the version read: a stale version answers 409 version_conflict. */
export function useUpdateUser(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: UpdateUserInput) => apiSend<User>('PATCH', `/users/${encodeURIComponent(id)}`, input),
    onSuccess: (user) => {
      queryClient.setQueryData(['users', 'one', id], user);
      void queryClient.invalidateQueries({ queryKey: ['users', 'list'] });
      void queryClient.invalidateQueries({ queryKey: ['users', 'all'] });
    },
    meta: { silent: true },
  });
}
