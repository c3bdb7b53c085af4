import { sql } from 'drizzle-orm';
import { bigint, boolean, date, index, integer, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { recordColumns } from './columns.js';
import { users } from './identity.js';
import { offices } from './organisation.js';
import { countries, documentTypes, regions, sswFields } from './reference.js';
import {
  consentChannels,
  educationLevels,
  familyRelations,
  legalBases,
  lifecycleStatuses,
  maritalStatuses,
  qualificationKinds,
  sexes,
} from '../../../domain/registry.js';

/**
 * A file uploaded to Balai (document scan, photo). The bytes live in the data folder under `files/`,
 * named by id; the database keeps what was checked: the type sniffed from the content, size and SHA-256.
 */
export const storedFiles = pgTable(
  'stored_files',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    officeId: uuid('office_id')
      .notNull()
      .references(() => offices.id),
    /** Media type detected from the content, never the one the browser claimed. */
    mediaType: text('media_type').notNull(),
    sizeBytes: integer('size_bytes').notNull(),
    sha256: text('sha256').notNull(),
    /** File name as uploaded, for the download's name only. */
    originalName: text('original_name').notNull(),
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('stored_files_office_idx').on(t.officeId)],
);

/**
 * One person through the whole migration cycle (CPMI → PMI → PMI Purna). The processing office (office_id)
 * and the region of origin (origin_regency_code, from the address) are separate facts.
 */
export const persons = pgTable(
  'persons',
  {
    ...recordColumns,
    /** The office that registered and processes this person. */
    officeId: uuid('office_id')
      .notNull()
      .references(() => offices.id),
    /** 16 digits; unique in the deployment. Confidential: masked in lists, logs and the audit log. */
    nik: text('nik').notNull(),
    fullName: text('full_name').notNull(),
    sex: text('sex', { enum: sexes }).notNull(),
    birthPlace: text('birth_place'),
    birthDate: date('birth_date').notNull(),
    addressLine: text('address_line'),
    /** The most precise region of the address known (desa/kelurahan ideally). */
    addressRegionCode: text('address_region_code').references(() => regions.code),
    /** Kab/kota of origin, derived from the address region: the unit of BP2MI's "daerah asal" statistics. */
    originRegencyCode: text('origin_regency_code').references(() => regions.code),
    phone: text('phone'),
    whatsapp: text('whatsapp'),
    email: text('email'),
    education: text('education', { enum: educationLevels }),
    maritalStatus: text('marital_status', { enum: maritalStatuses }),
    /** Health notes (specific personal data, UU 27/2022): shown only to roles granted person-health:read. */
    healthNotes: text('health_notes'),
    photoFileId: uuid('photo_file_id').references(() => storedFiles.id),
    status: text('status', { enum: lifecycleStatuses }).notNull().default('cpmi'),
    statusSince: date('status_since').notNull(),
    /** Intended or current destination country (ISO alpha-2). */
    destinationCountryCode: text('destination_country_code').references(() => countries.code),
    /** Set when this record was merged into another; the row is kept so its history stays readable. */
    mergedIntoId: uuid('merged_into_id'),
    mergedAt: timestamp('merged_at', { withTimezone: true }),
    createdBy: uuid('created_by').references(() => users.id),
  },
  (t) => [
    uniqueIndex('persons_nik_uq').on(t.nik),
    index('persons_office_idx').on(t.officeId, t.createdAt),
    index('persons_birth_origin_idx').on(t.birthDate, t.originRegencyCode),
    index('persons_origin_idx').on(t.originRegencyCode),
    // The list's usual filters, newest first, unmerged only: a filtered first page is read straight from it
    // and its total counted from it alone (index-only scan), even with a million persons (bench/registry.ts).
    index('persons_list_idx')
      .on(t.officeId, t.status, t.originRegencyCode, t.sex, t.createdAt)
      .where(sql`${t.mergedIntoId} is null`),
    index('persons_phone_idx').on(t.phone),
    index('persons_whatsapp_idx').on(t.whatsapp),
  ],
);

/**
 * The names of active (not merged) persons, lowercased, for name search. A narrow copy kept by a trigger
 * (migration 0004): trigram matches are always rechecked against the row, and these rows are a quarter
 * of a person row, so a million of them stay in memory (docs/decisions/0007-registry-search.md).
 */
export const personNames = pgTable(
  'person_names',
  {
    personId: uuid('person_id')
      .primaryKey()
      .references(() => persons.id),
    officeId: uuid('office_id').notNull(),
    name: text('name').notNull(),
  },
  (t) => [index('person_names_trgm_idx').using('gin', sql`${t.name} gin_trgm_ops`)],
);

/** Dated lifecycle transitions and who made them. */
export const personStatusChanges = pgTable(
  'person_status_changes',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    personId: uuid('person_id')
      .notNull()
      .references(() => persons.id),
    fromStatus: text('from_status', { enum: lifecycleStatuses }),
    toStatus: text('to_status', { enum: lifecycleStatuses }).notNull(),
    effectiveOn: date('effective_on').notNull(),
    note: text('note'),
    changedBy: uuid('changed_by').references(() => users.id),
    changedAt: timestamp('changed_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('person_status_changes_person_idx').on(t.personId, t.effectiveOn)],
);

/** Family members and emergency contacts. */
export const familyMembers = pgTable(
  'family_members',
  {
    ...recordColumns,
    personId: uuid('person_id')
      .notNull()
      .references(() => persons.id),
    fullName: text('full_name').notNull(),
    relation: text('relation', { enum: familyRelations }).notNull(),
    /** Optional; validated like any NIK, masked like any NIK. */
    nik: text('nik'),
    birthDate: date('birth_date'),
    phone: text('phone'),
    addressLine: text('address_line'),
    emergencyContact: boolean('emergency_contact').notNull().default(false),
    deletedAt: timestamp('deleted_at', { withTimezone: true }),
  },
  (t) => [index('family_members_person_idx').on(t.personId)],
);

/** A document held for a person: number, dates, an uploaded scan, and who verified it. */
export const personDocuments = pgTable(
  'person_documents',
  {
    ...recordColumns,
    personId: uuid('person_id')
      .notNull()
      .references(() => persons.id),
    typeCode: text('type_code')
      .notNull()
      .references(() => documentTypes.code),
    number: text('number'),
    issuedOn: date('issued_on'),
    expiresOn: date('expires_on'),
    issuer: text('issuer'),
    fileId: uuid('file_id').references(() => storedFiles.id),
    verifiedAt: timestamp('verified_at', { withTimezone: true }),
    verifiedBy: uuid('verified_by').references(() => users.id),
    notes: text('notes'),
    deletedAt: timestamp('deleted_at', { withTimezone: true }),
  },
  (t) => [
    index('person_documents_person_idx').on(t.personId),
    index('person_documents_number_idx').on(t.typeCode, sql`upper(${t.number})`),
    index('person_documents_expiry_idx').on(t.typeCode, t.expiresOn),
  ],
);

/** Language tests, competency certificates, SSW skills tests and work history abroad. */
export const qualifications = pgTable(
  'qualifications',
  {
    ...recordColumns,
    personId: uuid('person_id')
      .notNull()
      .references(() => persons.id),
    kind: text('kind', { enum: qualificationKinds }).notNull(),
    /** Test or certificate name (JFT-Basic, JLPT, TOPIK…), or the job title for work history. */
    title: text('title').notNull(),
    /** Level or result: A2, N4, band 6.5, "lulus". */
    level: text('level'),
    sswFieldCode: text('ssw_field_code').references(() => sswFields.code),
    countryCode: text('country_code').references(() => countries.code),
    /** Issuer, test centre, or employer. */
    organisation: text('organisation'),
    certificateNumber: text('certificate_number'),
    /** Date passed or issued; for work history, the start. */
    startedOn: date('started_on'),
    /** Expiry; for work history, the end. */
    endedOn: date('ended_on'),
    notes: text('notes'),
    deletedAt: timestamp('deleted_at', { withTimezone: true }),
  },
  (t) => [index('qualifications_person_idx').on(t.personId), index('qualifications_kind_idx').on(t.kind, t.title, t.level)],
);

/** Consent and legal basis per processing purpose (UU 27/2022 Pasal 20–22). */
export const consents = pgTable(
  'consents',
  {
    ...recordColumns,
    personId: uuid('person_id')
      .notNull()
      .references(() => persons.id),
    purpose: text('purpose').notNull(),
    legalBasis: text('legal_basis', { enum: legalBases }).notNull(),
    givenOn: date('given_on').notNull(),
    channel: text('channel', { enum: consentChannels }).notNull(),
    withdrawnOn: date('withdrawn_on'),
    withdrawalNote: text('withdrawal_note'),
    recordedBy: uuid('recorded_by').references(() => users.id),
  },
  (t) => [index('consents_person_idx').on(t.personId)],
);

/**
 * Everything that happened to a person, written by every module in the transaction of the change.
 * `kind` names the event (person.registered, document.added…); `data` holds what the summary needs,
 * never an identifier such as a NIK or passport number.
 */
export const timelineEvents = pgTable(
  'timeline_events',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    personId: uuid('person_id')
      .notNull()
      .references(() => persons.id),
    at: timestamp('at', { withTimezone: true }).notNull(),
    module: text('module').notNull(),
    kind: text('kind').notNull(),
    data: jsonb('data').$type<Record<string, string | number | boolean | null>>(),
    actorUserId: uuid('actor_user_id'),
    actorLabel: text('actor_label'),
    refType: text('ref_type'),
    refId: text('ref_id'),
  },
  (t) => [index('timeline_events_person_idx').on(t.personId, t.at)],
);

/** Pairs of persons a staff member looked at and decided are different people. */
export const duplicateDismissals = pgTable(
  'duplicate_dismissals',
  {
    /** The smaller of the two ids comes first, so a pair has one row. */
    personA: uuid('person_a')
      .notNull()
      .references(() => persons.id),
    personB: uuid('person_b')
      .notNull()
      .references(() => persons.id),
    dismissedBy: uuid('dismissed_by').references(() => users.id),
    dismissedAt: timestamp('dismissed_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('duplicate_dismissals_pair_uq').on(t.personA, t.personB)],
);

/** A user's saved filter set for a list screen. */
export const savedViews = pgTable(
  'saved_views',
  {
    ...recordColumns,
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id),
    /** The list it belongs to, e.g. persons. */
    list: text('list').notNull(),
    name: text('name').notNull(),
    filters: jsonb('filters').$type<Record<string, string>>().notNull(),
  },
  (t) => [uniqueIndex('saved_views_user_list_name_uq').on(t.userId, t.list, t.name)],
);
