import path from 'node:path';
import { z } from 'zod';
import { roles } from './db/schema/identity.js';

/**
 * Configuration from the environment. Every value has a default that runs out of the box on a laptop;
 * a bad value stops the server at start with one line per problem, naming the variable.
 */
const configSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  HOST: z.string().min(1).default('0.0.0.0'),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  /** Folder for the embedded database, uploaded files and backups. */
  DATA_DIR: z.string().min(1).default('./data'),
  /** When set, use this PostgreSQL server instead of the embedded PGlite. */
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must start with postgres:// or postgresql://')
    .optional()
    .or(z.literal('').transform(() => undefined)),
  DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(200).default(10),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  /** Default language of responses when the caller does not ask for one. */
  DEFAULT_LANGUAGE: z.enum(['id', 'en']).default('id'),
  /** Largest accepted request body, in bytes. */
  BODY_LIMIT: z.coerce
    .number()
    .int()
    .min(1024)
    .max(100 * 1024 * 1024)
    .default(1024 * 1024),
  /** Largest accepted uploaded file (document scan, photo), in bytes; files are kept in DATA_DIR/files. */
  UPLOAD_MAX_BYTES: z.coerce
    .number()
    .int()
    .min(1024)
    .max(100 * 1024 * 1024)
    .default(10 * 1024 * 1024),
  /** Requests per minute per client address on /api. */
  RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(1).max(1_000_000).default(600),
  /**
   * Where rate-limit counters live: `memory` (this process, no database write per request) or
   * `database` (the `rate_limit_buckets` table, shared by several instances on one PostgreSQL).
   */
  RATE_LIMIT_STORE: z.enum(['memory', 'database']).default('memory'),
  /** NIK checks per minute per signed-in caller: each answers whether a NIK is registered. */
  NIK_CHECK_PER_MINUTE: z.coerce.number().int().min(1).max(10_000).default(30),
  /** Run background jobs (scheduler and workers) in this process. */
  JOBS: z
    .enum(['on', 'off'])
    .default('on')
    .transform((v) => v === 'on'),
  /** Cron (in the office time zone) of the nightly maintenance: CHECKPOINT and backup on PGlite. */
  BACKUP_CRON: z.string().min(9).max(100).default('30 1 * * *'),
  /** How many nightly backups to keep in DATA_DIR/backups. */
  BACKUP_KEEP: z.coerce.number().int().min(1).max(365).default(14),
  TIME_ZONE: z.string().min(1).default('Asia/Jakarta'),
  /** A session ends after this many minutes without a request. */
  SESSION_IDLE_MINUTES: z.coerce
    .number()
    .int()
    .min(1)
    .max(24 * 60)
    .default(30),
  /** A session ends this many hours after sign-in, however active. */
  SESSION_ABSOLUTE_HOURS: z.coerce
    .number()
    .int()
    .min(1)
    .max(24 * 30)
    .default(12),
  /** Roles that must sign in with a second factor (comma-separated; empty for none). */
  TOTP_REQUIRED_ROLES: z
    .string()
    .default('administrator,kepala')
    .transform((v) =>
      v
        .split(',')
        .map((r) => r.trim())
        .filter(Boolean),
    )
    .pipe(z.array(z.enum(roles))),
  /** Failed sign-ins per account within LOCKOUT_MINUTES before it is locked for LOCKOUT_MINUTES. */
  SIGN_IN_MAX_FAILURES: z.coerce.number().int().min(1).max(100).default(5),
  /** Failed sign-ins per client address within LOCKOUT_MINUTES before the address is locked. */
  SIGN_IN_MAX_FAILURES_PER_ADDRESS: z.coerce.number().int().min(1).max(10_000).default(20),
  LOCKOUT_MINUTES: z.coerce
    .number()
    .int()
    .min(1)
    .max(24 * 60)
    .default(15),
  /** Trust X-Forwarded-* headers from a reverse proxy. */
  TRUST_PROXY: z
    .enum(['true', 'false'])
    .default('false')
    .transform((v) => v === 'true'),
});

export type Config = Omit<z.infer<typeof configSchema>, 'DATA_DIR'> & {
  DATA_DIR: string;
  databaseKind: 'pglite' | 'postgres';
};

export class ConfigError extends Error {
  constructor(public readonly problems: string[]) {
    super(`Konfigurasi tidak valid / invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

/** Reads and validates configuration; throws ConfigError listing every bad variable. */
export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  const parsed = configSchema.safeParse(env);
  if (!parsed.success) {
    throw new ConfigError(
      parsed.error.issues.map((i) => {
        const key = String(i.path[0]);
        // A connection string can carry a password: never echo it.
        const shown = key === 'DATABASE_URL' ? '(hidden)' : JSON.stringify(env[key]);
        return `${key}: ${i.message} (got ${shown})`;
      }),
    );
  }
  const c = parsed.data;
  try {
    new Intl.DateTimeFormat('en', { timeZone: c.TIME_ZONE });
  } catch {
    throw new ConfigError([`TIME_ZONE: unknown time zone (got ${JSON.stringify(c.TIME_ZONE)})`]);
  }
  return {
    ...c,
    DATA_DIR: path.resolve(c.DATA_DIR),
    databaseKind: c.DATABASE_URL ? 'postgres' : 'pglite',
  };
}
