// What the integrations module needs from the outside, instead of the application's whole dependency bag: the
// box that seals site secrets at rest, the clock, the SSRF guard's setting, the cache of which sites' wp-admin
// origins are granted CORS, and the API's public address. Built once with the app (runtime.ts); each function
// asks for the part it uses.
import type { Knex } from 'knex';
import type { Clock } from '../ports.js';
import { SecretBox } from './secret-box.js';
import { createSiteOrigins, type SiteOrigins } from './site-origins.js';

export interface IntegrationDeps {
  /** Seals and opens site signing secrets (AES-256-GCM under a key derived from the server's secret). */
  secretBox: SecretBox;
  now: Clock;
  /** ALLOW_PRIVATE_URLS: WordPress addresses on loopback or private networks are allowed. */
  allowPrivateUrls: boolean;
  /** Which connected sites run their wp-admin on an origin; a connect or a disconnect updates it. */
  origins: SiteOrigins;
  /** PUBLIC_URL when the operator set it: the API base the plugin is told to call; else it uses the one it reached. */
  publicUrl: string | null;
}

export function createIntegrationDeps(input: {
  /** The server's secret (JWT_SECRET), from which the key sealing site secrets is derived. */
  serverSecret: string;
  now: Clock;
  allowPrivateUrls: boolean;
  publicUrl: string | null;
  /** The application role's pool: the origin lookups run before any tenant is known. */
  db: Knex;
}): IntegrationDeps {
  return {
    secretBox: new SecretBox(input.serverSecret),
    now: input.now,
    allowPrivateUrls: input.allowPrivateUrls,
    origins: createSiteOrigins({ db: input.db, now: input.now }),
    publicUrl: input.publicUrl,
  };
}
