import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeNik } from '../../../domain/nik.js';
import { manualClock } from '../../lib/clock.js';
import type { TestApp } from '../../test/harness.js';
import { MISSING, registryTestContext, type Headers } from '../../test/registry.js';

const clock = manualClock();
let t: TestApp;
let call: Awaited<ReturnType<typeof registryTestContext>>['call'];
let staff: Headers;
let humas: Headers;
let otherStaff: Headers;
let personId: string;
let personNik: string;
let otherPersonId: string;
const motherNik = makeNik({ districtCode: '16.74.02', birthDate: '1970-08-17', sex: 'female', serial: 31 });

beforeAll(async () => {
  ({ t, call, staff, humas, otherStaff, personId, personNik, otherPersonId } = await registryTestContext(clock));
});
afterAll(() => t.close());

const base = () => `/api/persons/${personId}/family-members`;
const mother = {
  fullName: 'Rohana',
  relation: 'mother',
  nik: motherNik,
  birthDate: '1970-08-17',
  phone: '0812 7300 5555',
  addressLine: 'Desa Tanjung Raman',
  emergencyContact: true,
};

describe('who may call the family routes', () => {
  it('answers 401 without a session and 403 for a role without registry grants', async () => {
    const member = `${base()}/${MISSING}`;
    const routes: [Parameters<typeof call>[1], string, object?][] = [
      ['GET', base()],
      ['POST', base(), mother],
      ['PATCH', member, { version: 1 }],
      ['DELETE', `${member}?version=1`],
    ];
    for (const [method, url, payload] of routes) {
      expect((await call(undefined, method, url, payload)).statusCode, `${method} ${url}`).toBe(401);
      expect((await call(humas, method, url, payload)).statusCode, `${method} ${url}`).toBe(403);
    }
  });

  it('answers 404 for another office’s person or a missing one, 400 for a malformed id', async () => {
    expect((await call(staff, 'GET', `/api/persons/${otherPersonId}/family-members`)).statusCode).toBe(404);
    expect((await call(staff, 'POST', `/api/persons/${otherPersonId}/family-members`, mother)).statusCode).toBe(404);
    expect((await call(staff, 'POST', `/api/persons/${MISSING}/family-members`, mother)).statusCode).toBe(404);
    expect((await call(staff, 'GET', `/api/persons/x/family-members`)).statusCode).toBe(400);
    expect((await call(staff, 'PATCH', `${base()}/x`, { version: 1 })).statusCode).toBe(400);
  });
});

describe('family members', () => {
  let member: { id: string; version: number };

  it('refuses a malformed NIK, the person’s own NIK, an unknown relation and an emergency contact without a phone', async () => {
    const bad = await call(staff, 'POST', base(), { ...mother, nik: '1674' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().fields.nik).toBe('NIK harus 16 digit; yang diketik 4 digit.');
    const own = await call(staff, 'POST', base(), { ...mother, nik: personNik });
    expect(own.json().fields.nik).toMatch(/NIK orang itu sendiri/);
    expect((await call(staff, 'POST', base(), { ...mother, relation: 'cousin' })).json().fields.relation).toMatch(/Pilih salah satu/);
    const noPhone = await call(staff, 'POST', base(), { ...mother, phone: null });
    expect(noPhone.json().fields.phone).toMatch(/Kontak darurat/);
    expect((await call(staff, 'POST', base(), { ...mother, birthDate: '2027-01-01' })).json().fields.birthDate).toMatch(/masa depan/);
    expect((await call(staff, 'POST', base(), { ...mother, fullName: 'R'.repeat(121) })).json().fields.fullName).toBe('Maksimal 120 karakter.');
    expect((await call(staff, 'GET', base())).json().total).toBe(0);
  });

  it('adds a member with the NIK masked, a timeline entry and an audit row without the NIK', async () => {
    const res = await call(staff, 'POST', base(), mother);
    expect(res.statusCode).toBe(201);
    member = res.json();
    expect(member).toEqual({
      id: expect.any(String),
      version: 1,
      personId,
      fullName: 'Rohana',
      relation: 'mother',
      nikMasked: '1674••••••••••••',
      birthDate: '1970-08-17',
      phone: '6281273005555',
      addressLine: 'Desa Tanjung Raman',
      emergencyContact: true,
      createdAt: clock.now().toISOString(),
    });
    expect(res.body).not.toContain(motherNik);
    const timeline = (await call(staff, 'GET', `/api/persons/${personId}/timeline`)).json();
    expect(timeline.items[0]).toMatchObject({ kind: 'family.added', data: { relation: 'mother', name: 'Rohana' } });
    const [audit] = await t.database.query<{ details: { personId: string } }>(`select details from audit_events where action = 'family.create'`);
    expect(audit!.details.personId).toBe(personId);
    expect(JSON.stringify(audit!.details)).not.toContain(motherNik);
    const spouse = await call(staff, 'POST', base(), { fullName: 'Ahmad', relation: 'spouse' });
    expect(spouse.json()).toMatchObject({ nikMasked: null, emergencyContact: false, phone: null });
    const list = (await call(staff, 'GET', base())).json();
    expect(list).toMatchObject({ total: 2, page: 1, pageSize: 100 });
    expect(list.items.map((m: { fullName: string }) => m.fullName)).toEqual(['Rohana', 'Ahmad']);
    expect(JSON.stringify(list)).not.toContain(motherNik);
  });

  it('updates with the current version; a stale one answers 409 and changes nothing', async () => {
    const ok = await call(staff, 'PATCH', `${base()}/${member.id}`, { version: 1, addressLine: 'Kel. Gunung Ibul', nik: null });
    expect(ok.statusCode).toBe(200);
    expect(ok.json()).toMatchObject({ version: 2, addressLine: 'Kel. Gunung Ibul', nikMasked: null, fullName: 'Rohana', phone: '6281273005555' });
    const stale = await call(staff, 'PATCH', `${base()}/${member.id}`, { version: 1, fullName: 'Nama Lain' });
    expect(stale.statusCode).toBe(409);
    const [row] = (await call(staff, 'GET', base())).json().items;
    expect(row).toMatchObject({ fullName: 'Rohana', version: 2 });
    // Clearing the phone of an emergency contact is refused: the rule holds for the record as a whole.
    expect((await call(staff, 'PATCH', `${base()}/${member.id}`, { version: 2, phone: null })).json().fields.phone).toMatch(/Kontak darurat/);
    expect((await call(staff, 'PATCH', `${base()}/${MISSING}`, { version: 1 })).statusCode).toBe(404);
    expect((await call(otherStaff, 'PATCH', `${base()}/${member.id}`, { version: 2 })).statusCode).toBe(404);
    expect((await call(staff, 'PATCH', `${base()}/${member.id}`, { fullName: 'X Y' })).statusCode).toBe(400);
    const kinds = (await call(staff, 'GET', `/api/persons/${personId}/timeline`)).json().items.map((e: { kind: string }) => e.kind);
    expect(kinds[0]).toBe('family.updated');
  });

  it('removes softly with the current version; a stale one answers 409 and keeps the member', async () => {
    expect((await call(staff, 'DELETE', `${base()}/${member.id}?version=1`)).statusCode).toBe(409);
    expect((await call(staff, 'GET', base())).json().total).toBe(2);
    expect((await call(staff, 'DELETE', `${base()}/${member.id}?version=abc`)).statusCode).toBe(400);
    expect((await call(otherStaff, 'DELETE', `${base()}/${member.id}?version=2`)).statusCode).toBe(404);
    const res = await call(staff, 'DELETE', `${base()}/${member.id}?version=2`);
    expect(res.statusCode).toBe(204);
    expect((await call(staff, 'GET', base())).json().items.map((m: { fullName: string }) => m.fullName)).toEqual(['Ahmad']);
    expect((await call(staff, 'DELETE', `${base()}/${member.id}?version=3`)).statusCode).toBe(404);
    const [row] = await t.database.query<{ deleted_at: Date | null }>('select deleted_at from family_members where id = $1', [member.id]);
    expect(row!.deleted_at).not.toBeNull();
    const timeline = (await call(staff, 'GET', `/api/persons/${personId}/timeline`)).json();
    expect(timeline.items[0]).toMatchObject({ kind: 'family.removed', data: { relation: 'mother', name: 'Rohana' } });
    const [audit] = await t.database.query<{ details: { personId: string } }>(`select details from audit_events where action = 'family.delete'`);
    expect(audit!.details.personId).toBe(personId);
  });

  it('shows the member’s changes in the data-subject export’s processing history', async () => {
    const rows = await t.database.query<{ action: string }>(`select action from audit_events where details->>'personId' = $1 order by at, id`, [personId]);
    expect(rows.map((a) => a.action)).toEqual(['family.create', 'family.create', 'family.update', 'family.delete']);
  });
});
