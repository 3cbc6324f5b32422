// Rotating JWT_SECRET as docs/deploy.md tells an operator to, through servers started one after another on the same
// database and `pnpm secrets:reseal` run as a process: with JWT_SECRET_PREVIOUS set, everything made under the old
// secret still works (access, operator and widget tokens, file URLs, WordPress sites' signatures, webhook
// deliveries); the reseal moves every stored signing secret under the new one, so once JWT_SECRET_PREVIOUS is gone
// the sites and endpoints still work and only the old tokens stop. Without a previous secret (a cut) the command
// names what it cannot open and signed requests are refused with 401, never a 500.
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signRequest } from '../../src/domain/integrations/signing.js';
import type { Resolver } from '../../src/net/pinned-request.js';
import { signFileToken } from '../../src/storage/index.js';
import { createTestDatabase, type TestDatabase } from '../helpers/database.js';
import { call, connectedSite } from '../helpers/http.js';
import { launch } from '../helpers/processes.js';
import { operatorSession, startTestServer, TEST_ENV, type TestServer, until } from '../helpers/server.js';
import { type Receiver, startReceiver, verifiesWith } from '../webhooks/receiver.js';

const OLD = TEST_ENV.JWT_SECRET;
const NEW = 'the-new-jwt-secret-after-the-rotation-0123456789';
const OTHER = 'a-secret-nothing-was-ever-signed-or-sealed-with-42';

const resolver: Resolver = async (host) => {
  if (host === 'receiver.test') return [{ address: '127.0.0.1', family: 4 }];
  throw Object.assign(new Error('not found'), { code: 'ENOTFOUND' });
};

let database: TestDatabase;
let receiver: Receiver;
beforeAll(async () => {
  database = await createTestDatabase();
  receiver = await startReceiver();
});
afterAll(async () => {
  await receiver?.close();
  await database?.drop();
});

/** A server on the shared database under these secrets. */
const serverWith = (secrets: { JWT_SECRET: string; JWT_SECRET_PREVIOUS?: string }) =>
  startTestServer({
    database,
    resolver,
    env: { ...secrets, ALLOW_PRIVATE_URLS: 'true', WEBHOOK_ALLOWED_NETWORKS: '127.0.0.1/32' },
  });

/** `pnpm secrets:reseal` as an operator runs it: its exit code and what it printed. */
async function reseal(secrets: { JWT_SECRET: string; JWT_SECRET_PREVIOUS?: string }) {
  const started = launch(process.execPath, ['--import', 'tsx', 'src/cli/reseal-secrets.ts'], {
    cwd: resolve(import.meta.dirname, '../..'),
    env: { ...process.env, ...TEST_ENV, DATABASE_URL: database.url, JWT_SECRET_PREVIOUS: '', ...secrets },
  });
  return { code: await started.exited, output: started.output() };
}

/** What was made under the old secret, to be tried under each later server. */
interface Made {
  accountId: string;
  email: string;
  password: string;
  siteId: string;
  siteSecret: string;
  endpointId: string;
  /** The endpoint's secrets: the first (now its previous one) and the one it was rotated to. */
  endpointSecrets: [string, string];
  accessToken: string;
  operatorToken: string;
  widgetToken: string;
  /** A file URL's token signed under the old secret, past its expiry: authentic reads "expired", else "not found". */
  expiredFileToken: string;
}

/** A request signed by the site (asking for a widget session): its status, and the session when it was given. */
async function signedBySite(server: TestServer, made: Pick<Made, 'siteId' | 'siteSecret'>) {
  const body = JSON.stringify({ site_id: made.siteId, user: { id: 1, name: 'admin' } });
  const headers = signRequest({
    siteId: made.siteId,
    secret: made.siteSecret,
    method: 'POST',
    path: '/v1/widget-sessions',
    body,
  });
  return call(server.url, 'POST', '/v1/widget-sessions', {
    headers: { ...headers, 'content-type': 'application/json' },
    rawBody: body,
  });
}

/** The site asks for a widget session (a signed request, answered 201), and the status of the site read with it. */
async function siteOpensWidget(server: TestServer, made: Made) {
  const signed = await signedBySite(server, made);
  expect(signed.status).toBe(201);
  return (await call(server.url, 'GET', `/v1/sites/${made.siteId}`, { token: signed.body.data.token })).status;
}

/** Asks for a test delivery and answers the one the receiver got for it. */
async function testDelivery(server: TestServer, made: Made) {
  const test = await call(server.url, 'POST', `/v1/webhook-endpoints/${made.endpointId}/test`, {
    token: made.accessToken,
  });
  expect(test.status).toBe(202);
  const id = test.body.data.event_id as string;
  const delivery = await until(
    `the delivery of ${id}`,
    async () => receiver.received.find((r) => r.headers['webhook-id'] === id),
    20_000,
  );
  const detail = await until('the delivery recorded', async () => {
    const d = await call(
      server.url,
      'GET',
      `/v1/webhook-endpoints/${made.endpointId}/deliveries/${test.body.data.id}`,
      {
        token: made.accessToken,
      },
    );
    return d.body.data.delivery.status === 'pending' ? undefined : d.body.data.delivery;
  });
  return { delivery, status: detail.status as string };
}

const fileAnswer = async (server: TestServer, token: string) => {
  const res = await call(server.url, 'GET', `/v1/files/${token}`);
  return [res.status, /expired/.test(res.body?.error?.message ?? '') ? 'expired' : 'not found'];
};

describe('rotating JWT_SECRET', () => {
  let made: Made;

  it('before: a site connected, a webhook endpoint with a rotated secret, tokens of every kind', async () => {
    const server = await serverWith({ JWT_SECRET: OLD });
    try {
      const { s, siteId, secret: siteSecret } = await connectedSite(server.url, 'Rotation');
      const endpoint = await call(server.url, 'POST', '/v1/webhook-endpoints', {
        token: s.access_token,
        body: { url: `http://receiver.test:${receiver.port}/hooks`, events: ['credits.low'] },
      });
      expect(endpoint.status).toBe(201);
      const endpointId = endpoint.body.data.endpoint.id as string;
      const rotated = await call(server.url, 'POST', `/v1/webhook-endpoints/${endpointId}/rotate-secret`, {
        token: s.access_token,
      });
      expect(rotated.status).toBe(200);
      const partial = { siteId, siteSecret };
      const widget = await signedBySite(server, partial);
      expect(widget.status).toBe(201);
      made = {
        accountId: s.account.id,
        email: s.email,
        password: s.password,
        ...partial,
        endpointId,
        endpointSecrets: [endpoint.body.data.secret, rotated.body.data.secret],
        accessToken: s.access_token,
        operatorToken: await operatorSession(server),
        widgetToken: widget.body.data.token,
        expiredFileToken: signFileToken(
          { accountId: s.account.id, imageId: crypto.randomUUID(), expiresAt: new Date(Date.now() - 60_000) },
          server.deps.files.secret,
        ),
      };
      expect(await fileAnswer(server, made.expiredFileToken)).toEqual([404, 'expired']);
    } finally {
      await server.close();
    }
  }, 60_000);

  it('with JWT_SECRET_PREVIOUS: everything made under the old secret still works, and the reseal moves every stored secret', async () => {
    const server = await serverWith({ JWT_SECRET: NEW, JWT_SECRET_PREVIOUS: OLD });
    try {
      expect((await call(server.url, 'GET', '/v1/account', { token: made.accessToken })).status).toBe(200);
      expect((await call(server.url, 'GET', '/v1/admin/accounts', { token: made.operatorToken })).status).toBe(200);
      expect((await call(server.url, 'GET', `/v1/sites/${made.siteId}`, { token: made.widgetToken })).status).toBe(200);
      expect(await fileAnswer(server, made.expiredFileToken)).toEqual([404, 'expired']);
      // The session it gives is signed with the new secret.
      expect(await siteOpensWidget(server, made)).toBe(200);
      const { delivery, status } = await testDelivery(server, made);
      expect(status).toBe('succeeded');
      expect(verifiesWith(made.endpointSecrets[1], delivery)).toBe(true);
      expect(verifiesWith(made.endpointSecrets[0], delivery)).toBe(true);

      const first = await reseal({ JWT_SECRET: NEW, JWT_SECRET_PREVIOUS: OLD });
      expect(first.output).toContain('WordPress site secrets: 1 sealed again under JWT_SECRET, 0 already under it');
      expect(first.output).toContain('webhook endpoint secrets: 2 sealed again under JWT_SECRET, 0 already under it');
      expect(first.output).toContain('Every stored secret opens under JWT_SECRET. Remove JWT_SECRET_PREVIOUS');
      expect(first.code).toBe(0);
      // Again: nothing left to do.
      const second = await reseal({ JWT_SECRET: NEW, JWT_SECRET_PREVIOUS: OLD });
      expect(second.output).toContain('WordPress site secrets: 0 sealed again under JWT_SECRET, 1 already under it');
      expect(second.output).toContain('webhook endpoint secrets: 0 sealed again under JWT_SECRET, 2 already under it');
      expect(second.code).toBe(0);
      // The running server opens what was sealed again.
      expect((await signedBySite(server, made)).status).toBe(201);
    } finally {
      await server.close();
    }
  }, 90_000);

  it('without JWT_SECRET_PREVIOUS after the reseal: sites and endpoints keep working, old tokens and URLs stop', async () => {
    const server = await serverWith({ JWT_SECRET: NEW });
    try {
      const old = await call(server.url, 'GET', '/v1/account', { token: made.accessToken });
      expect([old.status, old.body.error.code]).toEqual([401, 'TOKEN_INVALID']);
      const operator = await call(server.url, 'GET', '/v1/admin/accounts', { token: made.operatorToken });
      expect([operator.status, operator.body.error.code]).toEqual([401, 'TOKEN_INVALID']);
      const widget = await call(server.url, 'GET', `/v1/sites/${made.siteId}`, { token: made.widgetToken });
      expect([widget.status, widget.body.error.code]).toEqual([401, 'TOKEN_INVALID']);
      expect(await fileAnswer(server, made.expiredFileToken)).toEqual([404, 'not found']);
      // The site signs with the secret it always had; the widget it opens works.
      expect(await siteOpensWidget(server, made)).toBe(200);
      const { delivery, status } = await testDelivery(server, { ...made, accessToken: await freshToken(server, made) });
      expect(status).toBe('succeeded');
      expect(verifiesWith(made.endpointSecrets[1], delivery)).toBe(true);
      const check = await reseal({ JWT_SECRET: NEW });
      expect(check.output).toContain('Every stored secret opens under JWT_SECRET.');
      expect(check.code).toBe(0);
    } finally {
      await server.close();
    }
  }, 90_000);

  it('as a cut (a secret with no previous): the command names what it cannot open, signed requests get 401', async () => {
    const cut = await reseal({ JWT_SECRET: OTHER });
    expect(cut.code).toBe(1);
    expect(cut.output).toContain(
      `WordPress site secrets: 0 sealed again under JWT_SECRET, 0 already under it, 1 open under neither key (${made.siteId})`,
    );
    expect(cut.output).toContain(
      `webhook endpoint secrets: 0 sealed again under JWT_SECRET, 0 already under it, 1 open under neither key (${made.endpointId})`,
    );
    expect(cut.output).toMatch(/open under neither JWT_SECRET nor JWT_SECRET_PREVIOUS: connect those sites again/);
    const server = await serverWith({ JWT_SECRET: OTHER });
    try {
      const signed = await signedBySite(server, made);
      expect([signed.status, signed.body.error.code]).toEqual([401, 'SIGNATURE_INVALID']);
      const token = await freshToken(server, made);
      // Calls to the site say to connect it again (its connection records why), never a 500.
      const tested = await call(server.url, 'POST', `/v1/sites/${made.siteId}/integration/test`, { token });
      expect(tested.status).toBe(200);
      expect(tested.body.data).toMatchObject({
        status: 'error',
        last_error: expect.stringMatching(/connect the site again/),
      });
      const sync = await call(server.url, 'POST', `/v1/sites/${made.siteId}/integration/sync`, { token });
      expect([sync.status, sync.body.error.code]).toEqual([409, 'NOT_CONNECTED']);
      // The delivery is not sent, and its attempt says why.
      const test = await call(server.url, 'POST', `/v1/webhook-endpoints/${made.endpointId}/test`, { token });
      expect(test.status).toBe(202);
      const detail = await until('the failed attempt recorded', async () => {
        const d = await call(
          server.url,
          'GET',
          `/v1/webhook-endpoints/${made.endpointId}/deliveries/${test.body.data.id}`,
          {
            token,
          },
        );
        return d.body.data.attempts.length ? d.body.data : undefined;
      });
      expect(detail.attempts[0].error).toMatch(/signing secret could not be opened/);
      expect(receiver.received.some((r) => r.headers['webhook-id'] === test.body.data.event_id)).toBe(false);
    } finally {
      await server.close();
    }
  }, 90_000);
});

/** The owner's access token from a new login (the one made under the old secret no longer opens anything). */
async function freshToken(server: TestServer, made: Made): Promise<string> {
  const login = await call(server.url, 'POST', '/v1/auth/login', {
    body: { email: made.email, password: made.password },
  });
  expect(login.status).toBe(200);
  return login.body.data.access_token;
}
