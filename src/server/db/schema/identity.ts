import { sql } from 'drizzle-orm';
import { bigint, boolean, index, integer, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { recordColumns } from './columns.js';
import { divisions, offices } from './organisation.js';
import { roles } from '../../../domain/roles.js';

export { roles, type Role } from '../../../domain/roles.js';

export const partnerKinds = ['pemda', 'lpk', 'university', 'bumn', 'p3mi', 'school', 'ngo', 'foreign'] as const;

/** A partner organisation (local government, training institution, university, state company, P3MI…). */
export const partners = pgTable(
  'partners',
  {
    ...recordColumns,
    officeId: uuid('office_id')
      .notNull()
      .references(() => offices.id),
    name: text('name').notNull(),
    kind: text('kind', { enum: partnerKinds }).notNull(),
    regionCode: text('region_code'),
  },
  (t) => [index('partners_office_idx').on(t.officeId), uniqueIndex('partners_office_name_uq').on(t.officeId, t.name)],
);

export const users = pgTable(
  'users',
  {
    ...recordColumns,
    officeId: uuid('office_id')
      .notNull()
      .references(() => offices.id),
    email: text('email').notNull(),
    name: text('name').notNull(),
    role: text('role', { enum: roles }).notNull(),
    divisionId: uuid('division_id').references(() => divisions.id),
    partnerId: uuid('partner_id').references(() => partners.id),
    passwordHash: text('password_hash').notNull(),
    mustChangePassword: boolean('must_change_password').notNull().default(false),
    language: text('language', { enum: ['id', 'en'] })
      .notNull()
      .default('id'),
    /** Base32 TOTP secret; pending until totp_enabled_at is set by a confirmed code. */
    totpSecret: text('totp_secret'),
    totpEnabledAt: timestamp('totp_enabled_at', { withTimezone: true }),
    /** The last accepted TOTP time step: a code is usable once. */
    totpLastStep: bigint('totp_last_step', { mode: 'number' }),
    disabledAt: timestamp('disabled_at', { withTimezone: true }),
    lastSignInAt: timestamp('last_sign_in_at', { withTimezone: true }),
  },
  (t) => [uniqueIndex('users_email_uq').on(sql`lower(${t.email})`), index('users_office_idx').on(t.officeId)],
);

export const recoveryCodes = pgTable(
  'recovery_codes',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id),
    codeHash: text('code_hash').notNull(),
    usedAt: timestamp('used_at', { withTimezone: true }),
  },
  (t) => [index('recovery_codes_user_idx').on(t.userId)],
);

/** A signed-in session. Only the SHA-256 of the cookie's token is stored. */
export const sessions = pgTable(
  'sessions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    tokenHash: text('token_hash').notNull(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id),
    csrfToken: text('csrf_token').notNull(),
    /** Signed in, but must enrol a second factor before anything else. */
    totpEnrolmentRequired: boolean('totp_enrolment_required').notNull().default(false),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    lastSeenAt: timestamp('last_seen_at', { withTimezone: true }).notNull(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    revokedAt: timestamp('revoked_at', { withTimezone: true }),
    ip: text('ip'),
    userAgent: text('user_agent'),
  },
  (t) => [uniqueIndex('sessions_token_uq').on(t.tokenHash), index('sessions_user_idx').on(t.userId)],
);

/** Failed sign-in counters per account and per address, shared by every instance. */
export const signInThrottle = pgTable('sign_in_throttle', {
  key: text('key').primaryKey(),
  failures: integer('failures').notNull(),
  windowStart: timestamp('window_start', { withTimezone: true }).notNull(),
  lockedUntil: timestamp('locked_until', { withTimezone: true }),
});

/** Bearer tokens for integrations, issued by an administrator. Only the SHA-256 is stored. */
export const apiTokens = pgTable(
  'api_tokens',
  {
    ...recordColumns,
    officeId: uuid('office_id')
      .notNull()
      .references(() => offices.id),
    name: text('name').notNull(),
    tokenHash: text('token_hash').notNull(),
    /** First characters of the token, to recognise it in lists. */
    prefix: text('prefix').notNull(),
    /** Granted permissions as resource:action, e.g. offices:read. */
    scopes: text('scopes').array().notNull(),
    createdBy: uuid('created_by')
      .notNull()
      .references(() => users.id),
    lastUsedAt: timestamp('last_used_at', { withTimezone: true }),
    expiresAt: timestamp('expires_at', { withTimezone: true }),
    revokedAt: timestamp('revoked_at', { withTimezone: true }),
  },
  (t) => [uniqueIndex('api_tokens_hash_uq').on(t.tokenHash), index('api_tokens_office_idx').on(t.officeId)],
);

/**
 * The append-only audit log (UU 27/2022 record of processing): writes, sign-ins, denials, exports and
 * reads of sensitive data. A trigger refuses UPDATE, DELETE and TRUNCATE (migration 0003).
 */
export const auditEvents = pgTable(
  'audit_events',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
    officeId: uuid('office_id'),
    actorUserId: uuid('actor_user_id'),
    actorTokenId: uuid('actor_token_id'),
    actorLabel: text('actor_label'),
    action: text('action').notNull(),
    outcome: text('outcome', { enum: ['success', 'failure', 'denied'] }).notNull(),
    resourceType: text('resource_type'),
    resourceId: text('resource_id'),
    ip: text('ip'),
    requestId: text('request_id'),
    details: jsonb('details').$type<Record<string, unknown>>(),
  },
  (t) => [
    index('audit_events_at_idx').on(t.at),
    index('audit_events_actor_idx').on(t.actorUserId, t.at),
    index('audit_events_resource_idx').on(t.resourceType, t.resourceId),
    index('audit_events_action_idx').on(t.action, t.at),
  ],
);
