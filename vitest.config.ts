import { defineConfig } from 'vitest/config';

// `pnpm test` runs every package's tests and the cross-package end-to-end suites in e2e/; each has its own
// vitest.config.ts.
// CI sets VITEST_JSON_REPORT to a file path to also get a machine-readable summary.
const jsonReport = process.env.VITEST_JSON_REPORT;

export default defineConfig({
  test: {
    projects: ['packages/*', 'e2e'],
    ...(jsonReport ? { reporters: ['default', 'json'], outputFile: { json: jsonReport } } : {}),
  },
});
