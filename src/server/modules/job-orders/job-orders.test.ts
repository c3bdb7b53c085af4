import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { offices } from '../../db/schema/index.js';
import { manualClock } from '../../lib/clock.js';
import type { TestApp } from '../../test/harness.js';
import { MISSING, registryTestContext, type Headers } from '../../test/registry.js';
import { ensureSchemes, seedAgency, seedEmployer } from './job-orders.fixtures.js';
import { eq } from 'drizzle-orm';

const clock = manualClock(); // 2026-11-29 in WIB
let t: TestApp;
let call: Awaited<ReturnType<typeof registryTestContext>>['call'];
let staff: Headers;
let humas: Headers;
let otherStaff: Headers;
let agency: Awaited<ReturnType<typeof seedAgency>>;
let small: Awaited<ReturnType<typeof seedAgency>>;
let employerId: string;

beforeAll(async () => {
  ({ t, call, staff, humas, otherStaff } = await registryTestContext(clock));
  await ensureSchemes(t.database);
  const [office] = await t.database.db.select().from(offices).where(eq(offices.code, 'BP3MI-SUMSEL'));
  agency = await seedAgency(t.database, office!.id, { name: 'PT Sriwijaya Karya Mandiri', quota: 50 });
  small = await seedAgency(t.database, office!.id, { name: 'PT Musi Kecil', quota: 6 });
  employerId = await seedEmployer(t.database, office!.id, 'Kaigo Fukushi Kai Osaka', 'JP');
});
afterAll(() => t.close());

const ssw = () => ({
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
  salaryMinor: 18_000_000,
  salaryCurrency: 'JPY',
  contractMonths: 36,
  extraRules: [{ id: 'sex', kind: 'sex', allowed: ['female'] }],
});

describe('who may call the job-order routes', () => {
  it('answers 401 without a session, 403 without the grant, 404 for another office’s or a missing order, 400 for a malformed id', async () => {
    const created = await call(staff, 'POST', '/api/job-orders', ssw());
    expect(created.statusCode).toBe(201);
    const id = created.json().id;
    const routes: [Parameters<typeof call>[1], string, object?][] = [
      ['GET', '/api/job-orders'],
      ['POST', '/api/job-orders', ssw()],
      ['GET', `/api/job-orders/${id}`],
      ['PATCH', `/api/job-orders/${id}`, { version: 1 }],
      ['POST', `/api/job-orders/${id}/status`, { version: 1, status: 'verified', attacheReference: 'X' }],
    ];
    for (const [method, url, payload] of routes) expect((await call(undefined, method, url, payload)).statusCode, `${method} ${url}`).toBe(401);
    // humas reads job orders (to publish vacancies) but may not write them.
    expect((await call(humas, 'GET', `/api/job-orders/${id}`)).statusCode).toBe(200);
    expect((await call(humas, 'POST', '/api/job-orders', ssw())).statusCode).toBe(403);
    expect((await call(humas, 'PATCH', `/api/job-orders/${id}`, { version: 1 })).statusCode).toBe(403);
    expect((await call(humas, 'POST', `/api/job-orders/${id}/status`, { version: 1, status: 'verified' })).statusCode).toBe(403);
    expect((await call(otherStaff, 'GET', `/api/job-orders/${id}`)).statusCode).toBe(404);
    expect((await call(otherStaff, 'PATCH', `/api/job-orders/${id}`, { version: 1, title: 'Diambil alih' })).statusCode).toBe(404);
    expect((await call(otherStaff, 'POST', `/api/job-orders/${id}/status`, { version: 1, status: 'verified', attacheReference: 'X' })).statusCode).toBe(404);
    expect((await call(otherStaff, 'GET', '/api/job-orders')).json().total).toBe(0);
    expect((await call(staff, 'GET', `/api/job-orders/${MISSING}`)).statusCode).toBe(404);
    expect((await call(staff, 'GET', '/api/job-orders/nope')).statusCode).toBe(400);
  });
});

describe('job orders', () => {
  it('checks the scheme, country, SSW field, agency, permit, currency and rules, with a message per field', async () => {
    const bad = async (body: object) => {
      const res = await call(staff, 'POST', '/api/job-orders', { ...ssw(), ...body });
      expect(res.statusCode).toBe(400);
      return res.json().fields as Record<string, string>;
    };
    expect((await bad({ schemeCode: 'luar_angkasa' })).schemeCode).toMatch(/Skema penempatan tidak dikenal/);
    expect((await bad({ countryCode: 'MY' })).countryCode).toBe('Negara ini tidak termasuk skema. Negara skema: JP.');
    expect((await bad({ countryCode: 'XX' })).countryCode).toBe('Kode negara tidak dikenal.');
    expect((await bad({ sswFieldCode: null })).sswFieldCode).toMatch(/wajib menyebut bidang SSW/);
    expect((await bad({ sswFieldCode: 'space_travel' })).sswFieldCode).toMatch(/Bidang SSW tidak dikenal/);
    expect((await bad({ agencyId: null, permitId: null })).agencyId).toMatch(/wajib melalui P3MI/);
    expect((await bad({ agencyId: MISSING, permitId: null })).agencyId).toBe('P3MI tidak ditemukan.');
    expect((await bad({ permitId: small.permitId })).permitId).toBe('SIP2MI ini bukan milik P3MI yang dipilih.');
    expect((await bad({ salaryCurrency: 'XYZ' })).salaryCurrency).toMatch(/ISO 4217/);
    expect((await bad({ salaryCurrency: null })).salaryCurrency).toMatch(/wajib/);
    expect(Object.keys(await bad({ positions: 0 }))).toEqual(['positions']);
    expect(Object.keys(await bad({ positions: 10_001 }))).toEqual(['positions']);
    expect(Object.keys(await bad({ extraRules: [{ id: 'x', kind: 'height', cm: 160 }] }))[0]).toMatch(/^extraRules/);
    expect((await bad({ isPublic: true })).isPublic).toMatch(/ditayangkan ke publik/);
    expect((await bad({ title: 'J'.repeat(201) })).title).toBe('Maksimal 200 karakter.');
    const [office] = await t.database.db.select().from(offices).where(eq(offices.code, 'BP3MI-SUMSEL'));
    const expired = await seedAgency(t.database, office!.id, { licenceValidUntil: '2026-01-31' });
    expect((await bad({ agencyId: expired.agencyId, permitId: expired.permitId })).agencyId).toBe('SIP3MI perusahaan ini sudah berakhir pada 2026-01-31.');
    const suspended = await seedAgency(t.database, office!.id, { status: 'suspended' });
    expect((await bad({ agencyId: suspended.agencyId, permitId: null })).agencyId).toMatch(/dibekukan/);
    const oldPermit = await seedAgency(t.database, office!.id, { permitValidUntil: '2026-06-30' });
    expect((await bad({ agencyId: oldPermit.agencyId, permitId: oldPermit.permitId })).permitId).toBe('SIP2MI ini sudah berakhir pada 2026-06-30.');
  });

  it('creates drafts with references numbered per year, and finds them by filters and text', async () => {
    const res = await call(staff, 'POST', '/api/job-orders', {
      ...ssw(),
      title: 'Operator pabrik Penang',
      schemeCode: 'p_to_p',
      countryCode: 'MY',
      sswFieldCode: null,
      positions: 5,
      salaryCurrency: 'MYR',
      salaryMinor: 170_000,
    });
    expect(res.statusCode).toBe(201);
    const order = res.json();
    expect(order).toMatchObject({
      version: 1,
      reference: 'JO-2026-0002',
      status: 'draft',
      isPublic: false,
      schemeCode: 'p_to_p',
      countryName: 'Malaysia',
      agencyName: 'PT Sriwijaya Karya Mandiri',
      employerName: 'Kaigo Fukushi Kai Osaka',
      permitNumber: agency.permitNumber,
      salaryMinor: 170_000,
    });
    const ssws = (await call(staff, 'GET', '/api/job-orders?scheme=ssw_japan')).json();
    expect(ssws.items.map((o: { reference: string }) => o.reference)).toEqual(['JO-2026-0001']);
    expect(ssws.items[0]).toMatchObject({ sswFieldName: 'Perawatan (kaigo)', extraRules: [{ id: 'sex', kind: 'sex', allowed: ['female'] }] });
    expect((await call(staff, 'GET', '/api/job-orders?q=penang')).json().items.map((o: { id: string }) => o.id)).toEqual([order.id]);
    expect((await call(staff, 'GET', '/api/job-orders?q=JO-2026-0001')).json().total).toBe(1);
    expect((await call(staff, 'GET', '/api/job-orders?q=fukushi')).json().total).toBe(2);
    expect((await call(staff, 'GET', '/api/job-orders?country=MY&status=draft')).json().total).toBe(1);
    expect((await call(staff, 'GET', '/api/job-orders?sswField=nursing_care')).json().total).toBe(1);
    expect((await call(staff, 'GET', `/api/job-orders?agency=${agency.agencyId}&public=false`)).json().total).toBe(2);
    expect((await call(staff, 'GET', '/api/job-orders?public=true')).json().total).toBe(0);
    expect((await call(staff, 'GET', '/api/job-orders?sort=reference')).json().items[0].reference).toBe('JO-2026-0001');
    expect((await call(staff, 'GET', '/api/job-orders?sort=-reference&pageSize=1')).json()).toMatchObject({
      total: 2,
      pageSize: 1,
      items: [{ reference: 'JO-2026-0002' }],
    });
    expect((await call(staff, 'GET', '/api/job-orders?lang=en&scheme=p_to_p')).json().items[0].countryName).toBe('Malaysia');
    const [audit] = await t.database.query<{ n: number }>(`select count(*)::int as n from audit_events where action = 'job_order.create'`);
    expect(audit!.n).toBe(2);
  });

  it('refuses positions beyond the permit’s quota, naming the permit, its quota and what remains', async () => {
    // 10 + 5 of 50 are drawn on the agency's permit: 35 remain.
    const over = await call(staff, 'POST', '/api/job-orders', { ...ssw(), positions: 36 });
    expect(over.statusCode).toBe(409);
    expect(over.json()).toMatchObject({
      code: 'job_orders.quota_exceeded',
      message: `Kuota SIP2MI ${agency.permitNumber} tidak cukup: tersisa 35 dari 50 posisi, diminta 36.`,
    });
    const en = await call(staff, 'POST', '/api/job-orders?lang=en', { ...ssw(), positions: 36 });
    expect(en.json().message).toBe(`SIP2MI ${agency.permitNumber} quota is not enough: 35 of 50 positions remain, 36 requested.`);
    // Raising an order's own positions counts the others only.
    const first = (await call(staff, 'GET', '/api/job-orders?q=JO-2026-0001')).json().items[0];
    expect((await call(staff, 'PATCH', `/api/job-orders/${first.id}`, { version: first.version, positions: 46 })).json().code).toBe(
      'job_orders.quota_exceeded',
    );
    const raised = await call(staff, 'PATCH', `/api/job-orders/${first.id}`, { version: first.version, positions: 45 });
    expect(raised.statusCode).toBe(200);
    expect(raised.json()).toMatchObject({ positions: 45, version: 2 });
  });

  it('lets only one of two parallel creations over the quota pass', async () => {
    // The small permit has 6: two orders of 4 at once cannot both fit.
    const body = { ...ssw(), agencyId: small.agencyId, permitId: small.permitId, positions: 4 };
    const [a, b] = await Promise.all([call(staff, 'POST', '/api/job-orders', body), call(staff, 'POST', '/api/job-orders', body)]);
    expect([a.statusCode, b.statusCode].sort()).toEqual([201, 409]);
    const refused = a.statusCode === 409 ? a : b;
    expect(refused.json().message).toMatch(/tersisa 2 dari 6 posisi/);
    const references = (await call(staff, 'GET', '/api/job-orders?sort=reference&pageSize=100')).json().items.map((o: { reference: string }) => o.reference);
    expect(references).toEqual(['JO-2026-0001', 'JO-2026-0002', 'JO-2026-0003']);
  });

  it('moves draft → verified → open → filled → closed, records the attaché’s verification, refuses other moves with 409', async () => {
    const created = (
      await call(staff, 'POST', '/api/job-orders', {
        ...ssw(),
        agencyId: small.agencyId,
        permitId: small.permitId,
        positions: 1,
        title: 'Pekerja restoran Tokyo',
        sswFieldCode: 'food_service',
      })
    ).json();
    const url = `/api/job-orders/${created.id}/status`;
    const open = await call(staff, 'POST', url, { version: 1, status: 'open' });
    expect(open.statusCode).toBe(409);
    expect(open.json()).toMatchObject({
      code: 'job_orders.bad_transition',
      message: 'Status job order tidak dapat diubah dari draf ke dibuka. Langkah yang boleh: terverifikasi.',
    });
    expect((await call(staff, 'POST', url, { version: 1, status: 'verified' })).json().fields.attacheReference).toMatch(/wajib/);
    const verified = await call(staff, 'POST', url, { version: 1, status: 'verified', attacheReference: 'B.123/KBRI-TYO/2026', note: 'Dicek atase' });
    expect(verified.statusCode).toBe(200);
    expect(verified.json()).toMatchObject({
      status: 'verified',
      version: 2,
      attacheReference: 'B.123/KBRI-TYO/2026',
      attacheVerifiedAt: clock.now().toISOString(),
      attacheVerifiedByName: expect.any(String),
    });
    expect((await call(staff, 'POST', url, { version: 2, status: 'draft' })).statusCode).toBe(409);
    expect((await call(staff, 'POST', url, { version: 1, status: 'open' })).json().code).toBe('version_conflict');
    const published = await call(staff, 'PATCH', `/api/job-orders/${created.id}`, { version: 2, isPublic: true });
    expect(published.json()).toMatchObject({ isPublic: true, version: 3 });
    expect((await call(staff, 'POST', url, { version: 3, status: 'open' })).json()).toMatchObject({ status: 'open', isPublic: true });
    const filled = (await call(staff, 'POST', url, { version: 4, status: 'filled' })).json();
    expect(filled).toMatchObject({ status: 'filled', isPublic: false });
    expect((await call(staff, 'PATCH', `/api/job-orders/${created.id}`, { version: 5, title: 'Lain' })).json().code).toBe('job_orders.not_editable');
    expect((await call(staff, 'POST', url, { version: 5, status: 'closed' })).json().status).toBe('closed');
    const closedAgain = await call(staff, 'POST', `${url}?lang=en`, { version: 6, status: 'open' });
    expect(closedAgain.json().message).toBe('A job order cannot move from closed to open. Allowed: —.');
    const draft = (await call(staff, 'GET', '/api/job-orders?status=draft')).json().items[0];
    expect((await call(staff, 'PATCH', `/api/job-orders/${draft.id}`, { version: draft.version, isPublic: true })).json().fields.isPublic).toMatch(/publik/);
    const [audit] = await t.database.query<{ n: number }>(`select count(*)::int as n from audit_events where action = 'job_order.status'`);
    expect(audit!.n).toBe(4);
  });
});
