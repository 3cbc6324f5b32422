// Notification emails end to end: who is mailed (preferences and role defaults), what the mail looks like (the
// account's brand, escaped HTML), and that mail follows the notification's transaction.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withTenant } from '../../src/db/tenant.js';
import { notify } from '../../src/domain/billing/notifications.js';
import { sendDueNotificationEmails } from '../../src/domain/notifications/emails.js';
import { NOTIFICATION_MAIL_JOB } from '../../src/jobs/notifications.js';
import { DEFAULT_ACCENT } from '../../src/mail/templates.js';
import { call, signup } from '../helpers/http.js';
import { operatorSession, startTestServer, type TestServer, until } from '../helpers/server.js';
import { type Team, team } from './team.js';

let server: TestServer;
let operator: string;

beforeAll(async () => {
  server = await startTestServer();
  operator = await operatorSession(server);
});
afterAll(() => server.close());

/** Runs the mail sweep now, as the worker's job does every minute. */
const sweep = () =>
  sendDueNotificationEmails({
    owner: server.deps.db.owner,
    app: server.deps.db.app,
    mailer: server.mailer,
    now: server.deps.now,
    publicUrl: server.deps.config.publicUrl,
  });

const mailsTo = (email: string, subject: string) =>
  server.mailer.sent.filter((m) => m.to.toLowerCase() === email.toLowerCase() && m.subject === subject);

const prefs = (token: string, preferences: Record<string, unknown>[]) =>
  call(server.url, 'PATCH', '/v1/me/notification-preferences', { token, body: { preferences } });

const kindsListed = async (token: string) =>
  (await call(server.url, 'GET', '/v1/notifications?limit=100', { token })).body.data.map(
    (n: { kind: string }) => n.kind,
  );

/** An invoice paid the real way: a credit package bought, paid by transfer, the transfer approved by the operator. */
async function payAnInvoice(t: Team) {
  const pack = await call(server.url, 'POST', '/v1/admin/credit-packages', {
    token: operator,
    body: { code: `pack-${crypto.randomUUID().slice(0, 8)}`, name: '100 credits', credits: 100, price_cents: 1000 },
  });
  expect(pack.status).toBe(201);
  const bought = await call(server.url, 'POST', `/v1/billing/credit-packages/${pack.body.data.id}/purchase`, {
    token: t.owner.access_token,
  });
  expect(bought.status).toBe(201);
  const payment = await call(server.url, 'POST', `/v1/billing/invoices/${bought.body.data.id}/payments`, {
    token: t.owner.access_token,
    body: { method: 'manual', reference: 'TRANSFER-1' },
  });
  const approved = await call(server.url, 'POST', `/v1/admin/payments/${payment.body.data.id}/approve`, {
    token: operator,
  });
  expect(approved.body.data.status).toBe('succeeded');
}

describe('who is mailed', () => {
  it('each member whose choice or default says email, once; nobody else; in_app false hides it from that member only', async () => {
    const t = await team(server, 'paid');
    // The viewer asks for invoice mail, the admin turns it off, the editor hides it from their list.
    expect((await prefs(t.viewer.access_token, [{ kind: 'invoice.paid', email: true }])).status).toBe(200);
    expect((await prefs(t.admin.access_token, [{ kind: 'invoice.paid', email: false }])).status).toBe(200);
    expect((await prefs(t.editor.access_token, [{ kind: 'invoice.paid', in_app: false }])).status).toBe(200);

    await payAnInvoice(t);
    await sweep();
    await sweep(); // nothing is sent twice
    expect(mailsTo(t.owner.email, 'Invoice paid')).toHaveLength(1);
    expect(mailsTo(t.viewer.email, 'Invoice paid')).toHaveLength(1);
    expect(mailsTo(t.admin.email, 'Invoice paid')).toHaveLength(0);
    expect(mailsTo(t.editor.email, 'Invoice paid')).toHaveLength(0);
    expect(mailsTo(t.owner.email, 'Invoice paid')[0]?.text).toContain('is paid. Thank you.');

    const rows = await server.deps.db.owner('notification_emails').where({ account_id: t.accountId });
    expect(rows.map((r) => r.status)).toEqual(['sent', 'sent']);
    expect(rows.every((r) => r.sent_at && r.attempts === 1 && !r.last_error)).toBe(true);

    expect(await kindsListed(t.owner.access_token)).toContain('invoice.paid');
    expect(await kindsListed(t.admin.access_token)).toContain('invoice.paid');
    expect(await kindsListed(t.editor.access_token)).not.toContain('invoice.paid');
    // An API key reads the account's list, whoever hid what.
    const key = await call(server.url, 'POST', '/v1/api-keys', { token: t.owner.access_token, body: { name: 'k' } });
    expect(await kindsListed(key.body.data.secret)).toContain('invoice.paid');
  });

  it('a site’s notice reaches editors and viewers only on a site granted to them', async () => {
    const t = await team(server, 'site');
    const industry = (await call(server.url, 'GET', '/v1/industries', { token: t.owner.access_token })).body.data[0];
    const site = await call(server.url, 'POST', '/v1/sites', {
      token: t.owner.access_token,
      body: { name: 'Blog', industry_id: industry.id },
    });
    expect(site.status).toBe(201);
    const failed = (n: number) =>
      withTenant(server.deps.db.app, { accountId: t.accountId }, (trx) =>
        notify(trx, {
          accountId: t.accountId,
          kind: 'publication.failed',
          title: `Publication failed ${n}`,
          body: 'WordPress refused the post.',
          data: { site_id: site.body.data.id },
        }),
      );
    await failed(1);
    const grant = await call(server.url, 'PUT', `/v1/sites/${site.body.data.id}/access/${t.editor.user.id}`, {
      token: t.owner.access_token,
    });
    expect(grant.status).toBe(200);
    await failed(2);
    await sweep();
    expect(mailsTo(t.editor.email, 'Publication failed 1')).toHaveLength(0);
    expect(mailsTo(t.editor.email, 'Publication failed 2')).toHaveLength(1);
    for (const n of [1, 2]) {
      expect(mailsTo(t.owner.email, `Publication failed ${n}`)).toHaveLength(1);
      expect(mailsTo(t.admin.email, `Publication failed ${n}`)).toHaveLength(1);
      expect(mailsTo(t.viewer.email, `Publication failed ${n}`)).toHaveLength(0);
    }
  });

  it('the worker’s job sends what the outbox holds', async () => {
    const s = await signup(server.url, 'job');
    await withTenant(server.deps.db.app, { accountId: s.account.id }, async (trx) => {
      await notify(trx, {
        accountId: s.account.id,
        kind: 'subscription.past_due',
        title: 'Sent by the job',
        body: 'x',
      });
      // Instead of waiting for the minute's schedule: the same job, enqueued now.
      await server.deps.jobs.sendJob(trx, NOTIFICATION_MAIL_JOB, {});
    });
    await until('the job to send the mail', async () => mailsTo(s.email, 'Sent by the job')[0], 30_000);
  });
});

describe('the mail', () => {
  it('carries the account’s brand (sender name, signature, colour, logo) and shows HTML in titles as text', async () => {
    const s = await signup(server.url, 'brand');
    const branded = await call(server.url, 'PATCH', '/v1/account', {
      token: s.access_token,
      body: { brand: { name: 'Acme & Sons', color: '#C0FFEE', logo_url: 'https://cdn.example/logo.png?a=1&b=2' } },
    });
    expect(branded.status).toBe(200);
    await withTenant(server.deps.db.app, { accountId: s.account.id }, (trx) =>
      notify(trx, {
        accountId: s.account.id,
        kind: 'credits.threshold_80',
        title: '<script>alert("x")</script> used',
        body: 'Line one <b>bold?</b>\nline two\n\nSecond paragraph',
        dedupeKey: 'brand-test',
      }),
    );
    await sweep();
    const mail = mailsTo(s.email, '<script>alert("x")</script> used')[0];
    expect(mail).toBeDefined();
    expect(mail?.fromName).toBe('Acme & Sons');
    expect(mail?.text).toContain('Line one <b>bold?</b>');
    expect(mail?.text).toMatch(/--\nAcme & Sons\n/);
    expect(mail?.text).toContain(`${server.deps.config.publicUrl}/settings/notifications`);
    const html = mail?.html ?? '';
    expect(html).not.toContain('<script>');
    expect(html).not.toContain('<b>');
    expect(html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; used');
    expect(html).toContain('Line one &lt;b&gt;bold?&lt;/b&gt;<br>line two</p>');
    expect(html).toContain('Second paragraph');
    expect(html).toContain('background:#C0FFEE');
    expect(html).toContain('<img src="https://cdn.example/logo.png?a=1&amp;b=2" alt="Acme &amp; Sons"');
    expect(html).toContain('<p style="margin:24px 0 0">Acme &amp; Sons</p>');
    expect(html).toContain(`href="${server.deps.config.publicUrl}/settings/notifications"`);
  });

  it('without a brand, is signed with the account’s name in Igny8’s colour, without a logo', async () => {
    const s = await signup(server.url, 'plain');
    const account = (await call(server.url, 'GET', '/v1/account', { token: s.access_token })).body.data;
    expect(account.brand).toEqual({ name: null, color: null, logo_url: null });
    await withTenant(server.deps.db.app, { accountId: s.account.id }, (trx) =>
      notify(trx, { accountId: s.account.id, kind: 'invoice.paid', title: 'Plain notice', body: 'Body.' }),
    );
    await sweep();
    const mail = mailsTo(s.email, 'Plain notice')[0];
    expect(mail?.fromName).toBe(account.name);
    expect(mail?.text).toContain(`--\n${account.name}\n`);
    expect(mail?.html).toContain(`background:${DEFAULT_ACCENT}`);
    expect(mail?.html).not.toContain('<img');
  });
});

describe('the outbox follows the notification', () => {
  it('a change that rolled back mails no one; a notice stored once (its dedupe key) is mailed once', async () => {
    const s = await signup(server.url, 'rollback');
    const attempt = withTenant(server.deps.db.app, { accountId: s.account.id }, async (trx) => {
      await notify(trx, { accountId: s.account.id, kind: 'invoice.paid', title: 'Rolled back', body: 'x' });
      expect(await trx('notification_emails').where({ account_id: s.account.id })).toHaveLength(1);
      throw new Error('the change failed');
    });
    await expect(attempt).rejects.toThrow('the change failed');
    for (let i = 0; i < 2; i++) {
      await withTenant(server.deps.db.app, { accountId: s.account.id }, (trx) =>
        notify(trx, { accountId: s.account.id, kind: 'invoice.paid', title: 'Once', body: 'x', dedupeKey: 'once' }),
      );
    }
    await sweep();
    expect(mailsTo(s.email, 'Rolled back')).toHaveLength(0);
    expect(mailsTo(s.email, 'Once')).toHaveLength(1);
    expect(await server.deps.db.owner('notification_emails').where({ account_id: s.account.id })).toHaveLength(1);
  });
});
