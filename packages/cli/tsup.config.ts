import { defineConfig } from 'tsup';

export default defineConfig({
  // One executable; its dependencies (@igny8/sdk, commander, cli-progress) are installed beside it by npm.
  entry: { cli: 'src/cli.ts' },
  format: ['esm'],
  target: 'node22',
  platform: 'node',
  sourcemap: true,
  clean: true,
  // The `#!/usr/bin/env node` line of src/cli.ts is kept, and tsup makes the file executable.
});
