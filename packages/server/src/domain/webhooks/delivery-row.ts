// A delivery row and how the API shows it; shared by the endpoints, the log and the worker.
import type { components } from '@igny8/contract';
import type { Knex } from 'knex';
import { type WebhookEventType, webhookId } from './outbox.js';

type Schemas = components['schemas'];

const iso = (d: Date | null) => (d ? d.toISOString() : null);

export interface DeliveryRow {
  id: string;
  account_id: string;
  endpoint_id: string;
  event_id: string;
  event_type: WebhookEventType;
  status: 'pending' | 'retrying' | 'succeeded' | 'failed';
  attempts: number;
  next_attempt_at: Date | null;
  last_status_code: number | null;
  last_error: string | null;
  delivered_at: Date | null;
  created_at: Date;
  claim_id: string | null;
  claimed_until: Date | null;
  retries_from: number;
}

export function presentDelivery(row: DeliveryRow): Schemas['WebhookDelivery'] {
  return {
    id: row.id,
    endpoint_id: row.endpoint_id,
    event_id: webhookId(row.event_id),
    event_type: row.event_type,
    status: row.status,
    attempts: row.attempts,
    // Once it is settled, nothing more is due.
    next_attempt_at: row.status === 'pending' || row.status === 'retrying' ? iso(row.next_attempt_at) : null,
    last_status_code: row.last_status_code,
    last_error: row.last_error,
    created_at: row.created_at.toISOString(),
    delivered_at: iso(row.delivered_at),
  };
}

/** Every delivery of the endpoint still queued is `failed`: the endpoint was disabled. */
export async function failPendingDeliveries(trx: Knex.Transaction, endpointId: string, now: Date, reason: string) {
  await trx('webhook_deliveries')
    .where({ endpoint_id: endpointId })
    .whereIn('status', ['pending', 'retrying'])
    // The claim goes too: an attempt in flight records itself but leaves the status as it is now.
    .update({ status: 'failed', next_attempt_at: null, last_error: reason, claim_id: null, updated_at: now });
}
