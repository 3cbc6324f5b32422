import * as members from '../../../domain/tenancy/members.js';
import type { HandlerGroup } from '../../handler.js';

export const memberHandlers: HandlerGroup = {
  listMembers: async ({ db, actor, query }) => members.listMembers(db, actor.accountId, query),
  inviteMember: async ({ tenant, actor, body, deps }) => ({
    data: await members.inviteMember(
      tenant,
      { now: deps.now, mailer: deps.mailer, publicUrl: deps.config.publicUrl, logger: deps.logger },
      actor,
      body,
    ),
  }),
  updateMember: async ({ db, actor, params, body }) => ({
    data: await members.updateMemberRole(db, actor, params.member_id, body.role),
  }),
  removeMember: async ({ db, actor, params }) => {
    await members.removeMember(db, actor, params.member_id);
    return undefined;
  },
  listInvitations: async ({ db, actor, query }) => members.listInvitations(db, actor.accountId, query),
  revokeInvitation: async ({ db, actor, params }) => {
    await members.revokeInvitation(db, actor, params.invitation_id);
    return undefined;
  },
};
