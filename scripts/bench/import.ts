// `pnpm bench import`: a 100k-row keyword CSV into PostgreSQL through the real import job code
// (parse → normalize → classify → deduplicate → batched insert), against a naive baseline measured in
// the same run: one INSERT per row, on a slice it can finish. Prints one JSON object on its last line.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { signup } from '../../packages/server/src/auth/service.js';
import { loadConfig } from '../../packages/server/src/config.js';
import { createDatabase } from '../../packages/server/src/db/connection.js';
import { startEmbeddedPostgres } from '../../packages/server/src/db/embedded.js';
import { withTenant } from '../../packages/server/src/db/tenant.js';
import { runKeywordImport } from '../../packages/server/src/domain/planner/import.js';
import { keywordRow } from '../../packages/server/src/domain/planner/keywords.js';
import { createLogger } from '../../packages/server/src/logger.js';
import { MemoryMailer } from '../../packages/server/src/mail/mailer.js';
import { createRuntime } from '../../packages/server/src/runtime.js';
import { mulberry32 } from './lib.js';

const ROWS = 100_000;
const BASELINE_ROWS = 5_000;

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
  try {
    const session = await signup(deps, {
      email: `bench-${Date.now()}@example.test`,
      password: 'bench-password-1',
      name: 'Bench',
    });
    const accountId = session.account.id;
    const scale = await deps.db.owner('plans').where({ code: 'scale' }).first('id');
    await deps.db.owner('accounts').where({ id: accountId }).update({ plan_id: scale.id });
    const industry = await deps.db.owner('industries').first('id');
    const [site] = await deps.db
      .owner('sites')
      .insert({ account_id: accountId, name: 'Bench', industry_id: industry.id })
      .returning('id');
    const [baselineSite] = await deps.db
      .owner('sites')
      .insert({ account_id: accountId, name: 'Baseline', industry_id: industry.id })
      .returning('id');

    const text = csv(ROWS);
    const [upload] = await deps.db
      .owner('keyword_imports')
      .insert({ account_id: accountId, site_id: site.id, csv: text })
      .returning('id');
    const rssBefore = process.memoryUsage().rss;
    const t0 = performance.now();
    const result = await withTenant(deps.db.app, { accountId }, (trx) =>
      runKeywordImport(trx, { accountId, importId: upload.id, progress: async () => undefined }),
    );
    const importMs = performance.now() - t0;
    const rssMb = Math.max(rssBefore, process.memoryUsage().rss) / 2 ** 20;

    // Baseline: the obvious code, one INSERT … ON CONFLICT DO NOTHING per row, in one transaction.
    const sample = text.split('\n').slice(1, BASELINE_ROWS + 1);
    const t1 = performance.now();
    await withTenant(deps.db.app, { accountId }, async (trx) => {
      for (const line of sample) {
        const [phrase, volume, difficulty, cpc] = line.split(',');
        const row = keywordRow(
          accountId,
          baselineSite.id,
          { phrase: phrase as string, volume: Number(volume), difficulty: Number(difficulty), cpc: Number(cpc) },
          null,
        );
        await trx('keywords').insert(row).onConflict(['site_id', 'normalized']).ignore();
      }
    });
    const baselineMs = performance.now() - t1;
    const oursPerSec = ROWS / (importMs / 1000);
    const baselinePerSec = BASELINE_ROWS / (baselineMs / 1000);
    console.log(
      `import ${ROWS.toLocaleString('en-US')} rows: ${importMs.toFixed(0)} ms (${Math.round(oursPerSec).toLocaleString('en-US')} rows/s), imported ${result.imported}, duplicates ${result.duplicates}, invalid ${result.invalid_count}, rss ≈ ${rssMb.toFixed(0)} MiB`,
    );
    console.log(
      `baseline (one INSERT per row) on ${BASELINE_ROWS.toLocaleString('en-US')} rows: ${baselineMs.toFixed(0)} ms (${Math.round(baselinePerSec).toLocaleString('en-US')} rows/s)`,
    );
    console.log(
      `speed-up: ${(oursPerSec / baselinePerSec).toFixed(1)}× (target: 100k rows ≤ 3000 ms → ${importMs <= 3000 ? 'met' : 'NOT met'})`,
    );
    console.log(
      JSON.stringify({
        bench: 'import',
        rows: ROWS,
        import_ms: Math.round(importMs),
        rows_per_second: Math.round(oursPerSec),
        imported: result.imported,
        duplicates: result.duplicates,
        baseline_rows: BASELINE_ROWS,
        baseline_ms: Math.round(baselineMs),
        baseline_rows_per_second: Math.round(baselinePerSec),
        ratio: Number((oursPerSec / baselinePerSec).toFixed(2)),
        rss_mib: Math.round(rssMb),
        target_met: importMs <= 3000,
      }),
    );
  } finally {
    await runtime.close();
    await admin.raw(`drop database if exists ${dbName} with (force)`);
    await server.destroy();
    await embedded?.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

await main();
