/**
 * Child-process helpers shared by the bench (bench/run.ts) and the operational checks in scripts/
 * (crash-test, lock-test, backup-restore-check). Every child is tracked and SIGKILLed if the parent
 * exits or fails first, every wait is bounded, and everything listens on 127.0.0.1 only.
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
/** The server's command line as TypeScript (tsx), and compiled (`npm run build:server`), what production runs. */
export const mainScript = path.join(repoRoot, 'src/server/main.ts');
export const compiledMainScript = path.join(repoRoot, 'dist/server/src/server/main.js');

const live = new Set<ChildProcess>();
const tempDirs = new Set<string>();
let cleanupInstalled = false;

function killAll(): void {
  for (const child of live) {
    if (child.exitCode === null && child.signalCode === null) {
      try {
        child.kill('SIGKILL');
      } catch {
        // already gone
      }
    }
  }
  live.clear();
}

function removeTempDirs(): void {
  if (process.env.KEEP_TMP === '1') return;
  for (const dir of tempDirs) fs.rmSync(dir, { recursive: true, force: true });
  tempDirs.clear();
}

/** Kills every tracked child and removes temp folders when this process ends, however it ends. */
export function installCleanup(): void {
  if (cleanupInstalled) return;
  cleanupInstalled = true;
  process.on('exit', () => {
    killAll();
    removeTempDirs();
  });
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
    process.once(signal, () => {
      console.error(`\ninterrupted (${signal}); stopping children`);
      process.exit(130);
    });
  }
}

/** A fresh folder under the OS temp dir, removed at exit (unless KEEP_TMP=1). */
export function tempDir(prefix: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `balai-${prefix}-`));
  tempDirs.add(dir);
  return dir;
}

/** A port that was free on 127.0.0.1 a moment ago. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as net.AddressInfo;
      srv.close(() => resolve(port));
    });
  });
}

export interface Exit {
  code: number | null;
  signal: NodeJS.Signals | null;
}

export interface Child {
  proc: ChildProcess;
  pid: number;
  /** Resolves when the process has exited and its output pipes are drained. */
  exited: Promise<Exit>;
  /** Everything written to stdout and stderr so far. */
  stdout(): string;
  stderr(): string;
  isRunning(): boolean;
}

export interface SpawnOptions {
  env?: Record<string, string | undefined>;
  /** Called for each complete stdout line, as it arrives. */
  onLine?: (line: string) => void;
  /** Echo the child's stderr to ours (prefixed). */
  echoStderr?: string;
  /** Append the child's stdout to this file instead of collecting it (a server's request log under load). */
  stdoutFile?: string;
}

/** Runs a TypeScript file with `node --import tsx` from the repository root. */
export function spawnTs(script: string, args: string[], opts: SpawnOptions = {}): Child {
  return spawnNode(script, ['--import', 'tsx', script, ...args], opts);
}

function spawnNode(script: string, nodeArgs: string[], opts: SpawnOptions): Child {
  const env: NodeJS.ProcessEnv = { ...process.env };
  for (const [k, v] of Object.entries(opts.env ?? {})) {
    if (v === undefined) delete env[k];
    else env[k] = v;
  }
  const stdoutFd = opts.stdoutFile ? fs.openSync(opts.stdoutFile, 'a') : undefined;
  const proc = spawn(process.execPath, nodeArgs, {
    cwd: repoRoot,
    env,
    stdio: ['ignore', stdoutFd ?? 'pipe', 'pipe'],
  });
  if (stdoutFd !== undefined) fs.closeSync(stdoutFd); // the child holds its own copy
  if (proc.pid === undefined) throw new Error(`could not start ${script}`);
  live.add(proc);
  let out = '';
  let err = '';
  let partial = '';
  proc.stdout?.setEncoding('utf8');
  proc.stderr!.setEncoding('utf8');
  proc.stdout?.on('data', (chunk: string) => {
    out += chunk;
    if (!opts.onLine) return;
    partial += chunk;
    let nl: number;
    while ((nl = partial.indexOf('\n')) >= 0) {
      const line = partial.slice(0, nl);
      partial = partial.slice(nl + 1);
      opts.onLine(line);
    }
  });
  proc.stderr!.on('data', (chunk: string) => {
    err += chunk;
    if (opts.echoStderr) process.stderr.write(chunk.replace(/^(?=.)/gm, opts.echoStderr));
  });
  const exited = new Promise<Exit>((resolve) => {
    // 'close' fires after 'exit' and after the pipes are drained: no committed line is lost.
    proc.on('close', (code, signal) => {
      live.delete(proc);
      resolve({ code, signal });
    });
  });
  return {
    proc,
    pid: proc.pid,
    exited,
    stdout: () => out,
    stderr: () => err,
    isRunning: () => proc.exitCode === null && proc.signalCode === null,
  };
}

let serverBuilt = false;

/**
 * Compiles the server (tsc, incremental: quick when nothing changed) once per run, so that children run
 * the JavaScript production runs, never a stale build. BALAI_TSX=1 runs the TypeScript through tsx instead.
 */
export function ensureServerBuild(): void {
  if (serverBuilt || process.env.BALAI_TSX === '1') return;
  const tsc = path.join(repoRoot, 'node_modules/typescript/bin/tsc');
  try {
    execFileSync(process.execPath, [tsc, '-p', 'tsconfig.server.json'], { cwd: repoRoot, stdio: ['ignore', 'pipe', 'pipe'] });
  } catch (err) {
    const out = err as { stdout?: Buffer; stderr?: Buffer };
    throw new Error(`the server build failed (npm run build:server):\n${tail(`${out.stdout ?? ''}${out.stderr ?? ''}`)}`);
  }
  serverBuilt = true;
}

/** Runs a JavaScript file with node from the repository root, like spawnTs. */
export function spawnJs(script: string, args: string[], opts: SpawnOptions = {}): Child {
  return spawnNode(script, [script, ...args], opts);
}

/** The environment for a Balai child on PGlite: loopback only, no jobs, quiet logs. */
export function balaiEnv(dataDir: string, port: number, extra: Record<string, string> = {}): Record<string, string | undefined> {
  return {
    DATA_DIR: dataDir,
    PORT: String(port),
    HOST: '127.0.0.1',
    JOBS: 'off',
    LOG_LEVEL: 'warn',
    DATABASE_URL: undefined, // always the embedded database here
    ...extra,
  };
}

/** Starts the server's command line (`main.js <args>`, compiled first; with BALAI_TSX=1 `main.ts` through tsx) as a child. */
export function spawnBalai(args: string[], env: Record<string, string | undefined>, opts: Omit<SpawnOptions, 'env'> = {}): Child {
  if (process.env.BALAI_TSX === '1') return spawnTs(mainScript, args, { ...opts, env });
  ensureServerBuild();
  return spawnJs(compiledMainScript, args, { ...opts, env });
}

export const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

/**
 * Polls GET /api/health every `intervalMs` until it answers 200; returns the parsed body. Fails early
 * if the child exits, and after `timeoutMs`.
 */
export async function waitHealthy(port: number, child: Child | undefined, timeoutMs: number, intervalMs = 50): Promise<unknown> {
  const deadline = Date.now() + timeoutMs;
  let last = 'no answer';
  while (Date.now() < deadline) {
    if (child && !child.isRunning()) {
      const exit = await child.exited;
      throw new Error(`server exited before it was healthy (code ${exit.code}, signal ${exit.signal}):\n${tail(child.stderr() || child.stdout())}`);
    }
    try {
      const res = await fetch(`http://127.0.0.1:${port}/api/health`, { signal: AbortSignal.timeout(2000) });
      const body = await res.text();
      if (res.status === 200) return JSON.parse(body);
      last = `HTTP ${res.status}`;
    } catch (err) {
      last = (err as Error).message;
    }
    await sleep(intervalMs);
  }
  throw new Error(`server on port ${port} not healthy after ${timeoutMs} ms (last: ${last})`);
}

/** SIGTERM, then wait; SIGKILL if it has not exited after `graceMs`. */
export async function stopChild(child: Child, graceMs = 20_000): Promise<Exit & { forced: boolean }> {
  if (!child.isRunning()) return { ...(await child.exited), forced: false };
  child.proc.kill('SIGTERM');
  const timer = sleep(graceMs).then(() => 'timeout' as const);
  const result = await Promise.race([child.exited, timer]);
  if (result !== 'timeout') return { ...result, forced: false };
  child.proc.kill('SIGKILL');
  return { ...(await child.exited), forced: true };
}

/** Waits for a child's exit, at most `timeoutMs`; undefined on timeout. */
export async function exitWithin(child: Child, timeoutMs: number): Promise<Exit | undefined> {
  return Promise.race([child.exited, sleep(timeoutMs).then(() => undefined)]);
}

export function tail(text: string, lines = 15): string {
  return text.trimEnd().split('\n').slice(-lines).join('\n');
}

export function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}
