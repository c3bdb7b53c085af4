import { z } from 'zod';
import { familyRelations } from '../../../domain/registry.js';
import { isoDate, optionalNik, optionalText, phone, uuidParam, versionField, versionQueryField } from '../../lib/fields.js';
import { listResponse, pageQuery } from '../../lib/pagination.js';

/** A family member or emergency contact: the NIK only masked, never in full. */
export const familyMemberSchema = z
  .object({
    id: z.uuid(),
    version: z.number().int(),
    personId: z.uuid(),
    fullName: z.string(),
    relation: z.enum(familyRelations),
    nikMasked: z.string().nullable(),
    birthDate: z.string().nullable(),
    phone: z.string().nullable(),
    addressLine: z.string().nullable(),
    emergencyContact: z.boolean(),
    createdAt: z.string(),
  })
  .meta({ id: 'FamilyMember' });
export type FamilyMemberDto = z.infer<typeof familyMemberSchema>;

const memberFields = {
  fullName: z.string().trim().min(2).max(120),
  relation: z.enum(familyRelations),
  nik: optionalNik,
  birthDate: isoDate.nullish().transform((v) => v ?? null),
  phone,
  addressLine: optionalText(200),
  emergencyContact: z.boolean().default(false).describe('Whom to call in an emergency; needs a phone number'),
};

export const createFamilyMemberBody = z.object(memberFields);
export type CreateFamilyMemberInput = z.infer<typeof createFamilyMemberBody>;

export const updateFamilyMemberBody = z.object({
  version: versionField,
  fullName: memberFields.fullName.optional(),
  relation: memberFields.relation.optional(),
  nik: memberFields.nik.optional(),
  birthDate: memberFields.birthDate.optional(),
  phone: memberFields.phone.optional(),
  addressLine: memberFields.addressLine.optional(),
  emergencyContact: z.boolean().optional(),
});
export type UpdateFamilyMemberInput = z.infer<typeof updateFamilyMemberBody>;

export const familyListQuery = pageQuery(100);
export const familyListResponse = listResponse(familyMemberSchema);
export const versionQuery = z.object({ version: versionQueryField });

export const personParams = z.object({ id: uuidParam });
export const memberParams = z.object({ id: uuidParam, memberId: uuidParam });
