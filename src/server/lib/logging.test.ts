import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../test/harness.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ captureLogs: true });
});
afterAll(() => t.close());

describe('structured logs', () => {
  it('log each request with its id, but never query strings, credentials or bodies', async () => {
    const nik = '1674015501900003';
    const res = await t.app.inject({
      method: 'GET',
      url: `/api/regions?q=${nik}`,
      headers: { authorization: 'Bearer sekret-token-123', cookie: 'balai_session=sess-abc-987' },
    });
    expect(res.statusCode).toBe(200);
    const lines = t.logs.map((l) => JSON.parse(l) as Record<string, unknown>);
    const mine = lines.filter((l) => l.reqId === res.headers['x-request-id']);
    expect(mine.length).toBeGreaterThanOrEqual(2);
    expect(mine.find((l) => l.msg === 'incoming request')).toMatchObject({ req: { method: 'GET', path: '/api/regions' } });
    const all = t.logs.join('\n');
    expect(all).not.toContain(nik);
    expect(all).not.toContain('sekret-token-123');
    expect(all).not.toContain('sess-abc-987');
  });
});
