/**
 * The command line: `npm run balai -- <command>`. Only light modules are imported up front so that a
 * second server on a locked data folder refuses within a moment; the rest loads per command.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { ConfigError, loadConfig, type Config } from './config.js';
import { assertDataDirFree, DataDirLockedError } from './db/lock.js';
import type { Database } from './db/client.js';
import { repoRoot } from './lib/paths.js';

const root = repoRoot; // the same from src/server (tsx) and dist/server/src/server (compiled)
const version = (JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')) as { version: string }).version;

/** A problem the operator can fix; printed as one line, without a stack. */
export class OperatorError extends Error {}

const usage = `Balai ${version}

Pemakaian / usage: npm run balai -- <command> [options]

  serve [--demo]          migrate, load reference data, and serve (with --demo: seed demo data if empty)
  migrate                 apply database migrations and load reference data
  seed-demo               add the demo office (BP3MI Sumatera Selatan), its divisions and synthetic persons
  backup [file]           PGlite: archive the database and uploaded files; PostgreSQL: pg_dump in custom
                          format, and the uploaded files in <file>.files.tar.gz
  restore <file> [--data-dir DIR]
                          PGlite: restore into an empty data folder; PostgreSQL: pg_restore, and the
                          uploaded files from <file>.files.tar.gz when present
  create-admin --email E [--name N] [--office-code C [--office-name N]]
                          add an administrator (password from BALAI_ADMIN_PASSWORD, or generated and shown once)
  import, export          arrive with the import/export module

Configuration comes from the environment; see README.md.`;

async function withDatabase<T>(config: Config, work: (db: Database) => Promise<T>): Promise<T> {
  const [{ openDatabase }, { migrate }, { loadReferenceData }] = await Promise.all([
    import('./db/client.js'),
    import('./db/migrate.js'),
    import('./reference/loader.js'),
  ]);
  const database = await openDatabase(config);
  try {
    await migrate(database);
    await loadReferenceData(database);
    return await work(database);
  } finally {
    await database.close();
  }
}

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  const { values, positionals } = parseArgs({
    args: rest,
    allowPositionals: true,
    options: {
      demo: { type: 'boolean' },
      'data-dir': { type: 'string' },
      email: { type: 'string' },
      name: { type: 'string' },
      'office-code': { type: 'string' },
      'office-name': { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (!command || command === 'help' || values.help) {
    console.log(usage);
    return command ? 0 : 2;
  }
  const config = loadConfig();
  if (!config.DATABASE_URL && ['serve', 'migrate', 'seed-demo', 'backup', 'create-admin'].includes(command)) assertDataDirFree(config.DATA_DIR);

  switch (command) {
    case 'serve': {
      const { startServer } = await import('./server.js');
      const server = await startServer(config, { demo: values.demo });
      const shutdown = (signal: string) => {
        server.app.log.info({ signal }, 'shutting down');
        server.stop().then(
          () => process.exit(0),
          (err) => {
            console.error(err);
            process.exit(1);
          },
        );
      };
      process.once('SIGINT', () => shutdown('SIGINT'));
      process.once('SIGTERM', () => shutdown('SIGTERM'));
      console.log(`Balai berjalan di / running at ${server.url.replace('0.0.0.0', 'localhost')} (database: ${server.database.kind})`);
      if (values.demo) console.log((await import('./demo/seed.js')).demoAccountsHelp);
      return -1; // keep running
    }
    case 'migrate':
      await withDatabase(config, async () => {});
      console.log('Migrasi selesai / migrations applied; reference data loaded.');
      return 0;
    case 'seed-demo': {
      const { seedDemo } = await import('./demo/seed.js');
      const created = await withDatabase(config, (database) => seedDemo(database, { persons: true }));
      const { demoAccountsHelp } = await import('./demo/seed.js');
      console.log(created ? 'Data demo dibuat / demo data created.' : 'Data demo sudah ada / demo data already present.');
      console.log(demoAccountsHelp);
      return 0;
    }
    case 'backup': {
      const { archiveFiles, backupFileName, backupPglite, runPgTool } = await import('./ops/backup.js');
      const { filesDir } = await import('./modules/files/files.paths.js');
      if (config.DATABASE_URL) {
        const file = positionals[0] ?? backupFileName().replace('.tar.gz', '.dump');
        await runPgTool('pg_dump', ['--format=custom', `--file=${file}`, `--dbname=${config.DATABASE_URL}`]);
        // After the dump, like the PGlite backup: every file the dump refers to is already on disk.
        const files = await archiveFiles(filesDir(config.DATA_DIR), `${file}.files.tar.gz`, true);
        console.log(`Cadangan / backup: ${file}${files ? ` + ${file}.files.tar.gz (${files} berkas / files)` : ''}`);
        return 0;
      }
      const file = path.resolve(positionals[0] ?? backupFileName());
      await withDatabase(config, (db) => backupPglite(db, file, version, filesDir(config.DATA_DIR)));
      console.log(`Cadangan / backup: ${file}`);
      return 0;
    }
    case 'restore': {
      const file = positionals[0];
      if (!file) throw new OperatorError('restore needs a backup file: npm run balai -- restore <file> [--data-dir DIR]');
      if (!fs.existsSync(file)) throw new OperatorError(`Berkas cadangan tidak ada / backup file not found: ${file}`);
      const { extractFiles, restorePglite, runPgTool, RestoreRefusedError } = await import('./ops/backup.js');
      if (config.DATABASE_URL) {
        await runPgTool('pg_restore', ['--clean', '--if-exists', '--no-owner', `--dbname=${config.DATABASE_URL}`, file]);
        // Uploaded files are named by id: extracting adds the backup's files beside any already there.
        if (fs.existsSync(`${file}.files.tar.gz`)) {
          const { filesDir } = await import('./modules/files/files.paths.js');
          await extractFiles(`${file}.files.tar.gz`, filesDir(config.DATA_DIR));
        }
        console.log('Pemulihan selesai / restore done.');
        return 0;
      }
      const dataDir = path.resolve(values['data-dir'] ?? config.DATA_DIR);
      try {
        const manifest = await restorePglite(path.resolve(file), dataDir);
        console.log(`Dipulihkan ke / restored into ${dataDir} (backup of ${manifest.createdAt}).`);
      } catch (err) {
        if (err instanceof RestoreRefusedError) throw new OperatorError(err.message);
        throw err;
      }
      return 0;
    }
    case 'create-admin': {
      const { createAdmin, CreateAdminError } = await import('./ops/create-admin.js');
      try {
        const result = await withDatabase(config, (db) =>
          createAdmin(db, {
            email: values.email ?? '',
            name: values.name ?? 'Administrator',
            officeCode: values['office-code'],
            officeName: values['office-name'],
            password: process.env.BALAI_ADMIN_PASSWORD,
          }),
        );
        console.log(`Administrator dibuat / created: ${values.email}`);
        if (result.generatedPassword) {
          console.log(`Kata sandi sementara (hanya ditampilkan sekali) / one-time password: ${result.generatedPassword}`);
        }
        console.log('Saat masuk pertama: ganti kata sandi dan aktifkan autentikator. At first sign-in: change the password and enrol a second factor.');
      } catch (err) {
        if (err instanceof CreateAdminError) throw new OperatorError(err.message);
        throw err;
      }
      return 0;
    }
    case 'import':
    case 'export':
      throw new OperatorError(`"${command}" belum tersedia pada versi ini / is not available in this version yet.`);
    default:
      console.error(`Perintah tidak dikenal / unknown command: ${command}\n\n${usage}`);
      return 2;
  }
}

main(process.argv.slice(2)).then(
  (code) => {
    if (code >= 0) process.exit(code);
  },
  (err: unknown) => {
    if (err instanceof ConfigError || err instanceof DataDirLockedError || err instanceof OperatorError) {
      console.error(err.message);
      process.exit(err instanceof OperatorError ? 2 : 78);
    }
    console.error(err);
    process.exit(1);
  },
);
