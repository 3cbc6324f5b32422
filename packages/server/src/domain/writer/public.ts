// Public reads for headless front ends, without credentials: the published contents of a live site, named by the
// site's slug. The slug is mapped to its tenant before any tenant is known by a narrow definer function
// (`igny8_public_site`, migration 0017: an active site of an account not cancelled → its account and id, nothing
// else); the reads then run in that tenant's transaction, under row-level security like any other. What they return
// is the public part of a content only — no ids, no account, no SEO analysis, no provider — and a paused or unknown
// site, an unknown slug and a content not published all answer the same 404, so nothing tells them apart.
import type { Knex } from 'knex';
import { decodeCursor, pageOf, pageQuery } from '../../db/pagination.js';
import { withTenant } from '../../db/tenant.js';
import { NotFoundError } from '../../errors.js';
import type { ImageFiles } from './images.js';

export interface PublicReadDeps {
  /** The application pool: the look-up by slug, then the tenant's transaction. */
  app: Knex;
  files: ImageFiles;
}

/** The one answer for anything not public, whatever the reason. */
const notFound = () => new NotFoundError('Content');

interface PublicRow {
  title: string;
  slug: string;
  html?: string;
  meta_title: string | null;
  meta_description: string | null;
  categories: string[];
  tags: string[];
  language: string | null;
  word_count: number;
  reading_minutes: number;
  json_ld?: Record<string, unknown>[] | null;
  published_at: Date;
  updated_at: Date;
  image_alt: string | null;
  image_width: number | null;
  image_height: number | null;
  image_key: string | null;
}

/** The tenant of a live site's slug, or null. */
async function publicSite(app: Knex, siteSlug: string): Promise<{ accountId: string; siteId: string } | null> {
  const { rows } = await app.raw('select account_id, site_id from igny8_public_site(?)', [siteSlug]);
  const row = rows[0] as { account_id: string; site_id: string } | undefined;
  return row ? { accountId: row.account_id, siteId: row.site_id } : null;
}

const COLUMNS = [
  'c.title',
  'c.slug',
  'c.meta_title',
  'c.meta_description',
  'c.categories',
  'c.tags',
  'c.language',
  'c.word_count',
  'c.reading_minutes',
  'c.published_at',
  'c.updated_at',
  'i.alt_text as image_alt',
  'i.width as image_width',
  'i.height as image_height',
  'i.storage_key as image_key',
];

/**
 * The site's published contents with a slug, with their drawn featured image if any; the site checked live again in
 * the same statement (it may have been paused since the look-up).
 */
function publishedContents(trx: Knex.Transaction, siteId: string) {
  return trx('contents as c')
    .join('sites as s', 's.id', 'c.site_id')
    .leftJoin('images as i', function () {
      this.on('i.content_id', '=', 'c.id')
        .andOn('i.kind', '=', trx.raw('?', ['featured']))
        .andOn('i.status', '=', trx.raw('?', ['generated']))
        .andOnNotNull('i.storage_key');
    })
    .where('c.site_id', siteId)
    .where('s.active', true)
    .where('c.publish_status', 'published')
    .whereNotNull('c.slug')
    .whereNotNull('c.published_at');
}

const imageUrl = (files: ImageFiles, siteSlug: string, contentSlug: string) =>
  `${files.publicUrl.replace(/\/+$/, '')}/v1/public/sites/${siteSlug}/contents/${contentSlug}/featured-image`;

function presentSummary(files: ImageFiles, siteSlug: string, r: PublicRow) {
  return {
    title: r.title,
    slug: r.slug,
    excerpt: r.meta_description,
    meta_title: r.meta_title,
    meta_description: r.meta_description,
    categories: r.categories,
    tags: r.tags,
    language: r.language,
    word_count: r.word_count,
    reading_minutes: r.reading_minutes,
    featured_image:
      r.image_key && r.image_width && r.image_height
        ? {
            url: imageUrl(files, siteSlug, r.slug),
            alt: r.image_alt ?? '',
            width: r.image_width,
            height: r.image_height,
          }
        : null,
    published_at: r.published_at.toISOString(),
    updated_at: r.updated_at.toISOString(),
  };
}

/** A page of a live site's published contents, newest published first, without their html. */
export async function listPublicContents(
  deps: PublicReadDeps,
  siteSlug: string,
  page: { limit: number; cursor?: string },
) {
  // A cursor this API did not give is 400 whatever the site: checked before the look-up.
  if (page.cursor) decodeCursor(page.cursor, 'timestamptz');
  const site = await publicSite(deps.app, siteSlug);
  if (!site) throw notFound();
  const rows = await withTenant(deps.app, { accountId: site.accountId }, (trx) =>
    pageQuery(publishedContents(trx, site.siteId).select(...COLUMNS, 'c.id'), {
      table: 'c',
      ...page,
      orderBy: { column: 'published_at', type: 'timestamptz', direction: 'desc' },
    }),
  );
  const result = pageOf<PublicRow & { id: string }>(rows, page.limit);
  return {
    data: result.data.map((r) => presentSummary(deps.files, siteSlug, r)),
    meta: result.meta,
  };
}

async function findPublic(deps: PublicReadDeps, siteSlug: string, contentSlug: string, withHtml: boolean) {
  const site = await publicSite(deps.app, siteSlug);
  if (!site) throw notFound();
  const row = (await withTenant(deps.app, { accountId: site.accountId }, (trx) =>
    publishedContents(trx, site.siteId)
      .where('c.slug', contentSlug)
      // Two contents may share a slug: the one published last is the page.
      .orderBy([
        { column: 'c.published_at', order: 'desc' },
        { column: 'c.id', order: 'desc' },
      ])
      .first(...COLUMNS, ...(withHtml ? ['c.html', 'c.json_ld'] : [])),
  )) as PublicRow | undefined;
  if (!row) throw notFound();
  return row;
}

/** One published content of a live site by its slug, with its html and structured data. */
export async function getPublicContent(deps: PublicReadDeps, siteSlug: string, contentSlug: string) {
  const row = await findPublic(deps, siteSlug, contentSlug, true);
  const { featured_image, ...summary } = presentSummary(deps.files, siteSlug, row);
  return {
    title: summary.title,
    slug: summary.slug,
    html: row.html ?? '',
    excerpt: summary.excerpt,
    meta_title: summary.meta_title,
    meta_description: summary.meta_description,
    categories: summary.categories,
    tags: summary.tags,
    language: summary.language,
    word_count: summary.word_count,
    reading_minutes: summary.reading_minutes,
    featured_image,
    json_ld: row.json_ld ?? null,
    published_at: summary.published_at,
    updated_at: summary.updated_at,
  };
}

/** The featured image of a published content: 404 as for the content, and when it has no drawn featured image. */
export async function publicFeaturedImage(deps: PublicReadDeps, siteSlug: string, contentSlug: string) {
  const row = await findPublic(deps, siteSlug, contentSlug, false);
  const stored = row.image_key ? await deps.files.storage.get(row.image_key) : undefined;
  if (!stored) throw notFound();
  return { contentType: stored.contentType, body: stored.body };
}
