import type { AiRegistry } from './ai/index.js';
import type { AccessTokens } from './auth/access-tokens.js';
import type { AuthRateLimiter } from './auth/rate-limit.js';
import type { Config } from './config.js';
import type { Database } from './db/connection.js';
import type { StripeGateway } from './domain/billing/stripe-gateway.js';
import type { IntegrationDeps } from './domain/integrations/ports.js';
import type { WebhookDeps } from './domain/webhooks/ports.js';
import type { ImageFiles } from './domain/writer/images.js';
import type { JobQueue } from './jobs/queue.js';
import type { Logger } from './logger.js';
import type { Mailer } from './mail/mailer.js';

/** Everything the app needs from the outside, injected so tests can swap any part. */
export interface AppDeps {
  config: Config;
  logger: Logger;
  db: Database;
  tokens: AccessTokens;
  mailer: Mailer;
  jobs: JobQueue;
  rateLimiter: AuthRateLimiter;
  /** Per client address on the public reads (`/v1/public/…`), which take no credentials. */
  publicRateLimiter: AuthRateLimiter;
  /** The time, injectable so time-dependent behaviour is testable. */
  now: () => Date;
  /** Set when Stripe is configured. */
  stripe?: StripeGateway;
  /** The AI providers (the offline `local` one unless configured), per account. */
  ai: AiRegistry;
  /** Stored files (generated images) and the key their signed URLs are signed with. */
  files: ImageFiles;
  /** What the integrations module (WordPress) takes: the secret box, the clock, the URL guard, the origin cache. */
  integrations: IntegrationDeps;
  /** What the webhooks module takes: the secret box of endpoint secrets, the clock, the resolver and address policy. */
  webhooks: WebhookDeps;
}

/** What billing's maintenance (renewals, the reservation sweep) needs: both pools, the clock, the grace period. */
export const billingMaintenance = (deps: AppDeps) => ({
  owner: deps.db.owner,
  app: deps.db.app,
  now: deps.now,
  graceDays: deps.config.billing.graceDays,
});
