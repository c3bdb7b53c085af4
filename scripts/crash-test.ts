/**
 * npm run crash-test: a process killed with SIGKILL in the middle of writes leaves a PGlite data folder
 * that opens again (the dead owner's lock is taken over as stale) and holds every committed row.
 *
 * Each iteration starts scripts/crash-writer.ts on the same temp data folder. The writer first verifies
 * the ids that the previous writer reported as committed (all present, no torn payload, no half
 * transaction), then inserts rows (single inserts and 2–5-row transactions, with an occasional
 * CHECKPOINT), printing ids after each COMMIT returns. 200–1500 ms after it is ready it gets SIGKILL.
 * A last writer run only verifies. Finally the real server (`main.ts serve`, JOBS=off) must start on the
 * folder and answer /api/health.
 *
 * Environment: CRASH_ITERATIONS (default 20), KEEP_TMP=1 keeps the folder.
 * Exit codes: 0 all passed, 1 a failure, 2 bad usage.
 */
import fs from 'node:fs';
import path from 'node:path';
import {
  balaiEnv,
  freePort,
  installCleanup,
  repoRoot,
  sleep,
  spawnBalai,
  spawnTs,
  stopChild,
  tail,
  tempDir,
  waitHealthy,
  type Child,
} from '../bench/lib/processes.js';

const writerScript = path.join(repoRoot, 'scripts/crash-writer.ts');
const raw = process.env.CRASH_ITERATIONS ?? '20';
const ITERATIONS = Number(raw);
if (!Number.isInteger(ITERATIONS) || ITERATIONS < 1 || ITERATIONS > 1000) {
  console.error(`CRASH_ITERATIONS must be an integer from 1 to 1000 (got ${JSON.stringify(raw)})`);
  process.exit(2);
}
const READY_TIMEOUT_MS = 60_000;
const KILL_MIN_MS = 200;
const KILL_MAX_MS = 1500;

interface WriterRun {
  child: Child;
  openedMs?: number;
  verify?: string;
  verifyOk?: boolean;
  ready: Promise<boolean>;
  commits: number;
  ids: number[];
}

function startWriter(dataDir: string, idsFile: string, verifyOnly: boolean): WriterRun {
  let markReady: (v: boolean) => void = () => {};
  const run: WriterRun = {
    child: undefined as unknown as Child,
    ready: new Promise<boolean>((r) => (markReady = r)),
    commits: 0,
    ids: [],
  };
  const args = [dataDir, '--verify', idsFile, ...(verifyOnly ? ['--verify-only'] : [])];
  run.child = spawnTs(writerScript, args, {
    env: { CRASH_WRITER_MAX_MS: '30000' },
    onLine(line) {
      if (line.startsWith('c ')) {
        run.commits++;
        for (const id of line.slice(2).split(' ')) run.ids.push(Number(id));
      } else if (line.startsWith('opened ')) {
        run.openedMs = Number(line.slice(7));
      } else if (line.startsWith('verify ')) {
        run.verify = line.slice(7);
        run.verifyOk = /missing=0 /.test(line) && /bad_payload=0 /.test(line) && /partial_txn=0\b/.test(line);
      } else if (line.startsWith('ready ')) {
        markReady(true);
      }
    },
  });
  void run.child.exited.then(() => markReady(false));
  return run;
}

/** The pid in a lock file left by a killed writer, and whether that process is gone. */
function staleLock(dataDir: string): string {
  const file = path.join(dataDir, 'balai.lock');
  if (!fs.existsSync(file)) return 'no lock file left';
  const pid = Number.parseInt(fs.readFileSync(file, 'utf8'), 10);
  let alive = true;
  try {
    process.kill(pid, 0);
  } catch {
    alive = false;
  }
  return alive ? `lock of LIVE pid ${pid}` : `stale lock of pid ${pid}`;
}

async function main(): Promise<number> {
  installCleanup();
  const t0 = performance.now();
  const root = tempDir('crash');
  const dataDir = path.join(root, 'data');
  const idsFile = path.join(root, 'committed-ids.txt');
  fs.writeFileSync(idsFile, '');
  console.log(`crash test: ${ITERATIONS} SIGKILLs during writes on ${dataDir}`);

  const committed: number[] = [];
  let passed = 0;
  let failed = 0;
  let previous: { n: number; commits: number; rows: number; killedAfterMs: number; lock: string } | undefined;

  /** Reports the kill of the previous iteration, judged by the verification of the run that followed it. */
  const judge = (run: WriterRun) => {
    if (!previous) return;
    const ok = run.verifyOk === true;
    if (ok) passed++;
    else failed++;
    console.log(
      `kill ${String(previous.n).padStart(2)}/${ITERATIONS}: ${ok ? 'ok  ' : 'FAIL'} ` +
        `wrote ${previous.commits} commits (${previous.rows} rows), SIGKILL after ${previous.killedAfterMs} ms; ` +
        `${previous.lock}; reopened in ${run.openedMs ?? '?'} ms; ${run.verify ?? 'no verification: ' + tail(run.child.stderr(), 5)}`,
    );
  };

  for (let i = 1; i <= ITERATIONS; i++) {
    if (previous) previous.lock = staleLock(dataDir);
    const run = startWriter(dataDir, idsFile, false);
    const ready = await Promise.race([run.ready, sleep(READY_TIMEOUT_MS).then(() => false)]);
    judge(run);
    if (!ready) {
      run.child.proc.kill('SIGKILL');
      const exit = await run.child.exited;
      if (i === 1 || run.verifyOk) failed++; // otherwise already counted by judge()
      console.log(`iteration ${i}: writer never became ready (exit ${exit.code ?? exit.signal})\n${tail(run.child.stderr())}`);
      previous = undefined;
      break;
    }
    const delay = KILL_MIN_MS + Math.floor(Math.random() * (KILL_MAX_MS - KILL_MIN_MS + 1));
    await sleep(delay);
    const stillRunning = run.child.isRunning();
    run.child.proc.kill('SIGKILL');
    const exit = await run.child.exited; // after 'close': every line it wrote has been read
    if (!stillRunning || exit.signal !== 'SIGKILL') {
      failed++;
      console.log(`iteration ${i}: writer ended by itself before the kill (exit ${exit.code ?? exit.signal})\n${tail(run.child.stderr())}`);
      previous = undefined;
      break;
    }
    committed.push(...run.ids);
    fs.appendFileSync(idsFile, run.ids.length ? run.ids.join('\n') + '\n' : '');
    // The lock file is looked at when the next process is about to open the folder.
    previous = { n: i, commits: run.commits, rows: run.ids.length, killedAfterMs: delay, lock: '' };
  }

  // The last kill is verified by a run that only verifies.
  if (previous) {
    previous.lock = staleLock(dataDir);
    const run = startWriter(dataDir, idsFile, true);
    const exit = await Promise.race([run.child.exited, sleep(READY_TIMEOUT_MS).then(() => undefined)]);
    if (!exit) run.child.proc.kill('SIGKILL');
    judge(run);
  }

  // The real server must start on the folder (and load its reference data) and answer /api/health.
  let serverOk = false;
  if (failed === 0) {
    const port = await freePort();
    const started = performance.now();
    const server = spawnBalai(['serve'], balaiEnv(dataDir, port));
    try {
      const health = (await waitHealthy(port, server, 180_000)) as { status?: string };
      serverOk = health.status === 'ok';
      const stop = await stopChild(server);
      serverOk &&= stop.code === 0 && !stop.forced;
      console.log(
        `server: /api/health ${JSON.stringify(health)} after ${Math.round(performance.now() - started)} ms; ` +
          `stopped with code ${stop.code}${stop.forced ? ' (forced)' : ''}`,
      );
    } catch (err) {
      console.log(`server: FAIL ${(err as Error).message}`);
      await stopChild(server, 5000);
    }
  }

  const seconds = ((performance.now() - t0) / 1000).toFixed(0);
  console.log(
    `crash test: ${passed} passed, ${failed} failed; ${committed.length} committed rows checked; ` +
      `server start ${failed ? 'skipped' : serverOk ? 'ok' : 'FAILED'} (${seconds} s)`,
  );
  return failed === 0 && passed === ITERATIONS && serverOk ? 0 : 1;
}

main().then(
  (code) => process.exit(code),
  (err: unknown) => {
    console.error(`crash test failed: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`);
    process.exit(1);
  },
);
