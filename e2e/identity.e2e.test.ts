import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { totpCode } from '../src/server/modules/auth/totp.js';
import { DEMO_TOTP_SECRET, signInThroughForm, totpRequiredError } from './auth.js';
import { expectAccessible, launch, openPage, snap } from './browser.js';

const base = inject('baseUrl');
let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(() => browser?.close());

const heading = (page: Page) => page.locator('main h1');

/** Fills the "Tambah pengguna" dialog and returns the one-time password it shows. */
async function createUser(page: Page, user: { name: string; email: string; role: string; division?: string }): Promise<string> {
  await page.getByRole('button', { name: 'Tambah pengguna' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel(/^Nama lengkap/).fill(user.name);
  await dialog.getByLabel(/^Email/).fill(user.email);
  await dialog.getByLabel(/^Peran/).selectOption(user.role);
  if (user.division) {
    const division = dialog.getByLabel(/^Bagian/);
    await expect.poll(() => division.isEnabled()).toBe(true);
    await division.selectOption({ label: user.division });
  }
  await dialog.getByRole('button', { name: 'Buat pengguna' }).click();
  const secret = dialog.locator('[data-secret]');
  await secret.waitFor();
  return (await secret.innerText()).trim();
}

/** The one-time password of the administrator created in one test and signed in with in the next. */
let newAdminPassword = '';

describe('identity and access in the staff app', () => {
  it('shows the sign-in screen on a phone, accessible, without asking the server who is signed in', async () => {
    const { page, assertClean, context } = await openPage(browser, { viewport: { width: 390, height: 844 } });
    const apiCalls: string[] = [];
    page.on('request', (r) => {
      if (r.url().includes('/api/')) apiCalls.push(r.url());
    });
    await page.goto(`${base}/app/pengguna?role=staff`);
    await page.waitForURL(/\/app\/masuk\?next=/);
    expect(new URL(page.url()).searchParams.get('next')).toBe('/pengguna?role=staff');
    await page.getByRole('heading', { name: 'Masuk ke Balai' }).waitFor();
    // A browser that never signed in is sent to sign-in at once: no 401 from /api/auth/me in the console.
    expect(apiCalls.filter((u) => u.includes('/api/auth/'))).toEqual([]);
    await expectAccessible(page, 'sign-in (phone)');
    await snap(page, 'identity-sign-in-phone');
    assertClean();
    await context.close();
  });

  it('signs the head of office in with the second factor; the audit log shows that sign-in', async () => {
    const { page, assertClean, expectError, context } = await openPage(browser);
    await page.goto(`${base}/app/`);
    await page.waitForURL(/\/app\/masuk/);
    await page.getByRole('heading', { name: 'Masuk ke Balai' }).waitFor();
    await expectAccessible(page, 'sign-in');
    await snap(page, 'identity-sign-in-desktop');

    await page.getByLabel('Email').fill('kepala@balai.test');
    await page.getByLabel(/^Kata sandi/).fill('Balai-Demo-2026!');
    await page.getByRole('button', { name: 'Masuk', exact: true }).click();
    // The server asks for the code with 401 totp_required: the browser logs that one failed request.
    expectError(totpRequiredError);
    const code = page.getByLabel('Kode autentikator');
    await code.waitFor();
    expect(await code.getAttribute('inputmode')).toBe('numeric');
    expect(await code.getAttribute('autocomplete')).toBe('one-time-code');
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('autocomplete'))).toBe('one-time-code');
    await page.getByRole('button', { name: 'Pakai kode pemulihan' }).waitFor();
    await expectAccessible(page, 'sign-in: second factor');
    await snap(page, 'identity-sign-in-totp');
    await code.fill(totpCode(DEMO_TOTP_SECRET, new Date()));
    await page.getByRole('button', { name: 'Verifikasi' }).click();

    await expect.poll(() => heading(page).textContent()).toBe('Beranda');
    await page.getByRole('link', { name: /Kantor\s*1/ }).waitFor();
    await expectAccessible(page, 'dashboard (kepala)');
    // The head reads users and the audit log, but manages no integration tokens.
    const nav = page.getByRole('navigation', { name: 'Menu utama' });
    await nav.getByRole('link', { name: 'Pengguna' }).waitFor();
    expect(await nav.getByRole('link', { name: 'Token integrasi' }).count()).toBe(0);
    await page.getByRole('button', { name: /Kepala BP3MI Sumatera Selatan/ }).click();
    await page.getByRole('menu').getByText('Kepala Balai · BP3MI Sumatera Selatan').waitFor();
    await page.keyboard.press('Escape');

    await nav.getByRole('link', { name: 'Log audit' }).click();
    await expect.poll(() => heading(page).textContent()).toBe('Log audit');
    const ownSignIn = page.locator('tbody tr', { hasText: 'kepala@balai.test' }).filter({ hasText: 'Masuk' }).filter({ hasText: 'Berhasil' });
    await ownSignIn.first().waitFor();
    expect(await ownSignIn.first().innerText()).toMatch(/WIB/);
    await expectAccessible(page, 'audit log');
    // The details of an event open under its row.
    await ownSignIn
      .first()
      .getByRole('button', { name: /^Rincian: Masuk/ })
      .click();
    await page.getByText('Kode permintaan:').first().waitFor();
    await expectAccessible(page, 'audit log with details');
    await snap(page, 'identity-audit-log');

    // The period is picked on a calendar in Indonesian.
    await page.getByRole('button', { name: /Rentang tanggal/ }).click();
    await page.getByRole('dialog').waitFor();
    await expectAccessible(page, 'audit log: calendar');
    await snap(page, 'identity-audit-calendar');
    await page.keyboard.press('Escape');

    // Filtering by activity keeps the filter in the address and on the CSV link.
    await page.getByLabel('Kegiatan').selectOption('auth.sign_in');
    await page.waitForURL(/action=auth\.sign_in/);
    const csv = await page.getByRole('link', { name: 'Unduh CSV' }).getAttribute('href');
    expect(csv).toBe('/api/audit-events/export?action=auth.sign_in');
    assertClean();
    await context.close();
  });

  it('lets an administrator create a staff user, who signs in with the one-time password and replaces it', async () => {
    const admin = await openPage(browser);
    const { page } = admin;
    await admin.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: base });
    await page.goto(`${base}/app/pengguna`);
    await page.waitForURL(/\/app\/masuk\?next=%2Fpengguna/);
    admin.expectError(totpRequiredError);
    await signInThroughForm(page, 'admin@balai.test', { totpSecret: DEMO_TOTP_SECRET });
    // Back where the administrator was going.
    await expect.poll(() => heading(page).textContent()).toBe('Pengguna');
    await page.locator('tbody tr', { hasText: 'penempatan@balai.test' }).waitFor();
    await expectAccessible(page, 'users list');
    await snap(page, 'identity-users-list');

    // Filters: by role, in the address bar.
    await page.getByLabel('Peran').selectOption('staff');
    await page.waitForURL(/role=staff/);
    await expect.poll(() => page.locator('tbody tr').count()).toBe(2);
    await page.getByLabel('Peran').selectOption('');

    await page.getByRole('button', { name: 'Tambah pengguna' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel(/^Nama lengkap/).fill('Sari Wulandari');
    await dialog.getByLabel(/^Email/).fill('sari.wulandari@balai.test');
    await dialog.getByLabel(/^Peran/).selectOption('staff');
    // The role asks for a division (and not for a partner).
    const division = dialog.getByLabel(/^Bagian/);
    await expect.poll(() => division.isEnabled()).toBe(true);
    expect(await dialog.getByLabel(/^Organisasi mitra/).count()).toBe(0);
    await division.selectOption({ label: 'Pelayanan Penempatan' });
    await expectAccessible(page, 'user form');
    await snap(page, 'identity-user-form');
    await dialog.getByRole('button', { name: 'Buat pengguna' }).click();

    const secret = dialog.locator('[data-secret]');
    await secret.waitFor();
    const initialPassword = (await secret.innerText()).trim();
    expect(initialPassword.length).toBeGreaterThanOrEqual(16);
    await dialog.getByRole('button', { name: 'Salin Kata sandi sementara' }).click();
    await dialog.getByText('Tersalin').first().waitFor();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(initialPassword);
    await expectAccessible(page, 'user created: initial password');
    await snap(page, 'identity-user-created');
    await dialog.getByRole('button', { name: 'Selesai' }).click();
    await page.locator('tbody tr', { hasText: 'sari.wulandari@balai.test' }).filter({ hasText: 'Sandi sementara' }).waitFor();
    await dialog.waitFor({ state: 'detached' });
    // A second administrator, for the next test: administrators must enrol an authenticator.
    newAdminPassword = await createUser(page, { name: 'Budi Santoso', email: 'budi.santoso@balai.test', role: 'administrator' });
    await page.getByRole('dialog').getByRole('button', { name: 'Selesai' }).click();
    await page.getByRole('dialog').waitFor({ state: 'detached' });

    // The new user's page: role, division, actions.
    await page.getByRole('link', { name: 'Sari Wulandari' }).click();
    await expect.poll(() => heading(page).textContent()).toBe('Sari Wulandari');
    await page.getByRole('button', { name: 'Nonaktifkan' }).waitFor();
    expect(await page.getByLabel(/^Bagian/).inputValue()).not.toBe('');
    await expectAccessible(page, 'user detail');
    await snap(page, 'identity-user-detail');

    // Disable and enable again, each after a confirmation.
    const access = page.getByRole('region', { name: 'Akses' });
    await access.getByRole('button', { name: 'Nonaktifkan' }).click();
    await page.getByRole('dialog', { name: 'Nonaktifkan Sari Wulandari?' }).getByRole('button', { name: 'Nonaktifkan' }).click();
    await page.getByRole('dialog').waitFor({ state: 'detached' });
    await access.getByText('Nonaktif', { exact: true }).waitFor();
    await access.getByRole('button', { name: 'Aktifkan kembali' }).click();
    await page.getByRole('dialog', { name: 'Aktifkan kembali Sari Wulandari?' }).getByRole('button', { name: 'Aktifkan kembali' }).click();
    await page.getByRole('dialog').waitFor({ state: 'detached' });
    await access.getByRole('button', { name: 'Nonaktifkan' }).waitFor();

    // Someone else saves the user meanwhile (here: the same administrator, from outside the form).
    await page.evaluate(async () => {
      const me = (await (await fetch('/api/auth/me')).json()) as { csrfToken: string };
      const id = location.pathname.split('/').pop()!;
      const user = (await (await fetch(`/api/users/${id}`)).json()) as { version: number };
      const res = await fetch(`/api/users/${id}`, {
        method: 'PATCH',
        headers: { 'content-type': 'application/json', 'x-csrf-token': me.csrfToken },
        body: JSON.stringify({ version: user.version, name: 'Sari Wulandari, S.E.' }),
      });
      if (!res.ok) throw new Error(`PATCH answered ${res.status}`);
    });
    await page.getByLabel(/^Nama lengkap/).fill('Sari W.');
    await page.getByRole('button', { name: 'Simpan perubahan' }).click();
    // The stale version is refused with 409, which the browser logs.
    admin.expectError(/status of 409.*\/api\/users\//);
    await page.getByText('Data ini baru saja diubah orang lain').waitFor();
    await expectAccessible(page, 'user detail: version conflict');
    await page.getByRole('button', { name: 'Muat versi terbaru' }).click();
    await expect.poll(() => page.getByLabel(/^Nama lengkap/).inputValue()).toBe('Sari Wulandari, S.E.');
    await page.getByLabel(/^Nama lengkap/).fill('Sari Wulandari');
    await page.getByRole('button', { name: 'Simpan perubahan' }).click();
    await expect.poll(() => heading(page).textContent()).toBe('Sari Wulandari');
    expect(await page.getByText('Data ini baru saja diubah orang lain').count()).toBe(0);

    // Integration tokens: issue one with a single scope, see it once, revoke it.
    await page.getByRole('navigation', { name: 'Menu utama' }).getByRole('link', { name: 'Token integrasi' }).click();
    await expect.poll(() => heading(page).textContent()).toBe('Token integrasi');
    await page.getByRole('button', { name: 'Buat token' }).click();
    const tokenDialog = page.getByRole('dialog');
    await tokenDialog.getByLabel(/^Nama token/).fill('Dasbor Disnaker Prabumulih');
    await tokenDialog.getByRole('checkbox', { name: 'Pengguna: Baca' }).check();
    await expectAccessible(page, 'token form');
    await tokenDialog.getByRole('button', { name: 'Buat token' }).click();
    const token = tokenDialog.locator('[data-secret]');
    await token.waitFor();
    expect(await token.innerText()).toMatch(/^balai_/);
    await snap(page, 'identity-token-created');
    await tokenDialog.getByRole('button', { name: 'Selesai' }).click();
    const tokenRow = page.locator('tbody tr', { hasText: 'Dasbor Disnaker Prabumulih' });
    await tokenRow.getByText('Pengguna · baca').waitFor();
    await tokenRow.getByText('Aktif', { exact: true }).waitFor();
    await expectAccessible(page, 'tokens list');
    await tokenRow.getByRole('button', { name: 'Cabut token Dasbor Disnaker Prabumulih' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Cabut', exact: true }).click();
    await tokenRow.getByText('Dicabut', { exact: true }).waitFor();
    await page.getByRole('dialog').waitFor({ state: 'detached' });
    await snap(page, 'identity-tokens');

    // Sign out from the user menu.
    await page.getByRole('button', { name: /Administrator Balai/ }).click();
    await page.getByRole('menuitem', { name: 'Keluar' }).click();
    await page.waitForURL(/\/app\/masuk/);
    admin.assertClean();
    await admin.context.close();

    // The new user: sent to change the one-time password, then on to the dashboard.
    const user = await openPage(browser);
    await user.page.goto(`${base}/app/`);
    await user.page.waitForURL(/\/app\/masuk/);
    await signInThroughForm(user.page, 'sari.wulandari@balai.test', { password: initialPassword });
    await user.page.waitForURL(/\/app\/profil\/kata-sandi/);
    await user.page.getByText('Buat kata sandi Anda sendiri').waitFor();
    // Nothing else opens until the password is replaced.
    await user.page.goto(`${base}/app/kantor`);
    await user.page.waitForURL(/\/app\/profil\/kata-sandi/);
    await expectAccessible(user.page, 'forced password change');
    await snap(user.page, 'identity-password-change');
    await user.page.getByLabel(/^Kata sandi sementara/).fill(initialPassword);
    await user.page.getByLabel(/^Kata sandi baru/).fill('kopi-payung-sungai-biru-7');
    await user.page.getByLabel(/^Ulangi kata sandi baru/).fill('kopi-payung-sungai-biru-7');
    await user.page.getByRole('button', { name: 'Simpan kata sandi' }).click();
    await user.page.waitForURL((url) => url.pathname.replace(/\/$/, '') === '/app');
    await expect.poll(() => heading(user.page).textContent()).toBe('Beranda');
    await user.page.getByRole('link', { name: /Kantor\s*1/ }).waitFor();
    await expectAccessible(user.page, 'dashboard (new user)');

    // Staff may turn on an authenticator of their own: the QR code and the key to type in.
    await user.page.getByRole('button', { name: /Sari Wulandari/ }).click();
    await user.page.getByRole('menuitem', { name: 'Profil' }).click();
    await expect.poll(() => heading(user.page).textContent()).toBe('Profil');
    await user.page.getByRole('tab', { name: 'Autentikator' }).click();
    await user.page.waitForURL(/\/app\/profil\/autentikator/);
    await user.page.getByRole('button', { name: 'Aktifkan autentikator' }).click();
    await user.page.getByRole('img', { name: 'Kode QR untuk aplikasi autentikator' }).waitFor();
    const key = (await user.page.locator('[data-totp-secret]').innerText()).replace(/\s/g, '');
    expect(key).toMatch(/^[A-Z2-7]{32}$/);
    await expectAccessible(user.page, 'authenticator enrolment');
    await snap(user.page, 'identity-profile-authenticator');
    await user.page.getByLabel('Kode autentikator').fill(totpCode(key, new Date()));
    await user.page.getByRole('button', { name: 'Aktifkan', exact: true }).click();
    await expect.poll(() => user.page.locator('[data-recovery-code]').count()).toBe(10);
    await expectAccessible(user.page, 'recovery codes');
    await snap(user.page, 'identity-recovery-codes');
    await user.page.getByLabel('Saya sudah menyimpan kode pemulihan di tempat yang aman').check();
    await user.page.getByRole('button', { name: 'Lanjutkan' }).click();
    await user.page.getByText('Aktif', { exact: true }).waitFor();

    // Sessions: this device is marked.
    await user.page.getByRole('tab', { name: 'Sesi' }).click();
    await user.page.getByText('Perangkat ini').waitFor();
    await expectAccessible(user.page, 'sessions');
    await snap(user.page, 'identity-profile-sessions');
    user.assertClean();
    await user.context.close();
  });

  it('holds a new administrator on authenticator enrolment, then on the password change, then lets them in', async () => {
    expect(newAdminPassword, 'the previous test creates this administrator').not.toBe('');
    const { page, assertClean, context } = await openPage(browser);
    await page.goto(`${base}/app/audit`);
    await page.waitForURL(/\/app\/masuk/);
    await signInThroughForm(page, 'budi.santoso@balai.test', { password: newAdminPassword });
    // First the second factor: the API refuses everything else until then.
    await page.waitForURL(/\/app\/profil\/autentikator/);
    await page.getByText('Peran Anda wajib memakai autentikator').waitFor();
    const nav = page.getByRole('navigation', { name: 'Menu utama' });
    expect(await nav.getByRole('link', { name: 'Pengguna' }).count()).toBe(0);
    expect(await page.getByRole('tab', { name: 'Kata sandi' }).isDisabled()).toBe(true);
    await page.goto(`${base}/app/pengguna`);
    await page.waitForURL(/\/app\/profil\/autentikator/);
    await expectAccessible(page, 'enrolment required');
    await page.getByRole('button', { name: 'Aktifkan autentikator' }).click();
    const key = (await page.locator('[data-totp-secret]').innerText()).replace(/\s/g, '');
    await page.getByLabel('Kode autentikator').fill(totpCode(key, new Date()));
    await page.getByRole('button', { name: 'Aktifkan', exact: true }).click();
    await expect.poll(() => page.locator('[data-recovery-code]').count()).toBe(10);
    await page.getByLabel('Saya sudah menyimpan kode pemulihan di tempat yang aman').check();
    await page.getByRole('button', { name: 'Lanjutkan' }).click();
    // Then the one-time password.
    await page.waitForURL(/\/app\/profil\/kata-sandi/);
    await page.getByLabel(/^Kata sandi sementara/).fill(newAdminPassword);
    await page.getByLabel(/^Kata sandi baru/).fill('teh-manis-jembatan-ampera-9');
    await page.getByLabel(/^Ulangi kata sandi baru/).fill('teh-manis-jembatan-ampera-9');
    await page.getByRole('button', { name: 'Simpan kata sandi' }).click();
    await expect.poll(() => heading(page).textContent()).toBe('Beranda');
    // Now with every scope of an administrator.
    await nav.getByRole('link', { name: 'Token integrasi' }).waitFor();
    await nav.getByRole('link', { name: 'Log audit' }).click();
    await page.locator('tbody tr', { hasText: 'budi.santoso@balai.test' }).filter({ hasText: 'Aktifkan autentikator' }).waitFor();
    await page.locator('tbody tr', { hasText: 'budi.santoso@balai.test' }).filter({ hasText: 'Ganti kata sandi' }).waitFor();
    await expectAccessible(page, 'audit log (new administrator)');
    assertClean();
    await context.close();
  });

  it('sends a person whose session ended back to sign-in with a notice, and then back to the screen', async () => {
    const { page, assertClean, expectError, context } = await openPage(browser);
    await page.goto(`${base}/app/wilayah`);
    await page.waitForURL(/\/app\/masuk/);
    await signInThroughForm(page, 'pelindungan@balai.test');
    await expect.poll(() => heading(page).textContent()).toBe('Wilayah');
    // Signed out everywhere from another device: this browser's session ends on the server.
    const cookie = (await context.cookies()).find((c) => c.name === 'balai_session')!;
    const headers = { cookie: `balai_session=${cookie.value}` };
    const me = (await (await fetch(`${base}/api/auth/me`, { headers })).json()) as { csrfToken: string };
    const ended = await fetch(`${base}/api/auth/sign-out-everywhere`, { method: 'POST', headers: { ...headers, 'x-csrf-token': me.csrfToken } });
    expect(ended.status).toBe(200);
    // The next screen's data is refused with 401 session_expired (logged by the browser).
    expectError(/status of 401.*\/api\/offices/);
    await page.getByRole('navigation', { name: 'Menu utama' }).getByRole('link', { name: 'Kantor & bagian' }).click();
    await page.waitForURL(/\/app\/masuk\?next=%2Fkantor&expired=1/);
    await page.getByText('Sesi Anda telah berakhir. Silakan masuk kembali.').waitFor();
    await expectAccessible(page, 'sign-in after the session ended');
    await snap(page, 'identity-session-expired');
    await signInThroughForm(page, 'pelindungan@balai.test');
    await expect.poll(() => heading(page).textContent()).toBe('Kantor & bagian');
    // Signed in, the sign-in page itself leads on into the app.
    await page.goto(`${base}/app/masuk?next=%2Fwilayah`);
    await expect.poll(() => heading(page).textContent()).toBe('Wilayah');
    assertClean();
    await context.close();
  });
});
