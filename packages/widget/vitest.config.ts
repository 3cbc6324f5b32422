import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: {
    // The SDK from source, as in the bundle: the tests need no SDK build first.
    alias: { '@igny8/sdk': fileURLToPath(new URL('../sdk/src/index.ts', import.meta.url)) },
  },
  test: {
    name: 'widget',
    include: ['test/**/*.test.ts'],
    environment: 'node',
    globalSetup: ['test/helpers/build.ts'],
    // Each browser test file runs its own Chromium: two at a time is what two cores carry.
    maxWorkers: 2,
    // The browser test builds the bundle and starts Chromium.
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
