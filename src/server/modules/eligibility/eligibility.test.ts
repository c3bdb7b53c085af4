import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD, DEMO_TOTP_SECRET } from '../../demo/seed.js';
import { systemContext } from '../../kit/context.js';
import { manualClock } from '../../lib/clock.js';
import { signIn, type TestApp } from '../../test/harness.js';
import { MISSING, registryTestContext, type Headers } from '../../test/registry.js';
import { totpCode } from '../auth/totp.js';
import { evaluateFor, evaluateMany } from './eligibility.service.js';

const clock = manualClock(); // 2026-11-29 in WIB
let t: TestApp;
let call: Awaited<ReturnType<typeof registryTestContext>>['call'];
let staff: Headers;
let humas: Headers;
let otherStaff: Headers;
let admin: Headers;
let personId: string;
let otherPersonId: string;
beforeAll(async () => {
  ({ t, call, staff, humas, otherStaff, personId, otherPersonId } = await registryTestContext(clock));
  clock.advance(30_000);
  admin = (await signIn(t.app, 'admin@balai.test', DEMO_PASSWORD, totpCode(DEMO_TOTP_SECRET, clock.now()))).headers;
});
afterAll(() => t.close());

const url = (query = '') => `/api/persons/${personId}/eligibility${query}`;
type Rule = { id: string; status: string; reasonText: string; gapText: string | null; gap?: { closable: boolean } };

describe('who may ask for a person’s eligibility', () => {
  it('answers 401 without a session, 403 without registry grants, 404 outside the office or for unknown targets', async () => {
    expect((await call(undefined, 'GET', url())).statusCode).toBe(401);
    expect((await call(humas, 'GET', url())).statusCode).toBe(403);
    expect((await call(staff, 'GET', `/api/persons/${otherPersonId}/eligibility`)).statusCode).toBe(404);
    expect((await call(staff, 'GET', `/api/persons/${otherPersonId}/eligibility?scheme=g_to_g`)).statusCode).toBe(404);
    expect((await call(otherStaff, 'GET', url('?scheme=g_to_g'))).statusCode).toBe(404);
    expect((await call(staff, 'GET', `/api/persons/${MISSING}/eligibility`)).statusCode).toBe(404);
    expect((await call(staff, 'GET', url('?scheme=tidak_ada'))).statusCode).toBe(404);
    expect((await call(staff, 'GET', url(`?jobOrder=${MISSING}`))).statusCode).toBe(404);
  });

  it('answers 400 for malformed input', async () => {
    expect((await call(staff, 'GET', '/api/persons/nope/eligibility')).statusCode).toBe(400);
    expect((await call(staff, 'GET', url('?referenceDate=2026-13-45'))).statusCode).toBe(400);
    expect((await call(staff, 'GET', url('?jobOrder=abc'))).statusCode).toBe(400);
    const both = await call(staff, 'GET', url(`?scheme=g_to_g&jobOrder=${MISSING}`));
    expect(both.statusCode).toBe(400);
    expect(Object.values(both.json().fields)).toEqual(['Pilih skema atau job order, tidak keduanya.']);
  });
});

describe('eligibility', () => {
  it('answers one result per active scheme when no target is named', async () => {
    const res = await call(staff, 'GET', url());
    expect(res.statusCode).toBe(200);
    const codes = res.json().items.map((i: { schemeCode: string }) => i.schemeCode);
    expect(codes).toEqual(expect.arrayContaining(['g_to_g', 'g_to_p', 'p_to_p', 'ssw_japan', 'mandiri', 'ukps', 'g_to_g_japan_nurse']));
    expect(res.json().personId).toBe(personId);
  });

  it('explains each rule in Indonesian, with the gap to close and names of document types', async () => {
    const res = (await call(staff, 'GET', url('?scheme=ssw_japan'))).json().items;
    expect(res).toHaveLength(1);
    const [r] = res;
    expect(r).toMatchObject({ schemeCode: 'ssw_japan', version: 1, evaluatedOn: '2026-11-29', referenceDate: '2026-11-29', outcome: 'not_eligible' });
    expect(r.schemeName).toMatch(/SSW/);
    const rule = (id: string) => r.rules.find((x: Rule) => x.id === id) as Rule;
    expect(rule('age_min')).toMatchObject({ status: 'met', reasonText: 'Berusia 28 tahun pada 29 November 2026 (minimal 18 tahun)', gapText: null });
    expect(rule('japanese')).toMatchObject({
      status: 'not_met',
      reasonText: 'Perlu JFT-Basic A2 atau JLPT N4: belum ada yang tercatat',
      gapText: 'Ikuti dan lulus salah satu tes: JFT-Basic A2 atau JLPT N4',
    });
    expect(rule('documents').reasonText).toBe('Dokumen belum ada: Surat keterangan status perkawinan, Surat izin suami/istri, orang tua, atau wali, Paspor');
    expect(rule('health').status).toBe('not_met');
    expect(rule('skills_test').status).toBe('unknown');
  });

  it('explains in English, and judges on a reference date', async () => {
    const [r] = (await call(staff, 'GET', url('?scheme=ssw_japan&lang=en&referenceDate=2030-01-01'))).json().items;
    expect(r.referenceDate).toBe('2030-01-01');
    const rule = (id: string) => r.rules.find((x: Rule) => x.id === id) as Rule;
    expect(rule('age_min').reasonText).toBe('Aged 31 on 1 January 2030 (at least 18)');
    expect(rule('documents').gapText).toBe('Provide or renew: Marital status letter, Permission of spouse, parent or guardian, Passport');
    expect(r.schemeName).toMatch(/Japan/);
  });

  it('meets a rule once the fact is recorded', async () => {
    const q = await call(staff, 'POST', `/api/persons/${personId}/qualifications`, {
      kind: 'language_test',
      title: 'JLPT',
      level: 'N3',
      startedOn: '2026-07-05',
    });
    expect(q.statusCode).toBe(201);
    const [r] = (await call(staff, 'GET', url('?scheme=ssw_japan'))).json().items;
    expect(r.rules.find((x: Rule) => x.id === 'japanese')).toMatchObject({ status: 'met', reasonText: 'JLPT N3 tercatat (syarat: JFT-Basic A2 atau JLPT N4)' });
  });

  it('carries the rule version it used: a new version of the rules is used from then on', async () => {
    const scheme = (await call(admin, 'GET', '/api/schemes/mandiri')).json();
    const rules = [...scheme.rules.map((r: { rule: object }) => r.rule), { id: 'usia_maks', kind: 'age_max', years: 25 }];
    expect((await call(admin, 'PUT' as 'POST', '/api/schemes/mandiri/rules', { version: scheme.version, rules, note: 'Uji versi' })).statusCode).toBe(200);
    const [r] = (await call(staff, 'GET', url('?scheme=mandiri'))).json().items;
    expect(r.version).toBe(2);
    expect(r.rules.find((x: Rule) => x.id === 'usia_maks')).toMatchObject({
      status: 'not_met',
      reasonText: 'Sudah berusia 28 tahun pada 29 November 2026, melewati batas usia 25 tahun',
    });
  });

  it('offers evaluateFor and evaluateMany to other modules, within the caller’s scope', async () => {
    const [row] = await t.database.query<{ id: string; office_id: string; email: string; role: string }>(
      `select id, office_id, email, role from users where email = 'penempatan@balai.test'`,
    );
    const actor = { kind: 'user' as const, id: row!.id, label: row!.email, officeId: row!.office_id, role: row!.role } as never;
    const ctx = systemContext(t.app, { actor, lang: 'id' });
    const one = await evaluateFor(ctx, personId, { schemeCode: 'mandiri', ruleVersion: 1 });
    expect(one).toMatchObject({ schemeCode: 'mandiri', version: 1 });
    expect(one.rules.some((r) => r.id === 'usia_maks')).toBe(false);
    await expect(evaluateFor(ctx, otherPersonId, { schemeCode: 'mandiri' })).rejects.toMatchObject({ statusCode: 404 });
    const many = await evaluateMany(ctx, [personId, otherPersonId, MISSING], { schemeCode: 'mandiri' });
    expect([...many.keys()]).toEqual([personId]);
    expect(many.get(personId)!.version).toBe(2);
  });
});
