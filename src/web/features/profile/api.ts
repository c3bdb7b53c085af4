import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiFetch, apiSend } from '../../lib/api';
import { meKey, meQuery } from '../auth/api';

export interface Session {
  id: string;
  createdAt: string;
  lastSeenAt: string;
  expiresAt: string;
  ip: string | null;
  userAgent: string | null;
  current: boolean;
}

export interface TotpSetup {
  secret: string;
  uri: string;
  qrDataUrl: string;
}

/** GET /api/auth/sessions */
export function useSessions() {
  return useQuery({
    queryKey: ['auth', 'sessions'],
    queryFn: ({ signal }) => apiFetch<{ items: Session[] }>('/auth/sessions', { signal }),
    staleTime: 0,
  });
}

export function useEndSession() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => apiSend<{ ok: true }>('DELETE', `/auth/sessions/${encodeURIComponent(id)}`),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['auth', 'sessions'] }),
  });
}

/** POST /api/auth/password: field errors are shown on the form, not as a notification. */
export function useChangePassword() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: { currentPassword: string; newPassword: string }) => apiSend<{ ok: true }>('POST', '/auth/password', body),
    onSuccess: () => queryClient.fetchQuery({ ...meQuery, staleTime: 0 }),
    meta: { silent: true },
  });
}

export function useStartTotp() {
  return useMutation({ mutationFn: () => apiSend<TotpSetup>('POST', '/auth/totp/setup') });
}

export function useConfirmTotp() {
  return useMutation({
    mutationFn: (code: string) => apiSend<{ recoveryCodes: string[] }>('POST', '/auth/totp/confirm', { code }),
    meta: { silent: true },
  });
}

/** After enrolment the session may do everything again: ask who we are, with the full scopes. */
export function useRefreshMe() {
  const queryClient = useQueryClient();
  return () => queryClient.fetchQuery({ queryKey: meKey, queryFn: meQuery.queryFn, staleTime: 0 });
}

/** "Chrome di Windows" from a user-agent string: enough to recognise one's own devices. */
export function describeUserAgent(ua: string | null): { browser: string | null; system: string | null } {
  if (!ua) return { browser: null, system: null };
  const browser = /Edg\//.test(ua)
    ? 'Edge'
    : /OPR\//.test(ua)
      ? 'Opera'
      : /Firefox\//.test(ua)
        ? 'Firefox'
        : /Chrome\/|Chromium\//.test(ua)
          ? 'Chrome'
          : /Safari\//.test(ua)
            ? 'Safari'
            : null;
  const system = /Android/.test(ua)
    ? 'Android'
    : /iPhone|iPad|iPod/.test(ua)
      ? 'iOS'
      : /Windows/.test(ua)
        ? 'Windows'
        : /Mac OS X|Macintosh/.test(ua)
          ? 'macOS'
          : /CrOS/.test(ua)
            ? 'ChromeOS'
            : /Linux/.test(ua)
              ? 'Linux'
              : null;
  return { browser, system };
}
