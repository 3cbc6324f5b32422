// Work that must never hold a transaction open refuses to start inside one: an AI provider call and the
// clustering engine (the compute pool). Between steps — no transaction — they run.
import { afterAll, describe, expect, it } from 'vitest';
import { createProviders } from '../../src/ai/index.js';
import { createComputePool } from '../../src/compute/pool.js';
import { createDatabase } from '../../src/db/connection.js';
import { TransactionOpenError, transaction } from '../../src/db/transaction-scope.js';

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
