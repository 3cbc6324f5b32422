// An item's Operation that ends wakes its run at once (wakeRun, called by the step runner after the Operation's
// commit): a new chain of ticks is started for a running or paused run whose item it is, and nothing otherwise.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withTenant } from '../../src/db/tenant.js';
import { TICK_JOB, wakeRun } from '../../src/domain/automation/runs.js';
import type { Enqueue } from '../../src/domain/ports.js';
import { signupWithSite } from '../helpers/http.js';
import { startTestServer, type TestServer } from '../helpers/server.js';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({ worker: false });
});
afterAll(() => server.close());

/** An Enqueue that keeps what it is given. */
function capture() {
  const sent: { name: string; data: Record<string, unknown>; delay?: number }[] = [];
  const queue: Enqueue = {
    send: async () => null,
    async sendJob(_trx, name, data, options) {
      sent.push({ name, data, delay: options?.startAfterSeconds });
      return randomUUID();
    },
  };
  return { queue, sent };
}

describe('waking a run when an item ends', () => {
  it('kicks a new chain of ticks for a running or paused run whose item in flight it is, and nothing else', async () => {
    const { s, site } = await signupWithSite(server.url, 'Wake');
    const accountId = s.account.id;
    const db = server.deps.db.owner;
    const [run] = await db('automation_runs')
      .insert({ account_id: accountId, site_id: site.id, status: 'running', stages: '[]', config: '{}', tick_seq: 4 })
      .returning(['id']);
    const operationId = randomUUID();
    const done = randomUUID();
    await db('automation_run_items').insert([
      {
        run_id: run.id,
        account_id: accountId,
        stage: 'content',
        item_id: randomUUID(),
        operation_id: operationId,
        status: 'running',
      },
      {
        run_id: run.id,
        account_id: accountId,
        stage: 'content',
        item_id: randomUUID(),
        operation_id: done,
        status: 'done',
      },
    ]);
    const wake = async (id: string) => {
      const { queue, sent } = capture();
      const woke = await withTenant(server.deps.db.app, { accountId }, (trx) => wakeRun(trx, queue, id));
      return { woke, sent };
    };

    // Its item in flight: the older chain is made stale (tick_seq 5) and the new one starts now.
    expect(await wake(operationId)).toEqual({
      woke: true,
      sent: [{ name: TICK_JOB, data: { accountId, runId: run.id, seq: 5 }, delay: 0 }],
    });
    expect((await db('automation_runs').where({ id: run.id }).first('tick_seq')).tick_seq).toBe(5);
    // An item already settled, an Operation that is nobody's item: nothing.
    expect(await wake(done)).toEqual({ woke: false, sent: [] });
    expect(await wake(randomUUID())).toEqual({ woke: false, sent: [] });
    // A paused run still settles what is in flight; a cancelled or finished one is left alone.
    await db('automation_runs').where({ id: run.id }).update({ status: 'paused' });
    expect((await wake(operationId)).woke).toBe(true);
    for (const status of ['cancelled', 'completed', 'failed']) {
      await db('automation_runs').where({ id: run.id }).update({ status });
      expect(await wake(operationId)).toEqual({ woke: false, sent: [] });
    }
    // Another account's transaction does not see the run at all.
    const other = await signupWithSite(server.url, 'Other');
    const { queue, sent } = capture();
    await db('automation_runs').where({ id: run.id }).update({ status: 'running' });
    expect(
      await withTenant(server.deps.db.app, { accountId: other.s.account.id }, (trx) =>
        wakeRun(trx, queue, operationId),
      ),
    ).toBe(false);
    expect(sent).toEqual([]);
  });
});
