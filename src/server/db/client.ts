import fs from 'node:fs';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { sql, type SQL } from 'drizzle-orm';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import type pg from 'pg';
import * as schema from './schema/index.js';
import { acquireDataDirLock, type DataDirLock } from './lock.js';

export type Schema = typeof schema;
/** A Drizzle database or transaction: repositories accept either. */
export type Db = PgDatabase<PgQueryResultHKT, Schema>;

export interface Database {
  kind: 'pglite' | 'postgres';
  db: Db;
  /** The PGlite instance when embedded (backup, clone, checkpoint). */
  pglite?: PGlite;
  /** The pg pool when on a PostgreSQL server. */
  pool?: pg.Pool;
  /** The connection string when on a PostgreSQL server (the job queue opens its own small pool). */
  url?: string;
  /** Runs raw SQL with parameters; for the few places that need it (job queue, maintenance). */
  query<T = Record<string, unknown>>(text: string, params?: unknown[]): Promise<T[]>;
  /** Flushes to disk where that matters (PGlite), then closes and releases the folder lock. */
  close(): Promise<void>;
}

export const pgliteExtensions = { pg_trgm };

/** Where PGlite keeps its files inside DATA_DIR. */
export function pgDataDir(dataDir: string): string {
  return path.join(dataDir, 'pgdata');
}

/** Wraps an open PGlite instance (from a folder, memory, a clone or a snapshot). */
export function fromPglite(pglite: PGlite, lock?: DataDirLock): Database {
  return {
    kind: 'pglite',
    db: drizzlePglite(pglite, { schema }) as unknown as Db,
    pglite,
    async query<T>(text: string, params?: unknown[]) {
      return (await pglite.query<T>(text, params)).rows;
    },
    async close() {
      try {
        if (!pglite.closed) {
          await pglite.exec('CHECKPOINT');
          await pglite.close();
        }
      } finally {
        lock?.release();
      }
    },
  };
}

/** Opens the embedded database in DATA_DIR/pgdata, taking the folder lock first. */
export async function openPglite(dataDir: string): Promise<Database> {
  const lock = acquireDataDirLock(dataDir);
  try {
    const dir = pgDataDir(dataDir);
    fs.mkdirSync(dir, { recursive: true });
    const pglite = await PGlite.create({ dataDir: dir, extensions: pgliteExtensions });
    return fromPglite(pglite, lock);
  } catch (err) {
    lock.release();
    throw err;
  }
}

/** Connects to a PostgreSQL server. */
export async function openPostgres(url: string, poolSize = 10): Promise<Database> {
  // Loaded only for a PostgreSQL server: the embedded database starts without them (docs/decisions/0009).
  const [{ default: pgModule }, { drizzle: drizzlePg }] = await Promise.all([import('pg'), import('drizzle-orm/node-postgres')]);
  const pool = new pgModule.Pool({ connectionString: url, max: poolSize });
  // An idle connection cut by the server (restart, failover) must not crash the process: the pool
  // drops it and opens another on the next query.
  pool.on('error', (err) => {
    process.emitWarning(`PostgreSQL idle connection lost: ${err.message}`);
  });
  // Fail fast with a clear error when the server is not reachable.
  const client = await pool.connect();
  client.release();
  return {
    kind: 'postgres',
    db: drizzlePg(pool, { schema }) as unknown as Db,
    pool,
    url,
    async query<T>(text: string, params?: unknown[]) {
      return (await pool.query(text, params as unknown[])).rows as T[];
    },
    async close() {
      await pool.end();
    },
  };
}

export async function openDatabase(config: { DATABASE_URL?: string; DATA_DIR: string; DATABASE_POOL_SIZE?: number }): Promise<Database> {
  return config.DATABASE_URL ? openPostgres(config.DATABASE_URL, config.DATABASE_POOL_SIZE) : openPglite(config.DATA_DIR);
}

/** Runs a Drizzle sql`` query and returns its rows (both drivers answer { rows }). */
export async function rows<T>(db: Db, query: SQL): Promise<T[]> {
  return ((await db.execute(query)) as unknown as { rows: T[] }).rows;
}

/** A cheap round trip, used by the health check. */
export async function ping(database: Database): Promise<void> {
  await database.db.execute(sql`select 1`);
}

/** Runs raw statements in one transaction on either database. */
export type RunSql = (text: string, params?: unknown[]) => Promise<unknown[]>;

export async function inTransaction<T>(database: Database, work: (run: RunSql) => Promise<T>): Promise<T> {
  if (database.pglite) {
    return database.pglite.transaction((tx) => work(async (t, p) => (await tx.query(t, p)).rows));
  }
  const client = await database.pool!.connect();
  try {
    await client.query('begin');
    const result = await work(async (t, p) => (await client.query(t, p as unknown[])).rows);
    await client.query('commit');
    return result;
  } catch (err) {
    await client.query('rollback').catch(() => {});
    throw err;
  } finally {
    client.release();
  }
}
