// Work that must never hold a transaction open refuses to start inside one: an AI provider call and the
// clustering engine (the compute pool). Between steps — no transaction — they run.
import { Writable } from 'node:stream';
import { afterAll, describe, expect, it } from 'vitest';
import { createProviders } from '../../src/ai/index.js';
import { createComputePool } from '../../src/compute/pool.js';
import { createDatabase, NESTED_ACQUIRE_MESSAGE } from '../../src/db/connection.js';
import { TransactionOpenError, transaction } from '../../src/db/transaction-scope.js';
import { createLogger } from '../../src/logger.js';

const db = createDatabase({
  ownerUrl: process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres',
  appUrl: process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres',
  poolMax: 2,
});
const compute = createComputePool({ threads: 1 });
afterAll(async () => {
  await compute.close();
  await db.destroy();
});

const providers = createProviders({ providers: { local: {} } }).defaults;
const keywords = ['running shoes', 'best running shoes', 'running shoes for women'].map((phrase, i) => ({
  id: String(i),
  phrase,
  volume: 100 - i,
}));

describe('inside a transaction', () => {
  it('an AI provider call is refused', async () => {
    await expect(transaction(db.owner, () => providers.embeddings.embed(['shoes']))).rejects.toBeInstanceOf(
      TransactionOpenError,
    );
  });

  it('the clustering engine is refused', async () => {
    await expect(transaction(db.owner, () => compute.cluster({ keywords }))).rejects.toThrow(
      /clustering ran while a database transaction was open/,
    );
  });
});

describe('outside a transaction', () => {
  it('both run, the clustering in a worker thread', async () => {
    expect((await providers.embeddings.embed(['shoes'])).vectors).toHaveLength(1);
    const progress: number[] = [];
    const result = await compute.cluster({ keywords, minClusterSize: 2 }, (done) => progress.push(done));
    expect(result.clusters).toHaveLength(1);
    expect(result.clusters[0]?.keywordIds.sort()).toEqual(['0', '1', '2']);
  });
});

describe('a pool connection taken inside a transaction', () => {
  // The guard's own pools, with a log of their own.
  const lines: string[] = [];
  const guarded = createDatabase({
    ownerUrl: process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres',
    appUrl: process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres',
    poolMax: 2,
    logger: createLogger(
      'info',
      new Writable({
        write(chunk, _enc, done) {
          lines.push(String(chunk));
          done();
        },
      }),
    ),
  });
  afterAll(() => guarded.destroy());
  const reported = () => lines.filter((l) => l.includes(NESTED_ACQUIRE_MESSAGE)).map((l) => JSON.parse(l));

  it('is reported: a query on either pool, or a second transaction, names itself', async () => {
    lines.length = 0;
    await transaction(guarded.app, async () => {
      await guarded.app.raw('select 1 as nested_probe');
      await guarded.owner.raw('select 2 as nested_probe');
      await guarded.app.transaction((inner) => inner.raw('select 3'));
    });
    const found = reported();
    expect(found.map((r) => r.pool)).toEqual(['app', 'owner', 'app']);
    expect(found[0].sql).toContain('select 1 as nested_probe');
    expect(found[2].stack).toContain('transaction-scope.test.ts');
  });

  it('is not reported for the transaction’s own queries, its savepoints, or work after it', async () => {
    lines.length = 0;
    await transaction(guarded.app, async (trx) => {
      await trx.raw('select 1');
      await trx.transaction((sp) => sp.raw('select 2'));
      await trx('pg_class').first('relname');
    });
    await guarded.app.raw('select 3');
    await guarded.app.transaction((trx) => trx.raw('select 4'));
    expect(reported()).toEqual([]);
  });
});
