// The layer rules of `pnpm lint:deps` (scripts/dependency-rules.cjs) applied, unchanged, to two small fixture
// trees: one that breaks every rule once, and one that keeps them all — so a rule that stopped matching (a typo in a
// path, an option dependency-cruiser renamed) shows here rather than as a silently green lint.
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { cruise, type ICruiseResult, type IFlattenedRuleSet } from 'dependency-cruiser';
import { describe, expect, it } from 'vitest';

const require = createRequire(import.meta.url);
const { layerRules, packageRules } = require('../../../../scripts/dependency-rules.cjs') as {
  layerRules: (src: string) => IFlattenedRuleSet['forbidden'];
  packageRules: IFlattenedRuleSet['forbidden'];
};

const fixtures = fileURLToPath(new URL('../fixtures/layers/', import.meta.url));

/** Cruises a fixture tree from its own root (so its `src/` and `packages/` are where the rules expect them). */
async function violations(tree: 'bad' | 'clean') {
  const baseDir = `${fixtures}${tree}`;
  const { output } = await cruise(
    ['src', 'packages'].filter((d) => tree === 'bad' || d === 'src'),
    {
      baseDir,
      validate: true,
      ruleSet: { forbidden: [...(layerRules('src') ?? []), ...(packageRules ?? [])] },
      tsPreCompilationDeps: true,
    },
  );
  const result = output as ICruiseResult;
  return {
    cruised: result.summary.totalCruised,
    // A package's resolved path depends on the install (pnpm's store layout): name it by what it is.
    found: result.summary.violations
      .map((v) => `${v.rule.name}: ${v.from} → ${/node_modules\/(@types\/)?koa\//.test(v.to) ? 'KOA' : v.to}`)
      .sort(),
  };
}

describe('the layer rules (dependency-cruiser)', () => {
  it('fire on a tree that breaks them: domain → http, koa and deps.ts; http → jobs; db → jobs; a cycle; a reach into another package', async () => {
    const { found } = await violations('bad');
    expect(found).toEqual(
      [
        'domain-not-app-deps: src/domain/x.ts → src/deps.ts',
        'domain-not-http-or-jobs: src/domain/x.ts → src/http/y.ts',
        'domain-not-koa: src/domain/k.ts → KOA',
        'http-not-jobs: src/http/y.ts → src/jobs/j.ts',
        'http-only-queue-types-from-jobs: src/http/q.ts → src/jobs/queue.ts',
        'infrastructure-not-http-or-jobs: src/db/c.ts → src/jobs/j.ts',
        'no-circular: packages/a/src/p.ts → packages/a/src/q.ts',
        'no-relative-import-of-another-package: packages/a/src/r.ts → packages/b/src/s.ts',
      ].sort(),
    );
  });

  it('pass a tree that keeps them (http and jobs on the domain, a type-only queue import in http)', async () => {
    const { found, cruised } = await violations('clean');
    expect(cruised).toBe(6);
    expect(found).toEqual([]);
  });
});
