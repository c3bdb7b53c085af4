import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, expectedKind, type TestApp } from '../../test/harness.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

describe('GET /api/health', () => {
  it('answers ok with the database kind and version', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/health' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ status: 'ok', database: expectedKind, version: t.app.balaiVersion });
    expect(res.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('answers 503 with the error body when the database is gone', async () => {
    const own = await createTestApp();
    await own.database.close();
    const res = await own.app.inject({ method: 'GET', url: '/api/health' });
    expect(res.statusCode).toBe(503);
    expect(res.json()).toMatchObject({ statusCode: 503, code: 'unavailable' });
    await own.app.close();
  });

  it('asks the database at most once a second, and notices it gone after that second', async () => {
    const own = await createTestApp();
    expect((await own.app.inject({ method: 'GET', url: '/api/health' })).statusCode).toBe(200);
    await own.database.close();
    expect((await own.app.inject({ method: 'GET', url: '/api/health' })).statusCode).toBe(200);
    await new Promise((r) => setTimeout(r, 1_100));
    expect((await own.app.inject({ method: 'GET', url: '/api/health' })).statusCode).toBe(503);
    await own.app.close();
  });
});
