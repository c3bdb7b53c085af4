import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { signInThroughForm } from './auth.js';
import { expectAccessible, launch, openPage, snap } from './browser.js';

/**
 * The placement screens built so far, as the placement division meets them: schemes with their rules,
 * P3MI agencies with licences and permit quotas, employers, and a person's eligibility per scheme.
 */
const base = inject('baseUrl');
let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(() => browser?.close());

const heading = (page: Page) => page.locator('main h1');

async function signInAsStaff(page: Page, path: string) {
  await page.goto(`${base}/app${path}`);
  await page.waitForURL(/\/app\/masuk/);
  await signInThroughForm(page, 'penempatan@balai.test');
  await heading(page).waitFor();
  // Another journey may have switched this account to English; these checks read Indonesian.
  if ((await page.locator('html').getAttribute('lang')) === 'en') {
    await page.getByRole('button', { name: 'ID · Bahasa Indonesia' }).click();
    await expect.poll(() => page.locator('html').getAttribute('lang')).toBe('id');
  }
}

describe('placement screens', () => {
  it('shows the SSW rules as sentences, the P3MI licences and quotas, the employers, and a person’s eligibility', async () => {
    const { page, assertClean, context } = await openPage(browser);
    await signInAsStaff(page, '/skema');
    const nav = page.getByRole('navigation', { name: 'Menu utama' });
    await expect.poll(() => heading(page).textContent()).toBe('Skema penempatan');
    await expectAccessible(page, 'schemes list');

    await page
      .getByRole('link', { name: /^SSW Jepang/ })
      .first()
      .click();
    await expect.poll(() => heading(page).textContent()).toMatch(/^SSW Jepang/);
    await page.getByText('JFT-Basic A2 atau JLPT N4').first().waitFor();
    await page
      .getByText(/Usia minimal 18 tahun/)
      .first()
      .waitFor();
    await expectAccessible(page, 'scheme page');
    await snap(page, 'placement-scheme-ssw');

    await nav.getByRole('link', { name: 'P3MI' }).click();
    await expect.poll(() => heading(page).textContent()).toBe('P3MI');
    await page.getByRole('link', { name: 'PT Sriwijaya Karya Mandiri', exact: true }).click();
    await expect.poll(() => heading(page).textContent()).toBe('PT Sriwijaya Karya Mandiri');
    await page.getByText('SIP2MI/DEMO/001/MY').waitFor();
    await expectAccessible(page, 'agency page');
    await snap(page, 'placement-agency');

    await nav.getByRole('link', { name: 'Pemberi kerja' }).click();
    await page.locator('tbody tr').first().waitFor();
    await expectAccessible(page, 'employers list');

    await nav.getByRole('link', { name: 'Data orang' }).click();
    await expect.poll(() => heading(page).textContent()).toBe('Data Orang');
    await page.locator('tbody tr a[href*="/app/orang/"]').first().click();
    await page.waitForURL(/\/app\/orang\/[0-9a-f-]{36}/);
    await page.getByRole('tab', { name: 'Kelayakan' }).click();
    await page
      .getByText(/^Syarat versi \d+/)
      .first()
      .waitFor();
    await expect.poll(() => page.getByText(/Terpenuhi|Belum terpenuhi|Belum diketahui/).count()).toBeGreaterThan(3);
    await expectAccessible(page, 'person eligibility tab');
    await snap(page, 'placement-person-eligibility');
    assertClean();
    await context.close();
  });
});
