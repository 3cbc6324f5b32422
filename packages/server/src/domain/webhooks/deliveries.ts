// The delivery log of an endpoint and its replay. Every delivery keeps its event's id (the `webhook-id`) and payload,
// so a replay sends the very same message again: the receiver can tell it from a new event and drop a duplicate.
// A replay puts the delivery back in the queue, due now, with a fresh retry schedule; its earlier attempts stay in
// the log.
import type { components } from '@igny8/contract';
import type { Knex } from 'knex';
import { pageOf, pageQuery } from '../../db/pagination.js';
import { NotFoundError } from '../../errors.js';
import type { Actor } from '../actor.js';
import { type DeliveryRow, presentDelivery } from './delivery-row.js';
import { assertEnabled, findEndpoint } from './endpoints.js';
import type { WebhookEventType } from './outbox.js';

type Schemas = components['schemas'];

export type { DeliveryRow } from './delivery-row.js';

/** Deliveries one range replay queues again, at most. */
export const MAX_REPLAY = 1000;

interface AttemptRow {
  attempt: number;
  started_at: Date;
  duration_ms: number;
  request_url: string;
  request_headers: Record<string, string>;
  response_status: number | null;
  response_headers: Record<string, string> | null;
  response_body: string | null;
  error: string | null;
}

function presentAttempt(row: AttemptRow): Schemas['WebhookAttempt'] {
  return {
    attempt: row.attempt,
    started_at: row.started_at.toISOString(),
    duration_ms: row.duration_ms,
    request: { url: row.request_url, headers: row.request_headers },
    response:
      row.response_status === null
        ? null
        : { status: row.response_status, headers: row.response_headers ?? {}, body: row.response_body ?? '' },
    error: row.error,
  };
}

export async function listDeliveries(
  trx: Knex.Transaction,
  actor: Actor,
  endpointId: string,
  page: { limit: number; cursor?: string; status?: DeliveryRow['status']; event_type?: WebhookEventType },
) {
  const q = trx('webhook_deliveries').where({ endpoint_id: endpointId }).select('webhook_deliveries.*');
  if (page.status) q.where({ status: page.status });
  if (page.event_type) q.where({ event_type: page.event_type });
  // Built first, so a cursor this API never gave is refused as such, whatever the endpoint.
  const statement = pageQuery(q, {
    table: 'webhook_deliveries',
    limit: page.limit,
    cursor: page.cursor,
    orderBy: { column: 'created_at', type: 'timestamptz', direction: 'desc' },
  });
  await findEndpoint(trx, actor, endpointId);
  const rows = await statement;
  const result = pageOf<DeliveryRow>(rows, page.limit);
  return { data: result.data.map(presentDelivery), meta: result.meta };
}

async function findDelivery(trx: Knex.Transaction, endpointId: string, id: string): Promise<DeliveryRow> {
  const row = await trx<DeliveryRow>('webhook_deliveries').where({ id, endpoint_id: endpointId }).first();
  if (!row) throw new NotFoundError('Webhook delivery');
  return row;
}

/** One delivery with the payload it sends and every attempt's request and response, oldest first. */
export async function getDelivery(trx: Knex.Transaction, actor: Actor, endpointId: string, id: string) {
  await findEndpoint(trx, actor, endpointId);
  const delivery = await findDelivery(trx, endpointId, id);
  const event = await trx('webhook_events').where({ id: delivery.event_id }).first('payload');
  const attempts: AttemptRow[] = await trx('webhook_attempts')
    .where({ delivery_id: id })
    .orderBy([{ column: 'started_at' }, { column: 'attempt' }]);
  return { delivery: presentDelivery(delivery), payload: event.payload, attempts: attempts.map(presentAttempt) };
}

/**
 * What a replay sets: queued, due now, its retry schedule starting over. An attempt in flight at that moment is
 * counted into the new schedule's start (its outcome is recorded but no longer decides the status: its claim is
 * dropped), and its lease still keeps a second attempt from starting before it ended.
 */
function requeue(trx: Knex.Transaction, now: Date) {
  return {
    status: 'pending',
    next_attempt_at: now,
    retries_from: trx.raw('attempts + (case when claim_id is not null and claimed_until > ? then 1 else 0 end)', [now]),
    claim_id: null,
    updated_at: now,
  };
}

export async function replayDelivery(trx: Knex.Transaction, actor: Actor, endpointId: string, id: string, now: Date) {
  assertEnabled(await findEndpoint(trx, actor, endpointId));
  await findDelivery(trx, endpointId, id);
  const [row] = await trx<DeliveryRow>('webhook_deliveries')
    .where({ id })
    .update(requeue(trx, now) as never)
    .returning('*');
  return presentDelivery(row as DeliveryRow);
}

/**
 * Queues again the deliveries made in [since, until): the failed ones, or with `only_failed: false` every settled
 * one (those still queued are on their way already). Oldest first, MAX_REPLAY at most per call.
 */
export async function replayDeliveries(
  trx: Knex.Transaction,
  actor: Actor,
  endpointId: string,
  input: { since: string; until?: string; only_failed?: boolean },
  now: Date,
) {
  assertEnabled(await findEndpoint(trx, actor, endpointId));
  const chosen = trx('webhook_deliveries')
    .where({ endpoint_id: endpointId })
    .where('created_at', '>=', input.since)
    .whereIn('status', input.only_failed === false ? ['failed', 'succeeded'] : ['failed'])
    .orderBy([{ column: 'created_at' }, { column: 'id' }])
    .limit(MAX_REPLAY)
    .select('id');
  if (input.until) chosen.where('created_at', '<', input.until);
  const queued = await trx('webhook_deliveries')
    .whereIn('id', chosen)
    .update(requeue(trx, now) as never);
  return { queued: Number(queued) };
}
