// How soon a worker takes a job: a job that can run now wakes its queue's worker when the transaction that enqueued
// it commits (LISTEN/NOTIFY), and a worker that just finished a job fetches the next at once, so a batch of jobs runs
// back to back. Polling is left for delayed jobs and as the backstop: here it is set to 30 s, so a job that waited
// for a poll would time the test out.
import { schemas } from '@igny8/contract';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { withTenant } from '../../src/db/tenant.js';
import { createOperation } from '../../src/domain/operations/operations.js';
import { stepJob } from '../../src/domain/operations/steps.js';
import { createJobQueue, type JobQueue } from '../../src/jobs/queue.js';
import { stepJobDefinition } from '../../src/jobs/run-steps.js';
import { signup } from '../helpers/http.js';
import { startTestServer, type TestServer, until } from '../helpers/server.js';

// A quick job in place of the account export (a real kind, so that its operations are rows like any other).
const JOB = 'account.export';
const EXPORT = { exported_at: new Date().toISOString(), account: {}, members: [], sites: [], api_keys: [] };
const quick = stepJob({
  kind: JOB,
  initial: {},
  steps: [{ name: 'nothing much', run: async (_ctx, state) => ({ state }) }],
  result: () => EXPORT,
});

let server: TestServer;
let queue: JobQueue;
let accountId: string;
beforeAll(async () => {
  // The server works no jobs; this file's own queue does, polling every 30 s.
  server = await startTestServer({ worker: false });
  accountId = (await signup(server.url)).account.id;
  queue = createJobQueue({
    ownerUrl: server.deps.config.databaseUrl as string,
    logger: server.deps.logger,
    pollingIntervalSeconds: 30,
  });
  queue.register([
    stepJobDefinition(
      quick,
      { app: () => server.deps.db.app, logger: server.deps.logger },
      {
        title: 'The quick job',
        payload: z.strictObject({ operationId: z.uuid(), accountId: z.uuid() }),
        result: schemas.AccountExportResult,
      },
    ),
  ]);
  await queue.start({ work: true });
  // The worker's first fetch (as it starts) found nothing: it now waits for a poll, or a wake-up.
  await new Promise((r) => setTimeout(r, 500));
});
afterAll(async () => {
  await queue.stop();
  await server.close();
});

/** Enqueues `n` quick jobs in one transaction; resolves with their operations' ids once it committed. */
const enqueue = (n: number) =>
  withTenant(server.deps.db.app, { accountId }, async (trx) => {
    const ids: string[] = [];
    for (let i = 0; i < n; i++) {
      const op = await createOperation(trx, { accountId, kind: JOB, createdBy: null });
      await queue.send(trx, JOB, { operationId: op.id, accountId } as never);
      ids.push(op.id);
    }
    return ids;
  });

const allSucceeded = (ids: string[]) =>
  until(
    'the operations to succeed',
    async () => {
      const rows = await server.deps.db.owner('operations').whereIn('id', ids).select('status');
      return rows.length === ids.length && rows.every((r) => r.status === 'succeeded') ? rows : undefined;
    },
    10_000,
  );

describe('a worker taking jobs', () => {
  it('is woken by a job enqueued while it waits, not by its next poll', async () => {
    const t0 = Date.now();
    await allSucceeded(await enqueue(1));
    expect(Date.now() - t0).toBeLessThan(10_000);
  });

  it('runs a batch of jobs back to back: only an empty fetch waits for the polling interval', async () => {
    const t0 = Date.now();
    await allSucceeded(await enqueue(10));
    expect(Date.now() - t0).toBeLessThan(10_000);
  });
});
