import { ageOn, maskIdentifier } from '../../../domain/registry.js';
import type { PersonAbilities } from './persons.policy.js';
import type { PersonRow, PersonSummaryRow } from './persons.repository.js';
import type { PersonDto, PersonSummaryDto } from './persons.schemas.js';

type Lang = 'id' | 'en';

/** A list row: the NIK masked, never in full. */
export function presentPersonSummary(row: PersonSummaryRow, lang: Lang, today: string): PersonSummaryDto {
  return {
    id: row.id,
    version: row.version,
    officeId: row.officeId,
    nikMasked: maskIdentifier(row.nik)!,
    fullName: row.fullName,
    sex: row.sex,
    birthDate: row.birthDate,
    age: ageOn(row.birthDate, today),
    originRegency: row.originRegencyCode ? { code: row.originRegencyCode, name: row.originRegencyName ?? row.originRegencyCode } : null,
    status: row.status,
    statusSince: row.statusSince,
    destinationCountry: row.destinationCountryCode
      ? { code: row.destinationCountryCode, name: (lang === 'en' ? row.destinationCountryNameEn : row.destinationCountryName) ?? row.destinationCountryCode }
      : null,
    phone: row.phone,
    createdAt: row.createdAt.toISOString(),
    ...(row.score !== undefined ? { score: Math.round(row.score * 100) / 100 } : {}),
  };
}

export interface PersonDetailExtras {
  summary: PersonSummaryRow;
  nikRegion: PersonDto['nikRegion'];
  nikWarnings: PersonDto['nikWarnings'];
  warnings: PersonDto['warnings'];
  addressRegion: PersonDto['addressRegion'];
  passportNumber: string | null;
  mergedFrom: { id: string; fullName: string; nik: string }[];
  statusHistory: {
    fromStatus: PersonRow['status'] | null;
    toStatus: PersonRow['status'];
    effectiveOn: string;
    note: string | null;
    changedBy: string | null;
    changedAt: Date;
  }[];
  abilities: PersonAbilities;
}

/** The person page: identifiers masked, health notes only for those who may read them. */
export function presentPerson(row: PersonRow, extras: PersonDetailExtras, lang: Lang, today: string): PersonDto {
  return {
    ...presentPersonSummary(extras.summary, lang, today),
    nikRegion: extras.nikRegion,
    nikWarnings: extras.nikWarnings,
    warnings: extras.warnings,
    birthPlace: row.birthPlace,
    addressLine: row.addressLine,
    addressRegion: extras.addressRegion,
    whatsapp: row.whatsapp,
    email: row.email,
    education: row.education,
    maritalStatus: row.maritalStatus,
    healthNotes: extras.abilities.readHealth ? row.healthNotes : null,
    hasPhoto: row.photoFileId !== null,
    passportMasked: maskIdentifier(extras.passportNumber),
    mergedIntoId: row.mergedIntoId,
    mergedFrom: extras.mergedFrom.map((m) => ({ id: m.id, fullName: m.fullName, nikMasked: maskIdentifier(m.nik)! })),
    statusHistory: extras.statusHistory.map((s) => ({ ...s, changedAt: s.changedAt.toISOString() })),
    updatedAt: row.updatedAt.toISOString(),
    abilities: extras.abilities,
  };
}
