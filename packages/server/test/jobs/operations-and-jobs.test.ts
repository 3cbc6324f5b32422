import { operations } from '@igny8/contract';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { handlerGroups } from '../../src/http/handlers/index.js';
import { bindHandlers } from '../../src/http/router.js';
import { call, signup } from '../helpers/http.js';
import { startTestServer, type TestServer } from '../helpers/server.js';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

async function waitFor(url: string, token: string, id: string) {
  for (let i = 0; i < 100; i++) {
    const res = await call(url, 'GET', `/v1/operations/${id}`, { token });
    if (['succeeded', 'failed', 'cancelled'].includes(res.body.data.status)) return res.body.data;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('operation did not finish');
}

describe('handlers', () => {
  it('bind every operation of openapi.yaml to exactly one handler, and every handler to an operation', () => {
    const bound = bindHandlers(handlerGroups);
    expect([...bound.keys()].sort()).toEqual(Object.keys(operations).sort());
  });

  it('refuse a handler without an operation, a duplicate, and a missing one', () => {
    const noop = async () => undefined;
    expect(() => bindHandlers([...handlerGroups, { notInSpec: noop } as never])).toThrow(/no operation/);
    expect(() => bindHandlers([...handlerGroups, { getHealth: noop }])).toThrow(/two handlers/);
    const [system, ...rest] = handlerGroups;
    const { getHealth: _, ...withoutHealth } = system as Record<string, unknown>;
    expect(() => bindHandlers([withoutHealth as never, ...rest])).toThrow(/without a handler: getHealth/);
  });
});

describe('long-running operations', () => {
  it('answer 202 with an Operation that a worker completes with a result', async () => {
    const s = await signup(server.url);
    const accepted = await call(server.url, 'POST', '/v1/account/exports', { token: s.access_token });
    expect(accepted.status).toBe(202);
    expect(accepted.body.data).toMatchObject({ kind: 'account.export', status: 'queued', result: null, error: null });
    expect(accepted.headers.get('location')).toBe(`/v1/operations/${accepted.body.data.id}`);
    const done = await waitFor(server.url, s.access_token, accepted.body.data.id);
    expect(done.status).toBe('succeeded');
    expect(done.progress).toEqual({ done: 1, total: 1 });
    expect(done.result.account.id).toBe(s.account.id);
    expect(done.result.members[0].email).toBe(s.email);
    expect(JSON.stringify(done.result)).not.toMatch(/password|secret_hash|token_hash/);
    expect(done.finished_at).not.toBeNull();
  });

  it('are not lost when no worker is running: the job waits in the queue and runs once one starts', async () => {
    const apiOnly = await startTestServer({ worker: false });
    try {
      const s = await signup(apiOnly.url);
      const accepted = await call(apiOnly.url, 'POST', '/v1/account/exports', { token: s.access_token });
      await new Promise((r) => setTimeout(r, 1500));
      const still = await call(apiOnly.url, 'GET', `/v1/operations/${accepted.body.data.id}`, {
        token: s.access_token,
      });
      expect(still.body.data.status).toBe('queued');
      // A worker (here: the queue of the same runtime) starts later and picks it up.
      await apiOnly.deps.jobs.stop();
      await apiOnly.deps.jobs.start({ work: true });
      const done = await waitFor(apiOnly.url, s.access_token, accepted.body.data.id);
      expect(done.status).toBe('succeeded');
    } finally {
      await apiOnly.close();
    }
  });

  it('enqueue in the request transaction: a rolled-back request leaves no job behind', async () => {
    const s = await signup(server.url);
    const before = await server.deps.db.owner.raw(
      "select count(*)::int as n from pgboss.job where name = 'account.export'",
    );
    await expect(
      server.deps.db.app.transaction(async (trx) => {
        await trx.raw("select set_config('app.account_id', ?, true)", [s.account.id]);
        await server.deps.jobs.send(trx, 'account.export', {
          operationId: crypto.randomUUID(),
          accountId: s.account.id,
        });
        throw new Error('rollback');
      }),
    ).rejects.toThrow('rollback');
    const after = await server.deps.db.owner.raw(
      "select count(*)::int as n from pgboss.job where name = 'account.export'",
    );
    expect(after.rows[0].n).toBe(before.rows[0].n);
  });
});
