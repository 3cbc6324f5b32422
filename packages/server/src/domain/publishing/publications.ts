// Publications: one per content, the WordPress post it became. Publishing asks for a send — now, or at a date the
// server keeps (the due sweep starts it then) — and answers the Publication; the send itself is a `content.publish`
// Operation (send.ts), so a site that is slow or away for a while is retried with back-off, then `failed` on a list
// that can be sent again. Two publishes of one content at once meet on the publication's row lock: the second finds
// the first's send in flight and answers it, so WordPress gets one post.
import type { components } from '@igny8/contract/openapi';
import type { Knex } from 'knex';
import { pageOf, pageQuery } from '../../db/pagination.js';
import { AppError, NotFoundError } from '../../errors.js';
import { type Actor, jobActor } from '../actor.js';
import { startChargedRun } from '../billing/charged-runs.js';
import { notify } from '../billing/notifications.js';
import type { Clock, Enqueue } from '../ports.js';
import { findVisibleSite, isSiteActive } from '../tenancy/sites.js';
import { emitPublicationEvent } from '../webhooks/emit-sites.js';

type PublicationStatus = components['schemas']['PublicationStatus'];
export type WordpressPostStatus = components['schemas']['WordpressPostStatus'];
type Warning = components['schemas']['PublicationWarning'];

export interface PublicationRow {
  id: string;
  account_id: string;
  site_id: string;
  content_id: string;
  status: PublicationStatus;
  requested_status: WordpressPostStatus;
  force: boolean;
  wordpress_status: string | null;
  scheduled_at: Date | null;
  post_id: string | number | null;
  url: string | null;
  attempts: number;
  last_error: { code: string; message: string } | null;
  warnings: Warning[];
  operation_id: string | null;
  edited_in_wordpress_at: Date | null;
  wordpress_event_at: Date | null;
  published_at: Date | null;
  retracted_at: Date | null;
  failed_at: Date | null;
  created_at: Date;
  updated_at: Date;
}

/** The job that starts a send whose date has come (the minute's sweep is the backstop). */
export const PUBLISH_DUE_JOB = 'publishing.due';

const iso = (d: Date | null) => (d ? d.toISOString() : null);

export const presentPublication = (p: PublicationRow) => ({
  id: p.id,
  site_id: p.site_id,
  content_id: p.content_id,
  status: p.status,
  requested_status: p.requested_status,
  wordpress_status: p.wordpress_status,
  scheduled_at: iso(p.scheduled_at),
  post_id: p.post_id === null ? null : Number(p.post_id),
  url: p.url,
  attempts: p.attempts,
  last_error: p.last_error,
  warnings: p.warnings ?? [],
  operation_id: p.operation_id,
  edited_in_wordpress_at: iso(p.edited_in_wordpress_at),
  published_at: iso(p.published_at),
  retracted_at: iso(p.retracted_at),
  failed_at: iso(p.failed_at),
  created_at: p.created_at.toISOString(),
  updated_at: p.updated_at.toISOString(),
});

export async function findPublication(
  trx: Knex.Transaction,
  actor: Actor,
  siteId: string,
  id: string,
  options: { lock?: boolean } = {},
): Promise<PublicationRow> {
  await findVisibleSite(trx, actor, siteId);
  const query = trx('publications').where({ id, site_id: siteId });
  const row = (await (options.lock ? query.forNoKeyUpdate() : query).first()) as PublicationRow | undefined;
  if (!row) throw new NotFoundError('Publication');
  return row;
}

export async function getPublication(trx: Knex.Transaction, actor: Actor, siteId: string, id: string) {
  return presentPublication(await findPublication(trx, actor, siteId, id));
}

export async function listPublications(
  trx: Knex.Transaction,
  actor: Actor,
  siteId: string,
  page: { limit: number; cursor?: string; status?: PublicationStatus },
) {
  await findVisibleSite(trx, actor, siteId);
  return publicationPage(trx('publications').select('publications.*').where({ site_id: siteId }), page);
}

/** A page of publications, newest first, of a status when one is given. */
async function publicationPage(
  query: Knex.QueryBuilder,
  page: { limit: number; cursor?: string; status?: PublicationStatus },
) {
  if (page.status) query.where({ status: page.status });
  const rows = await pageQuery(query, {
    table: 'publications',
    limit: page.limit,
    cursor: page.cursor,
    orderBy: { column: 'created_at', type: 'timestamptz', direction: 'desc' },
  });
  const result = pageOf<PublicationRow>(rows, page.limit);
  return { data: result.data.map(presentPublication), meta: result.meta };
}

export interface PublishDeps {
  queue: Enqueue;
  now: Clock;
}

export interface PublishRequest {
  status?: WordpressPostStatus;
  at?: string | null;
  force?: boolean;
}

/** Whether a send of this publication is queued or running. */
async function sendInFlight(trx: Knex.Transaction, row: PublicationRow): Promise<boolean> {
  if (row.status !== 'pending' || !row.operation_id) return false;
  const op = await trx('operations').where({ id: row.operation_id }).first('status');
  return op?.status === 'queued' || op?.status === 'running';
}

/** The site's connection must exist for anything to be sent; a paused site sends nothing. */
async function assertCanPublish(trx: Knex.Transaction, siteId: string) {
  if (!(await isSiteActive(trx, siteId))) {
    throw new AppError('SITE_INACTIVE', 'The site is paused; set it live to publish.');
  }
  const integration = await trx('integrations').where({ site_id: siteId }).first('id');
  if (!integration) throw new AppError('NOT_CONNECTED', 'This site has no WordPress connection yet.');
}

/** The content's publication, made when it has none, locked for the caller's transaction. */
async function lockPublication(
  trx: Knex.Transaction,
  content: { id: string; account_id: string; site_id: string },
  requested: WordpressPostStatus,
): Promise<PublicationRow> {
  await trx('publications')
    .insert({
      account_id: content.account_id,
      site_id: content.site_id,
      content_id: content.id,
      requested_status: requested,
    })
    .onConflict('content_id')
    .ignore();
  return (await trx('publications').where({ content_id: content.id }).forNoKeyUpdate().first()) as PublicationRow;
}

/**
 * Locks the content of a publication, before the publication is: the order publishContent takes them in (the
 * content, then its publication), so a send ending while the same content is published again waits for it rather
 * than deadlocking with it.
 */
export async function lockContentOf(trx: Knex.Transaction, publicationId: string) {
  await trx('contents')
    .whereIn('id', trx('publications').select('content_id').where({ id: publicationId }))
    .forNoKeyUpdate()
    .select('id');
}

async function updatePublication(trx: Knex.Transaction, id: string, changes: Record<string, unknown>) {
  const [row] = await trx('publications')
    .where({ id })
    .update({ ...changes, updated_at: trx.fn.now() })
    .returning('*');
  return row as PublicationRow;
}

/**
 * Publishes a content: now (a send starts), at a date (the server sends it then), or as WordPress's own `future`
 * post (sent now with its date). Answers the Publication.
 */
export async function publishContent(
  trx: Knex.Transaction,
  deps: PublishDeps,
  actor: Actor,
  siteId: string,
  contentId: string,
  request: PublishRequest,
) {
  await findVisibleSite(trx, actor, siteId);
  const content = await trx('contents').where({ id: contentId, site_id: siteId }).forNoKeyUpdate().first();
  if (!content) throw new NotFoundError('Content');
  const status = request.status ?? 'publish';
  if ((status === 'publish' || status === 'future') && !['approved', 'published'].includes(content.status)) {
    throw new AppError(
      'CONTENT_NOT_APPROVED',
      `A ${content.status} content cannot be published; approve it first (or send it as a draft).`,
      { status: content.status },
    );
  }
  const now = deps.now();
  const at = request.at ? new Date(request.at) : null;
  if (status === 'future' && (!at || at <= now)) {
    throw new AppError('VALIDATION_FAILED', 'A `future` post needs `at`, a time to come.', {
      issues: [{ path: ['at'], message: 'required in the future with status future' }],
    });
  }
  await assertCanPublish(trx, siteId);
  const publication = await lockPublication(trx, content, status);
  if (publication.edited_in_wordpress_at && !request.force) throw editedInWordpress(publication);
  // A send already on its way answers as is: two publishes at once give one send, and one post.
  if (await sendInFlight(trx, publication)) return presentPublication(publication);

  const later = status === 'publish' && at !== null && at.getTime() > now.getTime();
  const asked = {
    status: 'pending',
    requested_status: status,
    force: request.force === true,
    scheduled_at: later || status === 'future' ? at : null,
    operation_id: null,
    last_error: null,
    failed_at: null,
    attempts: 0,
  };
  if (later && at) {
    const row = await updatePublication(trx, publication.id, asked);
    await trx('contents')
      .where({ id: contentId })
      .update({ publish_status: 'scheduled', scheduled_at: at, updated_at: trx.fn.now() });
    await startAtDate(trx, deps, row, at);
    return presentPublication(row);
  }
  return presentPublication(await startSend(trx, deps, actor, { ...publication, ...asked } as PublicationRow));
}

const editedInWordpress = (p: PublicationRow) =>
  new AppError(
    'PUBLICATION_EDITED_IN_WORDPRESS',
    'The post was edited in WordPress since Igny8 last wrote it; publish with `force` to overwrite those edits.',
    { edited_at: iso(p.edited_in_wordpress_at) },
  );

/** Starts the send of a publication (its content's `publish_status` is `publishing` meanwhile). */
async function startSend(trx: Knex.Transaction, deps: PublishDeps, actor: Actor, publication: PublicationRow) {
  const operation = await startChargedRun(trx, deps, actor, {
    kind: 'content.publish',
    siteId: publication.site_id,
    charge: 'publish',
    quantity: 1,
    input: { content_id: publication.content_id, publication_id: publication.id },
    job: { contentId: publication.content_id, publicationId: publication.id },
  });
  const row = await updatePublication(trx, publication.id, {
    status: 'pending',
    requested_status: publication.requested_status,
    force: publication.force,
    scheduled_at: publication.scheduled_at,
    operation_id: operation.id,
    last_error: null,
    failed_at: null,
    attempts: 0,
  });
  await trx('contents')
    .where({ id: publication.content_id })
    .update({ publish_status: 'publishing', updated_at: trx.fn.now() });
  return row;
}

/**
 * The date of a publication waiting for it has come: its send starts (once: the row is locked, and a send already
 * started, a publication cancelled or moved to another date is left as it is). Answers whether it started.
 */
export async function startDue(trx: Knex.Transaction, deps: PublishDeps, actor: Actor, publicationId: string) {
  const publication = (await trx('publications').where({ id: publicationId }).forNoKeyUpdate().first()) as
    | PublicationRow
    | undefined;
  const now = deps.now();
  if (publication?.status !== 'pending' || publication.operation_id) return false;
  const wait = (publication.scheduled_at?.getTime() ?? 0) - now.getTime();
  // Taken early (the queue keeps the database's time, which may run a little behind ours): it waits once more.
  if (wait > 1000 && publication.scheduled_at) {
    await startAtDate(trx, deps, publication, publication.scheduled_at);
    return false;
  }
  try {
    await trx.transaction(async (sp) => {
      await assertCanPublish(sp, publication.site_id);
      await startSend(sp, deps, actor, publication);
    });
  } catch (err) {
    // A paused site's publications wait; the sweep sends them once it is live again.
    if (err instanceof AppError && err.code === 'SITE_INACTIVE') return false;
    if (!(err instanceof AppError) || (err.code !== 'NOT_CONNECTED' && err.code !== 'INSUFFICIENT_CREDITS')) throw err;
    // Nowhere to send it, or nothing to pay with: the publication fails with the reason, to be sent again later.
    await failPublication(trx, publication.id, { code: err.code, message: err.message }, now);
    return false;
  }
  return true;
}

/**
 * A publication whose send cannot succeed: `failed`, with the reason, on the list to send again. Its becoming failed
 * is told — `publication.failed` and a notification to the account — in the same transaction.
 */
export async function failPublication(
  trx: Knex.Transaction,
  publicationId: string,
  error: { code: string; message: string },
  now: Date,
) {
  await lockContentOf(trx, publicationId);
  const before = await trx('publications').where({ id: publicationId }).forNoKeyUpdate().first('status');
  const row = await updatePublication(trx, publicationId, {
    status: 'failed',
    last_error: JSON.stringify({ code: error.code, message: error.message }),
    failed_at: trx.fn.now(),
  });
  await trx('contents').where({ id: row.content_id }).update({ publish_status: 'failed', updated_at: trx.fn.now() });
  if (before?.status !== 'failed') await toldFailed(trx, row, now);
  return row;
}

/** The event and the notification of a publication that became failed: once per failure (its send, or its time). */
async function toldFailed(trx: Knex.Transaction, publication: PublicationRow, now: Date) {
  await emitPublicationEvent(trx, 'publication.failed', publication, now);
  const content = await trx('contents').where({ id: publication.content_id }).first('title');
  const site = await trx('sites').where({ id: publication.site_id }).first('name');
  const error = publication.last_error;
  await notify(trx, {
    accountId: publication.account_id,
    kind: 'publication.failed',
    title: `Not published: ${content?.title ?? 'a content'}`,
    body: `“${content?.title ?? 'The content'}” could not be published to ${site?.name ?? 'the site'}: ${error?.message ?? 'the send failed.'} Send it again from the failed publications once the cause is fixed.`,
    data: {
      publication_id: publication.id,
      content_id: publication.content_id,
      site_id: publication.site_id,
      operation_id: publication.operation_id,
      code: error?.code ?? null,
    },
    dedupeKey: `publication.failed:${publication.id}:${publication.operation_id ?? publication.failed_at?.toISOString()}`,
  });
}

/**
 * The automation's review stage schedules an approved content at its cadence slot: the publication waits for that
 * date, and the server sends it then.
 */
export async function schedulePublication(
  trx: Knex.Transaction,
  deps: PublishDeps,
  content: { id: string; account_id: string; site_id: string },
  at: Date,
) {
  const publication = await lockPublication(trx, content, 'publish');
  if (await sendInFlight(trx, publication)) return presentPublication(publication);
  const row = await updatePublication(trx, publication.id, {
    status: 'pending',
    requested_status: 'publish',
    scheduled_at: at,
    operation_id: null,
    last_error: null,
    failed_at: null,
    attempts: 0,
  });
  await startAtDate(trx, deps, row, at);
  return presentPublication(row);
}

/** Enqueues the job that starts the publication's send at `at` (at once when it has come). */
async function startAtDate(trx: Knex.Transaction, deps: PublishDeps, publication: PublicationRow, at: Date) {
  const wait = Math.ceil((at.getTime() - deps.now().getTime()) / 1000);
  await deps.queue.sendJob(
    trx,
    PUBLISH_DUE_JOB,
    { accountId: publication.account_id, publicationId: publication.id },
    wait > 0 ? { startAfterSeconds: wait } : {},
  );
}

/** Sends a failed publication again, with fresh attempts. */
export async function redrivePublication(
  trx: Knex.Transaction,
  deps: PublishDeps,
  actor: Actor,
  siteId: string,
  id: string,
  request: { force?: boolean },
) {
  return redrive(trx, deps, actor, await findPublication(trx, actor, siteId, id, { lock: true }), request);
}

/** The operator sends a failed publication of any account again, for that account. */
export async function redriveAsOperator(
  trx: Knex.Transaction,
  deps: PublishDeps,
  id: string,
  request: { force?: boolean },
) {
  const publication = (await trx('publications').where({ id }).forNoKeyUpdate().first()) as PublicationRow | undefined;
  if (!publication) throw new NotFoundError('Publication');
  return redrive(trx, deps, jobActor(publication.account_id, publication.site_id, null), publication, request);
}

/** Every account's publications, newest first (the operator's; `failed` ones are the platform's dead letters). */
export async function listAllPublications(
  trx: Knex.Transaction,
  page: { limit: number; cursor?: string; status?: PublicationStatus },
) {
  return publicationPage(trx('publications').select('publications.*'), page);
}

async function redrive(
  trx: Knex.Transaction,
  deps: PublishDeps,
  actor: Actor,
  publication: PublicationRow,
  request: { force?: boolean },
) {
  if (publication.status !== 'failed') {
    throw new AppError('PUBLICATION_STATE', `A ${publication.status} publication is not on the list to send again.`, {
      status: publication.status,
    });
  }
  const force = request.force ?? publication.force;
  if (publication.edited_in_wordpress_at && !force) throw editedInWordpress(publication);
  await assertCanPublish(trx, publication.site_id);
  const future = publication.requested_status === 'future';
  const scheduledAt =
    future && publication.scheduled_at && publication.scheduled_at > deps.now() ? publication.scheduled_at : null;
  return presentPublication(
    await startSend(trx, deps, actor, {
      ...publication,
      force,
      // A `future` post whose date went by while it failed is published now.
      requested_status: future && !scheduledAt ? 'publish' : publication.requested_status,
      scheduled_at: scheduledAt,
    }),
  );
}

/** What a publication's post now is in WordPress, mirrored on its content. */
export async function mirrorOnContent(
  trx: Knex.Transaction,
  contentId: string,
  wordpress: { status: string | null; url?: string | null; date?: Date | null },
) {
  const content = await trx('contents').where({ id: contentId }).first('status', 'published_at');
  if (!content) return;
  const changes: Record<string, unknown> = { updated_at: trx.fn.now() };
  if (wordpress.url) changes.url = wordpress.url;
  if (wordpress.status === 'publish') {
    Object.assign(changes, {
      status: 'published',
      publish_status: 'published',
      scheduled_at: null,
      published_at: content.published_at ?? trx.fn.now(),
    });
  } else if (wordpress.status === 'future') {
    Object.assign(changes, { publish_status: 'scheduled', scheduled_at: wordpress.date ?? null });
  } else {
    Object.assign(changes, { publish_status: 'not_published', scheduled_at: null });
    if (content.status === 'published') changes.status = 'approved';
  }
  await trx('contents').where({ id: contentId }).update(changes);
}

export { updatePublication };
