import type { QueryClient } from '@tanstack/react-query';
import { ApiError } from '../../lib/api';
import { forgetMe, meQuery, type Me } from './api';
import { hasSignedInHint, isSessionActive, markSignedOut } from './session-hint';

/**
 * Who is signed in, for the route guard: from the cache, else from GET /api/auth/me. A browser that
 * never signed in (or signed out) is not asked at all. `expired` says the server ended the session.
 */
export async function loadMe(queryClient: QueryClient): Promise<{ me: Me | null; expired: boolean }> {
  const cached = queryClient.getQueryData(meQuery.queryKey);
  if (cached && isSessionActive()) return { me: cached, expired: false };
  if (!hasSignedInHint()) return { me: null, expired: false };
  try {
    return { me: await queryClient.fetchQuery({ ...meQuery, staleTime: 0 }), expired: false };
  } catch (error) {
    if (error instanceof ApiError && error.statusCode === 401) {
      forgetMe(queryClient);
      markSignedOut();
      return { me: null, expired: error.code === 'session_expired' };
    }
    throw error;
  }
}
