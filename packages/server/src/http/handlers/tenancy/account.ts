import { deleteAccount, loadAccount, startAccountExport, updateAccount } from '../../../domain/tenancy/accounts.js';
import { describeCaller } from '../../../domain/tenancy/me.js';
import type { HandlerGroup } from '../../handler.js';
import { accepted } from '../operations/index.js';

export const accountHandlers: HandlerGroup = {
  getMe: async ({ db, actor }) => ({ data: await describeCaller(db, actor) }),
  getAccount: async ({ db, actor }) => ({ data: await loadAccount(db, actor.accountId) }),
  updateAccount: async ({ db, actor, body }) => ({ data: await updateAccount(db, actor.accountId, body) }),
  deleteAccount: async ({ db, actor }) => {
    await deleteAccount(db, actor.accountId);
    return undefined;
  },
  exportAccount: async ({ db, actor, deps }) => {
    const operation = await startAccountExport(db, { queue: deps.jobs }, actor);
    return accepted(operation);
  },
};
