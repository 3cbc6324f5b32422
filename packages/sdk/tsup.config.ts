import { defineConfig } from 'tsup';

export default defineConfig({
  // `@igny8/sdk/events` (server-sent events), `@igny8/sdk/public` (the public reads, for headless front ends) and
  // `@igny8/sdk/webhooks` (verifying deliveries, for receivers) are entries of their own: the main entry's size
  // budget has no room for them, a front end needs only the public reads, and a receiver only the webhooks.
  entry: ['src/index.ts', 'src/events.ts', 'src/public.ts', 'src/webhooks.ts'],
  format: ['esm', 'cjs'],
  // Node 22 and evergreen browsers: private fields and static blocks stay as written.
  target: 'es2022',
  platform: 'neutral',
  // ky 1 ships ES modules only, which `require` cannot load before Node 22.12 (and which esbuild's CommonJS interop
  // gets wrong after), so both builds carry it and the package has no runtime dependencies. Its licence comment stays.
  noExternal: ['ky'],
  sourcemap: true,
  clean: true,
  dts: {
    // @igny8/contract is private and never published, so its types are inlined into the declarations: mapped by
    // path, it is resolved as a source file rather than left as an external package import.
    compilerOptions: {
      paths: { '@igny8/contract/*': ['../contract/src/generated/*.ts'] },
    },
  },
});
