import { useQuery } from '@tanstack/react-query';
import { apiFetch } from '../../lib/api';

export interface Overview {
  offices: number;
  divisions: number;
  regions: { provinces: number; regencies: number; districts: number; villages: number };
  countries: number;
  sswFields: { active: number; upcoming: number };
  documentTypes: number;
  complaintCategories: number;
  registry: { cpmi: number; pmi: number; purna: number; women: number; passportsExpiring: number };
  datasets: { name: string; version: string; rowCount: number; loadedAt: string }[];
}

/** GET /api/reports/overview: the figures of the dashboard. */
export function useOverview() {
  return useQuery({
    queryKey: ['reports', 'overview'],
    queryFn: ({ signal }) => apiFetch<Overview>('/reports/overview', { signal }),
  });
}
