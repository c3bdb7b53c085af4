import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { expect } from 'vitest';

const require = createRequire(import.meta.url);
const axeSource = fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export async function launch(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
}

/**
 * A page that records every console error and uncaught exception; `assertClean()` fails the test
 * when any happened. A failed request is recorded with its address ("console: Failed to load
 * resource: … 401 … (http://…/api/auth/sign-in)"), so that a test can `expectError()` the one
 * failure its journey causes on purpose; each expectation excuses one matching error, no more.
 */
export async function openPage(
  browser: Browser,
  opts: { viewport?: { width: number; height: number }; locale?: string } = {},
): Promise<{ context: BrowserContext; page: Page; errors: string[]; expectError(pattern: RegExp): void; assertClean(): void }> {
  const context = await browser.newContext({ viewport: opts.viewport ?? { width: 1366, height: 900 }, locale: opts.locale ?? 'id-ID' });
  const page = await context.newPage();
  const errors: string[] = [];
  const expected: RegExp[] = [];
  page.on('console', (msg) => {
    if (msg.type() !== 'error') return;
    const url = msg.location().url;
    errors.push(`console: ${msg.text()}${url && msg.text().startsWith('Failed to load resource') ? ` (${url})` : ''}`);
  });
  page.on('pageerror', (err) => errors.push(`pageerror: ${err.message}`));
  const assertClean = () => {
    const left = [...errors];
    for (const pattern of expected) {
      const i = left.findIndex((e) => pattern.test(e));
      if (i >= 0) left.splice(i, 1);
    }
    expect(left, left.join('\n')).toEqual([]);
  };
  return { context, page, errors, expectError: (pattern) => expected.push(pattern), assertClean };
}

/**
 * Runs axe-core in the page (injected with evaluate, which a strict CSP allows) and fails on any
 * serious or critical violation, naming them.
 */
export async function expectAccessible(page: Page, label: string): Promise<void> {
  // A modal fading out is half transparent: let running transitions end so axe judges what people see.
  // Endless animations (loaders, skeletons) never finish: only finite ones are awaited, at most 2 s.
  await page.evaluate(() =>
    Promise.race([
      Promise.all(
        document
          .getAnimations()
          .filter((a) => a.effect?.getTiming().iterations !== Infinity)
          .map((a) => a.finished.catch(() => undefined)),
      ),
      new Promise((resolve) => setTimeout(resolve, 2000)),
    ]),
  );
  await page.evaluate(axeSource);
  const violations = await page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: {
          run: (
            ctx: Document | { exclude: string[] },
            opts: object,
          ) => Promise<{ violations: { id: string; impact: string; help: string; nodes: { target: string[] }[] }[] }>;
        };
      }
    ).axe;
    // Toasts come and go on their own timers: one can start fading while axe measures it, which reads as
    // low contrast. They are Mantine's notifications (gray-9 on white); the screen under them is checked.
    const result = await axe.run({ exclude: ['.mantine-Notifications-root'] }, { resultTypes: ['violations'] });
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, targets: v.nodes.slice(0, 3).map((n) => n.target.join(' ')) }));
  });
  const serious = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(serious, `${label}: ${JSON.stringify(serious, null, 2)}`).toEqual([]);
}

/** Saves a screenshot under .tmp/screenshots (git-ignored) for people to look at. */
export async function snap(page: Page, name: string): Promise<void> {
  const dir = path.resolve('.tmp/screenshots');
  fs.mkdirSync(dir, { recursive: true });
  await page.screenshot({ path: path.join(dir, `${name}.png`), fullPage: true });
}
