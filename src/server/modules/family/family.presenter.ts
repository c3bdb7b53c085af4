import { maskIdentifier } from '../../../domain/registry.js';
import type { FamilyMemberRow } from './family.repository.js';
import type { FamilyMemberDto } from './family.schemas.js';

/** A family member, field by field, the NIK masked. */
export function presentFamilyMember(row: FamilyMemberRow): FamilyMemberDto {
  return {
    id: row.id,
    version: row.version,
    personId: row.personId,
    fullName: row.fullName,
    relation: row.relation,
    nikMasked: maskIdentifier(row.nik),
    birthDate: row.birthDate,
    phone: row.phone,
    addressLine: row.addressLine,
    emergencyContact: row.emergencyContact,
    createdAt: row.createdAt.toISOString(),
  };
}
