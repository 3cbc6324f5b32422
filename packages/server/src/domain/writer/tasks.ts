// Writing tasks: what the writer is to write — made from an idea (its brief copied, each field overridable) or on
// its own — and where that stands. `queued → in_progress → completed`, `failed` with the reason, `cancelled`.
// People cancel a task that is not finished and queue again one that failed or was cancelled; `in_progress`,
// `completed` and `failed` are the writer's own to set. An idea is `queued` while a task made from it is live; a
// cancelled or deleted task gives its idea back (`new`), so it can be queued again.
import type { Knex } from 'knex';
import { AppError, NotFoundError } from '../../errors.js';
import type { Actor } from '../actor.js';
import { findIdea } from '../planner/ideas.js';
import { readSitePage, siteTablePage } from '../planner/site-page.js';
import { findVisibleSite } from '../tenancy/sites.js';

export type TaskStatus = 'queued' | 'in_progress' | 'completed' | 'failed' | 'cancelled';
type Structure = 'article' | 'guide' | 'listicle' | 'comparison' | 'review' | 'how_to' | 'cluster_hub';
type ContentType = 'post' | 'page' | 'product' | 'taxonomy';

export interface TaskRow {
  id: string;
  account_id: string;
  site_id: string;
  idea_id: string | null;
  cluster_id: string | null;
  title: string;
  status: TaskStatus;
  status_reason: string | null;
  primary_keyword: string | null;
  secondary_keywords: string[];
  structure: Structure;
  content_type: ContentType;
  target_words: number;
  created_at: Date;
  updated_at: Date;
}

export const presentTask = (t: TaskRow) => ({
  id: t.id,
  site_id: t.site_id,
  idea_id: t.idea_id,
  cluster_id: t.cluster_id,
  title: t.title,
  status: t.status,
  status_reason: t.status_reason,
  primary_keyword: t.primary_keyword,
  secondary_keywords: t.secondary_keywords,
  structure: t.structure,
  content_type: t.content_type,
  target_words: t.target_words,
  created_at: t.created_at.toISOString(),
  updated_at: t.updated_at.toISOString(),
});

export type Task = ReturnType<typeof presentTask>;

/** The brief of a task: what the writer writes from. */
export interface TaskBrief {
  title?: string;
  primary_keyword?: string | null;
  secondary_keywords?: string[];
  structure?: Structure;
  content_type?: ContentType;
  target_words?: number;
}

/** The statuses a person may move a task to, and from where. */
const MANUAL: Record<'queued' | 'cancelled', readonly TaskStatus[]> = {
  cancelled: ['queued', 'in_progress', 'failed'],
  queued: ['failed', 'cancelled'],
};

/** Whose action cancelled a task, as its reason says. */
const CANCELLED_BY: Record<Actor['kind'], string> = {
  user: 'a member of the account',
  api_key: 'an API key',
  site: 'the WordPress site',
  widget: 'the WordPress admin',
  operator: 'the platform operator',
  job: 'the automation',
};
const cancelledBy = (actor: Actor) => `Cancelled by ${CANCELLED_BY[actor.kind]}.`;

type TaskFilters = { limit: number; cursor?: string; status?: TaskStatus; idea_id?: string };

/** A page of the site's tasks as one statement (see `sitePage`). */
export function taskPage(db: Knex, actor: Actor, siteId: string, f: TaskFilters) {
  return siteTablePage(db, actor, siteId, {
    table: 'tasks',
    filters: { status: f.status, idea_id: f.idea_id },
    page: f,
    present: presentTask,
  });
}

export async function listTasks(trx: Knex.Transaction, actor: Actor, siteId: string, f: TaskFilters) {
  return readSitePage(trx, actor, siteId, taskPage(trx, actor, siteId, f));
}

/** A task of a site the actor sees; `lock` takes its row for the rest of the transaction. */
export async function findTask(
  trx: Knex.Transaction,
  actor: Actor,
  siteId: string,
  id: string,
  options: { lock?: boolean } = {},
): Promise<TaskRow> {
  await findVisibleSite(trx, actor, siteId);
  const q = trx('tasks').where({ id, site_id: siteId }).first();
  // FOR UPDATE (not NO KEY UPDATE): removeTask deletes the row it locks here.
  const row = (await (options.lock ? q.forUpdate() : q)) as TaskRow | undefined;
  if (!row) throw new NotFoundError('Task');
  return row;
}

export async function getTask(trx: Knex.Transaction, actor: Actor, siteId: string, id: string) {
  return presentTask(await findTask(trx, actor, siteId, id));
}

/**
 * A task from an idea (`idea_id`: the idea's brief, each field overridable; the idea becomes `queued`, and only an
 * idea that is `new` can be) or on its own (a title at least).
 */
export async function createTask(
  trx: Knex.Transaction,
  actor: Actor,
  siteId: string,
  input: TaskBrief & { idea_id?: string },
): Promise<Task> {
  const { idea_id: ideaId, ...brief } = input;
  if (!ideaId) {
    await findVisibleSite(trx, actor, siteId);
    if (!brief.title) {
      throw new AppError('VALIDATION_FAILED', 'A task needs a title, or an idea to take it from.', {
        issues: [{ path: ['title'], code: 'required', message: 'Give a title or an idea_id.' }],
      });
    }
    const [row] = await trx('tasks')
      .insert({
        account_id: actor.accountId,
        site_id: siteId,
        ...brief,
        secondary_keywords: JSON.stringify(brief.secondary_keywords ?? []),
        status: 'queued',
      })
      .returning('*');
    return presentTask(row);
  }
  await findIdea(trx, actor, siteId, ideaId);
  const idea = await trx('ideas').where({ id: ideaId }).forNoKeyUpdate().first();
  if (idea.status !== 'new') throw new AppError('IDEA_NOT_QUEUEABLE', `This idea is already ${idea.status}.`);
  const [row] = await trx('tasks')
    .insert({
      account_id: actor.accountId,
      site_id: siteId,
      idea_id: ideaId,
      cluster_id: idea.cluster_id,
      title: brief.title ?? idea.title,
      primary_keyword: brief.primary_keyword === undefined ? idea.primary_keyword : brief.primary_keyword,
      secondary_keywords: JSON.stringify(brief.secondary_keywords ?? idea.secondary_keywords ?? []),
      structure: brief.structure ?? idea.structure,
      content_type: brief.content_type ?? idea.content_type,
      target_words: brief.target_words ?? Math.min(20_000, Math.max(100, idea.target_words)),
      status: 'queued',
    })
    .returning('*');
  await trx('ideas').where({ id: ideaId }).update({ status: 'queued', updated_at: trx.fn.now() });
  return presentTask(row);
}

/** Queues an idea: a task with the idea's brief (the planner's "queue" action). */
export function queueIdea(trx: Knex.Transaction, actor: Actor, siteId: string, ideaId: string): Promise<Task> {
  return createTask(trx, actor, siteId, { idea_id: ideaId });
}

/** Gives a task's idea back (`new`) when no other live task was made from it. */
async function releaseIdea(trx: Knex.Transaction, task: TaskRow): Promise<void> {
  if (!task.idea_id) return;
  const live = await trx('tasks')
    .where({ idea_id: task.idea_id })
    .whereNot({ id: task.id })
    .whereIn('status', ['queued', 'in_progress', 'completed', 'failed'])
    .first('id');
  if (!live) {
    await trx('ideas')
      .where({ id: task.idea_id, status: 'queued' })
      .update({ status: 'new', updated_at: trx.fn.now() });
  }
}

/** Moves a locked task to a status a person may set; refused with TASK_TRANSITION_INVALID otherwise. */
async function moveTo(trx: Knex.Transaction, actor: Actor, task: TaskRow, status: 'queued' | 'cancelled') {
  if (task.status === status) return task;
  if (!MANUAL[status].includes(task.status)) {
    throw new AppError('TASK_TRANSITION_INVALID', `A ${task.status.replace('_', ' ')} task cannot be made ${status}.`, {
      status: task.status,
      requested: status,
    });
  }
  const [row] = (await trx('tasks')
    .where({ id: task.id })
    .update({
      status,
      status_reason: status === 'cancelled' ? cancelledBy(actor) : null,
      updated_at: trx.fn.now(),
    })
    .returning('*')) as TaskRow[];
  if (status === 'cancelled') await releaseIdea(trx, task);
  else if (task.idea_id) {
    await trx('ideas')
      .where({ id: task.idea_id, status: 'new' })
      .update({ status: 'queued', updated_at: trx.fn.now() });
  }
  return row as TaskRow;
}

export async function cancelTask(trx: Knex.Transaction, actor: Actor, siteId: string, id: string): Promise<Task> {
  return presentTask(await moveTo(trx, actor, await findTask(trx, actor, siteId, id, { lock: true }), 'cancelled'));
}

const EDITABLE: readonly TaskStatus[] = ['queued', 'failed', 'cancelled'];

/** Edits a task's brief (not while it is being written or once written) and/or moves it to a status. */
export async function updateTask(
  trx: Knex.Transaction,
  actor: Actor,
  siteId: string,
  id: string,
  patch: TaskBrief & { status?: 'queued' | 'cancelled' },
): Promise<Task> {
  let task = await findTask(trx, actor, siteId, id, { lock: true });
  const { status, ...brief } = patch;
  if (Object.keys(brief).length) {
    if (!EDITABLE.includes(task.status)) {
      throw new AppError('TASK_NOT_EDITABLE', `A ${task.status.replace('_', ' ')} task cannot be edited.`, {
        status: task.status,
      });
    }
    const changes: Record<string, unknown> = { ...brief, updated_at: trx.fn.now() };
    if (brief.secondary_keywords) changes.secondary_keywords = JSON.stringify(brief.secondary_keywords);
    task = ((await trx('tasks').where({ id }).update(changes).returning('*')) as TaskRow[])[0] as TaskRow;
  }
  if (status) task = await moveTo(trx, actor, task, status);
  return presentTask(task);
}

async function removeTask(trx: Knex.Transaction, task: TaskRow): Promise<void> {
  if (task.status === 'in_progress') {
    throw new AppError('TASK_NOT_EDITABLE', 'This task is being written: cancel it first.', { status: task.status });
  }
  await trx('tasks').where({ id: task.id }).delete();
  await releaseIdea(trx, task);
}

export async function deleteTask(trx: Knex.Transaction, actor: Actor, siteId: string, id: string): Promise<void> {
  await removeTask(trx, await findTask(trx, actor, siteId, id, { lock: true }));
}

type BulkError = {
  section: 'status' | 'cancel' | 'delete';
  index: number;
  code: 'NOT_FOUND' | 'TASK_TRANSITION_INVALID' | 'TASK_NOT_EDITABLE';
  message: string;
};

/** Up to 1,000 status changes, cancellations and deletions in one transaction; refused items are reported by index. */
export async function bulkTasks(
  trx: Knex.Transaction,
  actor: Actor,
  siteId: string,
  input: { status?: { id: string; status: 'queued' | 'cancelled' }[]; cancel?: string[]; delete?: string[] },
) {
  await findVisibleSite(trx, actor, siteId);
  const ids = [...(input.status ?? []).map((s) => s.id), ...(input.cancel ?? []), ...(input.delete ?? [])];
  const rows = ids.length
    ? ((await trx('tasks').where({ site_id: siteId }).whereIn('id', ids).orderBy('id').forNoKeyUpdate()) as TaskRow[])
    : [];
  const tasks = new Map(rows.map((t) => [t.id, t]));
  const errors: BulkError[] = [];
  const counts = { updated: 0, cancelled: 0, deleted: 0 };
  const each = async (
    section: BulkError['section'],
    items: { id: string; to?: 'queued' | 'cancelled' }[],
    work: (task: TaskRow, to?: 'queued' | 'cancelled') => Promise<TaskRow | undefined>,
  ) => {
    for (const [index, { id, to }] of items.entries()) {
      const task = tasks.get(id);
      if (!task) {
        errors.push({ section, index, code: 'NOT_FOUND', message: 'No such task on this site.' });
        continue;
      }
      try {
        const after = await work(task, to);
        if (after) tasks.set(id, after);
        else tasks.delete(id);
        counts[section === 'status' ? 'updated' : section === 'cancel' ? 'cancelled' : 'deleted']++;
      } catch (err) {
        if (!(err instanceof AppError) || (err.code !== 'TASK_TRANSITION_INVALID' && err.code !== 'TASK_NOT_EDITABLE'))
          throw err;
        errors.push({ section, index, code: err.code, message: err.message });
      }
    }
  };
  await each(
    'status',
    (input.status ?? []).map((s) => ({ id: s.id, to: s.status })),
    (task, to) => moveTo(trx, actor, task, to as 'queued' | 'cancelled'),
  );
  await each(
    'cancel',
    (input.cancel ?? []).map((id) => ({ id })),
    (task) => moveTo(trx, actor, task, 'cancelled'),
  );
  await each(
    'delete',
    (input.delete ?? []).map((id) => ({ id })),
    async (task) => {
      await removeTask(trx, task);
      return undefined;
    },
  );
  return { ...counts, errors };
}
