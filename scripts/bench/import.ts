// `pnpm bench import`: a 100k-row keyword CSV into PostgreSQL through the import job's own three parts —
// prepareKeywordImport (read, parse, normalize, classify, deduplicate in memory), mergeKeywordImport (COPY into a
// temporary staging table and one INSERT … SELECT … WHERE NOT EXISTS) and analyzeImportedKeywords —
// against, in the same run and in alternating order over 3 rounds, the path it replaced (batches of
// INSERT … SELECT unnest(…), kept below as `batchedUnnestImport`) and a naive one-INSERT-per-row baseline on a
// slice it can finish. Every run imports into its own fresh account and site. Also times the first keyword list
// page after the import, before and after the ANALYZE. Prints "NOT MET" and exits 1 when the median 100k
// import (prepare + merge, what the operation waits for; the ANALYZE follows its commit) takes more than 3 s.
// Prints one JSON object on its last line.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Principal } from '../../packages/server/src/auth/principal.js';
import { signup } from '../../packages/server/src/auth/service.js';
import { loadConfig } from '../../packages/server/src/config.js';
import { createDatabase } from '../../packages/server/src/db/connection.js';
import { startEmbeddedPostgres } from '../../packages/server/src/db/embedded.js';
import { withTenant } from '../../packages/server/src/db/tenant.js';
import type { AppDeps } from '../../packages/server/src/deps.js';
import {
  assertCsvText,
  parseKeywordCsv,
  type Refusal,
  type RefusalCode,
} from '../../packages/server/src/domain/planner/csv-import.js';
import {
  analyzeImportedKeywords,
  mergeKeywordImport,
  prepareKeywordImport,
} from '../../packages/server/src/domain/planner/import.js';
import {
  insertKeywords,
  isSearchable,
  keywordRoom,
  keywordRow,
  listKeywords,
  siteSectorIds,
} from '../../packages/server/src/domain/planner/keywords.js';
import { AppError } from '../../packages/server/src/errors.js';
import { createLogger } from '../../packages/server/src/logger.js';
import { MemoryMailer } from '../../packages/server/src/mail/mailer.js';
import { createRuntime } from '../../packages/server/src/runtime.js';
import { machine, mulberry32 } from './lib.js';

/** A knex transaction, named without importing knex (not a dependency of the repository root). */
type Transaction = Parameters<Parameters<typeof withTenant>[2]>[0];

const ROWS = 100_000;
const NAIVE_ROWS = 5_000;
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const TARGET_MS = 3_000;

function csv(rows: number, seed = 1): string {
  const rand = mulberry32(seed);
  const heads = [
    'running shoes',
    'garden hose',
    'coffee grinder',
    'yoga mat',
    'standing desk',
    'air fryer',
    'wireless earbuds',
    'dog bed',
  ];
  const mods = [
    'best',
    'cheap',
    'how to clean',
    'review',
    'vs',
    'for beginners',
    'buy',
    'near me',
    'what is',
    'top 10',
    '2027',
    'sale',
  ];
  const lines = ['Keyword,Search Volume,Keyword Difficulty,CPC (USD),Intent'];
  for (let i = 0; i < rows; i++) {
    const phrase = `${mods[Math.floor(rand() * mods.length)]} ${heads[Math.floor(rand() * heads.length)]} ${i % 9973}`;
    lines.push(`${phrase},${Math.floor(rand() * 50_000)},${Math.floor(rand() * 100)},${(rand() * 5).toFixed(2)},`);
  }
  return lines.join('\n');
}

/**
 * The baseline: the import job as it was before COPY (2026-12), kept verbatim but for its name — one
 * transaction; rows prepared 10,000 at a time while the previous batch is inserted with
 * `INSERT … SELECT unnest(…) ON CONFLICT DO NOTHING` (insertKeywords).
 */
async function batchedUnnestImport(trx: Transaction, input: { accountId: string; importId: string }) {
  const imp = await trx('keyword_imports').where({ id: input.importId }).first();
  if (!imp) throw new AppError('CONFLICT', 'The file of this import is gone: it was imported already.');
  assertCsvText(imp.csv);
  const parsed = parseKeywordCsv(imp.csv);
  const sectorIds = await siteSectorIds(trx, imp.site_id);
  const sectorRows = sectorIds.length ? await trx('sectors').whereIn('id', sectorIds).select('id', 'slug', 'name') : [];
  const sectorByName = new Map<string, string>();
  for (const s of sectorRows) for (const k of [s.id, s.slug, s.name.toLowerCase()]) sectorByName.set(k, s.id);
  const defaultSector = imp.sector_id ?? sectorIds[0] ?? null;
  const invalid: Refusal[] = [...parsed.invalid];
  const refuse = (line: number, code: RefusalCode, reason: string) => invalid.push({ line, code, reason });
  const seen = new Set<string>();
  let duplicates = 0;
  let imported = 0;
  let { room } = await keywordRoom(trx, input.accountId);
  let pending: Promise<{ inserted: number; size: number }> | undefined;
  const settle = async () => {
    if (!pending) return;
    const { inserted, size } = await pending;
    imported += inserted;
    duplicates += size - inserted;
    pending = undefined;
  };
  for (let start = 0; start < parsed.rows.length; start += 10_000) {
    const rows: ReturnType<typeof keywordRow>[] = [];
    for (const r of parsed.rows.slice(start, start + 10_000)) {
      let sector = defaultSector;
      if (r.sector) {
        const found = sectorByName.get(r.sector.toLowerCase()) ?? sectorByName.get(r.sector);
        if (!found) {
          refuse(r.line, 'UNKNOWN_SECTOR', `sector “${r.sector}” is not one of the site's sectors`);
          continue;
        }
        sector = found;
      }
      const row = keywordRow(
        input.accountId,
        imp.site_id,
        {
          phrase: r.phrase,
          volume: r.volume,
          difficulty: r.difficulty,
          cpc: r.cpc,
          intent: r.intent,
          country: r.country ?? imp.country,
          language: r.language ?? imp.language ?? 'en',
          serp_urls: r.serpUrls?.length ? r.serpUrls : null,
        },
        sector,
      );
      if (!isSearchable(row.normalized)) {
        refuse(r.line, 'NO_KEYWORD', 'the keyword has no letters or digits');
        continue;
      }
      if (seen.has(row.normalized)) {
        duplicates++;
        continue;
      }
      seen.add(row.normalized);
      if (room <= 0) {
        refuse(r.line, 'PLAN_LIMIT_REACHED', 'the plan’s keyword limit is reached');
        continue;
      }
      room--;
      rows.push(row);
    }
    await settle();
    pending = insertKeywords(trx, rows).then((inserted) => ({ inserted, size: rows.length }));
  }
  await settle();
  await trx('keyword_imports').where({ id: input.importId }).delete();
  return { imported, duplicates, invalid_count: invalid.length };
}

/**
 * CPU time (ms) the PostgreSQL backend of this transaction has used so far, read from /proc when the database
 * runs on this machine (NaN otherwise): on a shared, loaded machine wall time swings, CPU time much less.
 */
async function backendCpuMs(trx: Transaction): Promise<number> {
  const { rows } = await trx.raw('select pg_backend_pid() as pid');
  try {
    const fields = readFileSync(`/proc/${rows[0].pid}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? [];
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100; // utime + stime, in 1/100 s
  } catch {
    return Number.NaN;
  }
}

const cpuMs = (since: NodeJS.CpuUsage) => {
  const u = process.cpuUsage(since);
  return (u.user + u.system) / 1000;
};

interface Target {
  accountId: string;
  siteId: string;
  importId: string;
  principal: Principal;
}

/** A fresh account on the largest plan, a site, and the CSV waiting as an upload — all before the clock. */
async function freshTarget(deps: AppDeps, text: string, tag: string): Promise<Target> {
  const session = await signup(deps, {
    email: `bench-${tag}-${Date.now()}@example.test`,
    password: 'bench-password-1',
    name: 'Bench',
  });
  const accountId = session.account.id;
  const scale = await deps.db.owner('plans').where({ code: 'scale' }).first('id');
  await deps.db.owner('accounts').where({ id: accountId }).update({ plan_id: scale.id });
  const industry = await deps.db.owner('industries').first('id');
  const [site] = await deps.db
    .owner('sites')
    .insert({ account_id: accountId, name: `Bench ${tag}`, industry_id: industry.id })
    .returning('id');
  const [upload] = await deps.db
    .owner('keyword_imports')
    .insert({ account_id: accountId, site_id: site.id, csv: text })
    .returning('id');
  const principal: Principal = {
    kind: 'user',
    userId: session.user.id,
    accountId,
    role: 'owner',
    apiKeyId: null,
    siteId: null,
  };
  return { accountId, siteId: site.id, importId: upload.id, principal };
}

async function firstListPage(deps: AppDeps, t: Target): Promise<number> {
  const t0 = performance.now();
  const page = await withTenant(deps.db.app, { accountId: t.accountId, userId: t.principal.userId }, (trx) =>
    listKeywords(trx, t.principal, t.siteId, { limit: 50 }),
  );
  if (page.data.length !== 50) throw new Error(`list page has ${page.data.length} keywords`);
  return performance.now() - t0;
}

interface OursRun {
  prepare_ms: number;
  merge_ms: number;
  analyze_ms: number;
  /** Prepare + merge: what the operation waits for (the ANALYZE runs after it succeeded). */
  import_ms: number;
  /** The three parts. */
  total_ms: number;
  imported: number;
  duplicates: number;
  invalid: number;
  list_before_analyze_ms: number;
  list_after_analyze_ms: number;
  /** CPU of this process during prepare + merge, and of the merge's PostgreSQL backend. */
  node_cpu_ms: number;
  server_cpu_ms: number;
}

async function runOurs(deps: AppDeps, t: Target): Promise<OursRun> {
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  const prepared = await prepareKeywordImport(deps.db.app, { accountId: t.accountId, importId: t.importId });
  const t1 = performance.now();
  let serverMs = 0;
  const result = await withTenant(deps.db.app, { accountId: t.accountId }, async (trx) => {
    const before = await backendCpuMs(trx);
    const merged = await mergeKeywordImport(trx, prepared);
    serverMs = (await backendCpuMs(trx)) - before;
    return merged;
  });
  const t2 = performance.now();
  const nodeMs = cpuMs(c0);
  // Not on the clock: the first list page while the statistics do not know the new rows.
  const listBefore = await firstListPage(deps, t);
  const t3 = performance.now();
  await analyzeImportedKeywords(deps.db.owner, result);
  const t4 = performance.now();
  const listAfter = await firstListPage(deps, t);
  return {
    prepare_ms: t1 - t0,
    merge_ms: t2 - t1,
    analyze_ms: t4 - t3,
    import_ms: t2 - t0,
    total_ms: t2 - t0 + (t4 - t3),
    imported: result.imported,
    duplicates: result.duplicates,
    invalid: result.invalid_count,
    list_before_analyze_ms: listBefore,
    list_after_analyze_ms: listAfter,
    node_cpu_ms: nodeMs,
    server_cpu_ms: serverMs,
  };
}

async function runBaseline(deps: AppDeps, t: Target) {
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  let serverMs = 0;
  const result = await withTenant(deps.db.app, { accountId: t.accountId }, async (trx) => {
    const before = await backendCpuMs(trx);
    const imported = await batchedUnnestImport(trx, t);
    serverMs = (await backendCpuMs(trx)) - before;
    return imported;
  });
  const ms = performance.now() - t0;
  const nodeMs = cpuMs(c0);
  return { ms, ...result, node_cpu_ms: nodeMs, server_cpu_ms: serverMs, list_ms: await firstListPage(deps, t) };
}

/** One INSERT … ON CONFLICT DO NOTHING per row, in one transaction, on the first NAIVE_ROWS lines. */
async function runNaive(deps: AppDeps, t: Target, text: string) {
  const sample = text.split('\n').slice(1, NAIVE_ROWS + 1);
  const t0 = performance.now();
  await withTenant(deps.db.app, { accountId: t.accountId }, async (trx) => {
    for (const line of sample) {
      const [phrase, volume, difficulty, cpc] = line.split(',');
      const row = keywordRow(
        t.accountId,
        t.siteId,
        { phrase: phrase as string, volume: Number(volume), difficulty: Number(difficulty), cpc: Number(cpc) },
        null,
      );
      await trx('keywords').insert(row).onConflict(['site_id', 'normalized']).ignore();
    }
  });
  return performance.now() - t0;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;
const ms = (x: number) => `${Math.round(x).toLocaleString('en-US')} ms`;

async function main() {
  const dataDir = mkdtempSync(join(tmpdir(), 'igny8-bench-'));
  let ownerBase = process.env.DATABASE_URL;
  const embedded = ownerBase
    ? undefined
    : await startEmbeddedPostgres({ dataDir, port: 54390 + Math.floor(Math.random() * 500), password: 'bench' });
  ownerBase ??= embedded?.url as string;
  const dbName = `igny8_bench_${Date.now()}`;
  // Only its owner pool is used: to make and drop the bench database.
  const server = createDatabase({ ownerUrl: ownerBase, appUrl: ownerBase, poolMax: 2 });
  const admin = server.owner;
  await admin.raw(`create database ${dbName}`);
  const url = new URL(ownerBase);
  url.pathname = `/${dbName}`;
  const config = loadConfig({
    NODE_ENV: 'test',
    DATABASE_URL: url.toString(),
    JWT_SECRET: 'bench-secret-bench-secret-bench-secret-00',
    DB_APP_PASSWORD: 'igny8-app-test-password',
    IGNY8_DATA_DIR: dataDir,
    LOG_LEVEL: 'silent',
  });
  const runtime = await createRuntime(config, createLogger('silent'), { mailer: new MemoryMailer() });
  const deps = runtime.deps;
  let met = false;
  try {
    const text = csv(ROWS);
    const ours: OursRun[] = [];
    const baseline: Awaited<ReturnType<typeof runBaseline>>[] = [];
    const naive: number[] = [];
    for (let round = 1; round <= ROUNDS; round++) {
      // Alternating order: neither path always meets the bigger table or the warmer cache.
      const order = round % 2 === 1 ? (['baseline', 'ours'] as const) : (['ours', 'baseline'] as const);
      for (const which of order) {
        const target = await freshTarget(deps, text, `${which}-${round}`);
        if (which === 'ours') {
          const r = await runOurs(deps, target);
          ours.push(r);
          console.log(
            `round ${round} COPY + merge: ${ms(r.import_ms)}, ${ms(r.total_ms)} with the ANALYZE (prepare ${ms(r.prepare_ms)}, merge ${ms(r.merge_ms)}, analyze ${ms(r.analyze_ms)}), imported ${r.imported}, duplicates ${r.duplicates}, invalid ${r.invalid}; CPU ${ms(r.node_cpu_ms)} node + ${ms(r.server_cpu_ms)} postgres; first list page ${ms(r.list_before_analyze_ms)} before ANALYZE, ${ms(r.list_after_analyze_ms)} after; load average ${loadavg()[0]?.toFixed(2)}`,
          );
        } else {
          const b = await runBaseline(deps, target);
          baseline.push(b);
          console.log(
            `round ${round} batched unnest (before): ${ms(b.ms)}, imported ${b.imported}, duplicates ${b.duplicates}; CPU ${ms(b.node_cpu_ms)} node + ${ms(b.server_cpu_ms)} postgres; first list page ${ms(b.list_ms)} (no ANALYZE); load average ${loadavg()[0]?.toFixed(2)}`,
          );
        }
      }
      const naiveTarget = await freshTarget(deps, text, `naive-${round}`);
      const n = await runNaive(deps, naiveTarget, text);
      naive.push(n);
      console.log(
        `round ${round} naive (one INSERT per row) on ${NAIVE_ROWS.toLocaleString('en-US')} rows: ${ms(n)} (${Math.round(NAIVE_ROWS / (n / 1000)).toLocaleString('en-US')} rows/s)`,
      );
    }
    const oursMs = median(ours.map((r) => r.import_ms));
    const oursTotalMs = median(ours.map((r) => r.total_ms));
    const baselineMs = median(baseline.map((b) => b.ms));
    const naiveMs = median(naive);
    const oursPerSec = ROWS / (oursMs / 1000);
    const naivePerSec = NAIVE_ROWS / (naiveMs / 1000);
    const tables = await deps.db.owner.raw("select pg_size_pretty(pg_total_relation_size('keywords')) as size");
    met = oursMs <= TARGET_MS;
    console.log(
      `median of ${ROUNDS}: COPY + merge ${ms(oursMs)}, ${ms(oursTotalMs)} with the ANALYZE (prepare ${ms(median(ours.map((r) => r.prepare_ms)))}, merge ${ms(median(ours.map((r) => r.merge_ms)))}, analyze ${ms(median(ours.map((r) => r.analyze_ms)))}) against batched unnest ${ms(baselineMs)}: ${(baselineMs / oursMs).toFixed(2)}× faster; ${(oursPerSec / naivePerSec).toFixed(1)}× the naive rows/s; keywords table now ${tables.rows[0].size}`,
    );
    console.log(`target: 100k rows ≤ ${TARGET_MS} ms → ${met ? 'met' : 'NOT MET'}`);
    console.log(
      JSON.stringify({
        bench: 'import',
        machine: machine(),
        rows: ROWS,
        rounds: ROUNDS,
        import_ms: Math.round(oursMs),
        total_with_analyze_ms: Math.round(oursTotalMs),
        prepare_ms: Math.round(median(ours.map((r) => r.prepare_ms))),
        merge_ms: Math.round(median(ours.map((r) => r.merge_ms))),
        analyze_ms: Math.round(median(ours.map((r) => r.analyze_ms))),
        runs_ms: ours.map((r) => Math.round(r.import_ms)),
        runs_cpu_ms: ours.map((r) => Math.round(r.node_cpu_ms + r.server_cpu_ms)),
        imported: ours[0]?.imported,
        duplicates: ours[0]?.duplicates,
        baseline_unnest_ms: Math.round(baselineMs),
        baseline_unnest_runs_ms: baseline.map((b) => Math.round(b.ms)),
        ratio_vs_unnest: Number((baselineMs / oursMs).toFixed(2)),
        naive_rows: NAIVE_ROWS,
        naive_ms: Math.round(naiveMs),
        ratio_vs_naive: Number((oursPerSec / naivePerSec).toFixed(1)),
        cpu_ms: Math.round(median(ours.map((r) => r.node_cpu_ms + r.server_cpu_ms))),
        baseline_unnest_cpu_ms: Math.round(median(baseline.map((b) => b.node_cpu_ms + b.server_cpu_ms))),
        load_average: loadavg().map((x) => Number(x.toFixed(2))),
        list_before_analyze_ms: ours.map((r) => Math.round(r.list_before_analyze_ms)),
        list_after_analyze_ms: ours.map((r) => Math.round(r.list_after_analyze_ms)),
        list_after_unnest_ms: baseline.map((b) => Math.round(b.list_ms)),
        target_met: met,
      }),
    );
  } finally {
    await runtime.close();
    await admin.raw(`drop database if exists ${dbName} with (force)`);
    await server.destroy();
    await embedded?.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
  if (!met) process.exitCode = 1;
}

await main();
