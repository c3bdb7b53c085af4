import { defineConfig } from 'vitest/config';

/**
 * Unit, service and API tests. The database is real: PGlite migrated once in global setup and loaded
 * from that snapshot per test file, or, when TEST_DATABASE_URL is set, a PostgreSQL database cloned
 * per test file from a migrated template (docs/decisions/0003).
 */
export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'scripts/**/*.test.ts'],
    globalSetup: ['src/server/test/global-setup.ts'],
    setupFiles: ['src/server/test/setup.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: 'forks',
    maxWorkers: 2,
    // CI asks for a JSON report per lane to print one closing line over all of them.
    ...(process.env.VITEST_JSON ? { reporters: ['default', 'json'], outputFile: { json: process.env.VITEST_JSON } } : {}),
  },
});
