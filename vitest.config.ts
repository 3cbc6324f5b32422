import { defineConfig } from 'vitest/config';

// `pnpm test` runs every package's tests; each package has its own vitest.config.ts.
export default defineConfig({
  test: {
    projects: ['packages/*'],
  },
});
