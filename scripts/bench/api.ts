// `pnpm bench api`: the authenticated hot path. `GET /v1/sites/{id}/keywords?limit=50` on the real Igny8 app (a
// real access token, row-level security, the whole middleware chain) against the strongest simple alternative a
// user could write: a bare Koa app with one pg.Pool and one SELECT, no auth. Both are driven by autocannon at 50
// connections in alternating rounds; the ratio igny8/bare (median of the rounds) must be ≥ 0.6.
//
// Processes: on a 2-core machine the load generator, each app and PostgreSQL all compete for the CPU. autocannon
// runs here, in the parent; each app runs in a child process of its own (both started before the first round, only
// one under load at a time), so neither app shares an event loop with the load generator or with the other app.
// The parent seeds through the real code (signup, keywordRow/insertKeywords), into a fresh database that is
// dropped at the end.
import type { ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import { createApp } from '../../packages/server/src/app.js';
import { loadConfig } from '../../packages/server/src/config.js';
import { withTenant } from '../../packages/server/src/db/tenant.js';
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

const KEYWORDS = 5_000;
const CONNECTIONS = 50;
const ROUNDS = Number(process.argv.find((a) => a.startsWith('--rounds='))?.slice(9) ?? 5);
const ROUND_SECONDS = 5;
const WARMUP_SECONDS = 3;
const TARGET = 0.6;
const POOL_MAX = 10;
// The password the tests and the other benchmarks give the shared application role: the same value, so running
// this never changes what another process on the cluster connects with.
const APP_PASSWORD = 'igny8-app-test-password';
const BARE_COLUMNS =
  'id, site_id, sector_id, cluster_id, phrase, normalized, status, volume, difficulty, cpc, intent, intent_source, country, language, created_at, updated_at';

const self = fileURLToPath(import.meta.url);
// Koa and pg are the server package's dependencies, not the root's: the bare app loads them from there.
const serverRequire = createRequire(new URL('../../packages/server/package.json', import.meta.url));

type Mode = 'igny8' | 'bare';

interface ChildSpec {
  mode: Mode;
  /** The environment the app's configuration is loaded from (plain values: it crosses the IPC channel). */
  env: Record<string, string>;
  ownerUrl: string;
  siteId: string;
}

// ------------------------------------------------------------------------------------------- the two apps

/**
 * Listens on a free loopback port (returned) until the parent goes away; then lets the requests autocannon left in
 * flight finish (they may be waiting for a pooled connection), closes what the app holds and exits.
 */
async function serveUntilDisconnected(
  app: { listen(port: number, host: string, cb: () => void): import('node:http').Server },
  close: () => Promise<void>,
): Promise<number> {
  const server = await new Promise<import('node:http').Server>((resolve) => {
    const s = app.listen(0, '127.0.0.1', () => resolve(s));
  });
  process.once('disconnect', async () => {
    server.close();
    server.closeIdleConnections();
    await new Promise((resolve) => setTimeout(resolve, 1000));
    await close();
    process.exit(0);
  });
  return (server.address() as AddressInfo).port;
}

/** The real app, as main.ts builds it, minus the job workers (nothing on this path uses them). */
async function serveIgny8(spec: ChildSpec): Promise<number> {
  // The access log stays on at `info`, written to standard output as in production (which is /dev/null here).
  const logger = createLogger('info');
  const runtime = await createRuntime(loadConfig(spec.env), logger, { mailer: new MemoryMailer() });
  const app = createApp(runtime.deps);
  return serveUntilDisconnected(app, () => runtime.close());
}

/** The bare alternative: one pool, one query, JSON out. No auth, no tenant, no validation. */
async function serveBare(spec: ChildSpec): Promise<number> {
  const Koa = serverRequire('koa') as new () => {
    use(fn: (ctx: Record<string, unknown> & { path: string }) => Promise<void>): void;
    listen(port: number, host: string, cb: () => void): import('node:http').Server;
  };
  const pg = serverRequire('pg') as {
    Pool: new (options: {
      connectionString: string;
      max: number;
    }) => {
      query(sql: string, values: unknown[]): Promise<{ rows: unknown[] }>;
      end(): Promise<void>;
    };
  };
  const pool = new pg.Pool({ connectionString: spec.ownerUrl, max: POOL_MAX });
  const app = new Koa();
  const path = /^\/v1\/sites\/([0-9a-f-]{36})\/keywords$/;
  app.use(async (ctx) => {
    const m = path.exec(ctx.path);
    if (!m) {
      ctx.status = 404;
      return;
    }
    const { rows } = await pool.query(
      `SELECT ${BARE_COLUMNS} FROM keywords WHERE site_id = $1 ORDER BY created_at DESC, id DESC LIMIT 50`,
      [m[1]],
    );
    ctx.body = { data: rows };
  });
  return serveUntilDisconnected(app, () => pool.end());
}

const startChild = (spec: ChildSpec) => forkServer(self, spec, `${spec.mode} app`);

/** The CPU time (ms) a child app has used so far. */
function cpuOf(child: ChildProcess): Promise<number> {
  return new Promise((resolve) => {
    child.once('message', (m) => resolve((m as { cpuMs: number }).cpuMs));
    child.send('cpu');
  });
}

const stopChild = (child: ChildProcess) => stopServer(child);

/** CPU time (ms) process `pid` has used so far, from /proc (the database is local); 0 once it has ended. */
function processCpuMs(pid: number): number {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? [];
    return (Number(fields[11]) + Number(fields[12])) * 10; // USER_HZ is 100 on Linux
  } catch {
    return 0;
  }
}

/**
 * The PostgreSQL backends serving the bench's database (the app under load holds them in its pool throughout a
 * round): their CPU, with the app's own, tells where a request's cost lies, without counting what other work on
 * the same cluster costs.
 */
async function benchBackends(ownerUrl: string) {
  const pg = serverRequire('pg') as {
    Client: new (
      url: string,
    ) => {
      connect(): Promise<void>;
      query(sql: string): Promise<{ rows: Record<string, unknown>[] }>;
      end(): Promise<void>;
    };
  };
  const client = new pg.Client(ownerUrl);
  await client.connect();
  return {
    async cpu(): Promise<Map<number, number>> {
      const { rows } = await client.query(
        'select pid from pg_stat_activity where datname = current_database() and pid <> pg_backend_pid()',
      );
      return new Map(rows.map((r) => [Number(r.pid), processCpuMs(Number(r.pid))]));
    },
    /** The database's counters: transactions, rows read (sequential and by index) and buffer hits. */
    async stats(): Promise<Record<string, number>> {
      const { rows } = await client.query(
        'select xact_commit + xact_rollback as xacts, tup_returned, tup_fetched, blks_hit from pg_stat_database where datname = current_database()',
      );
      return Object.fromEntries(Object.entries(rows[0] as Record<string, string>).map(([k, v]) => [k, Number(v)]));
    },
    close: () => client.end(),
  };
}

// ------------------------------------------------------------------------------------------- measuring

interface Run {
  rps: number;
  /** CPU time of the app's process per request: steadier than req/s on a shared machine. */
  cpuMsPerRequest: number;
  /** CPU time of the PostgreSQL backends serving the bench's database, per request. */
  pgCpuMsPerRequest: number;
  p50: number;
  p99: number;
  requests: number;
  bad: number;
}

let backends: Awaited<ReturnType<typeof benchBackends>>;

async function drive(app: ChildProcess, url: string, headers: Record<string, string>, seconds: number): Promise<Run> {
  const cpu0 = await cpuOf(app);
  const pg0 = await backends.cpu();
  const stats0 = await backends.stats();
  const result = await autocannon({ url, connections: CONNECTIONS, duration: seconds, headers });
  // What autocannon left in flight drains before the next run starts.
  await new Promise((resolve) => setTimeout(resolve, 1000));
  const cpu = (await cpuOf(app)) - cpu0;
  let pgCpu = 0;
  const perPid: string[] = [];
  for (const [pid, ms] of await backends.cpu()) {
    pgCpu += ms - (pg0.get(pid) ?? 0);
    perPid.push(`${pid}:${ms - (pg0.get(pid) ?? 0)}`);
  }
  if (process.env.BENCH_API_STATS) console.log('  backends (pid:cpu ms):', perPid.join(' '));
  // The statistics collector reports with a delay of up to half a second.
  await new Promise((resolve) => setTimeout(resolve, 700));
  const stats1 = await backends.stats();
  const perRequest = Object.fromEntries(
    Object.entries(stats1).map(([k, v]) => [k, round((v - (stats0[k] ?? 0)) / Math.max(1, result.requests.total), 2)]),
  );
  if (process.env.BENCH_API_STATS) console.log('  postgres per request:', JSON.stringify(perRequest));
  return {
    rps: result.requests.average,
    cpuMsPerRequest: cpu / Math.max(1, result.requests.total),
    pgCpuMsPerRequest: pgCpu / Math.max(1, result.requests.total),
    p50: result.latency.p50,
    p99: result.latency.p99,
    requests: result.requests.total,
    bad: result.non2xx + result.errors + result.timeouts,
  };
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? (s[mid] as number) : ((s[mid - 1] as number) + (s[mid] as number)) / 2;
};

async function main() {
  const database = await benchDatabase('api');
  const dataDir = database.dataDir;
  const ownerUrl = database.url;
  const env = {
    NODE_ENV: 'production',
    DATABASE_URL: ownerUrl,
    JWT_SECRET: 'bench-secret-bench-secret-bench-secret-00',
    DB_APP_PASSWORD: APP_PASSWORD,
    DB_POOL_MAX: String(POOL_MAX),
    IGNY8_DATA_DIR: dataDir,
    LOG_LEVEL: 'info',
    JOBS_IN_PROCESS: 'false',
  };
  const config = loadConfig(env);
  const children: ChildProcess[] = [];
  try {
    // Seed through the real code: a signed-up owner, a site, keywords as the import writes them.
    const runtime = await createRuntime(config, createLogger('silent'), { mailer: new MemoryMailer() });
    const deps = runtime.deps;
    let token: string;
    let siteId: string;
    try {
      const owner = await benchOwner(deps, 'api');
      token = owner.token;
      const accountId = owner.accountId;
      const [site] = await deps.db
        .owner('sites')
        .insert({ account_id: accountId, name: 'Bench', industry_id: owner.industryId })
        .returning('id');
      siteId = site.id;
      const rows = syntheticKeywords(KEYWORDS, 7).map((k) =>
        keywordRow(
          accountId,
          siteId,
          { phrase: k.phrase, volume: k.volume, difficulty: k.difficulty, language: k.language },
          null,
        ),
      );
      await withTenant(deps.db.app, { accountId }, (trx) => insertKeywords(trx, rows));
      // One insert gives every row the same created_at; spread them over a month, as a real list is.
      await deps.db.owner.raw(
        "update keywords set created_at = now() - random() * interval '30 days', updated_at = now() where site_id = ?",
        [siteId],
      );
      // autovacuum may be off: make the planner's statistics (and the visibility map) current.
      await deps.db.owner.raw('vacuum analyze');
    } finally {
      await runtime.close();
    }

    backends = await benchBackends(ownerUrl);
    const igny8 = await startChild({ mode: 'igny8', env, ownerUrl, siteId });
    children.push(igny8.child);
    const bare = await startChild({ mode: 'bare', env, ownerUrl, siteId });
    children.push(bare.child);
    const path = `/v1/sites/${siteId}/keywords?limit=50`;
    const targets = {
      bare: { app: bare.child, url: `http://127.0.0.1:${bare.port}${path}`, headers: {} as Record<string, string> },
      igny8: {
        app: igny8.child,
        url: `http://127.0.0.1:${igny8.port}${path}`,
        headers: { authorization: `Bearer ${token}` },
      },
    };

    // Both answer 50 keywords before anything is timed.
    for (const [name, t] of Object.entries(targets)) {
      const res = await fetch(t.url, { headers: t.headers });
      const body = (await res.json()) as { data?: unknown[] };
      if (res.status !== 200 || body.data?.length !== 50)
        throw new Error(`${name} answered ${res.status} with ${body.data?.length ?? 'no'} keywords`);
    }

    const m = machine();
    console.log(
      `api bench: ${KEYWORDS.toLocaleString('en-US')} keywords, ${CONNECTIONS} connections, ${ROUNDS} rounds of ${ROUND_SECONDS} s after a ${WARMUP_SECONDS} s warm-up each`,
    );
    console.log(`machine: ${m.cpu}, ${m.cores} cores, ${m.memoryGiB} GiB, Node ${m.node}`);
    for (const t of Object.values(targets)) await drive(t.app, t.url, t.headers, WARMUP_SECONDS);

    const profileDir = process.env.BENCH_API_PROFILE;
    const runs: { bare: Run[]; igny8: Run[] } = { bare: [], igny8: [] };
    for (let r = 1; r <= ROUNDS; r++) {
      for (const name of ['bare', 'igny8'] as const) {
        const t = targets[name];
        if (profileDir) t.app.send('profile-start');
        const run = await drive(t.app, t.url, t.headers, ROUND_SECONDS);
        if (profileDir) t.app.send(`profile-stop:${join(profileDir, `${name}-round-${r}.cpuprofile`)}`);
        if (run.bad) throw new Error(`${name}: ${run.bad} failed requests in round ${r}`);
        runs[name].push(run);
        console.log(
          `round ${r} ${name.padEnd(5)}: ${round(run.rps, 0).toString().padStart(6)} req/s  p50 ${run.p50} ms  p99 ${run.p99} ms  app CPU ${run.cpuMsPerRequest.toFixed(3)} ms/req, postgres ${run.pgCpuMsPerRequest.toFixed(3)} ms/req`,
        );
      }
    }
    const ratios = runs.igny8.map((run, i) => run.rps / (runs.bare[i] as Run).rps);
    const ratio = median(ratios);
    const summary = (xs: Run[]) => ({
      rps: round(median(xs.map((x) => x.rps)), 0),
      p50_ms: median(xs.map((x) => x.p50)),
      p99_ms: median(xs.map((x) => x.p99)),
      cpu_ms_per_request: round(median(xs.map((x) => x.cpuMsPerRequest)), 3),
      postgres_cpu_ms_per_request: round(median(xs.map((x) => x.pgCpuMsPerRequest)), 3),
    });
    const result = { bare: summary(runs.bare), igny8: summary(runs.igny8) };
    const met = ratio >= TARGET;
    console.log(
      `bare : ${result.bare.rps} req/s, p50 ${result.bare.p50_ms} ms, p99 ${result.bare.p99_ms} ms, app CPU ${result.bare.cpu_ms_per_request} ms/req, postgres ${result.bare.postgres_cpu_ms_per_request} ms/req (median of rounds)`,
    );
    console.log(
      `igny8: ${result.igny8.rps} req/s, p50 ${result.igny8.p50_ms} ms, p99 ${result.igny8.p99_ms} ms, app CPU ${result.igny8.cpu_ms_per_request} ms/req, postgres ${result.igny8.postgres_cpu_ms_per_request} ms/req (median of rounds)`,
    );
    console.log(
      `ratio igny8/bare: ${ratio.toFixed(2)} (rounds ${ratios.map((x) => x.toFixed(2)).join(', ')}; target ≥ ${TARGET} → ${met ? 'met' : 'NOT MET'})`,
    );
    printResult({
      bench: 'api',
      keywords: KEYWORDS,
      connections: CONNECTIONS,
      rounds: ROUNDS,
      round_seconds: ROUND_SECONDS,
      bare: result.bare,
      igny8: result.igny8,
      ratio: round(ratio, 3),
      ratios: ratios.map((x) => round(x, 3)),
      target: TARGET,
      target_met: met,
      machine: m,
    });
    process.exitCode = met ? 0 : 1;
  } finally {
    await Promise.all(children.map(stopChild));
    await backends?.close();
    await database.drop();
  }
}

// BENCH_API_PROFILE=<dir>: a V8 CPU profile of each app over its timed rounds (not its start-up), to see
// where its time goes (open it in Chrome's DevTools).
let inspector: import('node:inspector/promises').Session | undefined;
async function profile(command: string) {
  if (command === 'profile-start') {
    const { Session } = await import('node:inspector/promises');
    inspector = new Session();
    inspector.connect();
    await inspector.post('Profiler.enable');
    await inspector.post('Profiler.start');
  } else if (command.startsWith('profile-stop:') && inspector) {
    const { profile: data } = await inspector.post('Profiler.stop');
    const { writeFileSync } = await import('node:fs');
    writeFileSync(command.slice('profile-stop:'.length), JSON.stringify(data));
  }
}

if (process.argv.includes('--serve')) {
  // A child: told what to serve over IPC, answers with its port.
  process.once('message', async (spec: ChildSpec) => {
    try {
      const port = spec.mode === 'igny8' ? await serveIgny8(spec) : await serveBare(spec);
      // Afterwards the parent asks for the CPU time this process has used (user + system, ms).
      process.on('message', (m) => {
        if (m === 'cpu') {
          const { user, system } = process.cpuUsage();
          process.send?.({ cpuMs: (user + system) / 1000 });
        } else void profile(m as string);
      });
      process.send?.({ port });
    } catch (err) {
      process.send?.({ error: (err as Error).stack ?? String(err) });
      process.exit(1);
    }
  });
} else {
  await main();
}
