import { z } from 'zod';
import { employerKinds } from '../../db/schema/placement.js';
import { optionalText, phone, uuidParam, versionField } from '../../lib/fields.js';
import { listQuery, listResponse } from '../../lib/pagination.js';
import { optionalEmail } from '../agencies/agencies.schemas.js';

/** An employer or foreign partner (mitra usaha) abroad. */
export const employerSchema = z
  .object({
    id: z.uuid(),
    version: z.number().int(),
    officeId: z.uuid(),
    name: z.string(),
    kind: z.enum(employerKinds),
    countryCode: z.string(),
    countryName: z.string().nullable().describe("In the caller's language"),
    city: z.string().nullable(),
    address: z.string().nullable(),
    sector: z.string().nullable(),
    contactName: z.string().nullable(),
    contactEmail: z.string().nullable(),
    contactPhone: z.string().nullable(),
    flagged: z.boolean().describe("On the labour attaché's list of problematic employers (UU 18/2017 Pasal 10)"),
    flagNote: z.string().nullable(),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .meta({ id: 'Employer' });
export type EmployerDto = z.infer<typeof employerSchema>;

export const employerDetailSchema = employerSchema.extend({ abilities: z.object({ update: z.boolean() }) }).meta({ id: 'EmployerDetail' });
export type EmployerDetailDto = z.infer<typeof employerDetailSchema>;

const countryCode = z
  .string()
  .trim()
  .max(2)
  .regex(/^[A-Z]{2}$/, { error: 'i18n:fields.pattern' });

const employerFields = {
  name: z.string().trim().min(1).max(200),
  kind: z.enum(employerKinds).default('employer'),
  countryCode: countryCode.describe('ISO alpha-2 (GET /api/countries)'),
  city: optionalText(120),
  address: optionalText(500),
  sector: optionalText(120),
  contactName: optionalText(160),
  contactEmail: optionalEmail,
  contactPhone: phone,
  flagged: z.boolean().default(false),
  flagNote: optionalText(2000).describe('Required when flagged: what the attaché reported'),
};

export const createEmployerBody = z.object(employerFields);
export type CreateEmployerInput = z.infer<typeof createEmployerBody>;

export const updateEmployerBody = z.object({
  version: versionField,
  name: employerFields.name.optional(),
  kind: z.enum(employerKinds).optional(),
  countryCode: countryCode.optional(),
  city: employerFields.city.optional(),
  address: employerFields.address.optional(),
  sector: employerFields.sector.optional(),
  contactName: employerFields.contactName.optional(),
  contactEmail: employerFields.contactEmail.optional(),
  contactPhone: employerFields.contactPhone.optional(),
  flagged: z.boolean().optional(),
  flagNote: employerFields.flagNote.optional(),
});
export type UpdateEmployerInput = z.infer<typeof updateEmployerBody>;

export const employerSorts = ['name', 'countryCode', 'createdAt'] as const;
export const employerListQuery = listQuery(employerSorts, 'name').extend({
  q: z.string().trim().max(100).optional().describe('Name, city or sector'),
  country: countryCode.optional(),
  kind: z.enum(employerKinds).optional(),
  flagged: z
    .enum(['true', 'false'])
    .optional()
    .transform((v) => (v === undefined ? undefined : v === 'true')),
});
export type EmployerListQuery = z.infer<typeof employerListQuery>;
export const employerListResponse = listResponse(employerSchema);
export const employerParams = z.object({ id: uuidParam });
