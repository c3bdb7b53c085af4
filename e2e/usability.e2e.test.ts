import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { DEMO_TOTP_SECRET, signInThroughForm, totpRequiredError } from './auth.js';
import { expectAccessible, launch, openPage, snap } from './browser.js';

/**
 * What staff met using the app: a blank printout, a registration form that read the sex and birth date
 * from the NIK without filling them in, a dashboard card leading to an unfiltered list, tabs and edit
 * buttons out of reach on a phone, codes and emails where names belong, and a CPMI under 18 let through
 * without a word.
 */
const base = inject('baseUrl');
let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(() => browser?.close());

const heading = (page: Page) => page.locator('main h1');
const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** Today in Jakarta (the office's day), as YYYY-MM-DD. */
const todayInJakarta = () =>
  new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Jakarta', year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date());

/** A NIK of Kec. Ilir Barat I, Palembang (16.71.01) no other test uses: the serial comes from the clock. */
function nikFor(birthDate: string, sex: 'female' | 'male', salt: number): string {
  const [y, m, d] = birthDate.split('-').map(Number) as [number, number, number];
  const serial = 1000 + ((Math.floor(Date.now() / 1000) + salt * 977) % 8999);
  return `167101${pad(d + (sex === 'female' ? 40 : 0))}${pad(m)}${pad(y % 100)}${pad(serial, 4)}`;
}
const typed = (iso: string) => iso.split('-').reverse().join('-');
/** A name no demo person has, letters only (digits would make the search an identifier search). */
const token = () => Array.from(String(Date.now()).slice(-5), (d) => 'bcdfghjklm'[Number(d)]).join('');

/** penempatan@ may have chosen English in another file's journey (the account keeps it): back to Indonesian. */
async function inIndonesian(page: Page) {
  await page.locator('main h1').waitFor();
  if ((await page.locator('html').getAttribute('lang')) === 'en') {
    await page.getByRole('button', { name: 'ID · Bahasa Indonesia' }).click();
    await expect.poll(() => page.locator('html').getAttribute('lang')).toBe('id');
  }
}

async function signInAsStaff(page: Page, path: string) {
  await page.goto(`${base}/app${path}`);
  await page.waitForURL(/\/app\/masuk/);
  await signInThroughForm(page, 'penempatan@balai.test');
  await inIndonesian(page);
}

/** Whether an element lies wholly inside the viewport (on a phone: not cut off at the right edge). */
async function inViewport(page: Page, locator: ReturnType<Page['locator']>): Promise<boolean> {
  const box = await locator.boundingBox();
  const size = page.viewportSize()!;
  return !!box && box.x >= 0 && box.y >= 0 && box.x + box.width <= size.width + 0.5 && box.y + box.height <= size.height + 0.5;
}

describe('usability of the registry screens', () => {
  it('prints a screen as its content: full width, black on white, without menu, header or buttons', async () => {
    const { page, assertClean, context } = await openPage(browser);
    await signInAsStaff(page, '/orang');
    await expect.poll(() => heading(page).textContent()).toBe('Data Orang');
    await page.locator('tbody tr').first().waitFor();
    const onScreen = { title: (await heading(page).boundingBox())!, table: (await page.locator('main table').boundingBox())! };

    await page.emulateMedia({ media: 'print' });
    const title = await heading(page).boundingBox();
    expect(title).not.toBeNull();
    // The menu's width is given back to the content.
    expect(title!.x).toBeLessThan(onScreen.title.x - 200);
    expect(await page.getByRole('navigation', { name: 'Menu utama' }).isVisible()).toBe(false);
    expect(await page.locator('header').isVisible()).toBe(false);
    expect(await page.getByRole('link', { name: 'Daftarkan orang' }).first().isVisible()).toBe(false);
    expect(await page.locator('tbody tr').first().isVisible()).toBe(true);
    const table = (await page.locator('main table').boundingBox())!;
    expect(table.x).toBeLessThan(onScreen.table.x);
    expect(table.width).toBeGreaterThan(onScreen.table.width + 200);
    const colours = await page.evaluate(() => ({
      body: getComputedStyle(document.body).backgroundColor,
      title: getComputedStyle(document.querySelector('main h1')!).color,
    }));
    expect(colours).toEqual({ body: 'rgb(255, 255, 255)', title: 'rgb(0, 0, 0)' });
    await snap(page, 'usability-print-persons');
    // The same as paper: a PDF with the list on it (a blank page was about 1 kB of nothing).
    const pdf = await page.pdf({ format: 'A4', printBackground: true });
    expect(pdf.byteLength).toBeGreaterThan(20_000);

    // A person's page prints its open tab.
    await page.emulateMedia({ media: 'screen' });
    await page.locator('tbody tr a').first().click();
    await page.locator('main h1').waitFor();
    await page.getByText('Identitas').waitFor();
    await page.emulateMedia({ media: 'print' });
    expect(await heading(page).boundingBox()).not.toBeNull();
    expect(await page.getByRole('tablist').isVisible()).toBe(false);
    expect(await page.getByText('Identitas').isVisible()).toBe(true);
    expect(await page.getByRole('button', { name: 'Ubah data' }).isVisible()).toBe(false);
    await snap(page, 'usability-print-person');
    await page.emulateMedia({ media: 'screen' });
    assertClean();
    await context.close();
  });

  it('fills sex and birth date from the NIK, never over what was typed; "Daftarkan lagi" goes back to the NIK; a CPMI under 18 is warned about', async () => {
    const { page, assertClean, context } = await openPage(browser);
    await signInAsStaff(page, '/orang/baru');
    await expect.poll(() => heading(page).textContent()).toBe('Daftarkan orang');
    const nik = page.getByLabel(/^NIK/);
    const birthDate = page.getByLabel(/^Tanggal lahir/);
    const focusedId = () => page.evaluate(() => document.activeElement?.getAttribute('id'));
    await expect.poll(focusedId).toBe(await nik.getAttribute('id'));

    // A woman born 1994: the NIK alone fills both fields.
    const first = { birthDate: '1994-08-17', name: `Yuliana Sukmawati ${token()}` };
    await page.keyboard.type(nikFor(first.birthDate, 'female', 1));
    await page.getByText(/Menurut NIK: Perempuan, lahir 17 Agustus 1994/).waitFor();
    await expect.poll(() => birthDate.inputValue()).toBe(typed(first.birthDate));
    expect(await page.getByRole('radio', { name: 'Perempuan' }).isChecked()).toBe(true);
    await page.getByText('Jenis kelamin dan tanggal lahir diisi dari NIK. Ubah bila berbeda dengan KTP.').waitFor();
    expect(await page.getByRole('button', { name: 'Pakai data ini' }).count()).toBe(0);
    await expectAccessible(page, 'create form filled from the NIK');
    await snap(page, 'usability-create-filled');
    await page.getByLabel(/^Nama lengkap/).fill(first.name);
    await page.getByLabel(/^Nama lengkap/).press('Control+Enter');
    await page.getByRole('heading', { name: `${first.name} sudah terdaftar` }).waitFor();
    // "Daftarkan lagi" has the focus: Enter starts the next candidate, at the NIK, the form empty.
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('Daftarkan lagi');
    await page.keyboard.press('Enter');
    await expect.poll(focusedId).toBe(await nik.getAttribute('id'));
    expect(await nik.inputValue()).toBe('');
    expect(await birthDate.inputValue()).toBe('');

    // Typed first, kept: a man's sex chosen by hand is not overwritten by a woman's NIK, the date is filled.
    const chooseSex = (label: string) => page.locator('.mantine-SegmentedControl-label', { hasText: label }).click();
    await chooseSex('Laki-laki');
    const second = { birthDate: '1990-02-03' };
    await nik.click();
    await page.keyboard.type(nikFor(second.birthDate, 'female', 2));
    await expect.poll(() => birthDate.inputValue()).toBe(typed(second.birthDate));
    expect(await page.getByRole('radio', { name: 'Laki-laki' }).isChecked()).toBe(true);
    await page.getByText('Tanggal lahir diisi dari NIK. Ubah bila berbeda dengan KTP.').waitFor();
    await page.getByText(/Jenis kelamin menurut NIK berbeda/).waitFor();
    await page.getByRole('button', { name: 'Pakai data ini' }).waitFor();

    // A 17-year-old (UU 18/2017 Pasal 5): warned as the date is filled in, registered, and warned on her page.
    const [y, m, d] = todayInJakarta().split('-').map(Number) as [number, number, number];
    const born = new Date(Date.UTC(y - 17, m - 1, d));
    born.setUTCDate(born.getUTCDate() - 10);
    const young = { birthDate: born.toISOString().slice(0, 10), name: `Putri Anjani ${token()}` };
    await nik.fill('');
    await birthDate.fill('');
    await chooseSex('Perempuan');
    await nik.click();
    await page.keyboard.type(nikFor(young.birthDate, 'female', 3));
    await expect.poll(() => birthDate.inputValue()).toBe(typed(young.birthDate));
    const live = page.locator('[data-warning="cpmi_under_age"]');
    await live.waitFor();
    expect(await live.innerText()).toMatch(
      /^Usia 17 tahun: UU 18\/2017 Pasal 5 mensyaratkan CPMI berusia minimal 18 tahun\. Boleh didaftarkan, tetapi baru dapat diberangkatkan mulai \d{1,2} \w+ \d{4}\.$/,
    );
    await expectAccessible(page, 'create form: CPMI under 18');
    await snap(page, 'usability-create-under-18');
    // An adult's date takes the warning away.
    await birthDate.fill('01-01-1990');
    await expect.poll(() => live.count()).toBe(0);
    await birthDate.fill(typed(young.birthDate));
    await live.waitFor();
    await page.getByLabel(/^Nama lengkap/).fill(young.name);
    await page.getByRole('button', { name: 'Simpan' }).click();
    await page.getByRole('heading', { name: `${young.name} sudah terdaftar` }).waitFor();
    await page.getByRole('link', { name: 'Buka data' }).click();
    await expect.poll(() => heading(page).textContent()).toBe(young.name);
    const banner = page.locator('[data-warning="cpmi_under_age"]');
    await banner.waitFor();
    expect(await banner.innerText()).toContain('Usia CPMI ini baru 17 tahun. UU 18/2017 Pasal 5 mensyaratkan CPMI berusia minimal 18 tahun');
    await expectAccessible(page, 'person page: CPMI under 18');
    await snap(page, 'usability-person-under-18');
    assertClean();
    await context.close();
  });

  it('opens the persons whose passport runs out within six months from the dashboard card', async () => {
    const { page, assertClean, context } = await openPage(browser);
    await signInAsStaff(page, '/');
    await expect.poll(() => heading(page).textContent()).toBe('Beranda');
    const card = page.getByRole('link', { name: /Paspor habis < 6 bulan/ });
    await card.waitFor();
    const count = Number((await card.innerText()).match(/\n\s*([\d.]+)\s*\n/)?.[1]?.replace(/\./g, '') ?? NaN);
    expect(Number.isInteger(count)).toBe(true);
    await card.click();
    await page.waitForURL(/\/app\/orang\?passportExpiring=6m/);
    await expect.poll(() => heading(page).textContent()).toBe('Data Orang');
    expect(await page.getByLabel('Hanya yang paspornya habis < 6 bulan').isChecked()).toBe(true);
    if (count > 0) {
      await expect
        .poll(async () => (await page.getByText(/^Menampilkan \d+–\d+ dari [\d.]+$/).innerText()).replace(/\./g, ''))
        .toMatch(new RegExp(`dari ${count}$`));
    } else {
      await page.getByText('Tidak ada yang cocok dengan filter ini.').waitFor();
    }
    await expectAccessible(page, 'persons with passports expiring');
    // Unticked, the list is whole again.
    await page.getByLabel('Hanya yang paspornya habis < 6 bulan').uncheck();
    await page.waitForURL((url) => !url.search.includes('passportExpiring'));
    assertClean();
    await context.close();
  });

  it('keeps the active tab and the edit buttons in view on a phone', async () => {
    const { page, assertClean, context } = await openPage(browser, { viewport: { width: 390, height: 844 } });
    await signInAsStaff(page, '/orang?status=purna');
    await page.locator('main ul li a').first().waitFor();
    const href = (await page.locator('main ul li a').first().getAttribute('href'))!;

    // Opened on the last tab: it is scrolled into view, not left off the right edge.
    await page.goto(`${base}${href}?tab=persetujuan`);
    const consents = page.getByRole('tab', { name: 'Persetujuan' });
    await expect.poll(() => consents.getAttribute('aria-selected')).toBe('true');
    await expect.poll(() => inViewport(page, consents)).toBe(true);
    await page
      .getByRole('button', { name: /^Tarik persetujuan/ })
      .first()
      .waitFor();
    await expect.poll(() => inViewport(page, page.getByRole('button', { name: /^Tarik persetujuan/ }).first())).toBe(true);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await expectAccessible(page, 'person page on a phone: consents');
    await snap(page, 'usability-phone-consents');

    // Documents: the table scrolls sideways, its edit buttons stay at the right edge.
    await page.getByRole('tab', { name: 'Dokumen' }).click();
    await expect.poll(() => inViewport(page, page.getByRole('tab', { name: 'Dokumen' }))).toBe(true);
    const edit = page
      .locator('tbody tr')
      .first()
      .getByRole('button', { name: /^Ubah / });
    await edit.waitFor();
    await edit.scrollIntoViewIfNeeded();
    await expect.poll(() => inViewport(page, edit)).toBe(true);
    await expectAccessible(page, 'person page on a phone: documents');
    await snap(page, 'usability-phone-documents');
    await edit.click();
    const dialog = page.getByRole('dialog');
    await dialog.waitFor();
    await dialog.getByRole('button', { name: 'Batal' }).click();
    await dialog.waitFor({ state: 'detached' });

    // Family: the same.
    await page.getByRole('tab', { name: 'Keluarga' }).click();
    const editMember = page
      .locator('tbody tr')
      .first()
      .getByRole('button', { name: /^Ubah / });
    await editMember.waitFor();
    await editMember.scrollIntoViewIfNeeded();
    await expect.poll(() => inViewport(page, editMember)).toBe(true);
    await snap(page, 'usability-phone-family');
    assertClean();
    await context.close();
  });

  it('says names, not codes or emails: destination countries, reference sources, who acted, whom an audit row is about', async () => {
    const { page, assertClean, context } = await openPage(browser);
    await signInAsStaff(page, '/orang?status=pmi');
    await page.locator('tbody tr').first().waitFor();
    await page.locator('tbody tr a').first().click();
    await page.locator('main h1').waitFor();
    // The status history: "Berangkat ke Malaysia", not "Berangkat ke MY".
    const note = page.getByText(/^Berangkat ke /).first();
    await note.waitFor();
    expect(await note.innerText()).not.toMatch(/ke [A-Z]{2}$/);
    await page.getByRole('tab', { name: 'Riwayat' }).click();
    const by = page.locator('main ol li').first();
    await by.waitFor();
    expect(await by.innerText()).toContain('Staf Pelayanan Penempatan');
    expect(await page.locator('main ol').innerText()).not.toContain('@balai.test');

    await page.goto(`${base}/app/referensi?tab=negara`);
    await page.getByText(/^Sumber: ISO 3166-1 melalui paket i18n-iso-countries/).waitFor();
    await page.getByLabel('Cari negara').fill('tiong');
    await expect.poll(() => page.locator('main tbody tr').count()).toBe(1);
    expect(await page.locator('main tbody tr').innerText()).toMatch(/^Tiongkok\s+China\s+CN/);
    expect(await page.locator('main').innerText()).not.toMatch(/Sumber: .*\bvia\b/);
    await snap(page, 'usability-reference-countries');
    assertClean();
    await context.close();

    // The audit log names the person a row is about (the administrator needs a second factor: a code of
    // its own 30-second step, so that no earlier journey has used it).
    await new Promise((resolve) => setTimeout(resolve, 30_000 - (Date.now() % 30_000) + 300));
    const admin = await openPage(browser);
    await admin.page.goto(`${base}/app/audit?resourceType=person&action=person.read`);
    await admin.page.waitForURL(/\/app\/masuk/);
    admin.expectError(totpRequiredError);
    await signInThroughForm(admin.page, 'admin@balai.test', { totpSecret: DEMO_TOTP_SECRET });
    await expect.poll(() => heading(admin.page).textContent()).toBe('Log audit');
    const resource = admin.page.locator('tbody tr').first().locator('a[href*="/app/orang/"]');
    await resource.waitFor();
    const label = (await resource.innerText()).trim();
    expect(label).not.toMatch(/^[0-9a-f]{8}$/);
    expect(label).toMatch(/^[A-Z][a-z]+( [A-Z][a-z]+)+$/);
    await expectAccessible(admin.page, 'audit log with person names');
    await snap(admin.page, 'usability-audit-names');
    admin.assertClean();
    await admin.context.close();
  });
});
