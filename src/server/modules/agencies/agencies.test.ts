import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { jobOrders, schemes } from '../../db/schema/index.js';
import { DEMO_PASSWORD } from '../../demo/seed.js';
import { manualClock } from '../../lib/clock.js';
import { signIn, type TestApp } from '../../test/harness.js';
import { MISSING, registryTestContext, type Headers } from '../../test/registry.js';
import { usedPositions } from './permits.repository.js';

const clock = manualClock(); // 2026-11-29 in WIB
let t: TestApp;
let call: Awaited<ReturnType<typeof registryTestContext>>['call'];
let staff: Headers;
let humas: Headers;
let otherStaff: Headers;
beforeAll(async () => {
  ({ t, call, staff, humas, otherStaff } = await registryTestContext(clock));
});
afterAll(() => t.close());

const agency = (over: object = {}) => ({
  name: 'PT Uji Karya Mandiri',
  licenceNumber: 'SIP3MI/UJI/001',
  licenceIssuedOn: '2024-01-10',
  licenceValidUntil: '2029-01-09',
  regionCode: '16.71',
  phone: '0711 555 123',
  email: 'Info@UjiKarya.test',
  ...over,
});

describe('who may call the agency routes', () => {
  it('answers 401 without a session, 403 for humas writes, 404 for another office’s agency', async () => {
    const routes: [Parameters<typeof call>[1], string, object?][] = [
      ['GET', '/api/agencies'],
      ['POST', '/api/agencies', agency()],
      ['GET', `/api/agencies/${MISSING}`],
      ['PATCH', `/api/agencies/${MISSING}`, { version: 1 }],
      ['GET', `/api/agencies/${MISSING}/permits`],
      ['POST', `/api/agencies/${MISSING}/permits`, { number: 'X', validUntil: '2027-01-01', quota: 1 }],
      ['PATCH', `/api/agencies/${MISSING}/permits/${MISSING}`, { version: 1 }],
    ];
    for (const [method, url, payload] of routes) expect((await call(undefined, method, url, payload)).statusCode, `${method} ${url}`).toBe(401);
    expect((await call(humas, 'GET', '/api/agencies')).statusCode).toBe(200);
    expect((await call(humas, 'POST', '/api/agencies', agency())).statusCode).toBe(403);
    const theirs = await call(otherStaff, 'POST', '/api/agencies', agency({ name: 'PT Jabar Jaya', licenceNumber: 'SIP3MI/UJI/JABAR' }));
    expect(theirs.statusCode).toBe(201);
    expect((await call(staff, 'GET', `/api/agencies/${theirs.json().id}`)).statusCode).toBe(404);
    expect((await call(staff, 'PATCH', `/api/agencies/${theirs.json().id}`, { version: 1, name: 'Diambil' })).statusCode).toBe(404);
    expect((await call(staff, 'GET', `/api/agencies/${theirs.json().id}/permits`)).statusCode).toBe(404);
    expect((await call(staff, 'GET', '/api/agencies?q=Jabar')).json().total).toBe(0);
    expect((await call(staff, 'GET', `/api/agencies/nope`)).statusCode).toBe(400);
    // A head office of another office cannot be named.
    const branch = await call(staff, 'POST', '/api/agencies', agency({ licenceNumber: 'SIP3MI/UJI/X', headAgencyId: theirs.json().id }));
    expect(branch.statusCode).toBe(400);
    expect(branch.json().fields.headAgencyId).toMatch(/tidak ditemukan/);
  });
});

describe('agencies', () => {
  let head: { id: string; version: number };

  it('registers an agency, and refuses a licence number already taken whatever its case', async () => {
    const res = await call(staff, 'POST', '/api/agencies', agency());
    expect(res.statusCode).toBe(201);
    head = res.json();
    expect(res.json()).toMatchObject({
      name: 'PT Uji Karya Mandiri',
      status: 'active',
      licenceState: 'valid',
      email: 'info@ujikarya.test',
      phone: '62711555123',
      branches: [],
    });
    expect(res.json().regionName).toBeTruthy();
    const again = await call(staff, 'POST', '/api/agencies', agency({ name: 'PT Lain', licenceNumber: 'sip3mi/uji/001' }));
    expect(again.statusCode).toBe(409);
    expect(again.json()).toMatchObject({ code: 'licence_taken', message: expect.stringMatching(/SIP3MI ini sudah terdaftar/) });
    const audit = await t.database.query<{ action: string }>(`select action from audit_events where resource_id = $1`, [head.id]);
    expect(audit.map((a) => a.action)).toContain('agency.create');
  });

  it('checks the fields with a message per field', async () => {
    const res = await call(
      staff,
      'POST',
      '/api/agencies',
      agency({ licenceNumber: 'SIP3MI/UJI/002', status: 'suspended', licenceValidUntil: '2020-01-01', regionCode: '99.99' }),
    );
    expect(res.statusCode).toBe(400);
    expect(res.json().fields).toMatchObject({
      statusReason: expect.stringMatching(/Alasan wajib/),
      licenceValidUntil: expect.stringMatching(/sebelum tanggal terbit/),
      regionCode: 'Kode wilayah tidak dikenal.',
    });
    expect((await call(staff, 'POST', '/api/agencies', agency({ email: 'bukan-email' }))).json().fields.email).toBe('Alamat email tidak valid.');
    expect((await call(staff, 'POST', '/api/agencies', { name: 'x'.repeat(201), licenceNumber: 'A', licenceValidUntil: '2027-01-01' })).statusCode).toBe(400);
  });

  it('computes the licence state from the office’s today and filters by it', async () => {
    const soon = await call(
      staff,
      'POST',
      '/api/agencies',
      agency({ name: 'PT Hampir Habis', licenceNumber: 'SIP3MI/UJI/003', licenceIssuedOn: null, licenceValidUntil: '2027-02-27' }),
    );
    expect(soon.json().licenceState).toBe('expiring'); // 90 days after 2026-11-29
    const past = await call(
      staff,
      'POST',
      '/api/agencies',
      agency({ name: 'PT Sudah Habis', licenceNumber: 'SIP3MI/UJI/004', licenceIssuedOn: null, licenceValidUntil: '2026-11-28' }),
    );
    expect(past.json().licenceState).toBe('expired');
    const later = await call(
      staff,
      'POST',
      '/api/agencies',
      agency({ name: 'PT Masih Lama', licenceNumber: 'SIP3MI/UJI/005', licenceIssuedOn: null, licenceValidUntil: '2027-02-28' }),
    );
    expect(later.json().licenceState).toBe('valid');
    const names = async (url: string) => ((await call(staff, 'GET', url)).json().items as { name: string }[]).map((i) => i.name);
    expect(await names('/api/agencies?licenceState=expiring&q=PT')).toContain('PT Hampir Habis');
    expect(await names('/api/agencies?licenceState=expiring')).not.toContain('PT Masih Lama');
    expect(await names('/api/agencies?licenceState=expired')).toEqual(['PT Sudah Habis']);
    expect(await names('/api/agencies?q=uji/004')).toEqual(['PT Sudah Habis']);
    expect(await names('/api/agencies?q=hampir&sort=-licenceValidUntil')).toEqual(['PT Hampir Habis']);
    clock.advance(2 * 24 * 3600 * 1000); // two days later the last one is within 90 days too (a new session: the old one idled out)
    staff = (await signIn(t.app, 'penempatan@balai.test', DEMO_PASSWORD)).headers;
    humas = (await signIn(t.app, 'humas@balai.test', DEMO_PASSWORD)).headers;
    expect((await call(staff, 'GET', `/api/agencies/${later.json().id}`)).json().licenceState).toBe('expiring');
    expect((await call(staff, 'GET', `/api/agencies/${soon.json().id}`)).json().licenceState).toBe('expiring');
    expect((await call(staff, 'GET', '/api/agencies?licenceState=soon')).statusCode).toBe(400);
  });

  it('suspends with a reason (audited), and refuses a stale version', async () => {
    const noReason = await call(staff, 'PATCH', `/api/agencies/${head.id}`, { version: head.version, status: 'suspended' });
    expect(noReason.statusCode).toBe(400);
    expect(noReason.json().fields.statusReason).toMatch(/Alasan wajib/);
    const res = await call(staff, 'PATCH', `/api/agencies/${head.id}`, { version: head.version, status: 'suspended', statusReason: 'Pembekuan oleh BP2MI' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ status: 'suspended', statusReason: 'Pembekuan oleh BP2MI', version: head.version + 1 });
    expect((await call(staff, 'GET', '/api/agencies?status=suspended')).json().items.map((a: { id: string }) => a.id)).toContain(head.id);
    const stale = await call(staff, 'PATCH', `/api/agencies/${head.id}`, { version: head.version, name: 'Basi' });
    expect(stale.statusCode).toBe(409);
    expect((await call(staff, 'GET', `/api/agencies/${head.id}`)).json().name).toBe('PT Uji Karya Mandiri');
    const [event] = await t.database.query<{ details: { from: string; to: string; reason: string } }>(
      `select details from audit_events where resource_id = $1 and action = 'agency.status'`,
      [head.id],
    );
    expect(event!.details).toEqual({ from: 'active', to: 'suspended', reason: 'Pembekuan oleh BP2MI' });
    const back = await call(staff, 'PATCH', `/api/agencies/${head.id}`, { version: head.version + 1, status: 'active' });
    expect(back.json()).toMatchObject({ status: 'active', statusReason: null });
    head = back.json();
  });

  it('keeps branches one level deep, never itself', async () => {
    const branch = await call(
      staff,
      'POST',
      '/api/agencies',
      agency({ name: 'PT Uji Karya Mandiri Cabang Lahat', licenceNumber: 'SIP3MI/UJI/006', headAgencyId: head.id }),
    );
    expect(branch.statusCode).toBe(201);
    expect(branch.json().headAgency).toMatchObject({ id: head.id, name: 'PT Uji Karya Mandiri' });
    expect((await call(staff, 'GET', `/api/agencies/${head.id}`)).json().branches).toEqual([expect.objectContaining({ id: branch.json().id })]);
    const deeper = await call(staff, 'POST', '/api/agencies', agency({ licenceNumber: 'SIP3MI/UJI/007', headAgencyId: branch.json().id }));
    expect(deeper.json().fields.headAgencyId).toMatch(/kantor cabang/);
    const self = await call(staff, 'PATCH', `/api/agencies/${head.id}`, { version: head.version, headAgencyId: head.id });
    expect(self.json().fields.headAgencyId).toMatch(/dirinya sendiri/);
    const other = await call(staff, 'POST', '/api/agencies', agency({ name: 'PT Pusat Lain', licenceNumber: 'SIP3MI/UJI/008' }));
    const headWithBranches = await call(staff, 'PATCH', `/api/agencies/${head.id}`, { version: head.version, headAgencyId: other.json().id });
    expect(headWithBranches.json().fields.headAgencyId).toMatch(/memiliki kantor cabang/);
    expect((await call(staff, 'POST', '/api/agencies', agency({ licenceNumber: 'SIP3MI/UJI/009', headAgencyId: MISSING }))).statusCode).toBe(400);
  });

  describe('recruitment permits', () => {
    let permit: { id: string; version: number };

    it('records a permit with its quota, refusing a taken number and a bad quota', async () => {
      const url = `/api/agencies/${head.id}/permits`;
      const res = await call(staff, 'POST', url, {
        number: 'SIP2MI/UJI/MY/01',
        countryCode: 'MY',
        issuedOn: '2026-06-01',
        validUntil: '2027-06-01',
        quota: 20,
      });
      expect(res.statusCode).toBe(201);
      expect(res.json()).toMatchObject({ quota: 20, used: 0, remaining: 20, countryName: 'Malaysia', state: 'valid' });
      permit = res.json();
      const taken = await call(staff, 'POST', url, { number: 'sip2mi/uji/my/01', validUntil: '2027-06-01', quota: 5 });
      expect(taken.statusCode).toBe(409);
      expect(taken.json()).toMatchObject({ code: 'permit_number_taken', message: expect.stringMatching(/SIP2MI ini sudah tercatat/) });
      expect((await call(staff, 'POST', url, { number: 'B', validUntil: '2027-06-01', quota: 0 })).statusCode).toBe(400);
      expect((await call(staff, 'POST', url, { number: 'B', validUntil: '2027-06-01', quota: 100_001 })).statusCode).toBe(400);
      expect((await call(staff, 'POST', url, { number: 'B', countryCode: 'XX', validUntil: '2027-06-01', quota: 1 })).json().fields.countryCode).toBe(
        'Kode negara tidak dikenal.',
      );
      expect((await call(humas, 'POST', url, { number: 'B', validUntil: '2027-06-01', quota: 1 })).statusCode).toBe(403);
      expect((await call(staff, 'GET', url)).json().items).toHaveLength(1);
    });

    it('counts the positions of its job orders, and refuses a quota below them', async () => {
      const [scheme] = await t.database.db.insert(schemes).values({ code: 'UJI-P2P', nameId: 'Uji', nameEn: 'Test' }).returning();
      const [office] = await t.database.query<{ id: string }>(`select id from offices where code = 'BP3MI-SUMSEL'`);
      const order = (reference: string, positions: number, status: 'draft' | 'closed' = 'draft') =>
        t.database.db
          .insert(jobOrders)
          .values({
            officeId: office!.id,
            reference,
            title: 'Operator',
            schemeId: scheme!.id,
            countryCode: 'MY',
            occupationTitle: 'Operator',
            positions,
            permitId: permit.id,
            status,
          })
          .returning()
          .then((r) => r[0]!);
      const first = await order('JO-UJI-1', 8);
      await order('JO-UJI-2', 4, 'closed');
      expect(await usedPositions(t.database.db, permit.id)).toBe(12);
      expect(await usedPositions(t.database.db, permit.id, { excludeJobOrderId: first.id })).toBe(4);
      expect(await usedPositions(t.database.db, MISSING)).toBe(0);
      const url = `/api/agencies/${head.id}/permits/${permit.id}`;
      expect((await call(staff, 'GET', `/api/agencies/${head.id}/permits`)).json().items[0]).toMatchObject({ used: 12, remaining: 8 });
      const low = await call(staff, 'PATCH', url, { version: permit.version, quota: 11 });
      expect(low.statusCode).toBe(409);
      expect(low.json()).toMatchObject({ code: 'quota_below_used', message: expect.stringMatching(/di bawah 12 posisi/) });
      const ok = await call(staff, 'PATCH', url, { version: permit.version, quota: 12 });
      expect(ok.statusCode).toBe(200);
      expect(ok.json()).toMatchObject({ quota: 12, used: 12, remaining: 0, version: permit.version + 1 });
      expect((await call(staff, 'PATCH', url, { version: permit.version, quota: 30 })).statusCode).toBe(409);
      expect((await call(staff, 'PATCH', `/api/agencies/${head.id}/permits/${MISSING}`, { version: 1, quota: 30 })).statusCode).toBe(404);
      const audit = await t.database.query<{ action: string }>(`select action from audit_events where resource_id = $1 order by at, id`, [permit.id]);
      expect(audit.map((a) => a.action)).toEqual(['permit.create', 'permit.update']);
    });
  });
});
