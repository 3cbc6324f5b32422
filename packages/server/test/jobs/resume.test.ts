// A job killed between two of its steps resumes after the last one committed. A real `pnpm worker` process runs
// a clustering run with a pause before each step; it is killed (SIGKILL, nothing gets to clean up) once the
// clustering step has committed, before the credits are captured. Another worker takes the job over when the
// dead one's heartbeat stops, starts at the capture step, and the result is the run done once: the same
// clusters, each keyword in one of them, the credits captured once.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, signup } from '../helpers/http.js';
import { killAll } from '../helpers/processes.js';
import { operatorSession, startTestServer, startWorker, type TestServer, until } from '../helpers/server.js';

let server: TestServer;
let operator: string;
beforeAll(async () => {
  // The API only: the workers are separate processes.
  server = await startTestServer({ worker: false });
  operator = await operatorSession(server);
});
afterAll(async () => {
  killAll();
  await server.close();
});

const operationRow = (id: string) =>
  server.deps.db.owner('operations').where({ id }).first('status', 'checkpoint_step', 'result');

describe('a stepped job killed between two steps', () => {
  it('resumes after the last committed step, with no duplicate rows and one capture', async () => {
    const s = await signup(server.url);
    await call(server.url, 'POST', `/v1/admin/accounts/${s.account.id}/credits`, {
      token: operator,
      body: { pool: 'bonus', amount: 5000, reason: 'test credits' },
    });
    const industry = (await call(server.url, 'GET', '/v1/industries', { token: s.access_token })).body.data[0];
    const site = (
      await call(server.url, 'POST', '/v1/sites', {
        token: s.access_token,
        body: { name: 'Resume site', industry_id: industry.id, sector_ids: [industry.sectors[0].id] },
      })
    ).body.data;
    const heads = ['running shoes', 'trail shoes', 'yoga mat', 'coffee grinder', 'espresso machine', 'tent'];
    const mods = ['best', 'cheap', 'review', 'for women', 'for men', 'sale', 'near me', '2026', 'vs', 'guide'];
    const csv = ['keyword,volume', ...heads.flatMap((h, i) => mods.map((m, j) => `${h} ${m},${1000 - i * 10 - j}`))];

    const first = startWorker(server, { JOB_STEP_DELAY_MS: '1500' });
    const imported = await call(server.url, 'POST', `/v1/sites/${site.id}/keywords/import`, {
      token: s.access_token,
      body: { csv: `${csv.join('\n')}\n` },
    });
    await until('the import', async () =>
      (await operationRow(imported.body.data.id))?.status === 'succeeded' ? true : undefined,
    );

    const started = await call(server.url, 'POST', `/v1/sites/${site.id}/clusterings`, {
      token: s.access_token,
      body: {},
    });
    expect(started.status).toBe(202);
    const id = started.body.data.id as string;
    // The clustering step (the second of three) has committed; the worker waits before the capture step.
    await until('the clustering step to commit', async () =>
      (await operationRow(id))?.checkpoint_step === 2 ? true : undefined,
    );
    process.kill(-(first.child.pid as number), 'SIGKILL');
    await first.exited;

    const clustersAfterKill = await server.deps.db.owner('clusters').where({ operation_id: id }).count({ n: '*' });
    const n = Number(clustersAfterKill[0]?.n);
    expect(n).toBeGreaterThan(0);
    const held = await server.deps.db
      .owner('credit_reservations')
      .where({ key: `keywords.cluster:${id}` })
      .first();
    expect(held.status).toBe('held');
    expect((await operationRow(id))?.status).toBe('running');

    const second = startWorker(server, {});
    const done = await until('the run to finish', async () => {
      const op = await operationRow(id);
      return op && ['succeeded', 'failed'].includes(op.status) ? op : undefined;
    });
    expect(done.status, second.output()).toBe('succeeded');
    expect(second.output()).toMatch(/job resumes after its checkpoint/);

    // The clusters of the one committed clustering step, no more; every keyword in exactly one of them.
    const clusters = await server.deps.db.owner('clusters').where({ site_id: site.id });
    expect(clusters).toHaveLength(n);
    expect(done.result.clusters).toBe(n);
    const keywords = await server.deps.db.owner('keywords').where({ site_id: site.id }).select('cluster_id', 'status');
    const clusterIds = new Set(clusters.map((c: { id: string }) => c.id));
    const mapped = keywords.filter((k: { cluster_id: string | null }) => k.cluster_id);
    expect(mapped.length).toBe(done.result.clustered_keywords);
    for (const k of mapped) expect(clusterIds.has(k.cluster_id)).toBe(true);
    const counted = clusters.reduce((sum: number, c: { keyword_count: number }) => sum + c.keyword_count, 0);
    expect(counted).toBe(mapped.length);

    // Charged once: one capture in the ledger for the run's reservation.
    const captures = await server.deps.db
      .owner('credit_ledger')
      .where({ reservation_key: `keywords.cluster:${id}`, kind: 'capture' });
    // One capture writes at most one entry per pool; a second capture would repeat a pool.
    expect(new Set(captures.map((e: { pool: string }) => e.pool)).size).toBe(captures.length);
    const reservation = await server.deps.db.owner('credit_reservations').where({ key: `keywords.cluster:${id}` });
    expect(reservation).toHaveLength(1);
    expect(reservation[0]).toMatchObject({ status: 'captured', captured_credits: done.result.credits });
    process.kill(-(second.child.pid as number), 'SIGTERM');
    await second.exited;
  }, 120_000);
});
