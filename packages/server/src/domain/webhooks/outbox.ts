// The outbox: `emitEvent` writes an event, and a delivery for every enabled endpoint of the account subscribed to its
// type, in the caller's transaction. So an event exists exactly when the change that caused it committed — none for a
// change that rolled back, and none lost when the process dies after the commit: the delivery worker finds it in the
// table, however late.
import type { components } from '@igny8/contract';
import type { Knex } from 'knex';

type Schemas = components['schemas'];
export type WebhookEventType = Schemas['WebhookEventType'];

/** The `data` each event type carries (the `webhooks` section of openapi.yaml). */
export interface WebhookEventData {
  'keywords.imported': Schemas['KeywordsImportedData'];
  'clustering.completed': Schemas['ClusteringCompletedData'];
  'content.generated': Schemas['ContentEventData'];
  'content.approved': Schemas['ContentEventData'];
  'content.published': Schemas['PublicationEventData'];
  'publication.failed': Schemas['PublicationEventData'];
  'automation.run.completed': Schemas['AutomationRunEventData'];
  'automation.run.failed': Schemas['AutomationRunEventData'];
  'automation.run.paused': Schemas['AutomationRunEventData'];
  'credits.low': Schemas['CreditsLowData'];
  'invoice.paid': Schemas['InvoicePaidData'];
  'webhook.test': Schemas['WebhookTestData'];
}

export interface EmitInput<T extends WebhookEventType> {
  accountId: string;
  type: T;
  data: WebhookEventData[T];
  /** When the change happened (the payload's `timestamp`, and when its deliveries are first due); default now. */
  at?: Date;
  /** Only this endpoint, subscribed or not (a test event). */
  endpointId?: string;
}

/** The `webhook-id` of an event: the same on every attempt and replay of every delivery of it. */
export function webhookId(eventId: string): string {
  return `evt_${eventId.replaceAll('-', '')}`;
}

/**
 * Writes the event and its deliveries in `trx`; answers the event's id and how many deliveries it made (none when no
 * enabled endpoint is subscribed: the event is still kept, for the log).
 */
export async function emitEvent<T extends WebhookEventType>(
  trx: Knex.Transaction,
  input: EmitInput<T>,
): Promise<{ eventId: string; deliveries: number }> {
  const at = input.at ?? new Date();
  const payload = { type: input.type, timestamp: at.toISOString(), data: input.data };
  const [event] = await trx('webhook_events')
    .insert({ account_id: input.accountId, type: input.type, payload: JSON.stringify(payload), occurred_at: at })
    .returning<{ id: string }[]>('id');
  const eventId = (event as { id: string }).id;
  const endpoints = trx('webhook_endpoints').where({ account_id: input.accountId, enabled: true });
  if (input.endpointId) endpoints.where({ id: input.endpointId });
  else endpoints.whereRaw('? = any(events)', [input.type]);
  const inserted = await trx
    .into(trx.raw('webhook_deliveries (account_id, endpoint_id, event_id, event_type, status, next_attempt_at)'))
    .insert(
      endpoints.select(
        'account_id',
        'id',
        trx.raw('?::uuid', [eventId]),
        trx.raw('?', [input.type]),
        trx.raw(`'pending'`),
        trx.raw('?::timestamptz', [at]),
      ),
    )
    .returning('id');
  return { eventId, deliveries: inserted.length };
}
