// The SDK in a real browser (Debian's Chromium through playwright-core), bundled for the browser
// platform, calling the real server cross-origin through its CORS allowlist.
import { createServer, type Server } from 'node:http';
import { fileURLToPath } from 'node:url';
import { hasChromium, launchChromium, requireChromiumInCi } from '@igny8/test-support/browser';
import { build } from 'esbuild';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../packages/server/test/helpers/server.js';

requireChromiumInCi();

const PAGE = `<!doctype html><title>sdk</title>
<script type="module">
  import { Igny8, isAPIError } from '/sdk.js';
  window.journey = async (baseUrl) => {
    const client = new Igny8({ baseUrl });
    const email = 'browser-' + Date.now() + '@example.test';
    const session = await client.auth.signup({ email, password: 'browser-password-1', name: 'Browser' });
    const industry = (await client.industries.list({ limit: 100 })).data[0];
    await client.sites.create({ name: 'From the browser', industry_id: industry.id });
    const names = [];
    for await (const s of client.sites.list({ limit: 1 })) names.push(s.name);
    let error = {};
    try {
      await client.sites.create({ name: 'Second', industry_id: industry.id });
    } catch (e) {
      error = { isAPIError: isAPIError(e), status: e.status, code: e.code, requestId: e.requestId, name: e.name };
    }
    return { role: session.role, names, error, userAgent: navigator.userAgent };
  };
</script>`;

let api: TestServer;
let page: Server;
let pageOrigin: string;
let browser: Browser;

beforeAll(async () => {
  if (!hasChromium) return;
  const bundle = await build({
    entryPoints: [fileURLToPath(new URL('../packages/sdk/src/index.ts', import.meta.url))],
    bundle: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    write: false,
  });
  const sdk = bundle.outputFiles[0]?.text ?? '';
  page = createServer((req, res) => {
    if (req.url === '/sdk.js') {
      res.writeHead(200, { 'content-type': 'text/javascript' }).end(sdk);
      return;
    }
    res.writeHead(200, { 'content-type': 'text/html' }).end(PAGE);
  });
  await new Promise<void>((resolve) => page.listen(0, '127.0.0.1', resolve));
  const address = page.address();
  pageOrigin = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  api = await startTestServer({ env: { CORS_ORIGINS: pageOrigin } });
  browser = await launchChromium();
});

afterAll(async () => {
  if (!hasChromium) return;
  await browser?.close();
  await new Promise((resolve) => page?.close(resolve));
  await api?.close();
});

describe.skipIf(!hasChromium)('the SDK in Chromium', () => {
  it('signs up, creates a site, pages through sites and gets typed errors, cross-origin', async () => {
    const tab = await browser.newPage();
    await tab.goto(pageOrigin);
    // The page's own module script does the work; the test only starts it (vitest would rewrite a
    // dynamic import inside a function passed to evaluate).
    await tab.waitForFunction('typeof window.journey === "function"');
    const result = (await tab.evaluate(`window.journey(${JSON.stringify(api.url)})`)) as {
      role: string;
      names: string[];
      error: Record<string, unknown>;
      userAgent: string;
    };
    expect(result.userAgent).toMatch(/Chrome/);
    expect(result.role).toBe('owner');
    expect(result.names).toEqual(['From the browser']);
    expect(result.error).toMatchObject({
      isAPIError: true,
      status: 403,
      code: 'PLAN_LIMIT_REACHED',
      name: 'PermissionDeniedError',
    });
    // The request id reaches browser code because the server exposes X-Request-Id to allowed origins.
    expect(result.error.requestId).toMatch(/^[0-9a-f-]{36}$/);
    await tab.close();
  });
});
