import { useQuery } from '@tanstack/react-query';
import { apiFetch } from '../lib/api';
import { meQuery } from '../features/auth/api';

interface OfficeSummary {
  id: string;
  name: string;
  kind: 'national' | 'bp3mi' | 'p4mi' | 'ltsa';
  city: string | null;
  timeZone: string;
}

/**
 * The office of the signed-in person, shown in the header and the user menu. Asked only of callers
 * who may read offices (not, for example, while a second factor must still be enrolled).
 */
export function useHomeOffice() {
  const me = useQuery(meQuery).data;
  const officeId = me?.officeId ?? '';
  return useQuery({
    queryKey: ['offices', 'one', officeId],
    queryFn: ({ signal }) => apiFetch<OfficeSummary>(`/offices/${encodeURIComponent(officeId)}`, { signal }),
    enabled: !!me && me.scopes.includes('offices:read'),
    staleTime: 10 * 60_000,
  });
}

export function useVersion() {
  return useQuery({
    queryKey: ['health'],
    queryFn: ({ signal }) => apiFetch<{ version: string }>('/health', { signal }),
    staleTime: Infinity,
    meta: { silent: true },
  });
}
