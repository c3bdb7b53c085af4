import { documentWarnings, maskIdentifier } from '../../../domain/registry.js';
import type { DocumentDetailRow } from './documents.repository.js';
import type { DocumentDto } from './documents.schemas.js';
import { isRestricted } from './documents.policy.js';

/**
 * A document for the caller: the number of a sensitive type only masked, and a health document of a
 * caller without person-health:read reduced to its type, dates and warnings.
 */
export function presentDocument(row: DocumentDetailRow, opts: { lang: 'id' | 'en'; today: string; readHealth: boolean }): DocumentDto {
  const d = row.document;
  const restricted = isRestricted(d.typeCode, opts.readHealth);
  return {
    id: d.id,
    version: d.version,
    personId: d.personId,
    typeCode: d.typeCode,
    typeName: opts.lang === 'en' ? row.type.nameEn : row.type.nameId,
    placementRequired: row.type.placementRequired,
    number: restricted || row.type.sensitive ? null : d.number,
    numberMasked: restricted ? null : maskIdentifier(d.number),
    issuedOn: d.issuedOn,
    expiresOn: d.expiresOn,
    issuer: restricted ? null : d.issuer,
    notes: restricted ? null : d.notes,
    file: restricted || !row.file ? null : { mediaType: row.file.mediaType, sizeBytes: row.file.sizeBytes, uploadedAt: row.file.uploadedAt.toISOString() },
    verified: d.verifiedAt ? { at: d.verifiedAt.toISOString(), by: row.verifiedByName } : null,
    warnings: documentWarnings(d, opts.today, row.type.validityMonths),
    restricted,
    createdAt: d.createdAt.toISOString(),
  };
}
