import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPglite, type Database } from '../db/client.js';
import { seedDemo } from '../demo/seed.js';
import { createTestDatabase, onPostgres } from '../test/harness.js';
import { backupPglite, restorePglite } from './backup.js';

const checksum = async (db: Database) =>
  (
    await db.query<{ t: string; n: number; h: string }>(`
      select 'offices' t, count(*)::int n, md5(coalesce(string_agg(o::text, '|' order by o.id), '')) h from offices o
      union all select 'divisions', count(*)::int, md5(coalesce(string_agg(d::text, '|' order by d.id), '')) from divisions d
      union all select 'regions', count(*)::int, md5(coalesce(string_agg(r::text, '|' order by r.code), '')) from regions r
      union all select 'migrations', count(*)::int, md5(coalesce(string_agg(m.hash, '|' order by m.hash), '')) from balai_migrations m`)
  ).map((r) => `${r.t}:${r.n}:${r.h}`);

describe.skipIf(onPostgres)('backup and restore of the embedded database', () => {
  let source: Database;
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'balai-backup-test-'));
  beforeAll(async () => {
    source = await createTestDatabase();
    await seedDemo(source);
  });
  afterAll(async () => {
    await source.close();
    fs.rmSync(work, { recursive: true, force: true });
  });

  it('restores into a new folder with the same data', async () => {
    const file = await backupPglite(source, path.join(work, 'b.tar.gz'), 'test');
    const target = path.join(work, 'restored');
    const manifest = await restorePglite(file, target);
    expect(manifest).toMatchObject({ format: 'balai-backup/1', database: 'pglite', balaiVersion: 'test' });
    const restored = await openPglite(target);
    try {
      const [before, after] = [await checksum(source), await checksum(restored)];
      expect(after).toEqual(before);
      expect(before[0]).toMatch(/^offices:1:/);
    } finally {
      await restored.close();
    }
  });

  it('refuses to restore over existing data', async () => {
    const file = path.join(work, 'b.tar.gz');
    await expect(restorePglite(file, path.join(work, 'restored'))).rejects.toThrow(/already holds data/);
  });
});
