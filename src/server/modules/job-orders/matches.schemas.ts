import { z } from 'zod';
import { uuidParam } from '../../lib/fields.js';

export const matchTiers = ['eligible', 'to_check', 'almost', 'not_eligible'] as const;
export const defaultMatchTiers = ['eligible', 'to_check', 'almost'] as const;

export const matchParams = z.object({ id: uuidParam });

export const jobOrderMatchesQuery = z.object({
  tier: z
    .string()
    .trim()
    .max(60)
    .refine((v) => v.split(',').every((t) => (matchTiers as readonly string[]).includes(t.trim())), { error: 'i18n:fields.pattern' })
    .optional()
    .describe('Comma list of tiers: eligible, to_check, almost, not_eligible (default eligible,to_check,almost)'),
  page: z.coerce.number().int().min(1).max(100_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(25),
});
export type JobOrderMatchesQuery = z.infer<typeof jobOrderMatchesQuery>;

const gapSchema = z.object({ ruleId: z.string(), text: z.string().describe("In the caller's language") });

export const candidateMatchSchema = z
  .object({
    person: z.object({
      id: z.uuid(),
      fullName: z.string(),
      maskedNik: z.string().nullable(),
      sex: z.string(),
      age: z.number().int(),
      originRegencyName: z.string().nullable(),
    }),
    tier: z.enum(matchTiers),
    total: z.number().int(),
    components: z.array(
      z.object({
        key: z.enum(['field', 'experience', 'language', 'region']),
        points: z.number().int(),
        max: z.number().int(),
        reasonText: z.string(),
      }),
    ),
    gaps: z.array(gapSchema),
    ruleVersion: z.number().int(),
  })
  .meta({ id: 'CandidateMatch' });
export type CandidateMatchDto = z.infer<typeof candidateMatchSchema>;

export const jobOrderMatchesResponse = z.object({
  items: z.array(candidateMatchSchema),
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
  counts: z.object({ eligible: z.number().int(), to_check: z.number().int(), almost: z.number().int(), not_eligible: z.number().int() }),
});

export const personJobMatchSchema = z
  .object({
    jobOrder: z.object({
      id: z.uuid(),
      reference: z.string(),
      title: z.string(),
      schemeCode: z.string(),
      countryCode: z.string(),
      closingOn: z.string().nullable(),
    }),
    tier: z.enum(['eligible', 'almost']),
    total: z.number().int(),
    gaps: z.array(gapSchema),
    ruleVersion: z.number().int(),
  })
  .meta({ id: 'PersonJobMatch' });
export type PersonJobMatchDto = z.infer<typeof personJobMatchSchema>;

export const personJobMatchesResponse = z.object({ items: z.array(personJobMatchSchema).max(50) });
