import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD, seedDemo } from '../../demo/seed.js';
import { createTestApp, signIn, type Session, type TestApp } from '../../test/harness.js';

let t: TestApp;
let staff: Session;
beforeAll(async () => {
  t = await createTestApp();
  expect(await seedDemo(t.database)).toBe(true);
  staff = await signIn(t.app, 'penempatan@balai.test', DEMO_PASSWORD);
});
afterAll(() => t.close());

const get = (url: string) => t.app.inject({ method: 'GET', url, headers: staff.headers });

describe('offices and divisions', () => {
  it('lists the demo office with its three divisions', async () => {
    const res = await get('/api/offices');
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body).toMatchObject({ total: 1, page: 1, pageSize: 25 });
    expect(body.items[0]).toMatchObject({
      code: 'BP3MI-SUMSEL',
      name: 'BP3MI Sumatera Selatan',
      kind: 'bp3mi',
      provinceCode: '16',
      city: 'Palembang',
      timeZone: 'Asia/Jakarta',
      version: 1,
      divisionCount: 3,
    });
  });

  it('seeds only once', async () => {
    expect(await seedDemo(t.database)).toBe(false);
    expect((await get('/api/offices')).json().total).toBe(1);
    const [users] = await t.database.query<{ n: number }>('select count(*)::int n from users');
    expect(users!.n).toBe(7);
  });

  it('are not shown to anonymous callers', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/offices' });
    expect(res.statusCode).toBe(401);
    expect(res.json()).toMatchObject({ code: 'unauthenticated', message: 'Silakan masuk terlebih dahulu.' });
  });

  it('searches by name and code', async () => {
    expect((await get('/api/offices?q=sumatera')).json().total).toBe(1);
    expect((await get('/api/offices?q=sumsel')).json().total).toBe(1);
    expect((await get('/api/offices?q=jawa')).json().total).toBe(0);
  });

  it('gives one office and its divisions', async () => {
    const office = (await get('/api/offices')).json().items[0];
    expect((await get(`/api/offices/${office.id}`)).json()).toEqual(office);
    const divisions = (await get(`/api/offices/${office.id}/divisions`)).json();
    expect(divisions.total).toBe(3);
    expect(divisions.items.map((d: { name: string }) => d.name)).toEqual(['Pelayanan Penempatan', 'Pelindungan dan Pemberdayaan', 'Tata Usaha']);
  });

  it('answers 404 for an unknown office and 400 for a malformed id', async () => {
    const missing = '00000000-0000-4000-8000-000000000000';
    expect((await get(`/api/offices/${missing}`)).statusCode).toBe(404);
    expect((await get(`/api/offices/${missing}/divisions`)).statusCode).toBe(404);
    const bad = await get('/api/offices/123');
    expect(bad.statusCode).toBe(400);
    expect(bad.json().fields).toEqual({ 'params.id': 'Kode rujukan tidak valid.' });
  });
});
