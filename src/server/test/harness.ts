import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { Writable } from 'node:stream';
import { PGlite } from '@electric-sql/pglite';
import type { FastifyInstance } from 'fastify';
import pg from 'pg';
import { inject } from 'vitest';
import { buildApp } from '../app.js';
import { loadConfig, type Config } from '../config.js';
import { fromPglite, openPostgres, pgliteExtensions, type Database } from '../db/client.js';
import { withDatabase } from './global-setup.js';
import type { Clock } from '../lib/clock.js';

export const onPostgres = Boolean(process.env.TEST_DATABASE_URL);
export const expectedKind = onPostgres ? 'postgres' : 'pglite';

/**
 * A fresh, migrated database with reference data for one test file: a copy of the run's PGlite data
 * folder, or a PostgreSQL database created from the template. close() drops it.
 */
export async function createTestDatabase(): Promise<Database> {
  const template = inject('postgresTemplate');
  if (template) {
    const name = `balai_test_${randomBytes(6).toString('hex')}`;
    const admin = new pg.Client({ connectionString: process.env.TEST_DATABASE_URL });
    await admin.connect();
    await admin.query(`create database ${name} template balai_test_template`);
    await admin.end();
    const url = withDatabase(process.env.TEST_DATABASE_URL!, name);
    const database = await openPostgres(url, 4);
    return {
      ...database,
      async close() {
        await database.close();
        const c = new pg.Client({ connectionString: process.env.TEST_DATABASE_URL });
        await c.connect();
        await c.query(`drop database if exists ${name} with (force)`);
        await c.end();
      },
    };
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'balai-testdb-'));
  fs.cpSync(inject('pgliteTemplateDir'), dir, { recursive: true });
  const database = fromPglite(await PGlite.create({ dataDir: dir, extensions: pgliteExtensions }));
  return {
    ...database,
    async close() {
      try {
        await database.close();
      } finally {
        fs.rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}

export function testConfig(overrides: Record<string, string> = {}): Config {
  return loadConfig({
    NODE_ENV: 'test',
    LOG_LEVEL: 'silent',
    JOBS: 'off',
    DATA_DIR: fs.mkdtempSync(path.join(os.tmpdir(), 'balai-data-')),
    RATE_LIMIT_PER_MINUTE: '100000',
    ...overrides,
  });
}

export interface TestApp {
  app: FastifyInstance;
  database: Database;
  config: Config;
  /** Log lines written so far, when logs were captured. */
  logs: string[];
  close(): Promise<void>;
}

/** Builds the real app on a real database. Pass captureLogs to read what the server logged. */
export async function createTestApp(opts: { database?: Database; env?: Record<string, string>; captureLogs?: boolean; clock?: Clock } = {}): Promise<TestApp> {
  const database = opts.database ?? (await createTestDatabase());
  const logs: string[] = [];
  const config = testConfig({ ...(opts.captureLogs ? { LOG_LEVEL: 'info' } : {}), ...opts.env });
  const logStream = new Writable({
    write(chunk, _enc, cb) {
      logs.push(String(chunk));
      cb();
    },
  });
  const app = await buildApp({ config, database, ...(opts.captureLogs ? { logStream } : {}), ...(opts.clock ? { clock: opts.clock } : {}) });
  return {
    app,
    database,
    config,
    logs,
    async close() {
      await app.close();
      if (!opts.database) await database.close();
      fs.rmSync(config.DATA_DIR, { recursive: true, force: true });
    },
  };
}

export interface Session {
  cookie: string;
  csrf: string;
  /** Headers for inject(): the session cookie, and the CSRF token for writes. */
  headers: Record<string, string>;
}

/** Signs in through the real route and returns what a browser would hold. */
export async function signIn(app: FastifyInstance, email: string, password: string, totp?: string): Promise<Session> {
  const res = await app.inject({ method: 'POST', url: '/api/auth/sign-in', payload: { email, password, ...(totp ? { totp } : {}) } });
  if (res.statusCode !== 200) throw new Error(`sign-in of ${email} failed: ${res.statusCode} ${res.body}`);
  const cookie = res.cookies.find((c) => c.name === 'balai_session')!.value;
  const csrf = res.json().csrfToken as string;
  return { cookie, csrf, headers: { cookie: `balai_session=${cookie}`, 'x-csrf-token': csrf } };
}
