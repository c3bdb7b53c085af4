import zlib from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemo } from '../demo/seed.js';
import { createTestApp, type TestApp } from '../test/harness.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

describe('public home', () => {
  it('renders a generic home before any office exists', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/' });
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('<html lang="id">');
    expect(res.body).toContain('Balai membantu kantor pelindungan pekerja migran');
  });

  it('renders the office in Indonesian, as HTML that needs no script', async () => {
    await seedDemo(t.database);
    const res = await t.app.inject({ method: 'GET', url: '/' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(res.body).toMatch(/^<!doctype html><html lang="id">/);
    expect(res.body).toContain('<h1>BP3MI Sumatera Selatan</h1>');
    expect(res.body).toContain('dari Sumatera Selatan');
    expect(res.body).toContain('0-800-1000');
    expect(res.body).not.toContain('<script');
    expect(res.headers['content-security-policy']).toContain("script-src 'self'");
  });

  it('switches to English with ?lang=en and remembers it in a cookie', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/?lang=en' });
    expect(res.body).toContain('<html lang="en">');
    expect(res.body).toContain('is a technical unit of the Indonesian Ministry');
    const cookie = res.cookies.find((c) => c.name === 'balai_lang');
    expect(cookie).toMatchObject({ value: 'en', path: '/' });
    const next = await t.app.inject({ method: 'GET', url: '/', cookies: { balai_lang: 'en' } });
    expect(next.body).toContain('<html lang="en">');
  });

  it('escapes what it renders and serves its stylesheet', async () => {
    const css = await t.app.inject({ method: 'GET', url: '/assets/public.css' });
    expect(css.statusCode).toBe(200);
    expect(css.headers['content-type']).toMatch(/text\/css/);
    expect(css.headers['content-encoding']).toBeUndefined();
    const br = await t.app.inject({ method: 'GET', url: '/assets/public.css', headers: { 'accept-encoding': 'gzip, deflate, br' } });
    expect(br.headers).toMatchObject({ 'content-encoding': 'br', vary: 'accept-encoding' });
    expect(zlib.brotliDecompressSync(br.rawPayload).toString()).toBe(css.body);
    expect((await t.app.inject({ method: 'GET', url: '/assets/nope.css' })).statusCode).toBe(404);
  });
});

describe('unknown pages', () => {
  it('answer a readable 404 page to people and the error body to programs', async () => {
    const page = await t.app.inject({ method: 'GET', url: '/berita-lama' });
    expect(page.statusCode).toBe(404);
    expect(page.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(page.body).toContain('<h1>Halaman tidak ditemukan</h1>');
    const api = await t.app.inject({ method: 'GET', url: '/api/berita-lama' });
    expect(api.statusCode).toBe(404);
    expect(api.json()).toMatchObject({ code: 'route_not_found' });
  });
});
