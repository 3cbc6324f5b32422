// Nothing committed is lost when the process that would deliver it is not there: real `pnpm worker` processes
// (src/worker.ts) against this file's database. An event committed while no worker runs is delivered by the first
// worker started afterwards; a worker killed with SIGKILL while an attempt hangs leaves its claim, and the next
// worker takes the delivery again when the claim's lease ends, with the same webhook-id and body.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLAIM_LEASE_MS } from '../../src/domain/webhooks/deliver.js';
import { heavySuitesHere } from '../helpers/heavy.js';
import { call, signup } from '../helpers/http.js';
import { killAll, type Started, waitUntil } from '../helpers/processes.js';
import { startTestServer, startWorker, type TestServer, until } from '../helpers/server.js';
import { type Receiver, startReceiver, verifiesWith } from './receiver.js';

// The worker processes resolve with the system's resolver, so the receiver's URL is an address the operator allows.
const NETWORK = { WEBHOOK_ALLOWED_NETWORKS: '127.0.0.1/32' };

let server: TestServer;
let receiver: Receiver;
let token: string;
const workers: Started[] = [];

// Real processes killed and started again: a heavy suite, run in one of CI's two database modes (helpers/heavy.ts).
beforeAll(async () => {
  if (!heavySuitesHere) return;
  receiver = await startReceiver();
  // This server answers the API and runs no worker.
  server = await startTestServer({ worker: false, env: NETWORK });
  token = (await signup(server.url)).access_token;
});
afterAll(async () => {
  if (!heavySuitesHere) return;
  killAll();
  await Promise.all(workers.map((w) => w.exited));
  await receiver.close();
  await server.close();
});

const api = (method: string, path: string, body?: unknown) => call(server.url, method, path, { token, body });

async function endpoint(path: string) {
  const res = await api('POST', '/v1/webhook-endpoints', {
    url: `http://127.0.0.1:${receiver.port}${path}`,
    events: ['credits.low'],
  });
  expect(res.status).toBe(201);
  return { id: res.body.data.endpoint.id as string, secret: res.body.data.secret as string, path };
}

function worker(): Started {
  const started = startWorker(server, NETWORK);
  workers.push(started);
  return started;
}

const received = (path: string) => receiver.received.filter((r) => r.path === path);

describe.runIf(heavySuitesHere)('a delivery outlives its process', () => {
  it('committed while no worker runs: the first worker started afterwards delivers it', async () => {
    const ep = await endpoint('/later');
    const test = await api('POST', `/v1/webhook-endpoints/${ep.id}/test`);
    expect(test.status).toBe(202);
    await new Promise((r) => setTimeout(r, 1500));
    expect(received(ep.path)).toEqual([]);
    const w = worker();
    await waitUntil(() => received(ep.path).length === 1, 'the delivery from the new worker', w);
    const [r] = received(ep.path);
    expect(r?.headers['webhook-id']).toBe(test.body.data.event_id);
    expect(verifiesWith(ep.secret, r as (typeof receiver.received)[number])).toBe(true);
    await until('recorded as succeeded', async () => {
      const d = await api('GET', `/v1/webhook-endpoints/${ep.id}/deliveries/${test.body.data.id}`);
      return d.body.data.delivery.status === 'succeeded' ? true : undefined;
    });
    process.kill(-(w.child.pid as number), 'SIGKILL');
    await w.exited;
  });

  it(
    'its worker killed (SIGKILL) while the receiver holds the attempt: the next worker sends it again after the lease',
    async () => {
      const ep = await endpoint('/held');
      // The first request is held open, never answered; later ones are answered at once.
      receiver.answer = (req, res) => {
        if (req.url === '/held' && received('/held').length === 1) return;
        res.writeHead(200).end('ok');
      };
      const first = worker();
      const test = await api('POST', `/v1/webhook-endpoints/${ep.id}/test`);
      await waitUntil(() => received(ep.path).length === 1, 'the first attempt, held by the receiver', first);
      const claimedAt = Date.now();
      process.kill(-(first.child.pid as number), 'SIGKILL');
      await first.exited;
      const row = await server.deps.db.owner('webhook_deliveries').where({ id: test.body.data.id }).first();
      expect(row).toMatchObject({ status: 'pending', attempts: 0 });
      expect(row.claim_id).not.toBeNull();

      const second = worker();
      await waitUntil(
        () => received(ep.path).length === 2,
        'the attempt again from the second worker',
        second,
        CLAIM_LEASE_MS + 60_000,
      );
      // Not before the lease ended: no two attempts of one delivery at once.
      expect(Date.now() - claimedAt).toBeGreaterThanOrEqual(CLAIM_LEASE_MS - 5_000);
      const [held, again] = received(ep.path);
      expect(again?.headers['webhook-id']).toBe(held?.headers['webhook-id']);
      expect(again?.body).toBe(held?.body);
      expect(verifiesWith(ep.secret, again as (typeof receiver.received)[number])).toBe(true);
      const d = await until('recorded as succeeded', async () => {
        const res = await api('GET', `/v1/webhook-endpoints/${ep.id}/deliveries/${test.body.data.id}`);
        return res.body.data.delivery.status === 'succeeded' ? res.body.data : undefined;
      });
      // The killed worker's attempt was never recorded; the one that answered was.
      expect(d.attempts).toHaveLength(1);
      expect(d.delivery.attempts).toBe(1);
    },
    CLAIM_LEASE_MS + 120_000,
  );
});
