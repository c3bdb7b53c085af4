import { z } from 'zod';
import { requirementRuleSchema } from '../../../domain/placement/rules.js';
import { versionField } from '../../lib/fields.js';
import { listResponse, pageQuery } from '../../lib/pagination.js';

const schemeCode = z
  .string()
  .trim()
  .min(1)
  .max(60)
  .regex(/^[a-z0-9_]+$/, { error: 'i18n:fields.pattern' });

export const schemeParams = z.object({ code: schemeCode });
export const ruleVersionParams = z.object({ code: schemeCode, ruleVersion: z.coerce.number().int().min(1).max(100_000) });

/** A scheme as lists show it: names and description in the caller's language and in both. */
export const schemeSchema = z
  .object({
    id: z.uuid(),
    version: z.number().int(),
    code: z.string(),
    parentCode: z.string().nullable().describe('The scheme a programme belongs to'),
    name: z.string().describe("In the caller's language"),
    nameId: z.string(),
    nameEn: z.string(),
    description: z.string().describe("In the caller's language"),
    descriptionId: z.string(),
    descriptionEn: z.string(),
    countryCodes: z.array(z.string()).describe('ISO 3166-1 alpha-2'),
    active: z.boolean(),
    ruleVersion: z.number().int().describe('The current version of the rules'),
    abilities: z.object({ update: z.boolean() }),
  })
  .meta({ id: 'Scheme' });
export type SchemeDto = z.infer<typeof schemeSchema>;

/** A rule as stored, with its readable sentence in the caller's language. */
export const describedRuleSchema = z
  .object({ rule: requirementRuleSchema, text: z.string().describe("The rule as a sentence, in the caller's language") })
  .meta({ id: 'DescribedRule' });

export const ruleVersionSummarySchema = z
  .object({
    ruleVersion: z.number().int(),
    note: z.string().nullable(),
    createdBy: z.object({ id: z.uuid(), name: z.string() }).nullable().describe('Null for the seeded catalogue'),
    createdAt: z.string(),
  })
  .meta({ id: 'SchemeRuleVersionSummary' });

export const ruleVersionSchema = ruleVersionSummarySchema
  .extend({ schemeCode: z.string(), current: z.boolean(), rules: z.array(describedRuleSchema) })
  .meta({ id: 'SchemeRuleVersion' });
export type RuleVersionDto = z.infer<typeof ruleVersionSchema>;

export const schemeDetailSchema = schemeSchema
  .extend({
    countries: z.array(z.object({ code: z.string(), name: z.string() })).describe("Countries named in the caller's language"),
    rules: z.array(describedRuleSchema).describe('The current rules'),
    ruleVersions: z.array(ruleVersionSummarySchema).describe('Every version of the rules, newest first'),
  })
  .meta({ id: 'SchemeDetail' });
export type SchemeDetailDto = z.infer<typeof schemeDetailSchema>;

export const schemeListQuery = pageQuery(50).extend({
  q: z.string().trim().max(100).optional().describe('Text search in code and names'),
  active: z.enum(['true', 'false']).optional().describe('Only active (true) or inactive (false) schemes'),
  lang: z.enum(['id', 'en']).optional(),
});
export const schemeListResponse = listResponse(schemeSchema);

export const updateRulesBody = z.object({
  version: versionField.describe("The scheme's version as read"),
  rules: z.array(requirementRuleSchema).max(100),
  note: z.string().trim().min(1).max(500).describe('Why the rules change (an amendment, a new condition)'),
});
export type UpdateRulesInput = z.infer<typeof updateRulesBody>;

const name = z.string().trim().min(1).max(160);
const description = z.string().trim().max(2000);
export const updateSchemeBody = z.object({
  version: versionField,
  nameId: name.optional(),
  nameEn: name.optional(),
  descriptionId: description.optional(),
  descriptionEn: description.optional(),
  countryCodes: z
    .array(
      z
        .string()
        .trim()
        .max(2)
        .regex(/^[A-Z]{2}$/, { error: 'i18n:fields.pattern' }),
    )
    .max(60)
    .optional(),
  active: z.boolean().optional(),
});
export type UpdateSchemeInput = z.infer<typeof updateSchemeBody>;
