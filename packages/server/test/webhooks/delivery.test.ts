// Deliveries through the server's own worker loop to a receiver on loopback that verifies every one of them with a
// Standard Webhooks verifier written from the specification (receiver.ts), not the library the server signs with:
// promptly after the commit, signed with the endpoint's secret (and during a rotation with the old one too), the
// same `webhook-id` and the same bytes again on a replay, one delivery or a range.

import { verify } from '@igny8/sdk/webhooks';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Resolver } from '../../src/net/pinned-request.js';
import { call, signup } from '../helpers/http.js';
import { startTestServer, type TestServer, until } from '../helpers/server.js';
import { type Received, type Receiver, startReceiver, verifiesWith } from './receiver.js';

const resolver: Resolver = async (host) => {
  if (host === 'receiver.test') return [{ address: '127.0.0.1', family: 4 }];
  throw Object.assign(new Error('not found'), { code: 'ENOTFOUND' });
};

let server: TestServer;
let receiver: Receiver;
let token: string;
/** Every secret an endpoint of this file has had, by endpoint; a delivery must verify with one that signs now. */
const secretsOf = new Map<string, string[]>();

beforeAll(async () => {
  receiver = await startReceiver();
  server = await startTestServer({
    resolver,
    env: { WEBHOOK_ALLOWED_NETWORKS: '127.0.0.1/32' },
  });
  token = (await signup(server.url)).access_token;
});
afterAll(async () => {
  await receiver.close();
  await server.close();
});

const api = (method: string, path: string, body?: unknown) => call(server.url, method, path, { token, body });

async function endpoint(path = '/hooks/igny8') {
  const res = await api('POST', '/v1/webhook-endpoints', {
    url: `http://receiver.test:${receiver.port}${path}`,
    events: ['credits.low'],
  });
  expect(res.status).toBe(201);
  secretsOf.set(path, [res.body.data.secret]);
  return { id: res.body.data.endpoint.id as string, secret: res.body.data.secret as string, path };
}

/** The deliveries the receiver got for `path` with this webhook-id (after `from`). */
const got = (path: string, id: string, from = 0) =>
  receiver.received.slice(from).filter((r) => r.headers['webhook-id'] === id && r.path === path);

async function delivered(path: string, id: string, count = 1, from = 0): Promise<Received[]> {
  return until(
    `${count} deliveries of ${id}`,
    async () => {
      const list = got(path, id, from);
      return list.length >= count ? list : undefined;
    },
    20_000,
  );
}

describe('a delivery', () => {
  it('arrives within 2 s of the commit, signed per Standard Webhooks, with the event as its body', async () => {
    const ep = await endpoint('/first');
    const committed = Date.now();
    const test = await api('POST', `/v1/webhook-endpoints/${ep.id}/test`);
    expect(test.status).toBe(202);
    const webhookId = test.body.data.event_id as string;
    expect(webhookId).toMatch(/^evt_[0-9a-f]{32}$/);
    const [first] = await delivered(ep.path, webhookId);
    const latency = (first as Received).at - committed;
    expect(latency).toBeLessThan(2000);
    const r = first as Received;
    expect(r.headers['content-type']).toBe('application/json');
    expect(r.headers['user-agent']).toMatch(/Igny8/);
    expect(Math.abs(Number(r.headers['webhook-timestamp']) - Date.now() / 1000)).toBeLessThan(10);
    expect(r.headers['webhook-signature']).toMatch(/^v1,[A-Za-z0-9+/]+=*$/);
    expect(verifiesWith(ep.secret, r)).toBe(true);
    expect(verifiesWith(`whsec_${Buffer.alloc(32, 1).toString('base64')}`, r)).toBe(false);
    // A body changed by one byte no longer verifies: the signature covers the exact bytes.
    expect(verifiesWith(ep.secret, { ...r, body: r.body.replace('webhook.test', 'webhook.tesT') })).toBe(false);
    const body = JSON.parse(r.body);
    expect(body).toMatchObject({ type: 'webhook.test', data: { endpoint_id: ep.id } });
    await until('the delivery recorded as succeeded', async () => {
      const d = await api('GET', `/v1/webhook-endpoints/${ep.id}/deliveries/${test.body.data.id}`);
      return d.body.data.delivery.status === 'succeeded' ? d : undefined;
    });
    const detail = await api('GET', `/v1/webhook-endpoints/${ep.id}/deliveries/${test.body.data.id}`);
    expect(detail.body.data.delivery).toMatchObject({
      status: 'succeeded',
      attempts: 1,
      last_status_code: 200,
      next_attempt_at: null,
      delivered_at: expect.any(String),
    });
    expect(detail.body.data.payload).toEqual(body);
    const [attempt] = detail.body.data.attempts;
    expect(attempt).toMatchObject({
      attempt: 1,
      request: { url: `http://receiver.test:${receiver.port}/first`, headers: { 'webhook-id': webhookId } },
      response: { status: 200, body: 'ok', headers: { 'content-type': 'text/plain' } },
      error: null,
    });
    console.log(`first attempt ${latency} ms after the commit`);
  });

  it('during a rotation carries two signatures: the old secret and the new one each verify it', async () => {
    const ep = await endpoint('/rotating');
    const rotated = await api('POST', `/v1/webhook-endpoints/${ep.id}/rotate-secret`);
    expect(rotated.status).toBe(200);
    const fresh = rotated.body.data.secret as string;
    secretsOf.get(ep.path)?.push(fresh);
    expect(fresh).not.toBe(ep.secret);
    const expires = new Date(rotated.body.data.endpoint.previous_secret_expires_at).getTime();
    expect(Math.abs(expires - Date.now() - 24 * 3600 * 1000)).toBeLessThan(60_000);
    const test = await api('POST', `/v1/webhook-endpoints/${ep.id}/test`);
    const [r] = await delivered(ep.path, test.body.data.event_id);
    expect((r as Received).headers['webhook-signature']?.split(' ')).toHaveLength(2);
    expect(verifiesWith(ep.secret, r as Received)).toBe(true);
    expect(verifiesWith(fresh, r as Received)).toBe(true);
  });

  it('a 3xx is a failure, not followed', async () => {
    const ep = await endpoint('/redirects');
    receiver.answer = (req, res) => {
      if (req.url === '/redirects') res.writeHead(302, { location: '/first' }).end();
      else res.writeHead(200).end('ok');
    };
    try {
      const before = receiver.received.length;
      const test = await api('POST', `/v1/webhook-endpoints/${ep.id}/test`);
      await delivered(ep.path, test.body.data.event_id);
      const d = await until('the attempt recorded', async () => {
        const res = await api('GET', `/v1/webhook-endpoints/${ep.id}/deliveries/${test.body.data.id}`);
        return res.body.data.delivery.attempts === 1 ? res.body.data : undefined;
      });
      expect(d.delivery).toMatchObject({ status: 'retrying', last_status_code: 302 });
      expect(receiver.received.slice(before).filter((r) => r.path === '/first')).toEqual([]);
    } finally {
      receiver.answer = (_req, res) => res.writeHead(200).end('ok');
    }
  });
});

describe('replay', () => {
  it('of one delivery sends the same webhook-id and the identical body again, its history kept', async () => {
    const ep = await endpoint('/replay-one');
    const test = await api('POST', `/v1/webhook-endpoints/${ep.id}/test`);
    const webhookId = test.body.data.event_id;
    const [original] = await delivered(ep.path, webhookId);
    await until('succeeded', async () => {
      const d = await api('GET', `/v1/webhook-endpoints/${ep.id}/deliveries/${test.body.data.id}`);
      return d.body.data.delivery.status === 'succeeded' ? true : undefined;
    });
    const replay = await api('POST', `/v1/webhook-endpoints/${ep.id}/deliveries/${test.body.data.id}/replay`);
    expect(replay.status).toBe(202);
    expect(replay.body.data).toMatchObject({ id: test.body.data.id, event_id: webhookId, status: 'pending' });
    const [, again] = await delivered(ep.path, webhookId, 2);
    expect((again as Received).body).toBe((original as Received).body);
    expect(verifiesWith(ep.secret, again as Received)).toBe(true);
    const detail = await until('two attempts recorded', async () => {
      const d = await api('GET', `/v1/webhook-endpoints/${ep.id}/deliveries/${test.body.data.id}`);
      return d.body.data.attempts.length === 2 && d.body.data.delivery.status === 'succeeded' ? d : undefined;
    });
    expect(detail.body.data.attempts.map((a: { attempt: number }) => a.attempt)).toEqual([1, 2]);
  });

  it('of a range: the failed ones by default, every settled one with only_failed false; same ids, same bodies', async () => {
    const ep = await endpoint('/replay-range');
    const since = new Date(Date.now() - 1000).toISOString();
    // The receiver refuses this endpoint's deliveries for now: each one fails its first attempt and waits to retry.
    receiver.answer = (req, res) => res.writeHead(req.url === '/replay-range' ? 503 : 200).end('down');
    const tests = [];
    for (let i = 0; i < 3; i++) tests.push((await api('POST', `/v1/webhook-endpoints/${ep.id}/test`)).body.data);
    for (const t of tests) await delivered(ep.path, t.event_id);
    await until('three failed attempts recorded', async () => {
      const list = await api('GET', `/v1/webhook-endpoints/${ep.id}/deliveries?status=retrying`);
      return list.body.data.length === 3 ? true : undefined;
    });
    // Disabled while they wait (their retries are dropped: failed), the receiver fixed, enabled again.
    await api('PATCH', `/v1/webhook-endpoints/${ep.id}`, { enabled: false });
    receiver.answer = (_req, res) => res.writeHead(200).end('ok');
    await api('PATCH', `/v1/webhook-endpoints/${ep.id}`, { enabled: true });
    const failed = await api('GET', `/v1/webhook-endpoints/${ep.id}/deliveries?status=failed`);
    expect(failed.body.data).toHaveLength(3);

    const from = receiver.received.length;
    const replay = await api('POST', `/v1/webhook-endpoints/${ep.id}/replay`, { since });
    expect(replay.status).toBe(202);
    expect(replay.body.data).toEqual({ queued: 3 });
    for (const t of tests) {
      const [first] = got(ep.path, t.event_id);
      const [again] = await delivered(ep.path, t.event_id, 1, from);
      expect((again as Received).body).toBe((first as Received).body);
      expect(verifiesWith(ep.secret, again as Received)).toBe(true);
    }
    await until('all three succeeded', async () => {
      const list = await api('GET', `/v1/webhook-endpoints/${ep.id}/deliveries?status=succeeded`);
      return list.body.data.length === 3 ? true : undefined;
    });
    // None failed now: the default replays nothing; every settled one is replayed on request.
    expect((await api('POST', `/v1/webhook-endpoints/${ep.id}/replay`, { since })).body.data).toEqual({ queued: 0 });
    const until_ = new Date(Date.now() + 60_000).toISOString();
    const all = await api('POST', `/v1/webhook-endpoints/${ep.id}/replay`, {
      since,
      until: until_,
      only_failed: false,
    });
    expect(all.body.data).toEqual({ queued: 3 });
    const before = await api('POST', `/v1/webhook-endpoints/${ep.id}/replay`, {
      since: '2020-01-01T00:00:00Z',
      until: since,
      only_failed: false,
    });
    expect(before.body.data).toEqual({ queued: 0 });
    for (const t of tests) await delivered(ep.path, t.event_id, 3);
  });
});

describe('the log', () => {
  it('lists an endpoint’s deliveries newest first, filtered by status and event type, in pages', async () => {
    const ep = await endpoint('/log');
    const made = [];
    for (let i = 0; i < 3; i++) made.push((await api('POST', `/v1/webhook-endpoints/${ep.id}/test`)).body.data.id);
    const page1 = await api('GET', `/v1/webhook-endpoints/${ep.id}/deliveries?limit=2`);
    const page2 = await api(
      'GET',
      `/v1/webhook-endpoints/${ep.id}/deliveries?limit=2&cursor=${page1.body.meta.next_cursor}`,
    );
    expect([...page1.body.data, ...page2.body.data].map((d: { id: string }) => d.id)).toEqual(made.reverse());
    expect(page2.body.meta.next_cursor).toBeNull();
    const typed = await api('GET', `/v1/webhook-endpoints/${ep.id}/deliveries?event_type=credits.low`);
    expect(typed.body.data).toEqual([]);
  });

  it('every delivery the receiver got verified with a secret of its endpoint, by two independent verifiers', async () => {
    expect(receiver.received.length).toBeGreaterThan(10);
    for (const r of receiver.received) {
      const secrets = secretsOf.get(r.path) ?? [];
      expect(
        secrets.some((s) => verifiesWith(s, r)),
        `${r.path} ${r.headers['webhook-id']}`,
      ).toBe(true);
      // The SDK's verifier too (Web Crypto, written apart from the server's signing library), at the time it came.
      const event = await verify(r.body, r.headers, secrets, { now: r.at });
      expect(event.type).toBe(JSON.parse(r.body).type);
    }
  });
});
