// The charging module under concurrency, retries and crashes, on a real PostgreSQL.
import type { Knex } from 'knex';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withTenant } from '../../src/db/tenant.js';
import { estimate, setCost } from '../../src/domain/billing/costs.js';
import {
  capture,
  InsufficientCreditsError,
  post,
  readBalance,
  release,
  reserve,
} from '../../src/domain/billing/credits.js';
import { sweepReservations } from '../../src/domain/billing/maintenance.js';
import { call, signup } from '../helpers/http.js';
import { startTestServer, type TestServer } from '../helpers/server.js';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

const now = () => new Date();
const inTenant = <T>(accountId: string, work: (trx: Knex.Transaction) => Promise<T>) =>
  withTenant(server.deps.db.app, { accountId }, work);

async function ledgerSum(accountId: string) {
  const row = await server.deps.db.owner('credit_ledger').where({ account_id: accountId }).sum({ n: 'amount' }).first();
  return Number(row?.n ?? 0);
}

async function freshAccount(bonus = 0) {
  const s = await signup(server.url);
  if (bonus)
    await inTenant(s.account.id, (trx) =>
      post(trx, { accountId: s.account.id, kind: 'purchase', pool: 'bonus', amount: bonus }),
    );
  return s.account.id;
}

describe('the ledger', () => {
  it('starts a new account with its plan credits granted, balance equal to the ledger', async () => {
    const accountId = await freshAccount();
    const balance = await inTenant(accountId, (trx) => readBalance(trx, accountId));
    expect(balance).toEqual({ plan: 100, bonus: 0 });
    expect(await ledgerSum(accountId)).toBe(100);
  });

  it('is append-only: updates and deletes are refused, for the application and for the owner', async () => {
    const accountId = await freshAccount();
    const app = inTenant(accountId, (trx) =>
      trx('credit_ledger').where({ account_id: accountId }).update({ amount: 1_000_000 }),
    );
    await expect(app).rejects.toThrow(/permission denied/);
    await expect(
      server.deps.db.owner('credit_ledger').where({ account_id: accountId }).update({ amount: 5 }),
    ).rejects.toThrow(/append-only/);
    await expect(server.deps.db.owner('credit_ledger').where({ account_id: accountId }).delete()).rejects.toThrow(
      /append-only/,
    );
  });

  it('cannot go below zero even when the code asks it to (database constraint)', async () => {
    const accountId = await freshAccount();
    await expect(
      server.deps.db.owner('credit_balances').where({ account_id: accountId }).update({ plan_credits: -1 }),
    ).rejects.toThrow(/credit_balances_nonnegative/);
  });
});

describe('reserve → capture / release', () => {
  it('under 200 concurrent calls never goes below 0, equals the ledger, and refunds every release exactly', async () => {
    const accountId = await freshAccount(50); // 100 plan + 50 bonus
    const start = 150;
    let refused = 0;
    const work = Array.from({ length: 200 }, async (_, i) => {
      const key = `job:${i}`;
      const credits = 1 + (i % 5);
      try {
        await inTenant(accountId, (trx) =>
          reserve(trx, { accountId, key, credits, operation: 'generate_ideas', now: now() }),
        );
      } catch (err) {
        if (err instanceof InsufficientCreditsError) {
          refused++;
          expect(err.status).toBe(402);
          expect(err.details).toMatchObject({ required: credits });
          return;
        }
        throw err;
      }
      if (i % 3 === 0) await inTenant(accountId, (trx) => release(trx, { accountId, key, now: now() }));
      else
        await inTenant(accountId, (trx) =>
          capture(trx, { accountId, key, actual: i % 3 === 1 ? credits : credits - 1, now: now() }),
        );
    });
    // Meanwhile, a reader never sees a negative pool.
    let sampling = true;
    const sampler = (async () => {
      while (sampling) {
        const b = await server.deps.db.owner('credit_balances').where({ account_id: accountId }).first();
        expect(b.plan_credits).toBeGreaterThanOrEqual(0);
        expect(b.bonus_credits).toBeGreaterThanOrEqual(0);
        await new Promise((r) => setTimeout(r, 5));
      }
    })();
    await Promise.all(work);
    sampling = false;
    await sampler;

    const balance = await inTenant(accountId, (trx) => readBalance(trx, accountId));
    expect(balance.plan).toBeGreaterThanOrEqual(0);
    expect(balance.bonus).toBeGreaterThanOrEqual(0);
    expect(balance.plan + balance.bonus).toBe(await ledgerSum(accountId));

    const reservations = await server.deps.db.owner('credit_reservations').where({ account_id: accountId });
    expect(reservations.length + refused).toBe(200);
    const captured = reservations.reduce((sum, r) => sum + (r.captured_credits ?? 0), 0);
    expect(balance.plan + balance.bonus).toBe(start - captured);
    expect(reservations.every((r) => r.status !== 'held')).toBe(true);
    // Every released reservation was given back exactly: its entries net to zero.
    const entries = await server.deps.db
      .owner('credit_ledger')
      .where({ account_id: accountId })
      .whereNotNull('reservation_key');
    for (const r of reservations) {
      const net = entries.filter((e) => e.reservation_key === r.key).reduce((sum, e) => sum + e.amount, 0);
      expect({ key: r.key, net }).toEqual({ key: r.key, net: r.status === 'released' ? 0 : 0 - r.captured_credits });
    }
  });

  it('charges a job item once when its capture is retried, and reserves once when its reservation is', async () => {
    const accountId = await freshAccount();
    const key = 'clustering:op-1:item-1';
    const first = await inTenant(accountId, (trx) =>
      reserve(trx, { accountId, key, credits: 10, operation: 'cluster_keywords', now: now() }),
    );
    const again = await inTenant(accountId, (trx) =>
      reserve(trx, { accountId, key, credits: 10, operation: 'cluster_keywords', now: now() }),
    );
    expect(again.id).toBe(first.id);
    await inTenant(accountId, (trx) => capture(trx, { accountId, key, actual: 7, now: now() }));
    // The job is retried (or delivered twice) and captures again, even with another figure.
    const twice = await inTenant(accountId, (trx) => capture(trx, { accountId, key, actual: 9, now: now() }));
    expect(twice.captured_credits).toBe(7);
    const balance = await inTenant(accountId, (trx) => readBalance(trx, accountId));
    expect(balance.plan).toBe(93);
    expect(await ledgerSum(accountId)).toBe(93);
  });

  it('takes a cost above the estimate from what is available, never beyond', async () => {
    const accountId = await freshAccount();
    await inTenant(accountId, (trx) =>
      reserve(trx, { accountId, key: 'a', credits: 90, operation: 'generate_content', now: now() }),
    );
    const r = await inTenant(accountId, (trx) => capture(trx, { accountId, key: 'a', actual: 130, now: now() }));
    expect(r.captured_credits).toBe(100);
    expect(await inTenant(accountId, (trx) => readBalance(trx, accountId))).toEqual({ plan: 0, bonus: 0 });
  });

  it('spends plan credits first and gives leftovers back to bonus first', async () => {
    const accountId = await freshAccount(20);
    await inTenant(accountId, (trx) =>
      reserve(trx, { accountId, key: 'b', credits: 110, operation: 'generate_content', now: now() }),
    );
    expect(await inTenant(accountId, (trx) => readBalance(trx, accountId))).toEqual({ plan: 0, bonus: 10 });
    await inTenant(accountId, (trx) => capture(trx, { accountId, key: 'b', actual: 104, now: now() }));
    expect(await inTenant(accountId, (trx) => readBalance(trx, accountId))).toEqual({ plan: 0, bonus: 16 });
  });

  it('releases the reservation of a worker that died, through the sweeper', async () => {
    const accountId = await freshAccount();
    await inTenant(accountId, (trx) =>
      reserve(trx, { accountId, key: 'crashed', credits: 40, operation: 'generate_content', ttlMs: 1000, now: now() }),
    );
    expect((await inTenant(accountId, (trx) => readBalance(trx, accountId))).plan).toBe(60);
    const ctx = { owner: server.deps.db.owner, app: server.deps.db.app, graceDays: 3 };
    expect(await sweepReservations({ ...ctx, now: () => new Date() })).toBe(0);
    const released = await sweepReservations({ ...ctx, now: () => new Date(Date.now() + 5_000) });
    expect(released).toBeGreaterThanOrEqual(1);
    expect((await inTenant(accountId, (trx) => readBalance(trx, accountId))).plan).toBe(100);
    const row = await server.deps.db
      .owner('credit_reservations')
      .where({ account_id: accountId, key: 'crashed' })
      .first();
    expect(row.status).toBe('released');
    // The late worker's capture is refused rather than charged from nothing.
    await expect(
      inTenant(accountId, (trx) => capture(trx, { accountId, key: 'crashed', actual: 40, now: now() })),
    ).rejects.toThrow(/released/);
  });

  it('answers 402 INSUFFICIENT_CREDITS with required and available before any work', async () => {
    const accountId = await freshAccount(5);
    const attempt = inTenant(accountId, (trx) =>
      reserve(trx, { accountId, key: 'big', credits: 500, operation: 'generate_content', now: now() }),
    );
    await expect(attempt).rejects.toMatchObject({
      status: 402,
      code: 'INSUFFICIENT_CREDITS',
      details: { required: 500, available: 105 },
    });
    expect(await server.deps.db.owner('credit_reservations').where({ account_id: accountId })).toEqual([]);
  });
});

describe('budget governance', () => {
  it("holds a site's monthly cap", async () => {
    const s = await signup(server.url);
    const accountId = s.account.id;
    const industry = (await call(server.url, 'GET', '/v1/industries', { token: s.access_token })).body.data[0];
    const site = (
      await call(server.url, 'POST', '/v1/sites', {
        token: s.access_token,
        body: { name: 'S', industry_id: industry.id },
      })
    ).body.data;
    const set = await call(server.url, 'PUT', `/v1/sites/${site.id}/budget`, {
      token: s.access_token,
      body: { monthly_credit_cap: 5 },
    });
    expect(set.body.data).toEqual({ site_id: site.id, monthly_credit_cap: 5, used_this_month: 0 });
    await inTenant(accountId, (trx) =>
      reserve(trx, { accountId, key: 's1', credits: 4, operation: 'generate_ideas', siteId: site.id, now: now() }),
    );
    const over = inTenant(accountId, (trx) =>
      reserve(trx, { accountId, key: 's2', credits: 2, operation: 'generate_ideas', siteId: site.id, now: now() }),
    );
    await expect(over).rejects.toMatchObject({
      status: 402,
      code: 'SITE_BUDGET_EXCEEDED',
      details: { required: 2, available: 1, cap: 5 },
    });
    const budget = await call(server.url, 'GET', `/v1/sites/${site.id}/budget`, { token: s.access_token });
    expect(budget.body.data.used_this_month).toBe(4);
  });

  it('notifies at 80 % and 100 % of plan credits, once per period', async () => {
    const s = await signup(server.url);
    const accountId = s.account.id;
    await inTenant(accountId, (trx) =>
      reserve(trx, { accountId, key: 'n1', credits: 79, operation: 'generate_ideas', now: now() }),
    );
    let list = await call(server.url, 'GET', '/v1/notifications', { token: s.access_token });
    expect(list.body.data).toEqual([]);
    await inTenant(accountId, (trx) =>
      reserve(trx, { accountId, key: 'n2', credits: 2, operation: 'generate_ideas', now: now() }),
    );
    await inTenant(accountId, (trx) =>
      reserve(trx, { accountId, key: 'n3', credits: 1, operation: 'generate_ideas', now: now() }),
    );
    list = await call(server.url, 'GET', '/v1/notifications', { token: s.access_token });
    expect(list.body.data.map((n: { kind: string }) => n.kind)).toEqual(['credits.threshold_80']);
    await inTenant(accountId, (trx) =>
      reserve(trx, { accountId, key: 'n4', credits: 18, operation: 'generate_ideas', now: now() }),
    );
    list = await call(server.url, 'GET', '/v1/notifications?unread=true', { token: s.access_token });
    expect(list.body.data.map((n: { kind: string }) => n.kind).sort()).toEqual([
      'credits.threshold_100',
      'credits.threshold_80',
    ]);
    const read = await call(server.url, 'POST', `/v1/notifications/${list.body.data[0].id}/read`, {
      token: s.access_token,
    });
    expect(read.body.data.read_at).not.toBeNull();
    const unread = await call(server.url, 'GET', '/v1/notifications?unread=true', { token: s.access_token });
    expect(unread.body.data).toHaveLength(1);
  });
});

describe('costs', () => {
  it('estimate from the seeded defaults, rounding up to whole units, with per-provider overrides', async () => {
    const db = server.deps.db.app;
    expect(await estimate(db, { operation: 'cluster_keywords', quantity: 25 })).toBe(3);
    expect(await estimate(db, { operation: 'generate_content', quantity: 1500 })).toBe(15);
    expect(await estimate(db, { operation: 'generate_image', quantity: 2 })).toBe(4);
    expect(await estimate(db, { operation: 'generate_image', quantity: 2, variant: 'premium' })).toBe(10);
    await server.deps.db.app.transaction(async (trx) => {
      await trx.raw("select set_config('app.operator', 'on', true)");
      await setCost(trx, { operation: 'generate_ideas', provider: 'openai-compatible', credits: 3 });
    });
    expect(await estimate(db, { operation: 'generate_ideas', quantity: 2, provider: 'openai-compatible' })).toBe(6);
    expect(await estimate(db, { operation: 'generate_ideas', quantity: 2, provider: 'local' })).toBe(4);
  });

  it('are listed and estimated through the API', async () => {
    const s = await signup(server.url);
    const costs = await call(server.url, 'GET', '/v1/billing/costs', { token: s.access_token });
    expect(
      costs.body.data.find(
        (c: { operation: string; variant: string }) => c.operation === 'generate_image' && c.variant === 'premium',
      ).credits,
    ).toBe(5);
    const est = await call(server.url, 'POST', '/v1/billing/estimate', {
      token: s.access_token,
      body: { operation: 'generate_content', quantity: 20_000 },
    });
    expect(est.body.data).toEqual({
      operation: 'generate_content',
      quantity: 20_000,
      credits: 200,
      available_credits: 100,
      sufficient: false,
    });
  });

  it('a tenant cannot edit them, even by reaching the table', async () => {
    const accountId = await freshAccount();
    const attempt = inTenant(accountId, (trx) => trx('credit_costs').update({ credits: 0 }));
    await expect(attempt).resolves.toBe(0); // row-level security: no row is the tenant's to change
  });
});

describe('usage', () => {
  it('is recorded once per charged action and summed by day and operation', async () => {
    const s = await signup(server.url);
    const accountId = s.account.id;
    const usage = { provider: 'openai-compatible', model: 'gpt-test', tokensIn: 1200, tokensOut: 800, costUsd: 0.0123 };
    for (const [key, op, credits] of [
      ['u1', 'generate_ideas', 4],
      ['u2', 'generate_ideas', 2],
      ['u3', 'cluster_keywords', 3],
    ] as const) {
      await inTenant(accountId, (trx) => reserve(trx, { accountId, key, credits, operation: op, now: now() }));
      await inTenant(accountId, (trx) => capture(trx, { accountId, key, actual: credits, now: now(), usage }));
      // A retried capture records nothing more.
      await inTenant(accountId, (trx) => capture(trx, { accountId, key, actual: credits, now: now(), usage }));
    }
    const list = await call(server.url, 'GET', '/v1/billing/usage', { token: s.access_token });
    expect(list.body.data).toHaveLength(3);
    expect(list.body.data[0]).toMatchObject({
      operation: 'generate_ideas',
      provider: 'openai-compatible',
      model: 'gpt-test',
      tokens_in: 1200,
      credits: 4,
      cost_usd: 0.0123,
    });
    const summary = await call(server.url, 'GET', '/v1/billing/usage/summary', { token: s.access_token });
    const today = new Date().toISOString().slice(0, 10);
    expect(summary.body.data).toEqual([
      {
        day: today,
        operation: 'cluster_keywords',
        count: 1,
        credits: 3,
        tokens_in: 1200,
        tokens_out: 800,
        cost_usd: 0.0123,
      },
      {
        day: today,
        operation: 'generate_ideas',
        count: 2,
        credits: 6,
        tokens_in: 2400,
        tokens_out: 1600,
        cost_usd: 0.0246,
      },
    ]);
    const ledger = await call(server.url, 'GET', '/v1/billing/ledger?limit=100', { token: s.access_token });
    const kinds = ledger.body.data.map((e: { kind: string }) => e.kind);
    expect(kinds[0]).toBe('grant');
    expect(kinds.filter((k: string) => k === 'capture')).toHaveLength(3);
    expect(ledger.body.data.at(-1).balance_after).toBe(91);
  });
});

describe('a suspended account', () => {
  it('is read-only outside billing, and costly work answers 402 ACCOUNT_INACTIVE', async () => {
    const s = await signup(server.url);
    const accountId = s.account.id;
    await server.deps.db.owner('accounts').where({ id: accountId }).update({ status: 'suspended' });
    const industry = (await call(server.url, 'GET', '/v1/industries', { token: s.access_token })).body.data[0];
    const write = await call(server.url, 'POST', '/v1/sites', {
      token: s.access_token,
      body: { name: 'S', industry_id: industry.id },
    });
    expect(write.status).toBe(402);
    expect(write.body.error.code).toBe('ACCOUNT_INACTIVE');
    expect((await call(server.url, 'GET', '/v1/sites', { token: s.access_token })).status).toBe(200);
    expect((await call(server.url, 'GET', '/v1/billing/balance', { token: s.access_token })).status).toBe(200);
    const attempt = inTenant(accountId, (trx) =>
      reserve(trx, { accountId, key: 'x', credits: 1, operation: 'generate_ideas', now: now() }),
    );
    await expect(attempt).rejects.toMatchObject({ status: 402, code: 'ACCOUNT_INACTIVE' });
  });
});

describe('scheduled billing jobs', () => {
  it('are registered with the job queue: the sweeper every minute, renewals every ten', async () => {
    const { rows } = await server.deps.db.owner.raw('select name, cron from pgboss.schedule order by name');
    expect(rows).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ name: 'billing.renewals', cron: '*/10 * * * *' }),
        expect.objectContaining({ name: 'billing.sweep', cron: '* * * * *' }),
      ]),
    );
  });
});
