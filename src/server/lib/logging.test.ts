import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD, DEMO_TOTP_SECRET, seedDemo } from '../demo/seed.js';
import { totpCode } from '../modules/auth/totp.js';
import { createTestApp, type TestApp } from '../test/harness.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ captureLogs: true });
  await seedDemo(t.database);
  // A route that fails in the database with personal data among the statement's parameters.
  t.app.get('/api/test-db-error', { config: { access: 'public' } }, async (request) => {
    const { kind, value } = request.query as { kind: string; value: string };
    const db = t.app.database.db;
    if (kind === 'unique') {
      for (let i = 0; i < 2; i++) await db.execute(sql`insert into sign_in_throttle (key, failures, window_start) values (${value}, 1, now())`);
    } else {
      await db.execute(sql`select ${value}::int as n, ${'Catatan kesehatan: ' + value}::text as note`);
    }
    return {};
  });
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
    // One line per request (lib/request-log.ts), written when it is answered.
    expect(mine.length).toBeGreaterThanOrEqual(1);
    expect(mine.find((l) => l.msg === 'request completed')).toMatchObject({ req: { method: 'GET', path: '/api/regions' }, res: { statusCode: 200 } });
    const all = t.logs.join('\n');
    expect(all).not.toContain(nik);
    expect(all).not.toContain('sekret-token-123');
    expect(all).not.toContain('sess-abc-987');
  });

  it('hold no password, second-factor code, session id, CSRF token or integration token through a whole sign-in', async () => {
    const code = totpCode(DEMO_TOTP_SECRET, new Date());
    const wrong = await t.app.inject({ method: 'POST', url: '/api/auth/sign-in', payload: { email: 'admin@balai.test', password: 'Salah-Tebak-Sandi-99' } });
    expect(wrong.statusCode).toBe(401);
    const ok = await t.app.inject({ method: 'POST', url: '/api/auth/sign-in', payload: { email: 'admin@balai.test', password: DEMO_PASSWORD, totp: code } });
    expect(ok.statusCode).toBe(200);
    const session = ok.cookies.find((c) => c.name === 'balai_session')!.value;
    const csrf = ok.json().csrfToken as string;
    const headers = { cookie: `balai_session=${session}`, 'x-csrf-token': csrf };
    const token = (await t.app.inject({ method: 'POST', url: '/api/api-tokens', headers, payload: { name: 'Log', scopes: ['offices:read'] } })).json()
      .token as string;
    await t.app.inject({ method: 'GET', url: '/api/offices', headers: { authorization: `Bearer ${token}` } });
    await t.app.inject({ method: 'POST', url: '/api/auth/sign-out', headers });
    const all = t.logs.join('\n');
    for (const secret of [DEMO_PASSWORD, 'Salah-Tebak-Sandi-99', session, csrf, token, DEMO_TOTP_SECRET]) expect(all).not.toContain(secret);
    // Six digits can occur inside timestamps; the code must not stand on its own.
    expect(all).not.toMatch(new RegExp(`(?<![\\d.])${code}(?![\\d])`));
  });

  it('hold no parameter, row or value of a failed query: only its code, a scrubbed message and the stack', async () => {
    const nik = '3273014506880007';
    for (const kind of ['unique', 'cast']) {
      const res = await t.app.inject({ method: 'GET', url: `/api/test-db-error?kind=${kind}&value=${nik}` });
      // A unique violation is the caller's conflict (409, plugins/errors.ts); both are logged with the error.
      expect(res.statusCode).toBe(kind === 'unique' ? 409 : 500);
      expect(res.body).not.toContain(nik);
      const line = t.logs
        .map((l) => JSON.parse(l) as { reqId?: string; err?: Record<string, unknown> })
        .find((l) => l.reqId === res.headers['x-request-id'] && l.err);
      expect(line, kind).toBeDefined();
      const err = line!.err as { message: string; stack: string; cause?: unknown };
      expect(err.message).toMatch(/^Failed query: /);
      expect(err.stack).toMatch(/\n\s+at /);
      expect(err).not.toHaveProperty('params');
      expect(err).not.toHaveProperty('query');
      expect(err.cause).toMatchObject({ code: kind === 'unique' ? '23505' : '22003', message: expect.any(String) });
      expect(err.cause).not.toHaveProperty('detail');
      expect(err.cause).not.toHaveProperty('where');
      if (kind === 'unique') expect(err.cause).toMatchObject({ constraint: expect.any(String), table: 'sign_in_throttle' });
    }
    const all = t.logs.join('\n');
    expect(all).not.toContain(nik);
    expect(all).not.toContain('Catatan kesehatan');
  });
});
