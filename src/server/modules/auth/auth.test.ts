import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD, DEMO_TOTP_SECRET, seedDemo } from '../../demo/seed.js';
import { manualClock } from '../../lib/clock.js';
import { createTestApp, signIn, type TestApp } from '../../test/harness.js';
import { totpCode } from './totp.js';

const clock = manualClock(new Date('2026-11-29T02:00:00Z'));
let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ clock, env: { SIGN_IN_MAX_FAILURES: '3', LOCKOUT_MINUTES: '15', SESSION_IDLE_MINUTES: '30', SESSION_ABSOLUTE_HOURS: '12' } });
  await seedDemo(t.database);
});
afterAll(() => t.close());

let ipCounter = 1;
/** Each test signs in from its own address so that address lockouts do not leak between tests. */
let ip = '10.0.0.1';
beforeEach(() => {
  ip = `10.0.${Math.floor(++ipCounter / 250)}.${ipCounter % 250}`;
});

const signInReq = (payload: Record<string, unknown>) => t.app.inject({ method: 'POST', url: '/api/auth/sign-in', payload, remoteAddress: ip });
const auditRows = (action: string) =>
  t.database.query<{ outcome: string; actor_label: string; details: Record<string, unknown> | null }>(
    'select outcome, actor_label, details from audit_events where action = $1 order by id',
    [action],
  );

describe('sign-in', () => {
  it('starts a cookie session with a new id each time, and /me tells who is signed in', async () => {
    const res = await signInReq({ email: 'PENEMPATAN@balai.test', password: DEMO_PASSWORD });
    expect(res.statusCode).toBe(200);
    const cookie = res.cookies.find((c) => c.name === 'balai_session')!;
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Lax', path: '/' });
    expect(res.json()).toMatchObject({ email: 'penempatan@balai.test', role: 'staff', totpEnrolmentRequired: false, csrfToken: expect.any(String) });
    const me = await t.app.inject({ method: 'GET', url: '/api/auth/me', cookies: { balai_session: cookie.value } });
    expect(me.json()).toMatchObject({
      email: 'penempatan@balai.test',
      officeId: res.json().officeId,
      scopes: [
        'offices:read',
        'reports:read',
        'partners:read',
        'persons:read',
        'persons:create',
        'persons:update',
        'persons:reveal',
        'persons:merge',
        'person-health:read',
        'schemes:read',
        'agencies:read',
        'employers:read',
        'job-orders:read',
        'applications:read',
        'agencies:create',
        'agencies:update',
        'employers:create',
        'employers:update',
        'job-orders:create',
        'job-orders:update',
        'applications:create',
        'applications:update',
        'job-orders:export',
      ],
    });
    const again = await signInReq({ email: 'penempatan@balai.test', password: DEMO_PASSWORD });
    expect(again.cookies.find((c) => c.name === 'balai_session')!.value).not.toBe(cookie.value);
  });

  it('answers the same message for a wrong password and an unknown account, and audits both', async () => {
    const wrong = await signInReq({ email: 'pelindungan@balai.test', password: 'salah-salah-salah' });
    const unknown = await signInReq({ email: 'tidak-ada@balai.test', password: 'salah-salah-salah' });
    for (const res of [wrong, unknown]) {
      expect(res.statusCode).toBe(401);
      expect(res.json()).toMatchObject({ code: 'invalid_credentials', message: 'Email atau kata sandi salah.' });
    }
    const rows = await auditRows('auth.sign_in');
    expect(rows.filter((r) => r.outcome === 'failure').map((r) => r.details?.reason)).toEqual(expect.arrayContaining(['wrong_password', 'unknown_account']));
  });

  it('locks an account after repeated failures, without revealing whether it exists', async () => {
    for (const email of ['humas@balai.test', 'hantu@balai.test']) {
      for (let i = 0; i < 3; i++) expect((await signInReq({ email, password: 'bukan-kata-sandi' })).statusCode).toBe(401);
      const locked = await signInReq({ email, password: email === 'humas@balai.test' ? DEMO_PASSWORD : 'x' });
      expect(locked.statusCode).toBe(429);
      expect(locked.json()).toMatchObject({ code: 'sign_in_locked', message: 'Terlalu banyak percobaan masuk yang gagal. Coba lagi dalam 15 menit.' });
    }
    clock.advance(16 * 60_000);
    expect((await signInReq({ email: 'humas@balai.test', password: DEMO_PASSWORD })).statusCode).toBe(200);
  });

  it('locks an address that tries many accounts', async () => {
    const local = await createTestApp({ database: t.database, clock, env: { SIGN_IN_MAX_FAILURES_PER_ADDRESS: '4' } });
    for (let i = 0; i < 4; i++) {
      const res = await local.app.inject({
        method: 'POST',
        url: '/api/auth/sign-in',
        payload: { email: `orang${i}@contoh.id`, password: 'x' },
        remoteAddress: '10.9.9.9',
      });
      expect(res.statusCode).toBe(401);
    }
    const res = await local.app.inject({
      method: 'POST',
      url: '/api/auth/sign-in',
      payload: { email: 'penempatan@balai.test', password: DEMO_PASSWORD },
      remoteAddress: '10.9.9.9',
    });
    expect(res.statusCode).toBe(429);
    await local.app.close();
  });

  it('audits a failed sign-in under the typed e-mail, not under the session the browser still holds', async () => {
    const holder = await signIn(t.app, 'pelindungan@balai.test', DEMO_PASSWORD);
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/auth/sign-in',
      payload: { email: 'penyusup@contoh.id', password: 'bukan-kata-sandi' },
      headers: { cookie: holder.headers.cookie! },
      remoteAddress: ip,
    });
    expect(res.statusCode).toBe(401);
    const [row] = await t.database.query<{ actor_label: string; actor_user_id: string | null }>(
      `select actor_label, actor_user_id from audit_events where action = 'auth.sign_in' and outcome = 'failure' order by id desc limit 1`,
    );
    expect(row).toEqual({ actor_label: 'penyusup@contoh.id', actor_user_id: null });
  });

  it('counts parallel wrong guesses atomically: no more than the limit are checked, then the account is locked', async () => {
    const local = await createTestApp({ database: t.database, clock, env: { SIGN_IN_MAX_FAILURES: '5' } });
    try {
      const attempt = (password: string) =>
        local.app.inject({ method: 'POST', url: '/api/auth/sign-in', payload: { email: 'penempatan@balai.test', password }, remoteAddress: ip });
      const answers = await Promise.all(Array.from({ length: 12 }, (_, i) => attempt(`tebakan-salah-${i}`)));
      const codes = answers.map((r) => r.json().code as string);
      expect(codes.filter((c) => c === 'invalid_credentials').length).toBeLessThanOrEqual(5);
      expect(codes.filter((c) => c === 'sign_in_locked').length).toBeGreaterThanOrEqual(7);
      expect(codes.every((c) => c === 'invalid_credentials' || c === 'sign_in_locked')).toBe(true);
      // The right password is refused while the lock lasts.
      const right = await attempt(DEMO_PASSWORD);
      expect(right.statusCode).toBe(429);
      expect(right.json().code).toBe('sign_in_locked');
      clock.advance(16 * 60_000);
      expect((await attempt(DEMO_PASSWORD)).statusCode).toBe(200);
    } finally {
      await local.close();
    }
  });

  it('does not count a right password as a failure, also when the second factor is still to come', async () => {
    for (let i = 0; i < 5; i++) {
      expect((await signInReq({ email: 'kepala@balai.test', password: DEMO_PASSWORD })).json().code).toBe('totp_required');
      expect((await signInReq({ email: 'pelindungan@balai.test', password: DEMO_PASSWORD })).statusCode).toBe(200);
    }
    const [row] = await t.database.query<{ failures: number }>('select failures from sign_in_throttle where key = $1', [`address:${ip}`]);
    expect(row?.failures ?? 0).toBe(0);
  });

  it('validates the body', async () => {
    const res = await signInReq({ email: '', password: '' });
    expect(res.statusCode).toBe(400);
    expect(res.json().fields).toEqual({ email: 'Wajib diisi.', password: 'Wajib diisi.' });
  });
});

describe('second factor', () => {
  it('asks for the code, refuses a wrong one, accepts the right one once', async () => {
    const first = await signInReq({ email: 'kepala@balai.test', password: DEMO_PASSWORD });
    expect(first.statusCode).toBe(401);
    expect(first.json().code).toBe('totp_required');
    const wrong = await signInReq({
      email: 'kepala@balai.test',
      password: DEMO_PASSWORD,
      totp: '000000' === totpCode(DEMO_TOTP_SECRET, clock.now()) ? '111111' : '000000',
    });
    expect(wrong.json().code).toBe('totp_invalid');
    const code = totpCode(DEMO_TOTP_SECRET, clock.now());
    const ok = await signInReq({ email: 'kepala@balai.test', password: DEMO_PASSWORD, totp: code });
    expect(ok.statusCode).toBe(200);
    expect(ok.json()).toMatchObject({ role: 'kepala', totpEnabled: true });
    const reused = await signInReq({ email: 'kepala@balai.test', password: DEMO_PASSWORD, totp: code });
    expect(reused.statusCode).toBe(401);
    expect(reused.json().code).toBe('totp_invalid');
    clock.advance(30_000);
    expect((await signInReq({ email: 'kepala@balai.test', password: DEMO_PASSWORD, totp: totpCode(DEMO_TOTP_SECRET, clock.now()) })).statusCode).toBe(200);
  });

  it('makes a role that requires it enrol before anything else, then gives recovery codes that work once', async () => {
    // A new administrator without a second factor.
    const admin = await signIn(t.app, 'admin@balai.test', DEMO_PASSWORD, totpCode(DEMO_TOTP_SECRET, (clock.advance(30_000), clock.now())));
    const created = await t.app.inject({
      method: 'POST',
      url: '/api/users',
      headers: admin.headers,
      payload: { email: 'admin2@balai.test', name: 'Admin Kedua', role: 'administrator' },
    });
    expect(created.statusCode).toBe(201);
    const initial = created.json().initialPassword as string;
    const s = await signIn(t.app, 'admin2@balai.test', initial);
    const me = await t.app.inject({ method: 'GET', url: '/api/auth/me', headers: s.headers });
    expect(me.json()).toMatchObject({ totpEnrolmentRequired: true, mustChangePassword: true, scopes: [] });
    const blocked = await t.app.inject({ method: 'GET', url: '/api/users', headers: s.headers });
    expect(blocked.statusCode).toBe(403);
    expect(blocked.json().code).toBe('totp_enrolment_required');

    const setup = await t.app.inject({ method: 'POST', url: '/api/auth/totp/setup', headers: s.headers });
    expect(setup.statusCode).toBe(200);
    expect(setup.json()).toMatchObject({
      secret: expect.stringMatching(/^[A-Z2-7]+$/),
      uri: expect.stringMatching(/^otpauth:\/\/totp\/Balai:admin2/),
      qrDataUrl: expect.stringMatching(/^data:image\/svg\+xml;base64,/),
    });
    const badConfirm = await t.app.inject({ method: 'POST', url: '/api/auth/totp/confirm', headers: s.headers, payload: { code: '12345' } });
    expect(badConfirm.json().fields).toEqual({ code: 'Kode terdiri dari 6 angka.' });
    const confirm = await t.app.inject({
      method: 'POST',
      url: '/api/auth/totp/confirm',
      headers: s.headers,
      payload: { code: totpCode(setup.json().secret, clock.now()) },
    });
    expect(confirm.statusCode).toBe(200);
    const codes = confirm.json().recoveryCodes as string[];
    expect(codes).toHaveLength(10);
    // Enrolled; the one-time password is still to be changed.
    expect((await t.app.inject({ method: 'GET', url: '/api/users', headers: s.headers })).json().code).toBe('password_change_required');
    const changed = await t.app.inject({
      method: 'POST',
      url: '/api/auth/password',
      headers: s.headers,
      payload: { currentPassword: initial, newPassword: 'kopi-payung-sungai-biru' },
    });
    expect(changed.statusCode).toBe(200);
    expect((await t.app.inject({ method: 'GET', url: '/api/users', headers: s.headers })).statusCode).toBe(200);

    const withRecovery = await signInReq({ email: 'admin2@balai.test', password: 'kopi-payung-sungai-biru', totp: codes[0]!.toLowerCase() });
    expect(withRecovery.statusCode).toBe(200);
    const reused = await signInReq({ email: 'admin2@balai.test', password: 'kopi-payung-sungai-biru', totp: codes[0] });
    expect(reused.json().code).toBe('totp_invalid');
  });
});

describe('sessions', () => {
  it('end after the idle timeout', async () => {
    const s = await signIn(t.app, 'pelindungan@balai.test', DEMO_PASSWORD);
    clock.advance(29 * 60_000);
    expect((await t.app.inject({ method: 'GET', url: '/api/auth/me', headers: s.headers })).statusCode).toBe(200);
    clock.advance(29 * 60_000); // active 29 minutes ago: still alive
    expect((await t.app.inject({ method: 'GET', url: '/api/auth/me', headers: s.headers })).statusCode).toBe(200);
    clock.advance(31 * 60_000);
    const expired = await t.app.inject({ method: 'GET', url: '/api/auth/me', headers: s.headers });
    expect(expired.statusCode).toBe(401);
    expect(expired.json()).toMatchObject({ code: 'session_expired', message: 'Sesi Anda telah berakhir. Silakan masuk kembali.' });
  });

  it('end after the absolute timeout however active', async () => {
    const s = await signIn(t.app, 'pelindungan@balai.test', DEMO_PASSWORD);
    // A request every 20 minutes for 11 h 40 min: never idle.
    for (let m = 20; m <= 700; m += 20) {
      clock.advance(20 * 60_000);
      expect((await t.app.inject({ method: 'GET', url: '/api/auth/me', headers: s.headers })).statusCode, `minute ${m}`).toBe(200);
    }
    clock.advance(21 * 60_000); // 12 h 1 min after sign-in, 21 minutes after the last request
    const res = await t.app.inject({ method: 'GET', url: '/api/auth/me', headers: s.headers });
    expect(res.statusCode).toBe(401);
    expect(res.json().code).toBe('session_expired');
  });

  it('end on sign-out, and everywhere on sign-out-everywhere', async () => {
    const a = await signIn(t.app, 'pelindungan@balai.test', DEMO_PASSWORD);
    const b = await signIn(t.app, 'pelindungan@balai.test', DEMO_PASSWORD);
    const c = await signIn(t.app, 'pelindungan@balai.test', DEMO_PASSWORD);
    const list = await t.app.inject({ method: 'GET', url: '/api/auth/sessions', headers: a.headers });
    expect(list.json().items.filter((x: { current: boolean }) => x.current)).toHaveLength(1);
    expect((await t.app.inject({ method: 'POST', url: '/api/auth/sign-out', headers: a.headers })).statusCode).toBe(200);
    expect((await t.app.inject({ method: 'GET', url: '/api/auth/me', headers: a.headers })).statusCode).toBe(401);
    expect((await t.app.inject({ method: 'GET', url: '/api/auth/me', headers: b.headers })).statusCode).toBe(200);
    expect((await t.app.inject({ method: 'POST', url: '/api/auth/sign-out-everywhere', headers: b.headers })).statusCode).toBe(200);
    for (const s of [b, c]) expect((await t.app.inject({ method: 'GET', url: '/api/auth/me', headers: s.headers })).statusCode).toBe(401);
  });

  it('refuse a forged cross-site write that carries the cookie but not the CSRF token', async () => {
    const s = await signIn(t.app, 'pelindungan@balai.test', DEMO_PASSWORD);
    const forged = await t.app.inject({
      method: 'POST',
      url: '/api/auth/sign-out-everywhere',
      headers: { cookie: s.headers.cookie!, origin: 'https://jahat.example' },
    });
    expect(forged.statusCode).toBe(403);
    expect(forged.json().code).toBe('csrf_failed');
    const wrongToken = await t.app.inject({ method: 'POST', url: '/api/auth/sign-out', headers: { cookie: s.headers.cookie!, 'x-csrf-token': 'tebakan' } });
    expect(wrongToken.statusCode).toBe(403);
    expect((await t.app.inject({ method: 'GET', url: '/api/auth/me', headers: s.headers })).statusCode).toBe(200);
  });
});

describe('passwords', () => {
  it('must be changed after a one-time password before anything but the own account may be used', async () => {
    const admin = await signIn(t.app, 'admin@balai.test', DEMO_PASSWORD, totpCode(DEMO_TOTP_SECRET, (clock.advance(30_000), clock.now())));
    const created = await t.app.inject({
      method: 'POST',
      url: '/api/users',
      headers: admin.headers,
      payload: { email: 'baru@balai.test', name: 'Staf Baru', role: 'humas' },
    });
    expect(created.statusCode).toBe(201);
    const initial = created.json().initialPassword as string;
    const s = await signIn(t.app, 'baru@balai.test', initial);
    const me = (await t.app.inject({ method: 'GET', url: '/api/auth/me', headers: s.headers })).json();
    expect(me).toMatchObject({ mustChangePassword: true, totpEnrolmentRequired: false, scopes: [] });
    for (const url of ['/api/offices', '/api/reports/overview']) {
      const blocked = await t.app.inject({ method: 'GET', url, headers: s.headers });
      expect(blocked.statusCode, url).toBe(403);
      expect(blocked.json()).toMatchObject({ code: 'password_change_required', message: 'Ganti kata sandi awal Anda terlebih dahulu di halaman profil.' });
    }
    expect((await t.app.inject({ method: 'GET', url: '/api/auth/sessions', headers: s.headers })).statusCode).toBe(200);
    const changed = await t.app.inject({
      method: 'POST',
      url: '/api/auth/password',
      headers: s.headers,
      payload: { currentPassword: initial, newPassword: 'kopi-payung-sungai-biru' },
    });
    expect(changed.statusCode).toBe(200);
    expect((await t.app.inject({ method: 'GET', url: '/api/offices', headers: s.headers })).statusCode).toBe(200);
    expect((await t.app.inject({ method: 'GET', url: '/api/auth/me', headers: s.headers })).json()).toMatchObject({
      mustChangePassword: false,
      scopes: ['offices:read', 'reports:read', 'schemes:read', 'agencies:read', 'job-orders:read'],
    });
    expect((await t.app.inject({ method: 'POST', url: '/api/auth/sign-out', headers: s.headers })).statusCode).toBe(200);
  });

  it('change with the current password, refusing short and common ones with a reason', async () => {
    const s = await signIn(t.app, 'humas@balai.test', DEMO_PASSWORD);
    const other = await signIn(t.app, 'humas@balai.test', DEMO_PASSWORD);
    const change = (currentPassword: string, newPassword: string) =>
      t.app.inject({ method: 'POST', url: '/api/auth/password', headers: s.headers, payload: { currentPassword, newPassword } });
    expect((await change(DEMO_PASSWORD, 'pendek')).json().fields).toEqual({ newPassword: 'Kata sandi minimal 12 karakter.' });
    expect((await change(DEMO_PASSWORD, 'indonesia12345')).json().fields.newPassword).toMatch(/terlalu mudah ditebak/);
    expect((await change(DEMO_PASSWORD, 'password12345')).json().fields.newPassword).toMatch(/terlalu mudah ditebak/);
    expect((await change('salah-salah-salah', 'kopi-payung-sungai-biru')).json().fields).toEqual({ currentPassword: 'Kata sandi saat ini salah.' });
    expect((await change(DEMO_PASSWORD, 'kopi-payung-sungai-biru')).statusCode).toBe(200);
    // Other sessions end; this one stays.
    expect((await t.app.inject({ method: 'GET', url: '/api/auth/me', headers: other.headers })).statusCode).toBe(401);
    expect((await t.app.inject({ method: 'GET', url: '/api/auth/me', headers: s.headers })).statusCode).toBe(200);
    expect((await signInReq({ email: 'humas@balai.test', password: 'kopi-payung-sungai-biru' })).statusCode).toBe(200);
  });
});

describe('reads and the session cache', () => {
  const get = (s: { headers: Record<string, string> }, url: string) => t.app.inject({ method: 'GET', url, headers: s.headers, remoteAddress: ip });
  const lastSeen = async (userEmail: string) =>
    (
      await t.database.query<{ last_seen_at: Date }>(
        'select s.last_seen_at from sessions s join users u on u.id = s.user_id where u.email = $1 and s.revoked_at is null order by s.created_at desc limit 1',
        [userEmail],
      )
    )[0]!.last_seen_at.getTime();

  it('write nothing: no rate-limit row, and last_seen_at at most once a minute', async () => {
    const s = await signIn(t.app, 'penempatan@balai.test', DEMO_PASSWORD);
    const signedInAt = await lastSeen('penempatan@balai.test');
    clock.advance(30_000);
    for (const url of ['/api/auth/me', '/api/offices', '/api/persons?pageSize=5', '/api/health', '/api/regions?level=province&pageSize=1']) {
      expect((await get(s, url)).statusCode, url).toBe(200);
    }
    expect(await t.database.query('select key from rate_limit_buckets')).toEqual([]);
    expect(await lastSeen('penempatan@balai.test')).toBe(signedInAt);
    clock.advance(31_000); // 61 s after sign-in: the next request records that the session is alive
    expect((await get(s, '/api/offices')).statusCode).toBe(200);
    expect(await lastSeen('penempatan@balai.test')).toBe(clock.now().getTime());
    expect((await get(s, '/api/offices')).statusCode).toBe(200);
    expect(await lastSeen('penempatan@balai.test')).toBe(clock.now().getTime());
  });

  it('end a cached session at once on sign-out and on ending it from the session list', async () => {
    const a = await signIn(t.app, 'penempatan@balai.test', DEMO_PASSWORD);
    const b = await signIn(t.app, 'penempatan@balai.test', DEMO_PASSWORD);
    expect((await get(a, '/api/offices')).statusCode).toBe(200);
    expect((await get(b, '/api/offices')).statusCode).toBe(200);
    expect((await t.app.inject({ method: 'POST', url: '/api/auth/sign-out', headers: a.headers })).statusCode).toBe(200);
    expect((await get(a, '/api/offices')).statusCode).toBe(401);
    const sessions = (await get(b, '/api/auth/sessions')).json().items as { id: string; current: boolean }[];
    const c = await signIn(t.app, 'penempatan@balai.test', DEMO_PASSWORD);
    expect((await get(c, '/api/offices')).statusCode).toBe(200);
    const cId = ((await get(c, '/api/auth/sessions')).json().items as { id: string; current: boolean }[]).find((x) => x.current)!.id;
    expect(sessions.some((x) => x.id === cId)).toBe(false);
    expect((await t.app.inject({ method: 'DELETE', url: `/api/auth/sessions/${cId}`, headers: b.headers })).statusCode).toBe(200);
    expect((await get(c, '/api/offices')).statusCode).toBe(401);
    expect((await get(b, '/api/offices')).statusCode).toBe(200);
  });

  it('see a role change and a disabling on the very next request', async () => {
    clock.advance(30_000);
    const admin = await signIn(t.app, 'admin@balai.test', DEMO_PASSWORD, totpCode(DEMO_TOTP_SECRET, clock.now()));
    const s = await signIn(t.app, 'pelindungan@balai.test', DEMO_PASSWORD);
    expect((await get(s, '/api/persons?pageSize=1')).statusCode).toBe(200);
    const user = (await get(admin, '/api/users?q=pelindungan')).json().items[0] as { id: string; version: number; divisionId: string };
    const patch = (payload: object) => t.app.inject({ method: 'PATCH', url: `/api/users/${user.id}`, headers: admin.headers, payload });
    const humas = await patch({ version: user.version, role: 'humas', divisionId: null });
    expect(humas.statusCode).toBe(200);
    expect((await get(s, '/api/persons?pageSize=1')).statusCode).toBe(403);
    const staff = await patch({ version: humas.json().version, role: 'staff', divisionId: user.divisionId });
    expect(staff.statusCode).toBe(200);
    expect((await get(s, '/api/persons?pageSize=1')).statusCode).toBe(200);
    expect((await patch({ version: staff.json().version, disabled: true })).statusCode).toBe(200);
    expect((await get(s, '/api/persons?pageSize=1')).statusCode).toBe(401);
  });
});
