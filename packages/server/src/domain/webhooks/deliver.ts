// The delivery worker: from a due delivery row to the receiver. A worker claims a due delivery (a token and a lease
// on the row, set by one guarded UPDATE, so of several workers exactly one wins it), makes the attempt with no
// transaction open — signed, to the address the SSRF guard checked and pinned — and records it, with the outcome
// and the next attempt's time, in one tenant transaction. A worker that dies mid-attempt leaves a lease that runs
// out, and the delivery is due again. Failing endpoints are retried on RETRY_DELAYS_SECONDS, and one that has failed
// with no success for DISABLE_AFTER_MS is disabled and its account notified.
import type { Knex } from 'knex';
import { withTenant } from '../../db/tenant.js';
import { AddressRefusedError, type PinnedAnswer, pinnedRequest } from '../../net/pinned-request.js';
import { recordAudit, systemActor } from '../audit/index.js';
import { notify } from '../billing/notifications.js';
import { type DeliveryRow, failPendingDeliveries } from './delivery-row.js';
import { webhookId } from './outbox.js';
import type { WebhookDeps } from './ports.js';
import { deliveryHeaders } from './signing.js';

/**
 * When a failed delivery is tried again, counted from the failed attempt: +5 s, +5 min, +30 min, +2 h, +5 h, +10 h,
 * +10 h — eight attempts over about 27.6 hours; after the last one fails the delivery is `failed`.
 */
export const RETRY_DELAYS_SECONDS = [5, 5 * 60, 30 * 60, 2 * 3600, 5 * 3600, 10 * 3600, 10 * 3600] as const;
/** An attempt's whole exchange: resolution, connection, request and answer. */
export const ATTEMPT_TIMEOUT_MS = 15_000;
/** What the log keeps of an answer's body. */
export const RESPONSE_BODY_BYTES = 4096;
/** A claim's lease: longer than an attempt and its recording can take, so a live claim is never taken twice. */
export const CLAIM_LEASE_MS = 60_000;
/** An endpoint failing this long with no success in between is disabled. */
export const DISABLE_AFTER_MS = 5 * 24 * 3600 * 1000;

export interface DeliveryWorkerDeps extends WebhookDeps {
  /** The owner pool: the worker looks for due deliveries across accounts, then works in each one's tenant. */
  owner: Knex;
  app: Knex;
}

/** A delivery this worker holds, with what its attempt needs. */
export interface Claim {
  delivery: DeliveryRow;
  token: string;
  url: string;
  secretSealed: string;
  previousSecretSealed: string | null;
  previousSecretExpiresAt: Date | null;
  payload: { type: string; timestamp: string; data: unknown };
}

/** Due deliveries, oldest due first, of enabled endpoints, not held by a live claim. */
export async function dueDeliveries(deps: Pick<DeliveryWorkerDeps, 'owner' | 'now'>, limit: number) {
  const now = deps.now();
  return deps
    .owner('webhook_deliveries as d')
    .join('webhook_endpoints as e', 'e.id', 'd.endpoint_id')
    .whereIn('d.status', ['pending', 'retrying'])
    .where('d.next_attempt_at', '<=', now)
    .where((q) => q.whereNull('d.claimed_until').orWhere('d.claimed_until', '<=', now))
    .where('e.enabled', true)
    .orderBy('d.next_attempt_at')
    .limit(limit)
    .select<{ id: string; account_id: string }[]>('d.id', 'd.account_id');
}

/** Claims one delivery if it is still due and unclaimed (another worker may have won it): one guarded UPDATE. */
export async function claimDelivery(
  deps: Pick<DeliveryWorkerDeps, 'app' | 'now'>,
  accountId: string,
  id: string,
): Promise<Claim | undefined> {
  const now = deps.now();
  const token = crypto.randomUUID();
  const { rows } = await withTenant(deps.app, { accountId }, (trx) =>
    trx.raw(
      `update webhook_deliveries d set claim_id = ?, claimed_until = ?
         from webhook_endpoints e, webhook_events ev
        where d.id = ? and e.id = d.endpoint_id and ev.id = d.event_id and e.enabled
          and d.status in ('pending', 'retrying') and d.next_attempt_at <= ?
          and (d.claimed_until is null or d.claimed_until <= ?)
      returning d.*, e.url, e.secret_sealed, e.previous_secret_sealed, e.previous_secret_expires_at, ev.payload`,
      [token, new Date(now.getTime() + CLAIM_LEASE_MS), id, now, now],
    ),
  );
  const row = rows[0];
  if (!row) return undefined;
  return {
    delivery: row as DeliveryRow,
    token,
    url: row.url,
    secretSealed: row.secret_sealed,
    previousSecretSealed: row.previous_secret_sealed,
    previousSecretExpiresAt: row.previous_secret_expires_at,
    payload: row.payload,
  };
}

/**
 * The body every attempt of the event sends: its stored payload, `type`, `timestamp` and `data` in that order
 * (what is inside `data` comes out of PostgreSQL's jsonb in its own fixed order), so the same bytes every time.
 */
export function bodyOf(payload: Claim['payload']): string {
  return JSON.stringify({ type: payload.type, timestamp: payload.timestamp, data: payload.data });
}

interface Outcome {
  startedAt: Date;
  durationMs: number;
  headers: Record<string, string>;
  answer?: PinnedAnswer;
  error?: string;
}

/** Why an attempt got no answer, in words for the log (never a secret: none is in a request's error). */
function describe(err: unknown): string {
  if (err instanceof AddressRefusedError) return `refused: ${err.message}`;
  const code = (err as { code?: string }).code;
  const message = err instanceof Error ? err.message : String(err);
  if (code === 'ECONNREFUSED') return 'connection refused';
  if (code === 'ECONNRESET') return 'connection reset';
  return message.slice(0, 500);
}

/** Makes the claimed attempt (no transaction open) and records it. */
export async function attemptDelivery(deps: DeliveryWorkerDeps, claim: Claim): Promise<void> {
  const startedAt = deps.now();
  const clock = performance.now();
  const body = bodyOf(claim.payload);
  let headers: Record<string, string> = {};
  let answer: PinnedAnswer | undefined;
  let error: string | undefined;
  try {
    const secrets = [deps.secretBox.open(claim.secretSealed)];
    if (claim.previousSecretSealed && claim.previousSecretExpiresAt && claim.previousSecretExpiresAt > startedAt) {
      secrets.push(deps.secretBox.open(claim.previousSecretSealed));
    }
    headers = deliveryHeaders({ webhookId: webhookId(claim.delivery.event_id), at: startedAt, body, secrets });
  } catch {
    error = 'the endpoint’s signing secret could not be opened (was the server secret changed?)';
  }
  if (!error) {
    try {
      answer = await pinnedRequest(
        new URL(claim.url),
        { method: 'POST', headers, body },
        {
          resolve: deps.resolve,
          policy: deps.policy,
          timeoutMs: ATTEMPT_TIMEOUT_MS,
          maxBodyBytes: RESPONSE_BODY_BYTES,
          purpose: 'a webhook delivery',
        },
      );
    } catch (err) {
      error = describe(err);
    }
  }
  const durationMs = Math.round(performance.now() - clock);
  await recordAttempt(deps, claim, { startedAt, durationMs, headers, answer, error });
}

/** What the delivery becomes after a failed attempt: retried on the schedule, or failed when it is spent. */
export function afterFailure(claim: Claim, now: Date): { status: 'retrying' | 'failed'; next: Date | null } {
  // Attempts of this round (since the delivery was made or last replayed), this one included.
  const round = claim.delivery.attempts + 1 - claim.delivery.retries_from;
  const delay = RETRY_DELAYS_SECONDS[Math.max(0, round - 1)];
  if (delay === undefined) return { status: 'failed', next: null };
  return { status: 'retrying', next: new Date(now.getTime() + delay * 1000) };
}

async function recordAttempt(deps: DeliveryWorkerDeps, claim: Claim, outcome: Outcome) {
  const { delivery, token } = claim;
  const now = deps.now();
  const status = outcome.answer?.status;
  const succeeded = status !== undefined && status >= 200 && status < 300;
  const next = succeeded ? { status: 'succeeded' as const, next: null } : afterFailure(claim, now);
  const lastError = succeeded ? null : (outcome.error ?? `answered ${status}`);
  await withTenant(deps.app, { accountId: delivery.account_id }, async (trx) => {
    // The endpoint first, then the delivery: the order every writer of both takes (a disabling locks the endpoint and
    // then fails its pending deliveries). Two attempts to one endpoint recorded at once, one of them disabling it,
    // would otherwise each hold what the other waits for (a deadlock).
    await trx('webhook_endpoints').where({ id: delivery.endpoint_id }).forNoKeyUpdate().first('id');
    // The claim decides the status only while it holds: a replay or a disabling meanwhile dropped it.
    const mine = trx.raw('claim_id = ?', [token]);
    const [row] = await trx('webhook_deliveries')
      .where({ id: delivery.id })
      .update({
        attempts: trx.raw('attempts + 1'),
        status: trx.raw('case when ? then ? else status end', [mine, next.status]),
        next_attempt_at: trx.raw('case when ? then ?::timestamptz else next_attempt_at end', [mine, next.next]),
        last_status_code: trx.raw('case when ? then ?::int else last_status_code end', [mine, status ?? null]),
        last_error: trx.raw('case when ? then ?::text else last_error end', [mine, lastError]),
        delivered_at: trx.raw('case when ? and ? then ?::timestamptz else delivered_at end', [mine, succeeded, now]),
        claimed_until: trx.raw('case when ? or claim_id is null then null else claimed_until end', [mine]),
        claim_id: trx.raw('case when ? then null else claim_id end', [mine]),
        updated_at: now,
      })
      .returning<{ attempts: number }[]>('attempts');
    // Deleted meanwhile (with its endpoint): nothing left to record.
    if (!row) return;
    await trx('webhook_attempts').insert({
      account_id: delivery.account_id,
      delivery_id: delivery.id,
      attempt: row.attempts,
      started_at: outcome.startedAt,
      duration_ms: outcome.durationMs,
      request_url: claim.url,
      request_headers: JSON.stringify(outcome.headers),
      response_status: outcome.answer?.status ?? null,
      response_headers: outcome.answer ? JSON.stringify(outcome.answer.headers) : null,
      response_body: outcome.answer?.body ?? null,
      error: outcome.answer ? null : (outcome.error ?? null),
    });
    if (succeeded) {
      await trx('webhook_endpoints').where({ id: delivery.endpoint_id }).update({ failing_since: null });
      return;
    }
    await noteFailure(trx, delivery, outcome.startedAt, now);
  });
}

/** A failed attempt: the endpoint's failing streak starts (if it had not), and after DISABLE_AFTER_MS it is disabled. */
async function noteFailure(trx: Knex.Transaction, delivery: DeliveryRow, startedAt: Date, now: Date) {
  const [endpoint] = await trx('webhook_endpoints')
    .where({ id: delivery.endpoint_id })
    .update({ failing_since: trx.raw('coalesce(failing_since, ?)', [startedAt]) })
    .returning<{ id: string; url: string; enabled: boolean; failing_since: Date }[]>([
      'id',
      'url',
      'enabled',
      'failing_since',
    ]);
  if (!endpoint?.enabled || now.getTime() - endpoint.failing_since.getTime() < DISABLE_AFTER_MS) return;
  await trx('webhook_endpoints')
    .where({ id: endpoint.id })
    .update({ enabled: false, disabled_reason: 'failing', disabled_at: now, updated_at: now });
  await failPendingDeliveries(trx, endpoint.id, now, 'The endpoint was disabled after failing for 5 days.');
  const since = endpoint.failing_since.toISOString();
  await recordAudit(trx, {
    actor: systemActor(delivery.account_id),
    action: 'webhook_endpoint.disabled',
    targetType: 'webhook_endpoint',
    targetId: endpoint.id,
    data: { reason: 'failing', failing_since: since },
  });
  await notify(trx, {
    accountId: delivery.account_id,
    kind: 'webhook_endpoint.disabled',
    title: 'Webhook endpoint disabled',
    body:
      `Deliveries to ${endpoint.url} have failed since ${since}, so the endpoint was disabled. ` +
      'Fix the receiver, enable the endpoint again and replay the deliveries it missed.',
    data: { endpoint_id: endpoint.id, url: endpoint.url, failing_since: since },
    dedupeKey: `webhook_endpoint.disabled:${endpoint.id}:${now.toISOString()}`,
  });
}

/**
 * One pass: claims up to `limit` due deliveries and makes their attempts, all at once; answers how many it made.
 * The worker's loop (jobs/webhooks.ts) keeps its own slots instead; tests with a controlled clock call this.
 */
export async function deliverDue(deps: DeliveryWorkerDeps, limit = 50): Promise<number> {
  const claims = await claimDue(deps, limit);
  await Promise.all(claims.map((c) => attemptDelivery(deps, c)));
  return claims.length;
}

/** Claims up to `limit` due deliveries (fewer when other workers won some). */
export async function claimDue(deps: DeliveryWorkerDeps, limit: number): Promise<Claim[]> {
  if (limit <= 0) return [];
  const claims: Claim[] = [];
  for (const due of await dueDeliveries(deps, limit)) {
    const claim = await claimDelivery(deps, due.account_id, due.id);
    if (claim) claims.push(claim);
  }
  return claims;
}
