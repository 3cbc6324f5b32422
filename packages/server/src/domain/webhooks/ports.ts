// What the webhooks module needs from the outside: the box that seals endpoint secrets at rest, the clock, the
// resolver and the address policy of the SSRF guard. Built once with the app (runtime.ts).
import type { Network } from '../../config.js';
import { addressPolicy, type Outbound, type Resolver, systemResolver } from '../../net/pinned-request.js';
import { SecretBox } from '../integrations/secret-box.js';
import type { Clock } from '../ports.js';

/** The resolver and address policy (`Outbound`) are the SSRF guard's, for endpoint checks and deliveries. */
export interface WebhookDeps extends Outbound {
  /** Seals and opens endpoint signing secrets (a key of their own, derived from the server's secret). */
  secretBox: SecretBox;
  now: Clock;
}

export function createWebhookDeps(input: {
  /** The server's secret (JWT_SECRET), from which the key sealing endpoint secrets is derived. */
  serverSecret: string;
  /** JWT_SECRET_PREVIOUS, during a rotation: what was sealed under it still opens. */
  previousServerSecret?: string;
  now: Clock;
  allowPrivateUrls: boolean;
  allowedNetworks: Network[];
  /** The system's resolver unless given (tests). */
  resolve?: Resolver;
}): WebhookDeps {
  return {
    secretBox: new SecretBox(input.serverSecret, 'webhook-secrets', input.previousServerSecret),
    now: input.now,
    resolve: input.resolve ?? systemResolver,
    policy: addressPolicy({ allowPrivate: input.allowPrivateUrls, allowedNetworks: input.allowedNetworks }),
  };
}
