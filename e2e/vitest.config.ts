import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// The cross-package end-to-end suites: each starts the real server (packages/server/test/helpers/server.ts) on the
// run's PostgreSQL, provided by the server's own global setup, and drives it with the SDK, Chromium or WordPress.
export default defineConfig({
  resolve: {
    // The SDK's source, as in the server's tests: no SDK build needed first.
    alias: {
      // The subpath first: an alias also matches what starts with its key and a slash.
      '@igny8/sdk/events': fileURLToPath(new URL('../packages/sdk/src/events.ts', import.meta.url)),
      '@igny8/sdk/webhooks': fileURLToPath(new URL('../packages/sdk/src/webhooks.ts', import.meta.url)),
      '@igny8/sdk': fileURLToPath(new URL('../packages/sdk/src/index.ts', import.meta.url)),
    },
  },
  test: {
    name: 'e2e',
    include: ['*.test.ts'],
    globalSetup: ['../packages/server/test/helpers/global-setup.ts'],
    pool: 'forks',
    // One suite at a time: each runs a server with its workers, and some a Chromium and a WordPress under `php -S`,
    // next to the server project's two files on a two-core machine.
    maxWorkers: 1,
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
