// A charged run: work that costs credits and runs as a job. Starting one estimates the cost, records the
// Operation, reserves the credits (402 before any work when the balance is short) and enqueues the job, in
// the caller's transaction. The job captures what the work actually cost in its last step, or gives the
// reservation back when its last attempt fails. Every module that charges for work (the planner, the writer,
// the automation) starts its runs here.
import type { components } from '@igny8/contract/openapi';
import type { Knex } from 'knex';
import type { Actor } from '../actor.js';
import type { OperationKind, OperationPayload } from '../operations/kinds.js';
import { createOperation, enqueueOperation, type JobInput, type OperationRow } from '../operations/operations.js';
import type { Clock, Enqueue } from '../ports.js';
import { estimate } from './costs.js';
import { capture, release, reserve } from './credits.js';

type CreditOperation = components['schemas']['CreditOperation'];

/** The kinds whose payload carries a reservation (`key`, `credits`) and a site. */
type ChargedKind = {
  [K in OperationKind]: OperationPayload<K> extends { key: string; credits: number; siteId: string } ? K : never;
}[OperationKind];

export interface ChargedRun<K extends ChargedKind> {
  kind: K;
  siteId: string;
  /** The costs-table operation charged, and how many units (keywords, ideas) the estimate is for. */
  charge: CreditOperation;
  quantity: number;
  /** The credits to reserve, when the work costs more than one action (else the estimate of `charge` × `quantity`). */
  credits?: number;
  /** How long the reservation is held before the sweeper gives it back (a crashed worker); 30 minutes by default. */
  ttlMs?: number;
  /** The Operation's recorded input (the site and the credits are added); its progress total is `quantity`. */
  input: Record<string, unknown>;
  /** What the job needs besides the operation, account, site, reservation key and credits. */
  job: Omit<JobInput<K>, 'siteId' | 'key' | 'credits'>;
}

export async function startChargedRun<K extends ChargedKind>(
  trx: Knex.Transaction,
  deps: { queue: Enqueue; now: Clock },
  actor: Actor,
  run: ChargedRun<K>,
): Promise<OperationRow> {
  const { siteId, quantity } = run;
  const credits = run.credits ?? (await estimate(trx, { operation: run.charge, quantity }));
  const operation = await createOperation(trx, {
    accountId: actor.accountId,
    kind: run.kind,
    createdBy: actor.userId,
    input: { site_id: siteId, ...run.input, credits },
    total: quantity,
  });
  const key = `${run.kind}:${operation.id}`;
  await reserve(trx, {
    accountId: actor.accountId,
    key,
    credits,
    operation: run.charge,
    siteId,
    now: deps.now(),
    ttlMs: run.ttlMs,
  });
  await enqueueOperation(trx, deps.queue, operation, run.kind, { ...run.job, siteId, key, credits } as JobInput<K>);
  return operation;
}

/** The reservation a charged job holds, as its payload names it. */
export interface HeldCredits {
  accountId: string;
  key: string;
  credits: number;
}

/** Charges what the work cost (at most what was reserved; the rest goes back). */
export function captureRun(
  trx: Knex.Transaction,
  now: Clock,
  held: HeldCredits,
  actual: number,
  usage?: Parameters<typeof capture>[1]['usage'],
) {
  return capture(trx, { accountId: held.accountId, key: held.key, actual, now: now(), usage });
}

/** Gives the whole reservation back: the work failed. */
export async function releaseRun(trx: Knex.Transaction, now: Clock, held: HeldCredits): Promise<void> {
  await release(trx, { accountId: held.accountId, key: held.key, now: now(), reason: 'the work failed' });
}
