import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { signInThroughForm } from './auth.js';
import { expectAccessible, launch, openPage, snap } from './browser.js';

const base = inject('baseUrl');
let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(() => browser?.close());

const heading = (page: Page) => page.locator('main h1');

/**
 * Every screen needs a signed-in person: a staff member without a second factor (of Pelayanan
 * Penempatan unless said). Asking for a screen leads to sign-in, and from there back to the screen.
 */
async function signInAsStaff(page: Page, path: string, email = 'penempatan@balai.test') {
  await page.goto(`${base}/app${path}`);
  await page.waitForURL(/\/app\/masuk/);
  await signInThroughForm(page, email);
  await page.waitForURL((url) => url.pathname.replace(/\/$/, '') === `/app${path}`.replace(/\/$/, ''));
}

describe('staff app', () => {
  it('walks every screen in Indonesian with real figures, accessible and without console errors', async () => {
    const { page, assertClean, context } = await openPage(browser);
    await signInAsStaff(page, '/');
    await expect.poll(() => heading(page).textContent()).toBe('Beranda');
    expect(await page.locator('html').getAttribute('lang')).toBe('id');
    // Real figures from the API: 38 provinces and 514 regencies of Kemendagri, one demo office.
    await page.getByRole('link', { name: /Desa\/kelurahan\s*83\.762/ }).waitFor();
    await page.getByRole('link', { name: /Kabupaten\/kota\s*514/ }).waitFor();
    await page.getByRole('link', { name: /Kantor\s*1/ }).waitFor();
    await expectAccessible(page, 'dashboard');
    await snap(page, 'staff-dashboard-id');

    const nav = page.getByRole('navigation', { name: 'Menu utama' });
    await nav.getByRole('link', { name: 'Kantor & bagian' }).click();
    await page.getByRole('link', { name: 'BP3MI Sumatera Selatan' }).click();
    await expect.poll(() => heading(page).textContent()).toBe('BP3MI Sumatera Selatan');
    await page.getByText('Pelindungan dan Pemberdayaan').waitFor();
    await expectAccessible(page, 'office detail');

    await nav.getByRole('link', { name: 'Wilayah' }).click();
    await expect.poll(() => heading(page).textContent()).toBe('Wilayah');
    await page.getByLabel('Cari wilayah').fill('prabu');
    await page.waitForURL(/q=prabu/);
    await expect.poll(async () => (await page.locator('tbody tr').first().innerText()).replace(/\s+/g, ' ')).toContain('16.74');
    expect(await page.locator('tbody tr').first().innerText()).toContain('Kota Prabumulih');
    await expectAccessible(page, 'regions search');
    await snap(page, 'staff-regions-prabu-id');

    await nav.getByRole('link', { name: 'Data referensi' }).click();
    await page.getByRole('tab', { name: 'Bidang SSW' }).click();
    await page.getByText('Mulai 1 April 2027').first().waitFor();
    await expectAccessible(page, 'reference data: SSW');
    assertClean();
    await context.close();
  });

  it('switches to English, and the API answers in English too', async () => {
    const { page, assertClean, context } = await openPage(browser, { viewport: { width: 800, height: 1100 } });
    await signInAsStaff(page, '/wilayah');
    await expect.poll(() => heading(page).textContent()).toBe('Wilayah');
    await page.getByRole('button', { name: 'EN · English' }).click();
    await expect.poll(() => page.locator('html').getAttribute('lang')).toBe('en');
    await expect.poll(() => heading(page).textContent()).toBe('Regions');
    const langCookie = (await context.cookies()).find((c) => c.name === 'balai_lang');
    expect(langCookie?.value).toBe('en');
    // The API reads the same cookie (asked from outside the page: a 404 inside it would log a console error).
    const res = await fetch(`${base}/api/nothing`, { headers: { cookie: `balai_lang=${langCookie!.value}` } });
    expect((await res.json()).message).toBe('There is no GET /api/nothing.');
    await expectAccessible(page, 'regions (en, tablet)');
    await snap(page, 'staff-regions-tablet-en');
    // The choice survives a reload.
    await page.reload();
    await expect.poll(() => heading(page).textContent()).toBe('Regions');
    assertClean();
    await context.close();
  });

  it('shows a friendly page for an unknown address', async () => {
    const { page, assertClean, context } = await openPage(browser);
    // Another account: the English test above saved English as penempatan@'s language.
    await signInAsStaff(page, '/tidak-ada', 'pelindungan@balai.test');
    await expect.poll(() => heading(page).textContent()).toBe('Halaman tidak ditemukan');
    await expectAccessible(page, 'not found');
    assertClean();
    await context.close();
  });
});
