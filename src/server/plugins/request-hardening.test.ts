import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeNik } from '../../domain/nik.js';
import { DEMO_PASSWORD, seedDemo } from '../demo/seed.js';
import { createTestApp, signIn, type Session, type TestApp } from '../test/harness.js';

let t: TestApp;
let staff: Session;
beforeAll(async () => {
  t = await createTestApp();
  await seedDemo(t.database);
  staff = await signIn(t.app, 'penempatan@balai.test', DEMO_PASSWORD);
});
afterAll(() => t.close());

const controlId = 'Berisi karakter kendali yang tidak diizinkan (misalnya NUL). Hapus lalu ketik ulang.';
const controlEn = 'Contains a control character that is not allowed (such as NUL). Remove it and type again.';

const person = (over: Record<string, unknown> = {}) => ({
  nik: makeNik({ districtCode: '16.74.01', birthDate: '1995-06-15', sex: 'male', serial: 41 }),
  fullName: 'Budi Santoso',
  sex: 'male',
  birthDate: '1995-06-15',
  ...over,
});

describe('a percent-encoded path', () => {
  it('is decided on the routed path: /%61pi/persons needs a session like /api/persons', async () => {
    const encoded = await t.app.inject({ method: 'GET', url: '/%61pi/persons' });
    expect(encoded.statusCode).toBe(401);
    expect(encoded.json()).toMatchObject({ code: 'unauthenticated' });
    expect((await t.app.inject({ method: 'GET', url: '/%61pi/persons', headers: staff.headers })).statusCode).toBe(200);
    expect((await t.app.inject({ method: 'GET', url: '/api/%70ersons' })).statusCode).toBe(401);
    // An unknown API path answers the API's error body, not the public 404 page.
    const missing = await t.app.inject({ method: 'GET', url: '/%61pi/nothing-here' });
    expect(missing.statusCode).toBe(404);
    expect(missing.json()).toMatchObject({ code: 'route_not_found' });
  });

  it('is rate-limited like /api/…', async () => {
    const limited = await createTestApp({ database: t.database, env: { RATE_LIMIT_PER_MINUTE: '2' } });
    try {
      const get = (url: string) => limited.app.inject({ method: 'GET', url, remoteAddress: '10.44.0.1' });
      expect((await get('/%61pi/regions?level=province&pageSize=1')).statusCode).toBe(200);
      expect((await get('/api/regions?level=province&pageSize=1')).statusCode).toBe(200);
      expect((await get('/%61pi/regions?level=province&pageSize=1')).statusCode).toBe(429);
      expect((await get('/%61pi/persons')).statusCode).toBe(429);
    } finally {
      await limited.close();
    }
  });
});

describe('control characters', () => {
  it('are refused on sign-in with 400 and the field named, in Indonesian and English', async () => {
    const res = await t.app.inject({ method: 'POST', url: '/api/auth/sign-in', payload: { email: 'admin@balai.test\u0000', password: 'apa-saja-panjang' } });
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({ code: 'validation_failed', fields: { email: controlId } });
    const en = await t.app.inject({ method: 'POST', url: '/api/auth/sign-in?lang=en', payload: { email: 'admin@balai.test', password: 'a\u0000b' } });
    expect(en.statusCode).toBe(400);
    expect(en.json().fields).toEqual({ password: controlEn });
  });

  it('are refused in a query string, anonymously', async () => {
    for (const q of ['%00', 'palem%00bang', 'a%1Bb']) {
      const res = await t.app.inject({ method: 'GET', url: `/api/regions?q=${q}` });
      expect(res.statusCode, q).toBe(400);
      expect(res.json()).toMatchObject({ code: 'validation_failed', fields: { 'querystring.q': controlId } });
    }
    // Tabs and line breaks are text.
    expect((await t.app.inject({ method: 'GET', url: '/api/regions?q=palem%09bang' })).statusCode).toBe(200);
  });

  it('are refused anywhere in a person, and nothing is written', async () => {
    const res = await t.app.inject({ method: 'POST', url: '/api/persons', headers: staff.headers, payload: person({ fullName: 'Budi\u0000Santoso' }) });
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({ code: 'validation_failed', fields: { fullName: controlId } });
    const nested = await t.app.inject({ method: 'POST', url: '/api/persons', headers: staff.headers, payload: person({ addressLine: 'Jl. Mawar\u0007 1' }) });
    expect(nested.json().fields).toEqual({ addressLine: controlId });
    const [{ n }] = (await t.database.query<{ n: number }>('select count(*)::int as n from persons')) as [{ n: number }];
    expect(n).toBe(0);
  });
});

describe('versions', () => {
  it('beyond a PostgreSQL integer are a field error, not a database error', async () => {
    const created = await t.app.inject({ method: 'POST', url: '/api/persons', headers: staff.headers, payload: person() });
    expect(created.statusCode).toBe(201);
    const id = created.json().person.id as string;
    for (const version of [2 ** 31, 2 ** 53, 0]) {
      const res = await t.app.inject({ method: 'PATCH', url: `/api/persons/${id}`, headers: staff.headers, payload: { version, fullName: 'Budi S.' } });
      expect(res.statusCode, String(version)).toBe(400);
      expect(res.json().fields).toHaveProperty('version');
    }
    const status = await t.app.inject({
      method: 'POST',
      url: `/api/persons/${id}/status`,
      headers: staff.headers,
      payload: { version: 2 ** 31, status: 'pmi', effectiveOn: '2025-01-01' },
    });
    expect(status.statusCode).toBe(400);
    expect(status.json().fields).toEqual({ version: 'Maksimal 2147483647.' });
    const stale = await t.app.inject({
      method: 'PATCH',
      url: `/api/persons/${id}`,
      headers: staff.headers,
      payload: { version: 2 ** 31 - 1, fullName: 'Budi S.' },
    });
    expect(stale.statusCode).toBe(409);
  });
});

describe('response headers', () => {
  it('forbid caching every API answer, errors included, but not the API description or public pages', async () => {
    for (const [url, headers] of [
      ['/api/persons', staff.headers],
      ['/api/auth/me', staff.headers],
      ['/api/persons', {}],
      ['/api/nothing-here', {}],
      ['/%61pi/persons', staff.headers],
    ] as const) {
      const res = await t.app.inject({ method: 'GET', url, headers });
      expect(res.headers['cache-control'], url).toBe('no-store');
    }
    const openapi = await t.app.inject({ method: 'GET', url: '/api/openapi.json' });
    expect(openapi.statusCode).toBe(200);
    expect(openapi.headers['cache-control']).toBeUndefined();
    expect((await t.app.inject({ method: 'GET', url: '/' })).headers['cache-control']).not.toBe('no-store');
  });

  it('send HSTS only over HTTPS, which behind a proxy is known only with TRUST_PROXY', async () => {
    const https = { 'x-forwarded-proto': 'https' };
    expect((await t.app.inject({ method: 'GET', url: '/api/health', headers: https })).headers['strict-transport-security']).toBeUndefined();
    expect((await t.app.inject({ method: 'GET', url: '/api/health' })).headers['strict-transport-security']).toBeUndefined();
    const proxied = await createTestApp({ database: t.database, env: { TRUST_PROXY: 'true' } });
    try {
      const secure = await proxied.app.inject({ method: 'GET', url: '/api/health', headers: https });
      expect(secure.headers['strict-transport-security']).toBe('max-age=31536000; includeSubDomains');
      expect((await proxied.app.inject({ method: 'GET', url: '/', headers: https })).headers['strict-transport-security']).toBe(
        'max-age=31536000; includeSubDomains',
      );
      const plain = await proxied.app.inject({ method: 'GET', url: '/api/health', headers: { 'x-forwarded-proto': 'http' } });
      expect(plain.headers['strict-transport-security']).toBeUndefined();
    } finally {
      await proxied.close();
    }
  });
});
