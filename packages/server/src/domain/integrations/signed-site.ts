// A request signed by a connected WordPress site, authenticated: the router calls this for every operation whose
// role is `site` (or that declares `x-igny8-site-signed`), with the request exactly as it came — method, path with
// its query, the raw body — and the signature headers. The site's account is found through a narrow definer
// function (no tenant is known yet), the transaction entered as that tenant, the signature checked against the
// site's valid secrets (constant-time, the timestamp within 300 s) and the nonce recorded (a replay is refused).
// Every failure is a 401 with a code; nothing says whether the site exists.
import type { Knex } from 'knex';
import { setTenant } from '../../db/tenant.js';
import { UnauthorizedError } from '../../errors.js';
import type { Actor } from '../actor.js';
import type { IntegrationRow } from './integration-row.js';
import type { IntegrationDeps } from './ports.js';
import { HEADERS, type SignedHeaders, verifyRequest } from './signing.js';

/** The request as it was signed. */
export interface SignedRequest {
  headers: SignedHeaders;
  method: string;
  /** The path with its query, exactly as sent. */
  path: string;
  /** The exact body ('' when there is none). */
  body: string;
}

export function signedHeadersOf(get: (name: string) => string): SignedHeaders {
  return {
    site: get(HEADERS.site) || undefined,
    timestamp: get(HEADERS.timestamp) || undefined,
    nonce: get(HEADERS.nonce) || undefined,
    signature: get(HEADERS.signature) || undefined,
  };
}

/** The actor of a site's signed request: its account, limited to that site, with an admin's reach within it. */
export function siteActor(row: Pick<IntegrationRow, 'account_id' | 'site_id'>): Actor {
  return { kind: 'site', accountId: row.account_id, siteId: row.site_id, role: 'admin', userId: null, apiKeyId: null };
}

const refuse = (code: 'SIGNATURE_INVALID' | 'SIGNATURE_STALE' | 'SIGNATURE_REPLAYED') =>
  new UnauthorizedError(
    code,
    code === 'SIGNATURE_STALE'
      ? 'The signed request is too old.'
      : code === 'SIGNATURE_REPLAYED'
        ? 'This signed request was already used.'
        : 'The request signature is not valid.',
  );

/**
 * The secrets that sign for a site now: the current one, and the previous one while it rotates. One that opens under
 * no key of the server (JWT_SECRET changed with no JWT_SECRET_PREVIOUS) signs nothing: the site must connect again.
 */
function validSecrets(deps: Pick<IntegrationDeps, 'secretBox'>, row: IntegrationRow, now: Date): string[] {
  const sealed = [row.secret_current];
  if (row.secret_previous && row.previous_valid_until && row.previous_valid_until > now)
    sealed.push(row.secret_previous);
  return sealed.map((s) => deps.secretBox.tryOpen(s)).filter((secret): secret is string => secret !== undefined);
}

/**
 * Verifies a signed request in `trx`, which it enters as the site's tenant (and leaves so for the work that
 * follows). Answers the request's actor and the site's connection.
 */
export async function authenticateSite(
  trx: Knex.Transaction,
  deps: Pick<IntegrationDeps, 'secretBox' | 'now'>,
  request: SignedRequest,
): Promise<{ actor: Actor; integration: IntegrationRow }> {
  const siteId = request.headers.site ?? '';
  if (!/^[0-9a-f-]{36}$/i.test(siteId)) throw refuse('SIGNATURE_INVALID');
  const { rows } = await trx.raw('select igny8_integration_account(?::uuid) as account_id', [siteId]);
  const accountId = rows[0]?.account_id as string | null;
  if (!accountId) throw refuse('SIGNATURE_INVALID');
  await setTenant(trx, { accountId });
  const now = deps.now();
  const row = (await trx('integrations').where({ site_id: siteId }).first()) as IntegrationRow | undefined;
  if (!row) throw refuse('SIGNATURE_INVALID');
  const failure = await verifyRequest({
    headers: request.headers,
    method: request.method,
    path: request.path,
    body: request.body,
    secrets: validSecrets(deps, row, now),
    now,
    seen: async (nonce) => {
      const inserted = await trx('signature_nonces')
        .insert({ site_id: siteId, nonce, seen_at: now })
        .onConflict(['site_id', 'nonce'])
        .ignore()
        .returning('nonce');
      return inserted.length === 0;
    },
  });
  if (failure) throw refuse(failure);
  return { actor: siteActor(row), integration: row };
}

/** The site a signed request speaks for; anything else is refused (the router gives these routes only sites). */
export function signedSiteOf(actor: Actor): string {
  if (actor.kind !== 'site' || !actor.siteId) {
    throw new UnauthorizedError('SIGNATURE_INVALID', 'This route takes a request signed by the site.');
  }
  return actor.siteId;
}
