import { z } from 'zod';
import { qualificationKinds } from '../../../domain/registry.js';
import { isoDate, optionalText, uuidParam, versionField, versionQueryField } from '../../lib/fields.js';
import { listResponse, pageQuery } from '../../lib/pagination.js';

/** A language test, competency certificate, skills test or period of work abroad. */
export const qualificationSchema = z
  .object({
    id: z.uuid(),
    version: z.number().int(),
    personId: z.uuid(),
    kind: z.enum(qualificationKinds),
    title: z.string().describe('Test or certificate name (JFT-Basic, JLPT…), or the job title for work history'),
    level: z.string().nullable().describe('Level or result: A2, N4, 6.5, lulus'),
    sswFieldCode: z.string().nullable(),
    sswFieldName: z.string().nullable().describe("In the caller's language"),
    countryCode: z.string().nullable(),
    countryName: z.string().nullable().describe("In the caller's language"),
    organisation: z.string().nullable().describe('Issuer, test centre or employer'),
    certificateNumber: z.string().nullable(),
    startedOn: z.string().nullable().describe('Date passed or issued; for work history, the start'),
    endedOn: z.string().nullable().describe('Expiry; for work history, the end'),
    notes: z.string().nullable(),
    createdAt: z.string(),
  })
  .meta({ id: 'Qualification' });
export type QualificationDto = z.infer<typeof qualificationSchema>;

const code = (pattern: RegExp) =>
  z
    .string()
    .trim()
    .max(60)
    .regex(pattern, { error: 'i18n:fields.pattern' })
    .nullish()
    .transform((v) => v ?? null);

const qualificationFields = {
  kind: z.enum(qualificationKinds),
  title: z.string().trim().min(1).max(120),
  level: optionalText(40),
  sswFieldCode: code(/^[a-z0-9_]+$/).describe('Field of Japan’s SSW scheme (GET /api/ssw-fields)'),
  countryCode: code(/^[A-Z]{2}$/).describe('ISO alpha-2; required for work history'),
  organisation: optionalText(160),
  certificateNumber: optionalText(80),
  startedOn: isoDate.nullish().transform((v) => v ?? null),
  endedOn: isoDate.nullish().transform((v) => v ?? null),
  notes: optionalText(1000),
};

export const createQualificationBody = z.object(qualificationFields);
export type CreateQualificationInput = z.infer<typeof createQualificationBody>;

export const updateQualificationBody = z.object({
  version: versionField,
  kind: qualificationFields.kind.optional(),
  title: qualificationFields.title.optional(),
  level: qualificationFields.level.optional(),
  sswFieldCode: qualificationFields.sswFieldCode.optional(),
  countryCode: qualificationFields.countryCode.optional(),
  organisation: qualificationFields.organisation.optional(),
  certificateNumber: qualificationFields.certificateNumber.optional(),
  startedOn: qualificationFields.startedOn.optional(),
  endedOn: qualificationFields.endedOn.optional(),
  notes: qualificationFields.notes.optional(),
});
export type UpdateQualificationInput = z.infer<typeof updateQualificationBody>;

export const qualificationListQuery = pageQuery(100).extend({ lang: z.enum(['id', 'en']).optional() });
export const qualificationListResponse = listResponse(qualificationSchema);
export const versionQuery = z.object({ version: versionQueryField });

export const personParams = z.object({ id: uuidParam });
export const qualificationParams = z.object({ id: uuidParam, qualificationId: uuidParam });
