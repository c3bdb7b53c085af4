import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { DEMO_TOTP_SECRET, signInThroughForm, totpRequiredError } from './auth.js';
import { expectAccessible, launch, openPage, snap } from './browser.js';

const base = inject('baseUrl');
let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(() => browser?.close());

const heading = (page: Page) => page.locator('main h1');

/** penempatan@ may have chosen English in another file's journey (the account keeps it): back to Indonesian. */
async function inIndonesian(page: Page) {
  await page.locator('main h1').waitFor();
  if ((await page.locator('html').getAttribute('lang')) === 'en') {
    await page.getByRole('button', { name: 'ID · Bahasa Indonesia' }).click();
    await expect.poll(() => page.locator('html').getAttribute('lang')).toBe('id');
  }
}
const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/**
 * A NIK no other run has used: Kec. Prabumulih Barat (16.74.01), a woman (day + 40) born on a date and
 * with a serial taken from the clock. The demo database is shared by every e2e file of a run.
 */
function uniqueCandidate() {
  const now = Date.now();
  const year = 1990 + (now % 12);
  const month = 1 + (Math.floor(now / 12) % 12);
  const day = 1 + (Math.floor(now / 144) % 28);
  const serial = 1000 + (Math.floor(now / 4032) % 8999);
  const nik = `167401${pad(day + 40)}${pad(month)}${pad(year % 100)}${pad(serial, 4)}`;
  // A surname no demo person has, made of letters only (digits would make the name search an identifier search).
  const token = Array.from(String(now).slice(-6), (d) => 'bcdfghjklm'[Number(d)]).join('');
  const surname = `Kusumawardhani ${token[0]!.toUpperCase()}${token.slice(1)}`;
  return {
    nik,
    birthDate: `${year}-${pad(month)}-${pad(day)}`,
    typedBirthDate: `${pad(day)}-${pad(month)}-${year}`,
    fullName: `Ratna ${surname}`,
    misspelt: `ratna kusumawardani ${token}`,
  };
}

/** A small, valid one-page PDF: what a scanner would give, minus the scan. */
function tinyPdf(): Buffer {
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 100] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
    null,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
  ];
  const stream = 'BT /F1 18 Tf 20 40 Td (KTP uji) Tj ET';
  let body = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((object, i) => {
    offsets.push(body.length);
    const content = object ?? `<< /Length ${stream.length} >>\nstream\n${stream}\nendstream`;
    body += `${i + 1} 0 obj\n${content}\nendobj\n`;
  });
  const xref = body.length;
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${pad(o, 10)} 00000 n \n`).join('')}`;
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(body, 'latin1');
}

describe('registry', () => {
  it('registers a CPMI with live NIK feedback, records family and documents, finds her again, reveals the NIK; the audit log keeps the reason', async () => {
    const who = uniqueCandidate();
    const staff = await openPage(browser);
    const { page } = staff;
    await page.goto(`${base}/app/orang`);
    await page.waitForURL(/\/app\/masuk/);
    await signInThroughForm(page, 'penempatan@balai.test');
    await inIndonesian(page);
    await expect.poll(() => heading(page).textContent()).toBe('Data Orang');
    await page.locator('tbody tr').first().waitFor();
    await expectAccessible(page, 'persons list');

    // Register: NIK first, read back as it is typed.
    await page.getByRole('link', { name: 'Daftarkan orang' }).first().click();
    await expect.poll(() => heading(page).textContent()).toBe('Daftarkan orang');
    const nik = page.getByLabel(/^NIK/);
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('id'))).toBe(await nik.getAttribute('id'));
    await page.keyboard.type(who.nik.slice(0, 10));
    await page.getByText('10 dari 16 digit').waitFor();
    await page.keyboard.type(who.nik.slice(10));
    await page.getByText('NIK terbit di Kota Prabumulih, Kec. Prabumulih Barat (Sumatera Selatan).').waitFor();
    await page.getByText(/Menurut NIK: Perempuan, lahir/).waitFor();
    await expectAccessible(page, 'create form with NIK feedback');
    await snap(page, 'registry-create-nik');
    // Sex and birth date come from the NIK by themselves while those fields are empty.
    await expect.poll(() => page.getByLabel(/^Tanggal lahir/).inputValue()).toBe(who.typedBirthDate);
    expect(await page.getByRole('radio', { name: 'Perempuan' }).isChecked()).toBe(true);

    // Typed as on the paper form: Enter moves on, Ctrl+Enter saves.
    await page.getByLabel(/^Nama lengkap/).fill(who.fullName);
    await page.keyboard.press('Enter');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.closest('.mantine-InputWrapper-root')?.textContent)).toContain(
      'Tempat lahir',
    );
    await page.keyboard.type('Prabumulih');
    await page.getByLabel(/^Alamat/).fill('Jl. Jenderal Sudirman No. 12, RT 003/RW 002');
    const region = page.getByRole('combobox', { name: /^Desa\/kelurahan/ });
    await region.fill('gunung ibul barat');
    await page.getByRole('option', { name: 'Kel. Gunung Ibul Barat, Kec. Prabumulih Timur, Kota Prabumulih' }).click();
    await page.getByLabel(/^Telepon/).fill('0812-7000-1234');
    await page.getByLabel('Pendidikan terakhir').selectOption('smk');
    await page.getByRole('combobox', { name: /^Negara tujuan/ }).fill('Jepang');
    await page.getByRole('option', { name: 'Jepang' }).click();
    await page.getByLabel(/^Tempat lahir/).press('Control+Enter');
    await page.getByRole('heading', { name: `${who.fullName} sudah terdaftar` }).waitFor();
    await snap(page, 'registry-created');
    await page.getByRole('link', { name: 'Buka data' }).click();
    await expect.poll(() => heading(page).textContent()).toBe(who.fullName);
    const personUrl = page.url();
    await page.getByText('Kel. Gunung Ibul Barat, Kec. Prabumulih Timur, Kota Prabumulih').waitFor();
    await expectAccessible(page, 'person page: profile');

    // Family: a father who is the emergency contact, and a mother.
    await page.getByRole('tab', { name: 'Keluarga' }).click();
    await page.getByText('Belum ada anggota keluarga yang dicatat.').waitFor();
    for (const member of [
      { name: 'Sutrisno Hadi', relation: 'father', phone: '0813-6000-2222', emergency: true },
      { name: 'Siti Khadijah', relation: 'mother', phone: '', emergency: false },
    ]) {
      await page.getByRole('button', { name: 'Tambah anggota' }).click();
      const dialog = page.getByRole('dialog', { name: 'Tambah anggota keluarga' });
      await dialog.getByLabel(/^Nama lengkap/).fill(member.name);
      await dialog.getByLabel(/^Hubungan/).selectOption(member.relation);
      if (member.phone) await dialog.getByLabel(/^Telepon/).fill(member.phone);
      if (member.emergency) await dialog.getByLabel(/^Kontak darurat/).check();
      await dialog.getByRole('button', { name: 'Tambah anggota' }).click();
      await page.locator('tbody tr', { hasText: member.name }).waitFor();
    }
    expect(await page.locator('tbody tr', { hasText: 'Sutrisno Hadi' }).innerText()).toContain('Kontak darurat');
    expect(await page.locator('tbody tr').count()).toBe(2);
    await expectAccessible(page, 'person page: family');

    // Documents: the KTP with its scan (a PDF), and a passport that runs out within six months.
    await page.getByRole('tab', { name: 'Dokumen' }).click();
    await page.getByText('0 dari 8 ada').waitFor();
    await page.getByRole('button', { name: 'Tambah dokumen' }).click();
    let dialog = page.getByRole('dialog', { name: 'Tambah dokumen' });
    await dialog.getByRole('combobox', { name: /^Jenis dokumen/ }).fill('KTP');
    await page.getByRole('option', { name: 'KTP elektronik' }).click();
    await dialog.locator('input[type="file"]').setInputFiles({ name: 'ktp.pdf', mimeType: 'application/pdf', buffer: tinyPdf() });
    await dialog.getByText('ktp.pdf').waitFor();
    await dialog.getByRole('button', { name: 'Tambah dokumen' }).click();
    const ktp = page.locator('tbody tr', { hasText: 'KTP elektronik' });
    await ktp.getByRole('button', { name: /Lihat berkas KTP elektronik/ }).waitFor();

    const expiresSoon = new Date(Date.now() + 90 * 86_400_000);
    await page.getByRole('button', { name: 'Tambah dokumen' }).click();
    dialog = page.getByRole('dialog', { name: 'Tambah dokumen' });
    await dialog.getByRole('combobox', { name: /^Jenis dokumen/ }).fill('Paspor');
    await page.getByRole('option', { name: 'Paspor', exact: true }).click();
    await dialog.getByLabel(/^Nomor/).fill('E1234567');
    await dialog.getByLabel(/^Tanggal terbit/).fill('01-02-2022');
    await dialog.getByLabel(/^Berlaku sampai/).fill(`${pad(expiresSoon.getDate())}-${pad(expiresSoon.getMonth() + 1)}-${expiresSoon.getFullYear()}`);
    await dialog.getByRole('button', { name: 'Tambah dokumen' }).click();
    const passport = page.locator('tbody tr', { hasText: 'Paspor' });
    await passport.getByText('Paspor habis < 6 bulan').waitFor();
    await page.getByText('1 dari 8 ada').waitFor();
    await ktp.getByRole('button', { name: 'Verifikasi KTP elektronik' }).click();
    await ktp.getByText('Terverifikasi').waitFor();
    await expectAccessible(page, 'person page: documents');
    await snap(page, 'registry-documents');
    // The scan opens in the page, as a PDF.
    await ktp.getByRole('button', { name: /Lihat berkas KTP elektronik/ }).click();
    const frame = page.locator('iframe[title^="KTP elektronik"]');
    await frame.waitFor();
    const scan = await page.evaluate(
      async (src) => {
        const res = await fetch(src!);
        return { status: res.status, type: res.headers.get('content-type') };
      },
      await frame.getAttribute('src'),
    );
    expect(scan).toEqual({ status: 200, type: 'application/pdf' });
    // The browser shows it in the frame: a refused frame would hold Chromium's error page instead.
    await page.getByRole('dialog').getByLabel('Memuat…').waitFor({ state: 'detached' });
    const shown = await (await frame.elementHandle())!.contentFrame();
    expect(shown?.url()).toMatch(/^http:\/\/[^/]+\/api\//);
    await page.keyboard.press('Escape');

    // The history tells it in sentences.
    await page.getByRole('tab', { name: 'Riwayat' }).click();
    await page.getByText('Pindaian KTP elektronik diunggah').waitFor();
    await page.getByText('Sutrisno Hadi (ayah) ditambahkan ke keluarga').waitFor();
    await page.getByText('Didaftarkan sebagai CPMI').waitFor();

    // Found again by a misspelt name.
    await page.getByRole('navigation', { name: 'Menu utama' }).getByRole('link', { name: 'Data orang' }).click();
    await expect.poll(() => heading(page).textContent()).toBe('Data Orang');
    await page.getByLabel('Cari orang').fill(who.misspelt);
    await page.waitForURL(/q=ratna/);
    await expect.poll(() => page.locator('tbody tr').first().locator('a').first().textContent()).toBe(who.fullName);
    // A NIK typed in the search box finds her too, without going into the address.
    await page.getByLabel('Cari orang').fill(who.nik);
    await page.waitForURL((url) => !url.search.includes('q='));
    await expect.poll(() => page.locator('tbody tr').count()).toBe(1);
    expect(await page.locator('tbody tr').first().locator('a').first().textContent()).toBe(who.fullName);
    expect(page.url()).not.toContain(who.nik);
    await page.locator('tbody tr').first().getByRole('link').click();
    await page.waitForURL(personUrl);

    // The full NIK, with a reason; shown in place, masked again later.
    await page.getByRole('button', { name: 'Tampilkan NIK lengkap' }).click();
    const reveal = page.getByRole('dialog', { name: 'Tampilkan NIK lengkap' });
    await reveal.getByLabel(/^Alasan/).fill('terlalu');
    await reveal.getByRole('button', { name: 'Tampilkan' }).click();
    await reveal.getByText('Tulis alasan minimal 10 karakter.').waitFor();
    const reason = `Verifikasi KTP untuk pengajuan paspor ${who.fullName}`;
    await reveal.getByLabel(/^Alasan/).fill(reason);
    await reveal.getByRole('button', { name: 'Tampilkan' }).click();
    await expect.poll(() => page.locator('[data-revealed="nik"]').textContent()).toBe(who.nik);
    await page.getByText(/disamarkan lagi dalam \d+ dtk/).waitFor();
    await reveal.waitFor({ state: 'detached' });
    await expectAccessible(page, 'person page: NIK revealed');
    staff.assertClean();
    await staff.context.close();

    // The administrator sees who revealed it, and why.
    const admin = await openPage(browser);
    await admin.page.goto(`${base}/app/audit?action=person.reveal`);
    await admin.page.waitForURL(/\/app\/masuk/);
    admin.expectError(totpRequiredError);
    await signInThroughForm(admin.page, 'admin@balai.test', { totpSecret: DEMO_TOTP_SECRET });
    await expect.poll(() => heading(admin.page).textContent()).toBe('Log audit');
    const row = admin.page.locator('tbody tr', { hasText: 'penempatan@balai.test' }).filter({ hasText: 'Tampilkan NIK/paspor' }).first();
    await row.waitFor();
    await row.getByRole('button', { name: /^Rincian: Tampilkan NIK\/paspor/ }).click();
    await admin.page.getByText(reason, { exact: false }).waitFor();
    await expectAccessible(admin.page, 'audit log: person.reveal');
    await snap(admin.page, 'registry-audit-reveal');
    admin.assertClean();
    await admin.context.close();
  });

  it('reviews likely duplicates side by side, keeps filters as saved views, and lists persons as cards on a phone', async () => {
    const { page, assertClean, context } = await openPage(browser);
    await page.goto(`${base}/app/orang/ganda`);
    await page.waitForURL(/\/app\/masuk/);
    await signInThroughForm(page, 'penempatan@balai.test');
    await inIndonesian(page);
    await expect.poll(() => heading(page).textContent()).toBe('Data ganda');
    const pair = page.locator('main section').first();
    await pair.getByText('Data pertama').waitFor();
    await pair.getByText(/Kemiripan nama \d+%/).waitFor();
    await expectAccessible(page, 'duplicates review');
    await snap(page, 'registry-duplicates');
    await pair.getByRole('button', { name: 'Gabungkan' }).click();
    const merge = page.getByRole('dialog', { name: 'Gabungkan data ganda' });
    await merge.getByRole('radio').first().waitFor();
    await merge.getByRole('button', { name: 'Gabungkan' }).click();
    await merge.getByText('Tulis alasan minimal 5 karakter.').waitFor();
    await expectAccessible(page, 'merge dialog');
    await merge.getByRole('button', { name: 'Batal' }).click();

    // A saved view: the filters under a name, applied again with one click, then deleted.
    const name = `CPMI Prabumulih ${Date.now().toString(36).replace(/\d/g, '')}`;
    await page.goto(`${base}/app/orang?status=cpmi&regency=16.74`);
    await page.locator('tbody tr').first().waitFor();
    await page.getByRole('button', { name: 'Tampilan tersimpan' }).click();
    await page.getByLabel('Simpan filter saat ini sebagai').fill(name);
    await page.getByRole('button', { name: 'Simpan tampilan' }).click();
    await page.getByRole('dialog', { name: 'Tampilan tersimpan' }).getByRole('button', { name, exact: true }).waitFor();
    await expectAccessible(page, 'saved views');
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: 'Hapus filter' }).click();
    await page.waitForURL((url) => !url.search.includes('status='));
    await page.getByRole('button', { name: 'Tampilan tersimpan' }).click();
    await page.getByRole('button', { name, exact: true }).click();
    await page.waitForURL(/status=cpmi/);
    expect(page.url()).toContain('regency=16.74');
    await page.getByRole('button', { name: 'Tampilan tersimpan' }).click();
    await page.getByRole('button', { name: `Hapus tampilan ${name}` }).click();
    await expect.poll(() => page.getByRole('button', { name, exact: true }).count()).toBe(0);
    await page.keyboard.press('Escape');

    // On a phone: cards instead of a table, filters behind one button, nothing wider than the screen.
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(`${base}/app/orang`);
    await page.locator('main ul li a').first().waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await page.getByRole('button', { name: 'Filter' }).click();
    await page.getByLabel('Status').selectOption('cpmi');
    await page.waitForURL(/status=cpmi/);
    await expectAccessible(page, 'persons list on a phone');
    await snap(page, 'registry-list-phone');
    assertClean();
    await context.close();
  });
});
