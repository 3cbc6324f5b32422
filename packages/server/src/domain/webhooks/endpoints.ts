// The account's webhook endpoints: where events are sent, which ones, and the secret they are signed with. A secret
// is shown once (at creation and at each rotation) and kept sealed; a rotation keeps the old secret signing beside
// the new one for a day, so a receiver can switch without losing a delivery. A URL is checked when it is set (and
// again, with its address pinned, on every delivery: pinned-request.ts).
import type { components } from '@igny8/contract';
import type { Knex } from 'knex';
import { paginate } from '../../db/pagination.js';
import { AppError, NotFoundError } from '../../errors.js';
import { assertWebhookUrl } from '../../net/pinned-request.js';
import type { Actor } from '../actor.js';
import { recordAudit } from '../audit/index.js';
import type { TenantTransactions } from '../ports.js';
import { type DeliveryRow, failPendingDeliveries, presentDelivery } from './delivery-row.js';
import { emitEvent, type WebhookEventType } from './outbox.js';
import type { WebhookDeps } from './ports.js';
import { newWebhookSecret } from './signing.js';

type Schemas = components['schemas'];

/** Endpoints one account may have. */
export const MAX_ENDPOINTS = 20;
/** How long the previous secret keeps signing after a rotation. */
export const ROTATION_OVERLAP_MS = 24 * 60 * 60 * 1000;

export interface EndpointRow {
  id: string;
  account_id: string;
  url: string;
  description: string;
  events: WebhookEventType[];
  enabled: boolean;
  disabled_reason: 'failing' | 'manual' | null;
  disabled_at: Date | null;
  failing_since: Date | null;
  secret_sealed: string;
  previous_secret_sealed: string | null;
  previous_secret_expires_at: Date | null;
  created_at: Date;
  updated_at: Date;
}

const iso = (d: Date | null) => (d ? d.toISOString() : null);

/** An endpoint as the API shows it: never its secrets, sealed or not. */
export function presentEndpoint(row: EndpointRow, now: Date): Schemas['WebhookEndpoint'] {
  const previousExpires = row.previous_secret_expires_at;
  return {
    id: row.id,
    url: row.url,
    description: row.description,
    events: row.events,
    enabled: row.enabled,
    disabled_reason: row.disabled_reason,
    disabled_at: iso(row.disabled_at),
    failing_since: iso(row.failing_since),
    previous_secret_expires_at: previousExpires && previousExpires > now ? previousExpires.toISOString() : null,
    created_at: row.created_at.toISOString(),
    updated_at: row.updated_at.toISOString(),
  };
}

/**
 * Endpoints receive every event of the account, whatever site it concerns: an actor limited to one site (a
 * site-restricted key) may not manage them.
 */
function assertAccountWide(actor: Actor) {
  if (actor.siteId) {
    throw new AppError(
      'FORBIDDEN',
      'Webhook endpoints receive the whole account’s events; a site-restricted key cannot manage them.',
    );
  }
}

export async function findEndpoint(
  trx: Knex.Transaction,
  actor: Actor,
  id: string,
  lock = false,
): Promise<EndpointRow> {
  assertAccountWide(actor);
  const q = trx<EndpointRow>('webhook_endpoints').where({ id }).first();
  // FOR UPDATE (not NO KEY UPDATE): deleteEndpoint deletes the row it locks here.
  if (lock) q.forUpdate();
  const row = await q;
  if (!row) throw new NotFoundError('Webhook endpoint');
  return row;
}

export async function listEndpoints(
  trx: Knex.Transaction,
  actor: Actor,
  page: { limit: number; cursor?: string },
  now: Date,
) {
  assertAccountWide(actor);
  const result = await paginate<EndpointRow>(trx('webhook_endpoints').select('webhook_endpoints.*'), {
    table: 'webhook_endpoints',
    limit: page.limit,
    cursor: page.cursor,
  });
  return { data: result.data.map((r) => presentEndpoint(r, now)), meta: result.meta };
}

export async function getEndpoint(trx: Knex.Transaction, actor: Actor, id: string, now: Date) {
  return presentEndpoint(await findEndpoint(trx, actor, id), now);
}

/**
 * Adds an endpoint. Its host is resolved (and checked) before any transaction opens: no connection of ours waits on
 * a resolver (`x-igny8-transaction: none`).
 */
export async function createEndpoint(
  tenant: TenantTransactions,
  deps: Pick<WebhookDeps, 'secretBox' | 'now' | 'resolve' | 'policy'>,
  actor: Actor,
  input: Schemas['CreateWebhookEndpointRequest'],
) {
  assertAccountWide(actor);
  const url = await assertWebhookUrl(input.url, deps);
  return tenant((trx) => insertEndpoint(trx, deps, actor, input, url));
}

async function insertEndpoint(
  trx: Knex.Transaction,
  deps: Pick<WebhookDeps, 'secretBox' | 'now'>,
  actor: Actor,
  input: Schemas['CreateWebhookEndpointRequest'],
  url: URL,
) {
  // One count per account at a time: two creations at once cannot both take the last place.
  await trx.raw('select pg_advisory_xact_lock(hashtext(?))', [`webhook-endpoints:${actor.accountId}`]);
  const [{ n }] = (await trx('webhook_endpoints').count({ n: '*' })) as [{ n: number | string }];
  if (Number(n) >= MAX_ENDPOINTS) {
    throw new AppError('UNPROCESSABLE', `An account can have ${MAX_ENDPOINTS} webhook endpoints; delete one first.`, {
      limit: MAX_ENDPOINTS,
    });
  }
  const secret = newWebhookSecret();
  const now = deps.now();
  const enabled = input.enabled ?? true;
  const [row] = await trx<EndpointRow>('webhook_endpoints')
    .insert({
      account_id: actor.accountId,
      url: url.toString(),
      description: input.description ?? '',
      events: input.events,
      enabled,
      disabled_reason: enabled ? null : 'manual',
      disabled_at: enabled ? null : now,
      secret_sealed: deps.secretBox.seal(secret),
      created_at: now,
      updated_at: now,
    })
    .returning('*');
  const created = row as EndpointRow;
  await recordAudit(trx, {
    actor,
    action: 'webhook_endpoint.created',
    targetType: 'webhook_endpoint',
    targetId: created.id,
    data: { url: created.url, events: created.events, enabled },
  });
  return { endpoint: presentEndpoint(created, now), secret };
}

/**
 * Changes an endpoint. A new URL's host is resolved (and checked) between two transactions, the first of which finds
 * the endpoint (an unknown one is 404 whatever the URL): no connection of ours waits on a resolver.
 */
export async function updateEndpoint(
  tenant: TenantTransactions,
  deps: Pick<WebhookDeps, 'now' | 'resolve' | 'policy'>,
  actor: Actor,
  id: string,
  input: Schemas['UpdateWebhookEndpointRequest'],
) {
  let url: string | undefined;
  if (input.url !== undefined) {
    await tenant((trx) => findEndpoint(trx, actor, id));
    url = (await assertWebhookUrl(input.url, deps)).toString();
  }
  return tenant((trx) => changeEndpoint(trx, deps, actor, id, input, url));
}

async function changeEndpoint(
  trx: Knex.Transaction,
  deps: Pick<WebhookDeps, 'now'>,
  actor: Actor,
  id: string,
  input: Schemas['UpdateWebhookEndpointRequest'],
  url: string | undefined,
) {
  const current = await findEndpoint(trx, actor, id, true);
  const now = deps.now();
  const changes: Partial<EndpointRow> = { updated_at: now };
  if (url !== undefined) changes.url = url;
  if (input.events !== undefined) changes.events = input.events;
  if (input.description !== undefined) changes.description = input.description;
  if (input.enabled === false && current.enabled) {
    Object.assign(changes, { enabled: false, disabled_reason: 'manual', disabled_at: now });
    await failPendingDeliveries(trx, id, now, 'The endpoint was disabled.');
  } else if (input.enabled === true && !current.enabled) {
    // Enabled again: its failing streak is forgotten; what it missed is replayed on request, not by itself.
    Object.assign(changes, { enabled: true, disabled_reason: null, disabled_at: null, failing_since: null });
  }
  const [row] = await trx<EndpointRow>('webhook_endpoints').where({ id }).update(changes).returning('*');
  // What changed, from and to (the URL, the events, the description, enabled).
  const changed: Record<string, { from: unknown; to: unknown }> = {};
  for (const field of ['url', 'events', 'description', 'enabled'] as const) {
    if (field in changes && JSON.stringify(changes[field]) !== JSON.stringify(current[field])) {
      changed[field] = { from: current[field], to: changes[field] };
    }
  }
  if (Object.keys(changed).length) {
    await recordAudit(trx, {
      actor,
      action: 'webhook_endpoint.updated',
      targetType: 'webhook_endpoint',
      targetId: id,
      data: changed,
    });
  }
  return presentEndpoint(row as EndpointRow, now);
}

/** Deletes the endpoint; its deliveries and their attempts go with it (nothing more is sent to it). */
export async function deleteEndpoint(trx: Knex.Transaction, actor: Actor, id: string) {
  const endpoint = await findEndpoint(trx, actor, id, true);
  await trx('webhook_endpoints').where({ id }).delete();
  await recordAudit(trx, {
    actor,
    action: 'webhook_endpoint.deleted',
    targetType: 'webhook_endpoint',
    targetId: id,
    data: { url: endpoint.url },
  });
}

/** A new secret, shown once; the one it replaces signs beside it for ROTATION_OVERLAP_MS. */
export async function rotateSecret(
  trx: Knex.Transaction,
  deps: Pick<WebhookDeps, 'secretBox' | 'now'>,
  actor: Actor,
  id: string,
) {
  const current = await findEndpoint(trx, actor, id, true);
  const now = deps.now();
  const secret = newWebhookSecret();
  const [row] = await trx<EndpointRow>('webhook_endpoints')
    .where({ id })
    .update({
      secret_sealed: deps.secretBox.seal(secret),
      // A second rotation within the window drops the oldest secret: two sign at most.
      previous_secret_sealed: current.secret_sealed,
      previous_secret_expires_at: new Date(now.getTime() + ROTATION_OVERLAP_MS),
      updated_at: now,
    })
    .returning('*');
  await recordAudit(trx, {
    actor,
    action: 'webhook_endpoint.secret_rotated',
    targetType: 'webhook_endpoint',
    targetId: id,
    data: { old_one_signs_until: new Date(now.getTime() + ROTATION_OVERLAP_MS).toISOString() },
  });
  return { endpoint: presentEndpoint(row as EndpointRow, now), secret };
}

export function assertEnabled(endpoint: EndpointRow) {
  if (!endpoint.enabled) {
    throw new AppError(
      'WEBHOOK_ENDPOINT_DISABLED',
      endpoint.disabled_reason === 'failing'
        ? 'The endpoint was disabled after failing for days; enable it first.'
        : 'The endpoint is disabled; enable it first.',
      { disabled_reason: endpoint.disabled_reason },
    );
  }
}

/** Emits a `webhook.test` event to this endpoint alone; answers its delivery, due now. */
export async function sendTestEvent(trx: Knex.Transaction, deps: Pick<WebhookDeps, 'now'>, actor: Actor, id: string) {
  const endpoint = await findEndpoint(trx, actor, id);
  assertEnabled(endpoint);
  const { eventId } = await emitEvent(trx, {
    accountId: actor.accountId,
    type: 'webhook.test',
    data: { account_id: actor.accountId, endpoint_id: id },
    at: deps.now(),
    endpointId: id,
  });
  const row = await trx<DeliveryRow>('webhook_deliveries').where({ endpoint_id: id, event_id: eventId }).first();
  return presentDelivery(row as DeliveryRow);
}
