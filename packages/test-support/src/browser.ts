// Debian's Chromium driven by playwright-core (no browser downloads here). CI installs it and sets
// IGNY8_REQUIRE_BROWSER=1, so there a missing browser is a failure rather than a skip.
import { existsSync, mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { type Browser, chromium, type Page } from 'playwright-core';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const hasChromium = existsSync(CHROMIUM);

/** Throws when CI asked for a browser run and there is no Chromium. */
export function requireChromiumInCi(): void {
  if (!hasChromium && process.env.IGNY8_REQUIRE_BROWSER === '1') throw new Error(`Chromium not found at ${CHROMIUM}`);
}

/** Headless Chromium with the background traffic switched off (tests talk only to loopback). */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
}

/**
 * A screenshot for the docs. Tests write nothing tracked, so the picture lands in docs/screenshots/ only
 * when asked for (`IGNY8_SCREENSHOTS=1 pnpm test`); otherwise it is still taken — the page must render.
 */
export async function docsScreenshot(page: Page, name: string, options: { fullPage?: boolean } = {}) {
  if (process.env.IGNY8_SCREENSHOTS !== '1') {
    await page.screenshot(options);
    return;
  }
  const dir = fileURLToPath(new URL('../../../docs/screenshots/', import.meta.url));
  mkdirSync(dir, { recursive: true });
  await page.screenshot({ ...options, path: `${dir}${name}` });
}
