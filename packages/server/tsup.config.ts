import { defineConfig } from 'tsup';

// A production build: `node dist/main.js` / `node dist/worker.js`, with the generated contract
// bundled in and every npm dependency left external.
export default defineConfig({
  entry: {
    index: 'src/index.ts',
    main: 'src/main.ts',
    worker: 'src/worker.ts',
    // The compute pool's worker thread, loaded by file next to the bundle (src/compute/pool.ts).
    'cluster-worker': 'src/compute/cluster-worker.ts',
    'operator-create': 'src/cli/operator-create.ts',
    migrate: 'src/cli/migrate.ts',
    'reseal-secrets': 'src/cli/reseal-secrets.ts',
  },
  format: ['esm'],
  target: 'node22',
  platform: 'node',
  dts: { entry: { index: 'src/index.ts' }, resolve: ['@igny8/contract'] },
  noExternal: ['@igny8/contract'],
  sourcemap: true,
  clean: true,
});
