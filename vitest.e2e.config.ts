import { defineConfig } from 'vitest/config';

/** End-to-end journeys in Debian's Chromium against a real server started once for the run. */
export default defineConfig({
  test: {
    include: ['e2e/**/*.e2e.test.ts'],
    globalSetup: ['e2e/global-setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    fileParallelism: false,
    ...(process.env.VITEST_JSON
      ? { reporters: ['default', 'json'], outputFile: { json: process.env.VITEST_JSON.replace(/\.json$/, '-e2e.json') } }
      : {}),
  },
});
