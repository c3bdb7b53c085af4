import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiFetch, apiSend } from '../../lib/api';
import type { Page } from '../../lib/api-types';

export const scopeResources = ['offices', 'users', 'api-tokens', 'audit-events', 'reports', 'partners', 'persons', 'person-health'] as const;
export const scopeActions = ['read', 'create', 'update', 'export', 'reveal', 'merge'] as const;

export interface ApiToken {
  id: string;
  version: number;
  name: string;
  prefix: string;
  officeId: string;
  scopes: string[];
  createdAt: string;
  lastUsedAt: string | null;
  expiresAt: string | null;
  revoked: boolean;
}

/** GET /api/api-tokens */
export function useTokens() {
  return useQuery({
    queryKey: ['api-tokens'],
    queryFn: ({ signal }) => apiFetch<Page<ApiToken>>('/api-tokens', { params: { pageSize: 200 }, signal }),
  });
}

export function useCreateToken() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: { name: string; scopes: string[]; expiresAt?: string }) => apiSend<{ token: string; apiToken: ApiToken }>('POST', '/api-tokens', input),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['api-tokens'] }),
    meta: { silent: true },
  });
}

export function useRevokeToken() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => apiSend<ApiToken>('DELETE', `/api-tokens/${encodeURIComponent(id)}`),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['api-tokens'] }),
  });
}
