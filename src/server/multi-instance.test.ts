import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from './config.js';
import { startServer, type RunningServer } from './server.js';
import { withDatabase } from './test/global-setup.js';
import { onPostgres } from './test/harness.js';
import { DEMO_PASSWORD } from './demo/seed.js';

/**
 * Two real server instances on one PostgreSQL database behave as one: they start together without
 * racing their migrations, share rate-limit counters, and run each job once.
 */
describe.skipIf(!onPostgres)('two instances on one PostgreSQL database', () => {
  const name = `balai_test_multi_${randomBytes(4).toString('hex')}`;
  const admin = () => new pg.Client({ connectionString: process.env.TEST_DATABASE_URL });
  let a: RunningServer;
  let b: RunningServer;

  beforeAll(async () => {
    const c = admin();
    await c.connect();
    await c.query(`create database ${name}`); // empty: both instances migrate it at the same time
    await c.end();
    const config = loadConfig({
      DATABASE_URL: withDatabase(process.env.TEST_DATABASE_URL!, name),
      HOST: '127.0.0.1',
      PORT: '0',
      LOG_LEVEL: 'silent',
      JOBS: 'on',
      RATE_LIMIT_PER_MINUTE: '8',
      // Instances sharing PostgreSQL count together only with the database store (memory is the default).
      RATE_LIMIT_STORE: 'database',
    });
    [a, b] = await Promise.all([startServer(config, { demo: true }), startServer(config, { demo: true })]);
  }, 120_000);

  afterAll(async () => {
    await Promise.all([a?.stop(), b?.stop()]);
    const c = admin();
    await c.connect();
    await c.query(`drop database if exists ${name} with (force)`);
    await c.end();
  });

  it('start together on an empty database: migrations, reference data and demo seed happen once', async () => {
    const [m] = await a.database.query<{ n: number }>('select count(*)::int n from balai_migrations');
    const [r] = await a.database.query<{ n: number }>('select count(*)::int n from regions');
    const [o] = await a.database.query<{ n: number }>('select count(*)::int n from offices');
    expect(m!.n).toBeGreaterThan(0);
    expect(r!.n).toBe(91599);
    expect(o!.n).toBe(1);
    for (const s of [a, b]) expect(await (await fetch(`${s.url}/api/health`)).json()).toMatchObject({ database: 'postgres' });
  });

  it('share sessions: signed in on one, known and signed out on the other', async () => {
    const signIn = await fetch(`${a.url}/api/auth/sign-in`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'penempatan@balai.test', password: DEMO_PASSWORD }),
    });
    expect(signIn.status).toBe(200);
    const cookie = signIn.headers.get('set-cookie')!.split(';')[0]!;
    const onB = await fetch(`${b.url}/api/auth/me`, { headers: { cookie } });
    expect(onB.status).toBe(200);
    expect((await onB.json()).email).toBe('penempatan@balai.test');
    const csrf = (await signIn.json()).csrfToken as string;
    expect((await fetch(`${b.url}/api/auth/sign-out`, { method: 'POST', headers: { cookie, 'x-csrf-token': csrf } })).status).toBe(200);
    expect((await fetch(`${a.url}/api/auth/me`, { headers: { cookie } })).status).toBe(401);
  });

  it('share one rate-limit counter', async () => {
    await a.database.query('delete from rate_limit_buckets'); // start from zero whatever ran before
    const statuses: number[] = [];
    for (const s of [a, b, a, b, a, b, a, b, a]) statuses.push((await fetch(`${s.url}/api/regions?pageSize=1`)).status);
    expect(statuses).toEqual([200, 200, 200, 200, 200, 200, 200, 200, 429]);
  });

  it('run each job exactly once, whichever instance picks it up', async () => {
    const queue = 'test-run-once';
    await a.database.query('create table job_runs (job_id text primary key, runs int not null)');
    const record = async (jobs: { id: string }[]) => {
      for (const job of jobs) {
        await a.database.query(`insert into job_runs (job_id, runs) values ($1, 1) on conflict (job_id) do update set runs = job_runs.runs + 1`, [job.id]);
      }
    };
    await a.jobs!.createQueue(queue);
    await a.jobs!.work(queue, { pollingIntervalSeconds: 0.5, batchSize: 2 }, record);
    await b.jobs!.work(queue, { pollingIntervalSeconds: 0.5, batchSize: 2 }, record);
    const ids = await Promise.all(Array.from({ length: 40 }, (_, i) => (i % 2 ? a : b).jobs!.send(queue, { i })));
    let rows: { runs: number }[] = [];
    for (let i = 0; i < 150 && rows.length < 40; i++) {
      await new Promise((r) => setTimeout(r, 200));
      rows = await a.database.query<{ runs: number }>('select runs from job_runs');
    }
    expect(ids.every(Boolean)).toBe(true);
    expect(rows).toHaveLength(40);
    expect(rows.every((r) => r.runs === 1)).toBe(true);
  });

  it('keep one schedule for the nightly maintenance', async () => {
    const schedules = await b.jobs!.getSchedules();
    expect(schedules.filter((s) => s.name === 'nightly-maintenance')).toHaveLength(1);
  });
});
