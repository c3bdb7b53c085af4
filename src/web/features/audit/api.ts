import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { apiFetch, apiUrl, type QueryParams } from '../../lib/api';
import type { AuditSearch } from '../../app/search-params';
import { endOfDayInOffice, startOfDayInOffice } from '../../lib/format';
import type { Page } from '../../lib/api-types';

export interface AuditEvent {
  id: number;
  at: string;
  officeId: string | null;
  actorUserId: string | null;
  actorTokenId: string | null;
  actorLabel: string | null;
  action: string;
  outcome: 'success' | 'failure' | 'denied';
  resourceType: string | null;
  resourceId: string | null;
  /** What the record is called now (a person's or user's name; never a NIK). */
  resourceLabel: string | null;
  ip: string | null;
  requestId: string | null;
  details: Record<string, unknown> | null;
}

/** Actions the server records, in the order of the filter list. */
export const auditActions = [
  'auth.sign_in',
  'auth.sign_out',
  'auth.sign_out_everywhere',
  'auth.password_change',
  'auth.totp_enable',
  'auth.session_end',
  'access.denied',
  'user.create',
  'user.update',
  'user.disable',
  'api_token.create',
  'api_token.revoke',
  'audit.export',
  'person.create',
  'person.nik_check',
  'person.read',
  'person.update',
  'person.status',
  'person.reveal',
  'person.merge',
  'person.duplicate_dismiss',
  'person.export',
  'person.photo_update',
  'family.create',
  'family.update',
  'family.delete',
  'document.create',
  'document.update',
  'document.delete',
  'document.verify',
  'document.file_upload',
  'document.file_read',
  'qualification.create',
  'qualification.update',
  'qualification.delete',
  'consent.create',
  'consent.withdraw',
] as const;

export const auditPageSize = 50;

/** The screen's filters as the API's: calendar days in WIB become instants, "to" includes its day. */
export function auditFilterParams(search: AuditSearch): QueryParams {
  return {
    action: search.action,
    outcome: search.outcome,
    actorUserId: search.actor,
    resourceType: search.resourceType,
    resourceId: search.resourceId,
    from: search.from ? startOfDayInOffice(search.from) : undefined,
    to: search.to ? endOfDayInOffice(search.to) : undefined,
  };
}

/** GET /api/audit-events */
export function useAuditEvents(search: AuditSearch) {
  const page = search.page ?? 1;
  return useQuery({
    queryKey: ['audit-events', { ...search, page }],
    queryFn: ({ signal }) => apiFetch<Page<AuditEvent>>('/audit-events', { params: { ...auditFilterParams(search), page, pageSize: auditPageSize }, signal }),
    placeholderData: keepPreviousData,
    staleTime: 0,
  });
}

/** The CSV export with the same filters: a plain link, the session cookie authorises it. */
export function auditExportUrl(search: AuditSearch): string {
  return apiUrl('/audit-events/export', auditFilterParams(search));
}
