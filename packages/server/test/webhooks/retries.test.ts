// The retry schedule and sustained failure, under a controlled clock: a receiver that answers 500 is tried at
// exactly the declared times (the clock advanced, the worker's due pass run), the delivery ends `failed`, and an
// endpoint that has failed with no success for five days is disabled with a notification for its account. A
// success clears the failing streak; the previous secret stops signing when its rotation window ends.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type DeliveryWorkerDeps,
  DISABLE_AFTER_MS,
  deliverDue,
  RETRY_DELAYS_SECONDS,
} from '../../src/domain/webhooks/deliver.js';
import type { Resolver } from '../../src/net/pinned-request.js';
import { call, signup } from '../helpers/http.js';
import { startTestServer, type TestServer } from '../helpers/server.js';
import { type Receiver, startReceiver, verifiesWith } from './receiver.js';

const resolver: Resolver = async () => [{ address: '127.0.0.1', family: 4 }];

let clock = Date.now();
const now = () => new Date(clock);
let server: TestServer;
let receiver: Receiver;
let worker: DeliveryWorkerDeps;
let key: string;
let ownerKey: string;
let accountId: string;
let status = 500;

beforeAll(async () => {
  receiver = await startReceiver();
  receiver.answer = (_req, res) => {
    res.writeHead(status, { 'content-type': 'text/plain' }).end(status === 200 ? 'ok' : 'down for maintenance');
  };
  // No worker loop: the test runs the due pass itself, with its clock.
  server = await startTestServer({
    worker: false,
    now,
    resolver,
    env: { WEBHOOK_ALLOWED_NETWORKS: '127.0.0.0/8' },
  });
  worker = { ...server.deps.webhooks, owner: server.deps.db.owner, app: server.deps.db.app };
  const s = await signup(server.url);
  accountId = s.account.id;
  // An API key, not an access token: the clock walks days, past any token's life.
  const created = await call(server.url, 'POST', '/v1/api-keys', {
    token: s.access_token,
    body: { name: 'ops', role: 'admin' },
  });
  key = created.body.data.secret;
  const owner = await call(server.url, 'POST', '/v1/api-keys', {
    token: s.access_token,
    body: { name: 'audit', role: 'owner' },
  });
  ownerKey = owner.body.data.secret;
});
afterAll(async () => {
  await receiver.close();
  await server.close();
});

const api = (method: string, path: string, body?: unknown) => call(server.url, method, path, { token: key, body });

async function endpoint(path: string) {
  const res = await api('POST', '/v1/webhook-endpoints', {
    url: `http://hooks.test:${receiver.port}${path}`,
    events: ['credits.low'],
  });
  expect(res.status).toBe(201);
  return { id: res.body.data.endpoint.id as string, secret: res.body.data.secret as string, path };
}

const received = (path: string) => receiver.received.filter((r) => r.path === path);

describe('a receiver that keeps failing', () => {
  it('is retried at +5 s, +5 min, +30 min, +2 h, +5 h, +10 h, +10 h after each failure, then the delivery is failed', async () => {
    expect(RETRY_DELAYS_SECONDS).toEqual([5, 300, 1800, 7200, 18000, 36000, 36000]);
    const ep = await endpoint('/always-500');
    const t0 = clock;
    const test = await api('POST', `/v1/webhook-endpoints/${ep.id}/test`);
    const deliveryId = test.body.data.id;
    const expected = [t0];
    for (const delay of RETRY_DELAYS_SECONDS) expected.push((expected.at(-1) as number) + delay * 1000);

    for (const [i, at] of expected.entries()) {
      // A moment before it is due: nothing is attempted.
      clock = at - 1;
      expect(await deliverDue(worker)).toBe(0);
      clock = at;
      expect(await deliverDue(worker), `attempt ${i + 1}`).toBe(1);
      expect(await deliverDue(worker)).toBe(0);
      const d = (await api('GET', `/v1/webhook-endpoints/${ep.id}/deliveries/${deliveryId}`)).body.data.delivery;
      expect(d.attempts).toBe(i + 1);
      expect(d.last_status_code).toBe(500);
      if (i < RETRY_DELAYS_SECONDS.length) {
        expect(d.status).toBe('retrying');
        expect(d.next_attempt_at).toBe(new Date(expected[i + 1] as number).toISOString());
      } else {
        expect(d).toMatchObject({ status: 'failed', next_attempt_at: null });
      }
    }
    // Nothing more, however long one waits.
    clock += 30 * 24 * 3600 * 1000;
    expect(await deliverDue(worker)).toBe(0);
    clock = expected.at(-1) as number;

    const detail = (await api('GET', `/v1/webhook-endpoints/${ep.id}/deliveries/${deliveryId}`)).body.data;
    expect(detail.attempts.map((a: { started_at: string }) => Date.parse(a.started_at))).toEqual(expected);
    expect(detail.attempts.map((a: { attempt: number }) => a.attempt)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect(detail.attempts[0].response).toMatchObject({ status: 500, body: 'down for maintenance' });
    // The receiver saw the eight attempts at those times (by their signed timestamps), each verified, one id, one body.
    const got = received(ep.path);
    expect(got.map((r) => Number(r.headers['webhook-timestamp']) * 1000)).toEqual(
      expected.map((t) => Math.floor(t / 1000) * 1000),
    );
    expect(got.every((r) => verifiesWith(ep.secret, r))).toBe(true);
    expect(new Set(got.map((r) => r.headers['webhook-id'])).size).toBe(1);
    expect(new Set(got.map((r) => r.body)).size).toBe(1);
    const total = (expected.at(-1) as number) - t0;
    expect(total / 3600_000).toBeCloseTo(27.58, 1);
    const endpointNow = (await api('GET', `/v1/webhook-endpoints/${ep.id}`)).body.data;
    expect(endpointNow).toMatchObject({ enabled: true, failing_since: new Date(t0).toISOString() });

    // Five days of failure with no success: the next failed attempt at or after that disables the endpoint.
    expect(DISABLE_AFTER_MS).toBe(5 * 24 * 3600 * 1000);
    clock = t0 + DISABLE_AFTER_MS - 10_000;
    const late = await api('POST', `/v1/webhook-endpoints/${ep.id}/test`);
    expect(await deliverDue(worker)).toBe(1);
    expect((await api('GET', `/v1/webhook-endpoints/${ep.id}`)).body.data.enabled).toBe(true);
    const other = await api('POST', `/v1/webhook-endpoints/${ep.id}/test`);
    clock += 10_000;
    // Both due now (the retry of the first, the second's first attempt): the first failure past five days disables.
    expect(await deliverDue(worker)).toBe(2);
    const disabled = (await api('GET', `/v1/webhook-endpoints/${ep.id}`)).body.data;
    expect(disabled).toMatchObject({ enabled: false, disabled_reason: 'failing', disabled_at: now().toISOString() });
    for (const d of [late.body.data, other.body.data]) {
      const row = (await api('GET', `/v1/webhook-endpoints/${ep.id}/deliveries/${d.id}`)).body.data.delivery;
      expect(row).toMatchObject({ status: 'failed', next_attempt_at: null });
    }
    const notes = await server.deps.db
      .owner('notifications')
      .where({ account_id: accountId, kind: 'webhook_endpoint.disabled' });
    expect(notes).toHaveLength(1);
    expect(notes[0]).toMatchObject({
      title: 'Webhook endpoint disabled',
      data: { endpoint_id: ep.id, failing_since: new Date(t0).toISOString() },
    });
    expect(notes[0].body).toContain(`hooks.test:${receiver.port}/always-500`);
    // In the audit log, by the server itself.
    const audit = (
      await call(server.url, 'GET', '/v1/audit-events?action=webhook_endpoint.disabled', { token: ownerKey })
    ).body.data;
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({
      actor: { type: 'system', id: null },
      target_type: 'webhook_endpoint',
      target_id: ep.id,
      data: { reason: 'failing', failing_since: new Date(t0).toISOString() },
    });
    // Through the API as well: the account's notifications list it.
    const listed = await api('GET', '/v1/notifications');
    expect(listed.body.data.map((n: { kind: string }) => n.kind)).toContain('webhook_endpoint.disabled');

    // Disabled: nothing more is attempted, a test or a replay is refused until it is enabled again.
    clock += 3600_000;
    expect(await deliverDue(worker)).toBe(0);
    const refused = await api('POST', `/v1/webhook-endpoints/${ep.id}/test`);
    expect(refused.status).toBe(409);
    expect(refused.body.error.code).toBe('WEBHOOK_ENDPOINT_DISABLED');
    const enabled = await api('PATCH', `/v1/webhook-endpoints/${ep.id}`, { enabled: true });
    expect(enabled.body.data).toMatchObject({ enabled: true, disabled_reason: null, failing_since: null });
  });

  it('a replayed delivery starts the schedule over; a success clears the failing streak', async () => {
    const ep = await endpoint('/flaky');
    const start = clock;
    const test = (await api('POST', `/v1/webhook-endpoints/${ep.id}/test`)).body.data;
    expect(await deliverDue(worker)).toBe(1);
    clock += 5_000;
    expect(await deliverDue(worker)).toBe(1);
    let d = (await api('GET', `/v1/webhook-endpoints/${ep.id}/deliveries/${test.id}`)).body.data.delivery;
    expect(d).toMatchObject({ attempts: 2, next_attempt_at: new Date(clock + 300_000).toISOString() });
    expect((await api('GET', `/v1/webhook-endpoints/${ep.id}`)).body.data.failing_since).toBe(
      new Date(start).toISOString(),
    );
    // Replayed now: due now, and after its next failure the first delay again (+5 s, not the third step's +30 min).
    const replayed = await api('POST', `/v1/webhook-endpoints/${ep.id}/deliveries/${test.id}/replay`);
    expect(replayed.body.data).toMatchObject({ status: 'pending', next_attempt_at: now().toISOString() });
    expect(await deliverDue(worker)).toBe(1);
    d = (await api('GET', `/v1/webhook-endpoints/${ep.id}/deliveries/${test.id}`)).body.data.delivery;
    expect(d).toMatchObject({ attempts: 3, status: 'retrying', next_attempt_at: new Date(clock + 5000).toISOString() });
    status = 200;
    try {
      clock += 5_000;
      expect(await deliverDue(worker)).toBe(1);
    } finally {
      status = 500;
    }
    d = (await api('GET', `/v1/webhook-endpoints/${ep.id}/deliveries/${test.id}`)).body.data.delivery;
    expect(d).toMatchObject({ status: 'succeeded', attempts: 4, delivered_at: now().toISOString() });
    expect((await api('GET', `/v1/webhook-endpoints/${ep.id}`)).body.data.failing_since).toBeNull();
  });
});

describe('several workers at once', () => {
  it('each due delivery is claimed by one of them, attempted once', async () => {
    status = 200;
    try {
      const ep = await endpoint('/crowd');
      const made = [];
      for (let i = 0; i < 15; i++) made.push((await api('POST', `/v1/webhook-endpoints/${ep.id}/test`)).body.data);
      // Three passes racing over the same due rows, as three worker processes would.
      const counts = await Promise.all([deliverDue(worker), deliverDue(worker), deliverDue(worker)]);
      expect(counts.reduce((a, b) => a + b, 0)).toBe(15);
      const ids = received(ep.path).map((r) => r.headers['webhook-id']);
      expect(ids.sort()).toEqual(made.map((d) => d.event_id).sort());
      const rows = await server.deps.db.owner('webhook_deliveries').where({ endpoint_id: ep.id });
      expect(rows.every((r) => r.status === 'succeeded' && r.attempts === 1 && r.claim_id === null)).toBe(true);
    } finally {
      status = 500;
    }
  });
});

describe('two failures of one endpoint recorded at once', () => {
  it('one of them disabling it, wait for each other instead of deadlocking', async () => {
    const ep = await endpoint('/both-failing');
    const owner = server.deps.db.owner;
    // Failing for longer than five days: the next failure recorded disables it.
    await owner('webhook_endpoints')
      .where({ id: ep.id })
      .update({ failing_since: new Date(clock - DISABLE_AFTER_MS - 60_000) });
    for (let i = 0; i < 2; i++) expect((await api('POST', `/v1/webhook-endpoints/${ep.id}/test`)).status).toBe(202);
    // Hold the endpoint's row until both attempts are waiting to be recorded, so the two recordings meet: each must
    // take the endpoint before its delivery, or the one that disables (failing the other's delivery, whose row the
    // other holds) and the other (waiting for the endpoint) deadlock.
    const held = await owner.transaction();
    let pass: Promise<number> | undefined;
    try {
      await held.raw('select 1 from webhook_endpoints where id = ? for no key update', [ep.id]);
      pass = deliverDue(worker);
      await expect
        .poll(
          async () =>
            (
              await owner.raw(
                `select count(*)::int as n from pg_stat_activity
                  where datname = current_database() and wait_event_type = 'Lock' and pid <> pg_backend_pid()`,
              )
            ).rows[0].n,
          { timeout: 10_000 },
        )
        .toBe(2);
    } finally {
      await held.commit();
    }
    expect(await pass).toBe(2);
    const rows = await owner('webhook_deliveries').where({ endpoint_id: ep.id });
    expect(rows.map((r) => r.status)).toEqual(['failed', 'failed']);
    expect((await api('GET', `/v1/webhook-endpoints/${ep.id}`)).body.data).toMatchObject({
      enabled: false,
      disabled_reason: 'failing',
    });
  });
});

describe('a rotation', () => {
  it('signs with both secrets for 24 hours, then with the new one alone', async () => {
    status = 200;
    try {
      const ep = await endpoint('/rotation');
      const rotated = (await api('POST', `/v1/webhook-endpoints/${ep.id}/rotate-secret`)).body.data;
      expect(rotated.endpoint.previous_secret_expires_at).toBe(new Date(clock + 24 * 3600_000).toISOString());
      const send = async () => {
        await api('POST', `/v1/webhook-endpoints/${ep.id}/test`);
        expect(await deliverDue(worker)).toBe(1);
        return received(ep.path).at(-1) as (typeof receiver.received)[number];
      };
      clock += 24 * 3600_000 - 1000;
      const during = await send();
      expect(during.headers['webhook-signature']?.split(' ')).toHaveLength(2);
      expect(verifiesWith(ep.secret, during)).toBe(true);
      expect(verifiesWith(rotated.secret, during)).toBe(true);
      clock += 1000;
      const after = await send();
      expect(after.headers['webhook-signature']?.split(' ')).toHaveLength(1);
      expect(verifiesWith(ep.secret, after)).toBe(false);
      expect(verifiesWith(rotated.secret, after)).toBe(true);
      expect((await api('GET', `/v1/webhook-endpoints/${ep.id}`)).body.data.previous_secret_expires_at).toBeNull();
    } finally {
      status = 500;
    }
  });
});
