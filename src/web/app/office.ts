import { useQuery } from '@tanstack/react-query';
import { apiFetch } from '../lib/api';

interface OfficeSummary {
  id: string;
  name: string;
  kind: 'national' | 'bp3mi' | 'p4mi' | 'ltsa';
  city: string | null;
  timeZone: string;
}

/**
 * The office this deployment serves, shown in the header: the first regional office, as on the
 * public site. A national deployment with many offices will take it from the signed-in user.
 */
export function useHomeOffice() {
  return useQuery({
    queryKey: ['offices', 'home'],
    queryFn: async ({ signal }) => {
      const page = await apiFetch<{ items: OfficeSummary[] }>('/offices', { params: { pageSize: 50, sort: 'name' }, signal });
      return page.items.find((o) => o.kind !== 'national') ?? page.items[0] ?? null;
    },
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
