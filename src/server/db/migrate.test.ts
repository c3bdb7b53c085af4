import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readMigrationFiles } from 'drizzle-orm/migrator';
import type { Database } from './client.js';
import { migrate, migrationsFolder } from './migrate.js';
import { createTestDatabase } from '../test/harness.js';
import { loadReferenceData } from '../reference/loader.js';

let db: Database;
beforeAll(async () => {
  db = await createTestDatabase();
});
afterAll(() => db.close());

describe('migrations and reference data', () => {
  it('applies each migration once; a second run applies nothing', async () => {
    const applied = await db.query<{ n: number }>('select count(*)::int as n from balai_migrations');
    expect(applied[0]!.n).toBe(readMigrationFiles({ migrationsFolder }).length);
    expect(await migrate(db)).toBe(0);
    expect(await Promise.all([migrate(db), migrate(db)])).toEqual([0, 0]);
  });

  it('does not reload reference data whose version is unchanged', async () => {
    expect(await loadReferenceData(db)).toEqual([]);
  });

  it('reloads a dataset when its version changes, keeping rows other records point to', async () => {
    await db.query(`update reference_datasets set version = 'old' where name = 'complaint_categories'`);
    await db.query(`update complaint_categories set name_id = 'diubah' where code = 'ill'`);
    expect(await loadReferenceData(db)).toEqual(['complaint_categories']);
    const [row] = await db.query<{ name_id: string }>(`select name_id from complaint_categories where code = 'ill'`);
    expect(row!.name_id).toBe('Sakit');
  });
});
