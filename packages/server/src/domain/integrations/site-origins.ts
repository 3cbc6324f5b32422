// Which connected WordPress sites run their wp-admin on a browser origin: what CORS is decided by for widget
// sessions, with no server configuration. Looked up through a narrow definer function (the tenant is not known yet)
// and cached briefly per server, misses included, so a page that is no site's cannot make every request query.
import type { Knex } from 'knex';
import type { Clock } from '../ports.js';

/** How long an answer is reused. A disconnected site's origin may stay granted this long on other processes. */
export const ORIGIN_CACHE_MS = 30_000;
/** Entries kept before the cache starts over (origins are chosen by whoever sends the request). */
const MAX_ENTRIES = 5_000;

interface Entry {
  sites: ReadonlySet<string>;
  until: number;
}

export interface SiteOrigins {
  /** The ids of the connected sites whose wp-admin is on `origin` (often none, rarely more than one). */
  sitesFor(origin: string): Promise<ReadonlySet<string>>;
  /** Drops what is known about `origin`, after a connect or a disconnect in this process. */
  forget(origin: string | null | undefined): void;
}

/**
 * The cache of one server, built with its dependencies: tests run several servers, on different databases, in one
 * process, each with its own.
 */
export function siteOrigins(deps: { integrations: { origins: SiteOrigins } }): SiteOrigins {
  return deps.integrations.origins;
}

/** A cache over the application role's pool `db` (the lookup runs before any tenant is known). */
export function createSiteOrigins(deps: { db: Knex; now: Clock }): SiteOrigins {
  const entries = new Map<string, Entry>();
  const clock = () => deps.now().getTime();
  return {
    async sitesFor(origin) {
      const hit = entries.get(origin);
      if (hit && hit.until > clock()) return hit.sites;
      const { rows } = await deps.db.raw('select site_id from igny8_sites_for_origin(?) as site_id', [origin]);
      const sites = new Set<string>(rows.map((r: { site_id: string }) => r.site_id));
      if (entries.size >= MAX_ENTRIES) entries.clear();
      entries.set(origin, { sites, until: clock() + ORIGIN_CACHE_MS });
      return sites;
    },
    forget(origin) {
      if (origin) entries.delete(origin);
    },
  };
}

/** The origin (`scheme://host[:port]`, as browsers send it) of a URL, or null when it is not an http(s) URL. */
export function originOf(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.origin : null;
  } catch {
    return null;
  }
}
