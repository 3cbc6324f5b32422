// Standard Webhooks signatures (standardwebhooks.com): a secret is `whsec_` and the base64 of random bytes; a
// signature is `v1,` and the base64 HMAC-SHA256, under the decoded secret, of `${webhook-id}.${timestamp}.${body}`.
// While a rotation lasts the delivery carries one signature per secret, space-separated, and a receiver accepts
// the delivery when any of them verifies with the secret it has.
import { randomBytes } from 'node:crypto';
import { Webhook } from 'standardwebhooks';

export const WEBHOOK_SECRET_PREFIX = 'whsec_';
const SECRET_BYTES = 32;

export const USER_AGENT = 'Igny8-Webhooks/1.0';

/** A new signing secret, as receivers' Standard Webhooks libraries take it. */
export function newWebhookSecret(): string {
  return `${WEBHOOK_SECRET_PREFIX}${randomBytes(SECRET_BYTES).toString('base64')}`;
}

/** The headers of one attempt: the same id and body on every attempt, a fresh timestamp and signatures. */
export function deliveryHeaders(input: {
  webhookId: string;
  at: Date;
  body: string;
  /** The secrets that sign now: the current one, and the previous one while its rotation window lasts. */
  secrets: string[];
}): Record<string, string> {
  return {
    'content-type': 'application/json',
    'user-agent': USER_AGENT,
    'webhook-id': input.webhookId,
    'webhook-timestamp': String(Math.floor(input.at.getTime() / 1000)),
    'webhook-signature': input.secrets.map((s) => new Webhook(s).sign(input.webhookId, input.at, input.body)).join(' '),
  };
}
