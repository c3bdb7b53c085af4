import { z } from 'zod';
import { isoDate, optionalText, uuidParam, versionField, versionQueryField } from '../../lib/fields.js';
import { listResponse, pageQuery } from '../../lib/pagination.js';

export const documentWarningCodes = ['expired', 'passport_expiring', 'health_certificate_old', 'expiring'] as const;

/** A document held for a person. Numbers of sensitive types (passport, KTP, KK, health certificate) only masked. */
export const documentSchema = z
  .object({
    id: z.uuid(),
    version: z.number().int(),
    personId: z.uuid(),
    typeCode: z.string(),
    typeName: z.string().describe("Name of the document type in the caller's language"),
    placementRequired: z.boolean().describe('One of the eight documents of UU 18/2017 Pasal 13'),
    number: z.string().nullable().describe('Null when the type is sensitive: see numberMasked'),
    numberMasked: z.string().nullable(),
    issuedOn: z.string().nullable(),
    expiresOn: z.string().nullable(),
    issuer: z.string().nullable(),
    notes: z.string().nullable(),
    file: z
      .object({ mediaType: z.string(), sizeBytes: z.number().int(), uploadedAt: z.string() })
      .nullable()
      .describe('The uploaded scan; fetch it from GET …/documents/{documentId}/file'),
    verified: z.object({ at: z.string(), by: z.string().nullable() }).nullable(),
    warnings: z.array(z.enum(documentWarningCodes)),
    restricted: z.boolean().describe('Health data the caller may not read: number, issuer, notes and file withheld'),
    createdAt: z.string(),
  })
  .meta({ id: 'Document' });

export type DocumentDto = z.infer<typeof documentSchema>;

const typeCode = z
  .string()
  .trim()
  .min(1)
  .max(60)
  .regex(/^[a-z0-9_]+$/, { error: 'i18n:documents.type_unknown' });

const documentFields = {
  number: optionalText(60),
  issuedOn: isoDate.nullish().transform((v) => v ?? null),
  expiresOn: isoDate.nullish().transform((v) => v ?? null),
  issuer: optionalText(120),
  notes: optionalText(1000),
};

export const createDocumentBody = z.object({ typeCode, ...documentFields });
export type CreateDocumentInput = z.infer<typeof createDocumentBody>;

export const updateDocumentBody = z.object({
  version: versionField,
  typeCode: typeCode.optional(),
  number: documentFields.number.optional(),
  issuedOn: documentFields.issuedOn.optional(),
  expiresOn: documentFields.expiresOn.optional(),
  issuer: documentFields.issuer.optional(),
  notes: documentFields.notes.optional(),
});
export type UpdateDocumentInput = z.infer<typeof updateDocumentBody>;

export const versionBody = z.object({ version: versionField });
export const versionQuery = z.object({ version: versionQueryField });

export const documentListQuery = pageQuery(100).extend({ lang: z.enum(['id', 'en']).optional() });
export const documentListResponse = listResponse(documentSchema);

export const personParams = z.object({ id: uuidParam });
export const documentParams = z.object({ id: uuidParam, documentId: uuidParam });
