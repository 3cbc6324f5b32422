// Generated from openapi.yaml by `pnpm codegen`. Do not edit by hand: change the spec and regenerate.
import type { operations } from '@igny8/contract/openapi';
import { APIResource, type APIClient } from '../internal/api-resource.js';
import type { PagePromise } from '../pagination.js';
import type { RequestOptions } from '../request-options.js';

/** `client.system`: Liveness and readiness. */
export class System extends APIResource {
  /**
   * Liveness probe
   *
   * `GET /healthz` (role: `public`)
   */
  health(
    options?: RequestOptions,
  ): Promise<operations['getHealth']['responses'][200]['content']['application/json']['data']> {
    return this._client.request({ operationId: 'getHealth', method: 'GET', path: '/healthz', public: true, options });
  }

  /**
   * Readiness probe (database and job queue reachable)
   *
   * `GET /readyz` (role: `public`)
   */
  readiness(
    options?: RequestOptions,
  ): Promise<operations['getReadiness']['responses'][200]['content']['application/json']['data']> {
    return this._client.request({ operationId: 'getReadiness', method: 'GET', path: '/readyz', public: true, options });
  }
}

/** `client.auth`: Sign up, sign in, tokens and passwords. */
export class Auth extends APIResource {
  /**
   * Create a user and their account
   *
   * Creates a user, an account on the free plan with the user as owner, and a session.
   *
   * `POST /v1/auth/signup` (role: `public`)
   */
  signup(
    body: operations['signup']['requestBody']['content']['application/json'],
    options?: RequestOptions,
  ): Promise<operations['signup']['responses'][201]['content']['application/json']['data']> {
    return this._client.request({
      operationId: 'signup',
      method: 'POST',
      path: '/v1/auth/signup',
      body,
      public: true,
      options,
    });
  }

  /**
   * Exchange email and password for a session
   *
   * `POST /v1/auth/login` (role: `public`)
   */
  login(
    body: operations['login']['requestBody']['content']['application/json'],
    options?: RequestOptions,
  ): Promise<operations['login']['responses'][200]['content']['application/json']['data']> {
    return this._client.request({
      operationId: 'login',
      method: 'POST',
      path: '/v1/auth/login',
      body,
      public: true,
      options,
    });
  }

  /**
   * Rotate a refresh token for a new session
   *
   * Refresh tokens are single use. Presenting one that was already rotated revokes every token of its
   * family (`REFRESH_TOKEN_REUSED`): sign in again.
   *
   * `POST /v1/auth/refresh` (role: `public`)
   */
  refresh(
    body: operations['refreshSession']['requestBody']['content']['application/json'],
    options?: RequestOptions,
  ): Promise<operations['refreshSession']['responses'][200]['content']['application/json']['data']> {
    return this._client.request({
      operationId: 'refreshSession',
      method: 'POST',
      path: '/v1/auth/refresh',
      body,
      public: true,
      options,
    });
  }

  /**
   * Revoke a refresh token and its family
   *
   * `POST /v1/auth/logout` (role: `public`)
   */
  logout(
    body: operations['logout']['requestBody']['content']['application/json'],
    options?: RequestOptions,
  ): Promise<void> {
    return this._client.request({
      operationId: 'logout',
      method: 'POST',
      path: '/v1/auth/logout',
      body,
      public: true,
      options,
    });
  }

  /**
   * Change the caller's password
   *
   * Revokes every other session of the user.
   *
   * `POST /v1/auth/password/change` (role: `authenticated`)
   */
  changePassword(
    body: operations['changePassword']['requestBody']['content']['application/json'],
    options?: RequestOptions,
  ): Promise<void> {
    return this._client.request({
      operationId: 'changePassword',
      method: 'POST',
      path: '/v1/auth/password/change',
      body,
      options,
    });
  }

  /**
   * Mail a password-reset link
   *
   * Answers the same whether or not the address is known.
   *
   * `POST /v1/auth/password/reset-request` (role: `public`)
   */
  requestPasswordReset(
    body: operations['requestPasswordReset']['requestBody']['content']['application/json'],
    options?: RequestOptions,
  ): Promise<operations['requestPasswordReset']['responses'][202]['content']['application/json']['data']> {
    return this._client.request({
      operationId: 'requestPasswordReset',
      method: 'POST',
      path: '/v1/auth/password/reset-request',
      body,
      public: true,
      options,
    });
  }

  /**
   * Set a new password with a reset token
   *
   * The token is single use and expires after an hour; every session of the user is revoked.
   *
   * `POST /v1/auth/password/reset-confirm` (role: `public`)
   */
  confirmPasswordReset(
    body: operations['confirmPasswordReset']['requestBody']['content']['application/json'],
    options?: RequestOptions,
  ): Promise<void> {
    return this._client.request({
      operationId: 'confirmPasswordReset',
      method: 'POST',
      path: '/v1/auth/password/reset-confirm',
      body,
      public: true,
      options,
    });
  }

  /**
   * Accept an invitation and sign in to the inviting account
   *
   * A new user gives `name` and `password`; an existing user proves who they are with their current
   * `password`.
   *
   * `POST /v1/auth/invitations/accept` (role: `public`)
   */
  acceptInvitation(
    body: operations['acceptInvitation']['requestBody']['content']['application/json'],
    options?: RequestOptions,
  ): Promise<operations['acceptInvitation']['responses'][200]['content']['application/json']['data']> {
    return this._client.request({
      operationId: 'acceptInvitation',
      method: 'POST',
      path: '/v1/auth/invitations/accept',
      body,
      public: true,
      options,
    });
  }
}

/** `client.me`: The caller. */
export class Me extends APIResource {
  /**
   * The caller, their account and role
   *
   * `GET /v1/me` (role: `authenticated`)
   */
  get(options?: RequestOptions): Promise<operations['getMe']['responses'][200]['content']['application/json']['data']> {
    return this._client.request({ operationId: 'getMe', method: 'GET', path: '/v1/me', options });
  }
}

/** `client.account`: The account (tenant) and its plan. */
export class Account extends APIResource {
  /**
   * The current account
   *
   * `GET /v1/account` (role: `viewer`)
   */
  get(
    options?: RequestOptions,
  ): Promise<operations['getAccount']['responses'][200]['content']['application/json']['data']> {
    return this._client.request({ operationId: 'getAccount', method: 'GET', path: '/v1/account', options });
  }

  /**
   * Rename the account or change its timezone
   *
   * `PATCH /v1/account` (role: `admin`)
   */
  update(
    body: operations['updateAccount']['requestBody']['content']['application/json'],
    options?: RequestOptions,
  ): Promise<operations['updateAccount']['responses'][200]['content']['application/json']['data']> {
    return this._client.request({ operationId: 'updateAccount', method: 'PATCH', path: '/v1/account', body, options });
  }

  /**
   * Delete the account and everything in it
   *
   * `DELETE /v1/account` (role: `owner`)
   */
  delete(options?: RequestOptions): Promise<void> {
    return this._client.request({ operationId: 'deleteAccount', method: 'DELETE', path: '/v1/account', options });
  }

  /**
   * Move the account to another plan
   *
   * A downgrade is refused with `PLAN_LIMIT_REACHED` while the account uses more than the new plan allows.
   *
   * `PUT /v1/account/plan` (role: `owner`)
   */
  changePlan(
    body: operations['changePlan']['requestBody']['content']['application/json'],
    options?: RequestOptions,
  ): Promise<operations['changePlan']['responses'][200]['content']['application/json']['data']> {
    return this._client.request({ operationId: 'changePlan', method: 'PUT', path: '/v1/account/plan', body, options });
  }

  /**
   * Export the account's data as JSON (long-running)
   *
   * Answers `202` with an Operation whose `result` holds the export once it succeeds.
   *
   * `POST /v1/account/exports` (role: `admin`)
   */
  export(
    options?: RequestOptions,
  ): Promise<operations['exportAccount']['responses'][202]['content']['application/json']['data']> {
    return this._client.request({ operationId: 'exportAccount', method: 'POST', path: '/v1/account/exports', options });
  }
}

/** `client.members`: People in the account, their roles and invitations. */
export class Members extends APIResource {
  /**
   * People in the account
   *
   * `GET /v1/account/members` (role: `viewer`)
   *
   * Await it for the first page, or `for await` over it for every item of every page.
   */
  list(
    query?: operations['listMembers']['parameters']['query'],
    options?: RequestOptions,
  ): PagePromise<operations['listMembers']['responses'][200]['content']['application/json']['data'][number]> {
    return this._client.requestPage({
      operationId: 'listMembers',
      method: 'GET',
      path: '/v1/account/members',
      query,
      options,
    });
  }

  /**
   * Invite someone by email with a role
   *
   * The invitation is mailed and expires after 7 days. Counts towards the plan's user limit.
   *
   * `POST /v1/account/members` (role: `admin`)
   */
  invite(
    body: operations['inviteMember']['requestBody']['content']['application/json'],
    options?: RequestOptions,
  ): Promise<operations['inviteMember']['responses'][201]['content']['application/json']['data']> {
    return this._client.request({
      operationId: 'inviteMember',
      method: 'POST',
      path: '/v1/account/members',
      body,
      options,
    });
  }

  /**
   * Change a member's role
   *
   * Only an owner may grant or take away `owner`; the last owner cannot be demoted.
   *
   * `PATCH /v1/account/members/{member_id}` (role: `admin`)
   */
  update(
    memberId: string,
    body: operations['updateMember']['requestBody']['content']['application/json'],
    options?: RequestOptions,
  ): Promise<operations['updateMember']['responses'][200]['content']['application/json']['data']> {
    return this._client.request({
      operationId: 'updateMember',
      method: 'PATCH',
      path: `/v1/account/members/${encodeURIComponent(memberId)}`,
      body,
      options,
    });
  }

  /**
   * Remove a member from the account
   *
   * `DELETE /v1/account/members/{member_id}` (role: `admin`)
   */
  remove(memberId: string, options?: RequestOptions): Promise<void> {
    return this._client.request({
      operationId: 'removeMember',
      method: 'DELETE',
      path: `/v1/account/members/${encodeURIComponent(memberId)}`,
      options,
    });
  }
}

/** `client.invitations`: list, revoke. */
export class Invitations extends APIResource {
  /**
   * Pending invitations
   *
   * `GET /v1/account/invitations` (role: `admin`)
   *
   * Await it for the first page, or `for await` over it for every item of every page.
   */
  list(
    query?: operations['listInvitations']['parameters']['query'],
    options?: RequestOptions,
  ): PagePromise<operations['listInvitations']['responses'][200]['content']['application/json']['data'][number]> {
    return this._client.requestPage({
      operationId: 'listInvitations',
      method: 'GET',
      path: '/v1/account/invitations',
      query,
      options,
    });
  }

  /**
   * Revoke a pending invitation
   *
   * `DELETE /v1/account/invitations/{invitation_id}` (role: `admin`)
   */
  revoke(invitationId: string, options?: RequestOptions): Promise<void> {
    return this._client.request({
      operationId: 'revokeInvitation',
      method: 'DELETE',
      path: `/v1/account/invitations/${encodeURIComponent(invitationId)}`,
      options,
    });
  }
}

/** `client.apiKeys`: Secret keys for server-to-server use. */
export class ApiKeys extends APIResource {
  /**
   * The account's API keys (never their secrets)
   *
   * `GET /v1/api-keys` (role: `admin`)
   *
   * Await it for the first page, or `for await` over it for every item of every page.
   */
  list(
    query?: operations['listApiKeys']['parameters']['query'],
    options?: RequestOptions,
  ): PagePromise<operations['listApiKeys']['responses'][200]['content']['application/json']['data'][number]> {
    return this._client.requestPage({
      operationId: 'listApiKeys',
      method: 'GET',
      path: '/v1/api-keys',
      query,
      options,
    });
  }

  /**
   * Create an API key; its secret is shown once
   *
   * The key's role cannot be higher than the caller's. A key restricted to a site sees only that site.
   *
   * `POST /v1/api-keys` (role: `admin`)
   */
  create(
    body: operations['createApiKey']['requestBody']['content']['application/json'],
    options?: RequestOptions,
  ): Promise<operations['createApiKey']['responses'][201]['content']['application/json']['data']> {
    return this._client.request({ operationId: 'createApiKey', method: 'POST', path: '/v1/api-keys', body, options });
  }

  /**
   * One API key
   *
   * `GET /v1/api-keys/{api_key_id}` (role: `admin`)
   */
  get(
    apiKeyId: string,
    options?: RequestOptions,
  ): Promise<operations['getApiKey']['responses'][200]['content']['application/json']['data']> {
    return this._client.request({
      operationId: 'getApiKey',
      method: 'GET',
      path: `/v1/api-keys/${encodeURIComponent(apiKeyId)}`,
      options,
    });
  }

  /**
   * Revoke an API key
   *
   * `DELETE /v1/api-keys/{api_key_id}` (role: `admin`)
   */
  revoke(apiKeyId: string, options?: RequestOptions): Promise<void> {
    return this._client.request({
      operationId: 'revokeApiKey',
      method: 'DELETE',
      path: `/v1/api-keys/${encodeURIComponent(apiKeyId)}`,
      options,
    });
  }
}

/** `client.plans`: list. */
export class Plans extends APIResource {
  /**
   * Plans with their prices and limits
   *
   * `GET /v1/plans` (role: `public`)
   */
  list(
    options?: RequestOptions,
  ): Promise<operations['listPlans']['responses'][200]['content']['application/json']['data']> {
    return this._client.request({ operationId: 'listPlans', method: 'GET', path: '/v1/plans', public: true, options });
  }
}

/** `client.industries`: list, get. */
export class Industries extends APIResource {
  /**
   * Industries with their sectors
   *
   * `GET /v1/industries` (role: `authenticated`)
   *
   * Await it for the first page, or `for await` over it for every item of every page.
   */
  list(
    query?: operations['listIndustries']['parameters']['query'],
    options?: RequestOptions,
  ): PagePromise<operations['listIndustries']['responses'][200]['content']['application/json']['data'][number]> {
    return this._client.requestPage({
      operationId: 'listIndustries',
      method: 'GET',
      path: '/v1/industries',
      query,
      options,
    });
  }

  /**
   * One industry with its sectors
   *
   * `GET /v1/industries/{industry_id}` (role: `authenticated`)
   */
  get(
    industryId: string,
    options?: RequestOptions,
  ): Promise<operations['getIndustry']['responses'][200]['content']['application/json']['data']> {
    return this._client.request({
      operationId: 'getIndustry',
      method: 'GET',
      path: `/v1/industries/${encodeURIComponent(industryId)}`,
      options,
    });
  }
}

/** `client.sites`: Sites, their sectors and who may see them. */
export class Sites extends APIResource {
  /**
   * Sites the caller may see
   *
   * Owners and admins see every site; editors and viewers see the sites granted to them.
   *
   * `GET /v1/sites` (role: `viewer`)
   *
   * Await it for the first page, or `for await` over it for every item of every page.
   */
  list(
    query?: operations['listSites']['parameters']['query'],
    options?: RequestOptions,
  ): PagePromise<operations['listSites']['responses'][200]['content']['application/json']['data'][number]> {
    return this._client.requestPage({ operationId: 'listSites', method: 'GET', path: '/v1/sites', query, options });
  }

  /**
   * Create a site in an industry
   *
   * Refused with `PLAN_LIMIT_REACHED` when the plan's site limit is used up.
   *
   * `POST /v1/sites` (role: `admin`)
   */
  create(
    body: operations['createSite']['requestBody']['content']['application/json'],
    options?: RequestOptions,
  ): Promise<operations['createSite']['responses'][201]['content']['application/json']['data']> {
    return this._client.request({ operationId: 'createSite', method: 'POST', path: '/v1/sites', body, options });
  }

  /**
   * One site
   *
   * `GET /v1/sites/{site_id}` (role: `viewer`)
   */
  get(
    siteId: string,
    options?: RequestOptions,
  ): Promise<operations['getSite']['responses'][200]['content']['application/json']['data']> {
    return this._client.request({
      operationId: 'getSite',
      method: 'GET',
      path: `/v1/sites/${encodeURIComponent(siteId)}`,
      options,
    });
  }

  /**
   * Change a site's name, address, description or industry
   *
   * The industry can change only while the site has no sectors.
   *
   * `PATCH /v1/sites/{site_id}` (role: `admin`)
   */
  update(
    siteId: string,
    body: operations['updateSite']['requestBody']['content']['application/json'],
    options?: RequestOptions,
  ): Promise<operations['updateSite']['responses'][200]['content']['application/json']['data']> {
    return this._client.request({
      operationId: 'updateSite',
      method: 'PATCH',
      path: `/v1/sites/${encodeURIComponent(siteId)}`,
      body,
      options,
    });
  }

  /**
   * Delete a site and everything in it
   *
   * `DELETE /v1/sites/{site_id}` (role: `admin`)
   */
  delete(siteId: string, options?: RequestOptions): Promise<void> {
    return this._client.request({
      operationId: 'deleteSite',
      method: 'DELETE',
      path: `/v1/sites/${encodeURIComponent(siteId)}`,
      options,
    });
  }

  /**
   * The sectors chosen for a site
   *
   * `GET /v1/sites/{site_id}/sectors` (role: `viewer`)
   */
  listSectors(
    siteId: string,
    options?: RequestOptions,
  ): Promise<operations['listSiteSectors']['responses'][200]['content']['application/json']['data']> {
    return this._client.request({
      operationId: 'listSiteSectors',
      method: 'GET',
      path: `/v1/sites/${encodeURIComponent(siteId)}/sectors`,
      options,
    });
  }

  /**
   * Choose a site's sectors (1–5, from its industry, within the plan)
   *
   * `PUT /v1/sites/{site_id}/sectors` (role: `admin`)
   */
  selectSectors(
    siteId: string,
    body: operations['selectSiteSectors']['requestBody']['content']['application/json'],
    options?: RequestOptions,
  ): Promise<operations['selectSiteSectors']['responses'][200]['content']['application/json']['data']> {
    return this._client.request({
      operationId: 'selectSiteSectors',
      method: 'PUT',
      path: `/v1/sites/${encodeURIComponent(siteId)}/sectors`,
      body,
      options,
    });
  }

  /**
   * Editors and viewers granted this site
   *
   * `GET /v1/sites/{site_id}/access` (role: `admin`)
   */
  listAccess(
    siteId: string,
    options?: RequestOptions,
  ): Promise<operations['listSiteAccess']['responses'][200]['content']['application/json']['data']> {
    return this._client.request({
      operationId: 'listSiteAccess',
      method: 'GET',
      path: `/v1/sites/${encodeURIComponent(siteId)}/access`,
      options,
    });
  }

  /**
   * Grant a member access to a site
   *
   * `PUT /v1/sites/{site_id}/access/{user_id}` (role: `admin`)
   */
  grantAccess(
    siteId: string,
    userId: string,
    options?: RequestOptions,
  ): Promise<operations['grantSiteAccess']['responses'][200]['content']['application/json']['data']> {
    return this._client.request({
      operationId: 'grantSiteAccess',
      method: 'PUT',
      path: `/v1/sites/${encodeURIComponent(siteId)}/access/${encodeURIComponent(userId)}`,
      options,
    });
  }

  /**
   * Take away a member's access to a site
   *
   * `DELETE /v1/sites/{site_id}/access/{user_id}` (role: `admin`)
   */
  revokeAccess(siteId: string, userId: string, options?: RequestOptions): Promise<void> {
    return this._client.request({
      operationId: 'revokeSiteAccess',
      method: 'DELETE',
      path: `/v1/sites/${encodeURIComponent(siteId)}/access/${encodeURIComponent(userId)}`,
      options,
    });
  }
}

/** `client.operations`: Long-running work. */
export class Operations extends APIResource {
  /**
   * The state of a long-running operation
   *
   * `GET /v1/operations/{operation_id}` (role: `viewer`)
   */
  get(
    operationId: string,
    options?: RequestOptions,
  ): Promise<operations['getOperation']['responses'][200]['content']['application/json']['data']> {
    return this._client.request({
      operationId: 'getOperation',
      method: 'GET',
      path: `/v1/operations/${encodeURIComponent(operationId)}`,
      options,
    });
  }
}

/** Every resource of the API, under the property the client exposes it as (`client.sites`, …). */
export class Igny8Resources {
  /** `client.system`: Liveness and readiness. */
  readonly system: System;
  /** `client.auth`: Sign up, sign in, tokens and passwords. */
  readonly auth: Auth;
  /** `client.me`: The caller. */
  readonly me: Me;
  /** `client.account`: The account (tenant) and its plan. */
  readonly account: Account;
  /** `client.members`: People in the account, their roles and invitations. */
  readonly members: Members;
  /** `client.invitations`: list, revoke. */
  readonly invitations: Invitations;
  /** `client.apiKeys`: Secret keys for server-to-server use. */
  readonly apiKeys: ApiKeys;
  /** `client.plans`: list. */
  readonly plans: Plans;
  /** `client.industries`: list, get. */
  readonly industries: Industries;
  /** `client.sites`: Sites, their sectors and who may see them. */
  readonly sites: Sites;
  /** `client.operations`: Long-running work. */
  readonly operations: Operations;

  constructor(client: APIClient) {
    this.system = new System(client);
    this.auth = new Auth(client);
    this.me = new Me(client);
    this.account = new Account(client);
    this.members = new Members(client);
    this.invitations = new Invitations(client);
    this.apiKeys = new ApiKeys(client);
    this.plans = new Plans(client);
    this.industries = new Industries(client);
    this.sites = new Sites(client);
    this.operations = new Operations(client);
  }
}
