import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { offices } from '../db/schema/index.js';
import { createTestApp, type TestApp } from '../test/harness.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ env: { BODY_LIMIT: '2048' } });
  // Routes that exist only in this test, to drive the real error handler through every path.
  t.app.post(
    '/api/test-echo',
    {
      config: { access: 'public' },
      schema: {
        body: z.object({
          name: z.string().min(3).max(10),
          age: z.number().int().min(18),
          email: z.email(),
          kind: z.enum(['cpmi', 'pmi']),
        }),
      },
    },
    async (request) => request.body,
  );
  // Two rows with the same office code: the real unique index of the real database refuses the second.
  t.app.post('/api/test-duplicate', { config: { access: 'public' } }, async () => {
    const row = { code: 'DUP-TEST', name: 'Kantor uji', kind: 'p4mi' as const };
    await t.app.database.db.insert(offices).values(row);
    await t.app.database.db.insert(offices).values(row);
    return { ok: true };
  });
  t.app.get('/api/test-boom', { config: { access: 'public' } }, async () => {
    throw new Error('secret internal detail: connection string postgres://user:pw@host');
  });
});
afterAll(() => t.close());

const shape = {
  statusCode: expect.any(Number),
  code: expect.any(String),
  message: expect.any(String),
  requestId: expect.stringMatching(/^[0-9a-f-]{36}$/),
};

describe('error handling', () => {
  it('answers 409 duplicate, not 500, when a unique index refuses a write that raced a check', async () => {
    const res = await t.app.inject({ method: 'POST', url: '/api/test-duplicate' });
    expect(res.statusCode).toBe(409);
    expect(res.json()).toMatchObject({ ...shape, code: 'duplicate' });
    expect(res.json().message).toMatch(/^Data yang sama/);
    expect(res.body).not.toContain('DUP-TEST');
  });

  it('answers 404 for an unknown route with the stable body, in Indonesian by default', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/nothing-here' });
    expect(res.statusCode).toBe(404);
    expect(res.json()).toEqual({ ...shape, statusCode: 404, code: 'route_not_found', message: 'Alamat GET /api/nothing-here tidak ada.' });
    expect(res.json().requestId).toBe(res.headers['x-request-id']);
  });

  it('names each invalid field in Indonesian', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/test-echo',
      payload: { name: 'ab', age: 16, email: 'bukan-email', kind: 'x' },
    });
    expect(res.statusCode).toBe(400);
    expect(res.json()).toEqual({
      ...shape,
      statusCode: 400,
      code: 'validation_failed',
      message: 'Data yang dikirim belum benar. Periksa kolom yang ditandai.',
      fields: {
        name: 'Minimal 3 karakter.',
        age: 'Minimal 18.',
        email: 'Alamat email tidak valid.',
        kind: 'Pilih salah satu: cpmi, pmi.',
      },
    });
  });

  it('says a missing field is required, and answers in English when asked', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/test-echo',
      headers: { 'accept-language': 'en-GB,en;q=0.9' },
      payload: { age: 'twenty', email: 'a@b.id', kind: 'pmi' },
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().message).toBe('Some of the data sent is not right. Check the marked fields.');
    expect(res.json().fields).toEqual({ name: 'Required.', age: 'Must be a number.' });
  });

  it('prefers ?lang= over the cookie, and the cookie over Accept-Language', async () => {
    const byQuery = await t.app.inject({ method: 'GET', url: '/api/nope?lang=en', cookies: { balai_lang: 'id' } });
    expect(byQuery.json().message).toBe('There is no GET /api/nope.');
    const byCookie = await t.app.inject({
      method: 'GET',
      url: '/api/nope',
      cookies: { balai_lang: 'en' },
      headers: { 'accept-language': 'id' },
    });
    expect(byCookie.json().message).toBe('There is no GET /api/nope.');
  });

  it('answers 413 for a body over the limit', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/test-echo',
      headers: { 'content-type': 'application/json' },
      payload: JSON.stringify({ name: 'x'.repeat(5000) }),
    });
    expect(res.statusCode).toBe(413);
    expect(res.json()).toEqual({ ...shape, statusCode: 413, code: 'payload_too_large', message: 'Data yang dikirim terlalu besar (maksimal 2 KB).' });
  });

  it('answers 415 for a content type other than JSON', async () => {
    for (const type of ['text/plain', 'application/xml', 'application/x-www-form-urlencoded']) {
      const res = await t.app.inject({ method: 'POST', url: '/api/test-echo', headers: { 'content-type': type }, payload: 'name=abc' });
      expect(res.statusCode).toBe(415);
      expect(res.json()).toMatchObject({ statusCode: 415, code: 'unsupported_media_type' });
    }
  });

  it('answers 400 for malformed JSON', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/test-echo',
      headers: { 'content-type': 'application/json' },
      payload: '{"name": ',
    });
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({ statusCode: 400, code: 'invalid_json', message: 'Isi permintaan bukan JSON yang valid.' });
  });

  it('hides internal errors behind a 500 that names only the request id', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/test-boom' });
    expect(res.statusCode).toBe(500);
    const body = res.json();
    expect(body).toEqual({ ...shape, statusCode: 500, code: 'internal_error', message: expect.stringContaining(body.requestId) });
    expect(res.body).not.toMatch(/secret|postgres:|stack|Error:/);
  });

  it('accepts a valid body', async () => {
    const payload = { name: 'Siti', age: 24, email: 'siti@contoh.id', kind: 'cpmi' };
    const res = await t.app.inject({ method: 'POST', url: '/api/test-echo', payload });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual(payload);
  });
});
