// What the integrations module needs from the outside, instead of the application's whole dependency bag: the
// box that seals site secrets at rest, the clock, the SSRF guard's resolver and policy, the cache of which sites' wp-admin
// origins are granted CORS, and the API's public address. Built once with the app (runtime.ts); each function
// asks for the part it uses.
import type { Knex } from 'knex';
import { addressPolicy, type Outbound, type Resolver, systemResolver } from '../../net/pinned-request.js';
import type { Clock } from '../ports.js';
import { SecretBox } from './secret-box.js';
import { createSiteOrigins, type SiteOrigins } from './site-origins.js';

export interface IntegrationDeps {
  /** Seals and opens site signing secrets (AES-256-GCM under a key derived from the server's secret). */
  secretBox: SecretBox;
  now: Clock;
  /**
   * How calls to WordPress resolve the site's host and which addresses they may reach: public ones, or any with
   * ALLOW_PRIVATE_URLS. Each call connects to the address it checked (src/net/pinned-request.ts).
   */
  outbound: Outbound;
  /** Which connected sites run their wp-admin on an origin; a connect or a disconnect updates it. */
  origins: SiteOrigins;
  /** PUBLIC_URL when the operator set it: the API base the plugin is told to call; else it uses the one it reached. */
  publicUrl: string | null;
}

export function createIntegrationDeps(input: {
  /** The server's secret (JWT_SECRET), from which the key sealing site secrets is derived. */
  serverSecret: string;
  /** JWT_SECRET_PREVIOUS, during a rotation: what was sealed under it still opens. */
  previousServerSecret?: string;
  now: Clock;
  allowPrivateUrls: boolean;
  /** The system's resolver unless given (tests). */
  resolve?: Resolver;
  publicUrl: string | null;
  /** The application role's pool: the origin lookups run before any tenant is known. */
  db: Knex;
}): IntegrationDeps {
  return {
    secretBox: new SecretBox(input.serverSecret, 'integration-secrets', input.previousServerSecret),
    now: input.now,
    outbound: {
      resolve: input.resolve ?? systemResolver,
      policy: addressPolicy({ allowPrivate: input.allowPrivateUrls, allowedNetworks: [] }),
    },
    origins: createSiteOrigins({ db: input.db, now: input.now }),
    publicUrl: input.publicUrl,
  };
}
