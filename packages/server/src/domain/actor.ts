// Who acts, as every domain function sees it: an HTTP request's caller, a job working for the person who
// started it, a pipeline stage, a WordPress site signing its requests. Domain functions take an Actor and
// never an HTTP principal, so each of them can be called the same way from any of those.
import type { Role } from '../auth/roles.js';

export interface Actor {
  /**
   * `user`, `api_key`, `widget`: a caller of the API; `site`: a WordPress site's signed request; `job`: work
   * the queue runs for the account; `operator`: the platform operator (accountId is empty).
   */
  kind: 'user' | 'api_key' | 'widget' | 'site' | 'job' | 'operator';
  accountId: string;
  /** Set when the actor is limited to one site (a site-scoped API key, a widget session, a signed site). */
  siteId: string | null;
  role: Role;
  /** The person behind the action, for `created_by` and the audit: the user, or whoever started the job. */
  userId: string | null;
  apiKeyId: string | null;
  operatorId?: string;
  /**
   * The address the request came from, set by the router for the audit log (Koa's `ctx.ip`: the socket's peer, or
   * the client `X-Forwarded-For` names when the server trusts its proxy, `TRUST_PROXY`). Absent for queued work.
   */
  ip?: string | null;
  /** A widget session's subject: who it was issued for (`user:<id>`, `api_key:<id>`, `wordpress:<site>:<user>`). */
  subject?: string;
}

/** The actor of work the queue runs for an account: full access to the site it works on, in the name of `userId`. */
export function jobActor(accountId: string, siteId: string | null, userId: string | null): Actor {
  return { kind: 'job', accountId, siteId, role: 'owner', userId, apiKeyId: null };
}
