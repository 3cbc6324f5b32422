// The calls Igny8 makes to a WordPress site hold no database transaction open: the operations that make them are
// marked `x-igny8-transaction: none` in the spec, so the router hands their handlers a way to open short tenant
// transactions rather than an open one, and the outbound WordPress client refuses to start inside one. Checked here
// against a WordPress on loopback that answers only when told to, while PostgreSQL is asked what the application
// role's connections are doing.
import { createServer, type Server } from 'node:http';
import { type OperationManifest, operations } from '@igny8/contract';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { APP_ROLE } from '../../src/db/connection.js';
import { TransactionOpenError, transaction } from '../../src/db/transaction-scope.js';
import { callPlugin } from '../../src/domain/integrations/wordpress-rest.js';
import { call, connectedSite as connectTo, signupWithSite } from '../helpers/http.js';
import { startTestServer, type TestServer } from '../helpers/server.js';

let server: TestServer;
let wordpress: Server;
let wordpressUrl: string;
/** Requests the slow WordPress holds, each waiting for its release; and how many it answered. */
const held: { route: string; release: () => void }[] = [];
let answered = 0;
let hold = true;

/** Questions to the resolver about `held.test`, each waiting for its release. */
const resolverWaits: { release: () => void }[] = [];

beforeAll(async () => {
  server = await startTestServer({
    env: { ALLOW_PRIVATE_URLS: 'true' },
    resolver: async (host) => {
      if (host === 'held.test') await new Promise<void>((release) => resolverWaits.push({ release }));
      return [{ address: '127.0.0.1', family: 4 }];
    },
  });
  wordpress = createServer(async (req, res) => {
    for await (const _ of req) {
      // drain
    }
    const route = new URL(req.url ?? '/', 'http://x').pathname.replace('/wp-json/igny8/v1/', '');
    if (hold) await new Promise<void>((release) => held.push({ route, release }));
    answered++;
    const body =
      route === 'health'
        ? { status: 'ok', wp_version: '6.4.1', plugin_version: '0.1.0' }
        : route.endsWith('/retract')
          ? { post_id: 7, status: 'trash', url: null }
          : { wp_version: '6.4.1', post_types: ['post'], categories: [], tags: [], authors: [], seo_plugin: 'none' };
    res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(body));
  });
  await new Promise<void>((r) => wordpress.listen(0, '127.0.0.1', r));
  const address = wordpress.address();
  wordpressUrl = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
});
afterAll(async () => {
  for (const h of held.splice(0)) h.release();
  wordpress.closeAllConnections();
  await new Promise((r) => wordpress.close(r));
  await server.close();
});

/** The application role's connections to this test's database that are inside a transaction now. */
async function appConnectionsInTransaction(): Promise<{ state: string; query: string }[]> {
  const { rows } = await server.deps.db.owner.raw(
    `select state, query from pg_stat_activity
      where datname = current_database() and usename = ? and xact_start is not null`,
    [APP_ROLE],
  );
  return rows;
}

const connectedSite = () => connectTo(server.url, 'WP', wordpressUrl);

// Operations outside a transaction: those that call WordPress (below), those that ask the resolver where a webhook
// endpoint's host is and the invitation a mail server takes (below too), and those that open short transactions of their own and call no other server: the run-event stream, one per poll (test/automation/events.test.ts); a password
// change, which hashes before it writes, and renewals, one account at a time (a test server fails on any connection
// taken inside a transaction: test/db/transaction-scope.test.ts).
const resolving = ['createWebhookEndpoint', 'updateWebhookEndpoint'];
const mailing = ['inviteMember'];
// An image's PNG, read from the object store once its row is found (the S3 driver refuses to run inside a
// transaction: test/storage/s3.test.ts, and test/writer/images.test.ts serves files from a real S3-compatible server).
const storing = ['getImageFile'];
const ownTransactions = [
  'streamAutomationRunEvents',
  'changePassword',
  'adminRunRenewals',
  ...resolving,
  ...mailing,
  ...storing,
];
const outside = (Object.values(operations) as OperationManifest[]).filter(
  (op) => op.transaction === 'none' && !ownTransactions.includes(op.operationId),
);

describe('the check itself', () => {
  it('sees an application connection left idle in a transaction', async () => {
    let release = () => {};
    const open = transaction(server.deps.db.app, async (trx) => {
      await trx.raw('select 1');
      await new Promise<void>((r) => {
        release = r;
      });
    });
    await expect.poll(async () => (await appConnectionsInTransaction()).length).toBe(1);
    expect((await appConnectionsInTransaction())[0]?.state).toMatch(/^idle in transaction/);
    release();
    await open;
  });
});

describe('operations that call WordPress', () => {
  it('are the integration test and sync, and a publication retracted', () => {
    expect(outside.map((op) => op.operationId).sort()).toEqual([
      'retractPublication',
      'syncIntegration',
      'testIntegration',
    ]);
  });

  /** What each operation is called on and with, and what it answers once WordPress has. */
  const cases: Record<
    string,
    (site: Awaited<ReturnType<typeof connectedSite>>) => Promise<{
      path: Record<string, string>;
      body?: unknown;
      answer: Record<string, unknown>;
    }>
  > = {
    testIntegration: async () => ({ path: {}, answer: { status: 'connected', wp_version: '6.4.1', last_error: null } }),
    syncIntegration: async () => ({ path: {}, answer: { status: 'connected', wp_version: '6.4.1', last_error: null } }),
    // A post Igny8 published (as the publish job leaves it), taken down.
    retractPublication: async (site) => {
      const db = server.deps.db.owner;
      const { account_id } = await db('sites').where({ id: site.siteId }).first('account_id');
      const [content] = await db('contents')
        .insert({ account_id, site_id: site.siteId, title: 'Held', html: '<p>x</p>', status: 'published' })
        .returning('id');
      const [publication] = await db('publications')
        .insert({ account_id, site_id: site.siteId, content_id: content.id, status: 'published', post_id: 7 })
        .returning('id');
      return {
        path: { publication_id: publication.id },
        body: { mode: 'trash' },
        answer: { status: 'retracted', wordpress_status: 'trash', post_id: 7 },
      };
    },
  };

  it.each(outside.map((op) => [op.operationId, op] as const))(
    '%s holds no transaction while WordPress answers',
    async (_id, op) => {
      const site = await connectedSite();
      const setup = cases[op.operationId];
      if (!setup) throw new Error(`no case for ${op.operationId}: add one to this test`);
      const { path, body, answer } = await setup(site);
      const url = Object.entries({ site_id: site.siteId, ...path }).reduce(
        (p, [name, value]) => p.replace(`{${name}}`, value),
        op.path,
      );
      hold = true;
      const pending = call(server.url, op.method, url, { token: site.token, body });
      await expect.poll(() => held.length, { timeout: 10_000 }).toBe(1);
      // WordPress has the request and is taking its time: no connection of the app waits inside a transaction.
      expect(await appConnectionsInTransaction()).toEqual([]);
      held.splice(0).forEach((h) => {
        h.release();
      });
      const res = await pending;
      expect(res.status).toBe(op.successStatus);
      expect(res.body.data).toMatchObject(answer);
    },
  );

  it('keep the Idempotency-Key: the answer is stored, and a retry replays it without calling WordPress again', async () => {
    const site = await connectedSite();
    hold = false;
    const before = answered;
    const path = `/v1/sites/${site.siteId}/integration/test`;
    const headers = { 'idempotency-key': `test-${site.siteId}` };
    const first = await call(server.url, 'POST', path, { token: site.token, headers });
    const again = await call(server.url, 'POST', path, { token: site.token, headers });
    expect(first.status).toBe(200);
    expect(again.status).toBe(200);
    expect(again.headers.get('idempotent-replayed')).toBe('true');
    expect(again.body.data).toEqual(first.body.data);
    expect(answered - before).toBe(1);
  });

  it('are refused by the outbound client when a transaction is open around them', async () => {
    const site = await connectedSite();
    hold = false;
    const target = { siteId: site.siteId, wordpressUrl, restUrl: `${wordpressUrl}/wp-json/`, secret: site.secret };
    const options = { outbound: server.deps.integrations.outbound, now: () => new Date() };
    await expect(transaction(server.deps.db.app, () => callPlugin(target, options, 'GET', 'health'))).rejects.toThrow(
      TransactionOpenError,
    );
    await expect(callPlugin(target, options, 'GET', 'health')).resolves.toMatchObject({ answer: { status: 'ok' } });
  });
});

describe('operations that resolve a webhook endpoint’s host', () => {
  it('are the endpoint’s create and update', () => {
    const marked = (Object.values(operations) as OperationManifest[])
      .filter((op) => op.transaction === 'none' && op.tag === 'webhook-endpoints')
      .map((op) => op.operationId);
    expect(marked.sort()).toEqual([...resolving].sort());
  });

  it('hold no transaction while the resolver answers', async () => {
    const { s } = await signupWithSite(server.url, 'Resolving');
    const token = s.access_token as string;
    const creating = call(server.url, 'POST', '/v1/webhook-endpoints', {
      token,
      body: { url: 'https://held.test/in', events: ['content.generated'] },
    });
    await expect.poll(() => resolverWaits.length, { timeout: 10_000 }).toBe(1);
    expect(await appConnectionsInTransaction()).toEqual([]);
    resolverWaits.splice(0).forEach((r) => {
      r.release();
    });
    const created = await creating;
    expect(created.status).toBe(201);
    const id = created.body.data.endpoint.id as string;

    const updating = call(server.url, 'PATCH', `/v1/webhook-endpoints/${id}`, {
      token,
      body: { url: 'https://held.test/elsewhere' },
    });
    await expect.poll(() => resolverWaits.length, { timeout: 10_000 }).toBe(1);
    expect(await appConnectionsInTransaction()).toEqual([]);
    resolverWaits.splice(0).forEach((r) => {
      r.release();
    });
    const updated = await updating;
    expect([updated.status, updated.body.data.url]).toEqual([200, 'https://held.test/elsewhere']);
  });

  it('do the work once for two requests with one Idempotency-Key at once: the second waits for the first’s answer', async () => {
    const { s } = await signupWithSite(server.url, 'Twice at once');
    const token = s.access_token as string;
    const send = () =>
      call(server.url, 'POST', '/v1/webhook-endpoints', {
        token,
        headers: { 'idempotency-key': 'create-once' },
        body: { url: 'https://held.test/once', events: ['content.generated'] },
      });
    const first = send();
    await expect.poll(() => resolverWaits.length, { timeout: 10_000 }).toBe(1);
    const second = send();
    // The duplicate does not reach the resolver: it waits on the key, with no transaction open.
    await new Promise((r) => setTimeout(r, 500));
    expect(resolverWaits.length).toBe(1);
    expect(await appConnectionsInTransaction()).toEqual([]);
    resolverWaits.splice(0).forEach((r) => {
      r.release();
    });
    const [a, b] = await Promise.all([first, second]);
    expect(a.status).toBe(201);
    // The answer held a secret shown once: its replay says so, with the same endpoint.
    expect([b.status, b.body.error.code]).toEqual([409, 'IDEMPOTENT_REPLAY_WITHHELD']);
    expect(b.body.error.details.data.endpoint.id).toBe(a.body.data.endpoint.id);
    const list = await call(server.url, 'GET', '/v1/webhook-endpoints', { token });
    expect(list.body.data.map((e: { id: string }) => e.id)).toEqual([a.body.data.endpoint.id]);
  });
});

describe('an invitation, mailed', () => {
  /** An owner's token, on a plan with room for more users than the free plan's one. */
  async function ownerWithRoom(name: string) {
    const { s } = await signupWithSite(server.url, name);
    const token = s.access_token as string;
    const upgraded = await call(server.url, 'POST', '/v1/billing/subscription/change', {
      token,
      body: { plan: 'scale' },
    });
    expect(upgraded.status).toBe(200);
    return token;
  }

  it('is the one operation outside a transaction that talks to the mail server', () => {
    const marked = (Object.values(operations) as OperationManifest[])
      .filter((op) => op.transaction === 'none' && op.tag === 'members')
      .map((op) => op.operationId);
    expect(marked).toEqual(mailing);
  });

  it('holds no transaction (nor the account’s lock) while the mail server answers', async () => {
    const token = await ownerWithRoom('Mailing');
    const send = server.mailer.send;
    let release = () => {};
    const taking = new Promise<void>((r) => {
      release = r;
    });
    let asked = 0;
    server.mailer.send = async (message) => {
      asked++;
      await taking;
      return send.call(server.mailer, message);
    };
    try {
      const inviting = call(server.url, 'POST', '/v1/account/members', {
        token,
        body: { email: 'held@mail.example', role: 'editor' },
      });
      await expect.poll(() => asked, { timeout: 10_000 }).toBe(1);
      expect(await appConnectionsInTransaction()).toEqual([]);
      // The account is not locked meanwhile: it is renamed at once (the invitation's transaction locked it).
      const other = await call(server.url, 'PATCH', '/v1/account', { token, body: { name: 'Renamed meanwhile' } });
      expect(other.status).toBe(200);
      release();
      const invited = await inviting;
      expect([invited.status, invited.body.data.status]).toEqual([201, 'pending']);
      expect(server.mailer.lastTo('held@mail.example')?.text).toMatch(/Token: igny8_inv_/);
    } finally {
      server.mailer.send = send;
    }
  });

  it('is withdrawn when the mail server does not take it, and answered 503: nothing half-done is left', async () => {
    const token = await ownerWithRoom('Refused mail');
    const send = server.mailer.send;
    server.mailer.send = async () => {
      throw Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:25'), { code: 'ECONNREFUSED' });
    };
    try {
      const refused = await call(server.url, 'POST', '/v1/account/members', {
        token,
        headers: { 'idempotency-key': 'invite-lost' },
        body: { email: 'lost@mail.example', role: 'viewer' },
      });
      expect([refused.status, refused.body.error.code]).toEqual([503, 'UNAVAILABLE']);
      expect(refused.body.error.message).toMatch(/could not be mailed .* so it was withdrawn; try again/);
    } finally {
      server.mailer.send = send;
    }
    const pending = await call(server.url, 'GET', '/v1/account/invitations', { token });
    expect(pending.body.data).toEqual([]);
    // Sent again under the same Idempotency-Key (the failure left no mark on it), it is done, then replayed.
    const again = () =>
      call(server.url, 'POST', '/v1/account/members', {
        token,
        headers: { 'idempotency-key': 'invite-lost' },
        body: { email: 'lost@mail.example', role: 'viewer' },
      });
    const done = await again();
    expect(done.status).toBe(201);
    const replayed = await again();
    expect([replayed.status, replayed.headers.get('idempotent-replayed')]).toEqual([201, 'true']);
    expect(replayed.body.data).toEqual(done.body.data);
  });
});
