// The webhook receiver example (examples/webhook-receiver/) as a real process on a loopback port, importing
// @igny8/sdk/webhooks from the built package as a user would: deliveries signed by an independent implementation of
// Standard Webhooks (the `standardwebhooks` package) are answered 2xx at once and handled once, even when sent again
// (a retry or a replay: the same webhook-id); a tampered, unsigned or stale one is refused with a 4xx and not handled.
import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes, randomUUID } from 'node:crypto';
import { resolve } from 'node:path';
import type { components } from '@igny8/contract/openapi';
import { Igny8 } from '@igny8/sdk';
import { Webhook } from 'standardwebhooks';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort } from '../packages/server/test/helpers/global-setup.js';
import { signup } from '../packages/server/test/helpers/http.js';
import { startTestServer, until } from '../packages/server/test/helpers/server.js';
import { ensureSdkBuilt } from './helpers/sdk-build.js';

const example = resolve(import.meta.dirname, '../examples/webhook-receiver');
const newSecret = () => `whsec_${randomBytes(32).toString('base64')}`;
const oldSecret = newSecret();
const secret = newSecret();

let receiver: ChildProcess;
let url: string;
const lines: string[] = [];
/** The receiver's log lines, parsed. */
const logged = () => lines.map((l) => JSON.parse(l) as Record<string, unknown>);

beforeAll(async () => {
  ensureSdkBuilt();
  const port = await freePort();
  url = `http://127.0.0.1:${port}/webhooks`;
  // The receiver rotating its secret: it takes the old one and the new.
  receiver = spawn(process.execPath, ['--import', 'tsx', 'server.ts'], {
    cwd: example,
    env: { ...process.env, PORT: String(port), IGNY8_WEBHOOK_SECRET: `${oldSecret},${secret}` },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let pending = '';
  receiver.stdout?.on('data', (chunk: Buffer) => {
    const parts = (pending + chunk.toString()).split('\n');
    pending = parts.pop() ?? '';
    for (const line of parts) {
      if (line.startsWith('listening on ')) lines.unshift(line);
      else if (line) lines.push(line);
    }
  });
  await until('the receiver to listen', async () => lines[0]?.startsWith('listening on ') || undefined, 30_000);
  lines.shift();
}, 60_000);

afterAll(() => {
  receiver?.kill('SIGTERM');
});

const published = (): components['schemas']['ContentPublishedEvent'] => ({
  type: 'content.published',
  timestamp: new Date().toISOString(),
  data: {
    account_id: randomUUID(),
    site_id: randomUUID(),
    content_id: randomUUID(),
    publication_id: randomUUID(),
    status: 'published',
    wordpress_post_id: 42,
    url: 'https://blog.example.com/prune-roses/',
  },
});

/** Posts `body` as Igny8 would: signed with each of `secrets` by the independent implementation. */
async function deliver(
  body: string,
  options: { id?: string; secrets?: string[]; at?: Date; tamper?: (body: string) => string } = {},
) {
  const { id = `msg_${randomUUID()}`, secrets = [secret], at = new Date(), tamper = (b: string) => b } = options;
  const started = Date.now();
  const res = await fetch(url, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      'webhook-id': id,
      'webhook-timestamp': String(Math.floor(at.getTime() / 1000)),
      'webhook-signature': secrets.map((s) => new Webhook(s).sign(id, at, body)).join(' '),
    },
    body: tamper(body),
  });
  return { status: res.status, text: await res.text(), ms: Date.now() - started, id };
}

describe('the webhook receiver example', () => {
  it('answers a signed delivery 2xx at once and handles it once, even when it comes again', async () => {
    const event = published();
    const body = JSON.stringify(event);
    const first = await deliver(body);
    expect(first.status).toBe(204);
    expect(first.ms).toBeLessThan(1_000);
    // A retry (or a replay) of the same delivery: same webhook-id, signed again at another time.
    const again = await deliver(body, { id: first.id, at: new Date(Date.now() + 2_000) });
    expect(again.status).toBe(200);
    await until(
      'the receiver to log the duplicate',
      async () => logged().some((l) => l.duplicate === 'content.published' && l.webhook_id === first.id) || undefined,
    );
    const handled = logged().filter((l) => l.received && l.webhook_id === first.id);
    expect(handled).toEqual([
      {
        received: 'content.published',
        webhook_id: first.id,
        at: event.timestamp,
        site_id: event.data.site_id,
        content_id: event.data.content_id,
        wordpress_post_id: 42,
        url: 'https://blog.example.com/prune-roses/',
      },
    ]);
  });

  it('refuses a tampered, unsigned, stale or wrongly signed delivery with a 4xx and does not handle it', async () => {
    const event = published();
    const body = JSON.stringify(event);
    const tampered = await deliver(body, { tamper: (b) => b.replace('prune-roses', 'buy-now') });
    expect(tampered).toMatchObject({ status: 400, text: 'SIGNATURE_MISMATCH' });
    const wrongSecret = await deliver(body, { secrets: [newSecret()] });
    expect(wrongSecret).toMatchObject({ status: 400, text: 'SIGNATURE_MISMATCH' });
    const stale = await deliver(body, { at: new Date(Date.now() - 10 * 60_000) });
    expect(stale).toMatchObject({ status: 400, text: 'TIMESTAMP_TOO_OLD' });
    const unsigned = await fetch(url, { method: 'POST', body });
    expect(unsigned.status).toBe(400);
    expect(await unsigned.text()).toBe('MISSING_HEADERS');
    // The same delivery, genuine, is still handled afterwards: a refusal does not mark its id as seen.
    const genuine = await deliver(body, { id: tampered.id });
    expect(genuine.status).toBe(204);
    await until(
      'the receiver to log the event',
      async () => logged().some((l) => l.received && l.webhook_id === tampered.id) || undefined,
    );
    expect(logged().filter((l) => l.received && l.site_id === event.data.site_id)).toHaveLength(1);
    expect(logged().filter((l) => l.refused)).toHaveLength(4);
  });

  it('takes a delivery signed with its old secret while it rotates, and with both (the server’s two signatures)', async () => {
    const body = JSON.stringify({
      type: 'webhook.test',
      timestamp: new Date().toISOString(),
      data: {
        account_id: randomUUID(),
        endpoint_id: randomUUID(),
      },
    });
    expect((await deliver(body, { secrets: [oldSecret] })).status).toBe(204);
    expect((await deliver(body, { secrets: [newSecret(), secret] })).status).toBe(204);
    await until(
      'both to be handled',
      async () => logged().filter((l) => l.received === 'webhook.test').length === 2 || undefined,
    );
  });
});

describe('the webhook receiver example, fed by the real server', () => {
  it('verifies and handles the deliveries the server signs: a test event, then a replay of it (handled once)', async () => {
    const server = await startTestServer({ env: { WEBHOOK_ALLOWED_NETWORKS: '127.0.0.1/32' } });
    const port = await freePort();
    let fed: ChildProcess | undefined;
    try {
      const s = await signup(server.url);
      const client = new Igny8({ baseUrl: server.url, accessToken: s.access_token });
      const { endpoint, secret: issued } = await client.webhookEndpoints.create({
        url: `http://127.0.0.1:${port}/webhooks`,
        events: ['content.published'],
      });
      const out: string[] = [];
      fed = spawn(process.execPath, ['--import', 'tsx', 'server.ts'], {
        cwd: example,
        env: { ...process.env, PORT: String(port), IGNY8_WEBHOOK_SECRET: issued },
        stdio: ['ignore', 'pipe', 'inherit'],
      });
      fed.stdout?.on('data', (chunk: Buffer) => out.push(...chunk.toString().split('\n').filter(Boolean)));
      await until('the receiver to listen', async () => out.some((l) => l.startsWith('listening on ')) || undefined);
      const delivery = await client.webhookEndpoints.test(endpoint.id);
      const events = () => out.filter((l) => l.startsWith('{')).map((l) => JSON.parse(l) as Record<string, unknown>);
      await until(
        'the test event handled',
        async () =>
          events().some((l) => l.received === 'webhook.test' && l.webhook_id === delivery.event_id) || undefined,
      );
      await until('the delivery recorded as succeeded', async () => {
        const d = await client.webhookEndpoints.getDelivery(endpoint.id, delivery.id);
        return d.delivery.status === 'succeeded' ? d : undefined;
      });
      // A replay: the same webhook-id again, which the receiver knows and does not handle twice.
      await client.webhookEndpoints.replayDelivery(endpoint.id, delivery.id);
      await until(
        'the replay seen as a duplicate',
        async () =>
          events().some((l) => l.duplicate === 'webhook.test' && l.webhook_id === delivery.event_id) || undefined,
      );
      expect(events().filter((l) => l.received && l.webhook_id === delivery.event_id)).toHaveLength(1);
      expect(events().filter((l) => l.refused)).toEqual([]);
    } finally {
      fed?.kill('SIGTERM');
      await server.close();
    }
  }, 60_000);
});
