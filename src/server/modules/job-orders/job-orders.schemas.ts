import { z } from 'zod';
import { requirementRuleSchema } from '../../../domain/placement/rules.js';
import { jobOrderStatuses } from '../../db/schema/placement.js';
import { isoDate, optionalText, uuidParam, versionField } from '../../lib/fields.js';
import { listQuery, listResponse } from '../../lib/pagination.js';

const code = (max: number, pattern: RegExp) =>
  z
    .string()
    .trim()
    .max(max)
    .regex(pattern, { error: 'i18n:fields.pattern' })
    .nullish()
    .transform((v) => v ?? null);

/** A job order (demand) as the API shows it. */
export const jobOrderSchema = z
  .object({
    id: z.uuid(),
    version: z.number().int(),
    officeId: z.uuid(),
    reference: z.string().describe('JO-<year>-<sequence>, what a family types into "cek lowongan"'),
    title: z.string(),
    schemeCode: z.string(),
    schemeName: z.string().describe("In the caller's language"),
    countryCode: z.string(),
    countryName: z.string().nullable(),
    employerId: z.uuid().nullable(),
    employerName: z.string().nullable(),
    agencyId: z.uuid().nullable(),
    agencyName: z.string().nullable(),
    permitId: z.uuid().nullable(),
    permitNumber: z.string().nullable(),
    occupationCode: z.string().nullable(),
    occupationTitle: z.string(),
    sswFieldCode: z.string().nullable(),
    sswFieldName: z.string().nullable(),
    sector: z.enum(['formal', 'informal']),
    positions: z.number().int(),
    salaryMinor: z.number().int().nullable().describe('Monthly salary in minor units of salaryCurrency'),
    salaryCurrency: z.string().nullable(),
    contractMonths: z.number().int().nullable(),
    extraRules: z.array(z.record(z.string(), z.unknown())),
    targetRegionCode: z.string().nullable(),
    description: z.string().nullable(),
    closingOn: z.string().nullable(),
    status: z.enum(jobOrderStatuses),
    attacheVerifiedAt: z.string().nullable(),
    attacheVerifiedByName: z.string().nullable(),
    attacheReference: z.string().nullable(),
    isPublic: z.boolean(),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .meta({ id: 'JobOrder' });
export type JobOrderDto = z.infer<typeof jobOrderSchema>;

const fields = {
  title: z.string().trim().min(1).max(200),
  schemeCode: z
    .string()
    .trim()
    .min(1)
    .max(60)
    .regex(/^[a-z0-9_]+$/, { error: 'i18n:fields.pattern' })
    .describe('The scheme by its code (GET /api/schemes): g_to_g, p_to_p, ssw_japan…'),
  countryCode: z
    .string()
    .trim()
    .max(2)
    .regex(/^[A-Z]{2}$/, { error: 'i18n:fields.pattern' })
    .describe('ISO alpha-2'),
  employerId: uuidParam.nullish().transform((v) => v ?? null),
  agencyId: uuidParam.nullish().transform((v) => v ?? null),
  permitId: uuidParam.nullish().transform((v) => v ?? null),
  occupationCode: code(4, /^\d{4}$/).describe('KBJI 2014 / ISCO-08, 4 digits'),
  occupationTitle: z.string().trim().min(1).max(200),
  sswFieldCode: code(60, /^[a-z0-9_]+$/).describe('Required for ssw_japan (GET /api/ssw-fields)'),
  sector: z.enum(['formal', 'informal']).default('formal'),
  positions: z.number().int().min(1).max(10_000),
  salaryMinor: z
    .number()
    .int()
    .min(0)
    .max(Number.MAX_SAFE_INTEGER)
    .nullish()
    .transform((v) => v ?? null),
  salaryCurrency: code(3, /^[A-Z]{3}$/).describe('ISO 4217, required with salaryMinor'),
  contractMonths: z
    .number()
    .int()
    .min(1)
    .max(120)
    .nullish()
    .transform((v) => v ?? null),
  extraRules: z.array(requirementRuleSchema).max(30).default([]),
  targetRegionCode: code(20, /^[0-9.]+$/),
  description: optionalText(5000),
  closingOn: isoDate.nullish().transform((v) => v ?? null),
  isPublic: z.boolean().default(false),
};

export const createJobOrderBody = z.object(fields);
export type CreateJobOrderInput = z.infer<typeof createJobOrderBody>;

export const updateJobOrderBody = z.object({
  version: versionField,
  title: fields.title.optional(),
  countryCode: fields.countryCode.optional(),
  employerId: fields.employerId.optional(),
  agencyId: fields.agencyId.optional(),
  permitId: fields.permitId.optional(),
  occupationCode: fields.occupationCode.optional(),
  occupationTitle: fields.occupationTitle.optional(),
  sswFieldCode: fields.sswFieldCode.optional(),
  sector: z.enum(['formal', 'informal']).optional(),
  positions: fields.positions.optional(),
  salaryMinor: fields.salaryMinor.optional(),
  salaryCurrency: fields.salaryCurrency.optional(),
  contractMonths: fields.contractMonths.optional(),
  extraRules: z.array(requirementRuleSchema).max(30).optional(),
  targetRegionCode: fields.targetRegionCode.optional(),
  description: fields.description.optional(),
  closingOn: fields.closingOn.optional(),
  isPublic: z.boolean().optional(),
});
export type UpdateJobOrderInput = z.infer<typeof updateJobOrderBody>;

export const jobOrderStatusBody = z.object({
  version: versionField,
  status: z.enum(jobOrderStatuses),
  attacheReference: optionalText(120).describe('Required when moving to verified: the labour attaché’s letter or reference'),
  note: optionalText(500),
});
export type JobOrderStatusInput = z.infer<typeof jobOrderStatusBody>;

export const jobOrderSorts = ['createdAt', 'reference', 'title', 'closingOn', 'positions'] as const;
export const jobOrderListQuery = listQuery(jobOrderSorts, 'createdAt').extend({
  sort: z
    .enum(jobOrderSorts.flatMap((s) => [s, `-${s}`]) as [string, ...string[]])
    .default('-createdAt')
    .describe('Field to sort by; prefix with - for descending (default: newest first)'),
  status: z.enum(jobOrderStatuses).optional(),
  scheme: z.string().trim().max(60).optional().describe('Scheme code'),
  country: z.string().trim().max(2).optional(),
  sswField: z.string().trim().max(60).optional(),
  agency: uuidParam.optional(),
  public: z.enum(['true', 'false']).optional(),
});
export type JobOrderListQuery = z.infer<typeof jobOrderListQuery>;
export const jobOrderListResponse = listResponse(jobOrderSchema);
export const jobOrderParams = z.object({ id: uuidParam });
