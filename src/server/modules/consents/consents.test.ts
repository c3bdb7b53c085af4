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

const base = () => `/api/persons/${personId}/consents`;
const consent = {
  purpose: 'Penempatan ke Jepang melalui P3MI dan pertukaran data dengan mitra',
  legalBasis: 'consent',
  givenOn: '2026-11-02',
  channel: 'paper',
};

describe('who may call the consent routes', () => {
  it('answers 401 without a session and 403 for a role without registry grants', async () => {
    const routes: [Parameters<typeof call>[1], string, object?][] = [
      ['GET', base()],
      ['POST', base(), consent],
      ['POST', `${base()}/${MISSING}/withdraw`, { version: 1, withdrawnOn: '2026-11-20' }],
    ];
    for (const [method, url, payload] of routes) {
      expect((await call(undefined, method, url, payload)).statusCode, `${method} ${url}`).toBe(401);
      expect((await call(humas, method, url, payload)).statusCode, `${method} ${url}`).toBe(403);
    }
  });

  it('answers 404 for another office’s person or a missing one, 400 for a malformed id', async () => {
    expect((await call(staff, 'GET', `/api/persons/${otherPersonId}/consents`)).statusCode).toBe(404);
    expect((await call(staff, 'POST', `/api/persons/${otherPersonId}/consents`, consent)).statusCode).toBe(404);
    expect((await call(staff, 'POST', `/api/persons/${MISSING}/consents`, consent)).statusCode).toBe(404);
    expect((await call(staff, 'POST', `${base()}/${MISSING}/withdraw`, { version: 1, withdrawnOn: '2026-11-20' })).statusCode).toBe(404);
    expect((await call(staff, 'POST', `${base()}/abc/withdraw`, { version: 1, withdrawnOn: '2026-11-20' })).statusCode).toBe(400);
  });
});

describe('consents', () => {
  let recorded: { id: string; version: number };

  it('refuses a missing purpose, a purpose over 200 characters, an unknown basis or channel, and a date in the future', async () => {
    const res = await call(staff, 'POST', base(), { ...consent, purpose: '', legalBasis: 'whim', channel: 'pigeon' });
    expect(res.statusCode).toBe(400);
    expect(Object.keys(res.json().fields).sort()).toEqual(['channel', 'legalBasis', 'purpose']);
    expect((await call(staff, 'POST', base(), { ...consent, purpose: 'x'.repeat(201) })).json().fields.purpose).toBe('Maksimal 200 karakter.');
    expect((await call(staff, 'POST', base(), { ...consent, givenOn: '2026-11-30' })).json().fields.givenOn).toMatch(/masa depan/);
    expect((await call(staff, 'GET', base())).json().total).toBe(0);
  });

  it('records a consent with who recorded it, a timeline entry and an audit row', async () => {
    const res = await call(staff, 'POST', base(), consent);
    expect(res.statusCode).toBe(201);
    recorded = res.json();
    expect(recorded).toEqual({
      id: expect.any(String),
      version: 1,
      personId,
      purpose: consent.purpose,
      legalBasis: 'consent',
      givenOn: '2026-11-02',
      channel: 'paper',
      withdrawnOn: null,
      withdrawalNote: null,
      recordedBy: 'Staf Pelayanan Penempatan',
      createdAt: clock.now().toISOString(),
    });
    const timeline = (await call(staff, 'GET', `/api/persons/${personId}/timeline`)).json();
    expect(timeline.items[0]).toMatchObject({ kind: 'consent.recorded', data: { purpose: consent.purpose, legalBasis: 'consent' } });
    const [audit] = await t.database.query<{ details: { personId: string } }>(`select details from audit_events where action = 'consent.create'`);
    expect(audit!.details.personId).toBe(personId);
    await call(staff, 'POST', base(), { purpose: 'Pelaporan statistik penempatan', legalBasis: 'public_task', givenOn: '2026-11-20', channel: 'in_person' });
    const list = (await call(staff, 'GET', base())).json();
    expect(list).toMatchObject({ total: 2, page: 1, pageSize: 100 });
    expect(list.items.map((c: { legalBasis: string }) => c.legalBasis)).toEqual(['public_task', 'consent']);
  });

  it('refuses a withdrawal before the consent was given or in the future', async () => {
    const url = `${base()}/${recorded.id}/withdraw`;
    expect((await call(staff, 'POST', url, { version: 1, withdrawnOn: '2026-11-01' })).json().fields.withdrawnOn).toMatch(/sebelum tanggal persetujuan/);
    expect((await call(staff, 'POST', url, { version: 1, withdrawnOn: '2026-12-01' })).json().fields.withdrawnOn).toMatch(/masa depan/);
    expect((await call(staff, 'POST', url, { version: 1 })).statusCode).toBe(400);
    expect((await call(staff, 'POST', url, { version: 1, withdrawnOn: '2026-11-20', note: 'n'.repeat(501) })).statusCode).toBe(400);
    expect((await call(otherStaff, 'POST', url, { version: 1, withdrawnOn: '2026-11-20' })).statusCode).toBe(404);
  });

  it('withdraws with the current version; a stale version answers 409 and changes nothing', async () => {
    const url = `${base()}/${recorded.id}/withdraw`;
    const stale = await call(staff, 'POST', url, { version: 5, withdrawnOn: '2026-11-20' });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().code).toBe('version_conflict');
    const unchanged = (await call(staff, 'GET', base())).json().items.find((c: { id: string }) => c.id === recorded.id);
    expect(unchanged).toMatchObject({ version: 1, withdrawnOn: null });
    const res = await call(staff, 'POST', url, { version: 1, withdrawnOn: '2026-11-29', note: 'Tidak jadi berangkat' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ version: 2, withdrawnOn: '2026-11-29', withdrawalNote: 'Tidak jadi berangkat', givenOn: '2026-11-02' });
    const timeline = (await call(staff, 'GET', `/api/persons/${personId}/timeline`)).json();
    expect(timeline.items[0]).toMatchObject({ kind: 'consent.withdrawn', data: { legalBasis: 'consent' } });
    const [audit] = await t.database.query<{ details: { personId: string } }>(`select details from audit_events where action = 'consent.withdraw'`);
    expect(audit!.details.personId).toBe(personId);
  });

  it('answers 409 already_withdrawn for a second withdrawal', async () => {
    const res = await call(staff, 'POST', `${base()}/${recorded.id}/withdraw`, { version: 2, withdrawnOn: '2026-11-29' });
    expect(res.statusCode).toBe(409);
    expect(res.json()).toMatchObject({ code: 'already_withdrawn', message: 'Persetujuan ini sudah ditarik pada 2026-11-29.' });
  });
});
