/**
 * npm run bench: how much a request costs in Balai compared with a bare Node http server, and how long
 * the server takes to start on an existing data folder.
 *
 *   1. a bare Node http server (bench/bare-server.ts, own process) answering the /api/health JSON;
 *   2. Balai as production runs it: compiled (`npm run build:server`, done here first), `node
 *      dist/server/src/server/main.js serve --demo`, own process, on a fresh PGlite folder in the OS temp
 *      dir, JOBS=off, LOG_LEVEL=info (the default: one line per request, written to a file), rate limit
 *      raised so that it never answers 429 (it still counts every /api request, in memory);
 *   3. autocannon (in this process) against each, after a warm-up: the health check, a region search,
 *      the office list and the person list, the last two signed in as a demo staff member;
 *   4. the staff app's first load: index.html and the files it names, as a browser asks for them (br);
 *   5. cold starts: SIGTERM, then start again on the same folder, time from spawn to the first 200 from
 *      /api/health (polled every 50 ms).
 *
 * Prints a summary table and the goals of docs/decisions/0009 (health ≥ 0.5 of bare, authenticated list
 * ≥ 0.25 of bare, cold start ≤ 2 s), and writes bench/results/latest.json. Exit 0 on success, 1 on any
 * failure; a missed goal is printed, not a failure (BENCH_STRICT=1 makes it one).
 *
 * Environment: BENCH_DURATION (s per measurement, default 10), BENCH_WARMUP (s, default 3),
 * BENCH_CONNECTIONS (default 10), BENCH_COLD_RUNS (default 3), KEEP_TMP=1 keeps the data folder.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import autocannon, { type Result } from 'autocannon';
import {
  balaiEnv,
  ensureServerBuild,
  freePort,
  installCleanup,
  median,
  repoRoot,
  spawnBalai,
  spawnTs,
  stopChild,
  tempDir,
  waitHealthy,
  type Child,
} from './lib/processes.js';

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

const DURATION = intEnv('BENCH_DURATION', 10, 1, 600);
// Long enough for the JIT: Balai's first ten thousand requests are markedly slower than the next.
const WARMUP = intEnv('BENCH_WARMUP', 3, 0, 60);
const CONNECTIONS = intEnv('BENCH_CONNECTIONS', 10, 1, 1000);
const COLD_RUNS = intEnv('BENCH_COLD_RUNS', 3, 1, 20);
const STRICT = process.env.BENCH_STRICT === '1';
/** Upper bound accepted by config.ts; high enough that the bench never sees a 429. */
const RATE_LIMIT = '1000000';
const FIRST_START_TIMEOUT_MS = 120_000;
const COLD_START_TIMEOUT_MS = 60_000;

interface Measurement {
  name: string;
  target: 'bare' | 'balai';
  path: string;
  rps: number;
  requests: number;
  latencyP50Ms: number;
  latencyP99Ms: number;
  latencyAvgMs: number;
  errors: number;
  timeouts: number;
  non2xx: number;
  /** The bare server's rps this endpoint is compared with: the mean of the runs just before and after. */
  bareRps?: number;
  /** rps of this endpoint divided by bareRps. */
  ratioToBare?: number;
}

const log = (msg: string) => console.log(msg);
const fmt = (n: number, digits = 0) => n.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });

async function measure(name: string, target: Measurement['target'], port: number, urlPath: string, headers: Record<string, string> = {}): Promise<Measurement> {
  const url = `http://127.0.0.1:${port}${urlPath}`;
  // Fail loudly rather than benchmark an error page.
  const probe = await fetch(url, { headers, signal: AbortSignal.timeout(10_000) });
  const probeBody = await probe.text();
  if (probe.status !== 200) throw new Error(`${name}: GET ${urlPath} answered ${probe.status}: ${probeBody.slice(0, 300)}`);
  if (WARMUP > 0) await autocannon({ url, headers, connections: CONNECTIONS, duration: WARMUP });
  const r: Result = await autocannon({ url, headers, connections: CONNECTIONS, duration: DURATION });
  const m: Measurement = {
    name,
    target,
    path: urlPath,
    rps: r.requests.average,
    requests: r.requests.total,
    latencyP50Ms: r.latency.p50,
    latencyP99Ms: r.latency.p99,
    latencyAvgMs: r.latency.average,
    errors: r.errors,
    timeouts: r.timeouts,
    non2xx: r.non2xx,
  };
  log(
    `  ${name.padEnd(22)} ${fmt(m.rps).padStart(7)} req/s  p50 ${fmt(m.latencyP50Ms, 1)} ms  p99 ${fmt(m.latencyP99Ms, 1)} ms` +
      (m.errors || m.non2xx ? `  (errors ${m.errors}, non-2xx ${m.non2xx})` : ''),
  );
  return m;
}

/** The goals of docs/decisions/0009, as ratios to the bare server and milliseconds. */
const GOALS = { healthRatio: 0.5, listRatio: 0.25, coldStartMs: 2000 };
/** The measurement that stands for "an authenticated list" in the goals. */
const LIST_GOAL_ENDPOINT = 'balai /api/offices';

async function startBalai(dataDir: string, port: number, timeoutMs: number): Promise<{ child: Child; ms: number }> {
  const started = performance.now();
  const child = spawnBalai(['serve', '--demo'], balaiEnv(dataDir, port, { RATE_LIMIT_PER_MINUTE: RATE_LIMIT, LOG_LEVEL: 'info' }), {
    echoStderr: '  [balai] ',
    // The request log of the default level, as in production, but not collected in this process.
    stdoutFile: path.join(dataDir, 'bench-stdout.log'),
  });
  await waitHealthy(port, child, timeoutMs, 50);
  return { child, ms: performance.now() - started };
}

async function main(): Promise<void> {
  installCleanup();
  const t0 = performance.now();
  const dataDir = tempDir('bench');
  log(
    `Balai bench: ${CONNECTIONS} connections, ${WARMUP} s warm-up + ${DURATION} s per endpoint, ${COLD_RUNS} cold starts` +
      `\n  machine: ${os.cpus().length} × ${os.cpus()[0]?.model.trim() ?? 'cpu'}, node ${process.version}, data ${dataDir}`,
  );
  const loadBefore = os.loadavg()[0]!;
  if (loadBefore > os.cpus().length / 2) {
    log(`  note: load average ${loadBefore.toFixed(2)} on ${os.cpus().length} CPUs before the bench; other work will lower the figures`);
  }

  log('compiling the server (npm run build:server) …');
  ensureServerBuild();

  // 1. Bare Node server: it stays up (idle between its runs) and is measured again before every Balai
  // endpoint and once at the end, so that each ratio compares runs a few seconds apart: on a shared
  // machine the load of other work changes within a minute.
  const barePort = await freePort();
  const bare = spawnTs(path.join(repoRoot, 'bench/bare-server.ts'), [], { env: { PORT: String(barePort) } });
  await waitHealthy(barePort, bare, 30_000);
  log('\nthroughput');
  const results: Measurement[] = [];
  const bareRuns: Measurement[] = [];
  const measureBare = async () => {
    const m = await measure('bare node http', 'bare', barePort, '/api/health');
    bareRuns.push(m);
    return m;
  };

  // 2. Balai, first start on an empty folder (migrations, 91k regions, demo office).
  const port = await freePort();
  const first = await startBalai(dataDir, port, FIRST_START_TIMEOUT_MS);
  const firstStartMs = first.ms;
  let balai = first.child;
  // The office list needs a signed-in person: sign in as a demo staff member and send the cookie, so
  // the figure includes the session lookup every staff request pays.
  const signInRes = await fetch(`http://127.0.0.1:${port}/api/auth/sign-in`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: 'penempatan@balai.test', password: 'Balai-Demo-2026!' }),
  });
  const sessionCookie = (signInRes.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  if (signInRes.status !== 200 || !sessionCookie) throw new Error(`sign-in for the bench failed: ${signInRes.status}`);
  const endpoints: [string, string, Record<string, string>][] = [
    ['balai /api/health', '/api/health', {}],
    ['balai /api/regions?q=', '/api/regions?q=prabu&pageSize=10', {}],
    ['balai /api/offices', '/api/offices', { cookie: sessionCookie }],
    ['balai /api/persons', '/api/persons?pageSize=25', { cookie: sessionCookie }],
  ];
  const pending: { m: Measurement; before: Measurement }[] = [];
  for (const [name, p, h] of endpoints) {
    const before = await measureBare();
    pending.push({ m: await measure(name, 'balai', port, p, h), before });
  }
  await measureBare();
  await stopChild(bare, 5000);
  // Each endpoint against the mean of the bare runs just before and just after it.
  for (const [i, { m, before }] of pending.entries()) {
    const after = bareRuns[i + 1]!;
    m.bareRps = (before.rps + after.rps) / 2;
    m.ratioToBare = m.bareRps > 0 ? m.rps / m.bareRps : 0;
  }
  const bareMean: Measurement = {
    ...bareRuns[0]!,
    rps: bareRuns.reduce((n, m) => n + m.rps, 0) / bareRuns.length,
    requests: bareRuns.reduce((n, m) => n + m.requests, 0),
    errors: bareRuns.reduce((n, m) => n + m.errors, 0),
    non2xx: bareRuns.reduce((n, m) => n + m.non2xx, 0),
    ratioToBare: 1,
  };
  results.push(bareMean, ...pending.map((x) => x.m));
  log(`  bare runs: ${bareRuns.map((m) => fmt(m.rps)).join(', ')} req/s`);
  const staffApp = await staffAppFirstLoad(port);
  if (staffApp) {
    log(
      `\nstaff app first load: ${staffApp.files.length} files, ${fmt(staffApp.rawBytes / 1024)} KB, ` +
        `${fmt(staffApp.transferBytes / 1024)} KB transferred (${staffApp.encodings.join(', ')})`,
    );
  }

  // 3. Cold starts on the existing folder.
  log(`\ncold start (spawn → first 200 from /api/health), first start on the empty folder took ${fmt(firstStartMs)} ms`);
  const coldRuns: number[] = [];
  for (let i = 1; i <= COLD_RUNS; i++) {
    const stop = await stopChild(balai);
    if (stop.forced || stop.code !== 0) {
      throw new Error(`Balai did not stop cleanly on SIGTERM (code ${stop.code}, signal ${stop.signal}, forced ${stop.forced})`);
    }
    const next = await startBalai(dataDir, port, COLD_START_TIMEOUT_MS);
    balai = next.child;
    coldRuns.push(next.ms);
    log(`  run ${i}: ${fmt(next.ms)} ms`);
  }
  const stop = await stopChild(balai);
  if (stop.forced || stop.code !== 0) throw new Error(`Balai did not stop cleanly on SIGTERM (code ${stop.code})`);

  // 4. Summary.
  const coldMedian = median(coldRuns);
  const totalS = (performance.now() - t0) / 1000;
  const rows = results.map((m) => [
    m.name,
    fmt(m.rps),
    fmt(m.latencyP50Ms, 1),
    fmt(m.latencyP99Ms, 1),
    m.target === 'bare' ? `(mean of ${bareRuns.length})` : fmt(m.bareRps ?? 0),
    m.target === 'bare' ? '1' : (m.ratioToBare ?? 0).toFixed(4),
    m.target === 'bare' ? '' : `${((m.ratioToBare ?? 0) * 100).toFixed(2)} %`,
    String(m.errors + m.non2xx),
  ]);
  const header = ['endpoint', 'req/s', 'p50 ms', 'p99 ms', 'bare req/s', 'ratio', 'of bare', 'errors'];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
  log('\nsummary');
  log(line(header));
  log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const r of rows) log(line(r));
  log(`\nload average (1 min) before ${loadBefore.toFixed(2)}, after ${os.loadavg()[0]!.toFixed(2)} on ${os.cpus().length} CPUs`);
  log(`cold start median ${fmt(coldMedian)} ms (runs: ${coldRuns.map((v) => fmt(v)).join(', ')} ms); first start ${fmt(firstStartMs)} ms`);

  const ratioOf = (name: string) => results.find((m) => m.name === name)?.ratioToBare ?? 0;
  const goals = [
    { goal: `health ≥ ${GOALS.healthRatio} of bare`, value: ratioOf('balai /api/health'), met: ratioOf('balai /api/health') >= GOALS.healthRatio },
    {
      goal: `authenticated list (${LIST_GOAL_ENDPOINT.replace('balai ', '')}) ≥ ${GOALS.listRatio} of bare`,
      value: ratioOf(LIST_GOAL_ENDPOINT),
      met: ratioOf(LIST_GOAL_ENDPOINT) >= GOALS.listRatio,
    },
    { goal: `cold start ≤ ${fmt(GOALS.coldStartMs)} ms`, value: Math.round(coldMedian), met: coldMedian <= GOALS.coldStartMs },
  ];
  log('\ngoals (docs/decisions/0009)');
  for (const g of goals) log(`  ${g.met ? 'met   ' : 'MISSED'} ${g.goal}: ${Number.isInteger(g.value) ? `${fmt(g.value)} ms` : g.value.toFixed(3)}`);

  const report = {
    date: new Date().toISOString(),
    machine: {
      cpus: os.cpus().length,
      cpuModel: os.cpus()[0]?.model.trim(),
      memoryGiB: Math.round(os.totalmem() / 2 ** 30),
      platform: `${os.platform()} ${os.release()}`,
      node: process.version,
    },
    loadAverage1m: { before: Number(loadBefore.toFixed(2)), after: Number(os.loadavg()[0]!.toFixed(2)) },
    settings: { durationS: DURATION, warmupS: WARMUP, connections: CONNECTIONS, coldRuns: COLD_RUNS, rateLimitPerMinute: Number(RATE_LIMIT) },
    throughput: results,
    bareRuns,
    staffApp,
    goals,
    firstStartMs: Math.round(firstStartMs),
    coldStart: { medianMs: Math.round(coldMedian), runsMs: coldRuns.map(Math.round) },
    totalSeconds: Math.round(totalS),
  };
  const outDir = path.join(repoRoot, 'bench/results');
  fs.mkdirSync(outDir, { recursive: true });
  fs.writeFileSync(path.join(outDir, 'latest.json'), JSON.stringify(report, null, 2) + '\n');
  log(`written bench/results/latest.json (total ${totalS.toFixed(0)} s)`);

  const bad = results.filter((m) => m.errors > 0 || m.non2xx > 0 || m.requests === 0);
  if (bad.length) throw new Error(`errors during: ${bad.map((m) => m.name).join(', ')}`);
  if (STRICT && goals.some((g) => !g.met))
    throw new Error(
      `goals missed: ${goals
        .filter((g) => !g.met)
        .map((g) => g.goal)
        .join('; ')}`,
    );
}

/**
 * What a browser fetches on its first visit to /app/: the shell and the scripts, styles and preloads it
 * names, asked for with `Accept-Encoding: br, gzip` as browsers do. Undefined when the app is not built.
 */
async function staffAppFirstLoad(port: number) {
  const base = `http://127.0.0.1:${port}`;
  const headers = { 'accept-encoding': 'br, gzip' };
  const shell = await fetch(`${base}/app/`, { headers });
  if (shell.status !== 200) return undefined;
  const html = await shell.text();
  const urls = [...new Set([...html.matchAll(/(?:src|href)="(\/app\/assets\/[^"]+)"/g)].map((m) => m[1]!))];
  const files: { path: string; rawBytes: number; transferBytes: number; encoding: string }[] = [];
  for (const url of urls) {
    // fetch() decodes the body: the raw size is what it gives, the transferred size the content-length.
    const res = await fetch(`${base}${url}`, { headers });
    const body = new Uint8Array(await res.arrayBuffer());
    files.push({
      path: url,
      rawBytes: body.length,
      transferBytes: Number(res.headers.get('content-length') ?? body.length),
      encoding: res.headers.get('content-encoding') ?? 'identity',
    });
  }
  return {
    files,
    rawBytes: files.reduce((n, f) => n + f.rawBytes, 0),
    transferBytes: files.reduce((n, f) => n + f.transferBytes, 0),
    encodings: [...new Set(files.map((f) => f.encoding))],
  };
}

main().then(
  () => process.exit(0),
  (err: unknown) => {
    console.error(`bench failed: ${err instanceof Error ? err.message : String(err)}`);
    process.exit(1);
  },
);
