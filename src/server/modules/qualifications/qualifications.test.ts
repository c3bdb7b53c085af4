import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { manualClock } from '../../lib/clock.js';
import type { TestApp } from '../../test/harness.js';
import { MISSING, registryTestContext, type Headers } from '../../test/registry.js';

const clock = manualClock(); // 2026-11-29 in WIB
let t: TestApp;
let call: Awaited<ReturnType<typeof registryTestContext>>['call'];
let staff: Headers;
let humas: Headers;
let otherStaff: Headers;
let personId: string;
let otherPersonId: string;
beforeAll(async () => {
  ({ t, call, staff, humas, otherStaff, personId, otherPersonId } = await registryTestContext(clock));
});
afterAll(() => t.close());

const base = () => `/api/persons/${personId}/qualifications`;
const jlpt = {
  kind: 'language_test',
  title: 'JLPT',
  level: 'n4',
  organisation: 'The Japan Foundation',
  certificateNumber: 'N4-2026-0099',
  startedOn: '2026-07-05',
};

describe('who may call the qualification routes', () => {
  it('answers 401 without a session and 403 for a role without registry grants', async () => {
    const one = `${base()}/${MISSING}`;
    const routes: [Parameters<typeof call>[1], string, object?][] = [
      ['GET', base()],
      ['POST', base(), jlpt],
      ['PATCH', one, { version: 1 }],
      ['DELETE', `${one}?version=1`],
    ];
    for (const [method, url, payload] of routes) {
      expect((await call(undefined, method, url, payload)).statusCode, `${method} ${url}`).toBe(401);
      expect((await call(humas, method, url, payload)).statusCode, `${method} ${url}`).toBe(403);
    }
  });

  it('answers 404 for another office’s person or a missing one, 400 for a malformed id', async () => {
    expect((await call(staff, 'GET', `/api/persons/${otherPersonId}/qualifications`)).statusCode).toBe(404);
    expect((await call(staff, 'POST', `/api/persons/${otherPersonId}/qualifications`, jlpt)).statusCode).toBe(404);
    expect((await call(staff, 'POST', `/api/persons/${MISSING}/qualifications`, jlpt)).statusCode).toBe(404);
    expect((await call(staff, 'DELETE', `${base()}/nope?version=1`)).statusCode).toBe(400);
  });
});

describe('qualifications', () => {
  let test: { id: string; version: number };

  it('checks references and the rules of each kind, with a message per field', async () => {
    const unknown = await call(staff, 'POST', base(), { kind: 'skills_test', title: 'SSW Kaigo', sswFieldCode: 'space_travel', countryCode: 'XX' });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().fields).toMatchObject({ sswFieldCode: expect.stringMatching(/Bidang SSW tidak dikenal/), countryCode: 'Kode negara tidak dikenal.' });
    const noField = await call(staff, 'POST', base(), { kind: 'skills_test', title: 'SSW Pertanian' });
    expect(noField.json().fields.sswFieldCode).toMatch(/harus menyebut bidangnya/);
    const work = await call(staff, 'POST', base(), { kind: 'work_history', title: 'Operator pabrik' });
    expect(work.json().fields).toMatchObject({ countryCode: expect.stringMatching(/wajib/), startedOn: expect.stringMatching(/wajib/) });
    const level = await call(staff, 'POST', base(), { ...jlpt, level: 'N6' });
    expect(level.json().fields.level).toBe('Tingkat JLPT yang dikenal: N5, N4, N3, N2, N1.');
    const order = await call(staff, 'POST', base(), {
      kind: 'work_history',
      title: 'Perawat',
      countryCode: 'MY',
      startedOn: '2020-01-01',
      endedOn: '2019-12-31',
    });
    expect(order.json().fields.endedOn).toMatch(/sebelum tanggal mulai/);
    expect((await call(staff, 'POST', base(), { ...jlpt, startedOn: '2026-12-01' })).json().fields.startedOn).toMatch(/masa depan/);
    expect((await call(staff, 'POST', base(), { ...jlpt, kind: 'hobby' })).statusCode).toBe(400);
    expect((await call(staff, 'POST', base(), { ...jlpt, title: 'J'.repeat(121) })).json().fields.title).toBe('Maksimal 120 karakter.');
    expect((await call(staff, 'GET', base())).json().total).toBe(0);
  });

  it('records a language test with its level written the way the test writes it', async () => {
    const res = await call(staff, 'POST', base(), jlpt);
    expect(res.statusCode).toBe(201);
    test = res.json();
    expect(test).toEqual({
      id: expect.any(String),
      version: 1,
      personId,
      kind: 'language_test',
      title: 'JLPT',
      level: 'N4',
      sswFieldCode: null,
      sswFieldName: null,
      countryCode: null,
      countryName: null,
      organisation: 'The Japan Foundation',
      certificateNumber: 'N4-2026-0099',
      startedOn: '2026-07-05',
      endedOn: null,
      notes: null,
      createdAt: clock.now().toISOString(),
    });
    const timeline = (await call(staff, 'GET', `/api/persons/${personId}/timeline`)).json();
    expect(timeline.items[0]).toMatchObject({ kind: 'qualification.added', data: { kind: 'language_test', title: 'JLPT', level: 'N4' } });
    const [audit] = await t.database.query<{ details: { personId: string } }>(`select details from audit_events where action = 'qualification.create'`);
    expect(audit!.details.personId).toBe(personId);
  });

  it('names the SSW field and the country in the caller’s language', async () => {
    const ssw = await call(staff, 'POST', base(), {
      kind: 'skills_test',
      title: 'SSW Kaigo Ginou',
      level: 'lulus',
      sswFieldCode: 'nursing_care',
      countryCode: 'JP',
      startedOn: '2026-06-01',
    });
    expect(ssw.statusCode).toBe(201);
    expect(ssw.json()).toMatchObject({ sswFieldName: 'Perawatan (kaigo)', countryName: 'Jepang' });
    const work = await call(staff, 'POST', base(), {
      kind: 'work_history',
      title: 'Pengasuh lansia',
      countryCode: 'TW',
      organisation: 'Keluarga Chen',
      startedOn: '2019-02-01',
      endedOn: '2022-01-31',
    });
    expect(work.statusCode).toBe(201);
    const en = (await call(staff, 'GET', `${base()}?lang=en`)).json();
    expect(en).toMatchObject({ total: 3, page: 1, pageSize: 100 });
    expect(en.items.find((q: { kind: string }) => q.kind === 'skills_test')).toMatchObject({ sswFieldName: 'Nursing care', countryName: 'Japan' });
  });

  it('updates with the current version and re-checks the whole record; a stale version answers 409', async () => {
    const ok = await call(staff, 'PATCH', `${base()}/${test.id}`, { version: 1, level: 'n3', endedOn: null });
    expect(ok.statusCode).toBe(200);
    expect(ok.json()).toMatchObject({ version: 2, level: 'N3', title: 'JLPT', certificateNumber: 'N4-2026-0099' });
    const stale = await call(staff, 'PATCH', `${base()}/${test.id}`, { version: 1, level: 'N2' });
    expect(stale.statusCode).toBe(409);
    const again = (await call(staff, 'GET', base())).json().items.find((q: { id: string }) => q.id === test.id);
    expect(again).toMatchObject({ version: 2, level: 'N3' });
    const toWork = await call(staff, 'PATCH', `${base()}/${test.id}`, { version: 2, kind: 'work_history', startedOn: null });
    expect(toWork.json().fields).toMatchObject({ countryCode: expect.any(String), startedOn: expect.any(String) });
    expect((await call(staff, 'PATCH', `${base()}/${test.id}`, { version: 2, endedOn: '2026-01-01' })).json().fields.endedOn).toMatch(/sebelum/);
    expect((await call(staff, 'PATCH', `${base()}/${MISSING}`, { version: 1 })).statusCode).toBe(404);
    expect((await call(otherStaff, 'PATCH', `${base()}/${test.id}`, { version: 2 })).statusCode).toBe(404);
    const timeline = (await call(staff, 'GET', `/api/persons/${personId}/timeline`)).json();
    expect(timeline.items[0]).toMatchObject({ kind: 'qualification.updated', data: { level: 'N3' } });
  });

  it('removes softly with the current version; a stale one answers 409 and keeps it', async () => {
    expect((await call(staff, 'DELETE', `${base()}/${test.id}?version=1`)).statusCode).toBe(409);
    expect((await call(staff, 'GET', base())).json().total).toBe(3);
    expect((await call(otherStaff, 'DELETE', `${base()}/${test.id}?version=2`)).statusCode).toBe(404);
    expect((await call(staff, 'DELETE', `${base()}/${test.id}?version=2`)).statusCode).toBe(204);
    expect((await call(staff, 'GET', base())).json().total).toBe(2);
    expect((await call(staff, 'DELETE', `${base()}/${test.id}?version=3`)).statusCode).toBe(404);
    const timeline = (await call(staff, 'GET', `/api/persons/${personId}/timeline`)).json();
    expect(timeline.items[0]).toMatchObject({ kind: 'qualification.removed', data: { kind: 'language_test', title: 'JLPT', level: 'N3' } });
    const [audit] = await t.database.query<{ details: { personId: string } }>(`select details from audit_events where action = 'qualification.delete'`);
    expect(audit!.details.personId).toBe(personId);
  });
});
