/**
 * Only one process may open a PGlite data folder. Starts server A on a temp DATA_DIR, then server B
 * (another port) and the `migrate` command on the same folder: both must exit promptly with a non-zero
 * code and a message naming the lock file, A must keep answering /api/health and still own the lock.
 *
 * "Promptly": within 2 s of being spawned (node and tsx start included). main.ts checks the lock before
 * it loads the heavy modules; `main.ts help` is timed too, as a reference for how long Node takes here.
 *
 * Usage: tsx scripts/lock-test.ts   Exit codes: 0 passed, 1 failed. KEEP_TMP=1 keeps the folder.
 */
import fs from 'node:fs';
import path from 'node:path';
import { balaiEnv, exitWithin, freePort, installCleanup, spawnBalai, stopChild, tail, tempDir, waitHealthy } from '../bench/lib/processes.js';

const SECOND_EXIT_WITHIN_MS = 2000;

/** How long `main.ts help` takes from spawn to exit: node, tsx and main.ts's imports, no database. */
async function moduleLoadBaseline(): Promise<number> {
  const t = performance.now();
  const child = spawnBalai(['help'], {});
  const exit = await exitWithin(child, 30_000);
  if (!exit) {
    await stopChild(child, 1000);
    throw new Error('main.ts help did not exit within 30 s');
  }
  return performance.now() - t;
}

async function main(): Promise<number> {
  installCleanup();
  const failures: string[] = [];
  const check = (ok: boolean, what: string) => {
    console.log(`  ${ok ? 'ok  ' : 'FAIL'} ${what}`);
    if (!ok) failures.push(what);
  };

  const dataDir = tempDir('lock');
  const lockFile = path.join(dataDir, 'balai.lock');
  const portA = await freePort();
  console.log(`lock test on ${dataDir}`);

  let t = performance.now();
  const a = spawnBalai(['serve'], balaiEnv(dataDir, portA));
  await waitHealthy(portA, a, 180_000);
  console.log(`server A (pid ${a.pid}) healthy on port ${portA} after ${Math.round(performance.now() - t)} ms`);
  check(fs.existsSync(lockFile) && fs.readFileSync(lockFile, 'utf8').startsWith(`${a.pid}\n`), `lock file holds A's pid ${a.pid}`);

  // The smaller of two runs: the first may pay for a cold tsx cache.
  const baseline = Math.round(Math.min(await moduleLoadBaseline(), await moduleLoadBaseline()));
  const limit = SECOND_EXIT_WITHIN_MS;
  console.log(`reference: main.ts help exits after ${baseline} ms; limit for a refused start ${limit} ms`);

  const attempts: { name: string; args: string[] }[] = [
    { name: 'server B (serve)', args: ['serve'] },
    { name: 'command "migrate"', args: ['migrate'] },
  ];
  for (const attempt of attempts) {
    const portB = await freePort();
    t = performance.now();
    const b = spawnBalai(attempt.args, balaiEnv(dataDir, portB));
    const exit = await exitWithin(b, limit);
    const ms = Math.round(performance.now() - t);
    if (!exit) {
      check(false, `${attempt.name} exits within ${limit} ms (still running after ${ms} ms)`);
      await stopChild(b, 5000);
      continue;
    }
    const message = (b.stderr() + b.stdout()).trim();
    console.log(`${attempt.name} (pid ${b.pid}) exited with code ${exit.code} after ${ms} ms:\n    ${tail(message, 3).replace(/\n/g, '\n    ')}`);
    check(true, `${attempt.name} exits within ${limit} ms (took ${ms} ms)`);
    check(exit.code !== 0 && exit.code !== null, `${attempt.name} exit code is non-zero (${exit.code}; 78 expected)`);
    check(message.includes(lockFile), `${attempt.name} message names the lock file`);
    check(message.includes(`pid ${a.pid}`), `${attempt.name} message names the owner pid ${a.pid}`);
  }

  const health = await fetch(`http://127.0.0.1:${portA}/api/health`, { signal: AbortSignal.timeout(5000) })
    .then(async (r) => ({ status: r.status, body: await r.text() }))
    .catch((err: Error) => ({ status: 0, body: err.message }));
  check(health.status === 200 && JSON.parse(health.body).status === 'ok', `server A still answers /api/health (${health.status} ${health.body})`);
  check(fs.existsSync(lockFile) && fs.readFileSync(lockFile, 'utf8').startsWith(`${a.pid}\n`), "lock file still holds A's pid");

  const stop = await stopChild(a);
  check(stop.code === 0 && !stop.forced, `server A stops on SIGTERM with code 0 (${stop.code}${stop.forced ? ', forced' : ''})`);
  check(!fs.existsSync(lockFile), 'server A removed its lock file on stop');

  console.log(failures.length ? `lock test: FAILED (${failures.length} checks)` : 'lock test: passed');
  return failures.length ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (err: unknown) => {
    console.error(`lock test failed: ${err instanceof Error ? err.message : String(err)}`);
    process.exit(1);
  },
);
