// One site's rows a page at a time, as a read plan (domain/ports.ts): the statement, with the site's visibility
// checked inside it unless row-level security alone decides, and the page its rows make. The keyword, cluster and
// idea lists are such pages; run in a transaction by `readSitePage`, or in one round trip by the HTTP layer.
import type { Knex } from 'knex';
import { type Page, type PageOptions, pageOf, pageQuery } from '../../db/pagination.js';
import type { Actor } from '../actor.js';
import type { ReadPlan } from '../ports.js';
import { findVisibleSite, seesEverySite, visibleSite } from '../tenancy/sites.js';

export interface SitePagePlan<T> extends ReadPlan<Page<T>> {
  /** The page the statement's rows make, empty or not. */
  present(rows: unknown[]): Page<T>;
}

/**
 * `query` (rows of site `siteId` from `options.table`, selected as they are presented or with `present` to map each)
 * as a page. An actor who sees every site of its account needs no site check: row-level security already keeps the
 * page to the account's rows. An empty page may be a site the actor may not see, so `finish` leaves it to
 * `readSitePage`, which asks.
 */
export function sitePage<Row extends { id: string }, T = Row>(
  db: Knex,
  actor: Actor,
  siteId: string,
  query: Knex.QueryBuilder,
  options: PageOptions,
  present?: (row: Row) => T,
): SitePagePlan<T> {
  if (!seesEverySite(actor)) query.whereExists(visibleSite(db, actor, siteId));
  const show = (rows: unknown[]): Page<T> => {
    const page = pageOf<Row>(rows, options.limit);
    return present ? { data: page.data.map(present), meta: page.meta } : (page as unknown as Page<T>);
  };
  return { query: pageQuery(query, options), present: show, finish: (rows) => (rows.length ? show(rows) : undefined) };
}

/**
 * A page of one site's rows of `table` (all its columns, or the `columns` given), narrowed by the filters that are
 * set (column = value), each row shown by `present`: the keyword list aside, the lists of the planner and the
 * writer are such pages.
 */
export function siteTablePage<Row extends { id: string }, T>(
  db: Knex,
  actor: Actor,
  siteId: string,
  list: {
    table: string;
    columns?: readonly string[];
    filters: Record<string, string | undefined>;
    page: { limit: number; cursor?: string };
    present: (row: Row) => T;
  },
): SitePagePlan<T> {
  const { table, page } = list;
  const q = db(table)
    .where(`${table}.site_id`, siteId)
    .select(list.columns ? list.columns.map((c) => `${table}.${c}`) : `${table}.*`);
  for (const [column, value] of Object.entries(list.filters))
    if (value !== undefined) q.where(`${table}.${column}`, value);
  return sitePage(db, actor, siteId, q, { table, limit: page.limit, cursor: page.cursor }, list.present);
}

/** Runs a site page in the caller's transaction; an empty page of a site the actor may not see is a 404. */
export async function readSitePage<T>(
  trx: Knex.Transaction,
  actor: Actor,
  siteId: string,
  plan: SitePagePlan<T>,
): Promise<Page<T>> {
  const rows = await plan.query;
  if (!rows.length) await findVisibleSite(trx, actor, siteId);
  return plan.present(rows);
}
