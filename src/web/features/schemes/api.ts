import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiFetch, apiSend } from '../../lib/api';
import type { ApiSchema, Page } from '../../lib/api-types';

export type Scheme = ApiSchema<'Scheme'>;
export type SchemeDetail = ApiSchema<'SchemeDetail'>;
export type SchemeRuleVersion = ApiSchema<'SchemeRuleVersion'>;
export type Rule = ApiSchema<'DescribedRule'>['rule'];
export type RuleKind = Rule['kind'];
export type Eligibility = ApiSchema<'EligibilityResult'>;
export type EligibilityRule = ApiSchema<'EligibilityRuleResult'>;

export const schemesPageSize = 50;

/** GET /api/schemes */
export function useSchemes(params: { q?: string; page: number; active?: 'true' | 'false' }) {
  return useQuery({
    queryKey: ['schemes', 'list', params],
    queryFn: ({ signal }) => apiFetch<Page<Scheme>>('/schemes', { params: { ...params, pageSize: schemesPageSize }, signal }),
    placeholderData: keepPreviousData,
  });
}

/** GET /api/schemes/:code — a missing scheme is shown as a page of its own. */
export function useScheme(code: string) {
  return useQuery({
    queryKey: ['schemes', 'one', code],
    queryFn: ({ signal }) => apiFetch<SchemeDetail>(`/schemes/${encodeURIComponent(code)}`, { signal }),
    meta: { silent: true },
  });
}

/** GET /api/schemes/:code/rules/:ruleVersion */
export function useRuleVersion(code: string, ruleVersion: number | null) {
  return useQuery({
    queryKey: ['schemes', 'rules', code, ruleVersion],
    queryFn: ({ signal }) => apiFetch<SchemeRuleVersion>(`/schemes/${encodeURIComponent(code)}/rules/${ruleVersion}`, { signal }),
    enabled: ruleVersion !== null,
  });
}

/** PUT /api/schemes/:code/rules — a new version of the rules. */
export function useUpdateRules(code: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: { version: number; rules: Rule[]; note: string }) => apiSend<SchemeDetail>('PUT', `/schemes/${encodeURIComponent(code)}/rules`, body),
    meta: { silent: true },
    onSuccess: (data) => {
      queryClient.setQueryData(['schemes', 'one', code], data);
      void queryClient.invalidateQueries({ queryKey: ['schemes', 'list'] });
      void queryClient.invalidateQueries({ queryKey: ['eligibility'] });
    },
  });
}

/** GET /api/persons/:id/eligibility — every active scheme, or one. */
export function useEligibility(personId: string, scheme: string | null) {
  return useQuery({
    queryKey: ['eligibility', personId, scheme],
    queryFn: ({ signal }) =>
      apiFetch<ApiSchema<'PersonEligibility'>>(`/persons/${encodeURIComponent(personId)}/eligibility`, { params: { scheme: scheme ?? undefined }, signal }),
  });
}
