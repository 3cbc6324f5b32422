import knexFactory, { type Knex } from 'knex';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bootstrapDatabase, ensureAppRole, migrate, rollbackAll } from '../../src/db/bootstrap.js';
import { INDUSTRIES } from '../../src/db/seeds/industries.js';
import { DEFAULT_PLANS } from '../../src/db/seeds/plans.js';
import { createTestDatabase, type TestDatabase } from '../helpers/database.js';
import { TEST_ENV } from '../helpers/server.js';

let database: TestDatabase;
let owner: Knex;
beforeAll(async () => {
  database = await createTestDatabase();
  owner = knexFactory({ client: 'pg', connection: { connectionString: database.url }, pool: { min: 0, max: 2 } });
});
afterAll(async () => {
  await owner.destroy();
  await database.drop();
});

const tables = async () =>
  (
    await owner.raw(
      "select tablename from pg_tables where schemaname = 'public' and tablename not like 'knex_%' order by 1",
    )
  ).rows.map((r: { tablename: string }) => r.tablename);

describe('the application role', () => {
  it('is set up by many processes at once without one of them failing (roles are cluster-wide)', async () => {
    // Separate pools, so each call has a connection (and a transaction) of its own, as separate processes do.
    const pools = Array.from({ length: 8 }, () =>
      knexFactory({ client: 'pg', connection: { connectionString: database.url }, pool: { min: 0, max: 1 } }),
    );
    try {
      for (let round = 0; round < 3; round++) {
        await Promise.all(pools.map((pool) => ensureAppRole(pool, TEST_ENV.DB_APP_PASSWORD)));
      }
    } finally {
      await Promise.all(pools.map((pool) => pool.destroy()));
    }
  });
});

describe('migrations and seeds', () => {
  it('are brought up by processes starting together on a fresh database, each of them succeeding', async () => {
    // Four processes (two API processes, two workers) started at once: before the bootstrap lock, knex made its tables
    // twice, found its migrations locked, or a grant met "tuple concurrently updated", and a process failed to start.
    for (let round = 0; round < 2; round++) {
      const fresh = await createTestDatabase();
      const pools = Array.from({ length: 4 }, () =>
        knexFactory({ client: 'pg', connection: { connectionString: fresh.url }, pool: { min: 0, max: 2 } }),
      );
      try {
        const results = await Promise.allSettled(
          pools.map((pool) => bootstrapDatabase(pool, { appPassword: TEST_ENV.DB_APP_PASSWORD, manageRole: true })),
        );
        expect(results.map((r) => (r.status === 'rejected' ? String(r.reason) : 'ok'))).toEqual(pools.map(() => 'ok'));
        // One of them applied the migrations, the others found them applied.
        const applied = results.map((r) => (r.status === 'fulfilled' ? r.value.applied.length : -1));
        expect(applied.filter((n) => n > 0)).toHaveLength(1);
      } finally {
        await Promise.all(pools.map((pool) => pool.destroy()));
        await fresh.drop();
      }
    }
  });

  it('migrate up, seed, roll all the way down and up again', async () => {
    await bootstrapDatabase(owner, { appPassword: 'igny8-app-test-password', manageRole: true });
    const up = await tables();
    expect(up).toEqual(
      expect.arrayContaining(['accounts', 'sites', 'memberships', 'api_keys', 'operations', 'refresh_tokens']),
    );
    await rollbackAll(owner);
    expect(await tables()).toEqual([]);
    await migrate(owner);
    expect(await tables()).toEqual(up);
  });

  it('seed plans and at least 10 industries with 5+ sectors each, idempotently', async () => {
    await bootstrapDatabase(owner, { appPassword: 'igny8-app-test-password', manageRole: true });
    await bootstrapDatabase(owner, { appPassword: 'igny8-app-test-password', manageRole: true });
    const plans = await owner('plans').orderBy('sort_order');
    expect(plans.map((p) => p.code)).toEqual(DEFAULT_PLANS.map((p) => p.code));
    const industries = await owner('industries');
    expect(industries.length).toBe(INDUSTRIES.length);
    expect(industries.length).toBeGreaterThanOrEqual(10);
    const perIndustry = await owner('sectors').select('industry_id').count({ n: '*' }).groupBy('industry_id');
    for (const row of perIndustry) expect(Number(row.n)).toBeGreaterThanOrEqual(5);
  });

  it('keeps operator edits to plans across restarts', async () => {
    await owner('plans').where({ code: 'starter' }).update({ credits_per_month: 1234 });
    await bootstrapDatabase(owner, { appPassword: 'igny8-app-test-password', manageRole: true });
    expect((await owner('plans').where({ code: 'starter' }).first()).credits_per_month).toBe(1234);
  });
});
