// What a site's WordPress reports about the posts Igny8 published: each event is kept once (the plugin's id is the
// key, so an event sent again changes nothing), and moves the publication and its content when it is newer than
// the last one that did — an edit is recorded (publishing again then needs `force`), a status change mirrored, a post
// trashed or deleted retracts the publication.
import type { components } from '@igny8/contract/openapi';
import type { Knex } from 'knex';
import { pageOf, pageQuery } from '../../db/pagination.js';
import type { Actor } from '../actor.js';
import { signedSiteOf } from '../integrations/signed-site.js';
import { findVisibleSite } from '../tenancy/sites.js';
import { mirrorOnContent, type PublicationRow, updatePublication } from './publications.js';

type WordpressEvent = components['schemas']['WordpressEvent'];

interface SyncEventRow {
  id: string;
  type: WordpressEvent['type'];
  content_id: string | null;
  publication_id: string | null;
  post_id: string | number;
  status: string;
  previous_status: string | null;
  title: string | null;
  url: string | null;
  applied: boolean;
  occurred_at: Date;
  received_at: Date;
}

const presentSyncEvent = (e: SyncEventRow) => ({
  id: e.id,
  type: e.type,
  content_id: e.content_id,
  publication_id: e.publication_id,
  post_id: Number(e.post_id),
  status: e.status,
  previous_status: e.previous_status,
  title: e.title,
  url: e.url,
  applied: e.applied,
  occurred_at: e.occurred_at.toISOString(),
  received_at: e.received_at.toISOString(),
});

/** The changes an event makes to its publication. */
function changesOf(event: WordpressEvent, publication: PublicationRow, at: Date): Record<string, unknown> {
  const changes: Record<string, unknown> = { wordpress_event_at: at };
  if (event.url) changes.url = event.url.slice(0, 2000);
  switch (event.type) {
    case 'post.edited':
      changes.edited_in_wordpress_at = publication.edited_in_wordpress_at ?? at;
      changes.wordpress_status = event.status;
      break;
    case 'post.status_changed':
      changes.wordpress_status = event.status;
      if (event.status === 'trash') Object.assign(changes, { status: 'retracted', retracted_at: at });
      // Published again in WordPress (restored from the trash, or by hand): the post is live as Igny8 sent it.
      else if (publication.status === 'retracted' && event.status === 'publish') changes.status = 'published';
      if (event.status === 'publish' && !publication.published_at) changes.published_at = at;
      break;
    case 'post.trashed':
      Object.assign(changes, { status: 'retracted', wordpress_status: 'trash', retracted_at: at });
      break;
    case 'post.deleted':
      Object.assign(changes, { status: 'retracted', wordpress_status: 'deleted', retracted_at: at });
      break;
  }
  return changes;
}

export async function receiveEvents(trx: Knex.Transaction, actor: Actor, body: { events: WordpressEvent[] }) {
  const siteId = signedSiteOf(actor);
  const counts = { accepted: 0, duplicates: 0, ignored: 0 };
  // In the order they happened, whatever order the plugin's queue sent them in.
  const events = [...body.events].sort((a, b) => Date.parse(a.occurred_at) - Date.parse(b.occurred_at));
  for (const event of events) {
    const occurredAt = new Date(event.occurred_at);
    const [kept] = await trx('sync_events')
      .insert({
        account_id: actor.accountId,
        site_id: siteId,
        event_id: event.id,
        type: event.type,
        content_id: event.content_id,
        post_id: event.post_id,
        status: event.status,
        previous_status: event.previous_status ?? null,
        title: event.title ?? null,
        url: event.url ?? null,
        modified_gmt: event.modified_gmt ?? null,
        occurred_at: occurredAt,
      })
      .onConflict(['site_id', 'event_id'])
      .ignore()
      .returning('id');
    if (!kept) {
      counts.duplicates++;
      continue;
    }
    const publication = (await trx('publications')
      .where({ site_id: siteId, content_id: event.content_id })
      .forNoKeyUpdate()
      .first()) as PublicationRow | undefined;
    // Not a post Igny8 published here (or published as another post since): kept, applied to nothing.
    if (!publication || (publication.post_id !== null && Number(publication.post_id) !== event.post_id)) {
      counts.ignored++;
      continue;
    }
    counts.accepted++;
    // WordPress dates its events to the second: one in the same second as the last applied is not older than it.
    if (
      publication.wordpress_event_at &&
      Math.floor(publication.wordpress_event_at.getTime() / 1000) * 1000 > occurredAt.getTime()
    ) {
      await trx('sync_events').where({ id: kept.id }).update({ publication_id: publication.id });
      continue;
    }
    const row = await updatePublication(trx, publication.id, changesOf(event, publication, occurredAt));
    await trx('sync_events').where({ id: kept.id }).update({ publication_id: publication.id, applied: true });
    if (event.type !== 'post.edited') {
      await mirrorOnContent(trx, row.content_id, { status: row.wordpress_status, url: event.url ?? null });
    }
  }
  return counts;
}

export async function listSyncEvents(
  trx: Knex.Transaction,
  actor: Actor,
  siteId: string,
  page: { limit: number; cursor?: string },
) {
  await findVisibleSite(trx, actor, siteId);
  const rows = await pageQuery(trx('sync_events').select('sync_events.*').where({ site_id: siteId }), {
    table: 'sync_events',
    limit: page.limit,
    cursor: page.cursor,
    orderBy: { column: 'received_at', type: 'timestamptz', direction: 'desc' },
  });
  const result = pageOf<SyncEventRow>(rows, page.limit);
  return { data: result.data.map(presentSyncEvent), meta: result.meta };
}
