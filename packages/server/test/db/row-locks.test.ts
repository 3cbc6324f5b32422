// Row locks that serialise work on a row must not also wait for, or hold back, the foreign-key checks of work that
// only references it. Every tenant insert or key change takes FOR KEY SHARE on its account row (35 tables reference
// accounts); FOR UPDATE conflicts with that, FOR NO KEY UPDATE does not. The soak benchmark at 40 req/s on a loaded
// machine found the cycle this closes: a job finishing its operation (its foreign-key check on the account queued
// behind a keyword create's FOR UPDATE on the account), which waited for a charge inserting the credit balance,
// which waited for the job — "deadlock detected", a 500 for the create and a retried job.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Knex } from 'knex';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withTenant } from '../../src/db/tenant.js';
import { keywordRoom, keywordRow } from '../../src/domain/planner/keywords.js';
import { lockAccount } from '../../src/domain/tenancy/accounts.js';
import { signupWithSite } from '../helpers/http.js';
import { startTestServer, type TestServer } from '../helpers/server.js';

let server: TestServer;
let accountId: string;
let siteId: string;
beforeAll(async () => {
  server = await startTestServer();
  const { s, site } = await signupWithSite(server.url, 'Locks');
  accountId = s.account.id;
  siteId = site.id;
});
afterAll(async () => {
  await server?.close();
});

/** Runs `check` while another transaction, having run `first`, is held open (the other side of a lock). */
async function whileHeld(first: (trx: Knex.Transaction) => Promise<unknown>, check: () => Promise<void>) {
  let release!: () => void;
  let ready!: () => void;
  const released = new Promise<void>((r) => {
    release = r;
  });
  const holding = new Promise<void>((r) => {
    ready = r;
  });
  const done = withTenant(server.deps.db.app, { accountId }, async (trx) => {
    await first(trx);
    ready();
    await released;
  });
  // A first step that fails ends the wait too (and fails the test with its error).
  await Promise.race([holding, done]);
  try {
    await check();
  } finally {
    release();
    await done;
  }
}

/** Runs `work` in a tenant transaction that gives up on any lock it waits for over 2 s (55P03 lock_not_available). */
function impatient<T>(work: (trx: Knex.Transaction) => Promise<T>): Promise<T> {
  return withTenant(server.deps.db.app, { accountId }, async (trx) => {
    await trx.raw("set local lock_timeout = '2s'");
    return work(trx);
  });
}

// An operation (a row with an account_id foreign key, as the tenant tables have; keywords reference their site).
const insertOperation = (trx: Knex.Transaction) =>
  trx('operations').insert({ account_id: accountId, kind: 'account.export', status: 'queued' }).returning('id');
let phraseSeq = 0;
const insertKeyword = (trx: Knex.Transaction) =>
  trx('keywords')
    .insert(keywordRow(accountId, siteId, { phrase: `lock probe ${++phraseSeq}` }, null))
    .returning('id');

describe('the account lock', () => {
  it('does not wait for a transaction that has inserted a row referencing the account', () =>
    whileHeld(insertOperation, async () => {
      await expect(impatient((trx) => keywordRoom(trx, accountId))).resolves.toMatchObject({ max: expect.any(Number) });
    }));

  it('does not hold back an insert referencing the account while it is held', () =>
    whileHeld(
      (trx) => lockAccount(trx, accountId),
      async () => {
        await expect(impatient(insertOperation)).resolves.toHaveLength(1);
        await expect(impatient(insertKeyword)).resolves.toHaveLength(1);
      },
    ));

  it('still serialises two limit checks in one account', () =>
    whileHeld(
      (trx) => lockAccount(trx, accountId),
      async () => {
        await expect(impatient((trx) => lockAccount(trx, accountId))).rejects.toMatchObject({ code: '55P03' });
      },
    ));
});

describe('row locks in the server', () => {
  const src = fileURLToPath(new URL('../../src/', import.meta.url));
  const files = readdirSync(src, { recursive: true, encoding: 'utf8' }).filter((path) => path.endsWith('.ts'));

  it('are FOR NO KEY UPDATE, but where the locked row is then deleted (said in a comment above the lock)', () => {
    const unexplained: string[] = [];
    for (const file of files) {
      const lines = readFileSync(join(src, file), 'utf8').split('\n');
      lines.forEach((line, i) => {
        if (/^\s*(\/\/|\*|\/\*)/.test(line) || !/\.forUpdate\(|\bfor update\b/i.test(line)) return;
        if (/FOR UPDATE \(not NO KEY UPDATE\):/.test(lines[i - 1] ?? '')) return;
        unexplained.push(`${file}:${i + 1}: ${line.trim()}`);
      });
    }
    expect(unexplained).toEqual([]);
  });
});
