// The outbox itself: an event and one delivery per enabled endpoint subscribed to its type, written in the caller's
// transaction — nothing of either when that transaction rolls back.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withTenant } from '../../src/db/tenant.js';
import { emitEvent, webhookId } from '../../src/domain/webhooks/outbox.js';
import { signup } from '../helpers/http.js';
import { startTestServer, type TestServer } from '../helpers/server.js';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({ worker: false });
});
afterAll(() => server.close());

async function endpoint(accountId: string, events: string[], enabled = true) {
  return withTenant(server.deps.db.app, { accountId }, async (trx) => {
    const [row] = await trx('webhook_endpoints')
      .insert({ account_id: accountId, url: 'https://hooks.example/in', events, enabled, secret_sealed: 'x' })
      .returning('id');
    return row.id as string;
  });
}

const data = (accountId: string) => ({
  account_id: accountId,
  threshold: 80 as const,
  used: 8,
  per_period: 10,
  plan_credits_left: 2,
});

describe('emitEvent', () => {
  it('makes one delivery per enabled endpoint subscribed to the type, none for others', async () => {
    const { account } = await signup(server.url);
    const subscribed = await endpoint(account.id, ['credits.low', 'invoice.paid']);
    await endpoint(account.id, ['invoice.paid']);
    await endpoint(account.id, ['credits.low'], false);
    const at = new Date('2026-05-01T10:00:00Z');
    const out = await withTenant(server.deps.db.app, { accountId: account.id }, (trx) =>
      emitEvent(trx, { accountId: account.id, type: 'credits.low', data: data(account.id), at }),
    );
    expect(out.deliveries).toBe(1);
    expect(webhookId(out.eventId)).toMatch(/^evt_[0-9a-f]{32}$/);
    const rows = await withTenant(server.deps.db.app, { accountId: account.id }, (trx) =>
      trx('webhook_deliveries').where({ event_id: out.eventId }),
    );
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ endpoint_id: subscribed, status: 'pending', event_type: 'credits.low' });
    expect(new Date(rows[0].next_attempt_at).toISOString()).toBe(at.toISOString());
    const event = await withTenant(server.deps.db.app, { accountId: account.id }, (trx) =>
      trx('webhook_events').where({ id: out.eventId }).first(),
    );
    expect(event.payload).toEqual({ type: 'credits.low', timestamp: at.toISOString(), data: data(account.id) });
  });

  it('leaves nothing behind when the transaction rolls back', async () => {
    const { account } = await signup(server.url);
    await endpoint(account.id, ['credits.low']);
    await expect(
      withTenant(server.deps.db.app, { accountId: account.id }, async (trx) => {
        await emitEvent(trx, { accountId: account.id, type: 'credits.low', data: data(account.id) });
        throw new Error('the change fails after the event was written');
      }),
    ).rejects.toThrow('the change fails');
    const counts = await withTenant(server.deps.db.app, { accountId: account.id }, async (trx) => ({
      events: (await trx('webhook_events').count({ n: '*' }))[0]?.n,
      deliveries: (await trx('webhook_deliveries').count({ n: '*' }))[0]?.n,
    }));
    expect(counts).toEqual({ events: 0, deliveries: 0 });
  });

  it('sends a test event to one endpoint, subscribed or not', async () => {
    const { account } = await signup(server.url);
    const target = await endpoint(account.id, ['invoice.paid']);
    await endpoint(account.id, ['invoice.paid']);
    const out = await withTenant(server.deps.db.app, { accountId: account.id }, (trx) =>
      emitEvent(trx, {
        accountId: account.id,
        type: 'webhook.test',
        data: { account_id: account.id, endpoint_id: target },
        endpointId: target,
      }),
    );
    expect(out.deliveries).toBe(1);
  });
});
