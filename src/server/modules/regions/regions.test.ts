import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test/harness.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const get = (url: string) => t.app.inject({ method: 'GET', url });

describe('regions', () => {
  it('finds Kota Prabumulih 16.74 first when searching "prabu"', async () => {
    const res = await get('/api/regions?q=prabu');
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.items[0]).toEqual({
      code: '16.74',
      name: 'Kota Prabumulih',
      level: 'regency',
      parentCode: '16',
      path: ['Sumatera Selatan'],
    });
    expect(body.total).toBeGreaterThan(5);
    expect(body).toMatchObject({ page: 1, pageSize: 25 });
  });

  it('searches case-insensitively and treats % and _ as plain characters', async () => {
    const upper = (await get('/api/regions?q=BANYUASIN&level=regency')).json();
    // Kabupaten Banyuasin first (shorter, closer name), then Kabupaten Musi Banyuasin.
    expect(upper.items.map((r: { code: string }) => r.code)).toEqual(['16.07', '16.06']);
    const wildcard = (await get('/api/regions?q=%25')).json();
    expect(wildcard.total).toBe(0);
  });

  it('finds a region by its code, with or without dots, the region itself first and then what lies under it', async () => {
    for (const q of ['16.74', '1674', ' 16.74 ']) {
      const body = (await get(`/api/regions?q=${encodeURIComponent(q)}`)).json();
      expect(body.items[0], q).toMatchObject({ code: '16.74', name: 'Kota Prabumulih' });
      expect(
        body.items.every((r: { code: string }) => r.code.startsWith('16.74')),
        q,
      ).toBe(true);
      // Kota Prabumulih, its 6 kecamatan and their 37 desa/kelurahan.
      expect(body.total, q).toBeGreaterThan(30);
    }
    const district = (await get('/api/regions?q=16.74.01')).json();
    expect(district.items[0]).toMatchObject({ code: '16.74.01', name: 'Prabumulih Barat', level: 'district' });
    expect((await get('/api/regions?q=167401')).json().items[0].code).toBe('16.74.01');
    const villages = (await get('/api/regions?q=16.74.01&level=village')).json();
    expect(villages.items.length).toBeGreaterThan(0);
    expect(villages.items.every((r: { code: string; level: string }) => r.code.startsWith('16.74.01.') && r.level === 'village')).toBe(true);
    expect((await get('/api/regions?q=16')).json().items[0]).toMatchObject({ code: '16', name: 'Sumatera Selatan' });
    expect((await get('/api/regions?q=99.99')).json().total).toBe(0);
  });

  it('holds all provinces and regencies from Kemendagri, Sumatera Selatan with its 17', async () => {
    expect((await get('/api/regions?level=province&pageSize=1')).json().total).toBe(38);
    expect((await get('/api/regions?level=regency&pageSize=1')).json().total).toBe(514);
    const sumsel = (await get('/api/regions?parentCode=16&pageSize=50')).json();
    expect(sumsel.total).toBe(17);
    expect(sumsel.items.map((r: { code: string }) => r.code)).toContain('16.71'); // Palembang, Kemendagri code
  });

  it('gives a village with its full path', async () => {
    const district = (await get('/api/regions?parentCode=16.74.01&pageSize=1')).json().items[0];
    const res = await get(`/api/regions/${district.code}`);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ level: 'village', path: ['Prabumulih Barat', 'Kota Prabumulih', 'Sumatera Selatan'] });
  });

  it('pages and sorts', async () => {
    const p1 = (await get('/api/regions?level=province&pageSize=10&sort=-code')).json();
    const p2 = (await get('/api/regions?level=province&pageSize=10&page=2&sort=-code')).json();
    expect(p1.items).toHaveLength(10);
    expect(p1.items[0].code > p1.items[9].code).toBe(true);
    expect(p1.items[9].code > p2.items[0].code).toBe(true);
  });

  it('answers 404 for an unknown code and 400 for a malformed one', async () => {
    expect((await get('/api/regions/99.99')).statusCode).toBe(404);
    const bad = await get('/api/regions/16-74');
    expect(bad.statusCode).toBe(400);
    expect(bad.json().fields['params.code']).toMatch(/Kode wilayah tidak valid/);
    const badSort = await get('/api/regions?sort=population');
    expect(badSort.statusCode).toBe(400);
  });
});
