// Idempotency-Key for POST operations. Inside the request's transaction: an advisory lock on
// (scope, key) makes concurrent duplicates wait for the first; the first stores its response in
// the same transaction as its effect, so the stored answer exists exactly when the effect does.
// Duplicates then replay it; the same key with another body is refused.
//
// An operation done outside a transaction (`x-igny8-transaction: none`: it waits on another server) cannot hold the
// lock across its work. It marks the key as taken first (`begin`: a row with status 0, committed at once), does the
// work, then writes its answer into that row (`finish`) or removes it if it failed (`abandon`). A duplicate that finds
// the mark waits for the answer and replays it (`takeKey`), or does the work itself once the mark is gone, or
// older than IN_FLIGHT_LEASE_MS (its request died with its process).
import { createHash } from 'node:crypto';
import type { Knex } from 'knex';
import { IDEMPOTENCY_TTL_MS } from '../domain/billing/maintenance.js';
import type { TenantTransactions } from '../domain/ports.js';
import { AppError } from '../errors.js';

export interface StoredResponse {
  status: number;
  body: unknown;
  headers: Record<string, string>;
}

export function requestHash(method: string, path: string, body: unknown): string {
  return createHash('sha256')
    .update(`${method} ${path}\n${canonical(body)}`)
    .digest('hex');
}

/** JSON with sorted keys, so the same body in another key order is the same request. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object') {
    return `{${Object.keys(value)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${canonical((value as Record<string, unknown>)[k])}`)
      .join(',')}}`;
  }
  return JSON.stringify(value ?? null);
}

/** The status of a key's row while an operation outside a transaction is doing the work (no answer yet). */
const IN_FLIGHT = 0;
/** How long a mark holds off duplicates: longer than any call to another server (they time out within a minute). */
export const IN_FLIGHT_LEASE_MS = 120_000;

interface ClaimInput {
  scope: string;
  key: string;
  hash: string;
  now: Date;
}

/** A key's row, under the key's lock: none (or one past its time, removed), a mark, or a stored answer. */
async function lockedRow(trx: Knex.Transaction, input: ClaimInput) {
  await trx.raw('select pg_advisory_xact_lock(hashtextextended(?, 0))', [`${input.scope}\n${input.key}`]);
  const row = await trx('idempotency_keys').where({ scope: input.scope, key: input.key }).first();
  if (!row) return undefined;
  const inFlight = row.response_status === IN_FLIGHT;
  const age = input.now.getTime() - row.created_at.getTime();
  if (age > (inFlight ? IN_FLIGHT_LEASE_MS : IDEMPOTENCY_TTL_MS)) {
    await trx('idempotency_keys').where({ id: row.id }).delete();
    return undefined;
  }
  if (row.request_hash !== input.hash) {
    throw new AppError('IDEMPOTENCY_KEY_REUSED', 'This Idempotency-Key was used for a different request.');
  }
  return row;
}

const storedOf = (row: Record<string, any>): StoredResponse => ({
  status: row.response_status,
  body: row.response_body === null ? undefined : JSON.parse(row.response_body),
  headers: row.response_headers ?? {},
});

/** Waits for earlier holders of the key, then returns their stored response if there is one. */
export async function claim(trx: Knex.Transaction, input: ClaimInput): Promise<StoredResponse | undefined> {
  const row = await lockedRow(trx, input);
  // A mark is an operation outside a transaction at work under this key: with another path, so another hash.
  return row && row.response_status !== IN_FLIGHT ? storedOf(row) : undefined;
}

/**
 * For an operation outside a transaction: the stored answer to replay, `wait` while another request under the key
 * is at work, or the id of the mark this request has just made (the key is its to answer).
 */
async function begin(
  trx: Knex.Transaction,
  input: ClaimInput & { accountId: string | null },
): Promise<{ stored: StoredResponse } | { wait: true } | { mark: string }> {
  const row = await lockedRow(trx, input);
  if (row) return row.response_status === IN_FLIGHT ? { wait: true } : { stored: storedOf(row) };
  const [mark] = await trx('idempotency_keys')
    .insert({
      scope: input.scope,
      key: input.key,
      account_id: input.accountId,
      request_hash: input.hash,
      response_status: IN_FLIGHT,
      created_at: input.now,
    })
    .returning('id');
  return { mark: mark.id as string };
}

/** How often a duplicate looks again for the answer of the request at work under its key. */
const IN_FLIGHT_POLL_MS = 100;

/**
 * For an operation outside a transaction, each look in a short transaction of `tenant`: the stored answer to replay
 * (also one that a request at work under the key gave meanwhile, waited for), or the mark that makes this request
 * the one to answer the key.
 */
export async function takeKey(
  tenant: TenantTransactions,
  input: Omit<ClaimInput, 'now'> & { accountId: string | null },
  now: () => Date,
): Promise<{ stored: StoredResponse } | { mark: string }> {
  for (;;) {
    const taken = await tenant((trx) => begin(trx, { ...input, now: now() }));
    if (!('wait' in taken)) return taken;
    await new Promise((resolve) => setTimeout(resolve, IN_FLIGHT_POLL_MS));
  }
}

/** A response as the row keeps it (the body as text: a replay is byte for byte the first answer). */
const responseColumns = (response: StoredResponse) => ({
  response_status: response.status,
  response_body: response.body === undefined ? null : JSON.stringify(response.body),
  response_headers: JSON.stringify(response.headers),
});

/** Writes the answer into this request's mark (the stored answer duplicates replay from now on). */
export async function finish(trx: Knex.Transaction, mark: string, response: StoredResponse): Promise<void> {
  await trx('idempotency_keys').where({ id: mark, response_status: IN_FLIGHT }).update(responseColumns(response));
}

/** Removes this request's mark after a failure: a duplicate, or a retry, does the work itself. */
export async function abandon(trx: Knex.Transaction, mark: string): Promise<void> {
  await trx('idempotency_keys').where({ id: mark, response_status: IN_FLIGHT }).delete();
}

export async function store(
  trx: Knex.Transaction,
  input: { scope: string; key: string; hash: string; accountId: string | null; response: StoredResponse },
) {
  await trx('idempotency_keys').insert({
    scope: input.scope,
    key: input.key,
    account_id: input.accountId,
    request_hash: input.hash,
    ...responseColumns(input.response),
  });
}
