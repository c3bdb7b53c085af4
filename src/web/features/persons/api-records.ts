import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ConsentChannel, FamilyRelation, LegalBasis, QualificationKind } from '../../../domain/registry';
import { apiFetch, apiSend, apiUpload, apiUrl } from '../../lib/api';
import { personKey, type Page } from './api';

/**
 * The records kept around a person: family, documents, qualifications, consents and the photo. Each
 * change moves the person's timeline on, so that is refreshed with it.
 */

export interface FamilyMember {
  id: string;
  version: number;
  personId: string;
  fullName: string;
  relation: FamilyRelation;
  nikMasked: string | null;
  birthDate: string | null;
  phone: string | null;
  addressLine: string | null;
  emergencyContact: boolean;
  createdAt: string;
}
export interface FamilyMemberInput {
  fullName: string;
  relation: FamilyRelation;
  nik?: string | null;
  birthDate?: string | null;
  phone?: string | null;
  addressLine?: string | null;
  emergencyContact?: boolean;
}

export type DocumentWarning = 'expired' | 'passport_expiring' | 'health_certificate_old' | 'expiring';
export interface PersonDocument {
  id: string;
  version: number;
  personId: string;
  typeCode: string;
  typeName: string;
  placementRequired: boolean;
  number: string | null;
  numberMasked: string | null;
  issuedOn: string | null;
  expiresOn: string | null;
  issuer: string | null;
  notes: string | null;
  file: { mediaType: string; sizeBytes: number; uploadedAt: string } | null;
  verified: { at: string; by: string | null } | null;
  warnings: DocumentWarning[];
  restricted: boolean;
  createdAt: string;
}
export interface DocumentInput {
  typeCode: string;
  number?: string | null;
  issuedOn?: string | null;
  expiresOn?: string | null;
  issuer?: string | null;
  notes?: string | null;
}

export interface Qualification {
  id: string;
  version: number;
  personId: string;
  kind: QualificationKind;
  title: string;
  level: string | null;
  sswFieldCode: string | null;
  sswFieldName: string | null;
  countryCode: string | null;
  countryName: string | null;
  organisation: string | null;
  certificateNumber: string | null;
  startedOn: string | null;
  endedOn: string | null;
  notes: string | null;
  createdAt: string;
}
export type QualificationInput = Omit<Qualification, 'id' | 'version' | 'personId' | 'sswFieldName' | 'countryName' | 'createdAt'>;

export interface Consent {
  id: string;
  version: number;
  personId: string;
  purpose: string;
  legalBasis: LegalBasis;
  givenOn: string;
  channel: ConsentChannel;
  withdrawnOn: string | null;
  withdrawalNote: string | null;
  recordedBy: string | null;
  createdAt: string;
}
export interface ConsentInput {
  purpose: string;
  legalBasis: LegalBasis;
  givenOn: string;
  channel: ConsentChannel;
}

const base = (personId: string) => `/persons/${encodeURIComponent(personId)}`;

/** A list of one kind of record of a person, with create, update and delete. */
function recordHooks<T extends { id: string }, I>(segment: string) {
  const key = (personId: string) => ['persons', segment, personId] as const;
  return {
    key,
    useList(personId: string, enabled = true) {
      return useQuery({
        queryKey: key(personId),
        queryFn: ({ signal }) => apiFetch<Page<T>>(`${base(personId)}/${segment}`, { params: { pageSize: 100 }, signal }),
        enabled,
      });
    },
    useSave(personId: string) {
      const queryClient = useQueryClient();
      return useMutation({
        mutationFn: ({ id, version, input }: { id?: string; version?: number; input: I }) =>
          id
            ? apiSend<T>('PATCH', `${base(personId)}/${segment}/${encodeURIComponent(id)}`, { version, ...input })
            : apiSend<T>('POST', `${base(personId)}/${segment}`, input),
        onSuccess: () => {
          void queryClient.invalidateQueries({ queryKey: key(personId) });
          void queryClient.invalidateQueries({ queryKey: ['persons', 'timeline', personId] });
        },
        meta: { silent: true },
      });
    },
    useRemove(personId: string) {
      const queryClient = useQueryClient();
      return useMutation({
        mutationFn: ({ id, version }: { id: string; version: number }) =>
          apiFetch<void>(`${base(personId)}/${segment}/${encodeURIComponent(id)}`, { params: { version }, init: { method: 'DELETE' } }),
        onSuccess: () => {
          void queryClient.invalidateQueries({ queryKey: key(personId) });
          void queryClient.invalidateQueries({ queryKey: ['persons', 'timeline', personId] });
          // The passport number on the profile comes from the documents.
          void queryClient.invalidateQueries({ queryKey: personKey(personId) });
        },
      });
    },
  };
}

export const family = recordHooks<FamilyMember, FamilyMemberInput>('family-members');
export const documents = recordHooks<PersonDocument, DocumentInput>('documents');
export const qualifications = recordHooks<Qualification, QualificationInput>('qualifications');
export const consents = recordHooks<Consent, ConsentInput>('consents');

/** POST …/documents/:documentId/verify: checked against the original, by whom and when. */
export function useVerifyDocument(personId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, version }: { id: string; version: number }) =>
      apiSend<PersonDocument>('POST', `${base(personId)}/documents/${encodeURIComponent(id)}/verify`, { version }),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: documents.key(personId) });
      void queryClient.invalidateQueries({ queryKey: ['persons', 'timeline', personId] });
    },
  });
}

/** Default upload limit of the server (UPLOAD_MAX_BYTES); a larger file is refused with 413 and the real limit. */
export const documentMaxBytes = 10 * 1024 * 1024;
export const photoMaxBytes = 5 * 1024 * 1024;
export const documentFileTypes = ['application/pdf', 'image/jpeg', 'image/png', 'image/webp'];
export const photoFileTypes = ['image/jpeg', 'image/png', 'image/webp'];

/** PUT …/documents/:documentId/file (multipart, part "file"). */
export function useUploadDocumentFile(personId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, file }: { id: string; file: File }) =>
      apiUpload<PersonDocument>('PUT', `${base(personId)}/documents/${encodeURIComponent(id)}/file`, file),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: documents.key(personId) });
      void queryClient.invalidateQueries({ queryKey: ['persons', 'timeline', personId] });
    },
    meta: { silent: true },
  });
}

/** GET …/documents/:documentId/file: the scan, shown inline (the session cookie goes with it). */
export const documentFileUrl = (personId: string, documentId: string, uploadedAt?: string) =>
  apiUrl(`${base(personId)}/documents/${encodeURIComponent(documentId)}/file`, { v: uploadedAt });

/** POST …/consents/:consentId/withdraw */
export function useWithdrawConsent(personId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, ...body }: { id: string; version: number; withdrawnOn: string; note?: string | null }) =>
      apiSend<Consent>('POST', `${base(personId)}/consents/${encodeURIComponent(id)}/withdraw`, body),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: consents.key(personId) });
      void queryClient.invalidateQueries({ queryKey: ['persons', 'timeline', personId] });
    },
    meta: { silent: true },
  });
}

/** PUT /api/persons/:id/photo; the person's version moves on, so the record is read again. */
export function useUploadPhoto(personId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (file: File) => apiUpload<void>('PUT', `${base(personId)}/photo`, file),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: personKey(personId) });
      void queryClient.invalidateQueries({ queryKey: ['persons', 'timeline', personId] });
    },
    meta: { silent: true },
  });
}

export const photoUrl = (personId: string, version: number) => apiUrl(`${base(personId)}/photo`, { v: version });
