import path from 'node:path';
import fs from 'node:fs';
import { PgBoss, fromPglite } from 'pg-boss';
import type { FastifyBaseLogger } from 'fastify';
import type { Config } from '../config.js';
import type { Database } from '../db/client.js';
import { filesDir } from '../modules/files/files.paths.js';
import { backupFileName, backupPglite, rotateBackups } from '../ops/backup.js';
import { pruneRateLimitBuckets } from '../plugins/rate-limit-store.js';

export const MAINTENANCE_QUEUE = 'nightly-maintenance';

export interface JobContext {
  config: Config;
  database: Database;
  log: FastifyBaseLogger;
  balaiVersion: string;
}

/**
 * The nightly maintenance: prune expired rate-limit windows, old sign-in counters and long-ended
 * sessions; on PGlite, VACUUM (ANALYZE), CHECKPOINT and write a backup
 * into DATA_DIR/backups, keeping the newest BACKUP_KEEP.
 */
export async function runMaintenance(ctx: JobContext): Promise<{ backup?: string }> {
  await pruneRateLimitBuckets(ctx.database);
  // Old sign-in counters and sessions ended long ago serve no one (the audit log keeps the history).
  await ctx.database.query(`delete from sign_in_throttle where window_start < now() - interval '1 day' and (locked_until is null or locked_until < now())`);
  await ctx.database.query(`delete from sessions where coalesce(revoked_at, expires_at) < now() - interval '30 days'`);
  if (ctx.database.kind !== 'pglite') return {};
  // PGlite has no autovacuum: reclaim dead rows (the rate limiter updates a row per request) and
  // refresh planner statistics.
  await ctx.database.query('vacuum (analyze)');
  const dir = path.join(ctx.config.DATA_DIR, 'backups');
  fs.mkdirSync(dir, { recursive: true });
  const file = await backupPglite(ctx.database, path.join(dir, backupFileName()), ctx.balaiVersion, filesDir(ctx.config.DATA_DIR));
  rotateBackups(dir, ctx.config.BACKUP_KEEP);
  ctx.log.info({ file: path.basename(file) }, 'nightly backup written');
  return { backup: file };
}

/**
 * Background and scheduled work through pg-boss, kept in the database: a job is stored before it runs,
 * and a schedule fires once per slot however many instances are running (docs/decisions/0005).
 */
export async function startJobs(ctx: JobContext): Promise<PgBoss> {
  const boss = ctx.database.pglite
    ? new PgBoss({ db: fromPglite(ctx.database.pglite), backend: 'pglite' })
    : new PgBoss({ connectionString: ctx.database.url!, max: 4 });
  boss.on('error', (err) => ctx.log.error({ err }, 'job queue error'));
  await boss.start();
  await boss.createQueue(MAINTENANCE_QUEUE);
  await boss.work(MAINTENANCE_QUEUE, async () => {
    await runMaintenance(ctx);
  });
  await boss.schedule(MAINTENANCE_QUEUE, ctx.config.BACKUP_CRON, {}, { tz: ctx.config.TIME_ZONE });
  return boss;
}
