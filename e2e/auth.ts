import type { Page } from 'playwright-core';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, inject } from 'vitest';
import { totpCode } from '../src/server/modules/auth/totp.js';

/** The one password of every demo account, and the authenticator secret of admin@ and kepala@. */
export const DEMO_PASSWORD = 'Balai-Demo-2026!';
export const DEMO_TOTP_SECRET = 'BALAIDEMOSUMSELPALEMBANGJAWAPMIS';

/**
 * The last 30-second step used per account, kept in a file beside the run's server: test files run in
 * separate workers against one server, and the server takes each code only once per account.
 */
function stepsFile(): string {
  return path.join(os.tmpdir(), `balai-e2e-totp-${new URL(inject('baseUrl')).port}.json`);
}
function readSteps(): Record<string, number> {
  try {
    return JSON.parse(fs.readFileSync(stepsFile(), 'utf8')) as Record<string, number>;
  } catch {
    return {};
  }
}

/** A six-digit code for `secret` that this account has not used yet in this run. */
export async function freshTotpCode(account: string, secret: string): Promise<string> {
  let step = Math.floor(Date.now() / 30_000);
  if ((readSteps()[account] ?? -1) >= step) {
    // Wait for the next 30-second step.
    await new Promise((resolve) => setTimeout(resolve, (step + 1) * 30_000 - Date.now() + 200));
    step = Math.floor(Date.now() / 30_000);
  }
  fs.writeFileSync(stepsFile(), JSON.stringify({ ...readSteps(), [account]: step }));
  return totpCode(secret, new Date());
}

/**
 * Signs in through the sign-in screen (the page must show it). With `totpSecret`, answers the second
 * step; the first answer of the server is then a 401 totp_required, which the caller should expect.
 */
export async function signInThroughForm(page: Page, email: string, opts: { password?: string; totpSecret?: string } = {}): Promise<void> {
  await page.getByLabel('Email').fill(email);
  await page.getByLabel(/^Kata sandi/).fill(opts.password ?? DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Masuk', exact: true }).click();
  if (opts.totpSecret) {
    const code = page.getByLabel('Kode autentikator');
    await code.waitFor();
    await code.fill(await freshTotpCode(email, opts.totpSecret));
    await page.getByRole('button', { name: 'Verifikasi' }).click();
  }
  await expect.poll(() => new URL(page.url()).pathname).not.toBe('/app/masuk');
}

/** The sign-in screen's first step with a second factor: the server asks for the code with a 401. */
export const totpRequiredError = /status of 401.*\/api\/auth\/sign-in/;
