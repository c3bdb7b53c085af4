import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawn } from 'node:child_process';
import { PGlite } from '@electric-sql/pglite';
import * as tar from 'tar';
import { pgDataDir, pgliteExtensions, type Database } from '../db/client.js';
import { acquireDataDirLock } from '../db/lock.js';
import { filesDir } from '../modules/files/files.paths.js';

/**
 * A backup of the embedded database is one .tar.gz holding manifest.json, pgdata.tar.gz (PGlite's
 * own dump of its data folder, taken inside the running instance after a CHECKPOINT, so it is
 * consistent) and files.tar (the uploaded files, DATA_DIR/files). Backups made before uploads existed
 * have no files.tar and restore as before.
 *
 * The files are archived after the database dump: an upload moves its bytes into place before its row
 * commits, so every file the dump refers to is already on disk. Bytes of an upload that commits
 * later may come along too (harmless: nothing refers to them); uploads still in progress (tmp-*) are left out.
 */
export interface BackupManifest {
  format: 'balai-backup/1';
  createdAt: string;
  database: 'pglite';
  balaiVersion: string;
  /** How many uploaded files the archive holds (absent in backups made before uploads existed). */
  files?: number;
}

/** Uploaded files in a files folder, as paths relative to its parent (files/ab/abcd…), uploads in progress left out. */
function listStoredFiles(filesDir: string): string[] {
  if (!fs.existsSync(filesDir)) return [];
  return (fs.readdirSync(filesDir, { recursive: true }) as string[])
    .filter((f) => !path.basename(f).startsWith('tmp-') && fs.statSync(path.join(filesDir, f)).isFile())
    .sort()
    .map((f) => path.join(path.basename(filesDir), f));
}

/**
 * Writes the uploaded files of `filesDir` to a tar archive (entries files/<2 chars>/<id>) and returns
 * how many; writes nothing when there are none.
 */
export async function archiveFiles(filesDir: string, archive: string, gzip = false): Promise<number> {
  const entries = listStoredFiles(filesDir);
  if (entries.length > 0) await tar.create({ gzip, file: archive, cwd: path.dirname(filesDir), portable: true }, entries);
  return entries.length;
}

/** Extracts an archive made by archiveFiles into the parent of `filesDir`. */
export async function extractFiles(archive: string, filesDir: string): Promise<void> {
  fs.mkdirSync(filesDir, { recursive: true });
  await tar.extract({ file: archive, cwd: path.dirname(filesDir), strict: true, filter: (p) => p === 'files' || p.startsWith('files/') });
}

/** Whether a files folder already holds uploaded files (a restore never mixes two deployments' files). */
export const holdsFiles = (filesDir: string) => listStoredFiles(filesDir).length > 0;

/** Backs up the embedded database and the uploaded files in `filesDir` (DATA_DIR/files) into one archive. */
export async function backupPglite(database: Database, file: string, balaiVersion: string, filesDir: string): Promise<string> {
  if (!database.pglite) throw new Error('backupPglite needs the embedded database');
  await database.pglite.exec('CHECKPOINT');
  const dump = await database.pglite.dumpDataDir('gzip');
  const staging = fs.mkdtempSync(path.join(os.tmpdir(), 'balai-backup-'));
  try {
    fs.writeFileSync(path.join(staging, 'pgdata.tar.gz'), Buffer.from(await dump.arrayBuffer()));
    const files = await archiveFiles(filesDir, path.join(staging, 'files.tar'));
    const manifest: BackupManifest = {
      format: 'balai-backup/1',
      createdAt: new Date().toISOString(),
      database: 'pglite',
      balaiVersion,
      files,
    };
    fs.writeFileSync(path.join(staging, 'manifest.json'), JSON.stringify(manifest, null, 2));
    fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
    const tmp = `${file}.partial`;
    await tar.create({ gzip: true, file: tmp, cwd: staging, portable: true }, ['manifest.json', 'pgdata.tar.gz', ...(files > 0 ? ['files.tar'] : [])]);
    fs.renameSync(tmp, file); // a backup file either exists whole or not at all
    return file;
  } finally {
    fs.rmSync(staging, { recursive: true, force: true });
  }
}

/** Restore refused for a reason the operator can fix (target not empty, not a Balai backup). */
export class RestoreRefusedError extends Error {}

/**
 * Restores a backup into a new, empty data folder: the database into DATA_DIR/pgdata, the uploaded
 * files into DATA_DIR/files. Refuses to overwrite existing data.
 */
export async function restorePglite(file: string, dataDir: string): Promise<BackupManifest> {
  if (fs.existsSync(pgDataDir(dataDir)) && fs.readdirSync(pgDataDir(dataDir)).length > 0) {
    throw new RestoreRefusedError(`Folder tujuan sudah berisi data / target already holds data: ${pgDataDir(dataDir)}. Choose a new DATA_DIR.`);
  }
  if (holdsFiles(filesDir(dataDir))) {
    throw new RestoreRefusedError(`Folder tujuan sudah berisi data / target already holds data: ${filesDir(dataDir)}. Choose a new DATA_DIR.`);
  }
  const staging = fs.mkdtempSync(path.join(os.tmpdir(), 'balai-restore-'));
  const lock = acquireDataDirLock(dataDir);
  try {
    await tar.extract({ file, cwd: staging, strict: true }).catch(() => {
      throw new RestoreRefusedError(`Bukan berkas cadangan Balai / not a Balai backup: ${file}`);
    });
    const manifestFile = path.join(staging, 'manifest.json');
    const manifest = (fs.existsSync(manifestFile) ? JSON.parse(fs.readFileSync(manifestFile, 'utf8')) : {}) as BackupManifest;
    if (manifest.format !== 'balai-backup/1') throw new RestoreRefusedError(`Bukan berkas cadangan Balai / not a Balai backup: ${file}`);
    const dump = new Blob([fs.readFileSync(path.join(staging, 'pgdata.tar.gz'))]);
    fs.mkdirSync(pgDataDir(dataDir), { recursive: true });
    const pg = await PGlite.create({ dataDir: pgDataDir(dataDir), loadDataDir: dump, extensions: pgliteExtensions });
    await pg.exec('CHECKPOINT');
    await pg.close();
    const files = path.join(staging, 'files.tar');
    if (fs.existsSync(files)) await extractFiles(files, filesDir(dataDir));
    return manifest;
  } finally {
    lock.release();
    fs.rmSync(staging, { recursive: true, force: true });
  }
}

/** Keeps the newest `keep` nightly backups in a folder. */
export function rotateBackups(dir: string, keep: number): void {
  const files = fs
    .readdirSync(dir)
    .filter((f) => /^balai-\d{8}T\d{6}Z\.tar\.gz$/.test(f))
    .sort();
  for (const f of files.slice(0, Math.max(0, files.length - keep))) fs.rmSync(path.join(dir, f));
}

export function backupFileName(now = new Date()): string {
  return `balai-${now
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d+Z$/, 'Z')}.tar.gz`;
}

/**
 * PostgreSQL: the documented pg_dump / pg_restore calls (custom format). pg_dump holds the database
 * only: the CLI writes the uploaded files next to it (<file>.files.tar.gz, with archiveFiles) and
 * restores them from there; a server's own pg_dump schedule must copy DATA_DIR/files as well.
 */
export function runPgTool(tool: 'pg_dump' | 'pg_restore', args: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(tool, args, { stdio: ['ignore', 'inherit', 'inherit'] });
    child.on('error', (err) => reject(new Error(`${tool} could not be started (${err.message}); install the PostgreSQL client tools.`)));
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`${tool} exited with code ${code}`))));
  });
}
