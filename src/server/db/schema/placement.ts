import { sql } from 'drizzle-orm';
import { bigint, boolean, date, index, integer, jsonb, pgTable, primaryKey, smallint, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import type { EligibilityResult } from '../../../domain/placement/eligibility.js';
import type { RequirementRule } from '../../../domain/placement/rules.js';
import { applicationStages } from '../../../domain/placement/stages.js';
import { recordColumns } from './columns.js';
import { partners, users } from './identity.js';
import { offices } from './organisation.js';
import { countries, regions, sswFields } from './reference.js';
import { persons } from './registry.js';

/**
 * Placement (penempatan): schemes with versioned requirement rules, P3MI agencies with their licences and
 * recruitment permits, employers, job orders (demand), and applications through the pre-departure stages.
 */

export const agencyStatuses = ['active', 'suspended', 'revoked'] as const;
export const employerKinds = ['employer', 'foreign_partner'] as const;
export const jobOrderStatuses = ['draft', 'verified', 'open', 'filled', 'closed'] as const;

/**
 * A placement scheme (G to G, P to P, SSW Japan…) or a programme within one (G to G Japan nurses).
 * National data: every office reads them. `ruleVersion` is the current version in scheme_rule_versions.
 */
export const schemes = pgTable(
  'schemes',
  {
    ...recordColumns,
    code: text('code').notNull(),
    /** A programme names the scheme it belongs to. */
    parentCode: text('parent_code'),
    nameId: text('name_id').notNull(),
    nameEn: text('name_en').notNull(),
    descriptionId: text('description_id').notNull().default(''),
    descriptionEn: text('description_en').notNull().default(''),
    countryCodes: text('country_codes')
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    active: boolean('active').notNull().default(true),
    ruleVersion: integer('rule_version').notNull().default(1),
    sortOrder: smallint('sort_order').notNull().default(0),
  },
  (t) => [uniqueIndex('schemes_code_uq').on(t.code)],
);

/** Every version of a scheme's rules, kept: decisions name the version they used. Never updated. */
export const schemeRuleVersions = pgTable(
  'scheme_rule_versions',
  {
    schemeId: uuid('scheme_id')
      .notNull()
      .references(() => schemes.id),
    ruleVersion: integer('rule_version').notNull(),
    rules: jsonb('rules').$type<RequirementRule[]>().notNull(),
    /** Why the rules changed (an amendment, a programme's new condition). */
    note: text('note'),
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.schemeId, t.ruleVersion] })],
);

/** A licensed placement company (P3MI) as supervised by an office: head office or a branch of one. */
export const agencies = pgTable(
  'agencies',
  {
    ...recordColumns,
    officeId: uuid('office_id')
      .notNull()
      .references(() => offices.id),
    name: text('name').notNull(),
    /** SIP3MI number; unique nationally. */
    licenceNumber: text('licence_number').notNull(),
    licenceIssuedOn: date('licence_issued_on'),
    licenceValidUntil: date('licence_valid_until').notNull(),
    status: text('status', { enum: agencyStatuses }).notNull().default('active'),
    statusReason: text('status_reason'),
    /** A branch (kantor cabang) names its head office. */
    headAgencyId: uuid('head_agency_id'),
    address: text('address'),
    regionCode: text('region_code').references(() => regions.code),
    phone: text('phone'),
    email: text('email'),
    /** The partner organisation whose users (partner_p3mi) act for this agency. */
    partnerId: uuid('partner_id').references(() => partners.id),
  },
  (t) => [uniqueIndex('agencies_licence_uq').on(sql`upper(${t.licenceNumber})`), index('agencies_office_idx').on(t.officeId, t.name)],
);

/** A recruitment permit (SIP2MI) of an agency: its quota is consumed by the positions of its job orders. */
export const recruitmentPermits = pgTable(
  'recruitment_permits',
  {
    ...recordColumns,
    agencyId: uuid('agency_id')
      .notNull()
      .references(() => agencies.id),
    number: text('number').notNull(),
    countryCode: text('country_code').references(() => countries.code),
    issuedOn: date('issued_on'),
    validUntil: date('valid_until').notNull(),
    quota: integer('quota').notNull(),
  },
  (t) => [uniqueIndex('recruitment_permits_number_uq').on(sql`upper(${t.number})`), index('recruitment_permits_agency_idx').on(t.agencyId)],
);

/** An employer or foreign partner (mitra usaha) abroad. */
export const employers = pgTable(
  'employers',
  {
    ...recordColumns,
    officeId: uuid('office_id')
      .notNull()
      .references(() => offices.id),
    name: text('name').notNull(),
    kind: text('kind', { enum: employerKinds }).notNull().default('employer'),
    countryCode: text('country_code')
      .notNull()
      .references(() => countries.code),
    city: text('city'),
    address: text('address'),
    sector: text('sector'),
    contactName: text('contact_name'),
    contactEmail: text('contact_email'),
    contactPhone: text('contact_phone'),
    /** On the labour attaché's list of problematic employers/partners (UU 18/2017 Pasal 10). */
    flagged: boolean('flagged').notNull().default(false),
    flagNote: text('flag_note'),
  },
  (t) => [index('employers_office_idx').on(t.officeId, t.name), index('employers_country_idx').on(t.countryCode)],
);

/** A job order (demand): positions abroad under a scheme, verified by the labour attaché before it opens. */
export const jobOrders = pgTable(
  'job_orders',
  {
    ...recordColumns,
    officeId: uuid('office_id')
      .notNull()
      .references(() => offices.id),
    /** Public reference number (JO-2026-0001), what a family types into "cek lowongan". */
    reference: text('reference').notNull(),
    title: text('title').notNull(),
    schemeId: uuid('scheme_id')
      .notNull()
      .references(() => schemes.id),
    countryCode: text('country_code')
      .notNull()
      .references(() => countries.code),
    employerId: uuid('employer_id').references(() => employers.id),
    agencyId: uuid('agency_id').references(() => agencies.id),
    permitId: uuid('permit_id').references(() => recruitmentPermits.id),
    /** KBJI 2014 / ISCO-08 code (4 digits) and the occupation as written on the order. */
    occupationCode: text('occupation_code'),
    occupationTitle: text('occupation_title').notNull(),
    sswFieldCode: text('ssw_field_code').references(() => sswFields.code),
    /** formal / informal, as BP2MI's statistics count them. */
    sector: text('sector', { enum: ['formal', 'informal'] })
      .notNull()
      .default('formal'),
    positions: integer('positions').notNull(),
    salaryMinor: bigint('salary_minor', { mode: 'number' }),
    salaryCurrency: text('salary_currency'),
    contractMonths: smallint('contract_months'),
    /** Rules the order adds to its scheme's (a sex, a height, a second language). */
    extraRules: jsonb('extra_rules').$type<RequirementRule[]>().notNull().default([]),
    /** The regency the order recruits from, if any (a regional MoU): a matching bonus, not a gate. */
    targetRegionCode: text('target_region_code').references(() => regions.code),
    description: text('description'),
    closingOn: date('closing_on'),
    status: text('status', { enum: jobOrderStatuses }).notNull().default('draft'),
    attacheVerifiedAt: timestamp('attache_verified_at', { withTimezone: true }),
    attacheVerifiedBy: uuid('attache_verified_by').references(() => users.id),
    attacheReference: text('attache_reference'),
    isPublic: boolean('is_public').notNull().default(false),
    createdBy: uuid('created_by').references(() => users.id),
  },
  (t) => [
    uniqueIndex('job_orders_reference_uq').on(sql`upper(${t.reference})`),
    index('job_orders_office_status_idx').on(t.officeId, t.status, t.createdAt),
    index('job_orders_permit_idx').on(t.permitId),
    index('job_orders_scheme_idx').on(t.schemeId),
  ],
);

/** A person's application to a job order (or a scheme without one), through the pre-departure stages. */
export const applications = pgTable(
  'applications',
  {
    ...recordColumns,
    officeId: uuid('office_id')
      .notNull()
      .references(() => offices.id),
    personId: uuid('person_id')
      .notNull()
      .references(() => persons.id),
    jobOrderId: uuid('job_order_id').references(() => jobOrders.id),
    schemeId: uuid('scheme_id')
      .notNull()
      .references(() => schemes.id),
    stage: text('stage', { enum: applicationStages }).notNull().default('registration'),
    stageSince: date('stage_since').notNull(),
    /** The eligibility when the application was made, with the rule version it used. */
    eligibility: jsonb('eligibility').$type<EligibilityResult>(),
    departedOn: date('departed_on'),
    returnedOn: date('returned_on'),
    closedReason: text('closed_reason'),
    createdBy: uuid('created_by').references(() => users.id),
  },
  (t) => [
    index('applications_person_idx').on(t.personId),
    // One live application per person and job order; a withdrawn or rejected one may be followed by another.
    uniqueIndex('applications_person_job_order_uq')
      .on(t.personId, t.jobOrderId)
      .where(sql`${t.stage} not in ('withdrawn', 'rejected')`),
    index('applications_job_order_idx').on(t.jobOrderId, t.stage),
    index('applications_office_stage_idx').on(t.officeId, t.stage, t.updatedAt),
  ],
);

/** Each move of an application: dated, attributed, with the stages it skipped and why. Never updated. */
export const applicationStageEvents = pgTable(
  'application_stage_events',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    applicationId: uuid('application_id')
      .notNull()
      .references(() => applications.id),
    fromStage: text('from_stage', { enum: applicationStages }),
    toStage: text('to_stage', { enum: applicationStages }).notNull(),
    effectiveOn: date('effective_on').notNull(),
    skippedStages: text('skipped_stages')
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    reason: text('reason'),
    note: text('note'),
    changedBy: uuid('changed_by').references(() => users.id),
    changedAt: timestamp('changed_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('application_stage_events_app_idx').on(t.applicationId, t.changedAt)],
);
