// Idempotency-Key for POST operations. Inside the request's transaction: an advisory lock on
// (scope, key) makes concurrent duplicates wait for the first; the first stores its response in
// the same transaction as its effect, so the stored answer exists exactly when the effect does.
// Duplicates then replay it; the same key with another body is refused.
import { createHash } from 'node:crypto';
import type { Knex } from 'knex';
import { IDEMPOTENCY_TTL_MS } from '../domain/billing/maintenance.js';
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

/** Waits for earlier holders of the key, then returns their stored response if there is one. */
export async function claim(
  trx: Knex.Transaction,
  input: { scope: string; key: string; hash: string; now: Date },
): Promise<StoredResponse | undefined> {
  await trx.raw('select pg_advisory_xact_lock(hashtextextended(?, 0))', [`${input.scope}\n${input.key}`]);
  const row = await trx('idempotency_keys').where({ scope: input.scope, key: input.key }).first();
  if (!row) return undefined;
  if (row.created_at.getTime() < input.now.getTime() - IDEMPOTENCY_TTL_MS) {
    await trx('idempotency_keys').where({ id: row.id }).delete();
    return undefined;
  }
  if (row.request_hash !== input.hash) {
    throw new AppError('IDEMPOTENCY_KEY_REUSED', 'This Idempotency-Key was used for a different request.');
  }
  return {
    status: row.response_status,
    body: row.response_body === null ? undefined : JSON.parse(row.response_body),
    headers: row.response_headers ?? {},
  };
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
    response_status: input.response.status,
    response_body: input.response.body === undefined ? null : JSON.stringify(input.response.body),
    response_headers: JSON.stringify(input.response.headers),
  });
}
