import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD, DEMO_TOTP_SECRET, seedDemo } from '../demo/seed.js';
import { totpCode } from '../modules/auth/totp.js';
import { createTestApp, type TestApp } from '../test/harness.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ captureLogs: true });
  await seedDemo(t.database);
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

  it('hold no password, second-factor code, session id, CSRF token or integration token through a whole sign-in', async () => {
    const code = totpCode(DEMO_TOTP_SECRET, new Date());
    const wrong = await t.app.inject({ method: 'POST', url: '/api/auth/sign-in', payload: { email: 'admin@balai.test', password: 'Salah-Tebak-Sandi-99' } });
    expect(wrong.statusCode).toBe(401);
    const ok = await t.app.inject({ method: 'POST', url: '/api/auth/sign-in', payload: { email: 'admin@balai.test', password: DEMO_PASSWORD, totp: code } });
    expect(ok.statusCode).toBe(200);
    const session = ok.cookies.find((c) => c.name === 'balai_session')!.value;
    const csrf = ok.json().csrfToken as string;
    const headers = { cookie: `balai_session=${session}`, 'x-csrf-token': csrf };
    const token = (await t.app.inject({ method: 'POST', url: '/api/api-tokens', headers, payload: { name: 'Log', scopes: ['offices:read'] } })).json().token as string;
    await t.app.inject({ method: 'GET', url: '/api/offices', headers: { authorization: `Bearer ${token}` } });
    await t.app.inject({ method: 'POST', url: '/api/auth/sign-out', headers });
    const all = t.logs.join('\n');
    for (const secret of [DEMO_PASSWORD, 'Salah-Tebak-Sandi-99', session, csrf, token, DEMO_TOTP_SECRET]) expect(all).not.toContain(secret);
    // Six digits can occur inside timestamps; the code must not stand on its own.
    expect(all).not.toMatch(new RegExp(`(?<![\\d.])${code}(?![\\d])`));
  });
});
