// A site's WordPress connection: one-time connection codes, the exchange for a signing secret,
// rotation, signed calls to the plugin (health, site metadata) and signed requests from it.
import type { Knex } from 'knex';
import { hashToken, newToken } from '../../auth/secrets.js';
import { withTenant } from '../../db/tenant.js';
import type { AppDeps } from '../../deps.js';
import { AppError, UnauthorizedError } from '../../errors.js';
import type { Actor } from '../actor.js';
import { findVisibleSite } from '../tenancy/sites.js';
import { SecretBox } from './secret-box.js';
import { HEADERS, SIGNATURE_WINDOW_SECONDS, type SignedHeaders, signRequest, verifyRequest } from './signing.js';
import { originOf, siteOrigins } from './site-origins.js';
import { assertPublicUrl } from './url-guard.js';
import { acceptRestRoot, discoverRestRoot, restRouteUrl } from './wordpress-rest.js';

const CODE_PREFIX = 'igny8_cc_';
const SECRET_PREFIX = 'igny8_ws_';
const CODE_TTL_MS = 15 * 60 * 1000;

interface IntegrationRow {
  id: string;
  account_id: string;
  site_id: string;
  status: 'connected' | 'error';
  wordpress_url: string;
  /** The site's REST root as it reported it or as discovered; null until known. */
  rest_url: string | null;
  /** The origin of the site's wp-admin: its widget sessions are granted CORS from there. */
  widget_origin: string | null;
  secret_current: string;
  secret_previous: string | null;
  previous_valid_until: Date | null;
  wp_version: string | null;
  plugin_version: string | null;
  seo_plugin: string | null;
  metadata: Record<string, unknown>;
  connected_at: Date;
  last_checked_at: Date | null;
  last_error: string | null;
  synced_at: Date | null;
}

const box = (deps: AppDeps) => new SecretBox(deps.config.jwt.secret);
const iso = (d: Date | null) => (d ? d.toISOString() : null);
const EMPTY_METADATA = { post_types: [], taxonomies: [], categories: [], tags: [], authors: [] };

export function presentIntegration(siteId: string, row: IntegrationRow | undefined) {
  if (!row) {
    return {
      site_id: siteId,
      status: 'not_connected' as const,
      wordpress_url: null,
      rest_url: null,
      widget_origin: null,
      wp_version: null,
      plugin_version: null,
      seo_plugin: null,
      connected_at: null,
      last_checked_at: null,
      last_error: null,
      synced_at: null,
      metadata: EMPTY_METADATA,
    };
  }
  return {
    site_id: siteId,
    status: row.status,
    wordpress_url: row.wordpress_url,
    rest_url: row.rest_url,
    widget_origin: row.widget_origin,
    wp_version: row.wp_version,
    plugin_version: row.plugin_version,
    seo_plugin: row.seo_plugin,
    connected_at: iso(row.connected_at),
    last_checked_at: iso(row.last_checked_at),
    last_error: row.last_error,
    synced_at: iso(row.synced_at),
    metadata: { ...EMPTY_METADATA, ...row.metadata } as typeof EMPTY_METADATA,
  };
}

export async function getIntegration(trx: Knex.Transaction, actor: Actor, siteId: string) {
  await findVisibleSite(trx, actor, siteId);
  return presentIntegration(siteId, await trx('integrations').where({ site_id: siteId }).first());
}

export async function createConnectionCode(trx: Knex.Transaction, actor: Actor, siteId: string, now: Date) {
  await findVisibleSite(trx, actor, siteId);
  await trx('connection_codes').where({ site_id: siteId }).whereNull('used_at').delete();
  const code = newToken(CODE_PREFIX, 24);
  const expiresAt = new Date(now.getTime() + CODE_TTL_MS);
  await trx('connection_codes').insert({
    account_id: actor.accountId,
    site_id: siteId,
    code_hash: hashToken(code),
    expires_at: expiresAt,
  });
  return { code, expires_at: expiresAt.toISOString() };
}

export async function disconnect(deps: AppDeps, trx: Knex.Transaction, actor: Actor, siteId: string) {
  await findVisibleSite(trx, actor, siteId);
  await forgetIntegration(deps, trx, siteId);
}

/** Deletes a site's connection: its secrets stop signing and its wp-admin origin stops being granted CORS. */
export async function forgetIntegration(deps: AppDeps, trx: Knex.Transaction, siteId: string) {
  const deleted = await trx('integrations').where({ site_id: siteId }).delete().returning('widget_origin');
  for (const row of deleted) siteOrigins(deps).forget(row.widget_origin);
}

/** The plugin exchanges a one-time code for the site's secret. */
export async function connect(
  deps: AppDeps,
  input: {
    code: string;
    site_url: string;
    rest_url?: string;
    admin_url?: string;
    wp_version?: string;
    plugin_version?: string;
  },
  /** The address the plugin reached us at: the API base to use when PUBLIC_URL is not set. */
  requestOrigin: string,
) {
  const codeHash = hashToken(input.code);
  const { rows } = await deps.db.app.raw('select igny8_connection_code_account(?) as account_id', [codeHash]);
  const accountId = rows[0]?.account_id as string | null;
  if (!accountId) throw new AppError('CONNECTION_CODE_INVALID', 'The connection code is unknown, used or expired.');
  const url = await assertPublicUrl(input.site_url, { allowPrivate: deps.config.allowPrivateUrls });
  const secret = newToken(SECRET_PREFIX, 32);
  const now = deps.now();
  const origins: (string | null)[] = [];
  const siteId = await withTenant(deps.db.app, { accountId }, async (trx) => {
    const code = await trx('connection_codes').where({ code_hash: codeHash }).forUpdate().first();
    if (!code || code.used_at || new Date(code.expires_at) <= now) {
      throw new AppError('CONNECTION_CODE_INVALID', 'The connection code is unknown, used or expired.');
    }
    await trx('connection_codes').where({ id: code.id }).update({ used_at: now });
    const previous = await trx('integrations').where({ site_id: code.site_id }).first('widget_origin');
    const fields = {
      status: 'connected',
      wordpress_url: url.toString().replace(/\/$/, ''),
      // A REST root elsewhere than the site's host is ignored (and found again from the site when first needed).
      rest_url: acceptRestRoot(input.rest_url, [url.hostname]),
      widget_origin: originOf(input.admin_url) ?? url.origin,
      secret_current: box(deps).seal(secret),
      secret_previous: null,
      previous_valid_until: null,
      wp_version: input.wp_version ?? null,
      plugin_version: input.plugin_version ?? null,
      connected_at: now,
      last_error: null,
      updated_at: now,
    };
    await trx('integrations')
      .insert({ account_id: accountId, site_id: code.site_id, ...fields })
      .onConflict('site_id')
      .merge(fields);
    await trx('sites').where({ id: code.site_id }).whereNull('url').update({ url: fields.wordpress_url });
    origins.push(previous?.widget_origin ?? null, fields.widget_origin);
    return code.site_id as string;
  });
  // Committed: the widget may be opened at once from the new origin, and no longer from a previous one.
  for (const origin of origins) siteOrigins(deps).forget(origin);
  return { site_id: siteId, secret, api_base_url: deps.config.publicUrlSet ? deps.config.publicUrl : requestOrigin };
}

/** The secrets that sign for a site now: the current one, and the previous one while it rotates. */
function validSecrets(deps: AppDeps, row: IntegrationRow, now: Date): string[] {
  const secrets = [box(deps).open(row.secret_current)];
  if (row.secret_previous && row.previous_valid_until && row.previous_valid_until > now) {
    secrets.push(box(deps).open(row.secret_previous));
  }
  return secrets;
}

/**
 * Verifies a request signed by a site's plugin and runs `work` in that account's tenant transaction.
 * Every failure is a 401 with a code; nothing says whether the site exists.
 */
export async function withSignedSite<T>(
  deps: AppDeps,
  request: { headers: SignedHeaders; method: string; path: string; body: string },
  work: (trx: Knex.Transaction, integration: IntegrationRow) => Promise<T>,
): Promise<T> {
  const siteId = request.headers.site ?? '';
  const refuse = (code: 'SIGNATURE_INVALID' | 'SIGNATURE_STALE' | 'SIGNATURE_REPLAYED') =>
    new UnauthorizedError(
      code,
      code === 'SIGNATURE_STALE'
        ? 'The signed request is too old.'
        : code === 'SIGNATURE_REPLAYED'
          ? 'This signed request was already used.'
          : 'The request signature is not valid.',
    );
  if (!/^[0-9a-f-]{36}$/i.test(siteId)) throw refuse('SIGNATURE_INVALID');
  const { rows } = await deps.db.app.raw('select igny8_integration_account(?::uuid) as account_id', [siteId]);
  const accountId = rows[0]?.account_id as string | null;
  if (!accountId) throw refuse('SIGNATURE_INVALID');
  const now = deps.now();
  return withTenant(deps.db.app, { accountId }, async (trx) => {
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
    return work(trx, row);
  });
}

export function signedHeadersOf(get: (name: string) => string): SignedHeaders {
  return {
    site: get(HEADERS.site) || undefined,
    timestamp: get(HEADERS.timestamp) || undefined,
    nonce: get(HEADERS.nonce) || undefined,
    signature: get(HEADERS.signature) || undefined,
  };
}

export async function rotateSecret(deps: AppDeps, trx: Knex.Transaction, row: IntegrationRow) {
  const secret = newToken(SECRET_PREFIX, 32);
  const now = deps.now();
  await trx('integrations')
    .where({ id: row.id })
    .update({
      secret_previous: row.secret_current,
      previous_valid_until: new Date(now.getTime() + SIGNATURE_WINDOW_SECONDS * 1000),
      secret_current: box(deps).seal(secret),
      updated_at: now,
    });
  return { secret };
}

/** The site no longer serves its REST API where we called it (a redirect, or a page that is not JSON). */
class RestApiMoved extends AppError {
  constructor(message: string) {
    super('WORDPRESS_UNREACHABLE', message);
  }
}

/**
 * A signed call from Igny8 to the plugin, at the site's REST root. When the root is not known yet, or the site
 * answers from elsewhere (its permalinks changed), the root is read from the site and the call made once more there.
 */
async function callPlugin(
  deps: AppDeps,
  trx: Knex.Transaction,
  row: IntegrationRow,
  method: 'GET' | 'POST',
  route: string,
  body?: unknown,
) {
  const options = { allowPrivate: deps.config.allowPrivateUrls };
  const discovered = row.rest_url ? null : await discoverRestRoot(row.wordpress_url, options);
  const root = row.rest_url ?? discovered ?? `${row.wordpress_url}/wp-json/`;
  try {
    const answer = await signedPluginCall(deps, row, root, method, route, body);
    if (root !== row.rest_url) await saveRestRoot(trx, row, root);
    return answer;
  } catch (err) {
    if (!(err instanceof RestApiMoved) || discovered) throw err;
    const found = await discoverRestRoot(row.wordpress_url, options);
    if (!found || found === root) throw err;
    const answer = await signedPluginCall(deps, row, found, method, route, body);
    await saveRestRoot(trx, row, found);
    return answer;
  }
}

async function saveRestRoot(trx: Knex.Transaction, row: IntegrationRow, root: string) {
  await trx('integrations').where({ id: row.id }).update({ rest_url: root });
}

async function signedPluginCall(
  deps: AppDeps,
  row: IntegrationRow,
  root: string,
  method: 'GET' | 'POST',
  route: string,
  body?: unknown,
) {
  const url = await assertPublicUrl(restRouteUrl(root, `igny8/v1/${route}`).toString(), {
    allowPrivate: deps.config.allowPrivateUrls,
  });
  const text = body === undefined ? '' : JSON.stringify(body);
  const headers = signRequest({
    siteId: row.site_id,
    secret: box(deps).open(row.secret_current),
    method,
    // Exactly what goes on the wire: `/wp-json/igny8/v1/…`, or `/index.php?rest_route=%2Figny8%2Fv1%2F…`.
    path: url.pathname + url.search,
    body: text,
    now: deps.now(),
  });
  let res: Response;
  try {
    res = await fetch(url, {
      method,
      headers: { ...headers, accept: 'application/json', ...(text ? { 'content-type': 'application/json' } : {}) },
      body: text || undefined,
      // A redirect is not followed: the signature is for this URL, and the target has not been through the guard.
      redirect: 'manual',
      signal: AbortSignal.timeout(15_000),
    });
  } catch (err) {
    throw new AppError('WORDPRESS_UNREACHABLE', `WordPress did not answer: ${(err as Error).message}.`);
  }
  if (res.status >= 300 && res.status < 400) {
    await res.body?.cancel();
    throw new RestApiMoved(
      `WordPress answered ${res.status} (a redirect) at ${url.origin}${url.pathname}: its REST API is not there.`,
    );
  }
  // The answer is untrusted input: read a bounded amount and only the fields we expect.
  const raw = (await res.text()).slice(0, 2_000_000);
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    throw new RestApiMoved(`WordPress answered ${res.status} with a page that is not JSON: its REST API is not there.`);
  }
  if (!res.ok) {
    const code = (json as { code?: string } | undefined)?.code;
    throw new AppError(
      'WORDPRESS_UNREACHABLE',
      `WordPress answered ${res.status}${code ? ` (${String(code).slice(0, 80)})` : ''}.`,
    );
  }
  return json as Record<string, unknown>;
}

async function requireConnected(trx: Knex.Transaction, actor: Actor, siteId: string) {
  await findVisibleSite(trx, actor, siteId);
  const row = (await trx('integrations').where({ site_id: siteId }).first()) as IntegrationRow | undefined;
  if (!row) throw new AppError('NOT_CONNECTED', 'This site has no WordPress connection yet.');
  return row;
}

const str = (v: unknown, max = 200) => (typeof v === 'string' ? v.slice(0, max) : null);

export async function testConnection(deps: AppDeps, trx: Knex.Transaction, actor: Actor, siteId: string) {
  const row = await requireConnected(trx, actor, siteId);
  const now = deps.now();
  try {
    const health = await callPlugin(deps, trx, row, 'GET', 'health');
    await trx('integrations')
      .where({ id: row.id })
      .update({
        status: 'connected',
        last_checked_at: now,
        last_error: null,
        wp_version: str(health.wp_version, 40) ?? row.wp_version,
        plugin_version: str(health.plugin_version, 40) ?? row.plugin_version,
      });
  } catch (err) {
    await trx('integrations')
      .where({ id: row.id })
      .update({ status: 'error', last_checked_at: now, last_error: (err as Error).message.slice(0, 500) });
  }
  return presentIntegration(siteId, await trx('integrations').where({ id: row.id }).first());
}

const SEO_PLUGINS = new Set(['yoast', 'rank_math', 'aioseo', 'seopress', 'none']);

export async function syncSite(deps: AppDeps, trx: Knex.Transaction, actor: Actor, siteId: string) {
  const row = await requireConnected(trx, actor, siteId);
  const site = await callPlugin(deps, trx, row, 'GET', 'site');
  const list = (v: unknown) => (Array.isArray(v) ? v.slice(0, 5000) : []);
  const terms = (v: unknown) =>
    list(v)
      .map((t) => ({
        id: Number((t as { id?: unknown }).id),
        name: str((t as { name?: unknown }).name) ?? '',
        slug: str((t as { slug?: unknown }).slug) ?? '',
      }))
      .filter((t) => Number.isInteger(t.id) && t.name);
  // Names may come as strings or as objects with a `name` (the plugin sends objects).
  const names = (v: unknown) =>
    list(v)
      .map((p) => str(typeof p === 'object' && p !== null ? (p as { name?: unknown }).name : p, 100))
      .filter((p): p is string => Boolean(p));
  const byTaxonomy = (site.terms ?? {}) as Record<string, unknown>;
  const metadata = {
    post_types: names(site.post_types),
    taxonomies: names(site.taxonomies),
    categories: terms(site.categories ?? byTaxonomy.category),
    tags: terms(site.tags ?? byTaxonomy.post_tag),
    authors: list(site.authors)
      .map((a) => ({ id: Number((a as { id?: unknown }).id), name: str((a as { name?: unknown }).name) ?? '' }))
      .filter((a) => Number.isInteger(a.id)),
  };
  const seo = str(site.seo_plugin, 40)?.replace('-', '_');
  const now = deps.now();
  await trx('integrations')
    .where({ id: row.id })
    .update({
      metadata: JSON.stringify(metadata),
      seo_plugin: seo && SEO_PLUGINS.has(seo) ? seo : 'none',
      wp_version: str(site.wp_version, 40) ?? row.wp_version,
      status: 'connected',
      last_error: null,
      synced_at: now,
      last_checked_at: now,
    });
  return presentIntegration(siteId, await trx('integrations').where({ id: row.id }).first());
}
