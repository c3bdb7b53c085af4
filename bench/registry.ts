/**
 * npm run bench:registry (also the second half of npm run bench): how fast the person registry answers at
 * scale, through the code path the API uses (personsRepository.list).
 *
 *   1. PGlite in a fresh temp data folder, migrated with reference data, BENCH_PERSONS_PGLITE persons
 *      (default 100,000);
 *   2. PostgreSQL: database `balai_bench` created (and dropped at the end) on the server of BENCH_PG_URL
 *      (default postgres://postgres@127.0.0.1:5432/postgres), BENCH_PERSONS_PG persons (default 1,000,000).
 *      Skipped with a message when the server cannot be reached; BENCH_PERSONS_PG=0 skips it too.
 *
 * Persons are generated in one INSERT … SELECT over generate_series, deterministic (a hash of the row
 * number, no random()): 150 given × 150 second names per sex with an optional middle name, real Sumsel
 * desa/kelurahan codes weighted by regency, valid unique NIKs. Secondary indexes of `persons` are dropped
 * for the load and rebuilt from their own definitions, then ANALYZE (PostgreSQL: VACUUM ANALYZE, what
 * autovacuum would do soon after such a load; PGlite runs no autovacuum).
 *
 * Queries, drawn deterministically from the generated rows: a name with one typo ("siti aminha"), a name
 * in another word order with a spelling variant ("hartono rudy"), an exact NIK, and the filtered list
 * (PMI, women, one big sending regency, first page with total). Each: warm-up, then BENCH_ITERATIONS
 * (default 200) timed calls, or fewer when one kind takes longer than BENCH_QUERY_BUDGET_S (default 90 s).
 *
 * Prints a table and writes bench/results/registry-latest.json. KEEP_BENCH_DB=1 keeps `balai_bench` (and
 * KEEP_TMP=1 the PGlite folder) for EXPLAIN afterwards; BENCH_REUSE_DB=1 measures a kept `balai_bench` again
 * without generating (same BENCH_PERSONS_PG). Exit 1 on an error or a wrong answer; a missed
 * goal is reported, not an error.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { openPglite, openPostgres, type Database } from '../src/server/db/client.js';
import { migrate } from '../src/server/db/migrate.js';
import { loadReferenceData } from '../src/server/reference/loader.js';
import { personsRepository, type PersonFilters } from '../src/server/modules/persons/persons.repository.js';
import { installCleanup, repoRoot, tempDir } from './lib/processes.js';
import { generate, type Generation } from './lib/registry-data.js';

function intEnv(name: string, fallback: number, min: number, max: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < min || n > max) {
    console.error(`${name} must be an integer from ${min} to ${max} (got ${JSON.stringify(raw)})`);
    process.exit(2);
  }
  return n;
}

const PGLITE_PERSONS = intEnv('BENCH_PERSONS_PGLITE', 100_000, 0, 2_000_000);
const PG_PERSONS = intEnv('BENCH_PERSONS_PG', 1_000_000, 0, 20_000_000);
const ITERATIONS = intEnv('BENCH_ITERATIONS', 200, 10, 100_000);
const BUDGET_MS = intEnv('BENCH_QUERY_BUDGET_S', 90, 5, 3600) * 1000;
const WARMUP = 20;
/** Fewer timed calls than this and a figure is not worth printing. */
const MIN_ITERATIONS = 30;
const PG_ADMIN_URL = process.env.BENCH_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const PG_DATABASE = 'balai_bench';
const KEEP_DB = process.env.KEEP_BENCH_DB === '1' || process.env.BENCH_REUSE_DB === '1';
/** Skip generation and reuse a kept `balai_bench` of the same size (for trying a query or index change). */
const REUSE_DB = process.env.BENCH_REUSE_DB === '1';
/** BENCH_SHOW_SLOWEST=N prints the N slowest name queries with their number of matches. */
const SHOW_SLOWEST = intEnv('BENCH_SHOW_SLOWEST', 0, 0, 1000);
const TODAY = '2026-11-01';
const PAGE_SIZE = 25;

/** Goals (p95, ms) from the registry issue; the filtered list has none and is reported only. */
const goals: Record<string, Partial<Record<'pglite' | 'postgres', number>>> = {
  'name, one typo': { pglite: 100, postgres: 100 },
  'name, words swapped': { pglite: 100, postgres: 100 },
  'NIK lookup': { pglite: 10 },
};

const log = (msg: string) => console.log(msg);
const fmt = (n: number, digits = 1) => n.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });

// ---------------------------------------------------------------------------------------------------------
// Generation
// ---------------------------------------------------------------------------------------------------------

// ---------------------------------------------------------------------------------------------------------
// Queries drawn from the data
// ---------------------------------------------------------------------------------------------------------

function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32;
  };
}

/** One typing mistake in a word: letters swapped, dropped, doubled, or a vowel or i/y changed. */
function typo(word: string, rnd: () => number): string {
  const i = 1 + Math.floor(rnd() * (word.length - 2)); // never the first letter: people get that right
  switch (Math.floor(rnd() * 4)) {
    case 0:
      return word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2);
    case 1:
      return word.slice(0, i) + word.slice(i + 1);
    case 2:
      return word.slice(0, i) + word[i] + word.slice(i);
    default: {
      const swap: Record<string, string> = { a: 'e', e: 'a', i: 'y', y: 'i', o: 'u', u: 'o' };
      const j = [...word].findIndex((c, k) => k >= i && swap[c]);
      return j < 0 ? word + 'h' : word.slice(0, j) + swap[word[j]!] + word.slice(j + 1);
    }
  }
}

/** A spelling variant clerks meet: i/y at the end, a dropped or added final h, one m in Muhammad. */
function variant(word: string): string {
  if (word.endsWith('i')) return `${word.slice(0, -1)}y`;
  if (word.endsWith('y')) return `${word.slice(0, -1)}i`;
  if (word.endsWith('ah')) return word.slice(0, -1);
  if (word === 'muhammad') return 'muhamad';
  return `${word}h`;
}

interface Sample {
  fullName: string;
  nik: string;
}

async function samples(database: Database, n: number, count: number): Promise<Sample[]> {
  const gs = Array.from({ length: count }, (_, i) => 1 + ((i * 7919 + 104_729) % n));
  return database.query<Sample>(
    `select p.full_name as "fullName", p.nik from unnest($1::int[]) with ordinality s(g, k) join persons p on p.id = md5('bench-' || s.g)::uuid order by s.k`,
    [gs],
  );
}

interface QueryKind {
  name: string;
  filters: PersonFilters[];
  /** Whether an answer is the right one; for NIK an error, for names a share reported as "found". */
  check: (i: number, r: { rows: { fullName: string; nik: string }[]; total: number }) => boolean;
  strict?: boolean;
}

function queryKinds(list: Sample[]): QueryKind[] {
  const rnd = mulberry32(0x5ab1_2022);
  const typoQueries = list.map((s) => {
    const words = s.fullName.toLowerCase().split(' ');
    const k = Math.floor(rnd() * words.length);
    const w = words[k]!;
    words[k] = w.length >= 4 ? typo(w, rnd) : variant(w);
    return words.join(' ');
  });
  const swappedQueries = list.map((s) => {
    const words = s.fullName.toLowerCase().split(' ');
    // Two words, last first ("hartono rudy"): people type the name they use, in any order.
    const pair = [words.at(-1)!, words[0]!];
    const k = Math.floor(rnd() * 2);
    pair[k] = variant(pair[k]!);
    return pair.join(' ');
  });
  const has = (name: string) => (r: { rows: { fullName: string }[] }) => r.rows.some((row) => row.fullName === name);
  const bigRegencies = ['16.08', '16.02', '16.03', '16.07', '16.04', '16.71', '16.74'];
  return [
    {
      name: 'name, one typo',
      filters: typoQueries.map((q) => ({ q, page: 1, pageSize: PAGE_SIZE })),
      check: (i, r) => has(list[i % list.length]!.fullName)(r),
    },
    {
      name: 'name, words swapped',
      filters: swappedQueries.map((q) => ({ q, page: 1, pageSize: PAGE_SIZE })),
      // A swapped two-word query finds a three-word name too: check the first and last words.
      check: (i, r) => {
        const words = list[i % list.length]!.fullName.split(' ');
        return r.rows.some((row) => {
          const w = row.fullName.split(' ');
          return w[0] === words[0] && w.at(-1) === words.at(-1);
        });
      },
    },
    {
      name: 'NIK lookup',
      filters: list.map((s) => ({ q: s.nik, page: 1, pageSize: PAGE_SIZE })),
      check: (i, r) => r.total === 1 && r.rows[0]?.nik === list[i % list.length]!.nik,
      strict: true,
    },
    {
      name: 'list: pmi, women, regency',
      filters: bigRegencies.map((regency) => ({ status: 'pmi' as const, sex: 'female' as const, regency, page: 1, pageSize: PAGE_SIZE })),
      check: (_i, r) => r.rows.length === PAGE_SIZE && r.total > PAGE_SIZE,
      strict: true,
    },
  ];
}

interface Timing {
  query: string;
  iterations: number;
  p50Ms: number;
  p95Ms: number;
  maxMs: number;
  meanMs: number;
  meanRows: number;
  meanTotal: number;
  /** Share of answers with the person the query was made from on the first page. */
  found: number;
  goalP95Ms?: number;
  goalMet?: boolean;
  examples: string[];
}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;

async function measure(database: Database, officeId: string, kind: QueryKind): Promise<Timing> {
  const call = (f: PersonFilters) => personsRepository.list(database.db, officeId, f, TODAY);
  for (let i = 0; i < WARMUP; i++) await call(kind.filters[(i * 31) % kind.filters.length]!);
  const times: number[] = [];
  const slowest: { ms: number; q: string; total: number }[] = [];
  let rows = 0;
  let total = 0;
  let found = 0;
  const started = performance.now();
  for (let i = 0; i < ITERATIONS; i++) {
    if (i >= MIN_ITERATIONS && performance.now() - started > BUDGET_MS) break;
    const f = kind.filters[i % kind.filters.length]!;
    const t = performance.now();
    const r = await call(f);
    times.push(performance.now() - t);
    if (SHOW_SLOWEST && kind.name.startsWith('name')) slowest.push({ ms: times.at(-1)!, q: f.q!, total: r.total });
    rows += r.rows.length;
    total += r.total;
    const ok = kind.check(i, r);
    if (ok) found++;
    else if (kind.strict)
      throw new Error(`${kind.name}: wrong answer for ${JSON.stringify({ ...f, q: f.q ? '(query)' : undefined })}: ${r.rows.length} rows, total ${r.total}`);
  }
  const sorted = [...times].sort((a, b) => a - b);
  for (const x of slowest.sort((a, b) => b.ms - a.ms).slice(0, SHOW_SLOWEST))
    log(`      ${fmt(x.ms).padStart(7)} ms  ${String(x.total).padStart(6)} matches  "${x.q}"`);
  return {
    query: kind.name,
    iterations: times.length,
    p50Ms: percentile(sorted, 50),
    p95Ms: percentile(sorted, 95),
    maxMs: sorted.at(-1)!,
    meanMs: times.reduce((s, v) => s + v, 0) / times.length,
    meanRows: rows / times.length,
    meanTotal: total / times.length,
    found: found / times.length,
    // Names only: a NIK is an identifier and stays out of the results file.
    examples: kind.name.startsWith('name') ? kind.filters.slice(0, 3).map((f) => f.q!) : [],
  };
}

// ---------------------------------------------------------------------------------------------------------
// Runs
// ---------------------------------------------------------------------------------------------------------

interface Run {
  backend: 'pglite' | 'postgres';
  persons: number;
  generation: Generation & { totalMs: number };
  tableSizeMb: number;
  indexSizes: Record<string, number>;
  timings: Timing[];
}

async function benchmark(database: Database, backend: Run['backend'], n: number, setupMs: number, reuseOfficeId?: string): Promise<Run> {
  if (!reuseOfficeId) log(`  generating ${n.toLocaleString('en-US')} persons…`);
  const g = reuseOfficeId ? { officeId: reuseOfficeId, insertMs: 0, indexMs: 0, analyzeMs: 0 } : await generate(database, n);
  const generation = { ...g, setupMs, totalMs: setupMs + g.insertMs + g.indexMs + g.analyzeMs };
  log(
    `  generated: insert ${fmt(g.insertMs / 1000)} s, indexes ${fmt(g.indexMs / 1000)} s, ${backend === 'postgres' ? 'vacuum analyze' : 'analyze'} ${fmt(g.analyzeMs / 1000)} s (migrate + reference data ${fmt(setupMs / 1000)} s)`,
  );
  const sizes = await database.query<{ name: string; mb: number }>(
    `select c.relname as name, (pg_relation_size(c.oid) / 1048576.0)::float as mb from pg_class c join pg_index i on i.indexrelid = c.oid where i.indrelid in ('persons'::regclass, 'person_names'::regclass)
     union all select 'persons (heap)', (pg_relation_size('persons') / 1048576.0)::float`,
  );
  const list = await samples(database, n, 400);
  const timings: Timing[] = [];
  for (const kind of queryKinds(list)) {
    const t = await measure(database, g.officeId, kind);
    const goal = goals[kind.name]?.[backend];
    if (goal !== undefined) Object.assign(t, { goalP95Ms: goal, goalMet: t.p95Ms < goal });
    timings.push(t);
    log(
      `  ${kind.name.padEnd(26)} n=${String(t.iterations).padStart(4)}  p50 ${fmt(t.p50Ms).padStart(7)} ms  p95 ${fmt(t.p95Ms).padStart(7)} ms  max ${fmt(t.maxMs).padStart(7)} ms` +
        `  rows ${fmt(t.meanRows, 0)}  total ${fmt(t.meanTotal, 0)}` +
        (kind.strict ? '' : `  found ${fmt(t.found * 100, 0)} %`) +
        (goal !== undefined ? `  goal p95 < ${goal} ms: ${t.goalMet ? 'met' : 'MISSED'}` : ''),
    );
  }
  return {
    backend,
    persons: n,
    generation,
    tableSizeMb: Math.round(sizes.find((s) => s.name === 'persons (heap)')!.mb),
    indexSizes: Object.fromEntries(sizes.filter((s) => s.name !== 'persons (heap)').map((s) => [s.name, Math.round(s.mb * 10) / 10])),
    timings,
  };
}

async function runPglite(n: number): Promise<Run> {
  log(`\nPGlite (temp data folder)`);
  const t = performance.now();
  const dir = tempDir('registry-bench');
  const database = await openPglite(dir);
  try {
    await migrate(database);
    await loadReferenceData(database);
    return await benchmark(database, 'pglite', n, performance.now() - t);
  } finally {
    await database.close();
    if (process.env.KEEP_TMP === '1') log(`  kept ${dir}`);
  }
}

async function runPostgres(n: number): Promise<Run | { skipped: string }> {
  const target = new URL(PG_ADMIN_URL);
  log(`\nPostgreSQL (${target.host}, database ${PG_DATABASE})`);
  const admin = new pg.Client({ connectionString: PG_ADMIN_URL, connectionTimeoutMillis: 5000 });
  try {
    await admin.connect();
  } catch (err) {
    const reason = `PostgreSQL at ${target.host} unreachable (${err instanceof Error ? err.message : String(err)}); set BENCH_PG_URL to run this part`;
    log(`  skipped: ${reason}`);
    return { skipped: reason };
  }
  const version = (await admin.query<{ server_version: string }>('show server_version')).rows[0]!.server_version;
  log(`  server ${version}`);
  target.pathname = `/${PG_DATABASE}`;
  const reuse = REUSE_DB && (await admin.query(`select 1 from pg_database where datname = $1`, [PG_DATABASE])).rowCount === 1;
  if (!reuse) {
    await admin.query(`drop database if exists ${PG_DATABASE} with (force)`);
    await admin.query(`create database ${PG_DATABASE}`);
  }
  const t = performance.now();
  const database = await openPostgres(target.toString(), 4);
  try {
    await migrate(database);
    await loadReferenceData(database);
    if (reuse) {
      const [office] = await database.query<{ id: string; n: number }>(
        `select o.id, (select count(*)::int from persons) as n from offices o where o.code = 'BENCH-SUMSEL'`,
      );
      if (office?.n === n) {
        log(`  reusing the ${n.toLocaleString('en-US')} persons of ${PG_DATABASE} (BENCH_REUSE_DB=1)`);
        return await benchmark(database, 'postgres', n, performance.now() - t, office.id);
      }
      throw new Error(`BENCH_REUSE_DB=1 but ${PG_DATABASE} does not hold ${n} bench persons; run once without it`);
    }
    return await benchmark(database, 'postgres', n, performance.now() - t);
  } finally {
    await database.close();
    if (KEEP_DB) log(`  kept database ${PG_DATABASE} (KEEP_BENCH_DB=1)`);
    else await admin.query(`drop database if exists ${PG_DATABASE} with (force)`);
    await admin.end();
  }
}

async function main(): Promise<void> {
  installCleanup();
  const t0 = performance.now();
  const loadBefore = os.loadavg()[0]!;
  log(
    `Registry bench: ${ITERATIONS} calls per query (budget ${BUDGET_MS / 1000} s each), page size ${PAGE_SIZE}` +
      `\n  machine: ${os.cpus().length} × ${os.cpus()[0]?.model.trim() ?? 'cpu'}, node ${process.version}, load ${os.loadavg()[0]!.toFixed(2)}`,
  );
  const runs: (Run | { backend: string; persons: number; skipped: string })[] = [];
  if (PGLITE_PERSONS > 0) runs.push(await runPglite(PGLITE_PERSONS));
  if (PG_PERSONS > 0) {
    const r = await runPostgres(PG_PERSONS);
    runs.push('skipped' in r ? { backend: 'postgres', persons: PG_PERSONS, ...r } : r);
  }

  log('\nsummary (ms)');
  const header = ['backend', 'persons', 'query', 'n', 'p50', 'p95', 'max', 'goal p95'];
  const rows: string[][] = [];
  for (const run of runs) {
    if ('skipped' in run) {
      rows.push([run.backend, run.persons.toLocaleString('en-US'), 'skipped', '', '', '', '', '']);
      continue;
    }
    for (const t of run.timings) {
      rows.push([
        run.backend,
        run.persons.toLocaleString('en-US'),
        t.query,
        String(t.iterations),
        fmt(t.p50Ms),
        fmt(t.p95Ms),
        fmt(t.maxMs),
        t.goalP95Ms === undefined ? '' : `< ${t.goalP95Ms} ${t.goalMet ? 'met' : 'MISSED'}`,
      ]);
    }
  }
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) => cells.map((c, i) => (i <= 2 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
  log(line(header));
  log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const r of rows) log(line(r));
  for (const run of runs) {
    if ('skipped' in run) continue;
    const g = run.generation;
    log(
      `${run.backend} ${run.persons.toLocaleString('en-US')}: generated in ${fmt(g.insertMs / 1000)} s + indexes ${fmt(g.indexMs / 1000)} s + analyze ${fmt(g.analyzeMs / 1000)} s` +
        ` (setup ${fmt(g.setupMs / 1000)} s); heap ${run.tableSizeMb} MB, name index ${run.indexSizes.person_names_trgm_idx ?? '?'} MB`,
    );
  }
  log(`load average (1 min) before ${loadBefore.toFixed(2)}, after ${os.loadavg()[0]!.toFixed(2)} on ${os.cpus().length} CPUs: other work slows every figure`);
  const totalS = (performance.now() - t0) / 1000;
  const report = {
    date: new Date().toISOString(),
    machine: { cpus: os.cpus().length, cpuModel: os.cpus()[0]?.model.trim(), memoryGiB: Math.round(os.totalmem() / 2 ** 30), node: process.version },
    loadAverage1m: { before: Number(loadBefore.toFixed(2)), after: Number(os.loadavg()[0]!.toFixed(2)) },
    settings: { iterations: ITERATIONS, warmup: WARMUP, budgetS: BUDGET_MS / 1000, pageSize: PAGE_SIZE, today: TODAY },
    runs,
    totalSeconds: Math.round(totalS),
  };
  const outDir = path.join(repoRoot, 'bench/results');
  fs.mkdirSync(outDir, { recursive: true });
  fs.writeFileSync(path.join(outDir, 'registry-latest.json'), JSON.stringify(report, null, 2) + '\n');
  const missed = runs.flatMap((r) => ('timings' in r ? r.timings.filter((t) => t.goalMet === false).map((t) => `${r.backend} ${t.query}`) : []));
  log(
    `\nwritten bench/results/registry-latest.json (total ${totalS.toFixed(0)} s)${missed.length ? `; goals missed: ${missed.join(', ')}` : '; all goals met'}`,
  );
}

main().then(
  () => process.exit(0),
  (err: unknown) => {
    console.error(`registry bench failed: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`);
    process.exit(1);
  },
);
