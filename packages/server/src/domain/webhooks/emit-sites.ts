// The events the domain's changes cause, built from the rows the change already holds, so that every place that
// sends one event type sends the same shape. Each helper calls emitEvent in the caller's transaction: the event
// exists exactly when the change committed.
import type { components } from '@igny8/contract';
import type { Knex } from 'knex';
import { emitEvent } from './outbox.js';

type ErrorCode = components['schemas']['ErrorCode'];

/** What a content event says, as the `contents` row has it. */
export interface ContentFacts {
  id: string;
  account_id: string;
  site_id: string;
  task_id: string | null;
  title: string;
  status: 'draft' | 'review' | 'approved' | 'published';
  word_count?: number | null;
}

/** `content.generated` (the writer finished it) or `content.approved` (a person or the automation approved it). */
export function emitContentEvent(
  trx: Knex.Transaction,
  type: 'content.generated' | 'content.approved',
  content: ContentFacts,
  at?: Date,
) {
  return emitEvent(trx, {
    accountId: content.account_id,
    type,
    at,
    data: {
      account_id: content.account_id,
      site_id: content.site_id,
      content_id: content.id,
      task_id: content.task_id,
      title: content.title,
      status: content.status,
      ...(typeof content.word_count === 'number' ? { word_count: content.word_count } : {}),
    },
  });
}

/** What a publication event says, as the `publications` row has it. */
export interface PublicationFacts {
  id: string;
  account_id: string;
  site_id: string;
  content_id: string;
  status: 'pending' | 'published' | 'failed' | 'retracted';
  post_id: string | number | null;
  url: string | null;
  last_error?: { code: string; message: string } | null;
}

/** `content.published` (WordPress accepted the post) or `publication.failed` (it failed for good). */
export function emitPublicationEvent(
  trx: Knex.Transaction,
  type: 'content.published' | 'publication.failed',
  publication: PublicationFacts,
  at?: Date,
) {
  const error = publication.last_error;
  return emitEvent(trx, {
    accountId: publication.account_id,
    type,
    at,
    data: {
      account_id: publication.account_id,
      site_id: publication.site_id,
      content_id: publication.content_id,
      publication_id: publication.id,
      status: publication.status,
      wordpress_post_id: publication.post_id === null ? null : Number(publication.post_id),
      url: publication.url,
      // The failure's own code (the send's errors are all codes of the contract).
      ...(error ? { error: { code: error.code as ErrorCode, message: error.message } } : {}),
    },
  });
}

/** An automation run that ended or paused: `automation.run.completed`, `.failed` or `.paused`. */
export function emitRunEvent(
  trx: Knex.Transaction,
  run: { id: string; account_id: string; site_id: string },
  outcome:
    | { status: 'completed' }
    | { status: 'failed' | 'paused' /** 1–7, the stage it stopped at. */; stage: number | null; reason: string },
  at?: Date,
) {
  const data = {
    account_id: run.account_id,
    site_id: run.site_id,
    run_id: run.id,
    status: outcome.status,
    stage: outcome.status === 'completed' ? null : outcome.stage,
    reason: outcome.status === 'completed' ? null : outcome.reason,
  };
  const type = `automation.run.${outcome.status}` as const;
  return emitEvent(trx, { accountId: run.account_id, type, data, at });
}
