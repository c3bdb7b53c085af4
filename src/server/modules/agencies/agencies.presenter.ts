import type { PermitRow } from './permits.repository.js';
import type { AgencyDetailRow } from './agencies.repository.js';
import type { AgencyDto, LicenceState, PermitDto } from './agencies.schemas.js';

/** The date `days` after an ISO date (calendar arithmetic, no time zone). */
export function addDays(isoDate: string, days: number): string {
  const d = new Date(`${isoDate}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** How many days ahead a licence or permit counts as expiring. */
export const EXPIRING_DAYS = 90;

/** valid, expiring (within 90 days, the last day included) or expired (the day after its last valid day). */
export function licenceStateOf(validUntil: string, today: string): LicenceState {
  if (validUntil < today) return 'expired';
  if (validUntil <= addDays(today, EXPIRING_DAYS)) return 'expiring';
  return 'valid';
}

/** An agency, field by field, with its licence state as of the office's today. */
export function presentAgency(row: AgencyDetailRow, today: string): AgencyDto {
  const a = row.agency;
  return {
    id: a.id,
    version: a.version,
    officeId: a.officeId,
    name: a.name,
    licenceNumber: a.licenceNumber,
    licenceIssuedOn: a.licenceIssuedOn,
    licenceValidUntil: a.licenceValidUntil,
    licenceState: licenceStateOf(a.licenceValidUntil, today),
    status: a.status,
    statusReason: a.statusReason,
    headAgencyId: a.headAgencyId,
    headAgency: row.head?.id ? { id: row.head.id, name: row.head.name, licenceNumber: row.head.licenceNumber } : null,
    address: a.address,
    regionCode: a.regionCode,
    regionName: row.regionName,
    phone: a.phone,
    email: a.email,
    partnerId: a.partnerId,
    createdAt: a.createdAt.toISOString(),
    updatedAt: a.updatedAt.toISOString(),
  };
}

/** A permit, field by field, with what is used of its quota and what remains (never below zero). */
export function presentPermit(p: PermitRow, used: number, countryName: string | null, today: string): PermitDto {
  return {
    id: p.id,
    version: p.version,
    agencyId: p.agencyId,
    number: p.number,
    countryCode: p.countryCode,
    countryName,
    issuedOn: p.issuedOn,
    validUntil: p.validUntil,
    state: licenceStateOf(p.validUntil, today),
    quota: p.quota,
    used,
    remaining: Math.max(0, p.quota - used),
    createdAt: p.createdAt.toISOString(),
  };
}
