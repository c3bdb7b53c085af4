import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { expectAccessible, launch, openPage, snap } from './browser.js';

const base = inject('baseUrl');
let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(() => browser?.close());

describe('public site', () => {
  it('shows the office home in Indonesian on a phone, without JavaScript', async () => {
    const context = await browser.newContext({ viewport: { width: 360, height: 740 }, javaScriptEnabled: false, locale: 'id-ID' });
    const page = await context.newPage();
    const res = await page.goto(`${base}/`);
    expect(res?.status()).toBe(200);
    await expect.poll(() => page.locator('html').getAttribute('lang')).toBe('id');
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('BP3MI Sumatera Selatan');
    expect(await page.getByRole('heading', { name: 'Waspada penempatan ilegal' }).isVisible()).toBe(true);
    expect(await page.getByRole('link', { name: '0-800-1000' }).getAttribute('href')).toBe('tel:08001000');
    // Nothing is wider than the phone's screen.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await snap(page, 'public-home-phone-id');
    await context.close();
  });

  it('switches to English and back, and passes axe in both', async () => {
    const { page, assertClean, context } = await openPage(browser, { viewport: { width: 1280, height: 800 } });
    await page.goto(`${base}/`);
    await expectAccessible(page, 'public home (id)');
    await page.getByRole('link', { name: 'English' }).click();
    await expect.poll(() => page.locator('html').getAttribute('lang')).toBe('en');
    expect(await page.getByRole('heading', { name: 'Beware of illegal placement' }).isVisible()).toBe(true);
    await expectAccessible(page, 'public home (en)');
    await snap(page, 'public-home-desktop-en');
    // The choice is remembered on the next visit.
    await page.goto(`${base}/`);
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    await page.getByRole('link', { name: 'Bahasa Indonesia' }).click();
    await expect.poll(() => page.locator('html').getAttribute('lang')).toBe('id');
    assertClean();
    await context.close();
  });

  it('serves the API docs', async () => {
    const { page, context } = await openPage(browser);
    const res = await page.goto(`${base}/api/docs`);
    expect(res?.status()).toBe(200);
    await page.getByText('Balai API').first().waitFor();
    await context.close();
  });
});
