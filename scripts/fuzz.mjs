// `pnpm fuzz`: the contract fuzzer (packages/server/test/fuzz/contract.test.ts) for longer than CI runs it, with a
// random seed unless FUZZ_SEED is given. FUZZ_RUNS sets the runs per operation and property (default 100). The seed
// is printed first: FUZZ_SEED=<it> pnpm fuzz replays a failure.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const seed = process.env.FUZZ_SEED ?? String(Math.floor(Math.random() * 2 ** 31));
const runs = process.env.FUZZ_RUNS ?? '100';
console.log(`contract fuzz: FUZZ_SEED=${seed} FUZZ_RUNS=${runs} (replay with FUZZ_SEED=${seed} pnpm fuzz)`);
const result = spawnSync(
  'pnpm',
  // A sign-in hashes a password: about a second a run on these machines, so the time per test grows with the runs.
  ['exec', 'vitest', 'run', 'test/fuzz/contract.test.ts', `--testTimeout=${Math.max(30_000, Number(runs) * 3_000)}`],
  {
    cwd: fileURLToPath(new URL('../packages/server', import.meta.url)),
    stdio: 'inherit',
    env: { ...process.env, FUZZ_SEED: seed, FUZZ_RUNS: runs },
  },
);
if (result.status !== 0) console.log(`contract fuzz failed: replay with FUZZ_SEED=${seed} FUZZ_RUNS=${runs} pnpm fuzz`);
process.exit(result.status ?? 1);
