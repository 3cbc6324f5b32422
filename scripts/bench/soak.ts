// `pnpm bench soak`: a mixed workload at a fixed rate for a bounded time against the real server (API and job
// workers in one process, as `pnpm start` runs by default) on a real PostgreSQL, then a check that the server's
// memory comes back down.
//
// The mix, per second of load (RATE requests per second in all, sent on a fixed schedule whether or not earlier
// ones have been answered — an open loop, as users are — up to MAX_IN_FLIGHT at once; a request that would exceed
// it is counted as skipped):
//   - reads (70 %): the keyword list of a 5,000-keyword site (plain, sorted by volume, and a text search) and the
//     content list of a site the automation writes to;
//   - writes (30 %): keyword creates (a new phrase each) and updates (the volume of an existing keyword);
//   - a CSV import of IMPORT_ROWS rows every IMPORT_EVERY seconds (the 202 is timed, and the operation to its end);
//   - automation runs, one after the other, each on a site of its own with AUTOMATION_KEYWORDS keywords, through
//     all seven stages with the offline `local` AI provider (the 201 is timed, and the run to `completed`).
// Reported: throughput, p50/p99 and errors per operation class, and the server's RSS and V8 heap sampled every
// SAMPLE_SECONDS. The baseline is the server's own state before the load, after a warm-up of the same mix (first
// use of each path loads code and fills caches that stay; a soak asks whether the load leaves anything behind, not
// what the first request costs). After the load, once the imports and the run in flight have finished and SETTLE
// seconds have passed, V8's memory-reducing GC is forced (the server runs with --expose-gc; the baseline is taken
// so too) and RSS and heap must be within 10 % of the baseline (above it; less is fine), or the bench prints both
// and exits 1.
//
// Settings (flag or environment variable): --duration=90 (BENCH_SOAK_SECONDS), --rate=40 (BENCH_SOAK_RATE),
// --warmup=20 (BENCH_SOAK_WARMUP_SECONDS). Run longer with e.g. `pnpm bench soak --duration=1800`: the access token
// is renewed by logging in again every 10 minutes. Needs DATABASE_URL (a PostgreSQL it may create and drop a database
// on). Prints one JSON object on its last line.
import { type ChildProcess, fork } from 'node:child_process';
import type { AddressInfo } from 'node:net';
import { loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import { createApp } from '../../packages/server/src/app.js';
import { loadConfig } from '../../packages/server/src/config.js';
import { withTenant } from '../../packages/server/src/db/tenant.js';
import { type ConfigPatch, updateAutomationConfig } from '../../packages/server/src/domain/automation/config.js';
import { insertKeywords, keywordRow } from '../../packages/server/src/domain/planner/keywords.js';
import { createLogger } from '../../packages/server/src/logger.js';
import { MemoryMailer } from '../../packages/server/src/mail/mailer.js';
import { createRuntime } from '../../packages/server/src/runtime.js';
import { benchActor, benchDatabase, machine, mib, mulberry32, printResult, round, syntheticKeywords } from './lib.js';

const arg = (name: string, envName: string, fallback: number) =>
  Number(
    process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3) ?? process.env[envName] ?? fallback,
  );
const DURATION_SECONDS = arg('duration', 'BENCH_SOAK_SECONDS', 90);
const RATE = arg('rate', 'BENCH_SOAK_RATE', 40);
const WARMUP_SECONDS = arg('warmup', 'BENCH_SOAK_WARMUP_SECONDS', 20);
const MAX_IN_FLIGHT = 64;
const READ_KEYWORDS = 5_000;
const WRITE_KEYWORDS = 1_000;
const IMPORT_ROWS = 500;
const IMPORT_EVERY_SECONDS = 10;
const AUTOMATION_KEYWORDS = 60;
const SAMPLE_SECONDS = 2;
const SETTLE_SECONDS = 10;
const TOLERANCE = 0.1;
const POOL_MAX = 10;
const TOKEN_RENEW_MS = 10 * 60_000;
// The password the tests and the other benchmarks give the shared application role (never a new one).
const APP_PASSWORD = 'igny8-app-test-password';
// benchOwner's password (lib.ts).
const OWNER_PASSWORD = 'bench-password-1';

/** One idea per cluster and one in-article image, auto-approved: a first pass over a small keyword list. */
const AUTOMATION: ConfigPatch = {
  ideas_per_cluster: 1,
  in_article_images: 1,
  auto_approve: { enabled: true, min_seo_score: 50, no_failed_checks: false },
};

const self = fileURLToPath(import.meta.url);
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

// ------------------------------------------------------------------------------------------------ the server

interface Memory {
  rss: number;
  heapUsed: number;
  heapTotal: number;
  external: number;
}

/** The child: the real app and its job workers, as main.ts starts them; answers `mem` and `gc` over IPC. */
async function serve(env: Record<string, string>) {
  const config = loadConfig(env);
  const runtime = await createRuntime(config, createLogger('info'), { mailer: new MemoryMailer() });
  await runtime.deps.jobs.start({ work: true });
  if (config.computePrestart) runtime.compute.prestart();
  const server = await new Promise<import('node:http').Server>((resolve) => {
    const s = createApp(runtime.deps).listen(0, '127.0.0.1', () => resolve(s));
  });
  process.on('message', (m: { id: number; ask: 'mem' | 'gc' }) => {
    const gc = (globalThis as { gc?: (options?: object) => void }).gc;
    if (m.ask === 'gc' && gc) {
      // Twice: the first pass runs finalizers that free what the second collects. The last-resort flavour is V8's
      // memory-reducing collection (it also shrinks the young generation a burst grew and compacts the old one), so
      // the baseline and the after figure are each the heap's least, not wherever its last growth left it.
      gc({ type: 'major', execution: 'sync', flavor: 'last-resort' });
      gc({ type: 'major', execution: 'sync', flavor: 'last-resort' });
    }
    const { rss, heapUsed, heapTotal, external } = process.memoryUsage();
    process.send?.({ id: m.id, mem: { rss, heapUsed, heapTotal, external }, gc: Boolean(gc) });
  });
  process.once('disconnect', async () => {
    server.close();
    server.closeIdleConnections();
    await sleep(1000);
    await runtime.close();
    process.exit(0);
  });
  return (server.address() as AddressInfo).port;
}

function startServer(env: Record<string, string>): Promise<{ child: ChildProcess; port: number }> {
  const child = fork(self, ['--serve'], {
    execArgv: ['--expose-gc', '--import', 'tsx'],
    stdio: ['ignore', 'pipe', 'inherit', 'ipc'],
  });
  // The server's log (JSON lines, as in production): its error lines are kept, to say what a failed request met.
  let partial = '';
  child.stdout?.on('data', (chunk) => {
    const lines = (partial + String(chunk)).split('\n');
    partial = lines.pop() ?? '';
    for (const line of lines) {
      if (!line.includes('"level":50') && !line.includes('"level":60')) continue;
      const entry = JSON.parse(line) as { msg?: string; err?: { message?: string } };
      // A query's error is its SQL, " - ", and the reason: the statement's start and the whole reason are kept.
      const message = entry.err?.message ?? '';
      const cut = message.lastIndexOf(' - ');
      const text = cut > 0 ? `${message.slice(0, Math.min(cut, 100))}… - ${message.slice(cut + 3)}` : message;
      serverErrors.push(`${entry.msg ?? ''}: ${text}`.slice(0, 400));
    }
  });
  return new Promise((resolve, reject) => {
    const early = (code: number | null) => reject(new Error(`the server exited (${code}) before it was ready`));
    child.once('exit', early);
    child.once('message', (m) => {
      child.off('exit', early);
      const { port, error } = m as { port?: number; error?: string };
      if (error || !port) reject(new Error(`the server failed to start: ${error}`));
      else resolve({ child, port });
    });
    child.send(env);
  });
}

/** The server's error log lines (their message and error), in order. */
const serverErrors: string[] = [];

let asks = 0;
function ask(child: ChildProcess, what: 'mem' | 'gc'): Promise<{ mem: Memory; gc: boolean }> {
  const id = ++asks;
  return new Promise((resolve) => {
    const onMessage = (m: { id?: number; mem?: Memory; gc?: boolean }) => {
      if (m.id !== id) return;
      child.off('message', onMessage);
      resolve({ mem: m.mem as Memory, gc: Boolean(m.gc) });
    };
    child.on('message', onMessage);
    child.send({ id, ask: what });
  });
}

// ------------------------------------------------------------------------------------------------ measuring

type Op = 'list keywords' | 'list contents' | 'create keyword' | 'update keyword' | 'import csv' | 'start automation';
const OPS: Op[] = [
  'list keywords',
  'list contents',
  'create keyword',
  'update keyword',
  'import csv',
  'start automation',
];

class Stats {
  latencies = new Map<Op, number[]>();
  errors = new Map<Op, string[]>();
  skipped = 0;
  record(op: Op, ms: number, error?: string) {
    const list = this.latencies.get(op) ?? [];
    list.push(ms);
    this.latencies.set(op, list);
    if (error) this.errors.set(op, [...(this.errors.get(op) ?? []), error]);
  }
  summary(seconds: number) {
    const pct = (s: number[], p: number) => (s.length ? (s[Math.min(s.length - 1, Math.floor(p * s.length))] ?? 0) : 0);
    return Object.fromEntries(
      OPS.map((op) => {
        const s = [...(this.latencies.get(op) ?? [])].sort((a, b) => a - b);
        return [
          op,
          {
            n: s.length,
            per_second: round(s.length / seconds, 1),
            p50_ms: round(pct(s, 0.5)),
            p99_ms: round(pct(s, 0.99)),
            errors: this.errors.get(op)?.length ?? 0,
          },
        ];
      }),
    );
  }
}

// ------------------------------------------------------------------------------------------------ the load

interface Seed {
  email: string;
  readSite: string;
  writeSite: string;
  writeKeywordIds: string[];
  importSite: string;
  automationSites: string[];
}

class Client {
  token = '';
  renewedAt = 0;
  constructor(
    readonly base: string,
    readonly email: string,
  ) {}
  async login() {
    const res = await fetch(`${this.base}/v1/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: this.email, password: OWNER_PASSWORD }),
    });
    if (res.status !== 200) throw new Error(`login answered ${res.status}: ${await res.text()}`);
    this.token = ((await res.json()) as { data: { access_token: string } }).data.access_token;
    this.renewedAt = Date.now();
  }
  async call(method: string, path: string, body?: unknown): Promise<{ status: number; body: any }> {
    if (Date.now() - this.renewedAt > TOKEN_RENEW_MS) await this.login();
    const res = await fetch(`${this.base}${path}`, {
      method,
      headers: {
        authorization: `Bearer ${this.token}`,
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await res.text();
    return {
      status: res.status,
      body: text && res.headers.get('content-type')?.includes('json') ? JSON.parse(text) : text,
    };
  }
}

/** Runs `work` timed as `op`; a status other than `expect` (or a thrown error) is an error of that class. */
async function timedCall(stats: Stats, op: Op, expect: number, work: () => Promise<{ status: number; body: any }>) {
  const t0 = performance.now();
  try {
    const res = await work();
    stats.record(
      op,
      performance.now() - t0,
      res.status === expect ? undefined : `${res.status} ${JSON.stringify(res.body).slice(0, 200)}`,
    );
    return res.status === expect ? res : undefined;
  } catch (err) {
    stats.record(op, performance.now() - t0, (err as Error).message);
    return undefined;
  }
}

interface Background {
  importsDone: number[];
  runsDone: { ms: number; status: string }[];
  pending: Set<Promise<unknown>>;
  nextAutomationSite: number;
  runActive: boolean;
}

/** Polls `path` every second until `done(body)` or `limitMs`; the elapsed ms and the last body. */
async function until(client: Client, path: string, done: (data: any) => boolean, limitMs = 600_000) {
  const t0 = performance.now();
  for (;;) {
    const res = await client.call('GET', path);
    if (res.status === 200 && done(res.body.data)) return { ms: performance.now() - t0, data: res.body.data };
    if (performance.now() - t0 > limitMs) throw new Error(`${path} not done after ${limitMs} ms`);
    await sleep(1000);
  }
}

let phraseSeq = 0;
let importSeq = 0;

/** The mix for `seconds` seconds at RATE requests per second; imports and automation runs as described above. */
async function drive(client: Client, seed: Seed, seconds: number, stats: Stats, bg: Background) {
  const rnd = mulberry32(seconds * 7919 + 1);
  const interval = 1000 / RATE;
  const t0 = performance.now();
  let inFlight = 0;
  const flights = new Set<Promise<unknown>>();
  let nextImport = 0;
  const track = (p: Promise<unknown>, into: Set<Promise<unknown>>) => {
    into.add(p);
    void p.finally(() => into.delete(p));
  };

  const startImport = () => {
    const seq = ++importSeq;
    const csv = [
      'keyword,volume,difficulty',
      ...syntheticKeywords(IMPORT_ROWS, 1000 + seq).map((k) => `"soak ${seq} ${k.phrase}",${k.volume},${k.difficulty}`),
    ].join('\n');
    track(
      (async () => {
        const res = await timedCall(stats, 'import csv', 202, () =>
          client.call('POST', `/v1/sites/${seed.importSite}/keywords/import`, { csv }),
        );
        if (!res) return;
        const done = await until(client, `/v1/operations/${res.body.data.id}`, (op) =>
          ['succeeded', 'failed', 'cancelled'].includes(op.status),
        );
        if (done.data.status !== 'succeeded') stats.record('import csv', 0, `operation ${done.data.status}`);
        bg.importsDone.push(done.ms);
      })(),
      bg.pending,
    );
  };

  const startAutomation = () => {
    const siteId = seed.automationSites[bg.nextAutomationSite];
    if (!siteId || bg.runActive) return;
    bg.nextAutomationSite++;
    bg.runActive = true;
    track(
      (async () => {
        try {
          const res = await timedCall(stats, 'start automation', 201, () =>
            client.call('POST', `/v1/sites/${siteId}/automation/runs`),
          );
          if (!res) return;
          const done = await until(client, `/v1/sites/${siteId}/automation/runs/${res.body.data.id}`, (run) =>
            ['completed', 'failed', 'cancelled'].includes(run.status),
          );
          if (done.data.status !== 'completed') stats.record('start automation', 0, `run ${done.data.status}`);
          bg.runsDone.push({ ms: done.ms, status: done.data.status });
        } finally {
          bg.runActive = false;
        }
      })(),
      bg.pending,
    );
  };

  for (let i = 0; ; i++) {
    const at = t0 + i * interval;
    const elapsed = at - t0;
    if (elapsed >= seconds * 1000) break;
    const wait = at - performance.now();
    if (wait > 0) await sleep(wait);
    if (elapsed >= nextImport * 1000) {
      startImport();
      nextImport += IMPORT_EVERY_SECONDS;
    }
    startAutomation();
    if (inFlight >= MAX_IN_FLIGHT) {
      stats.skipped++;
      continue;
    }
    const r = rnd();
    let work: Promise<unknown>;
    if (r < 0.5) {
      const variant = ['', '&sort=volume&order=desc', '&q=best'][i % 3];
      work = timedCall(stats, 'list keywords', 200, () =>
        client.call('GET', `/v1/sites/${seed.readSite}/keywords?limit=50${variant}`),
      );
    } else if (r < 0.7) {
      const siteId = seed.automationSites[i % Math.max(1, bg.nextAutomationSite)] ?? seed.readSite;
      work = timedCall(stats, 'list contents', 200, () => client.call('GET', `/v1/sites/${siteId}/contents?limit=20`));
    } else if (r < 0.85) {
      const phrase = `soak phrase ${++phraseSeq} ${Math.floor(rnd() * 1e9).toString(36)}`;
      work = timedCall(stats, 'create keyword', 201, () =>
        client.call('POST', `/v1/sites/${seed.writeSite}/keywords`, { phrase, volume: Math.floor(rnd() * 5000) }),
      );
    } else {
      const id = seed.writeKeywordIds[Math.floor(rnd() * seed.writeKeywordIds.length)];
      work = timedCall(stats, 'update keyword', 200, () =>
        client.call('PATCH', `/v1/sites/${seed.writeSite}/keywords/${id}`, { volume: Math.floor(rnd() * 5000) }),
      );
    }
    inFlight++;
    track(
      work.finally(() => inFlight--),
      flights,
    );
  }
  await Promise.all(flights);
}

// ------------------------------------------------------------------------------------------------ the seed

async function seedAll(env: Record<string, string>): Promise<Seed> {
  const runtime = await createRuntime(loadConfig(env), createLogger('silent'), { mailer: new MemoryMailer() });
  const deps = runtime.deps;
  try {
    const { owner, actor } = await benchActor(deps, 'soak', 10_000_000);
    const user = await deps.db.owner('users').where({ id: actor.userId }).first('email');
    const tenant = { accountId: owner.accountId, userId: actor.userId as string };
    let n = 0;
    const site = async (keywords: number, automation: boolean) => {
      const [row] = await deps.db
        .owner('sites')
        .insert({
          account_id: owner.accountId,
          name: `Soak ${++n}`,
          url: `https://soak-${n}.example`,
          industry_id: owner.industryId,
        })
        .returning('id');
      const rows = syntheticKeywords(keywords, 10 + n).map((k) =>
        keywordRow(
          owner.accountId,
          row.id,
          { phrase: k.phrase, volume: k.volume, difficulty: k.difficulty, language: k.language },
          null,
        ),
      );
      await withTenant(deps.db.app, tenant, async (trx) => {
        if (rows.length) await insertKeywords(trx, rows);
        if (automation) await updateAutomationConfig(trx, actor, row.id, AUTOMATION, new Date());
      });
      return row.id as string;
    };
    const readSite = await site(READ_KEYWORDS, false);
    const writeSite = await site(WRITE_KEYWORDS, false);
    const importSite = await site(0, false);
    // Enough sites for one run after another over the warm-up and the load (a run of this size takes tens of
    // seconds here); the bench stops starting runs when they run out.
    const runs = Math.ceil((WARMUP_SECONDS + DURATION_SECONDS) / 15) + 1;
    const automationSites: string[] = [];
    for (let i = 0; i < runs; i++) automationSites.push(await site(AUTOMATION_KEYWORDS, true));
    const writeKeywordIds = await deps.db.owner('keywords').where({ site_id: writeSite }).pluck('id');
    await deps.db.owner.raw('vacuum analyze');
    return { email: user.email, readSite, writeSite, writeKeywordIds, importSite, automationSites };
  } finally {
    await runtime.close();
  }
}

// ------------------------------------------------------------------------------------------------ main

const fmt = (m: Memory) =>
  `RSS ${mib(m.rss)} MiB, heap ${mib(m.heapUsed)} MiB (of ${mib(m.heapTotal)}), external ${mib(m.external)} MiB`;

async function main() {
  const database = await benchDatabase('soak');
  const env = {
    NODE_ENV: 'production',
    DATABASE_URL: database.url,
    JWT_SECRET: 'bench-secret-bench-secret-bench-secret-00',
    DB_APP_PASSWORD: APP_PASSWORD,
    DB_POOL_MAX: String(POOL_MAX),
    IGNY8_DATA_DIR: database.dataDir,
    LOG_LEVEL: 'info',
    JOBS_IN_PROCESS: 'true',
  };
  let server: ChildProcess | undefined;
  try {
    const seed = await seedAll(env);
    const started = await startServer(env);
    server = started.child;
    const client = new Client(`http://127.0.0.1:${started.port}`, seed.email);
    await client.login();
    const m = machine();
    console.log(
      `soak bench: ${RATE} req/s for ${DURATION_SECONDS} s after a ${WARMUP_SECONDS} s warm-up; a ${IMPORT_ROWS}-row CSV import every ${IMPORT_EVERY_SECONDS} s; automation runs of ${AUTOMATION_KEYWORDS} keywords one after the other`,
    );
    console.log(
      `machine: ${m.cpu}, ${m.cores} cores, ${m.memoryGiB} GiB, Node ${m.node}; load average ${loadavg()
        .map((x) => round(x, 1))
        .join(' ')}`,
    );

    const bg: Background = {
      importsDone: [],
      runsDone: [],
      pending: new Set(),
      nextAutomationSite: 0,
      runActive: false,
    };
    const settle = async () => {
      while (bg.pending.size) await Promise.all(bg.pending);
    };
    // Warm-up: the same mix, its figures discarded; then what it started finishes, and the baseline is taken.
    await drive(client, seed, WARMUP_SECONDS, new Stats(), bg);
    await settle();
    await sleep(SETTLE_SECONDS * 1000);
    const gcExposed = (await ask(server, 'gc')).gc;
    const baseline = (await ask(server, 'gc')).mem;
    console.log(`baseline (after warm-up and GC): ${fmt(baseline)}`);
    const warmupRuns = bg.runsDone.length;
    const warmupImports = bg.importsDone.length;

    // The load, with memory sampled throughout.
    const stats = new Stats();
    const samples: (Memory & { t: number })[] = [];
    const t0 = performance.now();
    const sampler = setInterval(async () => {
      const { mem } = await ask(server as ChildProcess, 'mem');
      samples.push({ t: round((performance.now() - t0) / 1000, 0), ...mem });
    }, SAMPLE_SECONDS * 1000);
    await drive(client, seed, DURATION_SECONDS, stats, bg);
    const loadSeconds = (performance.now() - t0) / 1000;
    await settle();
    clearInterval(sampler);
    await sleep(SETTLE_SECONDS * 1000);
    const after = (await ask(server, 'gc')).mem;

    const summary = stats.summary(loadSeconds);
    const total = Object.values(summary).reduce((a, s) => a + s.n, 0);
    const errors = Object.values(summary).reduce((a, s) => a + s.errors, 0);
    console.log(
      `throughput: ${round(total / loadSeconds, 1)} req/s (${total} requests, ${errors} errors, ${stats.skipped} skipped)`,
    );
    for (const [op, s] of Object.entries(summary)) {
      console.log(
        `  ${op.padEnd(16)} ${String(s.n).padStart(6)}  ${String(s.per_second).padStart(6)}/s  p50 ${String(s.p50_ms).padStart(7)} ms  p99 ${String(s.p99_ms).padStart(7)} ms  errors ${s.errors}`,
      );
      for (const e of (stats.errors.get(op as Op) ?? []).slice(0, 3)) console.log(`      ${e}`);
    }
    const runs = bg.runsDone.slice(warmupRuns);
    const imports = bg.importsDone.slice(warmupImports);
    const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;
    console.log(
      `automation runs: ${runs.length} (${runs.map((r) => `${r.status} in ${round(r.ms / 1000)} s`).join(', ')}); imports: ${imports.length}, median ${round(median(imports) / 1000, 1)} s to succeeded`,
    );
    if (serverErrors.length) {
      const counts = new Map<string, number>();
      for (const e of serverErrors) counts.set(e, (counts.get(e) ?? 0) + 1);
      console.log(`server error lines: ${serverErrors.length}`);
      for (const [e, n] of [...counts].slice(0, 5)) console.log(`  ${n} × ${e}`);
    }
    const peak = samples.reduce((p, s) => (s.rss > p.rss ? s : p), baseline as Memory & { t?: number });
    const peakHeap = Math.max(baseline.heapUsed, ...samples.map((s) => s.heapUsed));
    console.log(`memory during the load (every ${SAMPLE_SECONDS * 5} s):`);
    for (const s of samples.filter((_, i) => i % 5 === 4)) console.log(`  t=${s.t} s: ${fmt(s)}`);
    console.log(`peak: RSS ${mib(peak.rss)} MiB, heap ${mib(peakHeap)} MiB`);
    const loadAfter = loadavg().map((x) => round(x, 1));
    console.log(`load average at the end: ${loadAfter.join(' ')} (other work on the machine competes for its cores)`);
    const rssRatio = after.rss / baseline.rss;
    const heapRatio = after.heapUsed / baseline.heapUsed;
    const met = gcExposed && rssRatio <= 1 + TOLERANCE && heapRatio <= 1 + TOLERANCE && errors === 0;
    console.log(`baseline: ${fmt(baseline)}`);
    console.log(
      `after   : ${fmt(after)} (${SETTLE_SECONDS} s after the last operation, GC forced${gcExposed ? '' : ' — NOT exposed'})`,
    );
    console.log(
      `after/baseline: RSS ${rssRatio.toFixed(3)}, heap ${heapRatio.toFixed(3)} (target ≤ ${1 + TOLERANCE}, no errors → ${met ? 'met' : 'NOT MET'})`,
    );
    printResult({
      bench: 'soak',
      rate: RATE,
      duration_seconds: DURATION_SECONDS,
      warmup_seconds: WARMUP_SECONDS,
      throughput_rps: round(total / loadSeconds, 1),
      requests: total,
      errors,
      skipped: stats.skipped,
      operations: summary,
      automation_runs: runs.map((r) => ({ status: r.status, seconds: round(r.ms / 1000) })),
      imports: { n: imports.length, median_seconds: round(median(imports) / 1000, 1) },
      memory_mib: {
        baseline: { rss: mib(baseline.rss), heap: mib(baseline.heapUsed) },
        peak: { rss: mib(peak.rss), heap: mib(peakHeap) },
        after: { rss: mib(after.rss), heap: mib(after.heapUsed) },
        samples: samples.map((s) => ({ t: s.t, rss: mib(s.rss), heap: mib(s.heapUsed) })),
      },
      ratios: { rss: round(rssRatio, 3), heap: round(heapRatio, 3) },
      tolerance: TOLERANCE,
      target_met: met,
      server_error_lines: serverErrors.length,
      load_average_end: loadAfter,
      machine: m,
    });
    process.exitCode = met ? 0 : 1;
  } finally {
    if (server && server.exitCode === null) {
      const child = server;
      await new Promise<void>((resolve) => {
        const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
        child.once('exit', () => {
          clearTimeout(timer);
          resolve();
        });
        child.disconnect();
      });
    }
    await database.drop();
  }
}

if (process.argv.includes('--serve')) {
  process.once('message', async (env: Record<string, string>) => {
    try {
      process.send?.({ port: await serve(env) });
    } catch (err) {
      process.send?.({ error: (err as Error).stack ?? String(err) });
      process.exit(1);
    }
  });
} else {
  await main();
}
