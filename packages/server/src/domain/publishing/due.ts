// Sends whose date has come. Each publication waiting for a date has a job of its own for that moment; this sweep,
// once a minute, starts any that job missed (a worker down at the time, a site set live again). Paused sites and
// accounts that cannot spend are passed over: their publications wait.
import type { Knex } from 'knex';
import { withTenant } from '../../db/tenant.js';
import { jobActor } from '../actor.js';
import type { Clock, Enqueue } from '../ports.js';
import { startDue } from './publications.js';

export interface DueDeps {
  /** The owner pool: the sweep looks across accounts, then works in each one's tenant transaction. */
  owner: Knex;
  app: Knex;
  queue: Enqueue;
  now: Clock;
}

/** Starts one publication's send if its date has come (the `publishing.due` job). */
export function startDuePublication(deps: DueDeps, accountId: string, publicationId: string) {
  return withTenant(deps.app, { accountId }, (trx) =>
    startDue(trx, deps, jobActor(accountId, null, null), publicationId),
  );
}

/** Starts every send whose date has come; answers how many started. */
export async function startDuePublications(deps: DueDeps, limit = 500): Promise<number> {
  const due: { id: string; account_id: string }[] = await deps
    .owner('publications as p')
    .join('sites as s', 's.id', 'p.site_id')
    .join('accounts as a', 'a.id', 'p.account_id')
    .where('p.status', 'pending')
    .whereNull('p.operation_id')
    .where('p.scheduled_at', '<=', deps.now())
    .whereIn('a.status', ['trial', 'active'])
    .where('s.active', true)
    .orderBy('p.scheduled_at')
    .limit(limit)
    .select('p.id', 'p.account_id');
  let started = 0;
  for (const p of due) if (await startDuePublication(deps, p.account_id, p.id)) started++;
  return started;
}
