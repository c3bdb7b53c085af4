import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD, seedDemo } from '../../demo/seed.js';
import { createTestApp, signIn, type Session, type TestApp } from '../../test/harness.js';

let t: TestApp;
let staff: Session;
let other: Session;

beforeAll(async () => {
  t = await createTestApp();
  await seedDemo(t.database);
  staff = await signIn(t.app, 'penempatan@balai.test', DEMO_PASSWORD);
  other = await signIn(t.app, 'pelindungan@balai.test', DEMO_PASSWORD);
});
afterAll(() => t.close());

describe('saved views', () => {
  it('keeps a person’s own named filters, replaces one saved under the same name, and deletes it', async () => {
    expect((await t.app.inject({ method: 'GET', url: '/api/saved-views?list=persons' })).statusCode).toBe(401);
    const payload = { list: 'persons', name: 'CPMI Jepang', filters: { status: 'cpmi', country: 'JP' } };
    const created = await t.app.inject({ method: 'POST', url: '/api/saved-views', headers: staff.headers, payload });
    expect(created.statusCode).toBe(201);
    const again = await t.app.inject({
      method: 'POST',
      url: '/api/saved-views',
      headers: staff.headers,
      payload: { ...payload, filters: { status: 'cpmi', country: 'JP', regency: '16.74' } },
    });
    expect(again.json()).toMatchObject({ id: created.json().id, version: 2, filters: { regency: '16.74' } });
    const mine = (await t.app.inject({ method: 'GET', url: '/api/saved-views?list=persons', headers: staff.headers })).json();
    expect(mine.items.map((v: { name: string }) => v.name)).toEqual(['CPMI Jepang']);
    expect((await t.app.inject({ method: 'GET', url: '/api/saved-views?list=persons', headers: other.headers })).json().items).toEqual([]);
    expect((await t.app.inject({ method: 'DELETE', url: `/api/saved-views/${created.json().id}`, headers: other.headers })).statusCode).toBe(404);
    expect((await t.app.inject({ method: 'DELETE', url: `/api/saved-views/${created.json().id}`, headers: staff.headers })).statusCode).toBe(204);
  });

  it('refuses a view that holds an identifier or an unknown list', async () => {
    const nik = await t.app.inject({
      method: 'POST',
      url: '/api/saved-views',
      headers: staff.headers,
      payload: { list: 'persons', name: 'Satu orang', filters: { q: '1674 0147 0398 0003' } },
    });
    expect(nik.statusCode).toBe(400);
    expect(nik.json().fields.filters).toMatch(/NIK/);
    const list = await t.app.inject({ method: 'POST', url: '/api/saved-views', headers: staff.headers, payload: { list: 'rahasia', name: 'X', filters: {} } });
    expect(list.statusCode).toBe(400);
  });
});
