import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeNik } from '../../../domain/nik.js';
import { offices, personDocuments, qualifications } from '../../db/schema/index.js';
import { manualClock } from '../../lib/clock.js';
import type { TestApp } from '../../test/harness.js';
import { MISSING, registryTestContext, type Headers } from '../../test/registry.js';
import { ensureSchemes, seedAgency, seedEmployer } from './job-orders.fixtures.js';

const clock = manualClock(); // 2026-11-29 in WIB
let t: TestApp;
let call: Awaited<ReturnType<typeof registryTestContext>>['call'];
let staff: Headers;
let humas: Headers;
let otherStaff: Headers;
let sitiId: string;
let otherPersonId: string;
let jobOrderId: string;
const ids: Record<string, string> = {};

type Candidate = {
  person: { id: string; fullName: string; maskedNik: string; age: number };
  tier: string;
  total: number;
  gaps: { ruleId: string; text: string }[];
};

async function register(fullName: string, birthDate: string, serial: number): Promise<string> {
  const nik = makeNik({ districtCode: '16.74.01', birthDate, sex: 'female', serial });
  const res = await call(staff, 'POST', '/api/persons', { nik, fullName, sex: 'female', birthDate });
  expect(res.statusCode).toBe(201);
  return res.json().person.id as string;
}

/** What an SSW nursing-care candidate needs: documents and a fresh health certificate, the skills test, and (unless left out) JLPT N4. */
async function qualify(personId: string, opts: { language?: boolean; workMonths?: boolean } = {}) {
  const db = t.database.db;
  await db.insert(personDocuments).values([
    { personId, typeCode: 'marital_status_letter', issuedOn: '2026-06-01' },
    { personId, typeCode: 'family_permission', issuedOn: '2026-06-01' },
    { personId, typeCode: 'passport', number: `C${personId.slice(0, 7)}`, issuedOn: '2026-01-05', expiresOn: '2031-01-04' },
    { personId, typeCode: 'health_certificate', issuedOn: '2026-11-02' },
  ]);
  await db
    .insert(qualifications)
    .values({ personId, kind: 'skills_test', title: 'Uji Keterampilan Kaigo', level: 'lulus', sswFieldCode: 'nursing_care', startedOn: '2026-08-01' });
  if (opts.language !== false) await db.insert(qualifications).values({ personId, kind: 'language_test', title: 'JLPT', level: 'N4', startedOn: '2026-07-01' });
  if (opts.workMonths)
    await db
      .insert(qualifications)
      .values({ personId, kind: 'work_history', title: 'Perawat panti wreda', sswFieldCode: 'nursing_care', startedOn: '2023-01-01', endedOn: '2024-12-31' });
}

beforeAll(async () => {
  ({ t, call, staff, humas, otherStaff, personId: sitiId, otherPersonId } = await registryTestContext(clock));
  await ensureSchemes(t.database);
  const [office] = await t.database.db.select().from(offices).where(eq(offices.code, 'BP3MI-SUMSEL'));
  const agency = await seedAgency(t.database, office!.id, { name: 'PT Sriwijaya Karya Mandiri', quota: 50 });
  const employerId = await seedEmployer(t.database, office!.id, 'Kaigo Fukushi Kai Osaka', 'JP');
  const created = await call(staff, 'POST', '/api/job-orders', {
    title: 'Perawat lansia Osaka',
    schemeCode: 'ssw_japan',
    countryCode: 'JP',
    employerId,
    agencyId: agency.agencyId,
    permitId: agency.permitId,
    occupationCode: '5322',
    occupationTitle: 'Careworker (kaigo)',
    sswFieldCode: 'nursing_care',
    positions: 10,
  });
  expect(created.statusCode).toBe(201);
  jobOrderId = created.json().id;
  const status = `/api/job-orders/${jobOrderId}/status`;
  expect((await call(staff, 'POST', status, { version: 1, status: 'verified', attacheReference: 'B.123/KBRI-TYO/2026' })).statusCode).toBe(200);
  expect((await call(staff, 'POST', status, { version: 2, status: 'open' })).statusCode).toBe(200);

  ids.dewi = await register('Dewi Lestari', '1999-05-10', 11);
  await qualify(ids.dewi);
  ids.sari = await register('Sari Wulandari', '1996-02-14', 12);
  await qualify(ids.sari, { workMonths: true });
  ids.rina = await register('Rina Marlina', '2000-01-01', 13);
  await qualify(ids.rina, { language: false });
  ids.putri = await register('Putri Remaja', '2010-02-02', 14);
  await qualify(ids.putri);
  // Another office's fully qualified person is never a candidate here.
  await qualify(otherPersonId);
});
afterAll(() => t.close());

const matches = (query = '') => `/api/job-orders/${jobOrderId}/matches${query}`;

describe('who may ask for matches', () => {
  it('answers 401 without a session, 403 without both grants, 404 outside the office or for a missing record, 400 for bad input', async () => {
    expect((await call(undefined, 'GET', matches())).statusCode).toBe(401);
    expect((await call(undefined, 'GET', `/api/persons/${ids.dewi}/job-matches`)).statusCode).toBe(401);
    // humas reads job orders but not persons.
    const denied = await call(humas, 'GET', matches());
    expect(denied.statusCode).toBe(403);
    expect(denied.json().code).toBe('forbidden');
    expect((await call(humas, 'GET', `/api/persons/${ids.dewi}/job-matches`)).statusCode).toBe(403);
    expect((await call(otherStaff, 'GET', matches())).statusCode).toBe(404);
    expect((await call(otherStaff, 'GET', `/api/persons/${ids.dewi}/job-matches`)).statusCode).toBe(404);
    expect((await call(staff, 'GET', `/api/job-orders/${MISSING}/matches`)).statusCode).toBe(404);
    expect((await call(staff, 'GET', `/api/persons/${MISSING}/job-matches`)).statusCode).toBe(404);
    expect((await call(staff, 'GET', '/api/job-orders/nope/matches')).statusCode).toBe(400);
    expect((await call(staff, 'GET', matches('?tier=hampir'))).statusCode).toBe(400);
    expect((await call(staff, 'GET', matches('?pageSize=101'))).statusCode).toBe(400);
  });
});

describe('candidates for a job order', () => {
  it('ranks the eligible by score, then the almost eligible, and counts every tier', async () => {
    const res = await call(staff, 'GET', matches());
    expect(res.statusCode).toBe(200);
    const body = res.json();
    const items = body.items as Candidate[];
    expect(items.map((i) => [i.person.fullName, i.tier])).toEqual([
      ['Sari Wulandari', 'eligible'],
      ['Dewi Lestari', 'eligible'],
      ['Rina Marlina', 'almost'],
    ]);
    expect(body).toMatchObject({ total: 3, page: 1, pageSize: 25, counts: { eligible: 2, to_check: 0, almost: 1, not_eligible: 1 } });
    expect(items[0]!.total).toBeGreaterThan(items[1]!.total);
    expect(items[0]!.person.maskedNik).toMatch(/^1674•{12}$/);
    expect(items[1]!.person).toMatchObject({ id: ids.dewi, age: 27, sex: 'female' });
    expect(items[0]).toMatchObject({ ruleVersion: 1, gaps: [] });
  });

  it('explains every point and gap in Indonesian', async () => {
    const items = (await call(staff, 'GET', matches())).json().items as (Candidate & {
      components: { key: string; points: number; max: number; reasonText: string }[];
    })[];
    const sari = items[0]!;
    expect(sari.components.find((c) => c.key === 'field')).toMatchObject({ points: 30, max: 30 });
    expect(sari.components.find((c) => c.key === 'field')!.reasonText).toMatch(/^Lulus uji keterampilan dan pernah bekerja di bidang /);
    expect(sari.components.find((c) => c.key === 'experience')!.reasonText).toMatch(/^Pengalaman kerja di bidang .* 24 bulan$/);
    expect(sari.components.find((c) => c.key === 'language')!.reasonText).toBe('Kemampuan bahasa belum melebihi syarat minimal');
    const rina = items[2]!;
    expect(rina.gaps).toEqual([{ ruleId: 'japanese', text: 'Ikuti dan lulus salah satu tes: JFT-Basic A2 atau JLPT N4' }]);
  });

  it('filters by tier and pages, never listing the under-age or another office’s person', async () => {
    const all = (await call(staff, 'GET', matches('?tier=eligible,to_check,almost,not_eligible'))).json();
    const listed = (all.items as Candidate[]).map((i) => i.person.id);
    expect(listed).toEqual([ids.sari, ids.dewi, ids.rina, sitiId]);
    expect(listed).not.toContain(ids.putri);
    expect(listed).not.toContain(otherPersonId);
    expect((all.items as Candidate[])[3]!.tier).toBe('not_eligible');
    const almost = (await call(staff, 'GET', matches('?tier=almost'))).json();
    expect(almost).toMatchObject({ total: 1, counts: { eligible: 2, almost: 1 } });
    const page2 = (await call(staff, 'GET', matches('?page=2&pageSize=1'))).json();
    expect(page2).toMatchObject({ total: 3, page: 2, pageSize: 1 });
    expect((page2.items as Candidate[]).map((i) => i.person.id)).toEqual([ids.dewi]);
  });

  it('answers in English on request', async () => {
    const items = (await call(staff, 'GET', matches('?lang=en'))).json().items as Candidate[];
    expect(items[2]!.gaps[0]!.text).not.toMatch(/Ikuti/);
  });
});

describe('job orders for a person', () => {
  it('lists the open orders a person is eligible for, then those almost in reach, with the gaps', async () => {
    const dewi = await call(staff, 'GET', `/api/persons/${ids.dewi}/job-matches`);
    expect(dewi.statusCode).toBe(200);
    expect(dewi.json().items).toMatchObject([
      { jobOrder: { id: jobOrderId, schemeCode: 'ssw_japan', countryCode: 'JP' }, tier: 'eligible', gaps: [], ruleVersion: 1 },
    ]);
    const rina = (await call(staff, 'GET', `/api/persons/${ids.rina}/job-matches`)).json();
    expect(rina.items).toMatchObject([{ tier: 'almost', gaps: [{ ruleId: 'japanese', text: 'Ikuti dan lulus salah satu tes: JFT-Basic A2 atau JLPT N4' }] }]);
    expect((await call(staff, 'GET', `/api/persons/${sitiId}/job-matches`)).json().items).toEqual([]);
  });
});
