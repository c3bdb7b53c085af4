import type { Language } from '../../lib/i18n.js';
import type { JobOrderDetailRow } from './job-orders.repository.js';
import type { JobOrderDto } from './job-orders.schemas.js';

const nameIn = (lang: Language, n: { nameId: string; nameEn: string } | null) => (n ? (lang === 'en' ? n.nameEn : n.nameId) : null);

export function presentJobOrder(row: JobOrderDetailRow, lang: Language): JobOrderDto {
  const o = row.order;
  return {
    id: o.id,
    version: o.version,
    officeId: o.officeId,
    reference: o.reference,
    title: o.title,
    schemeCode: row.scheme.code,
    schemeName: nameIn(lang, row.scheme)!,
    countryCode: o.countryCode,
    countryName: nameIn(lang, row.country),
    employerId: o.employerId,
    employerName: row.employerName,
    agencyId: o.agencyId,
    agencyName: row.agencyName,
    permitId: o.permitId,
    permitNumber: row.permitNumber,
    occupationCode: o.occupationCode,
    occupationTitle: o.occupationTitle,
    sswFieldCode: o.sswFieldCode,
    sswFieldName: nameIn(lang, row.sswField),
    sector: o.sector,
    positions: o.positions,
    salaryMinor: o.salaryMinor,
    salaryCurrency: o.salaryCurrency,
    contractMonths: o.contractMonths,
    extraRules: o.extraRules as unknown as Record<string, unknown>[],
    targetRegionCode: o.targetRegionCode,
    description: o.description,
    closingOn: o.closingOn,
    status: o.status,
    attacheVerifiedAt: o.attacheVerifiedAt ? o.attacheVerifiedAt.toISOString() : null,
    attacheVerifiedByName: row.verifiedByName,
    attacheReference: o.attacheReference,
    isPublic: o.isPublic,
    createdAt: o.createdAt.toISOString(),
    updatedAt: o.updatedAt.toISOString(),
  };
}
