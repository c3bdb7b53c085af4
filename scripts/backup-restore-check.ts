/**
 * A PGlite backup restores to the same data and the same uploaded files. Runs the real commands as
 * child processes:
 *
 *   DATA_DIR=src  main.ts seed-demo
 *   DATA_DIR=src  main.ts serve      (register a person, record a document, upload its scan; stop)
 *   DATA_DIR=src  main.ts backup <file>
 *   DATA_DIR=src  main.ts restore <file> --data-dir dst
 *
 * then opens src and dst (one at a time, with openPglite) and compares, table by table, the row count
 * and the md5 of all rows in order, and the files folders file by file. Also: a second restore into dst
 * must be refused, and the server must start on dst, answer /api/health and serve the uploaded scan.
 *
 * Usage: tsx scripts/backup-restore-check.ts   Exit codes: 0 same, 1 different or failed.
 * KEEP_TMP=1 keeps the folders.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { makeNik } from '../src/domain/nik.js';
import { openPglite } from '../src/server/db/client.js';
import { tinyPdf } from '../src/server/test/uploads.js';
import { balaiEnv, exitWithin, freePort, installCleanup, spawnBalai, stopChild, tail, tempDir, waitHealthy } from '../bench/lib/processes.js';

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
  'persons',
  'person_documents',
  'stored_files',
] as const;

const DEMO_PASSWORD = 'Balai-Demo-2026!';

/** Signs in as a demo staff member; returns the headers a browser would send with a write. */
async function signIn(port: number): Promise<Record<string, string>> {
  const res = await fetch(`http://127.0.0.1:${port}/api/auth/sign-in`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: 'penempatan@balai.test', password: DEMO_PASSWORD }),
  });
  if (res.status !== 200) throw new Error(`sign-in answered ${res.status}`);
  const { csrfToken } = (await res.json()) as { csrfToken: string };
  return { cookie: (res.headers.get('set-cookie') ?? '').split(';')[0] ?? '', 'x-csrf-token': csrfToken };
}

/** On a server over `dataDir`: registers a person, records a document and uploads its scan. */
async function uploadScan(dataDir: string): Promise<{ url: string; bytes: Buffer }> {
  const port = await freePort();
  const server = spawnBalai(['serve'], balaiEnv(dataDir, port));
  try {
    await waitHealthy(port, server, 120_000);
    const session = await signIn(port);
    const json = async (url: string, body: object) => {
      const res = await fetch(`http://127.0.0.1:${port}${url}`, {
        method: 'POST',
        headers: { ...session, 'content-type': 'application/json' },
        body: JSON.stringify(body),
      });
      if (res.status !== 201) throw new Error(`POST ${url} answered ${res.status}: ${await res.text()}`);
      return (await res.json()) as Record<string, unknown>;
    };
    const { person } = (await json('/api/persons', {
      nik: makeNik({ districtCode: '16.74.01', birthDate: '1998-03-07', sex: 'female', serial: 9901 }),
      fullName: 'Siti Aminah',
      sex: 'female',
      birthDate: '1998-03-07',
    })) as { person: { id: string } };
    const document = (await json(`/api/persons/${person.id}/documents`, { typeCode: 'diploma' })) as { id: string };
    const url = `/api/persons/${person.id}/documents/${document.id}/file`;
    const bytes = tinyPdf();
    const form = new FormData();
    form.append('file', new Blob([new Uint8Array(bytes)], { type: 'application/pdf' }), 'ijazah.pdf');
    const res = await fetch(`http://127.0.0.1:${port}${url}`, { method: 'PUT', headers: session, body: form });
    if (res.status !== 200) throw new Error(`PUT ${url} answered ${res.status}: ${await res.text()}`);
    console.log(`upload: a ${bytes.length}-byte scan stored for ${url}`);
    return { url, bytes };
  } finally {
    await stopChild(server);
  }
}

/** sha256 of every uploaded file under DATA_DIR/files, by relative path. */
function filesOf(dataDir: string): Record<string, string> {
  const dir = path.join(dataDir, 'files');
  if (!fs.existsSync(dir)) return {};
  return Object.fromEntries(
    (fs.readdirSync(dir, { recursive: true }) as string[])
      .filter((f) => fs.statSync(path.join(dir, f)).isFile())
      .sort()
      .map((f) => [
        f,
        createHash('sha256')
          .update(fs.readFileSync(path.join(dir, f)))
          .digest('hex'),
      ]),
  );
}

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
  const scan = await uploadScan(src);
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
  const [filesA, filesB] = [filesOf(src), filesOf(dst)];
  console.log(`files: ${Object.keys(filesA).length} in the source, ${Object.keys(filesB).length} restored`);
  check(Object.keys(filesA).length > 0, 'the source holds an uploaded file');
  check(JSON.stringify(filesA) === JSON.stringify(filesB), 'the uploaded files are the same after restore');

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
    const file = await fetch(`http://127.0.0.1:${port}${scan.url}`, { headers: { cookie } });
    const served = Buffer.from(await file.arrayBuffer());
    console.log(`scan on the restored server: ${file.status}, ${served.length} bytes, ${file.headers.get('content-type')}`);
    check(file.status === 200 && served.equals(scan.bytes), 'the restored server serves the uploaded scan, byte for byte');
  } catch (err) {
    check(false, `server on the restored folder: ${(err as Error).message}`);
  } finally {
    const stop = await stopChild(server);
    check(stop.code === 0 && !stop.forced, `server stops cleanly (code ${stop.code}, signal ${stop.signal}${stop.forced ? ', killed after 20 s' : ''})`);
    if (stop.code !== 0 || stop.forced) console.log(tail(server.stderr() || server.stdout()));
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
