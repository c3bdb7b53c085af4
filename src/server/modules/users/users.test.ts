import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD, DEMO_TOTP_SECRET, seedDemo } from '../../demo/seed.js';
import { manualClock } from '../../lib/clock.js';
import { seedOtherOffice } from '../../test/fixtures.js';
import { createTestApp, signIn, type Session, type TestApp } from '../../test/harness.js';
import { totpCode } from '../auth/totp.js';

const clock = manualClock();
let t: TestApp;
let admin: Session;
let kepala: Session;
let other: Awaited<ReturnType<typeof seedOtherOffice>>;
let divisions: Record<string, string>;
let prabumulih: string;

beforeAll(async () => {
  t = await createTestApp({ clock });
  await seedDemo(t.database);
  other = await seedOtherOffice(t.database);
  admin = await signIn(t.app, 'admin@balai.test', DEMO_PASSWORD, totpCode(DEMO_TOTP_SECRET, clock.now()));
  clock.advance(30_000);
  kepala = await signIn(t.app, 'kepala@balai.test', DEMO_PASSWORD, totpCode(DEMO_TOTP_SECRET, clock.now()));
  const rows = await t.database.query<{ code: string; id: string }>(
    `select d.code, d.id from divisions d join offices o on o.id = d.office_id where o.code = 'BP3MI-SUMSEL'`,
  );
  divisions = Object.fromEntries(rows.map((r) => [r.code, r.id]));
  prabumulih = (await t.database.query<{ id: string }>(`select id from partners where name = 'Pemerintah Kota Prabumulih'`))[0]!.id;
});
afterAll(() => t.close());

const as = (s: Session, method: 'GET' | 'POST' | 'PATCH', url: string, payload?: object) =>
  t.app.inject({ method, url, headers: s.headers, ...(payload ? { payload } : {}) });

describe('user administration', () => {
  it('lists the users of the own office only, each with the caller’s abilities', async () => {
    const res = await as(admin, 'GET', '/api/users?pageSize=50');
    expect(res.statusCode).toBe(200);
    const emails = res.json().items.map((u: { email: string }) => u.email);
    expect(emails).toContain('kepala@balai.test');
    expect(emails.some((e: string) => e.endsWith('bp3mi-jabar.test'))).toBe(false);
    const self = res.json().items.find((u: { email: string }) => u.email === 'admin@balai.test');
    expect(self.abilities).toEqual({ update: true, disable: false });
    const byKepala = (await as(kepala, 'GET', '/api/users?role=staff')).json();
    expect(byKepala.total).toBe(2);
    expect(byKepala.items[0].abilities).toEqual({ update: false, disable: false });
    expect(JSON.stringify(res.json())).not.toMatch(/passwordHash|totpSecret|argon2/);
  });

  it('creates a staff user with a one-time initial password, who must change it', async () => {
    const res = await as(admin, 'POST', '/api/users', { email: ' Rina.Staf@Balai.test ', name: 'Rina Staf', role: 'staff', divisionId: divisions.PENEMPATAN });
    expect(res.statusCode).toBe(201);
    const { user, initialPassword } = res.json();
    expect(user).toMatchObject({
      email: 'rina.staf@balai.test',
      role: 'staff',
      divisionId: divisions.PENEMPATAN,
      mustChangePassword: true,
      version: 1,
      disabled: false,
    });
    expect(initialPassword).toMatch(/^.{20,}$/);
    const s = await signIn(t.app, 'rina.staf@balai.test', initialPassword);
    const me = (await t.app.inject({ method: 'GET', url: '/api/auth/me', headers: s.headers })).json();
    expect(me).toMatchObject({ mustChangePassword: true, role: 'staff' });
    const [audit] = await t.database.query<{ details: { after: Record<string, unknown> } }>(
      `select details from audit_events where action = 'user.create' and resource_id = $1`,
      [user.id],
    );
    expect(audit!.details.after).toMatchObject({ email: 'rina.staf@balai.test', role: 'staff' });
    expect(audit!.details.after).not.toHaveProperty('passwordHash');
  });

  it('refuses incomplete or inconsistent assignments with field messages', async () => {
    const noDivision = await as(admin, 'POST', '/api/users', { email: 'a1@balai.test', name: 'Tanpa Bagian', role: 'staff' });
    expect(noDivision.statusCode).toBe(400);
    expect(noDivision.json().fields).toEqual({ divisionId: 'Staf harus ditempatkan di sebuah bagian.' });
    const noPartner = await as(admin, 'POST', '/api/users', { email: 'a2@balai.test', name: 'Mitra', role: 'partner_pemda' });
    expect(noPartner.json().fields).toEqual({ partnerId: 'Akun mitra harus terhubung ke organisasi mitra.' });
    const otherDivision = await as(admin, 'POST', '/api/users', { email: 'a3@balai.test', name: 'Salah', role: 'staff', divisionId: other.divisionId });
    expect(otherDivision.json().fields).toEqual({ divisionId: 'Bagian ini tidak ada di kantor pengguna.' });
    const otherOffice = await as(admin, 'POST', '/api/users', { email: 'a4@balai.test', name: 'Salah', role: 'kepala', officeId: other.officeId });
    expect(otherOffice.json().fields).toEqual({ officeId: 'Kantor tidak ditemukan.' });
    const weak = await as(admin, 'POST', '/api/users', { email: 'a5@balai.test', name: 'Lemah', role: 'humas', password: 'palembang123' });
    expect(weak.json().fields.password).toMatch(/terlalu mudah ditebak/);
    const badEmail = await as(admin, 'POST', '/api/users', { email: 'bukan-email', name: 'X', role: 'humas' });
    expect(badEmail.json().fields).toEqual({ email: 'Alamat email tidak valid.', name: 'Minimal 2 karakter.' });
    const [n] = await t.database.query<{ n: number }>(`select count(*)::int n from users where email like 'a_@balai.test'`);
    expect(n!.n).toBe(0);
  });

  it('answers 409 for an e-mail already in use, in any office', async () => {
    const res = await as(admin, 'POST', '/api/users', { email: 'STAFF@bp3mi-jabar.test', name: 'Ganda', role: 'humas' });
    expect(res.statusCode).toBe(409);
    expect(res.json()).toMatchObject({ code: 'email_taken', fields: { email: 'Email ini sudah dipakai pengguna lain.' } });
  });

  it('links a partner account to its organisation', async () => {
    const res = await as(admin, 'POST', '/api/users', { email: 'disnaker2@prabumulih.test', name: 'Disnaker', role: 'partner_pemda', partnerId: prabumulih });
    expect(res.statusCode).toBe(201);
    expect(res.json().user.partnerId).toBe(prabumulih);
  });

  it('updates with optimistic concurrency: a stale version answers 409 and changes nothing', async () => {
    const target = (await as(admin, 'GET', '/api/users?q=pelindungan')).json().items[0];
    const ok = await as(admin, 'PATCH', `/api/users/${target.id}`, { version: target.version, name: 'Staf Pelindungan (diubah)' });
    expect(ok.statusCode).toBe(200);
    expect(ok.json()).toMatchObject({ name: 'Staf Pelindungan (diubah)', version: target.version + 1 });
    const stale = await as(admin, 'PATCH', `/api/users/${target.id}`, { version: target.version, name: 'Tertimpa' });
    expect(stale.statusCode).toBe(409);
    expect(stale.json()).toMatchObject({ code: 'version_conflict', message: expect.stringMatching(/sudah diubah orang lain/) });
    expect((await as(admin, 'GET', `/api/users/${target.id}`)).json().name).toBe('Staf Pelindungan (diubah)');
  });

  it('disables a user, who is cut off on the next request', async () => {
    const s = await signIn(t.app, 'humas@balai.test', DEMO_PASSWORD);
    expect((await t.app.inject({ method: 'GET', url: '/api/offices', headers: s.headers })).statusCode).toBe(200);
    const humas = (await as(admin, 'GET', '/api/users?q=humas')).json().items[0];
    const res = await as(admin, 'PATCH', `/api/users/${humas.id}`, { version: humas.version, disabled: true });
    expect(res.json()).toMatchObject({ disabled: true });
    expect((await t.app.inject({ method: 'GET', url: '/api/offices', headers: s.headers })).statusCode).toBe(401);
    const again = await t.app.inject({ method: 'POST', url: '/api/auth/sign-in', payload: { email: 'humas@balai.test', password: DEMO_PASSWORD } });
    expect(again.statusCode).toBe(401);
    const self = (await as(admin, 'GET', '/api/users?q=admin@balai')).json().items[0];
    const selfDisable = await as(admin, 'PATCH', `/api/users/${self.id}`, { version: self.version, disabled: true });
    expect(selfDisable.json().fields).toEqual({ disabled: 'Anda tidak dapat menonaktifkan akun Anda sendiri.' });
  });

  it('answers 404 for a user of another office and for one that does not exist, 403 to a kepala who writes', async () => {
    const foreign = (await t.database.query<{ id: string }>(`select id from users where email = $1`, [other.emails.staff]))[0]!.id;
    expect((await as(admin, 'GET', `/api/users/${foreign}`)).statusCode).toBe(404);
    expect((await as(admin, 'PATCH', `/api/users/${foreign}`, { version: 1, name: 'Diambil alih' })).statusCode).toBe(404);
    expect((await as(admin, 'GET', '/api/users/00000000-0000-4000-8000-000000000000')).statusCode).toBe(404);
    expect((await as(kepala, 'POST', '/api/users', { email: 'x@balai.test', name: 'X', role: 'humas' })).statusCode).toBe(403);
  });
});
