import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// The unit tests run the CLI's source in process; the acceptance test runs the built `dist/cli.js` as a real
// process against a real server (the server package's test server, on the run's PostgreSQL, which its global
// setup provides).
export default defineConfig({
  test: {
    name: 'cli',
    include: ['test/**/*.test.ts'],
    globalSetup: [fileURLToPath(import.meta.resolve('@igny8/server/testing/global-setup'))],
    pool: 'forks',
    // The unit tests beside the acceptance test (which runs a server and its workers) on a two-core machine.
    maxWorkers: 2,
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
