import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../app.js';
import { createTestApp, testConfig, type TestApp } from '../test/harness.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ env: { RATE_LIMIT_PER_MINUTE: '3' } });
});
afterAll(() => t.close());

const from = (ip: string) => ({ method: 'GET' as const, url: '/api/regions?level=province&pageSize=1', remoteAddress: ip });

describe('rate limit', () => {
  it('answers 429 with the error body once a client passes the limit, per address', async () => {
    for (let i = 0; i < 3; i++) expect((await t.app.inject(from('10.1.1.1'))).statusCode).toBe(200);
    const limited = await t.app.inject(from('10.1.1.1'));
    expect(limited.statusCode).toBe(429);
    expect(limited.json()).toMatchObject({ statusCode: 429, code: 'rate_limited', message: expect.stringMatching(/^Terlalu banyak permintaan/) });
    expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
    expect((await t.app.inject(from('10.1.1.2'))).statusCode).toBe(200);
  });

  it('does not count the health check or public pages', async () => {
    for (let i = 0; i < 5; i++) {
      expect((await t.app.inject({ method: 'GET', url: '/api/health', remoteAddress: '10.2.2.2' })).statusCode).toBe(200);
      expect((await t.app.inject({ method: 'GET', url: '/', remoteAddress: '10.2.2.2' })).statusCode).toBe(200);
    }
  });

  it('counts in memory by default: no request writes to the database', async () => {
    for (let i = 0; i < 3; i++) expect((await t.app.inject(from('10.4.4.4'))).statusCode).toBe(200);
    expect(await t.database.query('select key from rate_limit_buckets')).toEqual([]);
  });

  it('with RATE_LIMIT_STORE=database counts in the database, so a second instance on it sees the same counter', async () => {
    const config = testConfig({ RATE_LIMIT_PER_MINUTE: '3', RATE_LIMIT_STORE: 'database' });
    const first = await buildApp({ config, database: t.database });
    const second = await buildApp({ config, database: t.database });
    try {
      expect((await first.inject(from('10.3.3.3'))).statusCode).toBe(200);
      expect((await second.inject(from('10.3.3.3'))).statusCode).toBe(200);
      expect((await first.inject(from('10.3.3.3'))).statusCode).toBe(200);
      expect((await second.inject(from('10.3.3.3'))).statusCode).toBe(429);
      expect(await t.database.query('select count from rate_limit_buckets')).toEqual([{ count: 4 }]);
    } finally {
      await Promise.all([first.close(), second.close()]);
    }
  });
});
