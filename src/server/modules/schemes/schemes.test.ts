import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD, DEMO_TOTP_SECRET } from '../../demo/seed.js';
import { manualClock } from '../../lib/clock.js';
import { signIn, type TestApp } from '../../test/harness.js';
import { registryTestContext, type Headers } from '../../test/registry.js';
import { totpCode } from '../auth/totp.js';
import { seedSchemes } from './schemes.seed.js';

const clock = manualClock(); // 2026-11-29 in WIB
let t: TestApp;
let call: Awaited<ReturnType<typeof registryTestContext>>['call'];
let staff: Headers;
let humas: Headers;
let admin: Headers;
beforeAll(async () => {
  ({ t, call, staff, humas } = await registryTestContext(clock));
  clock.advance(30_000);
  admin = (await signIn(t.app, 'admin@balai.test', DEMO_PASSWORD, totpCode(DEMO_TOTP_SECRET, clock.now()))).headers;
});
afterAll(() => t.close());

const put = (who: Headers | undefined, code: string, payload: object) =>
  t.app.inject({ method: 'PUT', url: `/api/schemes/${code}/rules`, headers: who ?? {}, payload });

describe('who may call the scheme routes', () => {
  it('answers 401 without a session; reads for every placement reader, changes for administrators only', async () => {
    const routes: [string, string, object?][] = [
      ['GET', '/api/schemes'],
      ['GET', '/api/schemes/g_to_g'],
      ['GET', '/api/schemes/g_to_g/rules/1'],
      ['PUT', '/api/schemes/g_to_g/rules', { version: 1, rules: [], note: 'x' }],
      ['PATCH', '/api/schemes/g_to_g', { version: 1, active: false }],
    ];
    for (const [method, url, payload] of routes) {
      const inject = (headers: Headers) => t.app.inject({ method: method as 'GET', url, headers, ...(payload ? { payload } : {}) });
      expect((await inject({})).statusCode, `${method} ${url}`).toBe(401);
      const expected = method === 'GET' ? 200 : 403;
      expect((await inject(humas)).statusCode, `humas ${method} ${url}`).toBe(expected);
      expect((await inject(staff)).statusCode, `staff ${method} ${url}`).toBe(expected);
    }
  });

  it('answers 404 for an unknown scheme or rule version and 400 for a malformed code', async () => {
    expect((await call(staff, 'GET', '/api/schemes/tidak_ada')).statusCode).toBe(404);
    expect((await call(staff, 'GET', '/api/schemes/g_to_g/rules/99')).statusCode).toBe(404);
    expect((await call(staff, 'GET', '/api/schemes/G-TO-G!')).statusCode).toBe(400);
    expect((await call(admin, 'PATCH', '/api/schemes/tidak_ada', { version: 1, active: false })).statusCode).toBe(404);
    expect((await put(admin, 'tidak_ada', { version: 1, rules: [], note: 'x' })).statusCode).toBe(404);
  });
});

describe('schemes', () => {
  it('seeds the catalogue: schemes and programmes with their version-1 rules', async () => {
    const res = await call(staff, 'GET', '/api/schemes?pageSize=100');
    expect(res.statusCode).toBe(200);
    const codes = res.json().items.map((s: { code: string }) => s.code);
    expect(codes).toEqual(expect.arrayContaining(['g_to_g', 'g_to_p', 'p_to_p', 'ssw_japan', 'mandiri', 'ukps', 'g_to_g_japan_nurse']));
    const nurse = res.json().items.find((s: { code: string }) => s.code === 'g_to_g_japan_nurse');
    expect(nurse).toMatchObject({ parentCode: 'g_to_g', ruleVersion: 1, version: 1, active: true, countryCodes: ['JP'], abilities: { update: false } });
    expect(nurse.name).toBe('G to G Jepang: perawat (IJEPA)');
    expect(nurse.nameEn).toBe('G to G Japan: nurses (IJEPA)');
  });

  it('lists with q and active, in the caller’s language, with the abilities of the caller', async () => {
    const res = await call(admin, 'GET', '/api/schemes?q=jepang&lang=en');
    expect(res.json().items.map((s: { code: string }) => s.code)).toContain('g_to_g_japan_nurse');
    expect(res.json().items[0]).toMatchObject({ name: expect.stringMatching(/Japan/), abilities: { update: true } });
    expect((await call(staff, 'GET', '/api/schemes?active=false')).json()).toMatchObject({ items: [], total: 0, page: 1 });
    expect((await call(staff, 'GET', '/api/schemes?active=maybe')).statusCode).toBe(400);
    expect((await call(staff, 'GET', `/api/schemes?q=${'x'.repeat(101)}`)).statusCode).toBe(400);
    const paged = (await call(staff, 'GET', '/api/schemes?pageSize=2&page=2')).json();
    expect(paged).toMatchObject({ page: 2, pageSize: 2 });
    expect(paged.items).toHaveLength(2);
    expect(paged.total).toBeGreaterThanOrEqual(7);
  });

  it('shows each rule as a sentence in the caller’s language, the countries and the versions', async () => {
    const id = (await call(staff, 'GET', '/api/schemes/ssw_japan')).json();
    const texts = id.rules.map((r: { text: string }) => r.text);
    expect(texts).toContain('Usia minimal 18 tahun');
    expect(texts).toContain('JFT-Basic A2 atau JLPT N4');
    expect(texts).toContain('Dokumen: Surat keterangan status perkawinan, Surat izin suami/istri, orang tua, atau wali, Paspor');
    expect(id.rules[0].rule).toEqual({ id: 'age_min', kind: 'age_min', years: 18 });
    expect(id.countries).toEqual([{ code: 'JP', name: 'Jepang' }]);
    expect(id.ruleVersions).toEqual([expect.objectContaining({ ruleVersion: 1, createdBy: null })]);
    const en = (await call(staff, 'GET', '/api/schemes/ssw_japan?lang=en')).json();
    expect(en.rules.map((r: { text: string }) => r.text)).toEqual(expect.arrayContaining(['At least 18 years old', 'JFT-Basic A2 or JLPT N4']));
    expect(en.countries).toEqual([{ code: 'JP', name: 'Japan' }]);
  });

  it('refuses invalid rules with a message per field in Indonesian', async () => {
    const scheme = (await call(admin, 'GET', '/api/schemes/g_to_p')).json();
    const bad = await put(admin, 'g_to_p', { version: scheme.version, note: 'Uji', rules: [{ id: 'age_min', kind: 'age_min', years: -1 }] });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().fields['rules.0.years']).toBe('Minimal 0.');
    const dup = await put(admin, 'g_to_p', {
      version: scheme.version,
      note: 'Uji',
      rules: [
        { id: 'usia', kind: 'age_min', years: 18 },
        { id: 'usia', kind: 'age_max', years: 40 },
        { id: 'dok', kind: 'documents', typeCodes: ['paspor_palsu'] },
        { id: 'ssw', kind: 'skills_test', sswFieldCode: 'space_travel' },
      ],
    });
    expect(dup.statusCode).toBe(400);
    expect(dup.json().fields).toEqual({
      'rules.1.id': 'Kode syarat "usia" dipakai lebih dari sekali dalam skema ini.',
      'rules.2.typeCodes': 'Jenis dokumen tidak dikenal: paspor_palsu.',
      'rules.3.sswFieldCode': 'Bidang SSW tidak dikenal: space_travel.',
    });
    expect((await put(admin, 'g_to_p', { version: scheme.version, rules: [] })).json().fields.note).toBe('Wajib diisi.');
    expect((await put(admin, 'g_to_p', { version: scheme.version, note: 'Uji', rules: [{ id: 'x', kind: 'height' }] })).statusCode).toBe(400);
    expect((await call(admin, 'GET', '/api/schemes/g_to_p')).json()).toMatchObject({ version: scheme.version, ruleVersion: 1 });
  });

  it('writes a new rule version, keeps the old one readable, and refuses a stale version or no change', async () => {
    const before = (await call(admin, 'GET', '/api/schemes/g_to_p')).json();
    const rules = [...before.rules.map((r: { rule: object }) => r.rule), { id: 'bahasa', kind: 'language', anyOf: [{ test: 'IELTS', minLevel: '5.5' }] }];
    const same = await put(admin, 'g_to_p', { version: before.version, note: 'Tidak berubah', rules: before.rules.map((r: { rule: object }) => r.rule) });
    expect(same.statusCode).toBe(400);
    expect(same.json()).toMatchObject({ code: 'no_change', message: expect.stringMatching(/tidak ada perubahan/) });

    const res = await put(admin, 'g_to_p', { version: before.version, note: 'Mitra Jerman meminta IELTS 5.5', rules });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ version: before.version + 1, ruleVersion: 2 });
    expect(res.json().rules.at(-1).text).toBe('IELTS 5.5');
    expect(res.json().ruleVersions).toEqual([
      expect.objectContaining({ ruleVersion: 2, note: 'Mitra Jerman meminta IELTS 5.5', createdBy: expect.objectContaining({ name: expect.any(String) }) }),
      expect.objectContaining({ ruleVersion: 1 }),
    ]);

    const stale = await put(admin, 'g_to_p', { version: before.version, note: 'Terlambat', rules: rules.slice(0, 1) });
    expect(stale.statusCode).toBe(409);
    expect((await call(admin, 'GET', '/api/schemes/g_to_p')).json().ruleVersion).toBe(2);

    const old = (await call(staff, 'GET', '/api/schemes/g_to_p/rules/1')).json();
    expect(old).toMatchObject({ schemeCode: 'g_to_p', ruleVersion: 1, current: false });
    expect(old.rules).toHaveLength(before.rules.length);
    expect((await call(staff, 'GET', '/api/schemes/g_to_p/rules/2')).json()).toMatchObject({ ruleVersion: 2, current: true });

    const [audit] = await t.database.query<{ details: { ruleVersion: number; note: string } }>(
      `select details from audit_events where action = 'scheme.rules_update' and resource_id = $1`,
      [before.id],
    );
    expect(audit!.details).toMatchObject({ ruleVersion: 2, note: 'Mitra Jerman meminta IELTS 5.5' });
  });

  it('updates names, countries and whether it is offered, with the version', async () => {
    const before = (await call(admin, 'GET', '/api/schemes/ukps')).json();
    const bad = await call(admin, 'PATCH', '/api/schemes/ukps', { version: before.version, countryCodes: ['XX'] });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().fields.countryCodes).toBe('Kode negara tidak dikenal: XX.');
    expect((await call(admin, 'PATCH', '/api/schemes/ukps', { version: before.version, nameId: '' })).statusCode).toBe(400);
    const res = await call(admin, 'PATCH', '/api/schemes/ukps', { version: before.version, countryCodes: ['MY', 'SG'], active: false, nameEn: 'ICT' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ version: before.version + 1, countryCodes: ['MY', 'SG'], active: false, nameEn: 'ICT', ruleVersion: 1 });
    expect((await call(admin, 'PATCH', '/api/schemes/ukps', { version: before.version, active: true })).statusCode).toBe(409);
    expect((await call(staff, 'GET', '/api/schemes?active=false')).json().items.map((s: { code: string }) => s.code)).toEqual(['ukps']);
    const [audit] = await t.database.query<{ n: number }>(`select count(*)::int as n from audit_events where action = 'scheme.update'`);
    expect(audit!.n).toBe(1);
  });

  it('seeding again adds nothing and keeps the edits', async () => {
    expect(await seedSchemes(t.database)).toEqual([]);
    expect((await call(staff, 'GET', '/api/schemes/g_to_p')).json().ruleVersion).toBe(2);
    expect((await call(staff, 'GET', '/api/schemes/ukps')).json().active).toBe(false);
  });
});
