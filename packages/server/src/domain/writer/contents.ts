// Contents: the article the writer wrote for a task (or a person wrote), its meta, its SEO analysis and its
// revisions. Every html that is stored went through the sanitizer; every change of text or meta is kept as a
// revision, so any earlier state can be seen and brought back exactly; the analysis is computed again on each.
// States `draft → review → approved → published` (`published` is set by publishing), with `publish_status` apart.
import type { Knex } from 'knex';
import type { Outline } from '../../ai/index.js';
import { pageOf, pageQuery } from '../../db/pagination.js';
import { NotFoundError } from '../../errors.js';
import type { Actor } from '../actor.js';
import { readSitePage, siteTablePage } from '../planner/site-page.js';
import { findVisibleSite } from '../tenancy/sites.js';
import { emitContentEvent } from '../webhooks/emit-sites.js';
import { sanitizeHtml } from './sanitize.js';
import { analyzeSeo, type SeoCheck } from './seo.js';
import { sanitizeOptionsOf, settingsOf } from './settings.js';

export type ContentStatus = 'draft' | 'review' | 'approved' | 'published';

export interface ContentRow {
  id: string;
  account_id: string;
  site_id: string;
  task_id: string | null;
  cluster_id: string | null;
  title: string;
  html: string;
  meta_title: string | null;
  meta_description: string | null;
  slug: string | null;
  focus_keyword: string | null;
  secondary_keywords: string[];
  outline: Outline | null;
  word_count: number;
  reading_minutes: number;
  seo_score: number;
  seo_checks: SeoCheck[];
  internal_links: { url: string; anchor: string; target_id: string | null }[];
  categories: string[];
  tags: string[];
  faq: { question: string; answer: string }[];
  json_ld: Record<string, unknown>[] | null;
  status: ContentStatus;
  publish_status: 'not_published' | 'scheduled' | 'publishing' | 'published' | 'failed';
  scheduled_at: Date | null;
  published_at: Date | null;
  url: string | null;
  language: string | null;
  target_words: number | null;
  provider: string | null;
  model: string | null;
  created_at: Date;
  updated_at: Date;
}

const iso = (d: Date | null) => (d ? d.toISOString() : null);

export const presentContent = (c: ContentRow) => ({
  id: c.id,
  site_id: c.site_id,
  task_id: c.task_id,
  cluster_id: c.cluster_id,
  title: c.title,
  html: c.html,
  meta_title: c.meta_title,
  meta_description: c.meta_description,
  slug: c.slug,
  focus_keyword: c.focus_keyword,
  secondary_keywords: c.secondary_keywords,
  outline: c.outline,
  word_count: c.word_count,
  reading_minutes: c.reading_minutes,
  seo_score: c.seo_score,
  seo_checks: c.seo_checks,
  internal_links: c.internal_links,
  categories: c.categories,
  tags: c.tags,
  faq: c.faq,
  json_ld: c.json_ld,
  status: c.status,
  publish_status: c.publish_status,
  scheduled_at: iso(c.scheduled_at),
  published_at: iso(c.published_at),
  url: c.url,
  language: c.language,
  target_words: c.target_words,
  provider: c.provider,
  model: c.model,
  created_at: c.created_at.toISOString(),
  updated_at: c.updated_at.toISOString(),
});

const SUMMARY = [
  'id',
  'site_id',
  'task_id',
  'cluster_id',
  'title',
  'slug',
  'focus_keyword',
  'status',
  'publish_status',
  'scheduled_at',
  'word_count',
  'seo_score',
  'language',
  'provider',
  'created_at',
  'updated_at',
] as const;
type SummaryRow = Pick<ContentRow, (typeof SUMMARY)[number]>;

export const presentSummary = (c: SummaryRow) => ({
  id: c.id,
  site_id: c.site_id,
  task_id: c.task_id,
  cluster_id: c.cluster_id,
  title: c.title,
  slug: c.slug,
  focus_keyword: c.focus_keyword,
  status: c.status,
  publish_status: c.publish_status,
  scheduled_at: iso(c.scheduled_at),
  word_count: c.word_count,
  seo_score: c.seo_score,
  language: c.language,
  provider: c.provider,
  created_at: c.created_at.toISOString(),
  updated_at: c.updated_at.toISOString(),
});

type ContentFilters = { limit: number; cursor?: string; status?: ContentStatus; task_id?: string };

/** A page of the site's contents, without their html, as one statement (see `sitePage`). */
export function contentPage(db: Knex, actor: Actor, siteId: string, f: ContentFilters) {
  return siteTablePage(db, actor, siteId, {
    table: 'contents',
    columns: SUMMARY,
    filters: { status: f.status, task_id: f.task_id },
    page: f,
    present: presentSummary,
  });
}

export async function listContents(trx: Knex.Transaction, actor: Actor, siteId: string, f: ContentFilters) {
  return readSitePage(trx, actor, siteId, contentPage(trx, actor, siteId, f));
}

async function findContent(
  trx: Knex.Transaction,
  actor: Actor,
  siteId: string,
  id: string,
  options: { lock?: boolean } = {},
): Promise<{ content: ContentRow; siteHost: string | null }> {
  const site = await findVisibleSite(trx, actor, siteId);
  const q = trx('contents').where({ id, site_id: siteId }).first();
  const content = (await (options.lock ? q.forNoKeyUpdate() : q)) as ContentRow | undefined;
  if (!content) throw new NotFoundError('Content');
  return { content, siteHost: hostOf(site.url) };
}

function hostOf(url: string | null | undefined): string | null {
  try {
    return url ? new URL(url).host : null;
  } catch {
    return null;
  }
}

export async function getContent(trx: Knex.Transaction, actor: Actor, siteId: string, id: string) {
  return presentContent((await findContent(trx, actor, siteId, id)).content);
}

/** The SEO analysis of a content as it stands. */
export function analysisOf(
  c: Pick<
    ContentRow,
    'title' | 'html' | 'meta_title' | 'meta_description' | 'slug' | 'focus_keyword' | 'language' | 'target_words'
  >,
  siteHost: string | null,
) {
  return analyzeSeo({
    title: c.title,
    html: c.html,
    metaTitle: c.meta_title,
    metaDescription: c.meta_description,
    slug: c.slug,
    focusKeyword: c.focus_keyword,
    language: c.language,
    targetWords: c.target_words,
    siteHost,
  });
}

export async function contentSeo(trx: Knex.Transaction, actor: Actor, siteId: string, id: string) {
  const { content, siteHost } = await findContent(trx, actor, siteId, id);
  const { score, checks, wordCount } = analysisOf(content, siteHost);
  return { score, checks, word_count: wordCount };
}

/** What a content's analysis sets on its row: word count, reading time, score and checks. */
function measured(c: Parameters<typeof analysisOf>[0], siteHost: string | null) {
  const seo = analysisOf(c, siteHost);
  return {
    word_count: seo.wordCount,
    // About 230 words a minute, at least one minute for any text.
    reading_minutes: seo.wordCount ? Math.max(1, Math.round(seo.wordCount / 230)) : 0,
    seo_score: seo.score,
    seo_checks: JSON.stringify(seo.checks),
  };
}

const TEXT_FIELDS = ['title', 'html', 'meta_title', 'meta_description', 'slug', 'focus_keyword'] as const;

/** Keeps the content's text and meta as its next revision. */
export async function recordRevision(
  trx: Knex.Transaction,
  content: ContentRow,
  reason: 'generated' | 'saved' | 'restored',
  userId: string | null,
): Promise<void> {
  const last = await trx('content_revisions').where({ content_id: content.id }).max('number as n').first();
  await trx('content_revisions').insert({
    account_id: content.account_id,
    content_id: content.id,
    number: Number(last?.n ?? 0) + 1,
    reason,
    ...Object.fromEntries(TEXT_FIELDS.map((f) => [f, content[f]])),
    word_count: content.word_count,
    created_by: userId,
  });
}

export interface ContentPatch {
  title?: string;
  html?: string;
  meta_title?: string | null;
  meta_description?: string | null;
  slug?: string | null;
  focus_keyword?: string | null;
  secondary_keywords?: string[];
  categories?: string[];
  tags?: string[];
  status?: 'draft' | 'review' | 'approved';
}

/**
 * Edits a content: the html sanitized, the analysis computed again, and a revision kept when the text or the meta
 * changed. `status` moves between draft, review and approved.
 */
export async function updateContent(
  trx: Knex.Transaction,
  actor: Actor,
  siteId: string,
  id: string,
  patch: ContentPatch,
) {
  const { content, siteHost } = await findContent(trx, actor, siteId, id, { lock: true });
  const allowed = patch.html !== undefined ? sanitizeOptionsOf(await settingsOf(trx, siteId)) : {};
  const next: ContentRow = {
    ...content,
    ...patch,
    ...(patch.html !== undefined ? { html: sanitizeHtml(patch.html, allowed) } : {}),
  } as ContentRow;
  const textChanged = TEXT_FIELDS.some((f) => next[f] !== content[f]);
  const changes: Record<string, unknown> = { updated_at: trx.fn.now() };
  for (const f of TEXT_FIELDS) if (next[f] !== content[f]) changes[f] = next[f];
  for (const f of ['secondary_keywords', 'categories', 'tags'] as const)
    if (patch[f] !== undefined) changes[f] = JSON.stringify(patch[f]);
  if (patch.status) changes.status = patch.status;
  if (textChanged) Object.assign(changes, measured(next, siteHost));
  const [row] = (await trx('contents').where({ id }).update(changes).returning('*')) as ContentRow[];
  if (textChanged) await recordRevision(trx, row as ContentRow, 'saved', actor.userId);
  // Approved by a person, from a draft or a review (a published content set back is no new approval).
  if (patch.status === 'approved' && (content.status === 'draft' || content.status === 'review')) {
    await emitContentEvent(trx, 'content.approved', row as ContentRow);
  }
  return presentContent(row as ContentRow);
}

/** A revision holds the text fields of its content as they were. */
type RevisionRow = Pick<ContentRow, (typeof TEXT_FIELDS)[number] | 'word_count' | 'created_at'> & {
  id: string;
  content_id: string;
  number: number;
  reason: 'generated' | 'saved' | 'restored';
  created_by: string | null;
};

const presentRevisionSummary = (r: RevisionRow) => ({
  id: r.id,
  content_id: r.content_id,
  number: r.number,
  reason: r.reason,
  title: r.title,
  word_count: r.word_count,
  created_by: r.created_by,
  created_at: r.created_at.toISOString(),
});

const presentRevision = (r: RevisionRow) => ({
  ...presentRevisionSummary(r),
  html: r.html,
  meta_title: r.meta_title,
  meta_description: r.meta_description,
  slug: r.slug,
  focus_keyword: r.focus_keyword,
});

export async function listRevisions(
  trx: Knex.Transaction,
  actor: Actor,
  siteId: string,
  contentId: string,
  page: { limit: number; cursor?: string },
) {
  const q = trx('content_revisions')
    .where('content_revisions.content_id', contentId)
    .select(
      ['id', 'content_id', 'number', 'reason', 'title', 'word_count', 'created_by', 'created_at'].map(
        (c) => `content_revisions.${c}`,
      ),
    );
  // The page is built (its cursor checked) before the content is looked up: a forged cursor is a 400 either way.
  const query = pageQuery(q, {
    table: 'content_revisions',
    limit: page.limit,
    cursor: page.cursor,
    orderBy: { column: 'number', type: 'integer' },
  });
  await findContent(trx, actor, siteId, contentId);
  const result = pageOf<RevisionRow>(await query, page.limit);
  return { data: result.data.map(presentRevisionSummary), meta: result.meta };
}

async function findRevision(trx: Knex.Transaction, contentId: string, id: string): Promise<RevisionRow> {
  const row = (await trx('content_revisions').where({ id, content_id: contentId }).first()) as RevisionRow | undefined;
  if (!row) throw new NotFoundError('Revision');
  return row;
}

export async function getRevision(trx: Knex.Transaction, actor: Actor, siteId: string, contentId: string, id: string) {
  await findContent(trx, actor, siteId, contentId);
  return presentRevision(await findRevision(trx, contentId, id));
}

/** Brings back a revision's text and meta exactly, computes the analysis again and keeps the restore as a revision. */
export async function restoreRevision(
  trx: Knex.Transaction,
  actor: Actor,
  siteId: string,
  contentId: string,
  id: string,
) {
  const { content, siteHost } = await findContent(trx, actor, siteId, contentId, { lock: true });
  const revision = await findRevision(trx, contentId, id);
  const restored = { ...content, ...Object.fromEntries(TEXT_FIELDS.map((f) => [f, revision[f]])) } as ContentRow;
  const [row] = (await trx('contents')
    .where({ id: contentId })
    .update({
      ...Object.fromEntries(TEXT_FIELDS.map((f) => [f, revision[f]])),
      ...measured(restored, siteHost),
      updated_at: trx.fn.now(),
    })
    .returning('*')) as ContentRow[];
  await recordRevision(trx, row as ContentRow, 'restored', actor.userId);
  return presentContent(row as ContentRow);
}
