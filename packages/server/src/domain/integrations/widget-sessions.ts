// Widget sessions: short-lived tokens that open one site to the embedded widget, with a role no higher than their
// issuer's (and never above admin) and a feature allowlist. Issued with an admin's credential (a partner's backend)
// or by a site's plugin with a signed request, for its own site only. A widget session cannot mint another.
import type { components } from '@igny8/contract/openapi';
import type { Knex } from 'knex';
import type { AccessTokens } from '../../auth/access-tokens.js';
import { type Role, roleAtLeast } from '../../auth/roles.js';
import { AppError, UnauthorizedError } from '../../errors.js';
import type { Actor } from '../actor.js';
import type { Clock } from '../ports.js';
import { findVisibleSite } from '../tenancy/sites.js';

type WidgetSessionRequest = components['schemas']['WidgetSessionRequest'];
type WidgetFeature = components['schemas']['WidgetFeature'];

/** What a session opens when the issuer does not say. */
export const DEFAULT_FEATURES: readonly WidgetFeature[] = [
  'overview',
  'keywords',
  'writer',
  'automation',
  'publishing',
];

/** Who the session is for, in the token and the audit trail: the issuing key or user, or the site's WordPress user. */
function subjectOf(issuer: Actor, request: WidgetSessionRequest): string {
  if (issuer.kind === 'site') return `wordpress:${issuer.siteId}:${request.user?.id ?? 'unknown'}`;
  return `${issuer.kind}:${issuer.apiKeyId ?? issuer.userId}`;
}

export async function issueWidgetSession(
  trx: Knex.Transaction,
  deps: { tokens: Pick<AccessTokens, 'signWidget' | 'ttlSeconds'>; now: Clock },
  issuer: Actor,
  request: WidgetSessionRequest,
) {
  if (issuer.kind === 'widget') throw new AppError('FORBIDDEN', 'A widget session cannot mint another.');
  if (issuer.kind === 'site' && issuer.siteId !== request.site_id)
    throw new UnauthorizedError('SIGNATURE_INVALID', 'A site can mint sessions for itself only.');
  await findVisibleSite(trx, issuer, request.site_id);
  const ceiling: Role = roleAtLeast(issuer.role, 'admin') ? 'admin' : issuer.role;
  const role = request.role ?? ceiling;
  if (!roleAtLeast(ceiling, role)) {
    throw new AppError('INSUFFICIENT_ROLE', `A ${issuer.role} cannot issue a ${role} session.`);
  }
  const features = request.features ?? [...DEFAULT_FEATURES];
  const token = await deps.tokens.signWidget({
    accountId: issuer.accountId,
    siteId: request.site_id,
    role,
    features,
    subject: subjectOf(issuer, request),
  });
  return {
    token,
    expires_at: new Date(deps.now().getTime() + deps.tokens.ttlSeconds * 1000).toISOString(),
    site_id: request.site_id,
    role,
    features,
  };
}
