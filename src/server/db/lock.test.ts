import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { afterEach, describe, expect, it } from 'vitest';
import { acquireDataDirLock, DataDirLockedError } from './lock.js';

const dirs: string[] = [];
const tempDir = () => {
  const d = fs.mkdtempSync(path.join(os.tmpdir(), 'balai-lock-'));
  dirs.push(d);
  return d;
};
afterEach(() => {
  for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true });
});

describe('data folder lock', () => {
  it('is exclusive while held and free again after release', () => {
    const dir = tempDir();
    const lock = acquireDataDirLock(dir);
    expect(fs.readFileSync(lock.file, 'utf8')).toMatch(new RegExp(`^${process.pid}\\n`));
    expect(() => acquireDataDirLock(dir)).toThrow(DataDirLockedError);
    lock.release();
    expect(fs.existsSync(lock.file)).toBe(false);
    acquireDataDirLock(dir).release();
  });

  it('refuses with a message naming the lock file and the owner when another live process holds it', () => {
    const dir = tempDir();
    const file = path.join(dir, 'balai.lock');
    fs.writeFileSync(file, `${process.ppid}\n`); // the parent process is certainly alive
    let error: unknown;
    try {
      acquireDataDirLock(dir);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(DataDirLockedError);
    expect((error as Error).message).toContain(file);
    expect((error as Error).message).toContain(`pid ${process.ppid}`);
  });

  it('takes over a stale lock left by a dead process', () => {
    const dir = tempDir();
    const dead = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))']);
    const deadPid = Number(dead.stdout.toString());
    fs.writeFileSync(path.join(dir, 'balai.lock'), `${deadPid}\n`);
    const lock = acquireDataDirLock(dir);
    expect(fs.readFileSync(lock.file, 'utf8').startsWith(`${process.pid}\n`)).toBe(true);
    lock.release();
  });
});

describe('early check', () => {
  it('tells whether another live process holds the folder, without taking the lock', async () => {
    const { assertDataDirFree } = await import('./lock.js');
    const dir = tempDir();
    assertDataDirFree(dir); // no lock file
    fs.writeFileSync(path.join(dir, 'balai.lock'), `${process.ppid}\n`);
    expect(() => assertDataDirFree(dir)).toThrow(DataDirLockedError);
    fs.writeFileSync(path.join(dir, 'balai.lock'), `${process.pid}\n`);
    assertDataDirFree(dir); // our own
  });
});
