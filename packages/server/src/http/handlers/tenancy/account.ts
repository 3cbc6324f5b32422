import { presentOperation } from '../../../domain/operations/operations.js';
import { deleteAccount, loadAccount, startAccountExport, updateAccount } from '../../../domain/tenancy/accounts.js';
import { visibleSiteIds } from '../../../domain/tenancy/sites.js';
import type { HandlerGroup } from '../../handler.js';

export const accountHandlers: HandlerGroup = {
  getMe: async ({ db, principal }) => {
    const account = await loadAccount(db, principal.accountId);
    let user = null;
    let memberships: { account_id: string; account_name: string; role: 'owner' | 'admin' | 'editor' | 'viewer' }[] = [];
    if (principal.userId) {
      const row = await db('users').where({ id: principal.userId }).first('id', 'email', 'name', 'created_at');
      user = { ...row, created_at: row.created_at.toISOString() };
      // The user's other accounts are visible through the user-scoped membership policy
      // (authentication set app.user_id as well as app.account_id).
      memberships = await db('memberships')
        .join('accounts', 'accounts.id', 'memberships.account_id')
        .where('memberships.user_id', principal.userId)
        .orderBy('memberships.created_at')
        .select('memberships.account_id', 'accounts.name as account_name', 'memberships.role');
    }
    return {
      data: {
        user,
        account,
        role: principal.role,
        credential: principal.kind === 'user' ? 'access_token' : 'api_key',
        site_ids: await visibleSiteIds(db, principal),
        memberships,
      },
    };
  },
  getAccount: async ({ db, principal }) => ({ data: await loadAccount(db, principal.accountId) }),
  updateAccount: async ({ db, principal, body }) => ({ data: await updateAccount(db, principal.accountId, body) }),
  deleteAccount: async ({ db, principal }) => {
    await deleteAccount(db, principal.accountId);
    return undefined;
  },
  exportAccount: async ({ db, principal, deps }) => {
    const operation = await startAccountExport(db, { queue: deps.jobs }, principal);
    return { data: presentOperation(operation), headers: { Location: `/v1/operations/${operation.id}` } };
  },
};
