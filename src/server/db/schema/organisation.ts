import { index, pgTable, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { recordColumns } from './columns.js';
import { regions } from './reference.js';

/** An office (BP3MI, P4MI, LTSA desk, or the national level). Every office-owned record points to one. */
export const offices = pgTable(
  'offices',
  {
    ...recordColumns,
    code: text('code').notNull(),
    name: text('name').notNull(),
    kind: text('kind', { enum: ['national', 'bp3mi', 'p4mi', 'ltsa'] }).notNull(),
    provinceCode: text('province_code').references(() => regions.code),
    city: text('city'),
    address: text('address'),
    phone: text('phone'),
    email: text('email'),
    timeZone: text('time_zone', { enum: ['Asia/Jakarta', 'Asia/Makassar', 'Asia/Jayapura'] })
      .notNull()
      .default('Asia/Jakarta'),
  },
  (t) => [uniqueIndex('offices_code_uq').on(t.code)],
);

/** A division (bagian/seksi) of an office. */
export const divisions = pgTable(
  'divisions',
  {
    ...recordColumns,
    officeId: uuid('office_id')
      .notNull()
      .references(() => offices.id),
    code: text('code').notNull(),
    name: text('name').notNull(),
    description: text('description'),
  },
  (t) => [uniqueIndex('divisions_office_code_uq').on(t.officeId, t.code), index('divisions_office_idx').on(t.officeId)],
);
