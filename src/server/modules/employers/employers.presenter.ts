import type { EmployerDetailRow } from './employers.repository.js';
import type { EmployerDto } from './employers.schemas.js';

/** An employer, field by field, with its country named in the caller's language. */
export function presentEmployer(row: EmployerDetailRow, lang: 'id' | 'en'): EmployerDto {
  const e = row.employer;
  return {
    id: e.id,
    version: e.version,
    officeId: e.officeId,
    name: e.name,
    kind: e.kind,
    countryCode: e.countryCode,
    countryName: row.country ? (lang === 'en' ? row.country.nameEn : row.country.nameId) : null,
    city: e.city,
    address: e.address,
    sector: e.sector,
    contactName: e.contactName,
    contactEmail: e.contactEmail,
    contactPhone: e.contactPhone,
    flagged: e.flagged,
    flagNote: e.flagNote,
    createdAt: e.createdAt.toISOString(),
    updatedAt: e.updatedAt.toISOString(),
  };
}
