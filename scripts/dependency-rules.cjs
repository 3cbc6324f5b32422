// The dependency rules of the repository, as functions of where the tree is, so that .dependency-cruiser.cjs (the
// real tree) and packages/server/test/architecture/layers.test.ts (a fixture tree) apply the very same rules.

/** Escapes a path for use inside a regular expression. */
const re = (path) => path.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The server's layers, for a source tree at `src` (a path relative to where the cruise runs, e.g.
 * `packages/server/src`). The domain is the core: HTTP and jobs depend on it, never the reverse, and neither
 * depends on the other; the infrastructure modules (db, auth, ai, storage, net) sit under both as well.
 */
function serverLayerRules(src) {
  const s = `^${re(src)}/`;
  return [
    {
      name: 'domain-not-http-or-jobs',
      comment: 'The domain is called by the HTTP handlers and the jobs; it must not know either.',
      severity: 'error',
      from: { path: `${s}domain/` },
      to: { path: `${s}(http|jobs)/` },
    },
    {
      name: 'domain-not-koa',
      comment: 'The domain is framework-free: no Koa (nor its routers, middleware or types).',
      severity: 'error',
      from: { path: `${s}domain/` },
      to: { path: '(^|/)node_modules/(koa|@koa/[^/]+|@types/koa[^/]*)/' },
    },
    {
      name: 'domain-not-app-deps',
      comment:
        'The domain takes what it needs as arguments, not the whole dependencies bag (AppDeps in src/deps.ts), ' +
        'and never the composition roots (app, runtime, main, worker).',
      severity: 'error',
      from: { path: `${s}domain/` },
      to: { path: `${s}(deps|app|runtime|main|worker)\\.ts$` },
    },
    {
      name: 'jobs-not-http',
      comment: 'A job runs outside any request: it must not reach into the HTTP layer.',
      severity: 'error',
      from: { path: `${s}jobs/` },
      to: { path: `${s}http/` },
    },
    {
      name: 'http-not-jobs',
      comment:
        'A handler hands work to the queue through the deps it is given; it does not import the jobs. ' +
        'The one exception is a type-only import of the queue interface (jobs/queue.ts).',
      severity: 'error',
      from: { path: `${s}http/` },
      to: { path: `${s}jobs/` },
    },
    {
      name: 'http-only-queue-types-from-jobs',
      comment: 'From jobs/queue.ts the HTTP layer may import types only (`import type`).',
      severity: 'error',
      from: { path: `${s}http/` },
      to: { path: `${s}jobs/queue\\.ts$`, dependencyTypesNot: ['type-only'] },
    },
    {
      name: 'infrastructure-not-http-or-jobs',
      comment: 'db, auth, ai, storage and net sit under the handlers and the jobs; they must not import either.',
      severity: 'error',
      from: { path: `${s}(db|auth|ai|storage|net)/` },
      to: { path: `${s}(http|jobs)/` },
    },
  ];
}

// The exception above: `http-not-jobs` must not fire for the type-only queue import that the second rule checks.
function withQueueTypesException(rules, src) {
  return rules.map((rule) =>
    rule.name === 'http-not-jobs' ? { ...rule, to: { ...rule.to, pathNot: `^${re(src)}/jobs/queue\\.ts$` } } : rule,
  );
}

/** Rules for any tree of packages (`packages/<name>/src`): no cycles, no reaching into another package's files. */
const packageRules = [
  {
    name: 'no-circular',
    comment: 'No import cycles in any package’s source.',
    severity: 'error',
    from: { path: '^packages/[^/]+/src/' },
    to: { circular: true },
  },
  {
    name: 'no-relative-import-of-another-package',
    comment:
      'A package uses another only through its name (@igny8/…), never by a relative path into its files. ' +
      'Exempt: the root e2e/ suites and scripts/ (not packages), which drive the packages from outside.',
    severity: 'error',
    from: { path: '^packages/([^/]+)/' },
    to: { path: '^packages/', pathNot: '^packages/$1/', dependencyTypes: ['local'] },
  },
];

/** The server's layer rules for a source tree at `src`. */
const layerRules = (src) => withQueueTypesException(serverLayerRules(src), src);

module.exports = { layerRules, packageRules };
