// Tenant isolation, generated from openapi.yaml: the tenancy matrix. Every operation naming a tenant's row by id, in
// its path or in its request body (every `format: uuid` field of the body schema), is called with each credential
// that must not reach the row: another account's owner and its API key (on every such operation), and, within the
// victim's account, an API key restricted to site B and a widget session for site B (on the operations naming a
// row of site A). Ids of reference data shared by every account (GLOBAL_IDS) are left out, and asserted shared.
// The rule: 404 NOT_FOUND or 403 (not a plan limit), never data; a body id is tried twice, on the victim's path and
// from the caller's own site, where a per-item operation (bulk) answers 200 counting nothing and every item
// NOT_FOUND. No answer may show a victim's id it was not sent, or a victim's name; and after the matrix the victim's
// rows (count and latest updated_at of every tenant table, site B's left out) are as before.
import { document, type OperationManifest, operations } from '@igny8/contract';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signRequest } from '../../src/domain/integrations/signing.js';
import { call, signup, uniqueEmail } from '../helpers/http.js';
import { operatorSession, startTestServer, type TestServer } from '../helpers/server.js';

let server: TestServer;
let ids: Record<string, string>;
let victim: Awaited<ReturnType<typeof signup>>;
let intruder: Awaited<ReturnType<typeof signup>>;
let intruderKey: string;
let sectorId: string;
let industryId: string;
let globalIds: Record<string, string>;
/** The victim's ids, but for one of site A's operations (a clustering run) and a key of site A. */
let siteAIds: Record<string, string>;
let siteBId: string;
let siteBKey: string;
let siteBWidget: string;
let intruderSiteId: string;
let memberEmail: string;
let checksumBefore: unknown;

/** A valid body for each operation that takes one, so a 404 cannot be a validation error. */
const bodies: Record<string, () => unknown> = {
  createKeyword: () => ({ phrase: 'intruder keyword', sector_id: sectorId }),
  bulkKeywords: () => ({
    create: [{ phrase: 'intruder keyword', sector_id: sectorId }],
    update: [{ id: ids.keyword_id, volume: 1 }],
    delete: [ids.keyword_id],
  }),
  importKeywords: () => ({ csv: 'keyword\nintruder keyword', sector_id: sectorId }),
  updateKeyword: () => ({ volume: 1 }),
  startClustering: () => ({ sector_id: sectorId }),
  updateCluster: () => ({ name: 'renamed by intruder' }),
  generateIdeas: () => ({ count: 1 }),
  updateIdea: () => ({ title: 'renamed by intruder' }),
  createTask: () => ({ idea_id: ids.idea_id, title: 'intruder task' }),
  updateTask: () => ({ title: 'renamed by intruder', status: 'cancelled' }),
  bulkTasks: () => ({
    status: [{ id: ids.task_id, status: 'cancelled' }],
    cancel: [ids.task_id],
    delete: [ids.task_id],
  }),
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
  updateSite: () => ({ name: 'Renamed by intruder', industry_id: industryId }),
  selectSiteSectors: () => ({ sector_ids: [sectorId] }),
  updateWebhookEndpoint: () => ({ description: 'defaced' }),
  createApiKey: () => ({ name: 'intruder key', role: 'viewer', site_id: ids.site_id }),
  createWidgetSession: () => ({ site_id: ids.site_id, role: 'viewer', features: ['overview'] }),
  replayWebhookDeliveries: () => ({ since: '2020-01-01T00:00:00Z', only_failed: false }),
};

beforeAll(async () => {
  server = await startTestServer();
  victim = await signup(server.url, 'victim');
  intruder = await signup(server.url, 'intruder');
  const t = victim.access_token;
  await call(server.url, 'POST', '/v1/billing/subscription/change', { token: t, body: { plan: 'growth' } });
  const industry = (await call(server.url, 'GET', '/v1/industries', { token: t })).body.data[0];
  sectorId = industry.sectors[0].id;
  industryId = industry.id;
  const site = await call(server.url, 'POST', '/v1/sites', {
    token: t,
    body: { name: 'Victim site', industry_id: industry.id, sector_ids: [sectorId] },
  });
  memberEmail = uniqueEmail('member');
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
  // A webhook endpoint with an event and its delivery (as emitEvent leaves them).
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
      payload: JSON.stringify({}),
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
  ids = {
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
  intruderKey = (
    await call(server.url, 'POST', '/v1/api-keys', {
      token: intruder.access_token,
      body: { name: 'intruder', role: 'admin' },
    })
  ).body.data.secret;
  globalIds = { industry_id: industryId, sector_id: sectorId, package_id: pack.body.data.id, plan_code: 'growth' };
  const siteAKey = await call(server.url, 'POST', '/v1/api-keys', {
    token: t,
    body: { name: 'site A key', role: 'editor', site_id: ids.site_id },
  });
  siteAIds = { ...ids, operation_id: run.body.data.id, api_key_id: siteAKey.body.data.api_key.id };
  // Within the victim's account, a second site B, and what is restricted to it: an admin API key and a widget
  // session opening every feature (so a refusal on site A is the site's, not a missing feature's).
  const siteB = await call(server.url, 'POST', '/v1/sites', {
    token: t,
    body: { name: 'Second site', industry_id: industryId, sector_ids: [sectorId] },
  });
  siteBId = siteB.body.data.id;
  siteBKey = (
    await call(server.url, 'POST', '/v1/api-keys', {
      token: t,
      body: { name: 'site B key', role: 'admin', site_id: siteBId },
    })
  ).body.data.secret;
  const widget = await call(server.url, 'POST', '/v1/widget-sessions', {
    token: t,
    body: {
      site_id: siteBId,
      role: 'admin',
      features: ['overview', 'keywords', 'writer', 'automation', 'publishing', 'billing', 'settings'],
    },
  });
  siteBWidget = widget.body.data.token;
  const intruderSite = await call(server.url, 'POST', '/v1/sites', {
    token: intruder.access_token,
    body: { name: 'Intruder site', industry_id: industryId, sector_ids: [sectorId] },
  });
  intruderSiteId = intruderSite.body.data.id;
  for (const [name, value] of Object.entries({ siteBId, siteBKey, siteBWidget, intruderSiteId }))
    if (!value) throw new Error(`fixture ${name} missing`);
  checksumBefore = await victimChecksum();
});
afterAll(() => server.close());

async function waitForOperation(id: string, token: string) {
  for (let i = 0; i < 100; i++) {
    const res = await call(server.url, 'GET', `/v1/operations/${id}`, { token });
    if (res.body.data.status === 'succeeded') return;
    if (res.body.data.status === 'failed') throw new Error(JSON.stringify(res.body.data.error));
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('operation did not finish');
}

/**
 * Tables the job workers update on their own schedule, whatever the requests do: their rows are counted, but their
 * latest update is not compared (the mail outbox sends the fixtures' notifications while the matrix runs).
 */
const BACKGROUND_TABLES = ['notification_emails'];

/**
 * What the victim's account holds, table by table: how many rows, and the latest update of one. Site B's rows are
 * left out: they are the site-restricted credentials' own to change.
 */
async function victimChecksum() {
  const { rows } = await server.deps.db.owner.raw(`
    select table_name, bool_or(column_name = 'updated_at') as has_updated_at,
           bool_or(column_name = 'site_id') as has_site_id
    from information_schema.columns where table_schema = 'public'
    group by table_name having bool_or(column_name = 'account_id') order by table_name`);
  const sums: Record<string, { rows: number; updated: string | null }> = {};
  for (const { table_name, has_updated_at, has_site_id } of rows) {
    const q = server.deps.db.owner(table_name).where({ account_id: victim.account.id }).count({ n: '*' });
    if (has_site_id) q.where((w) => w.whereNull('site_id').orWhereNot('site_id', siteBId));
    if (has_updated_at && !BACKGROUND_TABLES.includes(table_name)) q.max({ updated: 'updated_at' });
    const row: any = await q.first();
    sums[table_name] = { rows: Number(row.n), updated: row.updated ? new Date(row.updated).toISOString() : null };
  }
  return sums;
}

/** Everything of the victim another account must never be shown: every id, and the names and addresses. */
const victimSecrets = () =>
  [
    ...Object.values(ids),
    siteAIds.operation_id,
    siteAIds.api_key_id,
    siteBId,
    victim.account.id,
    victim.user.id,
    victim.email,
    memberEmail,
    'Victim site',
    'Second site',
    'Victim content',
    'compost bin',
    'For the victim',
    'A private image',
  ].filter((secret): secret is string => Boolean(secret));
/** What of site A a credential restricted to site B must never be shown. */
const siteASecrets = () =>
  [
    ...['site_id', 'keyword_id', 'cluster_id', 'idea_id', 'task_id', 'content_id', 'revision_id', 'image_id'].map(
      (k) => ids[k],
    ),
    ids.publication_id,
    ids.run_id,
    siteAIds.operation_id,
    siteAIds.api_key_id,
    'Victim site',
    'Victim content',
    'compost bin',
    'A private image',
  ].filter((secret): secret is string => Boolean(secret));

/**
 * Ids of platform-wide reference data (the same for every account, on purpose), not tenant data: an operation whose
 * only ids are these is not in the matrix, and a body field naming one of these is given a real global id.
 */
const GLOBAL_IDS = ['industry_id', 'sector_id', 'package_id', 'plan_code'] as const;
/**
 * Ids of the account rather than of one of its sites: a site-restricted credential is not tried on them (the team
 * and billing are the account's; webhook endpoints refuse such a credential outright). API keys are a site's when
 * restricted to one, so a key of site A is in the matrix.
 */
const ACCOUNT_LEVEL_IDS = [
  'member_id',
  'user_id',
  'invitation_id',
  'invoice_id',
  'notification_id',
  'endpoint_id',
  'delivery_id',
] as const;
/** Body uuid fields not named `<thing>_id` / `<thing>_ids`: which fixture each one takes. */
const BODY_ID_FIXTURES: Record<string, Record<string, string>> = {
  bulkKeywords: { 'update.*.id': 'keyword_id', 'delete.*': 'keyword_id' },
  bulkTasks: { 'status.*.id': 'task_id', 'cancel.*': 'task_id', 'delete.*': 'task_id' },
};
/**
 * Operations answering 200 with a result per item (`errors: [{ index, code }]`): refusing an item there is a
 * NOT_FOUND in that list, the rest of the batch going on, so their rule is "nothing counted, every item NOT_FOUND".
 */
const PER_ITEM_OPERATIONS = ['bulkKeywords', 'bulkTasks'];

type Manifest = OperationManifest;
const spec = document as {
  paths: Record<string, Record<string, { requestBody?: { content: Record<string, { schema: unknown }> } }>>;
  components: { schemas: Record<string, unknown> };
};

/** The paths (`*` for array items) of every `format: uuid` field of an operation's JSON request body. */
function bodyIdPaths(op: Manifest): string[] {
  const schema = spec.paths[op.path]?.[op.method.toLowerCase()]?.requestBody?.content['application/json']?.schema;
  const found = new Set<string>();
  const walk = (node: any, path: string[], seen: Set<unknown>) => {
    while (node?.$ref) node = spec.components.schemas[node.$ref.split('/').pop()];
    if (!node || typeof node !== 'object' || seen.has(node)) return;
    const inner = new Set(seen).add(node);
    if (node.format === 'uuid') found.add(path.join('.'));
    for (const key of ['allOf', 'oneOf', 'anyOf']) for (const s of node[key] ?? []) walk(s, path, inner);
    if (node.items) walk(node.items, [...path, '*'], inner);
    for (const [name, s] of Object.entries(node.properties ?? {})) walk(s, [...path, name], inner);
  };
  if (schema) walk(schema, [], new Set());
  return [...found];
}

/** The fixture a body uuid field takes: declared, else `site_id` for `site_id`, `sector_id` for `sector_ids.*`. */
function fixtureOf(op: Manifest, path: string): string {
  const declared = BODY_ID_FIXTURES[op.operationId]?.[path];
  if (declared) return declared;
  const name = /(?:^|\.)([a-z_]+_id)s?(?:\.\*)?$/.exec(path)?.[1];
  if (!name) throw new Error(`${op.operationId}: say which fixture body field ${path} takes (BODY_ID_FIXTURES)`);
  return name;
}

/** Every value at `path` (`*` for array items) in `value`. */
function valuesAt(value: unknown, path: string[]): unknown[] {
  const [head, ...rest] = path;
  if (head === undefined) return [value];
  if (head === '*') return Array.isArray(value) ? value.flatMap((v) => valuesAt(v, rest)) : [];
  if (value && typeof value === 'object' && head in value) return valuesAt((value as any)[head], rest);
  return [];
}

const isGlobal = (name: string) => (GLOBAL_IDS as readonly string[]).includes(name);
const candidates = (Object.values(operations) as Manifest[]).filter(
  (op) => !['public', 'authenticated', 'operator'].includes(op.role) && op.auth !== 'signature',
);
/** Every operation naming a tenant's row by id, in its path or its body. */
const tenantOperations = candidates.filter(
  (op) => op.pathParams.some((p) => !isGlobal(p)) || bodyIdPaths(op).some((path) => !isGlobal(fixtureOf(op, path))),
);
/** Of those, the ones naming a row of one site (a site-restricted credential must not reach it from another). */
const siteOperations = tenantOperations.filter(
  (op) =>
    !op.pathParams.some((p) => (ACCOUNT_LEVEL_IDS as readonly string[]).includes(p)) &&
    (op.pathParams.some((p) => ['site_id', 'operation_id', 'api_key_id'].includes(p)) ||
      bodyIdPaths(op).some((path) => fixtureOf(op, path) === 'site_id')),
);
/** Operations whose body names tenant rows and whose path is no more than a site: tried from the caller's own site. */
const bodyIdOperations = tenantOperations.filter(
  (op) => op.pathParams.every((p) => p === 'site_id') && bodyIdPaths(op).some((path) => !isGlobal(fixtureOf(op, path))),
);

interface Attacker {
  name: string;
  token: () => string;
  /** The site the attacker may use (its own), for the path of a body-id attempt. */
  ownSite: () => string;
  /** The victim's strings it must never be shown. */
  secrets: () => string[];
  /** Whether it is tried on every tenant operation or only on the site ones. */
  scope: 'account' | 'site';
}

let matrixCalls = 0;
let matrixStarted = 0;
const findings: string[] = [];

/** The rule, for one answer: 404 NOT_FOUND, or 403 (not a plan limit); for a per-item operation, 200 all NOT_FOUND. */
function refusalProblem(op: Manifest, res: { status: number; body: any }): string | null {
  if (res.status === 404) return res.body?.error?.code === 'NOT_FOUND' ? null : `404 ${res.body?.error?.code}`;
  if (res.status === 403) return res.body?.error?.code === 'PLAN_LIMIT_REACHED' ? '403 PLAN_LIMIT_REACHED' : null;
  if (res.status === 200 && PER_ITEM_OPERATIONS.includes(op.operationId)) {
    const d = res.body?.data ?? {};
    // What it creates goes to the caller's own site (the path's), so only changes to named rows count.
    const counted = ['updated', 'cancelled', 'deleted'].some((k) => (d[k] ?? 0) > 0);
    const allNotFound = (d.errors ?? []).length > 0 && d.errors.every((e: any) => e.code === 'NOT_FOUND');
    return !counted && allNotFound ? null : `200 ${JSON.stringify(d)}`;
  }
  return `${res.status} ${JSON.stringify(res.body).slice(0, 300)}`;
}

async function attempt(op: Manifest, attacker: Attacker, pathIds: Record<string, string>, label: string) {
  let path = op.path;
  for (const param of op.pathParams) {
    const value = pathIds[param];
    if (!value) throw new Error(`no fixture for path parameter ${param}: add one to this test`);
    path = path.replace(`{${param}}`, value);
  }
  if (op.hasBody && !bodies[op.operationId]) throw new Error(`no valid body for ${op.operationId}: add one`);
  const body = op.hasBody ? bodies[op.operationId]?.() : undefined;
  const res = await call(server.url, op.method, path, { token: attacker.token(), body });
  matrixCalls++;
  const problem = refusalProblem(op, res);
  const sent = `${path} ${JSON.stringify(body ?? null)}`;
  // The victim's ids the request did not carry, and its names: an answer showing one has leaked it.
  const shown = JSON.stringify(res.body ?? '');
  const leaked = attacker.secrets().filter((secret) => !sent.includes(secret) && shown.includes(secret));
  const found = [
    ...(problem ? [`${op.operationId} ${label} as ${attacker.name}: ${problem}`] : []),
    ...(leaked.length ? [`${op.operationId} ${label} as ${attacker.name}: shows ${leaked.join(', ')}`] : []),
  ];
  findings.push(...found);
  return found;
}

const attackers: Attacker[] = [
  {
    name: "another account's owner",
    token: () => intruder.access_token,
    ownSite: () => intruderSiteId,
    secrets: () => victimSecrets(),
    scope: 'account',
  },
  {
    name: "another account's API key",
    token: () => intruderKey,
    ownSite: () => intruderSiteId,
    secrets: () => victimSecrets(),
    scope: 'account',
  },
  {
    name: 'an API key of the same account restricted to site B',
    token: () => siteBKey,
    ownSite: () => siteBId,
    secrets: () => siteASecrets(),
    scope: 'site',
  },
  {
    name: 'a widget session of the same account for site B',
    token: () => siteBWidget,
    ownSite: () => siteBId,
    secrets: () => siteASecrets(),
    scope: 'site',
  },
];

describe('the tenancy matrix: every operation naming a row by id, with every credential that must not reach it', () => {
  it('covers the operations it should, and its declared lists name real things', () => {
    expect(tenantOperations.length).toBeGreaterThanOrEqual(90);
    expect(siteOperations.length).toBeGreaterThanOrEqual(70);
    expect(bodyIdOperations.map((op) => op.operationId).sort()).toEqual(
      expect.arrayContaining(['bulkKeywords', 'bulkTasks', 'createApiKey', 'createTask', 'createWidgetSession']),
    );
    for (const id of [...Object.keys(BODY_ID_FIXTURES), ...PER_ITEM_OPERATIONS]) expect(operations).toHaveProperty(id);
  });

  it('leaves out only ids that really are shared: another account reads the industry and sector the victim uses', async () => {
    const industry = await call(server.url, 'GET', `/v1/industries/${industryId}`, { token: intruder.access_token });
    expect(industry.status).toBe(200);
    expect(industry.body.data.sectors.map((s: { id: string }) => s.id)).toContain(sectorId);
    // No account owns a row of the reference tables.
    for (const table of ['industries', 'sectors']) {
      const { rows } = await server.deps.db.owner.raw(
        "select 1 from information_schema.columns where table_name = ? and column_name = 'account_id'",
        [table],
      );
      expect({ table, tenant: rows.length > 0 }).toEqual({ table, tenant: false });
    }
  });

  it('gives, in every body of the matrix, each id field the victim id (or a global one)', () => {
    for (const op of tenantOperations) {
      if (!op.hasBody) continue;
      const body = bodies[op.operationId]?.();
      if (!body) throw new Error(`no valid body for ${op.operationId}: add one to this test`);
      for (const path of bodyIdPaths(op)) {
        const fixture = fixtureOf(op, path);
        const values = valuesAt(body, path.split('.'));
        const expected = isGlobal(fixture) ? globalIds[fixture] : ids[fixture];
        if (!expected) throw new Error(`${op.operationId}: no fixture ${fixture} for body field ${path}`);
        // Every id field the operation declares is sent (optional ones too), so none of them goes untried.
        expect({ op: op.operationId, path, values }).toEqual({ op: op.operationId, path, values: [expected] });
      }
    }
  });

  for (const op of tenantOperations) {
    it(`${op.operationId} (${op.method} ${op.path}) answers 403/404 and shows nothing`, async () => {
      matrixStarted ||= Date.now();
      const found: string[] = [];
      for (const attacker of attackers) {
        if (attacker.scope === 'site' && !siteOperations.includes(op)) continue;
        found.push(...(await attempt(op, attacker, attacker.scope === 'site' ? siteAIds : ids, "on the victim's ids")));
        if (bodyIdOperations.includes(op)) {
          const own = { site_id: attacker.ownSite() };
          found.push(...(await attempt(op, attacker, own, "from its own site, the victim's ids in the body")));
        }
      }
      expect(found).toEqual([]);
    });
  }

  // A widget session opens only what its features list (x-igny8-widget-features), on its own site too: one
  // session per feature, for site A itself, is refused every operation that feature does not open. Access is
  // checked before the request is validated, so any path and body do.
  const WIDGET_FEATURES = ['overview', 'keywords', 'writer', 'automation', 'publishing', 'billing', 'settings'];
  const bearerOperations = (Object.values(operations) as Manifest[]).filter(
    (op) => !['public', 'operator'].includes(op.role) && op.auth !== 'signature' && op.auth !== 'none',
  );
  for (const feature of WIDGET_FEATURES) {
    it(`refuses a widget session opening only ${feature} every operation ${feature} does not open`, async () => {
      const session = await call(server.url, 'POST', '/v1/widget-sessions', {
        token: victim.access_token,
        body: { site_id: ids.site_id, role: 'admin', features: [feature] },
      });
      expect(session.status).toBe(201);
      const closed = bearerOperations.filter((op) => !op.widgetFeatures.includes(feature));
      expect(closed.length).toBeGreaterThan(20);
      const wrong: string[] = [];
      for (const op of closed) {
        let path = op.path;
        for (const p of op.pathParams)
          path = path.replace(`{${p}}`, siteAIds[p] ?? globalIds[p] ?? crypto.randomUUID());
        const res = await call(server.url, op.method, path, {
          token: session.body.data.token,
          ...(op.hasBody ? { body: {} } : {}),
        });
        matrixCalls++;
        if (res.status !== 403 || res.body.error.code !== 'FEATURE_NOT_ALLOWED')
          wrong.push(`${op.operationId}: ${res.status} ${res.body?.error?.code}`);
      }
      expect(wrong).toEqual([]);
    });
  }

  // The plugin's events are signed by a site, not sent with a bearer credential, so the walk above leaves them out;
  // their body names contents by id. Site B's WordPress naming site A's content is recorded as site B's and applied
  // to nothing: a publication is looked up on the signing site only.
  it("receiveWordpressEvents: site B's WordPress naming site A's content changes nothing of site A", async () => {
    const op = operations.receiveWordpressEvents;
    expect(bodyIdPaths(op).sort()).toEqual(['events.*.content_id', 'events.*.id']);
    const secret = 'igny8_ws_tenancy-matrix-secret-0123456789ab';
    await server.deps.db.owner('integrations').insert({
      account_id: victim.account.id,
      site_id: siteBId,
      status: 'connected',
      wordpress_url: 'http://127.0.0.1:9',
      secret_current: server.deps.integrations.secretBox.seal(secret),
      connected_at: new Date(),
    });
    const event = {
      id: crypto.randomUUID(),
      type: 'post.trashed',
      content_id: ids.content_id,
      post_id: 1,
      status: 'trash',
      occurred_at: new Date().toISOString(),
    };
    const body = JSON.stringify({ events: [event] });
    const res = await call(server.url, op.method, op.path, {
      headers: {
        'content-type': 'application/json',
        ...signRequest({ siteId: siteBId, secret, method: op.method, path: op.path, body }),
      },
      rawBody: body,
    });
    matrixCalls++;
    expect(res.status).toBe(200);
    expect(res.body.data).toEqual({ accepted: 0, duplicates: 0, ignored: 1 });
    const publication = await server.deps.db.owner('publications').where({ id: ids.publication_id }).first();
    expect(publication).toMatchObject({ site_id: ids.site_id, status: 'failed', retracted_at: null });
  });

  it("shows a credential restricted to site B only site B's API keys, and none reaching the whole account", async () => {
    for (const token of [siteBKey, siteBWidget]) {
      const listed = await call(server.url, 'GET', '/v1/api-keys', { token });
      expect(listed.status).toBe(200);
      expect(listed.body.data.length).toBeGreaterThan(0);
      for (const key of listed.body.data) expect(key.site_id).toBe(siteBId);
      // The victim's account-wide key: neither read nor revoked from site B.
      for (const method of ['GET', 'DELETE']) {
        const res = await call(server.url, method, `/v1/api-keys/${ids.api_key_id}`, { token });
        expect({ method, status: res.status }).toEqual({ method, status: 404 });
      }
    }
    matrixCalls += 6;
  });

  it('changed nothing of the victim (row counts and last updates of every tenant table)', async () => {
    console.info(
      `tenancy matrix: ${tenantOperations.length} operations (${siteOperations.length} site-scoped), ${bearerOperations.length} tried with widget features, ${matrixCalls} calls, ${Date.now() - matrixStarted} ms`,
    );
    expect(findings).toEqual([]);
    expect(await victimChecksum()).toEqual(checksumBefore);
  });
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
    // Site B's keywords are the site-restricted credentials' own (a bulk from site B may create some there).
    const victimKeywords = await server.deps.db.owner('keywords').where({ site_id: ids.site_id });
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
