// Each audited action, done through the real API (the operator's through its routes, WordPress's signed), appears
// in the account's GET /v1/audit-events with who did it (type, id, label as it was then), what it was done to, what
// changed and the address it came from — and never a secret (no password, API key, token or signing secret).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signRequest } from '../../src/domain/integrations/signing.js';
import { call, signup, signupWithSite, uniqueEmail } from '../helpers/http.js';
import { mailTo, operatorSession, startTestServer, type TestServer } from '../helpers/server.js';
import { auditLog, expectNoSecrets, only } from './helpers.js';

let server: TestServer;
let operator: string;
const OPERATOR_EMAIL = 'audit-operator@example.test';
beforeAll(async () => {
  server = await startTestServer({ env: { ALLOW_PRIVATE_URLS: 'true' } });
  operator = await operatorSession(server, OPERATOR_EMAIL);
});
afterAll(() => server.close());

const tokenIn = (email: string) => /Token: (\S+)/.exec(server.mailer.lastTo(email)?.text ?? '')?.[1] as string;

/** An owner on a plan with room for members. */
async function ownerWithRoom() {
  const owner = await signup(server.url, 'owner');
  const up = await call(server.url, 'POST', '/v1/billing/subscription/change', {
    token: owner.access_token,
    body: { plan: 'scale' },
  });
  expect(up.status).toBe(200);
  return owner;
}

async function invite(token: string, email: string, role = 'editor') {
  const res = await call(server.url, 'POST', '/v1/account/members', { token, body: { email, role } });
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return { invitation: res.body.data as { id: string }, token: tokenIn(email) };
}

describe('sign-in and passwords', () => {
  it('records a sign-in in the account it opens, with the user and the address; a failed one records nothing', async () => {
    const s = await signup(server.url);
    expect(await auditLog(server.url, s.access_token)).toEqual([]);
    const wrong = await call(server.url, 'POST', '/v1/auth/login', {
      body: { email: s.email, password: 'not-it-at-all' },
    });
    expect(wrong.status).toBe(401);
    const ok = await call(server.url, 'POST', '/v1/auth/login', { body: { email: s.email, password: s.password } });
    expect(ok.status).toBe(200);
    const events = await auditLog(server.url, s.access_token);
    expect(events).toHaveLength(1);
    expect(only(events, 'auth.login')).toMatchObject({
      actor: { type: 'user', id: s.user.id, label: s.email },
      target_type: null,
      target_id: null,
      data: {},
      ip: '127.0.0.1',
    });
    expectNoSecrets(events, [s.password, ok.body.data.refresh_token, ok.body.data.access_token]);
  });

  it('records a password change and a reset in every account of the user, by the user', async () => {
    const a = await signup(server.url, 'member');
    const b = await ownerWithRoom();
    const { token: inviteToken } = await invite(b.access_token, a.email);
    const joined = await call(server.url, 'POST', '/v1/auth/invitations/accept', {
      body: { token: inviteToken, password: a.password },
    });
    expect(joined.status).toBe(200);
    const joinedEvent = only(await auditLog(server.url, b.access_token), 'member.joined');
    expect(joinedEvent).toMatchObject({
      actor: { type: 'user', id: a.user.id, label: a.email },
      target_type: 'member',
      data: { user_id: a.user.id, email: a.email, role: 'editor' },
      ip: '127.0.0.1',
    });
    const members = (await call(server.url, 'GET', '/v1/account/members', { token: b.access_token })).body.data;
    expect(joinedEvent.target_id).toBe(members.find((m: { user_id: string }) => m.user_id === a.user.id).id);

    const changed = await call(server.url, 'POST', '/v1/auth/password/change', {
      token: a.access_token,
      body: { current_password: a.password, new_password: 'a-new-password-1' },
    });
    expect(changed.status).toBe(204);
    const before = server.mailer.sent.length;
    const asked = await call(server.url, 'POST', '/v1/auth/password/reset-request', { body: { email: a.email } });
    expect(asked.status).toBe(202);
    const resetToken = /Token: (\S+)/.exec((await mailTo(server, a.email, before)).text)?.[1] as string;
    const reset = await call(server.url, 'POST', '/v1/auth/password/reset-confirm', {
      body: { token: resetToken, new_password: 'a-reset-password-2' },
    });
    expect(reset.status).toBe(204);

    // A's own account: A signs in again (the change ended A's sessions).
    const aToken = (
      await call(server.url, 'POST', '/v1/auth/login', {
        body: { email: a.email, password: 'a-reset-password-2', account_id: a.account.id },
      })
    ).body.data.access_token;
    for (const token of [aToken, b.access_token]) {
      const events = await auditLog(server.url, token, { action: 'auth.password_changed' });
      expect(events.map((e) => e.data)).toEqual([{ method: 'reset' }, { method: 'change' }]);
      for (const e of events) {
        expect(e).toMatchObject({ actor: { type: 'user', id: a.user.id, label: a.email }, target_type: 'user' });
        expect(e.target_id).toBe(a.user.id);
      }
      expectNoSecrets(await auditLog(server.url, token), [
        a.password,
        'a-new-password-1',
        'a-reset-password-2',
        resetToken,
        inviteToken,
      ]);
    }
  });
});

describe('API keys', () => {
  it('records a key created and revoked, by a person or by a key, never with its secret', async () => {
    const s = await signup(server.url);
    const created = await call(server.url, 'POST', '/v1/api-keys', {
      token: s.access_token,
      body: { name: 'backend', role: 'owner' },
    });
    expect(created.status).toBe(201);
    const key = created.body.data.api_key;
    const secret = created.body.data.secret as string;
    // The key itself makes another, then revokes it (twice: the second changes nothing).
    const second = await call(server.url, 'POST', '/v1/api-keys', {
      token: secret,
      body: { name: 'ci', role: 'viewer' },
    });
    expect(second.status).toBe(201);
    for (let i = 0; i < 2; i++) {
      const revoked = await call(server.url, 'DELETE', `/v1/api-keys/${second.body.data.api_key.id}`, {
        token: secret,
      });
      expect(revoked.status).toBe(204);
    }
    const events = await auditLog(server.url, s.access_token);
    expect(events.map((e) => e.action)).toEqual(['api_key.revoked', 'api_key.created', 'api_key.created']);
    const [revoked, byKey, byPerson] = events;
    expect(byPerson).toMatchObject({
      actor: { type: 'user', id: s.user.id, label: s.email },
      target_type: 'api_key',
      target_id: key.id,
      data: { name: 'backend', role: 'owner', site_id: null, expires_at: null },
      ip: '127.0.0.1',
    });
    expect(byKey).toMatchObject({
      actor: { type: 'api_key', id: key.id, label: 'backend' },
      target_id: second.body.data.api_key.id,
      data: { name: 'ci', role: 'viewer' },
    });
    expect(revoked).toMatchObject({
      actor: { type: 'api_key', id: key.id, label: 'backend' },
      target_type: 'api_key',
      target_id: second.body.data.api_key.id,
      data: { name: 'ci' },
    });
    expectNoSecrets(events, [secret, second.body.data.secret]);
  });
});

describe('members, invitations and site access', () => {
  it('records invitations (one replacing another, one revoked), a join, a role change and a removal', async () => {
    const owner = await ownerWithRoom();
    const email = uniqueEmail('invitee');
    const first = await invite(owner.access_token, email, 'viewer');
    const second = await invite(owner.access_token, email, 'editor');
    const other = await invite(owner.access_token, uniqueEmail('other'), 'viewer');
    const revoked = await call(server.url, 'DELETE', `/v1/account/invitations/${other.invitation.id}`, {
      token: owner.access_token,
    });
    expect(revoked.status).toBe(204);
    const joined = await call(server.url, 'POST', '/v1/auth/invitations/accept', {
      body: { token: second.token, name: 'Invitee', password: 'invitee-password-1' },
    });
    expect(joined.status).toBe(200);
    const userId = joined.body.data.user.id as string;
    const members = (await call(server.url, 'GET', '/v1/account/members', { token: owner.access_token })).body.data;
    const memberId = members.find((m: { user_id: string }) => m.user_id === userId).id as string;
    const promoted = await call(server.url, 'PATCH', `/v1/account/members/${memberId}`, {
      token: owner.access_token,
      body: { role: 'admin' },
    });
    expect(promoted.status).toBe(200);
    const removed = await call(server.url, 'DELETE', `/v1/account/members/${memberId}`, { token: owner.access_token });
    expect(removed.status).toBe(204);

    const events = await auditLog(server.url, owner.access_token);
    const by = { type: 'user', id: owner.user.id, label: owner.email };
    expect(events.map((e) => e.action)).toEqual([
      'member.removed',
      'member.role_changed',
      'member.joined',
      'invitation.revoked',
      'member.invited',
      'member.invited',
      'invitation.revoked',
      'member.invited',
      'plan.changed',
    ]);
    const [gone, role, join, revokedOther, invitedOther, invitedAgain, replaced, invitedFirst] = events;
    expect(invitedFirst).toMatchObject({
      actor: by,
      target_type: 'invitation',
      target_id: first.invitation.id,
      data: { email, role: 'viewer' },
    });
    expect(replaced).toMatchObject({
      actor: by,
      target_id: first.invitation.id,
      data: { email, role: 'viewer', replaced_by: second.invitation.id },
    });
    expect(invitedAgain).toMatchObject({ target_id: second.invitation.id, data: { email, role: 'editor' } });
    expect(invitedOther?.target_id).toBe(other.invitation.id);
    expect(revokedOther).toMatchObject({ actor: by, target_type: 'invitation', target_id: other.invitation.id });
    expect(join).toMatchObject({
      actor: { type: 'user', id: userId, label: email },
      target_type: 'member',
      target_id: memberId,
      data: { role: 'editor' },
    });
    expect(role).toMatchObject({
      actor: by,
      target_type: 'member',
      target_id: memberId,
      data: { user_id: userId, email, from: 'editor', to: 'admin' },
    });
    expect(gone).toMatchObject({ actor: by, target_id: memberId, data: { user_id: userId, email, role: 'admin' } });
    expectNoSecrets(events, [first.token, second.token, other.token, 'invitee-password-1']);
  });

  it('records site access granted (once) and revoked', async () => {
    const owner = await ownerWithRoom();
    const industry = (await call(server.url, 'GET', '/v1/industries', { token: owner.access_token })).body.data[0];
    const site = (
      await call(server.url, 'POST', '/v1/sites', {
        token: owner.access_token,
        body: { name: 'Shop', industry_id: industry.id },
      })
    ).body.data;
    const email = uniqueEmail('editor');
    const { token } = await invite(owner.access_token, email);
    const joined = await call(server.url, 'POST', '/v1/auth/invitations/accept', {
      body: { token, name: 'Ed', password: 'editor-password-1' },
    });
    const userId = joined.body.data.user.id as string;
    for (let i = 0; i < 2; i++) {
      const granted = await call(server.url, 'PUT', `/v1/sites/${site.id}/access/${userId}`, {
        token: owner.access_token,
      });
      expect(granted.status).toBe(200);
    }
    const revoked = await call(server.url, 'DELETE', `/v1/sites/${site.id}/access/${userId}`, {
      token: owner.access_token,
    });
    expect(revoked.status).toBe(204);
    const events = await auditLog(server.url, owner.access_token);
    const by = { type: 'user', id: owner.user.id, label: owner.email };
    expect(only(events, 'site_access.granted')).toMatchObject({
      actor: by,
      target_type: 'site',
      target_id: site.id,
      data: { user_id: userId, email },
    });
    expect(only(events, 'site_access.revoked')).toMatchObject({
      actor: by,
      target_type: 'site',
      target_id: site.id,
      data: { user_id: userId, email },
    });
  });
});

describe('the plan', () => {
  it('records an upgrade (now), a downgrade (at the period’s end) and its cancellation, from and to', async () => {
    const s = await signup(server.url);
    for (const plan of ['growth', 'starter', 'growth']) {
      const res = await call(server.url, 'POST', '/v1/billing/subscription/change', {
        token: s.access_token,
        body: { plan },
      });
      expect(res.status).toBe(200);
    }
    const subscription = (await call(server.url, 'GET', '/v1/billing/subscription', { token: s.access_token })).body
      .data;
    const events = await auditLog(server.url, s.access_token, { action: 'plan.changed' });
    expect(events.map((e) => e.data)).toEqual([
      { from: 'growth', to: 'growth', effective: 'now', cancelled: 'starter' },
      { from: 'growth', to: 'starter', effective: 'period_end' },
      { from: 'free', to: 'growth', effective: 'now' },
    ]);
    for (const e of events) {
      expect(e).toMatchObject({
        actor: { type: 'user', id: s.user.id, label: s.email },
        target_type: 'subscription',
        target_id: subscription.id,
      });
    }
  });
});

describe('the operator', () => {
  it('records credits, status, AI settings and payment decisions in the account’s log, as the operator', async () => {
    const s = await signup(server.url);
    const account = s.account.id;
    const put = (path: string, body: unknown, method = 'PUT') =>
      call(server.url, method, `/v1/admin/accounts/${account}${path}`, { token: operator, body });
    expect((await put('/credits', { pool: 'bonus', amount: 250, reason: 'goodwill' }, 'POST')).status).toBe(200);
    // Refused (below zero): rolled back, so not recorded.
    expect((await put('/credits', { pool: 'plan', amount: -1000, reason: 'too much' }, 'POST')).status).toBe(422);
    expect((await put('/status', { status: 'suspended', reason: 'chargeback' })).status).toBe(200);
    expect((await put('/status', { status: 'active', reason: 'resolved' })).status).toBe(200);
    expect((await put('/ai', { provider: 'local' })).status).toBe(200);
    // Two bank transfers: one approved, one rejected.
    const decided: Record<string, string> = {};
    for (const decision of ['approve', 'reject']) {
      const upgrade = await call(server.url, 'POST', '/v1/billing/subscription/change', {
        token: s.access_token,
        body: { plan: decision === 'approve' ? 'starter' : 'growth' },
      });
      const invoice = upgrade.body.data.invoice;
      const payment = await call(server.url, 'POST', `/v1/billing/invoices/${invoice.id}/payments`, {
        token: s.access_token,
        body: { method: 'manual', reference: `TRANSFER-${decision}` },
      });
      expect(payment.body.data.status).toBe('pending_approval');
      const res = await call(server.url, 'POST', `/v1/admin/payments/${payment.body.data.id}/${decision}`, {
        token: operator,
        ...(decision === 'reject' ? { body: { reason: 'no transfer arrived' } } : {}),
      });
      expect(res.status, JSON.stringify(res.body)).toBe(200);
      decided[decision] = payment.body.data.id;
    }

    const operatorRow = await server.deps.db.owner('operators').where({ email: OPERATOR_EMAIL }).first('id');
    const by = { type: 'operator', id: operatorRow.id, label: OPERATOR_EMAIL };
    const events = await auditLog(server.url, s.access_token);
    expect(only(events, 'credits.adjusted')).toMatchObject({
      actor: by,
      target_type: 'account',
      target_id: account,
      data: { pool: 'bonus', amount: 250, reason: 'goodwill' },
      ip: '127.0.0.1',
    });
    const statuses = events.filter((e) => e.action === 'account.status_changed');
    expect(statuses.map((e) => e.data)).toEqual([
      { from: 'suspended', to: 'active', reason: 'resolved' },
      { from: 'trial', to: 'suspended', reason: 'chargeback' },
    ]);
    for (const e of statuses) expect(e).toMatchObject({ actor: by, target_type: 'account', target_id: account });
    expect(only(events, 'account.ai_settings_changed')).toMatchObject({
      actor: by,
      target_type: 'account',
      target_id: account,
      data: { from: null, to: { provider: 'local' } },
    });
    expect(only(events, 'payment.approved')).toMatchObject({
      actor: by,
      target_type: 'payment',
      target_id: decided.approve,
      data: { payment_id: decided.approve, currency: 'USD' },
    });
    expect(only(events, 'payment.rejected')).toMatchObject({
      actor: by,
      target_type: 'payment',
      target_id: decided.reject,
      data: { payment_id: decided.reject, reason: 'no transfer arrived' },
    });
    expectNoSecrets(events, [operator]);
  });

  it('files a decision on a payment whose account was deleted in its own log (payments outlive accounts)', async () => {
    const s = await signup(server.url);
    const upgrade = await call(server.url, 'POST', '/v1/billing/subscription/change', {
      token: s.access_token,
      body: { plan: 'starter' },
    });
    const payment = await call(server.url, 'POST', `/v1/billing/invoices/${upgrade.body.data.invoice.id}/payments`, {
      token: s.access_token,
      body: { method: 'manual', reference: 'TRANSFER-late' },
    });
    expect((await call(server.url, 'DELETE', '/v1/account', { token: s.access_token })).status).toBe(204);
    const rejected = await call(server.url, 'POST', `/v1/admin/payments/${payment.body.data.id}/reject`, {
      token: operator,
      body: { reason: 'the account is gone' },
    });
    expect(rejected.status, JSON.stringify(rejected.body)).toBe(200);
    const kept = await server.deps.db
      .owner('audit_events')
      .where({ action: 'payment.rejected' })
      .whereRaw("data->>'payment_id' = ?", [payment.body.data.id]);
    expect(kept).toMatchObject([{ account_id: null, actor_type: 'operator', data: { reason: 'the account is gone' } }]);
  });

  it('keeps its catalogue changes out of every account’s log', async () => {
    const s = await signup(server.url);
    const res = await call(server.url, 'POST', '/v1/admin/credit-packages', {
      token: operator,
      body: { code: `pack-${crypto.randomUUID().slice(0, 8)}`, name: 'Pack', credits: 10, price_cents: 100 },
    });
    expect(res.status).toBe(201);
    expect(await auditLog(server.url, s.access_token)).toEqual([]);
    const kept = await server.deps.db.owner('audit_events').where({ action: 'credit_package.create' });
    expect(kept.map((e) => e.account_id)).toEqual([null]);
  });
});

describe('WordPress connections', () => {
  async function connect(siteId: string, token: string) {
    const code = (await call(server.url, 'POST', `/v1/sites/${siteId}/integration/connection-code`, { token })).body
      .data.code as string;
    const connected = await call(server.url, 'POST', '/v1/integrations/wordpress/connect', {
      body: { code, site_url: 'http://127.0.0.1:9', rest_url: 'http://127.0.0.1:9/wp-json/', plugin_version: '1.2.0' },
    });
    expect(connected.status).toBe(200);
    return { code, secret: connected.body.data.secret as string };
  }
  const signed = (siteId: string, secret: string, path: string) =>
    call(server.url, 'POST', path, {
      headers: signRequest({ siteId, secret, method: 'POST', path, body: '' }),
    });

  it('records a connection and a rotation by the site, and a disconnection by the site or by a person', async () => {
    const { s, site } = await signupWithSite(server.url, 'Blog');
    const first = await connect(site.id, s.access_token);
    const rotated = await signed(site.id, first.secret, '/v1/integrations/wordpress/rotate');
    expect(rotated.status).toBe(200);
    const newSecret = rotated.body.data.secret as string;
    expect((await signed(site.id, newSecret, '/v1/integrations/wordpress/disconnect')).status).toBe(204);
    const second = await connect(site.id, s.access_token);
    const byPerson = await call(server.url, 'DELETE', `/v1/sites/${site.id}/integration`, { token: s.access_token });
    expect(byPerson.status).toBe(204);
    // Disconnecting what is not connected changes nothing, and records nothing.
    expect(
      (await call(server.url, 'DELETE', `/v1/sites/${site.id}/integration`, { token: s.access_token })).status,
    ).toBe(204);

    const events = await auditLog(server.url, s.access_token);
    expect(events.map((e) => e.action)).toEqual([
      'integration.disconnected',
      'integration.connected',
      'integration.disconnected',
      'integration.rotated',
      'integration.connected',
    ]);
    const theSite = { type: 'site', id: site.id, label: 'Blog' };
    for (const e of events) expect(e).toMatchObject({ target_type: 'site', target_id: site.id, ip: '127.0.0.1' });
    const [personGone, again, siteGone, rotation, connected] = events;
    expect(connected).toMatchObject({
      actor: theSite,
      data: { wordpress_url: 'http://127.0.0.1:9', plugin_version: '1.2.0', reconnected: false },
    });
    expect(rotation?.actor).toEqual(theSite);
    expect(siteGone).toMatchObject({ actor: theSite, data: { wordpress_url: 'http://127.0.0.1:9' } });
    expect(again?.actor).toEqual(theSite);
    expect(personGone).toMatchObject({ actor: { type: 'user', id: s.user.id, label: s.email } });
    expectNoSecrets(events, [first.code, first.secret, newSecret, second.code, second.secret]);
  });
});

describe('widget sessions', () => {
  it('act as the person behind them: the issuing user, or who the site says', async () => {
    const { s, site } = await signupWithSite(server.url, 'Widgets');
    const byUser = await call(server.url, 'POST', '/v1/widget-sessions', {
      token: s.access_token,
      body: { site_id: site.id, features: ['settings'] },
    });
    expect(byUser.status).toBe(201);
    const code = (
      await call(server.url, 'POST', `/v1/sites/${site.id}/integration/connection-code`, { token: s.access_token })
    ).body.data.code;
    const secret = (
      await call(server.url, 'POST', '/v1/integrations/wordpress/connect', {
        body: { code, site_url: 'http://127.0.0.1:9' },
      })
    ).body.data.secret as string;
    const body = JSON.stringify({ site_id: site.id, features: ['settings'], user: { id: 7, name: 'wp-admin' } });
    const bySite = await call(server.url, 'POST', '/v1/widget-sessions', {
      headers: {
        ...signRequest({ siteId: site.id, secret, method: 'POST', path: '/v1/widget-sessions', body }),
        'content-type': 'application/json',
      },
      rawBody: body,
    });
    expect(bySite.status, JSON.stringify(bySite.body)).toBe(201);
    for (const [name, session] of [
      ['from-user', byUser],
      ['from-site', bySite],
    ] as const) {
      const created = await call(server.url, 'POST', '/v1/api-keys', {
        token: session.body.data.token,
        body: { name, role: 'viewer', site_id: site.id },
      });
      expect(created.status, JSON.stringify(created.body)).toBe(201);
    }
    const events = await auditLog(server.url, s.access_token, { action: 'api_key.created' });
    expect(events.map((e) => [e.data.name, e.actor])).toEqual([
      ['from-site', { type: 'user', id: null, label: `wordpress:${site.id}:7` }],
      ['from-user', { type: 'user', id: s.user.id, label: s.email }],
    ]);
  });
});
