/**
 * A PGlite backup restores to the same data. Runs the real commands as child processes:
 *
 *   DATA_DIR=src  main.ts seed-demo
 *   DATA_DIR=src  main.ts backup <file>
 *   DATA_DIR=src  main.ts restore <file> --data-dir dst
 *
 * then opens src and dst (one at a time, with openPglite) and compares, table by table, the row count
 * and the md5 of all rows in order. Also: a second restore into dst must be refused, and the server must
 * start on dst and answer /api/health.
 *
 * Usage: tsx scripts/backup-restore-check.ts   Exit codes: 0 same, 1 different or failed.
 * KEEP_TMP=1 keeps the folders.
 */
import fs from 'node:fs';
import path from 'node:path';
import { openPglite } from '../src/server/db/client.js';
import {
  balaiEnv,
  exitWithin,
  freePort,
  installCleanup,
  spawnBalai,
  stopChild,
  tail,
  tempDir,
  waitHealthy,
} from '../bench/lib/processes.js';

const TABLES = [
  'offices',
  'divisions',
  'regions',
  'countries',
  'ssw_fields',
  'document_types',
  'complaint_categories',
  'reference_datasets',
  'balai_migrations',
  'partners',
  'users',
] as const;

interface TableSum {
  rows: number;
  md5: string;
}

async function run(label: string, args: string[], dataDir: string, timeoutMs = 180_000): Promise<{ code: number | null; output: string; ms: number }> {
  const t = performance.now();
  const child = spawnBalai(args, balaiEnv(dataDir, 0));
  const exit = await exitWithin(child, timeoutMs);
  if (!exit) {
    await stopChild(child, 2000);
    throw new Error(`${label}: no exit within ${timeoutMs} ms`);
  }
  const ms = Math.round(performance.now() - t);
  const output = (child.stdout() + child.stderr()).trim();
  // The line that says what happened: the first error line if any, else the last line.
  const said = output.split('\n').find((l) => /error|refus|already/i.test(l)) ?? tail(output, 1);
  console.log(`${label}: exit ${exit.code} in ${ms} ms — ${said.trim()}`);
  return { code: exit.code, output, ms };
}

async function checksums(dataDir: string): Promise<Record<string, TableSum>> {
  const database = await openPglite(dataDir);
  try {
    const sums: Record<string, TableSum> = {};
    for (const table of TABLES) {
      const [row] = await database.query<{ n: number; md5: string }>(
        `select count(*)::int as n, md5(coalesce(string_agg(t::text, E'\\n' order by t::text), '')) as md5 from ${table} t`,
      );
      sums[table] = { rows: row!.n, md5: row!.md5 };
    }
    return sums;
  } finally {
    await database.close();
  }
}

async function main(): Promise<number> {
  installCleanup();
  const failures: string[] = [];
  const check = (ok: boolean, what: string) => {
    if (!ok) {
      console.log(`  FAIL ${what}`);
      failures.push(what);
    }
  };
  const root = tempDir('backup');
  const src = path.join(root, 'src');
  const dst = path.join(root, 'restored');
  const file = path.join(root, 'backup.tar.gz');
  console.log(`backup/restore check in ${root}`);

  check((await run('seed-demo', ['seed-demo'], src)).code === 0, 'seed-demo exits 0');
  check((await run('backup', ['backup', file], src)).code === 0, 'backup exits 0');
  check(fs.existsSync(file), 'backup file exists');
  if (fs.existsSync(file)) console.log(`backup file: ${(fs.statSync(file).size / 2 ** 20).toFixed(1)} MiB`);
  check((await run('restore', ['restore', file, '--data-dir', dst], src)).code === 0, 'restore exits 0');
  check(!fs.existsSync(path.join(dst, 'balai.lock')), 'restore left no lock file behind');

  const again = await run('restore again (must refuse)', ['restore', file, '--data-dir', dst], src);
  check(again.code !== 0 && /already holds data/.test(again.output), 'a second restore into the same folder is refused');
  if (failures.length) return report(failures);

  const a = await checksums(src);
  const b = await checksums(dst);
  console.log(`\n${'table'.padEnd(22)} ${'rows'.padStart(7)}  md5 (source)                      restored`);
  for (const table of TABLES) {
    const same = a[table]!.rows === b[table]!.rows && a[table]!.md5 === b[table]!.md5;
    console.log(
      `${table.padEnd(22)} ${String(a[table]!.rows).padStart(7)}  ${a[table]!.md5}  ${same ? 'same' : `DIFFERENT (${b[table]!.rows} rows, ${b[table]!.md5})`}`,
    );
    check(same, `${table} is the same after restore`);
    check(a[table]!.rows > 0, `${table} has rows`);
  }

  // The restored folder serves.
  const port = await freePort();
  const server = spawnBalai(['serve'], balaiEnv(dst, port));
  try {
    const health = (await waitHealthy(port, server, 120_000)) as { status?: string };
    // The demo accounts came back with the data: sign in with one, as a person would after a restore.
    const signIn = await fetch(`http://127.0.0.1:${port}/api/auth/sign-in`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'penempatan@balai.test', password: 'Balai-Demo-2026!' }),
    });
    check(signIn.status === 200, `a demo account signs in on the restored folder (${signIn.status})`);
    const cookie = (signIn.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
    const offices = (await (await fetch(`http://127.0.0.1:${port}/api/offices`, { headers: { cookie } })).json()) as { total?: number };
    console.log(`\nserver on the restored folder: health ${health.status}, ${offices.total} office(s)`);
    check(health.status === 'ok', 'server on the restored folder is healthy');
    check(offices.total === a.offices!.rows, 'server lists the restored offices');
  } catch (err) {
    check(false, `server on the restored folder: ${(err as Error).message}`);
  } finally {
    const stop = await stopChild(server);
    check(stop.code === 0 && !stop.forced, 'server stops cleanly');
  }
  return report(failures);
}

function report(failures: string[]): number {
  console.log(failures.length ? `backup/restore check: FAILED (${failures.length})` : 'backup/restore check: passed, restored data identical');
  return failures.length ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (err: unknown) => {
    console.error(`backup/restore check failed: ${err instanceof Error ? err.message : String(err)}`);
    process.exit(1);
  },
);
