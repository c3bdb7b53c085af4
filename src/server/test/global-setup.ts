import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import { fromPglite, openPostgres, pgliteExtensions } from '../db/client.js';
import { migrate } from '../db/migrate.js';
import { loadReferenceData } from '../reference/loader.js';

declare module 'vitest' {
  export interface ProvidedContext {
    pgliteTemplateDir: string;
    postgresTemplate: string;
  }
}

export const TEMPLATE_DB = 'balai_test_template';

/** Migrates one database with reference data, once for the whole run. */
export default async function setup(project: TestProject) {
  const url = process.env.TEST_DATABASE_URL;
  if (url) {
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    // Leftovers of an interrupted run.
    const stale = await admin.query<{ datname: string }>(`select datname from pg_database where datname like 'balai_test_%'`);
    for (const { datname } of stale.rows) await admin.query(`drop database if exists "${datname}" with (force)`);
    await admin.query(`create database ${TEMPLATE_DB}`);
    await admin.end();
    const templateUrl = withDatabase(url, TEMPLATE_DB);
    const database = await openPostgres(templateUrl, 2);
    await migrate(database);
    await loadReferenceData(database);
    await database.close();
    project.provide('postgresTemplate', templateUrl);
    project.provide('pgliteTemplateDir', '');
    return async () => {
      const c = new pg.Client({ connectionString: url });
      await c.connect();
      await c.query(`drop database if exists ${TEMPLATE_DB} with (force)`);
      await c.end();
    };
  }

  // A migrated data folder that each test file copies and opens: about 1 s, where loading a snapshot into
  // a fresh in-memory PGlite took 3–4 s per file (docs/decisions/0003).
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'balai-test-'));
  const templateDir = path.join(dir, 'template');
  const pglite = await PGlite.create({ dataDir: templateDir, extensions: pgliteExtensions });
  const database = fromPglite(pglite);
  await migrate(database);
  await loadReferenceData(database);
  await database.close();
  project.provide('pgliteTemplateDir', templateDir);
  project.provide('postgresTemplate', '');
  return () => fs.rmSync(dir, { recursive: true, force: true });
}

export function withDatabase(url: string, name: string): string {
  const u = new URL(url);
  u.pathname = `/${name}`;
  return u.toString();
}
