import { sql } from 'drizzle-orm';
import { boolean, date, index, integer, pgTable, smallint, text, timestamp } from 'drizzle-orm/pg-core';

/**
 * Reference data is data: loaded from its sources by the reference loader, each dataset stamped with
 * its version and source in reference_datasets, and reloaded when the shipped version changes.
 */
export const referenceDatasets = pgTable('reference_datasets', {
  name: text('name').primaryKey(),
  version: text('version').notNull(),
  source: text('source').notNull(),
  license: text('license'),
  rowCount: integer('row_count').notNull(),
  loadedAt: timestamp('loaded_at', { withTimezone: true }).notNull().defaultNow(),
});

/** Indonesian administrative regions with Kemendagri codes: 1 provinsi, 2 kab/kota, 3 kecamatan, 4 desa/kelurahan. */
export const regions = pgTable(
  'regions',
  {
    code: text('code').primaryKey(),
    parentCode: text('parent_code'),
    level: smallint('level').notNull(),
    name: text('name').notNull(),
  },
  (t) => [
    index('regions_parent_idx').on(t.parentCode),
    index('regions_level_idx').on(t.level),
    index('regions_name_trgm_idx').using('gin', sql`lower(${t.name}) gin_trgm_ops`),
  ],
);

/** ISO 3166-1 countries with Indonesian and English names. */
export const countries = pgTable('countries', {
  code: text('code').primaryKey(), // alpha-2
  alpha3: text('alpha3').notNull(),
  numeric: text('numeric').notNull(),
  nameId: text('name_id').notNull(),
  nameEn: text('name_en').notNull(),
});

/** Fields (bidang) of Japan's Specified Skilled Worker scheme, with the dates they apply. */
export const sswFields = pgTable('ssw_fields', {
  code: text('code').primaryKey(),
  nameId: text('name_id').notNull(),
  nameEn: text('name_en').notNull(),
  nameJa: text('name_ja'),
  effectiveFrom: date('effective_from').notNull(),
  effectiveTo: date('effective_to'),
  ssw2: boolean('ssw2').notNull(),
  sortOrder: smallint('sort_order').notNull(),
});

/** Document types: the eight of UU 18/2017 Pasal 13 and the registration documents. */
export const documentTypes = pgTable('document_types', {
  code: text('code').primaryKey(),
  nameId: text('name_id').notNull(),
  nameEn: text('name_en').notNull(),
  legalBasis: text('legal_basis'),
  /** One of the eight documents of Pasal 13. */
  placementRequired: boolean('placement_required').notNull(),
  /** How long the document stays valid after issue, when the law sets it (health certificate: 3). */
  validityMonths: smallint('validity_months'),
  sensitive: boolean('sensitive').notNull(),
  sortOrder: smallint('sort_order').notNull(),
});

/** Complaint categories used in BP2MI statistics. */
export const complaintCategories = pgTable('complaint_categories', {
  code: text('code').primaryKey(),
  nameId: text('name_id').notNull(),
  nameEn: text('name_en').notNull(),
  sortOrder: smallint('sort_order').notNull(),
});
