// The SSRF guard of deliveries pins the address it checked. A name that resolved to a public address when the
// endpoint was made and to loopback at delivery (DNS rebinding) is refused, and the loopback listener receives
// nothing. With the operator allowing only 127.0.0.2/32, a name answering 127.0.0.2 to the check and 127.0.0.1 to
// any later question reaches the listener on 127.0.0.2, never the one on 127.0.0.1 at the same port: the
// connection goes to the checked address, the name is not resolved twice. No traffic leaves 127.0.0.0/8 (the
// public address of the first case is only ever a resolver's answer, never connected to).
import { createServer, type Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConfigError, loadConfig, parseNetworks } from '../../src/config.js';
import { type DeliveryWorkerDeps, deliverDue } from '../../src/domain/webhooks/deliver.js';
import {
  AddressRefusedError,
  addressAllowed,
  addressPolicy,
  pinnedRequest,
  type Resolver,
} from '../../src/net/pinned-request.js';
import { call, signup } from '../helpers/http.js';
import { scriptedResolver } from '../helpers/resolver.js';
import { startTestServer, TEST_ENV, type TestServer } from '../helpers/server.js';
import { type Receiver, startReceiver } from './receiver.js';

const { resolver, answers, asked } = scriptedResolver();

let server: TestServer;
let worker: DeliveryWorkerDeps;
let token: string;
let onLoopback: Receiver;
let onAllowed: Receiver;
let onLoopbackSamePort: Receiver;

beforeAll(async () => {
  server = await startTestServer({
    worker: false,
    resolver,
    env: { WEBHOOK_ALLOWED_NETWORKS: '127.0.0.2/32' },
  });
  worker = { ...server.deps.webhooks, owner: server.deps.db.owner, app: server.deps.db.app };
  token = (await signup(server.url)).access_token;
  onLoopback = await startReceiver('127.0.0.1');
  onAllowed = await startReceiver('127.0.0.2');
  onLoopbackSamePort = await startReceiver('127.0.0.1', onAllowed.port);
});
afterAll(async () => {
  for (const r of [onLoopback, onAllowed, onLoopbackSamePort]) await r.close();
  await server.close();
});

const api = (method: string, path: string, body?: unknown) => call(server.url, method, path, { token, body });

async function delivery(endpointId: string, deliveryId: string) {
  return (await api('GET', `/v1/webhook-endpoints/${endpointId}/deliveries/${deliveryId}`)).body.data;
}

describe('at creation', () => {
  it('a URL resolving to loopback is refused (422 URL_NOT_ALLOWED)', async () => {
    answers.set('loopback.test', ['127.0.0.1']);
    for (const url of [`http://loopback.test:${onLoopback.port}/in`, `http://127.0.0.1:${onLoopback.port}/in`]) {
      const res = await api('POST', '/v1/webhook-endpoints', { url, events: ['credits.low'] });
      expect(res.status, url).toBe(422);
      expect(res.body.error.code).toBe('URL_NOT_ALLOWED');
    }
    expect(onLoopback.received).toEqual([]);
  });
});

describe('at delivery', () => {
  it('a name that answered a public address at creation and 127.0.0.1 now is refused; loopback receives nothing', async () => {
    answers.set('rebinding.test', ['93.184.216.34', '127.0.0.1']);
    const created = await api('POST', '/v1/webhook-endpoints', {
      url: `http://rebinding.test:${onLoopback.port}/in`,
      events: ['credits.low'],
    });
    expect(created.status).toBe(201);
    const id = created.body.data.endpoint.id;
    const test = await api('POST', `/v1/webhook-endpoints/${id}/test`);
    expect(await deliverDue(worker)).toBe(1);
    const d = await delivery(id, test.body.data.id);
    expect(d.delivery).toMatchObject({ status: 'retrying', attempts: 1, last_status_code: null });
    expect(d.delivery.last_error).toMatch(/refused: rebinding\.test resolves to 127\.0\.0\.1/);
    expect(d.attempts[0]).toMatchObject({ response: null, error: expect.stringMatching(/^refused: /) });
    expect(onLoopback.received).toEqual([]);
  });

  it('connects to the checked address: the listener on 127.0.0.2 receives, the one on 127.0.0.1 at that port never', async () => {
    expect(onLoopbackSamePort.port).toBe(onAllowed.port);
    answers.set('pinned.test', ['127.0.0.2']);
    const created = await api('POST', '/v1/webhook-endpoints', {
      url: `http://pinned.test:${onAllowed.port}/in`,
      events: ['credits.low'],
    });
    expect(created.status).toBe(201);
    const id = created.body.data.endpoint.id;
    // From now on: 127.0.0.2 to the next question (the delivery's check), 127.0.0.1 to every one after it.
    answers.set('pinned.test', ['127.0.0.2', '127.0.0.1']);
    asked.set('pinned.test', 0);
    const test = await api('POST', `/v1/webhook-endpoints/${id}/test`);
    expect(await deliverDue(worker)).toBe(1);
    const d = await delivery(id, test.body.data.id);
    expect(d.delivery).toMatchObject({ status: 'succeeded', last_status_code: 200 });
    expect(onAllowed.received).toHaveLength(1);
    expect(onAllowed.received[0]?.headers.host).toBe(`pinned.test:${onAllowed.port}`);
    expect(onLoopbackSamePort.received).toEqual([]);
    // One question per attempt.
    expect(asked.get('pinned.test')).toBe(1);
  });

  it('an endpoint whose URL is a loopback literal (allowed once, not any more) is refused without a connection', async () => {
    const { account_id } = await server.deps.db.owner('webhook_endpoints').first('account_id');
    const [row] = await server.deps.db
      .owner('webhook_endpoints')
      .insert({
        account_id,
        url: `http://127.0.0.1:${onLoopback.port}/in`,
        events: ['credits.low'],
        secret_sealed: server.deps.webhooks.secretBox.seal(`whsec_${Buffer.alloc(24, 7).toString('base64')}`),
      })
      .returning('id');
    const test = await api('POST', `/v1/webhook-endpoints/${row.id}/test`);
    expect(await deliverDue(worker)).toBe(1);
    expect((await delivery(row.id, test.body.data.id)).delivery.last_error).toMatch(/^refused: 127\.0\.0\.1/);
    expect(onLoopback.received).toEqual([]);
  });
});

describe('the guard itself', () => {
  const policy = addressPolicy({ allowPrivate: false, allowedNetworks: [] });

  it('judges addresses: public ones pass; loopback, private, link-local, mapped and reserved ones do not', () => {
    for (const a of ['93.184.216.34', '2606:2800:220:1::1', '8.8.8.8']) expect(addressAllowed(policy, a), a).toBe(true);
    for (const a of ['127.0.0.1', '10.0.0.1', '172.16.0.1', '192.168.1.1', '169.254.169.254', '100.64.0.1', '0.0.0.0'])
      expect(addressAllowed(policy, a), a).toBe(false);
    for (const a of ['::1', '::', 'fe80::1', 'fd00::1', '::ffff:127.0.0.1', '::ffff:7f00:1', 'not an address'])
      expect(addressAllowed(policy, a), a).toBe(false);
    const allowing = addressPolicy({
      allowPrivate: false,
      allowedNetworks: [{ address: '10.8.0.0', prefix: 16, family: 'ipv4' }],
    });
    expect(addressAllowed(allowing, '10.8.3.4')).toBe(true);
    expect(addressAllowed(allowing, '::ffff:10.8.3.4')).toBe(true);
    expect(addressAllowed(allowing, '10.9.0.1')).toBe(false);
    expect(addressAllowed(addressPolicy({ allowPrivate: true, allowedNetworks: [] }), '127.0.0.1')).toBe(true);
  });

  it('takes the operator’s networks as CIDR ranges, and refuses at start one that is not', () => {
    expect(parseNetworks(' 10.20.0.0/16, fd00::/8 ,127.0.0.2')).toEqual([
      { address: '10.20.0.0', prefix: 16, family: 'ipv4' },
      { address: 'fd00::', prefix: 8, family: 'ipv6' },
      { address: '127.0.0.2', prefix: 32, family: 'ipv4' },
    ]);
    expect(parseNetworks('')).toEqual([]);
    for (const bad of ['10.0.0.0/33', 'intranet', '10.0.0.0/8/8', '10.0.0.0/', 'fd00::/129', '10.0.0.0/x']) {
      expect(() => loadConfig({ ...TEST_ENV, WEBHOOK_ALLOWED_NETWORKS: bad }), bad).toThrow(ConfigError);
    }
  });

  it('refuses a name with any disallowed answer, before connecting', async () => {
    const both: Resolver = async () => [
      { address: '127.0.0.2', family: 4 },
      { address: '127.0.0.1', family: 4 },
    ];
    const allowing = addressPolicy({
      allowPrivate: false,
      allowedNetworks: [{ address: '127.0.0.2', prefix: 32, family: 'ipv4' }],
    });
    await expect(
      pinnedRequest(
        new URL(`http://two.test:${onAllowed.port}/in`),
        { method: 'POST', headers: {}, body: '{}' },
        { resolve: both, policy: allowing, timeoutMs: 5000, maxBodyBytes: 4096, purpose: 'a test' },
      ),
    ).rejects.toBeInstanceOf(AddressRefusedError);
    expect(onAllowed.received).toHaveLength(1);
  });

  it('gives up after its timeout on a receiver that never answers, and keeps only the first bytes of a long answer', async () => {
    let hung: Server | undefined;
    try {
      hung = createServer(() => {
        // never answers
      });
      await new Promise<void>((r) => hung?.listen(0, '127.0.0.2', r));
      const address = hung.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      const allowing = addressPolicy({ allowPrivate: true, allowedNetworks: [] });
      const started = Date.now();
      await expect(
        pinnedRequest(
          new URL(`http://127.0.0.2:${port}/in`),
          { method: 'POST', headers: {}, body: '{}' },
          { resolve: resolver, policy: allowing, timeoutMs: 300, maxBodyBytes: 4096, purpose: 'a test' },
        ),
      ).rejects.toThrow(/no complete answer within/);
      expect(Date.now() - started).toBeLessThan(2000);
      const long = await startReceiver('127.0.0.2');
      long.answer = (_req, res) => res.writeHead(200).end('x'.repeat(100_000));
      const answer = await pinnedRequest(
        new URL(`http://127.0.0.2:${long.port}/in`),
        { method: 'POST', headers: {}, body: '{}' },
        { resolve: resolver, policy: allowing, timeoutMs: 5000, maxBodyBytes: 4096, purpose: 'a test' },
      );
      expect(answer.body).toHaveLength(4096);
      expect(answer.truncated).toBe(true);
      await long.close();
    } finally {
      hung?.closeAllConnections();
      await new Promise((r) => hung?.close(r));
    }
  });
});
