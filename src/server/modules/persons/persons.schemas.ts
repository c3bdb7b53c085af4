import { z } from 'zod';
import { ageBands, educationLevels, lifecycleStatuses, maritalStatuses, sexes } from '../../../domain/registry.js';
import { isoDate, nik, optionalText, phone, uuidParam, versionField } from '../../lib/fields.js';
import { listResponse, pageQuery } from '../../lib/pagination.js';

const regionRef = z.object({ code: z.string(), name: z.string() }).meta({ id: 'RegionRef' });
const countryRef = z.object({ code: z.string(), name: z.string() }).meta({ id: 'CountryRef' });

export const personAbilitiesSchema = z
  .object({
    update: z.boolean(),
    reveal: z.boolean(),
    merge: z.boolean(),
    export: z.boolean(),
    readHealth: z.boolean(),
  })
  .describe('What the caller may do with this record');

export const nikWarningSchema = z.object({ code: z.string(), message: z.string() }).meta({ id: 'NikWarning' });

/** A person as the list shows them: identifiers masked. */
export const personSummarySchema = z
  .object({
    id: z.uuid(),
    version: z.number().int(),
    officeId: z.uuid(),
    nikMasked: z.string().describe('NIK with all but the province and kab/kota digits hidden, e.g. 1674••••••••••••'),
    fullName: z.string(),
    sex: z.enum(sexes),
    birthDate: z.string(),
    age: z.number().int(),
    originRegency: regionRef.nullable(),
    status: z.enum(lifecycleStatuses),
    statusSince: z.string(),
    destinationCountry: countryRef.nullable(),
    phone: z.string().nullable(),
    createdAt: z.string(),
    /** Similarity to the name searched for (0–1), when searching by name. */
    score: z.number().optional(),
  })
  .meta({ id: 'PersonSummary' });

export const personSchema = personSummarySchema
  .extend({
    nikRegion: z.object({ regency: regionRef.nullable(), district: regionRef.nullable() }).describe('Where the NIK was issued, read from its first six digits'),
    nikWarnings: z.array(nikWarningSchema).describe('Disagreements between the NIK and the entered data (warnings, not errors)'),
    warnings: z
      .array(nikWarningSchema)
      .describe('What the record breaks without being refused, e.g. cpmi_under_age: a CPMI younger than 18 (UU 18/2017 Pasal 5) may register but not depart'),
    birthPlace: z.string().nullable(),
    addressLine: z.string().nullable(),
    addressRegion: z.array(regionRef).describe('The address region from province down to the most precise level entered'),
    whatsapp: z.string().nullable(),
    email: z.string().nullable(),
    education: z.enum(educationLevels).nullable(),
    maritalStatus: z.enum(maritalStatuses).nullable(),
    healthNotes: z.string().nullable().describe('Null unless the caller may read health data'),
    hasPhoto: z.boolean(),
    passportMasked: z.string().nullable().describe('Number of the newest passport on file, masked'),
    mergedIntoId: z.uuid().nullable(),
    mergedFrom: z.array(z.object({ id: z.uuid(), fullName: z.string(), nikMasked: z.string() })).describe('Records merged into this one'),
    statusHistory: z.array(
      z.object({
        fromStatus: z.enum(lifecycleStatuses).nullable(),
        toStatus: z.enum(lifecycleStatuses),
        effectiveOn: z.string(),
        note: z.string().nullable(),
        changedBy: z.string().nullable(),
        changedAt: z.string(),
      }),
    ),
    updatedAt: z.string(),
    abilities: personAbilitiesSchema,
  })
  .meta({ id: 'Person' });

const listFilters = {
  status: z.enum(lifecycleStatuses).optional(),
  sex: z.enum(sexes).optional(),
  regency: z
    .string()
    .regex(/^\d{2}\.\d{2}$/, { error: 'i18n:regions.bad_code' })
    .optional()
    .describe('Kab/kota of origin, e.g. 16.74'),
  ageBand: z.enum(ageBands).optional(),
  country: z
    .string()
    .regex(/^[A-Z]{2}$/, { error: 'i18n:fields.pattern' })
    .optional()
    .describe('Destination country, ISO alpha-2'),
  passportExpiring: z
    .enum(['6m'])
    .optional()
    .describe('6m: only persons with a passport that expires within six months from today and has not expired yet (the dashboard count)'),
  officeId: uuidParam.optional(),
};

export const personSorts = ['fullName', 'birthDate', 'createdAt', 'status'] as const;
const sorts = personSorts.flatMap((s) => [s, `-${s}`]) as [string, ...string[]];

/**
 * The list query. `q` finds by name (typos and word order forgiven), phone, NIK or passport number.
 * Identifiers in a URL end up in browser history and proxies: the staff app sends them with
 * POST /api/persons/search instead.
 */
export const personListQuery = pageQuery().extend({
  q: z.string().trim().max(100).optional().describe('Name, phone, NIK or passport number'),
  sort: z.enum(sorts).optional().describe('Field to sort by, - for descending; default: best match when searching by name, else newest first'),
  lang: z.enum(['id', 'en']).optional(),
  ...listFilters,
});
export type PersonListQuery = z.infer<typeof personListQuery>;

/** The same as the list query, in a body. */
export const personSearchBody = z.object({
  q: z.string().trim().max(100).optional(),
  page: z.number().int().min(1).max(100_000).default(1),
  pageSize: z.number().int().min(1).max(200).default(25),
  sort: z.enum(sorts).optional(),
  ...listFilters,
});

export const personListResponse = listResponse(personSummarySchema);

const personFields = {
  fullName: z.string().trim().min(2).max(120),
  sex: z.enum(sexes),
  birthPlace: optionalText(80),
  birthDate: isoDate,
  addressLine: optionalText(200),
  addressRegionCode: z
    .string()
    .regex(/^\d{2}(\.\d{2}(\.\d{2}(\.\d{4})?)?)?$/, { error: 'i18n:regions.bad_code' })
    .nullish()
    .transform((v) => v ?? null),
  phone,
  whatsapp: phone,
  email: z
    .string()
    .trim()
    .toLowerCase()
    .max(254)
    .nullish()
    .transform((v) => v || null)
    .pipe(z.email({ error: 'i18n:fields.email' }).nullable()),
  education: z
    .enum(educationLevels)
    .nullish()
    .transform((v) => v ?? null),
  maritalStatus: z
    .enum(maritalStatuses)
    .nullish()
    .transform((v) => v ?? null),
  healthNotes: optionalText(2000),
  destinationCountryCode: z
    .string()
    .regex(/^[A-Z]{2}$/, { error: 'i18n:fields.pattern' })
    .nullish()
    .transform((v) => v ?? null),
};

export const createPersonBody = z.object({
  nik,
  ...personFields,
  status: z.enum(lifecycleStatuses).default('cpmi').describe('Usually cpmi; a returnee registering for a programme starts as purna'),
  statusSince: isoDate.optional().describe('Defaults to today'),
  officeId: uuidParam.optional().describe("Processing office; defaults to the caller's"),
});
export type CreatePersonInput = z.infer<typeof createPersonBody>;

/** Everything but the NIK (it never changes) and the status (it moves by transitions). */
export const updatePersonBody = z.object({ version: versionField }).extend(
  Object.fromEntries(Object.entries(personFields).map(([k, v]) => [k, v.optional()])) as {
    [K in keyof typeof personFields]: z.ZodOptional<(typeof personFields)[K]>;
  },
);
export type UpdatePersonInput = z.infer<typeof updatePersonBody>;

export const statusChangeBody = z.object({
  version: versionField,
  status: z.enum(lifecycleStatuses),
  effectiveOn: isoDate,
  note: optionalText(500),
});

export const revealBody = z.object({
  field: z.enum(['nik', 'passport']),
  reason: z.string().trim().min(10).max(300).describe('Why the full number is needed; kept in the audit log'),
});
export const revealResponse = z.object({ field: z.enum(['nik', 'passport']), value: z.string().nullable() });

export const nikCheckBody = z.object({
  nik: z.string().max(40),
  birthDate: isoDate.nullish(),
  sex: z.enum(sexes).nullish(),
});
export const nikCheckResponse = z
  .object({
    valid: z.boolean(),
    nik: z.string().nullable().describe('The NIK without spaces, when valid'),
    error: nikWarningSchema.nullable(),
    warnings: z.array(nikWarningSchema),
    sex: z.enum(sexes).nullable(),
    birthDate: z.string().nullable().describe('Birth date read from the NIK (century guessed)'),
    region: z.object({ province: regionRef.nullable(), regency: regionRef.nullable(), district: regionRef.nullable() }),
    existing: z
      .object({ id: z.uuid().nullable(), fullName: z.string().nullable(), otherOffice: z.boolean() })
      .nullable()
      .describe(
        'A person registered with this NIK whom the caller may see; null otherwise, also when the NIK is held at an office the caller may not see (otherOffice is always false, kept for older clients)',
      ),
  })
  .meta({ id: 'NikCheck' });

export const likelyDuplicateSchema = z
  .object({
    a: personSummarySchema,
    b: personSummarySchema,
    score: z.number().describe('Name similarity, 0–1'),
    reasons: z.array(z.enum(['name', 'birth_date', 'regency', 'phone'])),
  })
  .meta({ id: 'LikelyDuplicate' });

export const createdPersonSchema = z.object({
  person: personSchema,
  likelyDuplicates: z.array(personSummarySchema).describe('Persons who look like the same person: review them'),
});

export const duplicatesQuery = pageQuery(20);
export const duplicatesResponse = listResponse(likelyDuplicateSchema);

export const mergeBody = z.object({
  /** The record to keep. */
  survivorId: uuidParam,
  /** The record folded into it: kept, marked merged, its family, documents, qualifications, consents and timeline moved. */
  duplicateId: uuidParam,
  survivorVersion: versionField,
  duplicateVersion: versionField,
  reason: z.string().trim().min(5).max(300),
});

export const dismissBody = z.object({ personA: uuidParam, personB: uuidParam });

export const personParams = z.object({ id: uuidParam });

export const timelineQuery = pageQuery(50).extend({ order: z.enum(['asc', 'desc']).default('desc') });
export const timelineEventSchema = z
  .object({
    id: z.number().int(),
    at: z.string(),
    module: z.string(),
    kind: z.string(),
    data: z.record(z.string(), z.union([z.string(), z.number(), z.boolean(), z.null()])).nullable(),
    actorLabel: z.string().nullable().describe('Who acted, as recorded then (a user email or a token name)'),
    actorName: z.string().nullable().describe('The name of the user who acted, when a user did'),
    refType: z.string().nullable(),
    refId: z.string().nullable(),
  })
  .meta({ id: 'TimelineEvent' });
export const timelineResponse = listResponse(timelineEventSchema);

export type PersonDto = z.infer<typeof personSchema>;
export type PersonSummaryDto = z.infer<typeof personSummarySchema>;
