// Debian's Chromium driven by playwright-core (no browser downloads here). CI installs it and sets
// IGNY8_REQUIRE_BROWSER=1, so there a missing browser is a failure rather than a skip.
import { existsSync } from 'node:fs';
import { type Browser, chromium } from 'playwright-core';

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
