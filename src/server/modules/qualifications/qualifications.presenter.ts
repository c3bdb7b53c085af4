import type { QualificationDetailRow } from './qualifications.repository.js';
import type { QualificationDto } from './qualifications.schemas.js';

/** A qualification, field by field, with the SSW field and country named in the caller's language. */
export function presentQualification(row: QualificationDetailRow, lang: 'id' | 'en'): QualificationDto {
  const q = row.qualification;
  const name = (ref: { nameId: string; nameEn: string } | null) => (ref ? (lang === 'en' ? ref.nameEn : ref.nameId) : null);
  return {
    id: q.id,
    version: q.version,
    personId: q.personId,
    kind: q.kind,
    title: q.title,
    level: q.level,
    sswFieldCode: q.sswFieldCode,
    sswFieldName: name(row.sswField),
    countryCode: q.countryCode,
    countryName: name(row.country),
    organisation: q.organisation,
    certificateNumber: q.certificateNumber,
    startedOn: q.startedOn,
    endedOn: q.endedOn,
    notes: q.notes,
    createdAt: q.createdAt.toISOString(),
  };
}
