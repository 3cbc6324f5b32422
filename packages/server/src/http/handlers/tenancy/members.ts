import * as members from '../../../domain/tenancy/members.js';
import type { HandlerGroup } from '../../handler.js';

export const memberHandlers: HandlerGroup = {
  listMembers: async ({ db, principal, query }) => members.listMembers(db, principal.accountId, query),
  inviteMember: async ({ db, principal, body, deps }) => ({
    data: await members.inviteMember(
      { now: deps.now, mailer: deps.mailer, publicUrl: deps.config.publicUrl },
      db,
      principal,
      body,
    ),
  }),
  updateMember: async ({ db, principal, params, body }) => ({
    data: await members.updateMemberRole(db, principal, params.member_id, body.role),
  }),
  removeMember: async ({ db, principal, params }) => {
    await members.removeMember(db, principal, params.member_id);
    return undefined;
  },
  listInvitations: async ({ db, principal, query }) => members.listInvitations(db, principal.accountId, query),
  revokeInvitation: async ({ db, params }) => {
    await members.revokeInvitation(db, params.invitation_id);
    return undefined;
  },
};
