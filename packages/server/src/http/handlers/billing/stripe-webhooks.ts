import { receiveStripeEvent } from '../../../domain/billing/payments.js';
import { WebhookSignatureError } from '../../../domain/billing/stripe-gateway.js';
import { AppError } from '../../../errors.js';
import type { HandlerGroup } from '../../handler.js';

export const webhookHandlers: HandlerGroup = {
  receiveStripeWebhook: async ({ deps, ctx, rawBody }) => {
    if (!deps.stripe) throw new AppError('PAYMENTS_NOT_CONFIGURED', 'Stripe is not configured on this server.');
    let event: ReturnType<NonNullable<typeof deps.stripe>['parseWebhook']>;
    try {
      event = deps.stripe.parseWebhook(rawBody ?? '', ctx.get('stripe-signature') || undefined, deps.now());
    } catch (err) {
      if (err instanceof WebhookSignatureError) {
        throw new AppError('WEBHOOK_SIGNATURE_INVALID', 'The Stripe signature does not match this body.');
      }
      throw err;
    }
    await receiveStripeEvent(deps.db.app, event, deps.now());
    return { data: { status: 'accepted' } };
  },
};
