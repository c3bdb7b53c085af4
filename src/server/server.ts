import type { FastifyInstance } from 'fastify';
import type { PgBoss } from 'pg-boss';
import type { Config } from './config.js';
import { openDatabase, type Database } from './db/client.js';
import { migrate } from './db/migrate.js';
import { loadReferenceData } from './reference/loader.js';

export interface RunningServer {
  app: FastifyInstance;
  database: Database;
  url: string;
  /** The job queue, when JOBS=on. */
  jobs?: PgBoss;
  stop(): Promise<void>;
}

/** How long a stop waits for open HTTP connections before closing them. */
const CLOSE_GRACE_MS = 5_000;

/** Opens the database, migrates it, loads reference data, optionally seeds the demo, then listens. */
export async function startServer(config: Config, opts: { demo?: boolean } = {}): Promise<RunningServer> {
  // The application's modules load while the database starts (PGlite: WebAssembly compiled off the main
  // thread, files read), not after it: a second or so of every start (docs/decisions/0009).
  const modules = Promise.all([import('./app.js'), opts.demo ? import('./demo/seed.js') : undefined, opts.demo ? import('./demo/persons.js') : undefined]);
  modules.catch(() => {}); // awaited below; a failure to open the database must not leave it unhandled
  const database = await openDatabase(config);
  let app: FastifyInstance | undefined;
  let boss: PgBoss | undefined;
  try {
    const [{ buildApp }, seed] = await modules;
    await migrate(database);
    await loadReferenceData(database);
    if (seed) await seed.seedDemo(database, { persons: true });
    app = await buildApp({ config, database });
    if (config.JOBS) {
      const { startJobs } = await import('./jobs/queue.js');
      boss = await startJobs({ config, database, log: app.log, balaiVersion: app.balaiVersion });
    }
    const url = await app.listen({ host: config.HOST, port: config.PORT });
    let stopping: Promise<void> | undefined;
    const stop = () =>
      (stopping ??= (async () => {
        // In-flight requests get a few seconds to finish; then keep-alive connections a client left open
        // (a browser tab, a half-read response) are cut, so a stop never hangs on them.
        const cut = setTimeout(() => app!.server.closeAllConnections(), CLOSE_GRACE_MS);
        await app!.close().finally(() => clearTimeout(cut));
        await boss?.stop({ graceful: true, timeout: 10_000 });
        await database.close();
      })());
    return { app, database, url, jobs: boss, stop };
  } catch (err) {
    await app?.close().catch(() => {});
    await boss?.stop({ graceful: false }).catch(() => {});
    await database.close().catch(() => {});
    throw err;
  }
}
