import { defineConfig } from 'vitest/config';

/** End-to-end journeys in Debian's Chromium against a real server started once for the run. */
export default defineConfig({
  test: {
    include: ['e2e/**/*.e2e.test.ts'],
    globalSetup: ['e2e/global-setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    fileParallelism: false,
    // A loaded CI machine can take more than the default second to navigate and render.
    expect: { poll: { timeout: 15_000, interval: 100 } },
    ...(process.env.VITEST_JSON ? { reporters: ['default', 'json'], outputFile: { json: process.env.VITEST_JSON.replace(/\.json$/, '-e2e.json') } } : {}),
  },
});
