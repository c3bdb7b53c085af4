import { queryOptions, useMutation, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { useRouter } from '@tanstack/react-router';
import { userRoles } from '../../app/search-params';
import { apiFetch, apiSend, setCsrfToken } from '../../lib/api';
import { markSignedIn, markSignedOut } from './session-hint';

export const roles = userRoles;
export type Role = (typeof roles)[number];

export const partnerRoles: readonly Role[] = ['partner_pemda', 'partner_lpk', 'partner_mentor', 'partner_bumn', 'partner_p3mi'];

/** What a role needs besides an office (as the server checks it): staff a division, partners an organisation. */
export function roleNeeds(role: Role | null | undefined): { division: boolean; partner: boolean } {
  return { division: role === 'staff', partner: !!role && partnerRoles.includes(role) };
}

/** The signed-in caller (GET /api/auth/me). */
export interface Me {
  kind: 'user' | 'token';
  id: string;
  name: string;
  email: string | null;
  role: Role | 'token';
  officeId: string;
  allOffices: boolean;
  divisionId: string | null;
  partnerId: string | null;
  language: 'id' | 'en';
  scopes: string[];
  totpEnabled: boolean;
  totpEnrolmentRequired: boolean;
  mustChangePassword: boolean;
  csrfToken: string | null;
}

export const meKey = ['auth', 'me'] as const;

/** Remembers who is signed in: the query cache for the screens, the CSRF token for the API client. */
export function rememberMe(queryClient: QueryClient, me: Me) {
  setCsrfToken(me.csrfToken);
  markSignedIn();
  queryClient.setQueryData(meKey, me);
}

/**
 * Forgets the session on this side, in two steps: `leaveSession()` at once (no CSRF token, no
 * hint), then, once the sign-in page is on screen, `forgetMe()` empties the cache of the previous
 * user (emptying it earlier would make the screens still on their way out fetch again).
 */
export function leaveSession() {
  setCsrfToken(null);
  markSignedOut();
}

export function forgetMe(queryClient: QueryClient) {
  leaveSession();
  queryClient.removeQueries();
}

/** Leaves for the sign-in page, then forgets the session. */
export async function leaveForSignIn(queryClient: QueryClient, navigate: () => Promise<void>): Promise<void> {
  leaveSession();
  await navigate();
  forgetMe(queryClient);
}

export const meQuery = queryOptions({
  queryKey: meKey,
  queryFn: async ({ signal }) => {
    const me = await apiFetch<Me>('/auth/me', { signal });
    setCsrfToken(me.csrfToken);
    markSignedIn();
    return me;
  },
  staleTime: 5 * 60_000,
  retry: false,
  meta: { silent: true },
});

/**
 * The last person known to be signed in: while the app leaves for the sign-in page after a sign-out
 * (the cache already emptied), the screens still on their way out keep rendering with it.
 */
let lastMe: Me | null = null;

/** The signed-in person. Screens inside the app are only rendered once it is known (see the route guard). */
export function useMe(): Me {
  const { data } = useQuery(meQuery);
  if (data) lastMe = data;
  const me = data ?? lastMe;
  if (!me) throw new Error('useMe() outside the signed-in part of the app');
  return me;
}

/** The scopes of the caller as a lookup: `can('users:read')`. */
export function useCan() {
  const me = useMe();
  return (scope: string) => me.scopes.includes(scope);
}

export interface SignInInput {
  email: string;
  password: string;
  totp?: string;
}

export function signIn(input: SignInInput) {
  return apiSend<Me>('POST', '/auth/sign-in', input);
}

/** Signs out (here or everywhere) and goes to the sign-in page; the cache is emptied once there. */
export function useSignOut() {
  const queryClient = useQueryClient();
  const router = useRouter();
  return useMutation({
    mutationFn: (everywhere: boolean) => apiSend<{ ok: true }>('POST', everywhere ? '/auth/sign-out-everywhere' : '/auth/sign-out'),
    onSuccess: () => leaveForSignIn(queryClient, () => router.navigate({ to: '/masuk' })),
  });
}

export function useUpdateLanguage() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (language: 'id' | 'en') => apiSend<Me>('PATCH', '/auth/me', { language }),
    onSuccess: (me) => rememberMe(queryClient, me),
  });
}
