// The audit log itself: newest first in keyset pages, filtered by action, actor and time; owners only, each account
// its own; append-only whoever asks (the app role by its grants and a trigger, the owner role by the trigger); written
// in the change's own transaction (a rollback leaves nothing); and gone with the account it belongs to.
import type { Knex } from 'knex';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withTenant } from '../../src/db/tenant.js';
import type { Actor } from '../../src/domain/actor.js';
import { recordAudit } from '../../src/domain/audit/index.js';
import { createApiKey } from '../../src/domain/tenancy/api-keys.js';
import { call, signup, type TestResponse, uniqueEmail } from '../helpers/http.js';
import { startTestServer, type TestServer } from '../helpers/server.js';
import { type AuditEvent, auditLog } from './helpers.js';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

/** An account with a few events: keys made by the owner, one of them revoked, one made by a key. */
async function accountWithEvents() {
  const s = await signup(server.url);
  const key = await call(server.url, 'POST', '/v1/api-keys', {
    token: s.access_token,
    body: { name: 'k0', role: 'owner' },
  });
  const secret = key.body.data.secret as string;
  const ids: string[] = [];
  for (let i = 1; i <= 3; i++) {
    const made = await call(server.url, 'POST', '/v1/api-keys', { token: s.access_token, body: { name: `k${i}` } });
    ids.push(made.body.data.api_key.id);
  }
  await call(server.url, 'DELETE', `/v1/api-keys/${ids[0]}`, { token: s.access_token });
  await call(server.url, 'POST', '/v1/api-keys', { token: secret, body: { name: 'by-key' } });
  return { s, keyId: key.body.data.api_key.id as string, secret };
}

const ownerActor = (s: Awaited<ReturnType<typeof signup>>): Actor => ({
  kind: 'user',
  accountId: s.account.id,
  userId: s.user.id,
  role: 'owner',
  siteId: null,
  apiKeyId: null,
});

describe('listing', () => {
  it('pages newest first, with no event skipped or repeated', async () => {
    const { s } = await accountWithEvents();
    const all = await auditLog(server.url, s.access_token);
    expect(all.map((e) => e.action)).toEqual([
      'api_key.created',
      'api_key.revoked',
      'api_key.created',
      'api_key.created',
      'api_key.created',
      'api_key.created',
    ]);
    expect(all.map((e) => e.data.name)).toEqual(['by-key', 'k1', 'k3', 'k2', 'k1', 'k0']);
    const times = all.map((e) => Date.parse(e.created_at));
    expect([...times].sort((a, b) => b - a)).toEqual(times);
    const paged: AuditEvent[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const res: TestResponse = await call(
        server.url,
        'GET',
        `/v1/audit-events?limit=4${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`,
        { token: s.access_token },
      );
      expect(res.status).toBe(200);
      paged.push(...res.body.data);
      cursor = res.body.meta.next_cursor;
      pages++;
    } while (cursor);
    expect(pages).toBe(2);
    expect(paged.map((e) => e.id)).toEqual(all.map((e) => e.id));
    const bad = await call(server.url, 'GET', '/v1/audit-events?cursor=not-a-cursor', { token: s.access_token });
    expect([bad.status, bad.body.error.code]).toEqual([400, 'INVALID_CURSOR']);
  });

  it('filters by action, by actor and by time (since inclusive, until exclusive)', async () => {
    const { s, keyId } = await accountWithEvents();
    const all = await auditLog(server.url, s.access_token);
    const revoked = await auditLog(server.url, s.access_token, { action: 'api_key.revoked' });
    expect(revoked.map((e) => e.data.name)).toEqual(['k1']);
    const byKey = await auditLog(server.url, s.access_token, { actor_id: keyId });
    expect(byKey.map((e) => [e.actor.type, e.data.name])).toEqual([['api_key', 'by-key']]);
    const byOwner = await auditLog(server.url, s.access_token, { actor_id: s.user.id });
    expect(byOwner.map((e) => e.id)).toEqual(all.filter((e) => e.actor.id === s.user.id).map((e) => e.id));
    expect(byOwner).toHaveLength(5);
    const both = await auditLog(server.url, s.access_token, { actor_id: s.user.id, action: 'api_key.revoked' });
    expect(both).toHaveLength(1);
    const middle = all[2] as AuditEvent;
    const since = await auditLog(server.url, s.access_token, { since: middle.created_at });
    expect(since.map((e) => e.id)).toEqual(all.slice(0, 3).map((e) => e.id));
    const until = await auditLog(server.url, s.access_token, { until: middle.created_at });
    expect(until.map((e) => e.id)).toEqual(all.slice(3).map((e) => e.id));
    const window = await auditLog(server.url, s.access_token, {
      since: (all[4] as AuditEvent).created_at,
      until: (all[1] as AuditEvent).created_at,
    });
    expect(window.map((e) => e.id)).toEqual(all.slice(2, 5).map((e) => e.id));
    const unknown = await call(server.url, 'GET', '/v1/audit-events?action=api_key.stolen', { token: s.access_token });
    expect([unknown.status, unknown.body.error.code]).toEqual([400, 'VALIDATION_FAILED']);
  });

  it('is for owners only (an admin, an editor or an admin key gets 403; an owner key may read it)', async () => {
    const { s, secret } = await accountWithEvents();
    await call(server.url, 'POST', '/v1/billing/subscription/change', {
      token: s.access_token,
      body: { plan: 'scale' },
    });
    for (const role of ['admin', 'editor']) {
      const email = uniqueEmail(role);
      await call(server.url, 'POST', '/v1/account/members', { token: s.access_token, body: { email, role } });
      const token = /Token: (\S+)/.exec(server.mailer.lastTo(email)?.text ?? '')?.[1];
      const joined = await call(server.url, 'POST', '/v1/auth/invitations/accept', {
        body: { token, name: role, password: `${role}-password-123` },
      });
      const res = await call(server.url, 'GET', '/v1/audit-events', { token: joined.body.data.access_token });
      expect([role, res.status, res.body.error.code]).toEqual([role, 403, 'INSUFFICIENT_ROLE']);
    }
    const adminKey = await call(server.url, 'POST', '/v1/api-keys', {
      token: s.access_token,
      body: { name: 'admin key', role: 'admin' },
    });
    const refused = await call(server.url, 'GET', '/v1/audit-events', { token: adminKey.body.data.secret });
    expect(refused.status).toBe(403);
    const ownerKey = await call(server.url, 'GET', '/v1/audit-events', { token: secret });
    expect(ownerKey.status).toBe(200);
    expect(ownerKey.body.data.length).toBeGreaterThan(0);
    expect((await call(server.url, 'GET', '/v1/audit-events')).status).toBe(401);
  });

  it('shows an account its own events only', async () => {
    const a = await accountWithEvents();
    const b = await accountWithEvents();
    const ofA = new Set((await auditLog(server.url, a.s.access_token)).map((e) => e.id));
    const ofB = await auditLog(server.url, b.s.access_token);
    expect(ofB.length).toBeGreaterThan(0);
    expect(ofB.filter((e) => ofA.has(e.id))).toEqual([]);
    expect(await auditLog(server.url, b.s.access_token, { actor_id: a.s.user.id })).toEqual([]);
    // Under row-level security as B, A's rows do not exist, whatever the query asks.
    const seen = await withTenant(server.deps.db.app, { accountId: b.s.account.id }, (trx) =>
      trx('audit_events').where({ account_id: a.s.account.id }).select('id'),
    );
    expect(seen).toEqual([]);
  });
});

describe('append-only', () => {
  it('the app role can neither update, delete nor truncate the log', async () => {
    const { s } = await accountWithEvents();
    const tenant = { accountId: s.account.id, userId: s.user.id };
    const attempts = [
      (trx: Knex.Transaction) => trx('audit_events').update({ action: 'auth.login' }),
      (trx: Knex.Transaction) => trx('audit_events').delete(),
      (trx: Knex.Transaction) => trx.raw('truncate audit_events'),
    ];
    for (const attempt of attempts) {
      await expect(withTenant(server.deps.db.app, tenant, attempt)).rejects.toThrow(/permission denied/);
    }
    expect(await auditLog(server.url, s.access_token)).toHaveLength(6);
  });

  it('the owner role’s updates, deletes and truncates are refused by the trigger', async () => {
    const { s } = await accountWithEvents();
    const owner = server.deps.db.owner;
    await expect(owner('audit_events').where({ account_id: s.account.id }).update({ data: '{}' })).rejects.toThrow(
      /audit_events is append-only/,
    );
    await expect(owner('audit_events').where({ account_id: s.account.id }).delete()).rejects.toThrow(
      /audit_events is append-only/,
    );
    await expect(owner.raw('truncate audit_events')).rejects.toThrow(/audit_events is append-only/);
    expect(await owner('audit_events').where({ account_id: s.account.id }).count({ n: '*' }).first()).toEqual({ n: 6 });
  });

  it('records nothing for an action that rolls back, and refuses data that carries a secret', async () => {
    const s = await signup(server.url);
    const actor = ownerActor(s);
    await expect(
      withTenant(server.deps.db.app, { accountId: s.account.id, userId: s.user.id }, async (trx) => {
        await createApiKey(trx, actor, { name: 'doomed' }, new Date());
        throw new Error('the rest of the change failed');
      }),
    ).rejects.toThrow(/the rest of the change failed/);
    expect(await server.deps.db.owner('api_keys').where({ account_id: s.account.id })).toEqual([]);
    expect(await auditLog(server.url, s.access_token)).toEqual([]);
    await expect(
      withTenant(server.deps.db.app, { accountId: s.account.id }, (trx) =>
        recordAudit(trx, {
          actor,
          action: 'webhook_endpoint.secret_rotated',
          targetType: 'webhook_endpoint',
          targetId: crypto.randomUUID(),
          data: { endpoint: { signing_secret: 'whsec_leak' } },
        }),
      ),
    ).rejects.toThrow(/must not carry secrets \(data\.endpoint\.signing_secret\)/);
    expect(await auditLog(server.url, s.access_token)).toEqual([]);
  });
});

describe('an account’s deletion', () => {
  it('takes its log with it, and no other account’s', async () => {
    const a = await accountWithEvents();
    const b = await accountWithEvents();
    const before = (await auditLog(server.url, b.s.access_token)).length;
    const deleted = await call(server.url, 'DELETE', '/v1/account', { token: a.s.access_token });
    expect(deleted.status).toBe(204);
    expect(await server.deps.db.owner('audit_events').where({ account_id: a.s.account.id })).toEqual([]);
    expect(await auditLog(server.url, b.s.access_token)).toHaveLength(before);
  });
});
