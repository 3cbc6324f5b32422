import { presentOperation } from '../../../domain/operations/operations.js';
import { deleteAccount, loadAccount, startAccountExport, updateAccount } from '../../../domain/tenancy/accounts.js';
import { describeCaller } from '../../../domain/tenancy/me.js';
import type { HandlerGroup } from '../../handler.js';

export const accountHandlers: HandlerGroup = {
  getMe: async ({ db, principal }) => ({ data: await describeCaller(db, principal) }),
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
