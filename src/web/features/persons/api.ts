import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { AgeBand, EducationLevel, LifecycleStatus, MaritalStatus, Sex } from '../../../domain/registry';
import type { PersonSort } from '../../app/search-params';
import { apiFetch, apiSend, apiUrl } from '../../lib/api';
import { isIdentifierSearch } from './search-text';

export interface Page<T> {
  items: T[];
  total: number;
  page: number;
  pageSize: number;
}

export interface RegionRef {
  code: string;
  name: string;
}

export interface NikWarning {
  code: string;
  message: string;
}

/** A person as lists show them: identifiers masked. */
export interface PersonSummary {
  id: string;
  version: number;
  officeId: string;
  nikMasked: string;
  fullName: string;
  sex: Sex;
  birthDate: string;
  age: number;
  originRegency: RegionRef | null;
  status: LifecycleStatus;
  statusSince: string;
  destinationCountry: RegionRef | null;
  phone: string | null;
  createdAt: string;
  score?: number;
}

export interface StatusChange {
  fromStatus: LifecycleStatus | null;
  toStatus: LifecycleStatus;
  effectiveOn: string;
  note: string | null;
  changedBy: string | null;
  changedAt: string;
}

export interface PersonAbilities {
  update: boolean;
  reveal: boolean;
  merge: boolean;
  export: boolean;
  readHealth: boolean;
}

/** GET /api/persons/:id */
export interface Person extends PersonSummary {
  nikRegion: { regency: RegionRef | null; district: RegionRef | null };
  nikWarnings: NikWarning[];
  /** What the record breaks without being refused (cpmi_under_age: a CPMI under 18, UU 18/2017 Pasal 5). */
  warnings: NikWarning[];
  birthPlace: string | null;
  addressLine: string | null;
  addressRegion: RegionRef[];
  whatsapp: string | null;
  email: string | null;
  education: EducationLevel | null;
  maritalStatus: MaritalStatus | null;
  healthNotes: string | null;
  hasPhoto: boolean;
  passportMasked: string | null;
  mergedIntoId: string | null;
  mergedFrom: { id: string; fullName: string; nikMasked: string }[];
  statusHistory: StatusChange[];
  updatedAt: string;
  abilities: PersonAbilities;
}

export interface PersonListFilters {
  q?: string;
  status?: LifecycleStatus;
  sex?: Sex;
  regency?: string;
  ageBand?: AgeBand;
  country?: string;
  /** 6m: a passport expires within six months (the dashboard's card). */
  passportExpiring?: '6m';
  sort?: PersonSort;
}

export const personsPageSize = 25;

/**
 * GET /api/persons, or POST /api/persons/search when the search text may be an identifier: a NIK,
 * passport or phone number must not travel in a URL (histories, proxies, server logs).
 */
export function usePersons(filters: PersonListFilters, page: number) {
  const params = { ...filters, page, pageSize: personsPageSize };
  const byBody = isIdentifierSearch(filters.q);
  return useQuery({
    queryKey: ['persons', 'list', params],
    queryFn: ({ signal }) =>
      byBody
        ? apiFetch<Page<PersonSummary>>('/persons/search', {
            signal,
            init: { method: 'POST', body: JSON.stringify(dropEmpty(params)), headers: { 'content-type': 'application/json' } },
          })
        : apiFetch<Page<PersonSummary>>('/persons', { params, signal }),
    placeholderData: keepPreviousData,
    // An identifier typed in the search box is not kept once the list is left.
    gcTime: byBody ? 0 : undefined,
  });
}

const dropEmpty = <T extends object>(o: T) => Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined && v !== null && v !== '')) as Partial<T>;

export interface NikCheck {
  valid: boolean;
  nik: string | null;
  error: NikWarning | null;
  warnings: NikWarning[];
  sex: Sex | null;
  birthDate: string | null;
  region: { province: RegionRef | null; regency: RegionRef | null; district: RegionRef | null };
  existing: { id: string | null; fullName: string | null; otherOffice: boolean } | null;
}

/** POST /api/persons/nik-check: what a NIK says, checked as it is typed (the caller debounces). */
export function useNikCheck(input: { nik: string; birthDate?: string | null; sex?: Sex | null }) {
  const body = { nik: input.nik, birthDate: input.birthDate || null, sex: input.sex || null };
  return useQuery({
    queryKey: ['persons', 'nik-check', body],
    queryFn: ({ signal }) =>
      apiFetch<NikCheck>('/persons/nik-check', {
        signal,
        init: { method: 'POST', body: JSON.stringify(body), headers: { 'content-type': 'application/json' } },
      }),
    enabled: input.nik.replace(/\D/g, '').length > 0,
    placeholderData: keepPreviousData,
    staleTime: 5_000,
    gcTime: 30_000,
    meta: { silent: true },
  });
}

/** The fields of a person a form sends (create and update). */
export interface PersonFields {
  fullName: string;
  sex: Sex;
  birthPlace?: string | null;
  birthDate: string;
  addressLine?: string | null;
  addressRegionCode?: string | null;
  phone?: string | null;
  whatsapp?: string | null;
  email?: string | null;
  education?: EducationLevel | null;
  maritalStatus?: MaritalStatus | null;
  healthNotes?: string | null;
  destinationCountryCode?: string | null;
}

export interface CreatePersonInput extends PersonFields {
  nik: string;
}

/** POST /api/persons: field errors, and a NIK already registered (409 nik_taken), are shown on the form. */
export function useCreatePerson() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: CreatePersonInput) => apiSend<{ person: Person; likelyDuplicates: PersonSummary[] }>('POST', '/persons', input),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: ['persons', 'list'] });
      void queryClient.invalidateQueries({ queryKey: ['persons', 'duplicates'] });
      queryClient.removeQueries({ queryKey: ['persons', 'nik-check'] });
    },
    meta: { silent: true },
  });
}

export const personKey = (id: string) => ['persons', 'one', id] as const;

/** GET /api/persons/:id — a missing person is shown as a page of its own. Each read is audited. */
export function usePerson(id: string) {
  return useQuery({
    queryKey: personKey(id),
    queryFn: ({ signal }) => apiFetch<Person>(`/persons/${encodeURIComponent(id)}`, { signal }),
    meta: { silent: true },
  });
}

/** After a change: the record, its timeline and the lists. */
function useAfterPersonChange(id: string) {
  const queryClient = useQueryClient();
  return (person?: Person) => {
    if (person) queryClient.setQueryData(personKey(id), person);
    void queryClient.invalidateQueries({ queryKey: ['persons', 'timeline', id] });
    void queryClient.invalidateQueries({ queryKey: ['persons', 'list'] });
  };
}

/** PATCH /api/persons/:id with the version read: a stale version answers 409 version_conflict. */
export function useUpdatePerson(id: string) {
  const after = useAfterPersonChange(id);
  return useMutation({
    mutationFn: (input: Partial<PersonFields> & { version: number }) => apiSend<Person>('PATCH', `/persons/${encodeURIComponent(id)}`, input),
    onSuccess: (person) => after(person),
    meta: { silent: true },
  });
}

/** POST /api/persons/:id/status: CPMI → PMI → PMI Purna → CPMI, dated. */
export function useChangeStatus(id: string) {
  const after = useAfterPersonChange(id);
  return useMutation({
    mutationFn: (input: { version: number; status: LifecycleStatus; effectiveOn: string; note?: string | null }) =>
      apiSend<Person>('POST', `/persons/${encodeURIComponent(id)}/status`, input),
    onSuccess: (person) => after(person),
    meta: { silent: true },
  });
}

/** POST /api/persons/:id/reveal: the full NIK or passport number, with a reason that is audited. */
export function useRevealIdentifier(id: string) {
  return useMutation({
    mutationFn: (input: { field: 'nik' | 'passport'; reason: string }) =>
      apiSend<{ field: 'nik' | 'passport'; value: string | null }>('POST', `/persons/${encodeURIComponent(id)}/reveal`, input),
    meta: { silent: true },
  });
}

export interface TimelineEvent {
  id: number;
  at: string;
  module: string;
  kind: string;
  data: Record<string, string | number | boolean | null> | null;
  /** Who acted as recorded then (an email, a token name). */
  actorLabel: string | null;
  /** The name of the user who acted, when a user did: what the timeline shows. */
  actorName: string | null;
  refType: string | null;
  refId: string | null;
}

export const timelinePageSize = 30;

/** GET /api/persons/:id/timeline, newest first. */
export function useTimeline(id: string, page: number) {
  return useQuery({
    queryKey: ['persons', 'timeline', id, page],
    queryFn: ({ signal }) =>
      apiFetch<Page<TimelineEvent>>(`/persons/${encodeURIComponent(id)}/timeline`, { params: { page, pageSize: timelinePageSize, order: 'desc' }, signal }),
    placeholderData: keepPreviousData,
  });
}

/** GET /api/persons/:id/export: a JSON file for a data-subject request (UU 27/2022). */
export const personExportUrl = (id: string) => apiUrl(`/persons/${encodeURIComponent(id)}/export`);

export interface LikelyDuplicate {
  a: PersonSummary;
  b: PersonSummary;
  score: number;
  reasons: ('name' | 'birth_date' | 'regency' | 'phone')[];
}

export const duplicatesPageSize = 10;

/** GET /api/persons/duplicates */
export function useDuplicates(page: number) {
  return useQuery({
    queryKey: ['persons', 'duplicates', page],
    queryFn: ({ signal }) => apiFetch<Page<LikelyDuplicate>>('/persons/duplicates', { params: { page, pageSize: duplicatesPageSize }, signal }),
    placeholderData: keepPreviousData,
  });
}

/** POST /api/persons/merge: the duplicate is folded into the record kept. */
export function useMergePersons() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: { survivorId: string; duplicateId: string; survivorVersion: number; duplicateVersion: number; reason: string }) =>
      apiSend<Person>('POST', '/persons/merge', input),
    onSuccess: (person) => {
      queryClient.setQueryData(personKey(person.id), person);
      void queryClient.invalidateQueries({ queryKey: ['persons'] });
    },
    meta: { silent: true },
  });
}

/** POST /api/persons/duplicates/dismiss: two different people; the pair leaves the review list. */
export function useDismissDuplicate() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: { personA: string; personB: string }) => apiSend<void>('POST', '/persons/duplicates/dismiss', input),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: ['persons', 'duplicates'] }),
  });
}

export interface SavedView {
  id: string;
  version: number;
  list: 'persons';
  name: string;
  filters: Record<string, string>;
}

/** GET /api/saved-views?list=persons: the caller's own named filter sets. */
export function useSavedViews() {
  return useQuery({
    queryKey: ['saved-views', 'persons'],
    queryFn: ({ signal }) => apiFetch<Page<SavedView>>('/saved-views', { params: { list: 'persons' }, signal }),
    staleTime: 5 * 60_000,
  });
}

export function useSaveView() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: { name: string; filters: Record<string, string> }) => apiSend<SavedView>('POST', '/saved-views', { list: 'persons', ...input }),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: ['saved-views', 'persons'] }),
    meta: { silent: true },
  });
}

export function useDeleteView() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => apiSend<void>('DELETE', `/saved-views/${encodeURIComponent(id)}`),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: ['saved-views', 'persons'] }),
  });
}
