import { z } from 'zod';
import { isoDate, uuidParam } from '../../lib/fields.js';

export const eligibilityParams = z.object({ id: uuidParam });

export const eligibilityQuery = z
  .object({
    scheme: z
      .string()
      .trim()
      .max(60)
      .regex(/^[a-z0-9_]+$/, { error: 'i18n:fields.pattern' })
      .optional()
      .describe('A scheme or programme code'),
    jobOrder: uuidParam.optional().describe("A job order: its scheme's rules and its own"),
    referenceDate: isoDate.optional().describe('Judge ages and validity on this day (a planned departure); default today'),
    lang: z.enum(['id', 'en']).optional(),
  })
  .refine((q) => !(q.scheme && q.jobOrder), { error: 'i18n:eligibility.scheme_or_job_order', path: ['jobOrder'] });
export type EligibilityQuery = z.infer<typeof eligibilityQuery>;

const messageSchema = z.object({
  code: z.string().describe('Stable message code (messages.ts)'),
  params: z.record(z.string(), z.union([z.string(), z.number(), z.array(z.string())])),
});

export const ruleResultSchema = z
  .object({
    id: z.string(),
    kind: z.string(),
    status: z.enum(['met', 'not_met', 'unknown']),
    reason: messageSchema,
    reasonText: z.string().describe("The reason in the caller's language"),
    gap: messageSchema.extend({ closable: z.boolean() }).optional(),
    gapText: z.string().nullable().describe("What would close the gap, in the caller's language"),
  })
  .meta({ id: 'EligibilityRuleResult' });

export const eligibilityResultSchema = z
  .object({
    schemeCode: z.string(),
    schemeName: z.string().describe("In the caller's language"),
    jobOrderId: z.uuid().nullable(),
    version: z.number().int().describe('The rule version used'),
    evaluatedOn: z.string(),
    referenceDate: z.string(),
    outcome: z.enum(['eligible', 'not_eligible', 'unknown']),
    rules: z.array(ruleResultSchema),
  })
  .meta({ id: 'EligibilityResult' });
export type EligibilityResultDto = z.infer<typeof eligibilityResultSchema>;

export const eligibilityResponse = z.object({ personId: z.uuid(), items: z.array(eligibilityResultSchema) }).meta({ id: 'PersonEligibility' });
