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

  /**
   * A site's monthly credit cap and use
   *
   * `GET /v1/sites/{site_id}/budget` (role: `viewer`)
   */
  budget(
    siteId: string,
    options?: RequestOptions,
  ): Promise<operations['getSiteBudget']['responses'][200]['content']['application/json']['data']> {
    return this._client.request({
      operationId: 'getSiteBudget',
      method: 'GET',
      path: `/v1/sites/${encodeURIComponent(siteId)}/budget`,
      options,
    });
  }

  /**
   * Set or clear a site's monthly credit cap
   *
   * `PUT /v1/sites/{site_id}/budget` (role: `admin`)
   */
  setBudget(
    siteId: string,
    body: operations['setSiteBudget']['requestBody']['content']['application/json'],
    options?: RequestOptions,
  ): Promise<operations['setSiteBudget']['responses'][200]['content']['application/json']['data']> {
    return this._client.request({
      operationId: 'setSiteBudget',
      method: 'PUT',
      path: `/v1/sites/${encodeURIComponent(siteId)}/budget`,
      body,
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

/** `client.keywords`: list, create, bulk, import, export, get, update, delete. */
export class Keywords extends APIResource {
  /**
   * Keywords of a site, filtered and sorted
   *
   * `GET /v1/sites/{site_id}/keywords` (role: `viewer`)
   *
   * Await it for the first page, or `for await` over it for every item of every page.
   */
  list(
    siteId: string,
    query?: operations['listKeywords']['parameters']['query'],
    options?: RequestOptions,
  ): PagePromise<operations['listKeywords']['responses'][200]['content']['application/json']['data'][number]> {
    return this._client.requestPage({
      operationId: 'listKeywords',
      method: 'GET',
      path: `/v1/sites/${encodeURIComponent(siteId)}/keywords`,
      query,
      options,
    });
  }

  /**
   * Add a keyword
   *
   * Refused with `KEYWORD_EXISTS` when the site has the same phrase (after normalization), and with `PLAN_LIMIT_REACHED` past the plan's keyword limit.
   *
   * `POST /v1/sites/{site_id}/keywords` (role: `editor`)
   */
  create(
    siteId: string,
    body: operations['createKeyword']['requestBody']['content']['application/json'],
    options?: RequestOptions,
  ): Promise<operations['createKeyword']['responses'][201]['content']['application/json']['data']> {
    return this._client.request({
      operationId: 'createKeyword',
      method: 'POST',
      path: `/v1/sites/${encodeURIComponent(siteId)}/keywords`,
      body,
      options,
    });
  }

  /**
   * Create, update and delete up to 10,000 keywords at once
   *
   * Duplicates (within the request or against the site) are skipped and counted; each refused item is reported by its index.
   *
   * `POST /v1/sites/{site_id}/keywords/bulk` (role: `editor`)
   */
  bulk(
    siteId: string,
    body: operations['bulkKeywords']['requestBody']['content']['application/json'],
    options?: RequestOptions,
  ): Promise<operations['bulkKeywords']['responses'][200]['content']['application/json']['data']> {
    return this._client.request({
      operationId: 'bulkKeywords',
      method: 'POST',
      path: `/v1/sites/${encodeURIComponent(siteId)}/keywords/bulk`,
      body,
      options,
    });
  }

  /**
   * Import keywords from CSV (long-running)
   *
   * The header row is detected, including the column names of the common keyword-tool exports (Semrush, Ahrefs,
   * Google Keyword Planner, Moz…). Rows are deduplicated by normalized phrase; bad rows are reported by line number
   * in the operation's result while the good rows are kept.
   *
   * `POST /v1/sites/{site_id}/keywords/import` (role: `editor`)
   */
  import(
    siteId: string,
    body: operations['importKeywords']['requestBody']['content']['application/json'],
    options?: RequestOptions,
  ): Promise<operations['importKeywords']['responses'][202]['content']['application/json']['data']> {
    return this._client.request({
      operationId: 'importKeywords',
      method: 'POST',
      path: `/v1/sites/${encodeURIComponent(siteId)}/keywords/import`,
      body,
      options,
    });
  }

  /**
   * Every keyword of the site as CSV, streamed
   *
   * `GET /v1/sites/{site_id}/keywords/export` (role: `viewer`)
   *
   * Resolves with the bytes of the `text/csv` document.
   */
  export(
    siteId: string,
    query?: operations['exportKeywords']['parameters']['query'],
    options?: RequestOptions,
  ): Promise<ArrayBuffer> {
    return this._client.request({
      operationId: 'exportKeywords',
      method: 'GET',
      path: `/v1/sites/${encodeURIComponent(siteId)}/keywords/export`,
      query,
      binary: true,
      options,
    });
  }

  /**
   * One keyword
   *
   * `GET /v1/sites/{site_id}/keywords/{keyword_id}` (role: `viewer`)
   */
  get(
    siteId: string,
    keywordId: string,
    options?: RequestOptions,
  ): Promise<operations['getKeyword']['responses'][200]['content']['application/json']['data']> {
    return this._client.request({
      operationId: 'getKeyword',
      method: 'GET',
      path: `/v1/sites/${encodeURIComponent(siteId)}/keywords/${encodeURIComponent(keywordId)}`,
      options,
    });
  }

  /**
   * Change a keyword (intent override, metrics, archive)
   *
   * `PATCH /v1/sites/{site_id}/keywords/{keyword_id}` (role: `editor`)
   */
  update(
    siteId: string,
    keywordId: string,
    body: operations['updateKeyword']['requestBody']['content']['application/json'],
    options?: RequestOptions,
  ): Promise<operations['updateKeyword']['responses'][200]['content']['application/json']['data']> {
    return this._client.request({
      operationId: 'updateKeyword',
      method: 'PATCH',
      path: `/v1/sites/${encodeURIComponent(siteId)}/keywords/${encodeURIComponent(keywordId)}`,
      body,
      options,
    });
  }

  /**
   * Delete a keyword
   *
   * `DELETE /v1/sites/{site_id}/keywords/{keyword_id}` (role: `editor`)
   */
  delete(siteId: string, keywordId: string, options?: RequestOptions): Promise<void> {
    return this._client.request({
      operationId: 'deleteKeyword',
      method: 'DELETE',
      path: `/v1/sites/${encodeURIComponent(siteId)}/keywords/${encodeURIComponent(keywordId)}`,
      options,
    });
  }
}

/** `client.clusters`: run, list, get, update, delete. */
export class Clusters extends APIResource {
  /**
   * Cluster the site's keywords (long-running, charged)
   *
   * Estimates the cost (`cluster_keywords`) and answers `402 INSUFFICIENT_CREDITS` before any work when the balance
   * does not cover it; the credits are reserved, captured when the run succeeds and released when it fails.
   *
   * `POST /v1/sites/{site_id}/clusterings` (role: `editor`)
   */
  run(
    siteId: string,
    body: operations['startClustering']['requestBody']['content']['application/json'],
    options?: RequestOptions,
  ): Promise<operations['startClustering']['responses'][202]['content']['application/json']['data']> {
    return this._client.request({
      operationId: 'startClustering',
      method: 'POST',
      path: `/v1/sites/${encodeURIComponent(siteId)}/clusterings`,
      body,
      options,
    });
  }

  /**
   * Clusters of a site
   *
   * `GET /v1/sites/{site_id}/clusters` (role: `viewer`)
   *
   * Await it for the first page, or `for await` over it for every item of every page.
   */
  list(
    siteId: string,
    query?: operations['listClusters']['parameters']['query'],
    options?: RequestOptions,
  ): PagePromise<operations['listClusters']['responses'][200]['content']['application/json']['data'][number]> {
    return this._client.requestPage({
      operationId: 'listClusters',
      method: 'GET',
      path: `/v1/sites/${encodeURIComponent(siteId)}/clusters`,
      query,
      options,
    });
  }

  /**
   * One cluster
   *
   * `GET /v1/sites/{site_id}/clusters/{cluster_id}` (role: `viewer`)
   */
  get(
    siteId: string,
    clusterId: string,
    options?: RequestOptions,
  ): Promise<operations['getCluster']['responses'][200]['content']['application/json']['data']> {
    return this._client.request({
      operationId: 'getCluster',
      method: 'GET',
      path: `/v1/sites/${encodeURIComponent(siteId)}/clusters/${encodeURIComponent(clusterId)}`,
      options,
    });
  }

  /**
   * Rename or archive a cluster
   *
   * `PATCH /v1/sites/{site_id}/clusters/{cluster_id}` (role: `editor`)
   */
  update(
    siteId: string,
    clusterId: string,
    body: operations['updateCluster']['requestBody']['content']['application/json'],
    options?: RequestOptions,
  ): Promise<operations['updateCluster']['responses'][200]['content']['application/json']['data']> {
    return this._client.request({
      operationId: 'updateCluster',
      method: 'PATCH',
      path: `/v1/sites/${encodeURIComponent(siteId)}/clusters/${encodeURIComponent(clusterId)}`,
      body,
      options,
    });
  }

  /**
   * Delete a cluster; its keywords become new again
   *
   * `DELETE /v1/sites/{site_id}/clusters/{cluster_id}` (role: `editor`)
   */
  delete(siteId: string, clusterId: string, options?: RequestOptions): Promise<void> {
    return this._client.request({
      operationId: 'deleteCluster',
      method: 'DELETE',
      path: `/v1/sites/${encodeURIComponent(siteId)}/clusters/${encodeURIComponent(clusterId)}`,
      options,
    });
  }
}

/** `client.ideas`: generate, list, get, update, delete, queue. */
export class Ideas extends APIResource {
  /**
   * Generate content ideas for a cluster (long-running, charged)
   *
   * `POST /v1/sites/{site_id}/clusters/{cluster_id}/ideas` (role: `editor`)
   */
  generate(
    siteId: string,
    clusterId: string,
    body: operations['generateIdeas']['requestBody']['content']['application/json'],
    options?: RequestOptions,
  ): Promise<operations['generateIdeas']['responses'][202]['content']['application/json']['data']> {
    return this._client.request({
      operationId: 'generateIdeas',
      method: 'POST',
      path: `/v1/sites/${encodeURIComponent(siteId)}/clusters/${encodeURIComponent(clusterId)}/ideas`,
      body,
      options,
    });
  }

  /**
   * Content ideas of a site
   *
   * `GET /v1/sites/{site_id}/ideas` (role: `viewer`)
   *
   * Await it for the first page, or `for await` over it for every item of every page.
   */
  list(
    siteId: string,
    query?: operations['listIdeas']['parameters']['query'],
    options?: RequestOptions,
  ): PagePromise<operations['listIdeas']['responses'][200]['content']['application/json']['data'][number]> {
    return this._client.requestPage({
      operationId: 'listIdeas',
      method: 'GET',
      path: `/v1/sites/${encodeURIComponent(siteId)}/ideas`,
      query,
      options,
    });
  }

  /**
   * One idea
   *
   * `GET /v1/sites/{site_id}/ideas/{idea_id}` (role: `viewer`)
   */
  get(
    siteId: string,
    ideaId: string,
    options?: RequestOptions,
  ): Promise<operations['getIdea']['responses'][200]['content']['application/json']['data']> {
    return this._client.request({
      operationId: 'getIdea',
      method: 'GET',
      path: `/v1/sites/${encodeURIComponent(siteId)}/ideas/${encodeURIComponent(ideaId)}`,
      options,
    });
  }

  /**
   * Edit an idea
   *
   * `PATCH /v1/sites/{site_id}/ideas/{idea_id}` (role: `editor`)
   */
  update(
    siteId: string,
    ideaId: string,
    body: operations['updateIdea']['requestBody']['content']['application/json'],
    options?: RequestOptions,
  ): Promise<operations['updateIdea']['responses'][200]['content']['application/json']['data']> {
    return this._client.request({
      operationId: 'updateIdea',
      method: 'PATCH',
      path: `/v1/sites/${encodeURIComponent(siteId)}/ideas/${encodeURIComponent(ideaId)}`,
      body,
      options,
    });
  }

  /**
   * Delete an idea
   *
   * `DELETE /v1/sites/{site_id}/ideas/{idea_id}` (role: `editor`)
   */
  delete(siteId: string, ideaId: string, options?: RequestOptions): Promise<void> {
    return this._client.request({
      operationId: 'deleteIdea',
      method: 'DELETE',
      path: `/v1/sites/${encodeURIComponent(siteId)}/ideas/${encodeURIComponent(ideaId)}`,
      options,
    });
  }

  /**
   * Queue an idea, which makes a writing task
   *
   * `POST /v1/sites/{site_id}/ideas/{idea_id}/queue` (role: `editor`)
   */
  queue(
    siteId: string,
    ideaId: string,
    options?: RequestOptions,
  ): Promise<operations['queueIdea']['responses'][201]['content']['application/json']['data']> {
    return this._client.request({
      operationId: 'queueIdea',
      method: 'POST',
      path: `/v1/sites/${encodeURIComponent(siteId)}/ideas/${encodeURIComponent(ideaId)}/queue`,
      options,
    });
  }
}

/** `client.tasks`: list, get. */
export class Tasks extends APIResource {
  /**
   * Writing tasks of a site
   *
   * `GET /v1/sites/{site_id}/tasks` (role: `viewer`)
   *
   * Await it for the first page, or `for await` over it for every item of every page.
   */
  list(
    siteId: string,
    query?: operations['listTasks']['parameters']['query'],
    options?: RequestOptions,
  ): PagePromise<operations['listTasks']['responses'][200]['content']['application/json']['data'][number]> {
    return this._client.requestPage({
      operationId: 'listTasks',
      method: 'GET',
      path: `/v1/sites/${encodeURIComponent(siteId)}/tasks`,
      query,
      options,
    });
  }

  /**
   * One writing task
   *
   * `GET /v1/sites/{site_id}/tasks/{task_id}` (role: `viewer`)
   */
  get(
    siteId: string,
    taskId: string,
    options?: RequestOptions,
  ): Promise<operations['getTask']['responses'][200]['content']['application/json']['data']> {
    return this._client.request({
      operationId: 'getTask',
      method: 'GET',
      path: `/v1/sites/${encodeURIComponent(siteId)}/tasks/${encodeURIComponent(taskId)}`,
      options,
    });
  }
}

/** `client.planner`: Keywords, clustering, clusters, content ideas and the tasks made from them. */
export class Planner extends APIResource {
  /**
   * Clusters and ideas of a site that compete for the same keyword
   *
   * `GET /v1/sites/{site_id}/cannibalization` (role: `viewer`)
   */
  cannibalization(
    siteId: string,
    options?: RequestOptions,
  ): Promise<operations['getCannibalization']['responses'][200]['content']['application/json']['data']> {
    return this._client.request({
      operationId: 'getCannibalization',
      method: 'GET',
      path: `/v1/sites/${encodeURIComponent(siteId)}/cannibalization`,
      options,
    });
  }
}

/** `client.billing`: Credits, costs, usage, subscription, invoices and payments. */
export class Billing extends APIResource {
  /**
   * Credits available now, by pool
   *
   * `GET /v1/billing/balance` (role: `viewer`)
   */
  balance(
    options?: RequestOptions,
  ): Promise<operations['getBalance']['responses'][200]['content']['application/json']['data']> {
    return this._client.request({ operationId: 'getBalance', method: 'GET', path: '/v1/billing/balance', options });
  }

  /**
   * The credit ledger, oldest first
   *
   * `GET /v1/billing/ledger` (role: `admin`)
   *
   * Await it for the first page, or `for await` over it for every item of every page.
   */
  ledger(
    query?: operations['listLedger']['parameters']['query'],
    options?: RequestOptions,
  ): PagePromise<operations['listLedger']['responses'][200]['content']['application/json']['data'][number]> {
    return this._client.requestPage({
      operationId: 'listLedger',
      method: 'GET',
      path: '/v1/billing/ledger',
      query,
      options,
    });
  }

  /**
   * What each AI action costs in credits
   *
   * `GET /v1/billing/costs` (role: `viewer`)
   */
  costs(
    options?: RequestOptions,
  ): Promise<operations['listCreditCosts']['responses'][200]['content']['application/json']['data']> {
    return this._client.request({ operationId: 'listCreditCosts', method: 'GET', path: '/v1/billing/costs', options });
  }

  /**
   * Estimate the credits of a proposed action
   *
   * `POST /v1/billing/estimate` (role: `viewer`)
   */
  estimate(
    body: operations['estimateCost']['requestBody']['content']['application/json'],
    options?: RequestOptions,
  ): Promise<operations['estimateCost']['responses'][200]['content']['application/json']['data']> {
    return this._client.request({
      operationId: 'estimateCost',
      method: 'POST',
      path: '/v1/billing/estimate',
      body,
      options,
    });
  }

  /**
   * Charged actions, oldest first
   *
   * `GET /v1/billing/usage` (role: `admin`)
   *
   * Await it for the first page, or `for await` over it for every item of every page.
   */
  usage(
    query?: operations['listUsage']['parameters']['query'],
    options?: RequestOptions,
  ): PagePromise<operations['listUsage']['responses'][200]['content']['application/json']['data'][number]> {
    return this._client.requestPage({
      operationId: 'listUsage',
      method: 'GET',
      path: '/v1/billing/usage',
      query,
      options,
    });
  }

  /**
   * Credits and cost by day and operation
   *
   * `GET /v1/billing/usage/summary` (role: `admin`)
   */
  usageSummary(
    query?: operations['getUsageSummary']['parameters']['query'],
    options?: RequestOptions,
  ): Promise<operations['getUsageSummary']['responses'][200]['content']['application/json']['data']> {
    return this._client.request({
      operationId: 'getUsageSummary',
      method: 'GET',
      path: '/v1/billing/usage/summary',
      query,
      options,
    });
  }

  /**
   * The account's subscription
   *
   * `GET /v1/billing/subscription` (role: `viewer`)
   */
  subscription(
    options?: RequestOptions,
  ): Promise<operations['getSubscription']['responses'][200]['content']['application/json']['data']> {
    return this._client.request({
      operationId: 'getSubscription',
      method: 'GET',
      path: '/v1/billing/subscription',
      options,
    });
  }

  /**
   * Move to another plan
   *
   * An upgrade takes effect now with a prorated invoice for the rest of the period; plan credits are reset
   * to the new plan's amount when that invoice is paid. A downgrade takes effect at the end of the period.
   * A move is refused with `PLAN_LIMIT_REACHED` while the account uses more than the new plan allows.
   *
   * `POST /v1/billing/subscription/change` (role: `owner`)
   */
  changePlan(
    body: operations['changeSubscription']['requestBody']['content']['application/json'],
    options?: RequestOptions,
  ): Promise<operations['changeSubscription']['responses'][200]['content']['application/json']['data']> {
    return this._client.request({
      operationId: 'changeSubscription',
      method: 'POST',
      path: '/v1/billing/subscription/change',
      body,
      options,
    });
  }

  /**
   * Credit packages on sale
   *
   * `GET /v1/billing/credit-packages` (role: `viewer`)
   */
  creditPackages(
    options?: RequestOptions,
  ): Promise<operations['listCreditPackages']['responses'][200]['content']['application/json']['data']> {
    return this._client.request({
      operationId: 'listCreditPackages',
      method: 'GET',
      path: '/v1/billing/credit-packages',
      options,
    });
  }

  /**
   * Buy a credit package (an invoice to pay)
   *
   * Bonus credits are added when the invoice is paid; they never expire.
   *
   * `POST /v1/billing/credit-packages/{package_id}/purchase` (role: `admin`)
   */
  purchasePackage(
    packageId: string,
    options?: RequestOptions,
  ): Promise<operations['purchaseCreditPackage']['responses'][201]['content']['application/json']['data']> {
    return this._client.request({
      operationId: 'purchaseCreditPackage',
      method: 'POST',
      path: `/v1/billing/credit-packages/${encodeURIComponent(packageId)}/purchase`,
      options,
    });
  }

  /**
   * Invoices, oldest first
   *
   * `GET /v1/billing/invoices` (role: `admin`)
   *
   * Await it for the first page, or `for await` over it for every item of every page.
   */
  invoices(
    query?: operations['listInvoices']['parameters']['query'],
    options?: RequestOptions,
  ): PagePromise<operations['listInvoices']['responses'][200]['content']['application/json']['data'][number]> {
    return this._client.requestPage({
      operationId: 'listInvoices',
      method: 'GET',
      path: '/v1/billing/invoices',
      query,
      options,
    });
  }

  /**
   * One invoice with its lines
   *
   * `GET /v1/billing/invoices/{invoice_id}` (role: `admin`)
   */
  invoice(
    invoiceId: string,
    options?: RequestOptions,
  ): Promise<operations['getInvoice']['responses'][200]['content']['application/json']['data']> {
    return this._client.request({
      operationId: 'getInvoice',
      method: 'GET',
      path: `/v1/billing/invoices/${encodeURIComponent(invoiceId)}`,
      options,
    });
  }

  /**
   * One invoice as a PDF
   *
   * `GET /v1/billing/invoices/{invoice_id}/pdf` (role: `admin`)
   *
   * Resolves with the bytes of the `application/pdf` document.
   */
  invoicePdf(invoiceId: string, options?: RequestOptions): Promise<ArrayBuffer> {
    return this._client.request({
      operationId: 'getInvoicePdf',
      method: 'GET',
      path: `/v1/billing/invoices/${encodeURIComponent(invoiceId)}/pdf`,
      binary: true,
      options,
    });
  }

  /**
   * Pay an invoice by bank transfer or through Stripe
   *
   * `manual`: a bank-transfer payment waiting for the operator's approval. `stripe`: a Checkout session;
   * send the payer to `checkout_url`. The invoice is paid when Stripe reports the payment.
   *
   * `POST /v1/billing/invoices/{invoice_id}/payments` (role: `admin`)
   */
  payInvoice(
    invoiceId: string,
    body: operations['payInvoice']['requestBody']['content']['application/json'],
    options?: RequestOptions,
  ): Promise<operations['payInvoice']['responses'][201]['content']['application/json']['data']> {
    return this._client.request({
      operationId: 'payInvoice',
      method: 'POST',
      path: `/v1/billing/invoices/${encodeURIComponent(invoiceId)}/payments`,
      body,
      options,
    });
  }

  /**
   * Payments, oldest first
   *
   * `GET /v1/billing/payments` (role: `admin`)
   *
   * Await it for the first page, or `for await` over it for every item of every page.
   */
  payments(
    query?: operations['listPayments']['parameters']['query'],
    options?: RequestOptions,
  ): PagePromise<operations['listPayments']['responses'][200]['content']['application/json']['data'][number]> {
    return this._client.requestPage({
      operationId: 'listPayments',
      method: 'GET',
      path: '/v1/billing/payments',
      query,
      options,
    });
  }
}

/** `client.notifications`: Messages for the account (credit thresholds, billing events). */
export class Notifications extends APIResource {
  /**
   * Notifications, newest first
   *
   * `GET /v1/notifications` (role: `viewer`)
   *
   * Await it for the first page, or `for await` over it for every item of every page.
   */
  list(
    query?: operations['listNotifications']['parameters']['query'],
    options?: RequestOptions,
  ): PagePromise<operations['listNotifications']['responses'][200]['content']['application/json']['data'][number]> {
    return this._client.requestPage({
      operationId: 'listNotifications',
      method: 'GET',
      path: '/v1/notifications',
      query,
      options,
    });
  }

  /**
   * Mark a notification read
   *
   * `POST /v1/notifications/{notification_id}/read` (role: `viewer`)
   */
  markRead(
    notificationId: string,
    options?: RequestOptions,
  ): Promise<operations['markNotificationRead']['responses'][200]['content']['application/json']['data']> {
    return this._client.request({
      operationId: 'markNotificationRead',
      method: 'POST',
      path: `/v1/notifications/${encodeURIComponent(notificationId)}/read`,
      options,
    });
  }
}

/** `client.webhooks`: Events sent to Igny8 by payment providers. */
export class Webhooks extends APIResource {
  /**
   * Stripe events (signed)
   *
   * Verifies the `Stripe-Signature` header over the raw body and handles each event once.
   *
   * `POST /v1/webhooks/stripe` (role: `public`)
   */
  stripe(
    body: operations['receiveStripeWebhook']['requestBody']['content']['application/json'],
    options?: RequestOptions,
  ): Promise<operations['receiveStripeWebhook']['responses'][200]['content']['application/json']['data']> {
    return this._client.request({
      operationId: 'receiveStripeWebhook',
      method: 'POST',
      path: '/v1/webhooks/stripe',
      body,
      public: true,
      options,
    });
  }
}

/** `client.admin`: The operator's routes. They take only operator tokens (`POST /v1/admin/auth/login`). */
export class Admin extends APIResource {
  /**
   * Sign in as the operator
   *
   * Operator accounts are made on the server with `pnpm operator:create`. The token (audience `igny8-admin`) opens only `/v1/admin/*`.
   *
   * `POST /v1/admin/auth/login` (role: `public`)
   */
  login(
    body: operations['operatorLogin']['requestBody']['content']['application/json'],
    options?: RequestOptions,
  ): Promise<operations['operatorLogin']['responses'][200]['content']['application/json']['data']> {
    return this._client.request({
      operationId: 'operatorLogin',
      method: 'POST',
      path: '/v1/admin/auth/login',
      body,
      public: true,
      options,
    });
  }

  /**
   * Every account, with plan and balance
   *
   * `GET /v1/admin/accounts` (role: `operator`)
   *
   * Await it for the first page, or `for await` over it for every item of every page.
   */
  accounts(
    query?: operations['adminListAccounts']['parameters']['query'],
    options?: RequestOptions,
  ): PagePromise<operations['adminListAccounts']['responses'][200]['content']['application/json']['data'][number]> {
    return this._client.requestPage({
      operationId: 'adminListAccounts',
      method: 'GET',
      path: '/v1/admin/accounts',
      query,
      options,
    });
  }

  /**
   * One account, with plan and balance
   *
   * `GET /v1/admin/accounts/{account_id}` (role: `operator`)
   */
  account(
    accountId: string,
    options?: RequestOptions,
  ): Promise<operations['adminGetAccount']['responses'][200]['content']['application/json']['data']> {
    return this._client.request({
      operationId: 'adminGetAccount',
      method: 'GET',
      path: `/v1/admin/accounts/${encodeURIComponent(accountId)}`,
      options,
    });
  }

  /**
   * Grant or take credits, with a reason (audited)
   *
   * `POST /v1/admin/accounts/{account_id}/credits` (role: `operator`)
   */
  adjustCredits(
    accountId: string,
    body: operations['adminAdjustCredits']['requestBody']['content']['application/json'],
    options?: RequestOptions,
  ): Promise<operations['adminAdjustCredits']['responses'][200]['content']['application/json']['data']> {
    return this._client.request({
      operationId: 'adminAdjustCredits',
      method: 'POST',
      path: `/v1/admin/accounts/${encodeURIComponent(accountId)}/credits`,
      body,
      options,
    });
  }

  /**
   * Suspend, reactivate or cancel an account (audited)
   *
   * `PUT /v1/admin/accounts/{account_id}/status` (role: `operator`)
   */
  setAccountStatus(
    accountId: string,
    body: operations['adminSetAccountStatus']['requestBody']['content']['application/json'],
    options?: RequestOptions,
  ): Promise<operations['adminSetAccountStatus']['responses'][200]['content']['application/json']['data']> {
    return this._client.request({
      operationId: 'adminSetAccountStatus',
      method: 'PUT',
      path: `/v1/admin/accounts/${encodeURIComponent(accountId)}/status`,
      body,
      options,
    });
  }

  /**
   * Choose an account's AI providers and prompt templates
   *
   * Names must be providers the server is configured with; template overrides may only use the variables of the
   * default template. An empty object returns the account to the defaults.
   *
   * `PUT /v1/admin/accounts/{account_id}/ai` (role: `operator`)
   */
  setAccountAi(
    accountId: string,
    body: operations['adminSetAccountAi']['requestBody']['content']['application/json'],
    options?: RequestOptions,
  ): Promise<operations['adminSetAccountAi']['responses'][200]['content']['application/json']['data']> {
    return this._client.request({
      operationId: 'adminSetAccountAi',
      method: 'PUT',
      path: `/v1/admin/accounts/${encodeURIComponent(accountId)}/ai`,
      body,
      options,
    });
  }

  /**
   * Payments of every account, optionally by status
   *
   * `GET /v1/admin/payments` (role: `operator`)
   *
   * Await it for the first page, or `for await` over it for every item of every page.
   */
  payments(
    query?: operations['adminListPayments']['parameters']['query'],
    options?: RequestOptions,
  ): PagePromise<operations['adminListPayments']['responses'][200]['content']['application/json']['data'][number]> {
    return this._client.requestPage({
      operationId: 'adminListPayments',
      method: 'GET',
      path: '/v1/admin/payments',
      query,
      options,
    });
  }

  /**
   * Approve a bank transfer, which pays the invoice
   *
   * `POST /v1/admin/payments/{payment_id}/approve` (role: `operator`)
   */
  approvePayment(
    paymentId: string,
    options?: RequestOptions,
  ): Promise<operations['adminApprovePayment']['responses'][200]['content']['application/json']['data']> {
    return this._client.request({
      operationId: 'adminApprovePayment',
      method: 'POST',
      path: `/v1/admin/payments/${encodeURIComponent(paymentId)}/approve`,
      options,
    });
  }

  /**
   * Reject a bank transfer
   *
   * `POST /v1/admin/payments/{payment_id}/reject` (role: `operator`)
   */
  rejectPayment(
    paymentId: string,
    body: operations['adminRejectPayment']['requestBody']['content']['application/json'],
    options?: RequestOptions,
  ): Promise<operations['adminRejectPayment']['responses'][200]['content']['application/json']['data']> {
    return this._client.request({
      operationId: 'adminRejectPayment',
      method: 'POST',
      path: `/v1/admin/payments/${encodeURIComponent(paymentId)}/reject`,
      body,
      options,
    });
  }

  /**
   * Create or edit a plan
   *
   * `PUT /v1/admin/plans/{plan_code}` (role: `operator`)
   */
  upsertPlan(
    planCode: string,
    body: operations['adminUpsertPlan']['requestBody']['content']['application/json'],
    options?: RequestOptions,
  ): Promise<operations['adminUpsertPlan']['responses'][200]['content']['application/json']['data']> {
    return this._client.request({
      operationId: 'adminUpsertPlan',
      method: 'PUT',
      path: `/v1/admin/plans/${encodeURIComponent(planCode)}`,
      body,
      options,
    });
  }

  /**
   * Set the credits of an operation (optionally per provider)
   *
   * `PUT /v1/admin/credit-costs` (role: `operator`)
   */
  setCreditCost(
    body: operations['adminSetCreditCost']['requestBody']['content']['application/json'],
    options?: RequestOptions,
  ): Promise<operations['adminSetCreditCost']['responses'][200]['content']['application/json']['data']> {
    return this._client.request({
      operationId: 'adminSetCreditCost',
      method: 'PUT',
      path: '/v1/admin/credit-costs',
      body,
      options,
    });
  }

  /**
   * Put a credit package on sale
   *
   * `POST /v1/admin/credit-packages` (role: `operator`)
   */
  createCreditPackage(
    body: operations['adminCreateCreditPackage']['requestBody']['content']['application/json'],
    options?: RequestOptions,
  ): Promise<operations['adminCreateCreditPackage']['responses'][201]['content']['application/json']['data']> {
    return this._client.request({
      operationId: 'adminCreateCreditPackage',
      method: 'POST',
      path: '/v1/admin/credit-packages',
      body,
      options,
    });
  }

  /**
   * Edit or withdraw a credit package
   *
   * `PATCH /v1/admin/credit-packages/{package_id}` (role: `operator`)
   */
  updateCreditPackage(
    packageId: string,
    body: operations['adminUpdateCreditPackage']['requestBody']['content']['application/json'],
    options?: RequestOptions,
  ): Promise<operations['adminUpdateCreditPackage']['responses'][200]['content']['application/json']['data']> {
    return this._client.request({
      operationId: 'adminUpdateCreditPackage',
      method: 'PATCH',
      path: `/v1/admin/credit-packages/${encodeURIComponent(packageId)}`,
      body,
      options,
    });
  }

  /**
   * Run subscription renewals now (they also run on a schedule)
   *
   * `POST /v1/admin/billing/renewals` (role: `operator`)
   */
  runRenewals(
    options?: RequestOptions,
  ): Promise<operations['adminRunRenewals']['responses'][200]['content']['application/json']['data']> {
    return this._client.request({
      operationId: 'adminRunRenewals',
      method: 'POST',
      path: '/v1/admin/billing/renewals',
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
  /** `client.keywords`: list, create, bulk, import, export, get, update, delete. */
  readonly keywords: Keywords;
  /** `client.clusters`: run, list, get, update, delete. */
  readonly clusters: Clusters;
  /** `client.ideas`: generate, list, get, update, delete, queue. */
  readonly ideas: Ideas;
  /** `client.tasks`: list, get. */
  readonly tasks: Tasks;
  /** `client.planner`: Keywords, clustering, clusters, content ideas and the tasks made from them. */
  readonly planner: Planner;
  /** `client.billing`: Credits, costs, usage, subscription, invoices and payments. */
  readonly billing: Billing;
  /** `client.notifications`: Messages for the account (credit thresholds, billing events). */
  readonly notifications: Notifications;
  /** `client.webhooks`: Events sent to Igny8 by payment providers. */
  readonly webhooks: Webhooks;
  /** `client.admin`: The operator's routes. They take only operator tokens (`POST /v1/admin/auth/login`). */
  readonly admin: Admin;

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
    this.keywords = new Keywords(client);
    this.clusters = new Clusters(client);
    this.ideas = new Ideas(client);
    this.tasks = new Tasks(client);
    this.planner = new Planner(client);
    this.billing = new Billing(client);
    this.notifications = new Notifications(client);
    this.webhooks = new Webhooks(client);
    this.admin = new Admin(client);
  }
}
