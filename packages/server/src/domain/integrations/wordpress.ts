// A site's WordPress connection: one-time connection codes, the exchange for a signing secret, what a site does
// with signed requests (ping, rotate its secret, disconnect), and the signed calls to its plugin (health, site
// metadata). Those calls are made with no database transaction open: what they need is read in one short tenant
// transaction, and what they found written in another.
import type { Knex } from 'knex';
import { IANAZone } from 'luxon';
import { hashToken, newToken } from '../../auth/secrets.js';
import { withTenant } from '../../db/tenant.js';
import { TransactionOpenError } from '../../db/transaction-scope.js';
import { AppError } from '../../errors.js';
import { assertAllowedUrl } from '../../net/pinned-request.js';
import type { Actor } from '../actor.js';
import { recordAudit } from '../audit/index.js';
import type { TenantTransactions } from '../ports.js';
import { findVisibleSite } from '../tenancy/sites.js';
import type { IntegrationRow } from './integration-row.js';
import type { IntegrationDeps } from './ports.js';
import { signedSiteOf, siteActor } from './signed-site.js';
import { SIGNATURE_WINDOW_SECONDS } from './signing.js';
import { originOf } from './site-origins.js';
import { acceptRestRoot, callPlugin, type PluginTarget } from './wordpress-rest.js';

const CODE_PREFIX = 'igny8_cc_';
const SECRET_PREFIX = 'igny8_ws_';
const CODE_TTL_MS = 15 * 60 * 1000;

export type { IntegrationRow } from './integration-row.js';

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

export async function disconnect(
  trx: Knex.Transaction,
  deps: Pick<IntegrationDeps, 'origins'>,
  actor: Actor,
  siteId: string,
) {
  await findVisibleSite(trx, actor, siteId);
  await forgetIntegration(trx, deps, actor, siteId);
}

/**
 * Deletes a site's connection: its secrets stop signing and its wp-admin origin stops being granted CORS. Audited
 * with whoever disconnected it (a person in the app, or the site itself); disconnecting no connection records nothing.
 */
async function forgetIntegration(
  trx: Knex.Transaction,
  deps: Pick<IntegrationDeps, 'origins'>,
  actor: Actor,
  siteId: string,
) {
  const deleted = await trx('integrations')
    .where({ site_id: siteId })
    .delete()
    .returning(['widget_origin', 'wordpress_url']);
  for (const row of deleted) deps.origins.forget(row.widget_origin);
  for (const row of deleted) {
    await recordAudit(trx, {
      actor,
      action: 'integration.disconnected',
      targetType: 'site',
      targetId: siteId,
      data: { wordpress_url: row.wordpress_url },
    });
  }
}

/**
 * The plugin exchanges a one-time code for the site's secret. `db` is the application role's pool: the code's
 * account is found before any tenant is known, then the exchange runs in that tenant's transaction.
 */
export async function connect(
  db: Knex,
  deps: Pick<IntegrationDeps, 'secretBox' | 'now' | 'outbound' | 'origins' | 'publicUrl'>,
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
  /** The plugin's address, for the audit log. */
  ip: string | null = null,
) {
  const codeHash = hashToken(input.code);
  const { rows } = await db.raw('select igny8_connection_code_account(?) as account_id', [codeHash]);
  const accountId = rows[0]?.account_id as string | null;
  if (!accountId) throw new AppError('CONNECTION_CODE_INVALID', 'The connection code is unknown, used or expired.');
  const url = await assertAllowedUrl(input.site_url, deps.outbound);
  const secret = newToken(SECRET_PREFIX, 32);
  const now = deps.now();
  const origins: (string | null)[] = [];
  const siteId = await withTenant(db, { accountId }, async (trx) => {
    const code = await trx('connection_codes').where({ code_hash: codeHash }).forNoKeyUpdate().first();
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
      secret_current: deps.secretBox.seal(secret),
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
    // The site connects itself (the plugin, holding the code a person made in the app).
    await recordAudit(trx, {
      actor: { ...siteActor({ account_id: accountId, site_id: code.site_id }), ip },
      action: 'integration.connected',
      targetType: 'site',
      targetId: code.site_id,
      data: {
        wordpress_url: fields.wordpress_url,
        wp_version: fields.wp_version,
        plugin_version: fields.plugin_version,
        reconnected: Boolean(previous),
      },
    });
    origins.push(previous?.widget_origin ?? null, fields.widget_origin);
    return code.site_id as string;
  });
  // Committed: the widget may be opened at once from the new origin, and no longer from a previous one.
  for (const origin of origins) deps.origins.forget(origin);
  return { site_id: siteId, secret, api_base_url: deps.publicUrl ?? requestOrigin };
}

/** The connection of the site that signed the request. */
async function signingSite(trx: Knex.Transaction, actor: Actor, lock = false) {
  const query = trx('integrations').where({ site_id: signedSiteOf(actor) });
  const row = (await (lock ? query.forNoKeyUpdate() : query).first()) as IntegrationRow | undefined;
  if (!row) throw new AppError('NOT_CONNECTED', 'This site has no WordPress connection yet.');
  return row;
}

/** The plugin's connection test: the signature holds, and this is what Igny8 knows of the site. */
export async function pingSite(trx: Knex.Transaction, actor: Actor) {
  const row = await signingSite(trx, actor);
  return { status: 'ok' as const, site_id: row.site_id, widget_origin: row.widget_origin };
}

/** A new secret for the site that signed the request; the current one keeps signing for the signature window. */
export async function rotateSiteSecret(
  trx: Knex.Transaction,
  deps: Pick<IntegrationDeps, 'secretBox' | 'now'>,
  actor: Actor,
) {
  const row = await signingSite(trx, actor, true);
  const secret = newToken(SECRET_PREFIX, 32);
  const now = deps.now();
  const previousValidUntil = new Date(now.getTime() + SIGNATURE_WINDOW_SECONDS * 1000);
  await trx('integrations')
    .where({ id: row.id })
    .update({
      secret_previous: row.secret_current,
      previous_valid_until: previousValidUntil,
      secret_current: deps.secretBox.seal(secret),
      updated_at: now,
    });
  await recordAudit(trx, {
    actor,
    action: 'integration.rotated',
    targetType: 'site',
    targetId: row.site_id,
    data: { previous_valid_until: previousValidUntil.toISOString() },
  });
  return { secret };
}

/** The site that signed the request disconnects itself. */
export async function disconnectSite(trx: Knex.Transaction, deps: Pick<IntegrationDeps, 'origins'>, actor: Actor) {
  await forgetIntegration(trx, deps, actor, signedSiteOf(actor));
}

async function requireConnected(trx: Knex.Transaction, actor: Actor, siteId: string) {
  await findVisibleSite(trx, actor, siteId);
  const row = (await trx('integrations').where({ site_id: siteId }).first()) as IntegrationRow | undefined;
  if (!row) throw new AppError('NOT_CONNECTED', 'This site has no WordPress connection yet.');
  return row;
}

export type PluginDeps = Pick<IntegrationDeps, 'secretBox' | 'now' | 'outbound'>;

/** The site's signing secret in clear; one no key of the server opens (JWT_SECRET cut) means connecting again. */
function siteSecret(deps: Pick<PluginDeps, 'secretBox'>, row: IntegrationRow): string {
  const secret = deps.secretBox.tryOpen(row.secret_current);
  if (secret === undefined) {
    throw new AppError(
      'NOT_CONNECTED',
      'This site’s signing secret cannot be opened with the server’s JWT_SECRET; connect the site again with a new connection code.',
    );
  }
  return secret;
}

/** Where and as whom a signed call to the site's plugin goes, from its connection. */
export const targetOf = (deps: PluginDeps, row: IntegrationRow): PluginTarget => ({
  siteId: row.site_id,
  wordpressUrl: row.wordpress_url,
  restUrl: row.rest_url,
  secret: siteSecret(deps, row),
});

/**
 * Writes what a call to the plugin found, if the site is still on the connection the call was made for (not
 * disconnected or connected again meanwhile), and answers the connection as it now is.
 */
async function recordOutcome(
  trx: Knex.Transaction,
  row: IntegrationRow,
  fields: Record<string, unknown>,
): Promise<ReturnType<typeof presentIntegration>> {
  await trx('integrations')
    .where({ id: row.id })
    // The same connection: connect sets connected_at (a rotation does not). Compared at the precision it was read.
    .whereRaw("date_trunc('milliseconds', connected_at) = ?", [row.connected_at])
    .update(fields);
  return presentIntegration(row.site_id, await trx('integrations').where({ site_id: row.site_id }).first());
}

const str = (v: unknown, max = 200) => (typeof v === 'string' ? v.slice(0, max) : null);

/** Calls the plugin's signed health route: the connection turns `connected`, or `error` with the reason. */
export async function testConnection(tenant: TenantTransactions, deps: PluginDeps, actor: Actor, siteId: string) {
  const row = await tenant((trx) => requireConnected(trx, actor, siteId));
  const now = deps.now();
  let fields: Record<string, unknown>;
  try {
    const { answer: health, root } = await callPlugin(
      targetOf(deps, row),
      { outbound: deps.outbound, now: deps.now },
      'GET',
      'health',
    );
    fields = {
      status: 'connected',
      last_checked_at: now,
      last_error: null,
      wp_version: str(health.wp_version, 40) ?? row.wp_version,
      plugin_version: str(health.plugin_version, 40) ?? row.plugin_version,
      ...(root !== row.rest_url ? { rest_url: root } : {}),
    };
  } catch (err) {
    // A transaction held open around the call is a defect of ours, not the site's: it is not the site's status.
    if (err instanceof TransactionOpenError) throw err;
    fields = { status: 'error', last_checked_at: now, last_error: (err as Error).message.slice(0, 500) };
  }
  return tenant((trx) => recordOutcome(trx, row, fields));
}

/**
 * The site's timezone as an IANA name or a fixed offset luxon reads (`UTC+02:00`), from what WordPress reports
 * (`wp_timezone_string()`: a zone name, or an offset like `+02:00`); null when it is neither.
 */
export function timezoneOf(value: unknown): string | null {
  const text = str(value, 64);
  if (!text) return null;
  if (/^[+-]\d{2}:\d{2}$/.test(text)) return text === '+00:00' || text === '-00:00' ? 'UTC' : `UTC${text}`;
  return /^[A-Za-z_]+(?:\/[A-Za-z0-9_+-]+)*$/.test(text) && IANAZone.isValidZone(text) ? text : null;
}

const SEO_PLUGINS = new Set(['yoast', 'rank_math', 'aioseo', 'seopress', 'none']);

/** Reads categories, tags, authors, post types and the SEO plugin from the site's plugin. */
export async function syncSite(tenant: TenantTransactions, deps: PluginDeps, actor: Actor, siteId: string) {
  const row = await tenant((trx) => requireConnected(trx, actor, siteId));
  const { answer: site, root } = await callPlugin(
    targetOf(deps, row),
    { outbound: deps.outbound, now: deps.now },
    'GET',
    'site',
  );
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
    timezone: timezoneOf(site.timezone),
  };
  const seo = str(site.seo_plugin, 40)?.replace('-', '_');
  const now = deps.now();
  return tenant((trx) =>
    recordOutcome(trx, row, {
      metadata: JSON.stringify(metadata),
      seo_plugin: seo && SEO_PLUGINS.has(seo) ? seo : 'none',
      wp_version: str(site.wp_version, 40) ?? row.wp_version,
      status: 'connected',
      last_error: null,
      synced_at: now,
      last_checked_at: now,
      ...(root !== row.rest_url ? { rest_url: root } : {}),
    }),
  );
}
