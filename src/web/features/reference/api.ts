import { useQuery } from '@tanstack/react-query';
import { apiFetch } from '../../lib/api';

interface Named {
  code: string;
  nameId: string;
  nameEn: string;
}
export interface Country extends Named {
  alpha3: string;
  numeric: string;
}
export interface SswField extends Named {
  nameJa: string | null;
  effectiveFrom: string;
  effectiveTo: string | null;
  ssw2: boolean;
}
export interface DocumentType extends Named {
  legalBasis: string | null;
  placementRequired: boolean;
  validityMonths: number | null;
  sensitive: boolean;
}
export type ComplaintCategory = Named;
export interface ReferenceDataset {
  name: string;
  version: string;
  source: string;
  license: string | null;
  rowCount: number;
  loadedAt: string;
}

interface Whole<T> {
  items: T[];
  total: number;
}

/** Reference lists change only when an operator imports a new version: cache them for the session. */
function useWhole<T>(path: string) {
  return useQuery({
    queryKey: ['reference', path],
    queryFn: ({ signal }) => apiFetch<Whole<T>>(path, { signal }),
    staleTime: Infinity,
  });
}

export const useCountries = () => useWhole<Country>('/countries');
export const useSswFields = () => useWhole<SswField>('/ssw-fields');
export const useDocumentTypes = () => useWhole<DocumentType>('/document-types');
export const useComplaintCategories = () => useWhole<ComplaintCategory>('/complaint-categories');
export const useReferenceDatasets = () => useWhole<ReferenceDataset>('/reference-datasets');
