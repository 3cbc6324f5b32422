// A run's events, in order: stage started/finished/skipped, item started/done/failed, paused, resumed, the run's end,
// and log lines. Each is written in the transaction of the change it reports, so a client never sees an event for
// a change that rolled back; the id only grows, so `Last-Event-ID` resumes after exactly the last one seen.
import type { Knex } from 'knex';
import type { Stage } from './config.js';

export type RunEventType =
  | 'run.started'
  | 'stage.started'
  | 'stage.finished'
  | 'stage.skipped'
  | 'item.started'
  | 'item.done'
  | 'item.failed'
  | 'run.paused'
  | 'run.resumed'
  | 'run.completed'
  | 'run.failed'
  | 'run.cancelled'
  | 'log';

export interface RunEventRow {
  id: string;
  run_id: string;
  type: RunEventType;
  stage: Stage | null;
  item_id: string | null;
  data: Record<string, unknown>;
  created_at: Date;
}

export async function recordEvent(
  trx: Knex.Transaction,
  run: { id: string; account_id: string },
  type: RunEventType,
  fields: { stage?: Stage | null; itemId?: string | null; data?: Record<string, unknown> } = {},
): Promise<void> {
  await trx('automation_run_events').insert({
    account_id: run.account_id,
    run_id: run.id,
    type,
    stage: fields.stage ?? null,
    item_id: fields.itemId ?? null,
    data: JSON.stringify(fields.data ?? {}),
  });
}

export const presentEvent = (e: RunEventRow) => ({
  id: String(e.id),
  run_id: e.run_id,
  type: e.type,
  stage: e.stage,
  item_id: e.item_id,
  data: e.data,
  created_at: e.created_at.toISOString(),
});

/** The events after `after` (an event id), oldest first. */
export async function eventsAfter(trx: Knex.Transaction | Knex, runId: string, after: string | null, limit: number) {
  const q = trx('automation_run_events').where({ run_id: runId }).orderBy('id').limit(limit);
  if (after) q.where('id', '>', after);
  return ((await q) as RunEventRow[]).map(presentEvent);
}
