import { z } from 'zod';
import { agencyStatuses } from '../../db/schema/placement.js';
import { isoDate, optionalText, phone, uuidParam, versionField } from '../../lib/fields.js';
import { listQuery, listResponse } from '../../lib/pagination.js';

export const licenceStates = ['valid', 'expiring', 'expired'] as const;
export type LicenceState = (typeof licenceStates)[number];

/** An optional e-mail address: blank is null; stored in lower case. */
export const optionalEmail = z
  .string()
  .trim()
  .max(254)
  .nullish()
  .transform((v, ctx) => {
    if (!v) return null;
    if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(v)) ctx.addIssue({ code: 'custom', message: 'i18n:fields.email' });
    return v.toLowerCase();
  });

const ref = z.object({ id: z.uuid(), name: z.string(), licenceNumber: z.string() });

/** A P3MI (placement company) as the supervising office keeps it. */
export const agencySchema = z
  .object({
    id: z.uuid(),
    version: z.number().int(),
    officeId: z.uuid(),
    name: z.string(),
    licenceNumber: z.string().describe('SIP3MI number, unique nationally'),
    licenceIssuedOn: z.string().nullable(),
    licenceValidUntil: z.string(),
    licenceState: z.enum(licenceStates).describe("valid, expiring (within 90 days of the office's today) or expired"),
    status: z.enum(agencyStatuses),
    statusReason: z.string().nullable(),
    headAgencyId: z.uuid().nullable(),
    headAgency: ref.nullable().describe('The head office, when this is a branch'),
    address: z.string().nullable(),
    regionCode: z.string().nullable(),
    regionName: z.string().nullable(),
    phone: z.string().nullable(),
    email: z.string().nullable(),
    partnerId: z.uuid().nullable(),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .meta({ id: 'Agency' });
export type AgencyDto = z.infer<typeof agencySchema>;

export const agencyDetailSchema = agencySchema
  .extend({
    branches: z.array(ref).describe('Branch offices (kantor cabang) of this agency'),
    abilities: z.object({ update: z.boolean() }),
  })
  .meta({ id: 'AgencyDetail' });
export type AgencyDetailDto = z.infer<typeof agencyDetailSchema>;

const agencyFields = {
  name: z.string().trim().min(1).max(200),
  licenceNumber: z.string().trim().min(1).max(80).describe('SIP3MI number'),
  licenceIssuedOn: isoDate.nullish().transform((v) => v ?? null),
  licenceValidUntil: isoDate,
  status: z.enum(agencyStatuses).default('active'),
  statusReason: optionalText(1000).describe('Required when the status is suspended or revoked'),
  headAgencyId: z
    .uuid({ error: 'i18n:fields.uuid' })
    .nullish()
    .transform((v) => v ?? null),
  address: optionalText(500),
  regionCode: z
    .string()
    .trim()
    .max(13)
    .regex(/^\d{2}(\.\d{2}){0,3}$/, { error: 'i18n:fields.pattern' })
    .nullish()
    .transform((v) => v ?? null),
  phone,
  email: optionalEmail,
  partnerId: z
    .uuid({ error: 'i18n:fields.uuid' })
    .nullish()
    .transform((v) => v ?? null),
};

export const createAgencyBody = z.object(agencyFields);
export type CreateAgencyInput = z.infer<typeof createAgencyBody>;

export const updateAgencyBody = z.object({
  version: versionField,
  name: agencyFields.name.optional(),
  licenceNumber: agencyFields.licenceNumber.optional(),
  licenceIssuedOn: agencyFields.licenceIssuedOn.optional(),
  licenceValidUntil: agencyFields.licenceValidUntil.optional(),
  status: z.enum(agencyStatuses).optional(),
  statusReason: agencyFields.statusReason.optional(),
  headAgencyId: agencyFields.headAgencyId.optional(),
  address: agencyFields.address.optional(),
  regionCode: agencyFields.regionCode.optional(),
  phone: agencyFields.phone.optional(),
  email: agencyFields.email.optional(),
  partnerId: agencyFields.partnerId.optional(),
});
export type UpdateAgencyInput = z.infer<typeof updateAgencyBody>;

export const agencySorts = ['name', 'licenceValidUntil', 'createdAt'] as const;
export const agencyListQuery = listQuery(agencySorts, 'name').extend({
  q: z.string().trim().max(100).optional().describe('Name or SIP3MI number'),
  status: z.enum(agencyStatuses).optional(),
  licenceState: z.enum(licenceStates).optional(),
});
export type AgencyListQuery = z.infer<typeof agencyListQuery>;
export const agencyListResponse = listResponse(agencySchema);

export const agencyParams = z.object({ id: uuidParam });
export const permitParams = z.object({ id: uuidParam, permitId: uuidParam });

/** A recruitment permit (SIP2MI) with what its job orders already draw on it. */
export const permitSchema = z
  .object({
    id: z.uuid(),
    version: z.number().int(),
    agencyId: z.uuid(),
    number: z.string(),
    countryCode: z.string().nullable(),
    countryName: z.string().nullable(),
    issuedOn: z.string().nullable(),
    validUntil: z.string(),
    state: z.enum(licenceStates),
    quota: z.number().int(),
    used: z.number().int().describe('Sum of the positions of the job orders on this permit'),
    remaining: z.number().int(),
    createdAt: z.string(),
  })
  .meta({ id: 'RecruitmentPermit' });
export type PermitDto = z.infer<typeof permitSchema>;

const permitFields = {
  number: z.string().trim().min(1).max(80).describe('SIP2MI number, unique'),
  countryCode: z
    .string()
    .trim()
    .max(2)
    .regex(/^[A-Z]{2}$/, { error: 'i18n:fields.pattern' })
    .nullish()
    .transform((v) => v ?? null),
  issuedOn: isoDate.nullish().transform((v) => v ?? null),
  validUntil: isoDate,
  quota: z.number().int().min(1).max(100_000),
};
export const createPermitBody = z.object(permitFields);
export type CreatePermitInput = z.infer<typeof createPermitBody>;
export const updatePermitBody = z.object({
  version: versionField,
  number: permitFields.number.optional(),
  countryCode: permitFields.countryCode.optional(),
  issuedOn: permitFields.issuedOn.optional(),
  validUntil: permitFields.validUntil.optional(),
  quota: permitFields.quota.optional(),
});
export type UpdatePermitInput = z.infer<typeof updatePermitBody>;
export const permitListResponse = z.object({ items: z.array(permitSchema) });
export const langQuery = z.object({ lang: z.enum(['id', 'en']).optional() });
