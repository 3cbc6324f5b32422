import type { Knex } from 'knex';
import { AppError, NotFoundError } from '../../errors.js';
import type { Actor } from '../actor.js';
import { findVisibleSite } from '../tenancy/sites.js';
import { readSitePage, siteTablePage } from './site-page.js';
import { normalizePhrase } from './text-api.js';

export interface OutlineHeading {
  heading: string;
  level: 2 | 3;
}

export type Structure = 'article' | 'guide' | 'listicle' | 'comparison' | 'review' | 'how_to' | 'cluster_hub';
export type ContentType = 'post' | 'page' | 'product' | 'taxonomy';

export interface IdeaRow {
  id: string;
  site_id: string;
  cluster_id: string | null;
  sector_id: string | null;
  title: string;
  brief: string;
  outline: OutlineHeading[];
  primary_keyword: string;
  secondary_keywords: string[];
  structure: Structure;
  content_type: ContentType;
  target_words: number;
  status: 'new' | 'queued' | 'completed';
  provider: string;
  created_at: Date;
  updated_at: Date;
}

export const presentIdea = (i: IdeaRow) => ({
  id: i.id,
  site_id: i.site_id,
  cluster_id: i.cluster_id,
  sector_id: i.sector_id,
  title: i.title,
  brief: i.brief,
  outline: i.outline,
  primary_keyword: i.primary_keyword,
  secondary_keywords: i.secondary_keywords,
  structure: i.structure,
  content_type: i.content_type,
  target_words: i.target_words,
  status: i.status,
  provider: i.provider,
  created_at: i.created_at.toISOString(),
  updated_at: i.updated_at.toISOString(),
});

export async function findIdea(trx: Knex.Transaction, actor: Actor, siteId: string, id: string): Promise<IdeaRow> {
  await findVisibleSite(trx, actor, siteId);
  const row = await trx('ideas').where({ id, site_id: siteId }).first();
  if (!row) throw new NotFoundError('Idea');
  return row;
}

type IdeaFilters = { limit: number; cursor?: string; status?: IdeaRow['status']; cluster_id?: string };

/** A page of the site's ideas as one statement (see `sitePage`). */
export function ideaPage(db: Knex, actor: Actor, siteId: string, f: IdeaFilters) {
  return siteTablePage(db, actor, siteId, {
    table: 'ideas',
    filters: { status: f.status, cluster_id: f.cluster_id },
    page: f,
    present: presentIdea,
  });
}

export async function listIdeas(trx: Knex.Transaction, actor: Actor, siteId: string, f: IdeaFilters) {
  return readSitePage(trx, actor, siteId, ideaPage(trx, actor, siteId, f));
}

export async function updateIdea(
  trx: Knex.Transaction,
  actor: Actor,
  siteId: string,
  id: string,
  patch: Partial<
    Pick<
      IdeaRow,
      | 'title'
      | 'brief'
      | 'outline'
      | 'primary_keyword'
      | 'secondary_keywords'
      | 'structure'
      | 'content_type'
      | 'target_words'
    >
  >,
) {
  const idea = await findIdea(trx, actor, siteId, id);
  if (idea.status !== 'new') throw new AppError('CONFLICT', `This idea is ${idea.status}; edit the task instead.`);
  const changes: Record<string, unknown> = { ...patch, updated_at: trx.fn.now() };
  if (patch.outline) changes.outline = JSON.stringify(patch.outline);
  if (patch.secondary_keywords) changes.secondary_keywords = JSON.stringify(patch.secondary_keywords);
  if (patch.primary_keyword) changes.primary_normalized = normalizePhrase(patch.primary_keyword);
  const [row] = await trx('ideas').where({ id }).update(changes).returning('*');
  return presentIdea(row);
}

export async function deleteIdea(trx: Knex.Transaction, actor: Actor, siteId: string, id: string) {
  const idea = await findIdea(trx, actor, siteId, id);
  if (idea.status !== 'new') throw new AppError('CONFLICT', `This idea is ${idea.status} and has a task.`);
  await trx('ideas').where({ id }).delete();
}
