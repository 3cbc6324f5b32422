// The white-label example (examples/white-label/): its backend, started as a real process against the test server,
// and what its page shows.
import { type ChildProcess, spawn } from 'node:child_process';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';

const example = resolve(import.meta.dirname, '../../examples/white-label');

/**
 * Starts the example's backend on `port`, minting widget sessions for `siteId` with `apiKey` (extra variables in
 * `env`, e.g. IGNY8_WIDGET_FEATURES); resolves once its page answers.
 */
export async function startPartner(options: {
  apiUrl: string;
  apiKey: string;
  siteId: string;
  port: number;
  env?: Record<string, string>;
}): Promise<ChildProcess> {
  const partner = spawn(process.execPath, ['server.mjs'], {
    cwd: example,
    env: {
      ...process.env,
      IGNY8_API_URL: options.apiUrl,
      IGNY8_API_KEY: options.apiKey,
      IGNY8_SITE_ID: options.siteId,
      PORT: String(options.port),
      ...options.env,
    },
    stdio: 'ignore',
  });
  for (let i = 0; i < 200; i++) {
    if (
      await fetch(`http://127.0.0.1:${options.port}`)
        .then((r) => r.ok)
        .catch(() => false)
    )
      break;
    await new Promise((r) => setTimeout(r, 100));
  }
  return partner;
}

/** The widget's Shadow DOM text in the example page. */
export const shadowText = (page: Page) =>
  page.evaluate(() => document.querySelector('#acme-content .igny8-host')?.shadowRoot?.textContent ?? '');
