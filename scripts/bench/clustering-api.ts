// `pnpm bench clustering-api`: a 100,000-keyword clustering through the API, as a user starts it — start to stored
// clusters — while a prober asks `/healthz` every 20 ms, as a load balancer would. Two servers run side by side in
// child processes, each with its job workers in process (as `pnpm start` runs): Igny8 as it is (the clustering in a
// worker thread of the compute pool) and the same server with COMPUTE_THREADS=0 (the engine on the event loop that
// serves the API: the strongest simple alternative, and how the server ran before the pool). The engine alone on
// the same keywords, in this process, is the floor the run is measured against.
//
// Targets: `/healthz` p99 ≤ 100 ms while the clustering runs; start → stored clusters ≤ 5 s. Prints NOT MET and
// exits 1 when either is missed. Needs DATABASE_URL (a PostgreSQL it may create and drop a database on).
import type { ChildProcess } from 'node:child_process';
import type { AddressInfo } from 'node:net';
import { loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import { createApp } from '../../packages/server/src/app.js';
import { loadConfig } from '../../packages/server/src/config.js';
import { withTenant } from '../../packages/server/src/db/tenant.js';
import { clusterKeywords } from '../../packages/server/src/domain/planner/clustering/index.js';
import { insertKeywords, keywordRow } from '../../packages/server/src/domain/planner/keywords.js';
import { createLogger } from '../../packages/server/src/logger.js';
import { MemoryMailer } from '../../packages/server/src/mail/mailer.js';
import { createRuntime } from '../../packages/server/src/runtime.js';
import {
  benchDatabase,
  benchOwner,
  forkServer,
  machine,
  printResult,
  round,
  stopServer,
  syntheticKeywords,
} from './lib.js';

const KEYWORDS = Number(process.argv.find((a) => a.startsWith('--keywords='))?.slice(11) ?? 100_000);
const PROBE_EVERY_MS = 20;
const HEALTHZ_P99_TARGET_MS = 100;
const END_TO_END_TARGET_MS = 5_000;
// The password the tests and the other benchmarks give the shared application role (never a new one).
const APP_PASSWORD = 'igny8-app-test-password';
const self = fileURLToPath(import.meta.url);

interface ChildSpec {
  env: Record<string, string>;
}

/** The server as main.ts builds it, job workers in process. */
async function serve(spec: ChildSpec): Promise<number> {
  const runtime = await createRuntime(
    loadConfig(spec.env),
    createLogger(process.env.BENCH_LOG ?? 'warn', process.stderr),
    {
      mailer: new MemoryMailer(),
      pollingIntervalSeconds: 0.5,
    },
  );
  await runtime.deps.jobs.start({ work: true });
  // As main.ts does: a process that works jobs starts its compute thread (loaded and warmed) at once.
  if (runtime.deps.config.computePrestart) runtime.compute.prestart();
  const server = await new Promise<import('node:http').Server>((resolve) => {
    const s = createApp(runtime.deps).listen(0, '127.0.0.1', () => resolve(s));
  });
  process.once('disconnect', async () => {
    server.close();
    server.closeAllConnections();
    await runtime.close();
    process.exit(0);
  });
  return (server.address() as AddressInfo).port;
}

const startChild = (spec: ChildSpec) => forkServer(self, spec, 'server');
const stopChild = (child: ChildProcess) => stopServer(child, 20_000);

const quantile = (xs: number[], q: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil(q * s.length) - 1)] ?? Number.NaN;
};

/** Asks /healthz every PROBE_EVERY_MS (one request at a time) until stopped; returns each answer's latency. */
function probe(base: string) {
  const latencies: number[] = [];
  let running = true;
  const done = (async () => {
    while (running) {
      const started = performance.now();
      const res = await fetch(`${base}/healthz`);
      await res.arrayBuffer();
      if (res.status !== 200) throw new Error(`/healthz answered ${res.status}`);
      const took = performance.now() - started;
      latencies.push(took);
      await new Promise((r) => setTimeout(r, Math.max(0, PROBE_EVERY_MS - took)));
    }
  })();
  return {
    async stop() {
      running = false;
      await done;
      return latencies;
    },
  };
}

interface Measured {
  end_to_end_ms: number;
  clusters: number;
  clustered_keywords: number;
  healthz: { probes: number; p50_ms: number; p99_ms: number; max_ms: number };
}

/** One clustering run through the API of `base`, on `siteId`, with the prober running throughout. */
async function clusterThroughApi(base: string, token: string, siteId: string): Promise<Measured> {
  const headers = { authorization: `Bearer ${token}`, 'content-type': 'application/json' };
  const prober = probe(base);
  await new Promise((r) => setTimeout(r, 500));
  const started = performance.now();
  const res = await fetch(`${base}/v1/sites/${siteId}/clusterings`, { method: 'POST', headers, body: '{}' });
  const op = (await res.json()) as { data: { id: string } };
  if (res.status !== 202) throw new Error(`starting the clustering answered ${res.status}: ${JSON.stringify(op)}`);
  let final: { status: string; result: { clusters: number; clustered_keywords: number } | null; error: unknown };
  for (;;) {
    const r = await fetch(`${base}/v1/operations/${op.data.id}`, { headers });
    final = ((await r.json()) as { data: typeof final }).data;
    if (['succeeded', 'failed'].includes(final.status)) break;
    await new Promise((res) => setTimeout(res, 25));
  }
  const endToEnd = performance.now() - started;
  const latencies = await prober.stop();
  if (final.status !== 'succeeded' || !final.result)
    throw new Error(`the clustering failed: ${JSON.stringify(final.error)}`);
  return {
    end_to_end_ms: Math.round(endToEnd),
    clusters: final.result.clusters,
    clustered_keywords: final.result.clustered_keywords,
    healthz: {
      probes: latencies.length,
      p50_ms: round(quantile(latencies, 0.5), 1),
      p99_ms: round(quantile(latencies, 0.99), 1),
      max_ms: round(Math.max(...latencies), 1),
    },
  };
}

async function main() {
  const database = await benchDatabase('clustering-api');
  const dataDir = database.dataDir;
  const ownerUrl = database.url;
  const env = {
    NODE_ENV: 'production',
    DATABASE_URL: ownerUrl,
    JWT_SECRET: 'bench-secret-bench-secret-bench-secret-00',
    DB_APP_PASSWORD: APP_PASSWORD,
    IGNY8_DATA_DIR: dataDir,
    LOG_LEVEL: 'warn',
  };
  const children: ChildProcess[] = [];
  const keywords = syntheticKeywords(KEYWORDS, 7);
  try {
    // Seed through the real code: an owner on the scale plan, two sites with the same keywords (one per server).
    const runtime = await createRuntime(loadConfig(env), createLogger('silent'), { mailer: new MemoryMailer() });
    const deps = runtime.deps;
    let token: string;
    const sites: string[] = [];
    try {
      const owner = await benchOwner(deps, 'clustering-api');
      token = owner.token;
      const accountId = owner.accountId;
      // The bench measures the clustering, not the balance: clustering costs nothing in this database.
      await deps.db.owner('credit_costs').where({ operation: 'cluster_keywords' }).update({ credits: 0 });
      for (const name of ['pool', 'event loop']) {
        const [site] = await deps.db
          .owner('sites')
          .insert({ account_id: accountId, name: `Bench (${name})`, industry_id: owner.industryId })
          .returning('id');
        sites.push(site.id);
        const rows = keywords.map((k) =>
          keywordRow(
            accountId,
            site.id,
            { phrase: k.phrase, volume: k.volume, difficulty: k.difficulty, language: k.language },
            null,
          ),
        );
        await withTenant(deps.db.app, { accountId }, (trx) => insertKeywords(trx, rows));
      }
      await deps.db.owner.raw('vacuum analyze');
    } finally {
      await runtime.close();
    }

    const m = machine();
    console.log(
      `clustering through the API: ${KEYWORDS.toLocaleString('en-US')} keywords, /healthz every ${PROBE_EVERY_MS} ms`,
    );
    console.log(
      `machine: ${m.cpu}, ${m.cores} cores, ${m.memoryGiB} GiB, Node ${m.node}; load ${loadavg()
        .map((x) => x.toFixed(1))
        .join(' ')}`,
    );

    // The floor: the engine alone, in this process, on the same keywords (what no server can go below).
    const input = keywords.map((k) => ({ id: k.id, phrase: k.phrase, volume: k.volume, language: k.language }));
    const engineStarted = performance.now();
    const alone = await clusterKeywords({ keywords: input });
    const engineMs = Math.round(performance.now() - engineStarted);
    console.log(`engine alone (this process, cold): ${engineMs} ms, ${alone.clusters.length} clusters`);

    const pooled = await startChild({ env });
    children.push(pooled.child);
    const inline = await startChild({ env: { ...env, COMPUTE_THREADS: '0' } });
    children.push(inline.child);
    const idleProber = probe(`http://127.0.0.1:${pooled.port}`);
    await new Promise((r) => setTimeout(r, 2000));
    const idle = await idleProber.stop();

    const withPool = await clusterThroughApi(`http://127.0.0.1:${pooled.port}`, token, sites[0] as string);
    const show = (label: string, r: Measured) =>
      console.log(
        `${label}: start → stored clusters ${r.end_to_end_ms} ms (${r.clusters} clusters, ${r.clustered_keywords} keywords); /healthz p50 ${r.healthz.p50_ms} ms, p99 ${r.healthz.p99_ms} ms, max ${r.healthz.max_ms} ms over ${r.healthz.probes} probes`,
      );
    show('igny8 (worker-thread pool)      ', withPool);
    await stopChild(pooled.child);
    const onLoop = await clusterThroughApi(`http://127.0.0.1:${inline.port}`, token, sites[1] as string);
    show('baseline (engine on event loop) ', onLoop);
    console.log(
      `/healthz idle: p50 ${round(quantile(idle, 0.5), 1)} ms, p99 ${round(quantile(idle, 0.99), 1)} ms over ${idle.length} probes`,
    );

    const healthzMet = withPool.healthz.p99_ms <= HEALTHZ_P99_TARGET_MS;
    const endToEndMet = withPool.end_to_end_ms <= END_TO_END_TARGET_MS;
    console.log(
      `/healthz p99 while clustering ${withPool.healthz.p99_ms} ms (target ≤ ${HEALTHZ_P99_TARGET_MS}) → ${healthzMet ? 'met' : 'NOT MET'}; ` +
        `start → stored clusters ${withPool.end_to_end_ms} ms (target ≤ ${END_TO_END_TARGET_MS}) → ${endToEndMet ? 'met' : 'NOT MET'}; ` +
        `${round(withPool.end_to_end_ms / engineMs, 2)}× the engine alone`,
    );
    printResult({
      bench: 'clustering-api',
      keywords: KEYWORDS,
      engine_alone_ms: engineMs,
      pool: withPool,
      event_loop_baseline: onLoop,
      healthz_idle: { p50_ms: round(quantile(idle, 0.5), 1), p99_ms: round(quantile(idle, 0.99), 1) },
      targets: {
        healthz_p99_ms: HEALTHZ_P99_TARGET_MS,
        end_to_end_ms: END_TO_END_TARGET_MS,
        healthz_met: healthzMet,
        end_to_end_met: endToEndMet,
      },
      load: loadavg(),
      machine: m,
    });
    process.exitCode = healthzMet && endToEndMet ? 0 : 1;
  } finally {
    await Promise.all(children.map(stopChild));
    await database.drop();
  }
}

if (process.argv.includes('--serve')) {
  process.once('message', async (spec: ChildSpec) => {
    try {
      process.send?.({ port: await serve(spec) });
    } catch (err) {
      process.send?.({ error: String((err as Error).stack ?? err) });
    }
  });
} else {
  await main();
}
