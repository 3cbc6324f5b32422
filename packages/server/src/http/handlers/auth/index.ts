import * as auth from '../../../auth/service.js';
import { rotateRefreshToken } from '../../../auth/sessions.js';
import type { HandlerGroup } from '../../handler.js';

export const authHandlers: HandlerGroup = {
  signup: async ({ body, deps, ctx }) => {
    await deps.rateLimiter.consume([`signup:${ctx.ip}`]);
    return { data: await auth.signup(deps, body) };
  },
  login: async ({ body, deps, ctx }) => {
    await deps.rateLimiter.consume([`login:${ctx.ip}`, `login:${body.email.toLowerCase()}`]);
    return { data: await auth.login(deps, body, ctx.ip) };
  },
  refreshSession: async ({ body, deps, ctx }) => {
    await deps.rateLimiter.consume([`refresh:${ctx.ip}`]);
    return { data: await rotateRefreshToken(deps, body.refresh_token) };
  },
  logout: async ({ body, deps }) => {
    await auth.logout(deps, body.refresh_token);
    return undefined;
  },
  changePassword: async ({ body, deps, principal, ctx }) => {
    await auth.changePassword(deps, principal, body, ctx.ip);
    return undefined;
  },
  requestPasswordReset: async ({ body, deps, ctx }) => {
    await deps.rateLimiter.consume([`reset:${ctx.ip}`, `reset:${body.email.toLowerCase()}`]);
    await auth.requestPasswordReset(deps, body.email);
    return { data: { status: 'accepted' } };
  },
  confirmPasswordReset: async ({ body, deps, ctx }) => {
    await deps.rateLimiter.consume([`reset-confirm:${ctx.ip}`]);
    await auth.confirmPasswordReset(deps, body, ctx.ip);
    return undefined;
  },
  acceptInvitation: async ({ body, deps, ctx }) => {
    await deps.rateLimiter.consume([`invite:${ctx.ip}`]);
    return { data: await auth.acceptInvitation(deps, body, ctx.ip) };
  },
};
