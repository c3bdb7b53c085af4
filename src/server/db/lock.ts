import fs from 'node:fs';
import path from 'node:path';

/**
 * An exclusive lock on the PGlite data folder. PGlite has none of its own, and two processes on one
 * folder corrupt it. Like PostgreSQL's postmaster.pid, the lock file holds the owner's pid; a lock whose
 * owner is no longer alive (a killed server) is stale and taken over.
 */
export class DataDirLockedError extends Error {
  constructor(
    public readonly lockFile: string,
    public readonly ownerPid: number,
  ) {
    super(
      `Folder data sedang dipakai proses lain (pid ${ownerPid}); lock file ${lockFile}. ` +
        `The data folder is in use by another process (pid ${ownerPid}); lock file ${lockFile}. ` +
        'Stop that process first, or point DATA_DIR at another folder.',
    );
    this.name = 'DataDirLockedError';
  }
}

export interface DataDirLock {
  readonly file: string;
  release(): void;
}

function isAlive(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    // EPERM: the process exists but belongs to someone else.
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function readOwner(file: string): number {
  try {
    return Number.parseInt(fs.readFileSync(file, 'utf8').split('\n')[0] ?? '', 10);
  } catch {
    return Number.NaN;
  }
}

/**
 * Throws DataDirLockedError when another live process holds the folder, without taking the lock. The
 * command line calls it first thing, before loading the heavy modules, so a second server refuses at
 * once; the real lock is taken when the database opens.
 */
export function assertDataDirFree(dataDir: string): void {
  const file = path.join(dataDir, 'balai.lock');
  if (!fs.existsSync(file)) return;
  const owner = readOwner(file);
  if (owner !== process.pid && isAlive(owner)) throw new DataDirLockedError(file, owner);
}

/** Takes the lock or throws DataDirLockedError naming the lock file and its owner. */
export function acquireDataDirLock(dataDir: string): DataDirLock {
  fs.mkdirSync(dataDir, { recursive: true });
  const file = path.join(dataDir, 'balai.lock');
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      const fd = fs.openSync(file, 'wx', 0o600);
      fs.writeSync(fd, `${process.pid}\n${new Date().toISOString()}\n`);
      fs.closeSync(fd);
      let released = false;
      return {
        file,
        release() {
          if (released) return;
          released = true;
          if (readOwner(file) === process.pid) fs.rmSync(file, { force: true });
        },
      };
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
      const owner = readOwner(file);
      if (owner === process.pid) throw new DataDirLockedError(file, owner);
      if (isAlive(owner)) throw new DataDirLockedError(file, owner);
      // Stale: the owner died without releasing. Remove it and try again; if another process wins the
      // race for the fresh file, the next attempt sees it alive and refuses.
      fs.rmSync(file, { force: true });
    }
  }
  throw new DataDirLockedError(file, readOwner(file));
}
