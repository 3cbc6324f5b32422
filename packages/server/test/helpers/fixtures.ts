// An account holding one of everything a path can name (a site, keyword, cluster, idea, task, content, revision,
// image, publication, automation run, webhook endpoint and delivery, API key, member, invitation, export operation,
// invoice, notification), built through the API where it can be and inserted as the workers leave them where not:
// the tests that walk every operation with a real id for each path parameter share it.
import { call, signup, uniqueEmail } from './http.js';
import { operatorSession, type TestServer } from './server.js';

export interface AccountFixtures {
  /** The owner's session. */
  owner: Awaited<ReturnType<typeof signup>>;
  /** A real id for each path parameter name (`site_id`, `keyword_id`, …). */
  ids: Record<string, string>;
  /** A sector of the site's industry, and the industry. */
  sectorId: string;
  industryId: string;
  /** The member's email (an editor granted the site). */
  memberEmail: string;
  /** The credit package the invoice is for. */
  packageId: string;
  /** The clustering run's operation (an operation naming the site; `ids.operation_id` is the account export). */
  clusteringOperationId: string;
  operatorToken: string;
}

export async function buildAccountFixtures(server: TestServer, label = 'victim'): Promise<AccountFixtures> {
  const victim = await signup(server.url, label);
  const t = victim.access_token;
  await call(server.url, 'POST', '/v1/billing/subscription/change', { token: t, body: { plan: 'growth' } });
  const industry = (await call(server.url, 'GET', '/v1/industries', { token: t })).body.data[0];
  const sectorId = industry.sectors[0].id;
  const site = await call(server.url, 'POST', '/v1/sites', {
    token: t,
    body: { name: 'Victim site', industry_id: industry.id, sector_ids: [sectorId] },
  });
  const memberEmail = uniqueEmail('member');
  await call(server.url, 'POST', '/v1/account/members', { token: t, body: { email: memberEmail, role: 'editor' } });
  const inviteToken = /Token: (\S+)/.exec(server.mailer.lastTo(memberEmail)?.text ?? '')?.[1];
  const joined = await call(server.url, 'POST', '/v1/auth/invitations/accept', {
    body: { token: inviteToken, name: 'Member', password: 'member-password-1' },
  });
  const members = await call(server.url, 'GET', '/v1/account/members', { token: t });
  const member = members.body.data.find((m: { email: string }) => m.email === memberEmail);
  await call(server.url, 'PUT', `/v1/sites/${site.body.data.id}/access/${joined.body.data.user.id}`, { token: t });
  const invitation = await call(server.url, 'POST', '/v1/account/members', {
    token: t,
    body: { email: uniqueEmail('pending'), role: 'viewer' },
  });
  const key = await call(server.url, 'POST', '/v1/api-keys', { token: t, body: { name: 'victim key' } });
  const operation = await call(server.url, 'POST', '/v1/account/exports', { token: t });
  // Billing records: an invoice for a credit package (made by the operator), a payment, a notification.
  const operatorToken = await operatorSession(server);
  const pack = await call(server.url, 'POST', '/v1/admin/credit-packages', {
    token: operatorToken,
    body: { code: 'isolation-pack', name: 'Isolation pack', credits: 100, price_cents: 900 },
  });
  const invoice = await call(server.url, 'POST', `/v1/billing/credit-packages/${pack.body.data.id}/purchase`, {
    token: t,
  });
  await call(server.url, 'POST', `/v1/billing/invoices/${invoice.body.data.id}/payments`, {
    token: t,
    body: { method: 'manual' },
  });
  const [notification] = await server.deps.db
    .owner('notifications')
    .insert({ account_id: victim.account.id, kind: 'test', title: 'For the victim', body: 'Private' })
    .returning('id');
  // Planner records: keywords, a clustering run, its cluster, an idea and the task made from it.
  const siteId = site.body.data.id;
  const phrases = ['compost bin', 'best compost bin', 'compost bin reviews', 'compost bin for kitchen'];
  await call(server.url, 'POST', `/v1/sites/${siteId}/keywords/bulk`, {
    token: t,
    body: { create: phrases.map((phrase) => ({ phrase })) },
  });
  const run = await call(server.url, 'POST', `/v1/sites/${siteId}/clusterings`, { token: t, body: {} });
  await waitForOperation(run.body.data.id, t);
  const cluster = (await call(server.url, 'GET', `/v1/sites/${siteId}/clusters`, { token: t })).body.data[0];
  const ideasRun = await call(server.url, 'POST', `/v1/sites/${siteId}/clusters/${cluster.id}/ideas`, {
    token: t,
    body: { count: 2 },
  });
  await waitForOperation(ideasRun.body.data.id, t);
  const [idea, spare] = (await call(server.url, 'GET', `/v1/sites/${siteId}/ideas`, { token: t })).body.data;
  const task = await call(server.url, 'POST', `/v1/sites/${siteId}/ideas/${spare.id}/queue`, { token: t });
  const keyword = (await call(server.url, 'GET', `/v1/sites/${siteId}/keywords`, { token: t })).body.data[0];
  // Writer records: a content (as the writer leaves it) and its revision.
  const [content] = await server.deps.db
    .owner('contents')
    .insert({ account_id: victim.account.id, site_id: siteId, title: 'Victim content', html: '<p>Private</p>' })
    .returning('id');
  const [revision] = await server.deps.db
    .owner('content_revisions')
    .insert({
      account_id: victim.account.id,
      content_id: content.id,
      number: 1,
      reason: 'generated',
      title: 'Victim content',
      html: '<p>Private</p>',
      word_count: 1,
    })
    .returning('id');
  const [image] = await server.deps.db
    .owner('images')
    .insert({
      account_id: victim.account.id,
      site_id: siteId,
      content_id: content.id,
      kind: 'featured',
      position: 0,
      status: 'pending',
      prompt: 'A private image',
      alt_text: 'Private',
      width: 1200,
      height: 630,
    })
    .returning('id');
  const [publication] = await server.deps.db
    .owner('publications')
    .insert({ account_id: victim.account.id, site_id: siteId, content_id: content.id, status: 'failed' })
    .returning('id');
  const [automationRun] = await server.deps.db
    .owner('automation_runs')
    .insert({
      account_id: victim.account.id,
      site_id: siteId,
      status: 'failed',
      stages: JSON.stringify([]),
      config: JSON.stringify({}),
    })
    .returning('id');
  // A webhook endpoint with an event and its delivery (as emitEvent leaves them, the payload its WebhookEventBase).
  const [webhookEndpoint] = await server.deps.db
    .owner('webhook_endpoints')
    .insert({
      account_id: victim.account.id,
      url: 'https://hooks.example/in',
      events: ['credits.low'],
      secret_sealed: 'x',
    })
    .returning('id');
  const [webhookEvent] = await server.deps.db
    .owner('webhook_events')
    .insert({
      account_id: victim.account.id,
      type: 'webhook.test',
      payload: JSON.stringify({ type: 'webhook.test', timestamp: new Date().toISOString(), data: {} }),
      occurred_at: new Date(),
    })
    .returning('id');
  const [webhookDelivery] = await server.deps.db
    .owner('webhook_deliveries')
    .insert({
      account_id: victim.account.id,
      endpoint_id: webhookEndpoint.id,
      event_id: webhookEvent.id,
      event_type: 'webhook.test',
      status: 'failed',
    })
    .returning('id');
  const ids: Record<string, string> = {
    endpoint_id: webhookEndpoint.id,
    delivery_id: webhookDelivery.id,
    run_id: automationRun.id,
    publication_id: publication.id,
    image_id: image.id,
    site_id: site.body.data.id,
    keyword_id: keyword.id,
    cluster_id: cluster.id,
    idea_id: idea.id,
    task_id: task.body.data.id,
    content_id: content.id,
    revision_id: revision.id,
    member_id: member.id,
    user_id: joined.body.data.user.id,
    invitation_id: invitation.body.data.id,
    api_key_id: key.body.data.api_key.id,
    operation_id: operation.body.data.id,
    invoice_id: invoice.body.data.id,
    notification_id: notification.id,
  };
  for (const [name, value] of Object.entries(ids)) if (!value) throw new Error(`fixture ${name} missing`);
  return {
    owner: victim,
    ids,
    sectorId,
    industryId: industry.id,
    memberEmail,
    packageId: pack.body.data.id,
    clusteringOperationId: run.body.data.id,
    operatorToken,
  };

  async function waitForOperation(id: string, token: string) {
    for (let i = 0; i < 100; i++) {
      const res = await call(server.url, 'GET', `/v1/operations/${id}`, { token });
      if (res.body.data.status === 'succeeded') return;
      if (res.body.data.status === 'failed') throw new Error(JSON.stringify(res.body.data.error));
      await new Promise((r) => setTimeout(r, 100));
    }
    throw new Error('operation did not finish');
  }
}
