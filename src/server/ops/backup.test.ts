import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPglite, type Database } from '../db/client.js';
import { seedDemo } from '../demo/seed.js';
import { createTestDatabase, onPostgres } from '../test/harness.js';
import { backupPglite, restorePglite } from './backup.js';

/** Every file under a folder with its bytes, keyed by relative path. */
const tree = (dir: string) =>
  Object.fromEntries(
    (fs.readdirSync(dir, { recursive: true }) as string[])
      .filter((f) => fs.statSync(path.join(dir, f)).isFile())
      .sort()
      .map((f) => [f, fs.readFileSync(path.join(dir, f)).toString('hex')]),
  );

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
  const sourceFiles = path.join(work, 'source', 'files');
  const scan = '7c9e6679-7425-40de-944b-e07fc1f90ae7';
  beforeAll(async () => {
    source = await createTestDatabase();
    await seedDemo(source);
    // Two uploaded files as the files module stores them, and an upload still in progress.
    fs.mkdirSync(path.join(sourceFiles, '7c'), { recursive: true });
    fs.writeFileSync(path.join(sourceFiles, '7c', scan), Buffer.from('%PDF-1.4 scan'));
    fs.mkdirSync(path.join(sourceFiles, 'a1'), { recursive: true });
    fs.writeFileSync(path.join(sourceFiles, 'a1', 'a1b2c3d4-0000-4000-8000-000000000001'), Buffer.from([0x89, 0x50, 0x4e, 0x47]));
    fs.writeFileSync(path.join(sourceFiles, 'tmp-0f0e0d0c-0000-4000-8000-000000000002'), 'half an upload');
  });
  afterAll(async () => {
    await source.close();
    fs.rmSync(work, { recursive: true, force: true });
  });

  it('restores into a new folder with the same data and the same uploaded files', async () => {
    const file = await backupPglite(source, path.join(work, 'b.tar.gz'), 'test', sourceFiles);
    const target = path.join(work, 'restored');
    const manifest = await restorePglite(file, target);
    expect(manifest).toMatchObject({ format: 'balai-backup/1', database: 'pglite', balaiVersion: 'test', files: 2 });
    const { [`tmp-0f0e0d0c-0000-4000-8000-000000000002`]: inProgress, ...stored } = tree(sourceFiles);
    expect(inProgress).toBeDefined();
    expect(tree(path.join(target, 'files'))).toEqual(stored);
    expect(Object.keys(stored)).toEqual([path.join('7c', scan), path.join('a1', 'a1b2c3d4-0000-4000-8000-000000000001')]);
    const restored = await openPglite(target);
    try {
      const [before, after] = [await checksum(source), await checksum(restored)];
      expect(after).toEqual(before);
      expect(before[0]).toMatch(/^offices:1:/);
    } finally {
      await restored.close();
    }
    // A dump, an archive and a second PGlite opening the restored folder: on a loaded 2-core machine this
    // passed 30 s; it is a correctness check, not a speed one (speed is npm run bench's).
  }, 120_000);

  it('refuses to restore over existing data or existing uploaded files', async () => {
    const file = path.join(work, 'b.tar.gz');
    await expect(restorePglite(file, path.join(work, 'restored'))).rejects.toThrow(/already holds data/);
    const withFiles = path.join(work, 'files-only');
    fs.mkdirSync(path.join(withFiles, 'files', 'ff'), { recursive: true });
    fs.writeFileSync(path.join(withFiles, 'files', 'ff', 'ffffffff-0000-4000-8000-000000000003'), 'other');
    await expect(restorePglite(file, withFiles)).rejects.toThrow(/already holds data.*files/);
    expect(fs.existsSync(path.join(withFiles, 'pgdata'))).toBe(false);
  });
});
