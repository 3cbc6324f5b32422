import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: {
    // The journey tests use the SDK's source, so they need no build step.
    alias: {
      // The subpath first: an alias also matches what starts with its key and a slash.
      '@igny8/sdk/events': fileURLToPath(new URL('../sdk/src/events.ts', import.meta.url)),
      '@igny8/sdk/webhooks': fileURLToPath(new URL('../sdk/src/webhooks.ts', import.meta.url)),
      '@igny8/sdk': fileURLToPath(new URL('../sdk/src/index.ts', import.meta.url)),
    },
  },
  test: {
    name: 'server',
    include: ['test/**/*.test.ts'],
    globalSetup: ['test/helpers/global-setup.ts'],
    pool: 'forks',
    // Two cores: two files at a time, each with its own database and server.
    maxWorkers: 2,
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
