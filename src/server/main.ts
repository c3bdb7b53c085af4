import path from 'node:path';
import { parseArgs } from 'node:util';
import { balaiVersion } from './app.js';
import { ConfigError, loadConfig, type Config } from './config.js';
import { openDatabase } from './db/client.js';
import { DataDirLockedError } from './db/lock.js';
import { migrate } from './db/migrate.js';
import { seedDemo } from './demo/seed.js';
import { backupFileName, backupPglite, restorePglite, runPgTool } from './ops/backup.js';
import { loadReferenceData } from './reference/loader.js';
import { startServer } from './server.js';

const usage = `Balai ${balaiVersion}

Pemakaian / usage: npm run balai -- <command> [options]

  serve [--demo]          migrate, load reference data, and serve (with --demo: seed demo data if empty)
  migrate                 apply database migrations and load reference data
  seed-demo               add the demo office (BP3MI Sumatera Selatan) and its divisions
  backup [file]           PGlite: archive the data folder; PostgreSQL: pg_dump in custom format
  restore <file> [--data-dir DIR]
                          PGlite: restore into an empty data folder; PostgreSQL: pg_restore
  create-admin, import, export
                          arrive with their modules (identity, import/export)

Configuration comes from the environment; see README.md.`;

async function withDatabase<T>(config: Config, work: (db: Awaited<ReturnType<typeof openDatabase>>) => Promise<T>) {
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
    options: { demo: { type: 'boolean' }, 'data-dir': { type: 'string' }, help: { type: 'boolean', short: 'h' } },
  });
  if (!command || command === 'help' || values.help) {
    console.log(usage);
    return command ? 0 : 2;
  }
  const config = loadConfig();

  switch (command) {
    case 'serve': {
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
      return -1; // keep running
    }
    case 'migrate':
      await withDatabase(config, async () => {});
      console.log('Migrasi selesai / migrations applied; reference data loaded.');
      return 0;
    case 'seed-demo': {
      const created = await withDatabase(config, seedDemo);
      console.log(created ? 'Data demo dibuat / demo data created.' : 'Data demo sudah ada / demo data already present.');
      return 0;
    }
    case 'backup': {
      if (config.DATABASE_URL) {
        const file = positionals[0] ?? `balai-${backupFileName().replace('balai-', '').replace('.tar.gz', '')}.dump`;
        await runPgTool('pg_dump', ['--format=custom', `--file=${file}`, `--dbname=${config.DATABASE_URL}`]);
        console.log(`Cadangan / backup: ${file}`);
        return 0;
      }
      const file = path.resolve(positionals[0] ?? backupFileName());
      await withDatabase(config, (db) => backupPglite(db, file, balaiVersion));
      console.log(`Cadangan / backup: ${file}`);
      return 0;
    }
    case 'restore': {
      const file = positionals[0];
      if (!file) {
        console.error('restore needs a backup file: npm run balai -- restore <file> [--data-dir DIR]');
        return 2;
      }
      if (config.DATABASE_URL) {
        await runPgTool('pg_restore', ['--clean', '--if-exists', '--no-owner', `--dbname=${config.DATABASE_URL}`, file]);
        console.log('Pemulihan selesai / restore done.');
        return 0;
      }
      const dataDir = path.resolve(values['data-dir'] ?? config.DATA_DIR);
      const manifest = await restorePglite(path.resolve(file), dataDir);
      console.log(`Dipulihkan ke / restored into ${dataDir} (backup of ${manifest.createdAt}).`);
      return 0;
    }
    case 'create-admin':
    case 'import':
    case 'export':
      console.error(`"${command}" belum tersedia pada versi ini / is not available in this version yet.`);
      return 2;
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
    if (err instanceof ConfigError || err instanceof DataDirLockedError) {
      console.error(err.message);
      process.exit(78);
    }
    console.error(err);
    process.exit(1);
  },
);
