// `GET /v1/me`: who is calling.
import type { Knex } from 'knex';
import type { Actor } from '../actor.js';
import { loadAccount } from './accounts.js';
import { visibleSiteIds } from './sites.js';

/** Who is calling (`GET /v1/me`): the user, the account, the role, the sites they see, their other accounts. */
export async function describeCaller(trx: Knex.Transaction, actor: Actor) {
  const account = await loadAccount(trx, actor.accountId);
  let user = null;
  let memberships: { account_id: string; account_name: string; role: 'owner' | 'admin' | 'editor' | 'viewer' }[] = [];
  if (actor.userId) {
    const row = await trx('users').where({ id: actor.userId }).first('id', 'email', 'name', 'created_at');
    user = { ...row, created_at: row.created_at.toISOString() };
    // The user's other accounts are visible through the user-scoped membership policy
    // (authentication set app.user_id as well as app.account_id).
    memberships = await trx('memberships')
      .join('accounts', 'accounts.id', 'memberships.account_id')
      .where('memberships.user_id', actor.userId)
      .orderBy('memberships.created_at')
      .select('memberships.account_id', 'accounts.name as account_name', 'memberships.role');
  }
  return {
    user,
    account,
    role: actor.role,
    credential: actor.kind === 'user' ? ('access_token' as const) : ('api_key' as const),
    site_ids: await visibleSiteIds(trx, actor),
    memberships,
  };
}
