import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { manualClock } from '../../lib/clock.js';
import type { TestApp } from '../../test/harness.js';
import { MISSING, registryTestContext, type Headers } from '../../test/registry.js';

const clock = manualClock();
let t: TestApp;
let call: Awaited<ReturnType<typeof registryTestContext>>['call'];
let staff: Headers;
let humas: Headers;
let otherStaff: Headers;
beforeAll(async () => {
  ({ t, call, staff, humas, otherStaff } = await registryTestContext(clock));
});
afterAll(() => t.close());

const factory = (over: object = {}) => ({
  name: 'Uji Electronics Sdn Bhd',
  countryCode: 'MY',
  city: 'Penang',
  sector: 'Elektronik',
  contactName: 'Mr Tan',
  contactEmail: 'HR@uji.test',
  ...over,
});

describe('who may call the employer routes', () => {
  it('answers 401 without a session, 403 for humas, 404 for another office’s employer', async () => {
    const routes: [Parameters<typeof call>[1], string, object?][] = [
      ['GET', '/api/employers'],
      ['POST', '/api/employers', factory()],
      ['GET', `/api/employers/${MISSING}`],
      ['PATCH', `/api/employers/${MISSING}`, { version: 1 }],
    ];
    for (const [method, url, payload] of routes) {
      expect((await call(undefined, method, url, payload)).statusCode, `${method} ${url}`).toBe(401);
      expect((await call(humas, method, url, payload)).statusCode, `${method} ${url}`).toBe(403);
    }
    const theirs = await call(otherStaff, 'POST', '/api/employers', factory({ name: 'Jabar Partner Co' }));
    expect(theirs.statusCode).toBe(201);
    expect((await call(staff, 'GET', `/api/employers/${theirs.json().id}`)).statusCode).toBe(404);
    expect((await call(staff, 'PATCH', `/api/employers/${theirs.json().id}`, { version: 1, name: 'Diambil' })).statusCode).toBe(404);
    expect((await call(staff, 'GET', `/api/employers/${MISSING}`)).statusCode).toBe(404);
    expect((await call(staff, 'GET', '/api/employers?q=Jabar')).json().total).toBe(0);
    expect((await call(staff, 'GET', '/api/employers/nope')).statusCode).toBe(400);
  });
});

describe('employers', () => {
  let employer: { id: string; version: number };

  it('records an employer in a known country', async () => {
    const res = await call(staff, 'POST', '/api/employers', factory());
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({
      kind: 'employer',
      countryName: 'Malaysia',
      contactEmail: 'hr@uji.test',
      flagged: false,
      flagNote: null,
      abilities: { update: true },
    });
    employer = res.json();
    const unknown = await call(staff, 'POST', '/api/employers', factory({ countryCode: 'XX' }));
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().fields.countryCode).toBe('Kode negara tidak dikenal.');
    expect((await call(staff, 'POST', '/api/employers', factory({ countryCode: undefined }))).statusCode).toBe(400);
    expect((await call(staff, 'POST', '/api/employers', factory({ kind: 'agency' }))).statusCode).toBe(400);
    const noNote = await call(staff, 'POST', '/api/employers', factory({ flagged: true }));
    expect(noNote.json().fields.flagNote).toMatch(/Catatan wajib/);
  });

  it('flags with a note (audited), clears the note when lifted, refuses a stale version', async () => {
    const url = `/api/employers/${employer.id}`;
    expect((await call(staff, 'PATCH', url, { version: employer.version, flagged: true })).statusCode).toBe(400);
    const flagged = await call(staff, 'PATCH', url, { version: employer.version, flagged: true, flagNote: 'Gaji tidak dibayar (laporan atase, Okt 2026)' });
    expect(flagged.statusCode).toBe(200);
    expect(flagged.json()).toMatchObject({ flagged: true, flagNote: 'Gaji tidak dibayar (laporan atase, Okt 2026)', version: employer.version + 1 });
    expect((await call(staff, 'PATCH', url, { version: employer.version, name: 'Basi' })).statusCode).toBe(409);
    const lifted = await call(staff, 'PATCH', url, { version: employer.version + 1, flagged: false });
    expect(lifted.json()).toMatchObject({ flagged: false, flagNote: null });
    const audit = await t.database.query<{ action: string }>(`select action from audit_events where resource_id = $1 order by at, id`, [employer.id]);
    expect(audit.map((a) => a.action)).toEqual(['employer.create', 'employer.update', 'employer.flag', 'employer.update', 'employer.unflag']);
  });

  it('filters by text, country, kind and flag', async () => {
    await call(staff, 'POST', '/api/employers', { name: 'Uji Kaigo Kabushiki Kaisha', countryCode: 'JP', kind: 'foreign_partner', sector: 'Perawatan lansia' });
    await call(staff, 'POST', '/api/employers', factory({ name: 'Uji Bermasalah Sdn Bhd', flagged: true, flagNote: 'Daftar atase' }));
    const names = async (q: string) => ((await call(staff, 'GET', `/api/employers?${q}`)).json().items as { name: string }[]).map((i) => i.name);
    expect(await names('country=JP&q=uji')).toEqual(['Uji Kaigo Kabushiki Kaisha']);
    expect(await names('kind=foreign_partner&q=uji')).toEqual(['Uji Kaigo Kabushiki Kaisha']);
    expect(await names('flagged=true&q=uji')).toEqual(['Uji Bermasalah Sdn Bhd']);
    expect(await names('q=lansia')).toEqual(['Uji Kaigo Kabushiki Kaisha']);
    expect(await names('q=uji&sort=-name')).toEqual(['Uji Kaigo Kabushiki Kaisha', 'Uji Electronics Sdn Bhd', 'Uji Bermasalah Sdn Bhd']);
    expect((await call(staff, 'GET', '/api/employers?flagged=maybe')).statusCode).toBe(400);
  });
});
