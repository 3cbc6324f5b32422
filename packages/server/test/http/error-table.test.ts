// One HTTP status per error code, declared once in openapi.yaml (`x-igny8-status` on ErrorCode) and generated as
// `errorStatus`: the table covers every code, every throw site in src names a code that exists, and codes thrown
// from more than one place answer the same status from each of them (through the real server, whose responses the
// contract recorder checks against the statuses each operation declares).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { document, errorStatus, schemas } from '@igny8/contract';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppError, type ErrorCode } from '../../src/errors.js';
import { call, signupWithSite } from '../helpers/http.js';
import { startTestServer, type TestServer } from '../helpers/server.js';

const src = fileURLToPath(new URL('../../src', import.meta.url));
const codes = schemas.ErrorCode.options as readonly ErrorCode[];

describe('the error table', () => {
  it('gives every ErrorCode one error status, and nothing else', () => {
    expect(Object.keys(errorStatus).sort()).toEqual([...codes].sort());
    expect([...document.components.schemas.ErrorCode.enum].sort()).toEqual([...codes].sort());
    for (const code of codes) {
      expect(errorStatus[code], code).toBeGreaterThanOrEqual(400);
      expect(errorStatus[code], code).toBeLessThanOrEqual(599);
      expect(new AppError(code, 'x').status, code).toBe(errorStatus[code]);
    }
  });

  it('is what every throw site in src names: a code that exists', () => {
    const files = (dir: string): string[] =>
      readdirSync(dir).flatMap((f) => {
        const path = join(dir, f);
        return statSync(path).isDirectory() ? files(path) : path.endsWith('.ts') ? [path] : [];
      });
    // `new AppError(<code>, …)`, the helpers that take a code, and `super(<code>, …)` in AppError's subclasses: every
    // quoted code in the first argument (a ternary of two codes included).
    const site = /(?:new\s+(?:AppError|UnauthorizedError)|super)\(\s*([^,)]*)/g;
    const named: string[] = [];
    const unknown: string[] = [];
    for (const file of files(src)) {
      const text = readFileSync(file, 'utf8');
      for (const match of text.matchAll(site)) {
        for (const [, code = ''] of (match[1] ?? '').matchAll(/'([A-Z][A-Z0-9_]*)'/g)) {
          named.push(code);
          if (!Object.hasOwn(errorStatus, code)) unknown.push(`${relative(src, file)}: ${code}`);
        }
      }
      // The old form, a status before the code, is gone.
      expect(text, relative(src, file)).not.toMatch(/new\s+AppError\(\s*\d/);
    }
    expect(unknown).toEqual([]);
    // The scan sees the throw sites (a broken pattern would find none and pass).
    expect(new Set(named).size).toBeGreaterThan(40);
  });
});

let server: TestServer;
let wordpress: Server;
let wordpressUrl: string;
/** How the fake WordPress answers the plugin's routes: with an error status, or a redirect away from its REST API. */
let answer: 'error' | 'redirect' = 'error';

beforeAll(async () => {
  server = await startTestServer({ env: { ALLOW_PRIVATE_URLS: 'true' } });
  wordpress = createServer((req, res) => {
    if (answer === 'redirect') {
      res.writeHead(302, { location: '/elsewhere/' }).end();
      return;
    }
    req.resume();
    res.writeHead(500, { 'content-type': 'application/json' }).end(JSON.stringify({ code: 'internal_server_error' }));
  });
  await new Promise<void>((r) => wordpress.listen(0, '127.0.0.1', r));
  const address = wordpress.address();
  wordpressUrl = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
});
afterAll(async () => {
  await new Promise((r) => wordpress.close(r));
  await server.close();
});

async function siteOf() {
  const { s, site } = await signupWithSite(server.url, 'S');
  return { s, site };
}

describe('a code thrown from two places', () => {
  it('ACCOUNT_INACTIVE answers 402 from the router (a write) and from the credit reservation (costly work)', async () => {
    expect(errorStatus.ACCOUNT_INACTIVE).toBe(402);
    const { s, site } = await siteOf();
    const accountId = s.account.id;
    const keyword = await call(server.url, 'POST', `/v1/sites/${site.id}/keywords`, {
      token: s.access_token,
      body: { phrase: 'running shoes' },
    });
    expect(keyword.status).toBe(201);

    // The account is suspended while the request waits for the balance lock: the router saw it active, the
    // reservation (which reads the account again after locking the balance) sees it suspended.
    const owner = server.deps.db.owner;
    const trx = await owner.transaction();
    await trx('credit_balances').where({ account_id: accountId }).forUpdate().first();
    const clustering = call(server.url, 'POST', `/v1/sites/${site.id}/clusterings`, {
      token: s.access_token,
      body: {},
    });
    await expect
      .poll(async () => {
        const { rows } = await owner.raw(
          "select count(*)::int as n from pg_stat_activity where datname = current_database() and wait_event_type = 'Lock' and query ilike '%credit_balances%'",
        );
        return rows[0].n;
      })
      .toBe(1);
    await trx('accounts').where({ id: accountId }).update({ status: 'suspended' });
    await trx.commit();
    const reserved = await clustering;
    expect(reserved.status).toBe(402);
    expect(reserved.body.error).toMatchObject({ code: 'ACCOUNT_INACTIVE', message: expect.stringMatching(/paused/) });

    const write = await call(server.url, 'POST', `/v1/sites/${site.id}/keywords`, {
      token: s.access_token,
      body: { phrase: 'trail shoes' },
    });
    expect(write.status).toBe(402);
    expect(write.body.error).toMatchObject({ code: 'ACCOUNT_INACTIVE', message: expect.stringMatching(/read-only/) });
  });

  it('WORDPRESS_UNREACHABLE answers 502 whether WordPress is silent, answers an error or has moved its REST API', async () => {
    expect(errorStatus.WORDPRESS_UNREACHABLE).toBe(502);
    const closed = createServer();
    await new Promise<void>((r) => closed.listen(0, '127.0.0.1', r));
    const port = (closed.address() as { port: number }).port;
    await new Promise((r) => closed.close(r));

    const sync = async (siteUrl: string) => {
      const { s, site } = await siteOf();
      const code = (
        await call(server.url, 'POST', `/v1/sites/${site.id}/integration/connection-code`, { token: s.access_token })
      ).body.data.code;
      const connect = await call(server.url, 'POST', '/v1/integrations/wordpress/connect', {
        body: { code, site_url: siteUrl, rest_url: `${siteUrl}/wp-json/` },
      });
      expect(connect.status).toBe(200);
      return call(server.url, 'POST', `/v1/sites/${site.id}/integration/sync`, { token: s.access_token });
    };
    const silent = await sync(`http://127.0.0.1:${port}`);
    answer = 'error';
    const failing = await sync(wordpressUrl);
    answer = 'redirect';
    const moved = await sync(wordpressUrl);
    for (const [res, message] of [
      [silent, /did not answer/],
      [failing, /answered 500 \(internal_server_error\)/],
      [moved, /redirect/],
    ] as const) {
      expect(res.status).toBe(502);
      expect(res.body.error).toMatchObject({ code: 'WORDPRESS_UNREACHABLE', message: expect.stringMatching(message) });
    }
  });
});
