import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD, DEMO_TOTP_SECRET, seedDemo } from '../../demo/seed.js';
import { manualClock } from '../../lib/clock.js';
import { seedOtherOffice } from '../../test/fixtures.js';
import { createTestApp, signIn, type Session, type TestApp } from '../../test/harness.js';
import { totpCode } from '../auth/totp.js';

const clock = manualClock();
let t: TestApp;
let admin: Session;
let otherOfficeId: string;
beforeAll(async () => {
  t = await createTestApp({ clock });
  await seedDemo(t.database);
  otherOfficeId = (await seedOtherOffice(t.database)).officeId;
  admin = await signIn(t.app, 'admin@balai.test', DEMO_PASSWORD, totpCode(DEMO_TOTP_SECRET, clock.now()));
});
afterAll(() => t.close());

const bearer = (token: string, url: string) => t.app.inject({ method: 'GET', url, headers: { authorization: `Bearer ${token}` } });

describe('integration tokens', () => {
  it('are shown once, stored hashed, and work within their scopes and office', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/api-tokens',
      headers: admin.headers,
      payload: { name: 'Dasbor Disnaker', scopes: ['offices:read'] },
    });
    expect(res.statusCode).toBe(201);
    const { token, apiToken } = res.json();
    expect(token).toMatch(/^balai_/);
    expect(apiToken).toMatchObject({ name: 'Dasbor Disnaker', scopes: ['offices:read'], revoked: false, lastUsedAt: null, prefix: token.slice(0, 12) });
    const stored = await t.database.query<{ token_hash: string }>('select token_hash from api_tokens where id = $1', [apiToken.id]);
    expect(stored[0]!.token_hash).not.toContain(token);
    expect(JSON.stringify((await t.app.inject({ method: 'GET', url: '/api/api-tokens', headers: admin.headers })).json())).not.toContain(token);

    const offices = await bearer(token, '/api/offices');
    expect(offices.statusCode).toBe(200);
    expect(offices.json().items.map((o: { code: string }) => o.code)).toEqual(['BP3MI-SUMSEL']);
    expect((await bearer(token, `/api/offices/${otherOfficeId}`)).statusCode).toBe(404);
    expect((await bearer(token, '/api/users')).statusCode).toBe(403);
    expect((await bearer(token, '/api/reports/overview')).statusCode).toBe(403);
    const me = (await bearer(token, '/api/auth/me')).json();
    expect(me).toMatchObject({ kind: 'token', scopes: ['offices:read'] });
    const listed = (await t.app.inject({ method: 'GET', url: '/api/api-tokens', headers: admin.headers })).json().items[0];
    expect(listed.lastUsedAt).toBe(clock.now().toISOString());
  });

  it('stop working once revoked or expired', async () => {
    const create = async (payload: object) => (await t.app.inject({ method: 'POST', url: '/api/api-tokens', headers: admin.headers, payload })).json();
    const a = await create({ name: 'Dicabut', scopes: ['offices:read'] });
    expect((await bearer(a.token, '/api/offices')).statusCode).toBe(200);
    const revoke = await t.app.inject({ method: 'DELETE', url: `/api/api-tokens/${a.apiToken.id}`, headers: admin.headers });
    expect(revoke.json()).toMatchObject({ revoked: true, version: 2 });
    expect((await bearer(a.token, '/api/offices')).statusCode).toBe(401);

    const b = await create({ name: 'Kedaluwarsa', scopes: ['offices:read'], expiresAt: new Date(clock.now().getTime() + 3_600_000).toISOString() });
    expect((await bearer(b.token, '/api/offices')).statusCode).toBe(200);
    clock.advance(3_600_001);
    expect((await bearer(b.token, '/api/offices')).statusCode).toBe(401);
    expect((await bearer('balai_tebakan', '/api/offices')).statusCode).toBe(401);
  });

  it('validate scopes and dates, and answer 404 for unknown ids', async () => {
    clock.advance(30_000); // the previous test idled the session out; sign in again with a fresh code
    admin = await signIn(t.app, 'admin@balai.test', DEMO_PASSWORD, totpCode(DEMO_TOTP_SECRET, clock.now()));
    const bad = await t.app.inject({
      method: 'POST',
      url: '/api/api-tokens',
      headers: admin.headers,
      payload: { name: 'X', scopes: ['persons:delete'], expiresAt: '2020-01-01T00:00:00Z' },
    });
    expect(bad.statusCode).toBe(400);
    expect(Object.keys(bad.json().fields).sort()).toEqual(['name', 'scopes.0']);
    const past = await t.app.inject({
      method: 'POST',
      url: '/api/api-tokens',
      headers: admin.headers,
      payload: { name: 'Lama', scopes: ['offices:read'], expiresAt: '2020-01-01T00:00:00Z' },
    });
    expect(past.json().fields).toEqual({ expiresAt: 'Tanggal kedaluwarsa harus di masa depan.' });
    expect((await t.app.inject({ method: 'DELETE', url: '/api/api-tokens/00000000-0000-4000-8000-000000000000', headers: admin.headers })).statusCode).toBe(
      404,
    );
  });

  it('cannot issue tokens themselves, even with the api-tokens:create scope', async () => {
    const issued = await t.app.inject({
      method: 'POST',
      url: '/api/api-tokens',
      headers: admin.headers,
      payload: { name: 'Penerbit', scopes: ['api-tokens:create', 'api-tokens:read'] },
    });
    expect(issued.statusCode).toBe(201);
    const before = (await t.database.query<{ n: number }>('select count(*)::int as n from api_tokens'))[0]!.n;
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/api-tokens',
      headers: { authorization: `Bearer ${issued.json().token}` },
      payload: { name: 'Turunan', scopes: ['offices:read'] },
    });
    expect(res.statusCode).toBe(403);
    expect(res.json()).toMatchObject({ code: 'token_cannot_issue', message: expect.stringMatching(/^Token integrasi tidak dapat menerbitkan token/) });
    expect((await t.database.query<{ n: number }>('select count(*)::int as n from api_tokens'))[0]!.n).toBe(before);
    const [audit] = await t.database.query<{ outcome: string; actor_token_id: string }>(
      `select outcome, actor_token_id from audit_events where action = 'api_token.create' order by id desc limit 1`,
    );
    expect(audit).toEqual({ outcome: 'denied', actor_token_id: issued.json().apiToken.id });
  });
});
