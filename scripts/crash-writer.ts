/**
 * The child process of scripts/crash-test.ts. Opens the PGlite data folder the way the server does
 * (openPglite: folder lock, stale-lock takeover), migrates, then
 *
 *   1. with --verify FILE: checks that every id listed in FILE (one per line: the ids an earlier writer
 *      reported as committed before it was SIGKILLed) is present, that no row's payload is torn and that
 *      no multi-row transaction is partly present;
 *   2. unless --verify-only: inserts rows until killed (or CRASH_WRITER_MAX_MS passes), printing the
 *      ids of each transaction on stdout only after its COMMIT has returned.
 *
 * Protocol on stdout, one line each:
 *   opened <ms>
 *   verify expected=<n> present=<n> missing=<n> rows=<n> unreported=<n> bad_payload=<n> partial_txn=<n> [missing_ids=...]
 *   (unreported: rows whose COMMIT went through but whose writer was killed before it could say so)
 *   ready <next id>
 *   c <id> [<id> ...]         (committed)
 * Exit codes: 0 ok (verify passed / writing ended by time), 1 verification failed, 2 usage, 3 error.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import { parseArgs } from 'node:util';
import { inTransaction, openPglite } from '../src/server/db/client.js';
import { migrate } from '../src/server/db/migrate.js';

const FILLER_REPEAT = 8; // 8 × 32 hex chars: payloads of ~280 bytes

/** The payload of a row: transaction (its first id) / transaction size / id / deterministic filler. */
export function payloadOf(id: number, txn: number, size: number): string {
  return `${txn}/${size}/${id}/${createHash('md5').update(String(id)).digest('hex').repeat(FILLER_REPEAT)}`;
}

function out(line: string): void {
  // Synchronous on a pipe on Linux: once this returns, the line is in the pipe even if we are killed.
  process.stdout.write(line + '\n');
}

async function main(): Promise<number> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { verify: { type: 'string' }, 'verify-only': { type: 'boolean' } },
  });
  const dataDir = positionals[0];
  if (!dataDir) {
    console.error('usage: crash-writer.ts <dataDir> [--verify FILE] [--verify-only]');
    return 2;
  }
  const maxMs = Number(process.env.CRASH_WRITER_MAX_MS ?? 60_000);

  const t0 = performance.now();
  const database = await openPglite(dataDir);
  await migrate(database);
  await database.query(`create table if not exists crash_probe (id bigint primary key, payload text not null)`);
  out(`opened ${Math.round(performance.now() - t0)}`);

  let ok = true;
  if (values.verify) {
    const expected = fs.readFileSync(values.verify, 'utf8').split('\n').filter(Boolean).map(Number);
    const [present] = await database.query<{ n: number }>('select count(*)::int as n from crash_probe where id = any($1::bigint[])', [expected]);
    const missingIds = (
      await database.query<{ id: string }>('select x::text as id from unnest($1::bigint[]) as x except select id::text from crash_probe order by 1 limit 10', [
        expected,
      ])
    ).map((r) => r.id);
    const [rows] = await database.query<{ n: number }>('select count(*)::int as n from crash_probe');
    // Every payload must be exactly what the writer wrote for that id (same formula as payloadOf).
    const [bad] = await database.query<{ n: number }>(
      `select count(*)::int as n from crash_probe
       where payload <> split_part(payload, '/', 1) || '/' || split_part(payload, '/', 2) || '/' || id || '/' || repeat(md5(id::text), ${FILLER_REPEAT})`,
    );
    // Transactions are all or nothing: each one is present with all its rows or not at all.
    const [partial] = await database.query<{ n: number }>(
      `select count(*)::int as n from (
         select split_part(payload, '/', 1) as txn, count(*) as n, min(split_part(payload, '/', 2)::int) as size
         from crash_probe group by 1) t
       where n <> size`,
    );
    const p = present?.n ?? 0;
    const missing = expected.length - p;
    ok = missing === 0 && (bad?.n ?? 0) === 0 && (partial?.n ?? 0) === 0;
    out(
      `verify expected=${expected.length} present=${p} missing=${missing} rows=${rows?.n ?? 0} ` +
        `unreported=${(rows?.n ?? 0) - p} ` +
        `bad_payload=${bad?.n ?? 0} partial_txn=${partial?.n ?? 0}` +
        (missingIds.length ? ` missing_ids=${missingIds.join(',')}` : ''),
    );
  }
  if (values['verify-only'] || !ok) {
    await database.close();
    return ok ? 0 : 1;
  }

  const [max] = await database.query<{ n: string }>('select coalesce(max(id), 0)::text as n from crash_probe');
  let next = Number(max?.n ?? 0) + 1;
  out(`ready ${next}`);
  const until = performance.now() + maxMs;
  let commits = 0;
  while (performance.now() < until) {
    const roll = Math.random();
    if (roll < 0.5) {
      const id = next++;
      await database.query('insert into crash_probe (id, payload) values ($1, $2)', [id, payloadOf(id, id, 1)]);
      out(`c ${id}`);
    } else {
      const size = 2 + Math.floor(Math.random() * 4); // 2–5 rows
      const ids = Array.from({ length: size }, () => next++);
      await inTransaction(database, async (run) => {
        for (const id of ids) await run('insert into crash_probe (id, payload) values ($1, $2)', [id, payloadOf(id, ids[0]!, size)]);
      });
      out(`c ${ids.join(' ')}`);
    }
    // Now and then a checkpoint, so that some kills land in the middle of one.
    if (++commits % 150 === 0) await database.query('checkpoint');
  }
  await database.close();
  return 0;
}

main().then(
  (code) => process.exit(code),
  (err: unknown) => {
    console.error(err);
    process.exit(3);
  },
);
