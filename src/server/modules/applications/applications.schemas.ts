import { z } from 'zod';
import { applicationStages } from '../../../domain/placement/stages.js';
import { isoDate, optionalText, uuidParam, versionField } from '../../lib/fields.js';
import { listResponse, pageQuery } from '../../lib/pagination.js';

export const stageEventSchema = z.object({
  id: z.uuid(),
  fromStage: z.enum(applicationStages).nullable(),
  toStage: z.enum(applicationStages),
  effectiveOn: z.string(),
  skippedStages: z.array(z.string()),
  reason: z.string().nullable(),
  note: z.string().nullable(),
  changedByName: z.string().nullable().describe('Who moved it (a name, not an e-mail)'),
  changedAt: z.string(),
});

export const applicationSchema = z
  .object({
    id: z.uuid(),
    version: z.number().int(),
    officeId: z.uuid(),
    personId: z.uuid(),
    personName: z.string(),
    jobOrderId: z.uuid().nullable(),
    jobOrderReference: z.string().nullable(),
    jobOrderTitle: z.string().nullable(),
    schemeCode: z.string(),
    stage: z.enum(applicationStages),
    stageSince: z.string(),
    eligibility: z.record(z.string(), z.unknown()).nullable().describe('The eligibility result when the application was made, with its rule version'),
    departedOn: z.string().nullable(),
    returnedOn: z.string().nullable(),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .meta({ id: 'Application' });
export type ApplicationDto = z.infer<typeof applicationSchema>;

export const applicationDetailSchema = applicationSchema.extend({ events: z.array(stageEventSchema) }).meta({ id: 'ApplicationDetail' });

export const createApplicationBody = z
  .object({
    personId: uuidParam,
    jobOrderId: uuidParam.optional(),
    schemeCode: z
      .string()
      .trim()
      .max(60)
      .regex(/^[a-z0-9_]+$/, { error: 'i18n:fields.pattern' })
      .optional()
      .describe('Without a job order: the scheme applied to'),
    overrideReason: optionalText(500).describe('Required to register a person who is not eligible; recorded with the application'),
  })
  .refine((b) => b.jobOrderId || b.schemeCode, { error: 'i18n:applications.target_required', path: ['jobOrderId'] });
export type CreateApplicationInput = z.infer<typeof createApplicationBody>;

export const moveBody = z.object({
  version: versionField,
  toStage: z.enum(applicationStages),
  effectiveOn: isoDate,
  skipReason: optionalText(500).describe('Required when stages are skipped'),
  note: optionalText(500),
});
export type MoveInput = z.infer<typeof moveBody>;

export const applicationListQuery = pageQuery(25).extend({
  personId: uuidParam.optional(),
  jobOrderId: uuidParam.optional(),
  stage: z.enum(applicationStages).optional(),
  q: z.string().trim().max(100).optional().describe('Person name or job order reference'),
  lang: z.enum(['id', 'en']).optional(),
});
export type ApplicationListQuery = z.infer<typeof applicationListQuery>;
export const applicationListResponse = listResponse(applicationSchema);
export const applicationParams = z.object({ id: uuidParam });
