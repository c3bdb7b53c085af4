import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAINTENANCE_QUEUE, runMaintenance, startJobs } from './queue.js';
import { createTestApp, onPostgres, type TestApp } from '../test/harness.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ env: { BACKUP_KEEP: '2' } });
});
afterAll(() => t.close());

const ctx = () => ({ config: t.config, database: t.database, log: t.app.log, balaiVersion: t.app.balaiVersion });

describe('background jobs', () => {
  it('prunes expired rate-limit windows and, on PGlite, writes a backup keeping the newest BACKUP_KEEP', async () => {
    await t.database.query(`insert into rate_limit_buckets (key, count, reset_at) values
      ('old', 5, now() - interval '2 hours'), ('current', 1, now() + interval '1 minute')`);
    const dir = path.join(t.config.DATA_DIR, 'backups');
    fs.mkdirSync(dir, { recursive: true });
    for (const old of ['balai-20260101T013000Z.tar.gz', 'balai-20260102T013000Z.tar.gz']) fs.writeFileSync(path.join(dir, old), 'x');

    const [office] = await t.database.query<{ id: string }>(`insert into offices (code, name, kind) values ('X', 'X', 'bp3mi') returning id`);
    const [user] = await t.database.query<{ id: string }>(
      `insert into users (office_id, email, name, role, password_hash) values ($1, 'x@x.test', 'X', 'humas', 'x') returning id`,
      [office!.id],
    );
    await t.database.query(
      `insert into sessions (token_hash, user_id, csrf_token, created_at, last_seen_at, expires_at) values
        ('old', $1, 'c', now() - interval '60 days', now() - interval '60 days', now() - interval '59 days'),
        ('live', $1, 'c', now(), now(), now() + interval '1 hour')`,
      [user!.id],
    );
    await t.database.query(
      `insert into sign_in_throttle (key, failures, window_start) values ('account:lama', 2, now() - interval '2 days'), ('account:baru', 1, now())`,
    );

    const { backup } = await runMaintenance(ctx());

    expect((await t.database.query<{ token_hash: string }>('select token_hash from sessions')).map((r) => r.token_hash)).toEqual(['live']);
    expect((await t.database.query<{ key: string }>('select key from sign_in_throttle')).map((r) => r.key)).toEqual(['account:baru']);

    const keys = (await t.database.query<{ key: string }>('select key from rate_limit_buckets order by key')).map((r) => r.key);
    expect(keys).toEqual(['current']);
    if (onPostgres) {
      expect(backup).toBeUndefined(); // PostgreSQL is backed up with pg_dump by its operators
    } else {
      expect(fs.statSync(backup!).size).toBeGreaterThan(100_000);
      expect(fs.readdirSync(dir).sort()).toEqual(['balai-20260102T013000Z.tar.gz', path.basename(backup!)]);
    }
  });

  it('runs the maintenance through the durable queue and registers its schedule once', async () => {
    const boss = await startJobs(ctx());
    try {
      const again = await startJobs(ctx()); // a second instance registering the same schedule
      const schedules = await boss.getSchedules();
      expect(schedules.filter((s) => s.name === MAINTENANCE_QUEUE)).toHaveLength(1);
      expect(schedules[0]).toMatchObject({ cron: t.config.BACKUP_CRON, timezone: 'Asia/Jakarta' });
      await again.stop({ graceful: false });

      await t.database.query(`insert into rate_limit_buckets (key, count, reset_at) values ('stale', 1, now() - interval '3 hours')`);
      const id = await boss.send(MAINTENANCE_QUEUE, {});
      expect(id).toBeTruthy();
      let job;
      for (let i = 0; i < 100; i++) {
        job = await boss.getJobById(MAINTENANCE_QUEUE, id!);
        if (job?.state === 'completed' || job?.state === 'failed') break;
        await new Promise((r) => setTimeout(r, 200));
      }
      expect(job?.state).toBe('completed');
      expect(await t.database.query(`select 1 from rate_limit_buckets where key = 'stale'`)).toHaveLength(0);
    } finally {
      await boss.stop({ graceful: false });
    }
  });
});
