// Tenant isolation, generated from openapi.yaml: every operation with an id in its path is called
// with another account's credentials on this account's ids, and must answer 404 (or 403).
import { type OperationManifest, operations } from '@igny8/contract';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildAccountFixtures } from '../helpers/fixtures.js';
import { call, signup } from '../helpers/http.js';
import { startTestServer, type TestServer } from '../helpers/server.js';

let server: TestServer;
let ids: Record<string, string>;
let victim: Awaited<ReturnType<typeof signup>>;
let intruder: Awaited<ReturnType<typeof signup>>;
let intruderKey: string;
let sectorId: string;

/** A valid body for each operation that takes one, so a 404 cannot be a validation error. */
const bodies: Record<string, () => unknown> = {
  createKeyword: () => ({ phrase: 'intruder keyword' }),
  bulkKeywords: () => ({ create: [{ phrase: 'intruder keyword' }] }),
  importKeywords: () => ({ csv: 'keyword\nintruder keyword' }),
  updateKeyword: () => ({ volume: 1 }),
  startClustering: () => ({}),
  updateCluster: () => ({ name: 'renamed by intruder' }),
  generateIdeas: () => ({ count: 1 }),
  updateIdea: () => ({ title: 'renamed by intruder' }),
  createTask: () => ({ title: 'intruder task' }),
  updateTask: () => ({ title: 'renamed by intruder', status: 'cancelled' }),
  bulkTasks: () => ({ cancel: [ids.task_id], delete: [ids.task_id] }),
  updateContent: () => ({ title: 'renamed by intruder', html: '<p>defaced</p>' }),
  updateImage: () => ({ alt_text: 'defaced' }),
  updateAutomationConfig: () => ({ ideas_per_cluster: 9 }),
  regenerateImage: () => ({ prompt: 'defaced' }),
  updateWriterSettings: () => ({ tone: 'defaced' }),
  publishContent: () => ({ status: 'draft' }),
  retractPublication: () => ({ mode: 'trash' }),
  redrivePublication: () => ({}),
  payInvoice: () => ({ method: 'manual', reference: 'intruder' }),
  setSiteBudget: () => ({ monthly_credit_cap: 1 }),
  updateMember: () => ({ role: 'viewer' }),
  updateSite: () => ({ name: 'Renamed by intruder' }),
  selectSiteSectors: () => ({ sector_ids: [sectorId] }),
  updateWebhookEndpoint: () => ({ description: 'defaced' }),
  replayWebhookDeliveries: () => ({ since: '2020-01-01T00:00:00Z', only_failed: false }),
};

beforeAll(async () => {
  server = await startTestServer();
  ({ owner: victim, ids, sectorId } = await buildAccountFixtures(server));
  intruder = await signup(server.url, 'intruder');
  intruderKey = (
    await call(server.url, 'POST', '/v1/api-keys', {
      token: intruder.access_token,
      body: { name: 'intruder', role: 'admin' },
    })
  ).body.data.secret;
});
afterAll(() => server.close());

/** Ids of platform-wide reference data (the same for every account), not tenant data. */
const GLOBAL_IDS = new Set(['industry_id', 'package_id', 'plan_code']);

const tenantOperations = (Object.values(operations) as OperationManifest[]).filter(
  (op) => op.pathParams.some((p) => !GLOBAL_IDS.has(p)) && !['public', 'authenticated', 'operator'].includes(op.role),
);

describe('cross-tenant access, for every operation with a path id', () => {
  it('covers the operations it should', () => {
    expect(tenantOperations.length).toBeGreaterThanOrEqual(20);
  });

  for (const op of tenantOperations) {
    it(`${op.operationId} (${op.method} ${op.path}) answers 404 to another account`, async () => {
      let path = op.path;
      for (const param of op.pathParams) {
        const value = ids[param];
        if (!value) throw new Error(`no fixture for path parameter ${param}: add one to this test`);
        path = path.replace(`{${param}}`, value);
      }
      if (op.hasBody && !bodies[op.operationId])
        throw new Error(`no valid body for ${op.operationId}: add one to this test`);
      const body = op.hasBody ? bodies[op.operationId]?.() : undefined;
      for (const token of [intruder.access_token, intruderKey]) {
        const res = await call(server.url, op.method, path, { token, body });
        expect([404, 403]).toContain(res.status);
        if (res.status === 403) expect(res.body.error.code).not.toBe('PLAN_LIMIT_REACHED');
        else expect(res.body.error.code).toBe('NOT_FOUND');
      }
    });
  }

  it('left the victim account untouched', async () => {
    const t = victim.access_token;
    const site = await call(server.url, 'GET', `/v1/sites/${ids.site_id}`, { token: t });
    expect(site.body.data.name).toBe('Victim site');
    const keyword = await call(server.url, 'GET', `/v1/sites/${ids.site_id}/keywords/${ids.keyword_id}`, { token: t });
    expect(keyword.status).toBe(200);
    const cluster = await call(server.url, 'GET', `/v1/sites/${ids.site_id}/clusters/${ids.cluster_id}`, { token: t });
    expect(cluster.body.data.name).not.toBe('renamed by intruder');
    const content = await call(server.url, 'GET', `/v1/sites/${ids.site_id}/contents/${ids.content_id}`, { token: t });
    expect(content.body.data.html).toBe('<p>Private</p>');
    expect(content.body.data.title).toBe('Victim content');
    const task = await call(server.url, 'GET', `/v1/sites/${ids.site_id}/tasks/${ids.task_id}`, { token: t });
    expect(task.status).toBe(200);
    expect(task.body.data.title).not.toBe('renamed by intruder');
    expect(task.body.data.status).toBe('queued');
    const idea = await call(server.url, 'GET', `/v1/sites/${ids.site_id}/ideas/${ids.idea_id}`, { token: t });
    expect(idea.body.data).toMatchObject({ status: 'new' });
    expect(idea.body.data.title).not.toBe('renamed by intruder');
    const victimKeywords = await server.deps.db.owner('keywords').where({ account_id: victim.account.id });
    expect(victimKeywords.map((k) => k.phrase)).not.toContain('intruder keyword');
    const members = await call(server.url, 'GET', '/v1/account/members', { token: t });
    expect(members.body.data.find((m: { id: string }) => m.id === ids.member_id).role).toBe('editor');
    const key = await call(server.url, 'GET', `/v1/api-keys/${ids.api_key_id}`, { token: t });
    expect(key.body.data.revoked_at).toBeNull();
    const access = await call(server.url, 'GET', `/v1/sites/${ids.site_id}/access`, { token: t });
    expect(access.body.data).toHaveLength(1);
  });
});

describe('row-level security', () => {
  it('is enabled and forced on every table with an account_id', async () => {
    const { rows } = await server.deps.db.owner.raw(`
      select c.relname, c.relrowsecurity, c.relforcerowsecurity
      from pg_class c join pg_namespace n on n.oid = c.relnamespace
      where n.nspname = 'public' and c.relkind = 'r'
        and (c.relname = 'accounts' or exists (
              select 1 from information_schema.columns col
              where col.table_schema = 'public' and col.table_name = c.relname and col.column_name = 'account_id'))
        -- credentials looked up by hash before any tenant is known; never exposed through the API
        and c.relname <> 'refresh_tokens'`);
    expect(rows.length).toBeGreaterThanOrEqual(8);
    for (const row of rows)
      expect({ table: row.relname, rls: row.relrowsecurity, forced: row.relforcerowsecurity }).toEqual({
        table: row.relname,
        rls: true,
        forced: true,
      });
  });

  it('shows nothing to a tenant query run without a tenant context', async () => {
    const { rows: tables } = await server.deps.db.owner.raw(`
      select c.relname from pg_class c join pg_namespace n on n.oid = c.relnamespace
      where n.nspname = 'public' and c.relkind = 'r' and c.relrowsecurity
        and (c.relname = 'accounts' or exists (
              select 1 from information_schema.columns col
              where col.table_schema = 'public' and col.table_name = c.relname and col.column_name = 'account_id'))`);
    let withRows = 0;
    for (const { relname } of tables) {
      const owned = await server.deps.db.owner(relname).count({ n: '*' }).first();
      if (Number(owned?.n) > 0) withRows++;
      // The application role, in a transaction and outside one, with no tenant set.
      const outside = await server.deps.db.app(relname).count({ n: '*' }).first();
      const inside = await server.deps.db.app.transaction((trx) => trx(relname).count({ n: '*' }).first());
      expect({ table: relname, outside: Number(outside?.n), inside: Number(inside?.n) }).toEqual({
        table: relname,
        outside: 0,
        inside: 0,
      });
    }
    // Most tenant tables hold rows here, so "nothing visible" is not "nothing there".
    expect(withRows).toBeGreaterThanOrEqual(14);
  });

  it("shows one tenant none of another's rows, even when asked by id", async () => {
    const rows = await server.deps.db.app.transaction(async (trx) => {
      await trx.raw("select set_config('app.account_id', ?, true)", [intruder.account.id]);
      return trx('sites').where({ id: ids.site_id });
    });
    expect(rows).toEqual([]);
  });

  it('refuses to write a row into another tenant', async () => {
    const attempt = server.deps.db.app.transaction(async (trx) => {
      await trx.raw("select set_config('app.account_id', ?, true)", [intruder.account.id]);
      const industry = await trx('industries').first('id');
      await trx('sites').insert({ account_id: victim.account.id, name: 'planted', industry_id: industry.id });
    });
    await expect(attempt).rejects.toThrow(/row-level security/);
  });

  it('connects the application as a role that is neither superuser nor owner nor able to bypass RLS', async () => {
    const { rows } = await server.deps.db.app.raw(
      'select rolsuper, rolbypassrls, current_user as name from pg_roles where rolname = current_user',
    );
    expect(rows[0]).toEqual({ rolsuper: false, rolbypassrls: false, name: 'igny8_app' });
    const { rows: owners } = await server.deps.db.owner.raw(
      "select tableowner from pg_tables where tablename = 'sites'",
    );
    expect(owners[0].tableowner).not.toBe('igny8_app');
  });
});
