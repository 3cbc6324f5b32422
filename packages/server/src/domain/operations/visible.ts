// Operations as a caller reads them back: its account's (row-level security), and of those only the ones for a
// site it may see. Kept out of operations.ts, which the tenancy module imports (an export starts an operation), so
// that the two do not import each other.
import type { Knex } from 'knex';
import { NotFoundError } from '../../errors.js';
import type { Actor } from '../actor.js';
import { seesEverySite, visibleSite } from '../tenancy/sites.js';
import { getOperation, type OperationRow } from './operations.js';

/**
 * The Operation `id` as the actor may see it: work recorded for a site (its input's `site_id`) is not there for an
 * actor that cannot see that site (a key or widget session restricted to another site, a user without access to
 * it); row-level security alone keeps only other accounts' operations out.
 */
export async function getVisibleOperation(trx: Knex.Transaction, actor: Actor, id: string): Promise<OperationRow> {
  const row = await getOperation(trx, id);
  const siteId = (row as OperationRow & { input?: { site_id?: unknown } }).input?.site_id;
  if (typeof siteId === 'string' && !seesEverySite(actor) && !(await visibleSite(trx, actor, siteId).first()))
    throw new NotFoundError('Operation');
  return row;
}
