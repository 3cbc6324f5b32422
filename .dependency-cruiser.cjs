// The layer rules, checked by `pnpm lint:deps` (dependency-cruiser); the rules themselves are in
// scripts/dependency-rules.cjs, written against a source directory so that the test in
// packages/server/test/architecture/layers.test.ts applies the very same rules to its fixture tree.
const { layerRules, packageRules } = require('./scripts/dependency-rules.cjs');

/** The options for a cruise from the repository root. */
const options = {
  doNotFollow: { path: ['node_modules'] },
  exclude: {
    // The fixture tree of the layers test breaks the rules on purpose; build output is not ours. (Packages under
    // node_modules stay in the graph, unfollowed, so a rule can name them.)
    path: ['(^|/)dist/', '^packages/server/test/fixtures/layers/'],
  },
  // `import type` counts: a type is a dependency on the module that declares it.
  tsPreCompilationDeps: true,
  enhancedResolveOptions: {
    exportsFields: ['exports'],
    conditionNames: ['import', 'require', 'node', 'default', 'types'],
  },
  reporterOptions: { text: { highlightFocused: true } },
};

module.exports = {
  forbidden: [...layerRules('packages/server/src'), ...packageRules],
  options,
};
