// Generated from openapi.yaml by `pnpm codegen`. Do not edit by hand: change the spec and regenerate.
// The methods are typed by the interfaces below and made at run time from the compact table at the end,
// so the bundle carries one small entry per operation rather than a function body each.
import type { operations } from '@igny8/contract/openapi';
import { type APIClient, bindResource } from '../internal/api-resource.js';
import type { PagePromise } from '../pagination.js';
import type { RequestOptions } from '../request-options.js';

/** `client.system`: Liveness and readiness. */
export interface System {
  /**
   * Liveness probe
   *
   * `GET /healthz` (role: `public`)
   */
  health(
    options?: RequestOptions,
  ): Promise<operations['getHealth']['responses'][200]['content']['application/json']['data']>;

  /**
   * Readiness probe (database and job queue reachable)
   *
   * `GET /readyz` (role: `public`)
   */
  readiness(
    options?: RequestOptions,
  ): Promise<operations['getReadiness']['responses'][200]['content']['application/json']['data']>;
}

/** `client.auth`: Sign up, sign in, tokens and passwords. */
export interface Auth {
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
  ): Promise<operations['signup']['responses'][201]['content']['application/json']['data']>;

  /**
   * Exchange email and password for a session
   *
   * `POST /v1/auth/login` (role: `public`)
   */
  login(
    body: operations['login']['requestBody']['content']['application/json'],
    options?: RequestOptions,
  ): Promise<operations['login']['responses'][200]['content']['application/json']['data']>;

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
  ): Promise<operations['refreshSession']['responses'][200]['content']['application/json']['data']>;

  /**
   * Revoke a refresh token and its family
   *
   * `POST /v1/auth/logout` (role: `public`)
   */
  logout(
    body: operations['logout']['requestBody']['content']['application/json'],
    options?: RequestOptions,
  ): Promise<void>;

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
  ): Promise<void>;

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
  ): Promise<operations['requestPasswordReset']['responses'][202]['content']['application/json']['data']>;

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
  ): Promise<void>;

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
  ): Promise<operations['acceptInvitation']['responses'][200]['content']['application/json']['data']>;
}

/** `client.me`: The caller. */
export interface Me {
  /**
   * The caller, their account and role
   *
   * `GET /v1/me` (role: `authenticated`)
   */
  get(options?: RequestOptions): Promise<operations['getMe']['responses'][200]['content']['application/json']['data']>;
}

/** `client.account`: The account (tenant) and its plan. */
export interface Account {
  /**
   * The current account
   *
   * `GET /v1/account` (role: `viewer`)
   */
  get(
    options?: RequestOptions,
  ): Promise<operations['getAccount']['responses'][200]['content']['application/json']['data']>;

  /**
   * Rename the account or change its timezone
   *
   * `PATCH /v1/account` (role: `admin`)
   */
  update(
    body: operations['updateAccount']['requestBody']['content']['application/json'],
    options?: RequestOptions,
  ): Promise<operations['updateAccount']['responses'][200]['content']['application/json']['data']>;

  /**
   * Delete the account and everything in it
   *
   * `DELETE /v1/account` (role: `owner`)
   */
  delete(options?: RequestOptions): Promise<void>;

  /**
   * Export the account's data as JSON (long-running)
   *
   * Answers `202` with an Operation whose `result` holds the export once it succeeds.
   *
   * `POST /v1/account/exports` (role: `admin`)
   */
  export(
    options?: RequestOptions,
  ): Promise<operations['exportAccount']['responses'][202]['content']['application/json']['data']>;
}

/**
 * `client.members`: People in the account, their roles and invitations. A credential scoped to one site (an API key restricted to a site, a widget session) manages editors and viewers only: owners and admins reach every site, so granting, changing or removing those roles, or revoking an invitation to them, answers 403 `FORBIDDEN` from such a credential.
 */
export interface Members {
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
  ): PagePromise<operations['listMembers']['responses'][200]['content']['application/json']['data'][number]>;

  /**
   * Invite someone by email with a role
   *
   * The invitation is mailed and expires after 7 days. Counts towards the plan's user limit. A credential scoped to one site may invite editors and viewers only (403 `FORBIDDEN`). When the mail server does not take the message, the invitation is withdrawn and the answer is 503 `UNAVAILABLE`: try again.
   *
   * `POST /v1/account/members` (role: `admin`)
   */
  invite(
    body: operations['inviteMember']['requestBody']['content']['application/json'],
    options?: RequestOptions,
  ): Promise<operations['inviteMember']['responses'][201]['content']['application/json']['data']>;

  /**
   * Change a member's role
   *
   * Only an owner may grant or take away `owner`; the last owner cannot be demoted. A credential scoped to one site changes editors and viewers only, between those two roles (403 `FORBIDDEN`).
   *
   * `PATCH /v1/account/members/{member_id}` (role: `admin`)
   */
  update(
    memberId: string,
    body: operations['updateMember']['requestBody']['content']['application/json'],
    options?: RequestOptions,
  ): Promise<operations['updateMember']['responses'][200]['content']['application/json']['data']>;

  /**
   * Remove a member from the account
   *
   * A credential scoped to one site removes editors and viewers only (403 `FORBIDDEN`).
   *
   * `DELETE /v1/account/members/{member_id}` (role: `admin`)
   */
  remove(memberId: string, options?: RequestOptions): Promise<void>;
}

/** `client.invitations`: list, revoke. */
export interface Invitations {
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
  ): PagePromise<operations['listInvitations']['responses'][200]['content']['application/json']['data'][number]>;

  /**
   * Revoke a pending invitation
   *
   * A credential scoped to one site revokes invitations to editors and viewers only (403 `FORBIDDEN`).
   *
   * `DELETE /v1/account/invitations/{invitation_id}` (role: `admin`)
   */
  revoke(invitationId: string, options?: RequestOptions): Promise<void>;
}

/** `client.apiKeys`: Secret keys for server-to-server use. */
export interface ApiKeys {
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
  ): PagePromise<operations['listApiKeys']['responses'][200]['content']['application/json']['data'][number]>;

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
  ): Promise<operations['createApiKey']['responses'][201]['content']['application/json']['data']>;

  /**
   * One API key
   *
   * `GET /v1/api-keys/{api_key_id}` (role: `admin`)
   */
  get(
    apiKeyId: string,
    options?: RequestOptions,
  ): Promise<operations['getApiKey']['responses'][200]['content']['application/json']['data']>;

  /**
   * Revoke an API key
   *
   * `DELETE /v1/api-keys/{api_key_id}` (role: `admin`)
   */
  revoke(apiKeyId: string, options?: RequestOptions): Promise<void>;
}

/** `client.plans`: list. */
export interface Plans {
  /**
   * Plans with their prices and limits
   *
   * `GET /v1/plans` (role: `public`)
   */
  list(
    options?: RequestOptions,
  ): Promise<operations['listPlans']['responses'][200]['content']['application/json']['data']>;
}

/** `client.industries`: list, get. */
export interface Industries {
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
  ): PagePromise<operations['listIndustries']['responses'][200]['content']['application/json']['data'][number]>;

  /**
   * One industry with its sectors
   *
   * `GET /v1/industries/{industry_id}` (role: `authenticated`)
   */
  get(
    industryId: string,
    options?: RequestOptions,
  ): Promise<operations['getIndustry']['responses'][200]['content']['application/json']['data']>;
}

/** `client.sites`: Sites, their sectors and who may see them. */
export interface Sites {
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
  ): PagePromise<operations['listSites']['responses'][200]['content']['application/json']['data'][number]>;

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
  ): Promise<operations['createSite']['responses'][201]['content']['application/json']['data']>;

  /**
   * One site
   *
   * `GET /v1/sites/{site_id}` (role: `viewer`)
   */
  get(
    siteId: string,
    options?: RequestOptions,
  ): Promise<operations['getSite']['responses'][200]['content']['application/json']['data']>;

  /**
   * Change a site's name, slug, address, description or industry, or pause it and set it live
   *
   * The industry can change only while the site has no sectors. A slug taken by any site (of any account) is `409 SITE_SLUG_TAKEN`. `active: false` pauses the site (see `Site.active`); `active: true` sets it live.
   *
   * `PATCH /v1/sites/{site_id}` (role: `admin`)
   */
  update(
    siteId: string,
    body: operations['updateSite']['requestBody']['content']['application/json'],
    options?: RequestOptions,
  ): Promise<operations['updateSite']['responses'][200]['content']['application/json']['data']>;

  /**
   * Delete a site and everything in it
   *
   * `DELETE /v1/sites/{site_id}` (role: `admin`)
   */
  delete(siteId: string, options?: RequestOptions): Promise<void>;

  /**
   * The sectors chosen for a site
   *
   * `GET /v1/sites/{site_id}/sectors` (role: `viewer`)
   */
  listSectors(
    siteId: string,
    options?: RequestOptions,
  ): Promise<operations['listSiteSectors']['responses'][200]['content']['application/json']['data']>;

  /**
   * Choose a site's sectors (1–5, from its industry, within the plan)
   *
   * `PUT /v1/sites/{site_id}/sectors` (role: `admin`)
   */
  selectSectors(
    siteId: string,
    body: operations['selectSiteSectors']['requestBody']['content']['application/json'],
    options?: RequestOptions,
  ): Promise<operations['selectSiteSectors']['responses'][200]['content']['application/json']['data']>;

  /**
   * Editors and viewers granted this site
   *
   * `GET /v1/sites/{site_id}/access` (role: `admin`)
   */
  listAccess(
    siteId: string,
    options?: RequestOptions,
  ): Promise<operations['listSiteAccess']['responses'][200]['content']['application/json']['data']>;

  /**
   * Grant a member access to a site
   *
   * `PUT /v1/sites/{site_id}/access/{user_id}` (role: `admin`)
   */
  grantAccess(
    siteId: string,
    userId: string,
    options?: RequestOptions,
  ): Promise<operations['grantSiteAccess']['responses'][200]['content']['application/json']['data']>;

  /**
   * Take away a member's access to a site
   *
   * `DELETE /v1/sites/{site_id}/access/{user_id}` (role: `admin`)
   */
  revokeAccess(siteId: string, userId: string, options?: RequestOptions): Promise<void>;

  /**
   * How the writer writes for a site
   *
   * The brand voice and language fed into every prompt, and the site's rules for links, images and markup. A site that never set them has the defaults.
   *
   * `GET /v1/sites/{site_id}/writer-settings` (role: `viewer`)
   */
  writerSettings(
    siteId: string,
    options?: RequestOptions,
  ): Promise<operations['getWriterSettings']['responses'][200]['content']['application/json']['data']>;

  /**
   * Change how the writer writes for a site
   *
   * Only the fields sent change; `null` clears a text field.
   *
   * `PATCH /v1/sites/{site_id}/writer-settings` (role: `admin`)
   */
  updateWriterSettings(
    siteId: string,
    body: operations['updateWriterSettings']['requestBody']['content']['application/json'],
    options?: RequestOptions,
  ): Promise<operations['updateWriterSettings']['responses'][200]['content']['application/json']['data']>;

  /**
   * A site's monthly credit cap and use
   *
   * `GET /v1/sites/{site_id}/budget` (role: `viewer`)
   */
  budget(
    siteId: string,
    options?: RequestOptions,
  ): Promise<operations['getSiteBudget']['responses'][200]['content']['application/json']['data']>;

  /**
   * Set or clear a site's monthly credit cap
   *
   * `PUT /v1/sites/{site_id}/budget` (role: `admin`)
   */
  setBudget(
    siteId: string,
    body: operations['setSiteBudget']['requestBody']['content']['application/json'],
    options?: RequestOptions,
  ): Promise<operations['setSiteBudget']['responses'][200]['content']['application/json']['data']>;
}

/** `client.operations`: Long-running work. */
export interface Operations {
  /**
   * The state of a long-running operation
   *
   * `GET /v1/operations/{operation_id}` (role: `viewer`)
   */
  get(
    operationId: string,
    options?: RequestOptions,
  ): Promise<operations['getOperation']['responses'][200]['content']['application/json']['data']>;
}

/** `client.keywords`: list, create, bulk, import, export, get, update, delete. */
export interface Keywords {
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
  ): PagePromise<operations['listKeywords']['responses'][200]['content']['application/json']['data'][number]>;

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
  ): Promise<operations['createKeyword']['responses'][201]['content']['application/json']['data']>;

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
  ): Promise<operations['bulkKeywords']['responses'][200]['content']['application/json']['data']>;

  /**
   * Import keywords from CSV (long-running)
   *
   * The header row is detected, including the column names of the common keyword-tool exports (Semrush, Ahrefs,
   * Google Keyword Planner, Moz…). Rows are deduplicated by normalized phrase; bad rows are reported by line number
   * in the operation's result while the good rows are kept: a malformed line (say, an unbalanced quote) is one
   * refused row and reading goes on at the next line. The result is a `KeywordImportResult`.
   *
   * A file that is not text — NUL bytes, control characters, bytes that were not UTF-8 (U+FFFD), a UTF-16 file
   * read as UTF-8 — is refused at once with `422 FILE_NOT_TEXT` (`details.line`, `details.found`).
   *
   * `POST /v1/sites/{site_id}/keywords/import` (role: `editor`)
   */
  import(
    siteId: string,
    body: operations['importKeywords']['requestBody']['content']['application/json'],
    options?: RequestOptions,
  ): Promise<operations['importKeywords']['responses'][202]['content']['application/json']['data']>;

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
  ): Promise<ArrayBuffer>;

  /**
   * One keyword
   *
   * `GET /v1/sites/{site_id}/keywords/{keyword_id}` (role: `viewer`)
   */
  get(
    siteId: string,
    keywordId: string,
    options?: RequestOptions,
  ): Promise<operations['getKeyword']['responses'][200]['content']['application/json']['data']>;

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
  ): Promise<operations['updateKeyword']['responses'][200]['content']['application/json']['data']>;

  /**
   * Delete a keyword
   *
   * `DELETE /v1/sites/{site_id}/keywords/{keyword_id}` (role: `editor`)
   */
  delete(siteId: string, keywordId: string, options?: RequestOptions): Promise<void>;
}

/** `client.clusters`: run, list, get, update, delete. */
export interface Clusters {
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
  ): Promise<operations['startClustering']['responses'][202]['content']['application/json']['data']>;

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
  ): PagePromise<operations['listClusters']['responses'][200]['content']['application/json']['data'][number]>;

  /**
   * One cluster
   *
   * `GET /v1/sites/{site_id}/clusters/{cluster_id}` (role: `viewer`)
   */
  get(
    siteId: string,
    clusterId: string,
    options?: RequestOptions,
  ): Promise<operations['getCluster']['responses'][200]['content']['application/json']['data']>;

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
  ): Promise<operations['updateCluster']['responses'][200]['content']['application/json']['data']>;

  /**
   * Delete a cluster; its keywords become new again
   *
   * `DELETE /v1/sites/{site_id}/clusters/{cluster_id}` (role: `editor`)
   */
  delete(siteId: string, clusterId: string, options?: RequestOptions): Promise<void>;
}

/** `client.ideas`: generate, list, get, update, delete, queue. */
export interface Ideas {
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
  ): Promise<operations['generateIdeas']['responses'][202]['content']['application/json']['data']>;

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
  ): PagePromise<operations['listIdeas']['responses'][200]['content']['application/json']['data'][number]>;

  /**
   * One idea
   *
   * `GET /v1/sites/{site_id}/ideas/{idea_id}` (role: `viewer`)
   */
  get(
    siteId: string,
    ideaId: string,
    options?: RequestOptions,
  ): Promise<operations['getIdea']['responses'][200]['content']['application/json']['data']>;

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
  ): Promise<operations['updateIdea']['responses'][200]['content']['application/json']['data']>;

  /**
   * Delete an idea
   *
   * `DELETE /v1/sites/{site_id}/ideas/{idea_id}` (role: `editor`)
   */
  delete(siteId: string, ideaId: string, options?: RequestOptions): Promise<void>;

  /**
   * Queue an idea, which makes a writing task
   *
   * `POST /v1/sites/{site_id}/ideas/{idea_id}/queue` (role: `editor`)
   */
  queue(
    siteId: string,
    ideaId: string,
    options?: RequestOptions,
  ): Promise<operations['queueIdea']['responses'][201]['content']['application/json']['data']>;
}

/** `client.tasks`: list, create, bulk, get, update, delete, cancel, generate. */
export interface Tasks {
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
  ): PagePromise<operations['listTasks']['responses'][200]['content']['application/json']['data'][number]>;

  /**
   * Make a writing task, from an idea or on its own
   *
   * From an idea (`idea_id`), the task takes the idea's title, keywords, structure, content type and target words unless the request gives them, and the idea becomes `queued`; an idea that is not `new` is refused (409 `IDEA_NOT_QUEUEABLE`). On its own, a task needs a title.
   *
   * `POST /v1/sites/{site_id}/tasks` (role: `editor`)
   */
  create(
    siteId: string,
    body: operations['createTask']['requestBody']['content']['application/json'],
    options?: RequestOptions,
  ): Promise<operations['createTask']['responses'][201]['content']['application/json']['data']>;

  /**
   * Change the status of, cancel and delete up to 1,000 tasks at once
   *
   * One transaction; each refused item is reported by its section and index (a task that is not the site's, or a change its status does not allow), the others are done.
   *
   * `POST /v1/sites/{site_id}/tasks/bulk` (role: `editor`)
   */
  bulk(
    siteId: string,
    body: operations['bulkTasks']['requestBody']['content']['application/json'],
    options?: RequestOptions,
  ): Promise<operations['bulkTasks']['responses'][200]['content']['application/json']['data']>;

  /**
   * One writing task
   *
   * `GET /v1/sites/{site_id}/tasks/{task_id}` (role: `viewer`)
   */
  get(
    siteId: string,
    taskId: string,
    options?: RequestOptions,
  ): Promise<operations['getTask']['responses'][200]['content']['application/json']['data']>;

  /**
   * Edit a task, or change its status
   *
   * The brief of a task (title, keywords, structure, content type, target words) can be edited unless it is `in_progress` or `completed` (409 `TASK_NOT_EDITABLE`). `status` takes `cancelled` (from `queued`, `in_progress` or `failed`) or `queued` (from `failed` or `cancelled`); any other change is 409 `TASK_TRANSITION_INVALID`.
   *
   * `PATCH /v1/sites/{site_id}/tasks/{task_id}` (role: `editor`)
   */
  update(
    siteId: string,
    taskId: string,
    body: operations['updateTask']['requestBody']['content']['application/json'],
    options?: RequestOptions,
  ): Promise<operations['updateTask']['responses'][200]['content']['application/json']['data']>;

  /**
   * Delete a task
   *
   * A task `in_progress` is cancelled first (409 `TASK_NOT_EDITABLE`). Its idea, if it was `queued` for it, becomes `new` again.
   *
   * `DELETE /v1/sites/{site_id}/tasks/{task_id}` (role: `editor`)
   */
  delete(siteId: string, taskId: string, options?: RequestOptions): Promise<void>;

  /**
   * Cancel a task that is not finished
   *
   * `queued`, `in_progress` or `failed` → `cancelled`, with who cancelled it as the reason; its idea, if it was `queued` for it, becomes `new` again. A task already cancelled is answered as it is.
   *
   * `POST /v1/sites/{site_id}/tasks/{task_id}/cancel` (role: `editor`)
   */
  cancel(
    siteId: string,
    taskId: string,
    options?: RequestOptions,
  ): Promise<operations['cancelTask']['responses'][200]['content']['application/json']['data']>;

  /**
   * Write the task's article, section by section (long-running, charged)
   *
   * Plans the outline, then writes it one section per provider call, each section committed as it is written (a stopped job resumes at the first section not written), then assembles the content: sanitized html, internal links, meta, categories and tags, FAQ, JSON-LD and the SEO analysis, kept as a `generated` revision. The credits for the target words are reserved at once (402 with `required` and `available` when they are not there) and charged per section as it is written; a generation that fails gives back what it did not use. A `queued` or `failed` task becomes `in_progress`, then `completed` (or `failed` with the reason); a `completed` task is written again into the same content.
   *
   * `POST /v1/sites/{site_id}/tasks/{task_id}/generate` (role: `editor`)
   */
  generate(
    siteId: string,
    taskId: string,
    options?: RequestOptions,
  ): Promise<operations['generateTask']['responses'][202]['content']['application/json']['data']>;
}

/** `client.contents`: list, get, update, seo, revisions, revision, restore, images, publish. */
export interface Contents {
  /**
   * Contents of a site, newest last, without their html
   *
   * `GET /v1/sites/{site_id}/contents` (role: `viewer`)
   *
   * Await it for the first page, or `for await` over it for every item of every page.
   */
  list(
    siteId: string,
    query?: operations['listContents']['parameters']['query'],
    options?: RequestOptions,
  ): PagePromise<operations['listContents']['responses'][200]['content']['application/json']['data'][number]>;

  /**
   * One content, whole
   *
   * `GET /v1/sites/{site_id}/contents/{content_id}` (role: `viewer`)
   */
  get(
    siteId: string,
    contentId: string,
    options?: RequestOptions,
  ): Promise<operations['getContent']['responses'][200]['content']['application/json']['data']>;

  /**
   * Edit a content's text and meta, or move it through review
   *
   * The html is sanitized to an allowlist before it is stored (no scripts, event handlers, forms or embedded objects; links http(s), mailto and tel; images http(s) or raster `data:`). The word count, reading time and SEO analysis are computed again, and a change of text or meta is kept as a revision. `status` moves between `draft`, `review` and `approved`; `published` is set by publishing.
   *
   * `PATCH /v1/sites/{site_id}/contents/{content_id}` (role: `editor`)
   */
  update(
    siteId: string,
    contentId: string,
    body: operations['updateContent']['requestBody']['content']['application/json'],
    options?: RequestOptions,
  ): Promise<operations['updateContent']['responses'][200]['content']['application/json']['data']>;

  /**
   * The SEO analysis of a content, computed now
   *
   * A 0–100 score from named checks, each `pass`, `warn` or `fail` with a message (docs/writer.md lists them).
   *
   * `GET /v1/sites/{site_id}/contents/{content_id}/seo` (role: `viewer`)
   */
  seo(
    siteId: string,
    contentId: string,
    options?: RequestOptions,
  ): Promise<operations['getContentSeo']['responses'][200]['content']['application/json']['data']>;

  /**
   * The revisions of a content, oldest first
   *
   * `GET /v1/sites/{site_id}/contents/{content_id}/revisions` (role: `viewer`)
   *
   * Await it for the first page, or `for await` over it for every item of every page.
   */
  revisions(
    siteId: string,
    contentId: string,
    query?: operations['listContentRevisions']['parameters']['query'],
    options?: RequestOptions,
  ): PagePromise<operations['listContentRevisions']['responses'][200]['content']['application/json']['data'][number]>;

  /**
   * One revision of a content, with its html
   *
   * `GET /v1/sites/{site_id}/contents/{content_id}/revisions/{revision_id}` (role: `viewer`)
   */
  revision(
    siteId: string,
    contentId: string,
    revisionId: string,
    options?: RequestOptions,
  ): Promise<operations['getContentRevision']['responses'][200]['content']['application/json']['data']>;

  /**
   * Bring back a revision's text and meta
   *
   * The content takes the revision's title, html and meta exactly; its analysis is computed again and the restore is kept as a new revision.
   *
   * `POST /v1/sites/{site_id}/contents/{content_id}/revisions/{revision_id}/restore` (role: `editor`)
   */
  restore(
    siteId: string,
    contentId: string,
    revisionId: string,
    options?: RequestOptions,
  ): Promise<operations['restoreContentRevision']['responses'][200]['content']['application/json']['data']>;

  /**
   * The images of a content (featured first, then in-article by position)
   *
   * Each generated image carries a signed `url` that expires (`url_expires_at`); ask again for a fresh one.
   *
   * `GET /v1/sites/{site_id}/contents/{content_id}/images` (role: `viewer`)
   */
  images(
    siteId: string,
    contentId: string,
    options?: RequestOptions,
  ): Promise<operations['listContentImages']['responses'][200]['content']['application/json']['data']>;

  /**
   * Publish a content to the site's WordPress, now or at a time (long-running)
   *
   * Answers the content's Publication (one per content: publishing again updates the same WordPress post). Now (no `at`), the post is sent at once by a `content.publish` Operation (`operation_id`); with `at` and status `publish`, the server keeps the date and sends the post with status `publish` when it comes (WordPress's own `future` status only when asked for with `status: future`). `publish` and `future` take an `approved` (or already published) content (409 `CONTENT_NOT_APPROVED`); `draft` and `pending` send it for editing in WordPress. A post edited in WordPress since Igny8 last wrote it is not overwritten without `force` (409 `PUBLICATION_EDITED_IN_WORDPRESS`). 409 `NOT_CONNECTED` without a WordPress connection, 409 `SITE_INACTIVE` for a paused site. Two publishes at once give one Publication and one post. Charged at the `publish` cost (0 unless the operator sets one).
   *
   * `POST /v1/sites/{site_id}/contents/{content_id}/publish` (role: `editor`)
   */
  publish(
    siteId: string,
    contentId: string,
    body: operations['publishContent']['requestBody']['content']['application/json'],
    options?: RequestOptions,
  ): Promise<operations['publishContent']['responses'][202]['content']['application/json']['data']>;
}

/** `client.publications`: list, get, retract, redrive. */
export interface Publications {
  /**
   * The site's publications, newest first; `status=failed` is the dead-letter list
   *
   * `GET /v1/sites/{site_id}/publications` (role: `viewer`)
   *
   * Await it for the first page, or `for await` over it for every item of every page.
   */
  list(
    siteId: string,
    query?: operations['listPublications']['parameters']['query'],
    options?: RequestOptions,
  ): PagePromise<operations['listPublications']['responses'][200]['content']['application/json']['data'][number]>;

  /**
   * One publication
   *
   * `GET /v1/sites/{site_id}/publications/{publication_id}` (role: `viewer`)
   */
  get(
    siteId: string,
    publicationId: string,
    options?: RequestOptions,
  ): Promise<operations['getPublication']['responses'][200]['content']['application/json']['data']>;

  /**
   * Take the post down in WordPress (to the trash, or back to a draft)
   *
   * Calls the site's plugin at once and answers the Publication, `retracted` with the post's WordPress status. A scheduled publication not sent yet is simply cancelled. 502 `WORDPRESS_UNREACHABLE` when the site does not answer (nothing changes).
   *
   * `POST /v1/sites/{site_id}/publications/{publication_id}/retract` (role: `editor`)
   */
  retract(
    siteId: string,
    publicationId: string,
    body: operations['retractPublication']['requestBody']['content']['application/json'],
    options?: RequestOptions,
  ): Promise<operations['retractPublication']['responses'][200]['content']['application/json']['data']>;

  /**
   * Send a failed publication again (from the dead-letter list)
   *
   * A `failed` publication is sent again with fresh attempts, as first asked (status and force), unless the body says otherwise. 409 `PUBLICATION_STATE` for a publication that has not failed.
   *
   * `POST /v1/sites/{site_id}/publications/{publication_id}/redrive` (role: `editor`)
   */
  redrive(
    siteId: string,
    publicationId: string,
    body: operations['redrivePublication']['requestBody']['content']['application/json'],
    options?: RequestOptions,
  ): Promise<operations['redrivePublication']['responses'][202]['content']['application/json']['data']>;
}

/** `client.images`: get, update, regenerate, file. */
export interface Images {
  /**
   * One image, with a fresh signed URL
   *
   * `GET /v1/sites/{site_id}/images/{image_id}` (role: `viewer`)
   */
  get(
    siteId: string,
    imageId: string,
    options?: RequestOptions,
  ): Promise<operations['getImage']['responses'][200]['content']['application/json']['data']>;

  /**
   * Edit an image's alt text
   *
   * `PATCH /v1/sites/{site_id}/images/{image_id}` (role: `editor`)
   */
  update(
    siteId: string,
    imageId: string,
    body: operations['updateImage']['requestBody']['content']['application/json'],
    options?: RequestOptions,
  ): Promise<operations['updateImage']['responses'][200]['content']['application/json']['data']>;

  /**
   * Draw an image again, from its prompt or a new one (long-running, charged)
   *
   * Reserves `generate_image` (402 before any work when the credits are not there), draws the image with the account's image provider and replaces the stored file; charged once the new file is stored.
   *
   * `POST /v1/sites/{site_id}/images/{image_id}/regenerate` (role: `editor`)
   */
  regenerate(
    siteId: string,
    imageId: string,
    body: operations['regenerateImage']['requestBody']['content']['application/json'],
    options?: RequestOptions,
  ): Promise<operations['regenerateImage']['responses'][202]['content']['application/json']['data']>;

  /**
   * An image's PNG
   *
   * Read from the object store with no database transaction open.
   *
   * `GET /v1/sites/{site_id}/images/{image_id}/file` (role: `viewer`)
   *
   * Resolves with the bytes of the `image/png` document.
   */
  file(siteId: string, imageId: string, options?: RequestOptions): Promise<ArrayBuffer>;
}

/** `client.files`: get. */
export interface Files {
  /**
   * A stored image by its signed URL (no credentials; the URL expires)
   *
   * The `url` of an Image: signed for one image of one account, valid until its `url_expires_at`. An expired, altered or unknown link answers 404.
   *
   * `GET /v1/files/{token}` (role: `public`)
   *
   * Resolves with the bytes of the `image/png` document.
   */
  get(token: string, options?: RequestOptions): Promise<ArrayBuffer>;
}

/**
 * `client.automation`: The seven stages run unattended on the server: settings per site, a cost estimate, runs (manual or on a schedule) with pause, resume, cancel and retry from the failed stage, and their events, live or polled.
 */
export interface Automation {
  /**
   * The site's automation settings
   *
   * A site that never changed them has the defaults (`updated_at` null).
   *
   * `GET /v1/sites/{site_id}/automation/config` (role: `viewer`)
   */
  config(
    siteId: string,
    options?: RequestOptions,
  ): Promise<operations['getAutomationConfig']['responses'][200]['content']['application/json']['data']>;

  /**
   * Change the site's automation settings
   *
   * The fields sent change; `schedule` and `publishing_cadence` take `null` to clear them.
   *
   * `PATCH /v1/sites/{site_id}/automation/config` (role: `admin`)
   */
  updateConfig(
    siteId: string,
    body: operations['updateAutomationConfig']['requestBody']['content']['application/json'],
    options?: RequestOptions,
  ): Promise<operations['updateAutomationConfig']['responses'][200]['content']['application/json']['data']>;

  /**
   * What a run would cost now, stage by stage
   *
   * Credits per stage for the site's current backlog and its settings (items the earlier stages will make are estimated). A run starts only when the available credits are at least `required` (1.2 × the total).
   *
   * `POST /v1/sites/{site_id}/automation/estimate` (role: `viewer`)
   */
  estimate(
    siteId: string,
    options?: RequestOptions,
  ): Promise<operations['estimateAutomation']['responses'][200]['content']['application/json']['data']>;

  /**
   * The site's automation runs, newest first
   *
   * `GET /v1/sites/{site_id}/automation/runs` (role: `viewer`)
   *
   * Await it for the first page, or `for await` over it for every item of every page.
   */
  runs(
    siteId: string,
    query?: operations['listAutomationRuns']['parameters']['query'],
    options?: RequestOptions,
  ): PagePromise<operations['listAutomationRuns']['responses'][200]['content']['application/json']['data'][number]>;

  /**
   * Start a run of the enabled stages (manual)
   *
   * 402 `INSUFFICIENT_CREDITS` with `required` and `available` when the credits are short of 1.2 × the estimate; 409 `AUTOMATION_RUN_ACTIVE` while the site has a run queued, running or paused (the database holds it); 409 `SITE_INACTIVE` while the site is paused (`Site.active`).
   *
   * `POST /v1/sites/{site_id}/automation/runs` (role: `editor`)
   */
  start(
    siteId: string,
    options?: RequestOptions,
  ): Promise<operations['startAutomationRun']['responses'][201]['content']['application/json']['data']>;

  /**
   * One run, with its stages' counters
   *
   * `GET /v1/sites/{site_id}/automation/runs/{run_id}` (role: `viewer`)
   */
  run(
    siteId: string,
    runId: string,
    options?: RequestOptions,
  ): Promise<operations['getAutomationRun']['responses'][200]['content']['application/json']['data']>;

  /**
   * Pause a run after the items in flight
   *
   * A `running` run becomes `paused` once the items in flight have finished (until then `pause_requested` is true); nothing new starts. 409 `AUTOMATION_RUN_STATE` when the run is not in a state this applies to.
   *
   * `POST /v1/sites/{site_id}/automation/runs/{run_id}/pause` (role: `editor`)
   */
  pause(
    siteId: string,
    runId: string,
    options?: RequestOptions,
  ): Promise<operations['pauseAutomationRun']['responses'][200]['content']['application/json']['data']>;

  /**
   * Resume a paused run where it stopped
   *
   * A `paused` run runs on from where it stopped. A run paused for `insufficient_credits` resumes only when the credits now cover 1.2 × what is left (402 otherwise). 409 `AUTOMATION_RUN_STATE` when the run is not in a state this applies to; 409 `SITE_INACTIVE` while the site is paused.
   *
   * `POST /v1/sites/{site_id}/automation/runs/{run_id}/resume` (role: `editor`)
   */
  resume(
    siteId: string,
    runId: string,
    options?: RequestOptions,
  ): Promise<operations['resumeAutomationRun']['responses'][200]['content']['application/json']['data']>;

  /**
   * Cancel a run
   *
   * The run stops: nothing new starts, the items in flight finish and are charged, the run is `cancelled`. 409 `AUTOMATION_RUN_STATE` when the run is not in a state this applies to.
   *
   * `POST /v1/sites/{site_id}/automation/runs/{run_id}/cancel` (role: `editor`)
   */
  cancel(
    siteId: string,
    runId: string,
    options?: RequestOptions,
  ): Promise<operations['cancelAutomationRun']['responses'][200]['content']['application/json']['data']>;

  /**
   * Retry a failed run from the stage that failed
   *
   * A `failed` run runs again from its failed stage, keeping what the earlier stages made. 409 `AUTOMATION_RUN_STATE` when the run is not in a state this applies to; 409 `SITE_INACTIVE` while the site is paused.
   *
   * `POST /v1/sites/{site_id}/automation/runs/{run_id}/retry` (role: `editor`)
   */
  retry(
    siteId: string,
    runId: string,
    options?: RequestOptions,
  ): Promise<operations['retryAutomationRun']['responses'][200]['content']['application/json']['data']>;

  /**
   * The run's events as server-sent events, live
   *
   * `text/event-stream`: each event with its `id` (send it back as `Last-Event-ID`, or `last_event_id`, to resume after it: every event exactly once), its `event` type and its JSON `data`; `: keep-alive` comments while idle; `event: end` once the run has ended and every event is sent.
   *
   * `GET /v1/sites/{site_id}/automation/runs/{run_id}/events` (role: `viewer`)
   *
   * Resolves with the bytes of the `text/event-stream` document.
   */
  streamEvents(
    siteId: string,
    runId: string,
    query?: operations['streamAutomationRunEvents']['parameters']['query'],
    options?: RequestOptions,
  ): Promise<ArrayBuffer>;

  /**
   * The run's events after a given one (polling)
   *
   * The events after `after` (an event id; from the start when absent), oldest first; `meta.next_cursor` is the id to ask after next.
   *
   * `GET /v1/sites/{site_id}/automation/runs/{run_id}/events/poll` (role: `viewer`)
   */
  events(
    siteId: string,
    runId: string,
    query?: operations['listAutomationRunEvents']['parameters']['query'],
    options?: RequestOptions,
  ): Promise<operations['listAutomationRunEvents']['responses'][200]['content']['application/json']['data']>;
}

/** `client.planner`: Keywords, clustering, clusters and content ideas. */
export interface Planner {
  /**
   * Clusters and ideas of a site that compete for the same keyword
   *
   * `GET /v1/sites/{site_id}/cannibalization` (role: `viewer`)
   */
  cannibalization(
    siteId: string,
    options?: RequestOptions,
  ): Promise<operations['getCannibalization']['responses'][200]['content']['application/json']['data']>;
}

/**
 * `client.integrations`: The WordPress connection of a site, signed requests between Igny8 and WordPress, widget sessions.
 */
export interface Integrations {
  /**
   * The site's WordPress connection
   *
   * `GET /v1/sites/{site_id}/integration` (role: `viewer`)
   */
  get(
    siteId: string,
    options?: RequestOptions,
  ): Promise<operations['getIntegration']['responses'][200]['content']['application/json']['data']>;

  /**
   * Forget the site's WordPress connection (its secrets stop working)
   *
   * `DELETE /v1/sites/{site_id}/integration` (role: `admin`)
   */
  disconnect(siteId: string, options?: RequestOptions): Promise<void>;

  /**
   * A one-time code to paste into the WordPress plugin (valid 15 minutes)
   *
   * Shown once; only its hash is stored. A new code replaces the previous one.
   *
   * `POST /v1/sites/{site_id}/integration/connection-code` (role: `admin`)
   */
  connectionCode(
    siteId: string,
    options?: RequestOptions,
  ): Promise<operations['createConnectionCode']['responses'][201]['content']['application/json']['data']>;

  /**
   * Call the plugin's signed health route now
   *
   * `POST /v1/sites/{site_id}/integration/test` (role: `admin`)
   */
  test(
    siteId: string,
    options?: RequestOptions,
  ): Promise<operations['testIntegration']['responses'][200]['content']['application/json']['data']>;

  /**
   * Read categories, tags, authors, post types and the SEO plugin from WordPress
   *
   * `POST /v1/sites/{site_id}/integration/sync` (role: `admin`)
   */
  sync(
    siteId: string,
    options?: RequestOptions,
  ): Promise<operations['syncIntegration']['responses'][200]['content']['application/json']['data']>;

  /**
   * What the site's WordPress reported about Igny8 posts (edits, status changes, trash, deletion), newest first
   *
   * `GET /v1/sites/{site_id}/integration/events` (role: `viewer`)
   *
   * Await it for the first page, or `for await` over it for every item of every page.
   */
  events(
    siteId: string,
    query?: operations['listIntegrationEvents']['parameters']['query'],
    options?: RequestOptions,
  ): PagePromise<operations['listIntegrationEvents']['responses'][200]['content']['application/json']['data'][number]>;
}

/** `client.wordpress`: connect, ping, rotate, disconnect, events. */
export interface Wordpress {
  /**
   * Exchange a connection code for the site's signing secret (called by the plugin)
   *
   * `POST /v1/integrations/wordpress/connect` (role: `public`)
   */
  connect(
    body: operations['connectWordpress']['requestBody']['content']['application/json'],
    options?: RequestOptions,
  ): Promise<operations['connectWordpress']['responses'][200]['content']['application/json']['data']>;

  /**
   * A signed no-op, the plugin's connection test
   *
   * `GET /v1/integrations/wordpress/ping` (role: `site`)
   */
  ping(
    options?: RequestOptions,
  ): Promise<operations['pingWordpress']['responses'][200]['content']['application/json']['data']>;

  /**
   * Rotate the site's signing secret (signed with the current one)
   *
   * Sent with no body (the signature covers the empty body). The previous secret stays valid for 300 seconds.
   *
   * `POST /v1/integrations/wordpress/rotate` (role: `site`)
   */
  rotate(
    options?: RequestOptions,
  ): Promise<operations['rotateWordpressSecret']['responses'][200]['content']['application/json']['data']>;

  /**
   * Disconnect (signed, called by the plugin)
   *
   * Sent with no body. The server forgets the connection, as `DELETE /v1/sites/{site_id}/integration` does.
   *
   * `POST /v1/integrations/wordpress/disconnect` (role: `site`)
   */
  disconnect(options?: RequestOptions): Promise<void>;

  /**
   * What happened to Igny8 posts in WordPress (signed by the plugin, in batches)
   *
   * Each event carries the plugin's own id: an event sent again (the plugin retries what it could not deliver) is counted as a duplicate and changes nothing. The Publication and the content follow the post: an edit is recorded (a later publish does not overwrite it without `force`), a status change is mirrored, a post trashed or deleted in WordPress retracts the Publication. Events older than the last one applied to a post are recorded but do not move it back. Events for posts Igny8 does not know are `ignored`.
   *
   * `POST /v1/integrations/wordpress/events` (role: `site`)
   */
  events(
    body: operations['receiveWordpressEvents']['requestBody']['content']['application/json'],
    options?: RequestOptions,
  ): Promise<operations['receiveWordpressEvents']['responses'][200]['content']['application/json']['data']>;
}

/** `client.widgetSessions`: create. */
export interface WidgetSessions {
  /**
   * Mint a short-lived widget session for one site
   *
   * Called by a partner's backend with an admin API key (`Authorization: Bearer igny8_sk_…`), or by the WordPress
   * plugin with a signed request. The token lasts at most 15 minutes, opens one site, carries a role no higher than
   * the issuer's and a feature allowlist; the widget asks its host for a fresh one when it expires.
   *
   * `POST /v1/widget-sessions` (role: `admin`)
   */
  create(
    body: operations['createWidgetSession']['requestBody']['content']['application/json'],
    options?: RequestOptions,
  ): Promise<operations['createWidgetSession']['responses'][201]['content']['application/json']['data']>;
}

/** `client.billing`: Credits, costs, usage, subscription, invoices and payments. */
export interface Billing {
  /**
   * Credits available now, by pool
   *
   * `GET /v1/billing/balance` (role: `viewer`)
   */
  balance(
    options?: RequestOptions,
  ): Promise<operations['getBalance']['responses'][200]['content']['application/json']['data']>;

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
  ): PagePromise<operations['listLedger']['responses'][200]['content']['application/json']['data'][number]>;

  /**
   * What each AI action costs in credits
   *
   * `GET /v1/billing/costs` (role: `viewer`)
   */
  costs(
    options?: RequestOptions,
  ): Promise<operations['listCreditCosts']['responses'][200]['content']['application/json']['data']>;

  /**
   * Estimate the credits of a proposed action
   *
   * `POST /v1/billing/estimate` (role: `viewer`)
   */
  estimate(
    body: operations['estimateCost']['requestBody']['content']['application/json'],
    options?: RequestOptions,
  ): Promise<operations['estimateCost']['responses'][200]['content']['application/json']['data']>;

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
  ): PagePromise<operations['listUsage']['responses'][200]['content']['application/json']['data'][number]>;

  /**
   * Credits and cost by day and operation
   *
   * `GET /v1/billing/usage/summary` (role: `admin`)
   */
  usageSummary(
    query?: operations['getUsageSummary']['parameters']['query'],
    options?: RequestOptions,
  ): Promise<operations['getUsageSummary']['responses'][200]['content']['application/json']['data']>;

  /**
   * The account's subscription
   *
   * `GET /v1/billing/subscription` (role: `viewer`)
   */
  subscription(
    options?: RequestOptions,
  ): Promise<operations['getSubscription']['responses'][200]['content']['application/json']['data']>;

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
  ): Promise<operations['changeSubscription']['responses'][200]['content']['application/json']['data']>;

  /**
   * Credit packages on sale
   *
   * `GET /v1/billing/credit-packages` (role: `viewer`)
   */
  creditPackages(
    options?: RequestOptions,
  ): Promise<operations['listCreditPackages']['responses'][200]['content']['application/json']['data']>;

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
  ): Promise<operations['purchaseCreditPackage']['responses'][201]['content']['application/json']['data']>;

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
  ): PagePromise<operations['listInvoices']['responses'][200]['content']['application/json']['data'][number]>;

  /**
   * One invoice with its lines
   *
   * `GET /v1/billing/invoices/{invoice_id}` (role: `admin`)
   */
  invoice(
    invoiceId: string,
    options?: RequestOptions,
  ): Promise<operations['getInvoice']['responses'][200]['content']['application/json']['data']>;

  /**
   * One invoice as a PDF
   *
   * `GET /v1/billing/invoices/{invoice_id}/pdf` (role: `admin`)
   *
   * Resolves with the bytes of the `application/pdf` document.
   */
  invoicePdf(invoiceId: string, options?: RequestOptions): Promise<ArrayBuffer>;

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
  ): Promise<operations['payInvoice']['responses'][201]['content']['application/json']['data']>;

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
  ): PagePromise<operations['listPayments']['responses'][200]['content']['application/json']['data'][number]>;
}

/** `client.notifications`: Messages for the account (credit thresholds, billing events). */
export interface Notifications {
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
  ): PagePromise<operations['listNotifications']['responses'][200]['content']['application/json']['data'][number]>;

  /**
   * Mark a notification read
   *
   * `POST /v1/notifications/{notification_id}/read` (role: `viewer`)
   */
  markRead(
    notificationId: string,
    options?: RequestOptions,
  ): Promise<operations['markNotificationRead']['responses'][200]['content']['application/json']['data']>;
}

/** `client.webhooks`: Events sent to Igny8 by payment providers. */
export interface Webhooks {
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
  ): Promise<operations['receiveStripeWebhook']['responses'][200]['content']['application/json']['data']>;
}

/** `client.notificationPreferences`: get, update. */
export interface NotificationPreferences {
  /**
   * Which notifications the caller gets, per kind, in the app and by email
   *
   * `GET /v1/me/notification-preferences` (role: `viewer`)
   */
  get(
    options?: RequestOptions,
  ): Promise<operations['getNotificationPreferences']['responses'][200]['content']['application/json']['data']>;

  /**
   * Change which notifications the caller gets
   *
   * Kinds not listed keep their setting. Answers every kind, as `getNotificationPreferences` does.
   *
   * `PATCH /v1/me/notification-preferences` (role: `viewer`)
   */
  update(
    body: operations['updateNotificationPreferences']['requestBody']['content']['application/json'],
    options?: RequestOptions,
  ): Promise<operations['updateNotificationPreferences']['responses'][200]['content']['application/json']['data']>;
}

/**
 * `client.webhookEndpoints`: Outbound webhooks: endpoints of the account that receive the events of the `webhooks` section, signed per Standard Webhooks, retried with back-off for about a day, with a delivery log and replay.
 */
export interface WebhookEndpoints {
  /**
   * The account's webhook endpoints (never their secrets)
   *
   * `GET /v1/webhook-endpoints` (role: `admin`)
   *
   * Await it for the first page, or `for await` over it for every item of every page.
   */
  list(
    query?: operations['listWebhookEndpoints']['parameters']['query'],
    options?: RequestOptions,
  ): PagePromise<operations['listWebhookEndpoints']['responses'][200]['content']['application/json']['data'][number]>;

  /**
   * Add an endpoint; its signing secret is shown once
   *
   * The URL must be http(s) and resolve to public addresses only (unless the operator allows private networks); it is checked again, and the address pinned, on every delivery.
   *
   * `POST /v1/webhook-endpoints` (role: `admin`)
   */
  create(
    body: operations['createWebhookEndpoint']['requestBody']['content']['application/json'],
    options?: RequestOptions,
  ): Promise<operations['createWebhookEndpoint']['responses'][201]['content']['application/json']['data']>;

  /**
   * One webhook endpoint
   *
   * `GET /v1/webhook-endpoints/{endpoint_id}` (role: `admin`)
   */
  get(
    endpointId: string,
    options?: RequestOptions,
  ): Promise<operations['getWebhookEndpoint']['responses'][200]['content']['application/json']['data']>;

  /**
   * Change an endpoint's URL, events, description, or enable it again
   *
   * Enabling an endpoint that was disabled after failing clears its failure count; nothing is re-sent by itself (replay what was missed). A new URL is checked as at creation.
   *
   * `PATCH /v1/webhook-endpoints/{endpoint_id}` (role: `admin`)
   */
  update(
    endpointId: string,
    body: operations['updateWebhookEndpoint']['requestBody']['content']['application/json'],
    options?: RequestOptions,
  ): Promise<operations['updateWebhookEndpoint']['responses'][200]['content']['application/json']['data']>;

  /**
   * Delete an endpoint; deliveries not yet made are dropped
   *
   * `DELETE /v1/webhook-endpoints/{endpoint_id}` (role: `admin`)
   */
  delete(endpointId: string, options?: RequestOptions): Promise<void>;

  /**
   * A new signing secret, shown once; the old one still signs for 24 hours
   *
   * Until `previous_secret_expires_at` every delivery carries two signatures in `webhook-signature`, one per secret, so a receiver can switch without losing a delivery.
   *
   * `POST /v1/webhook-endpoints/{endpoint_id}/rotate-secret` (role: `admin`)
   */
  rotateSecret(
    endpointId: string,
    options?: RequestOptions,
  ): Promise<operations['rotateWebhookEndpointSecret']['responses'][200]['content']['application/json']['data']>;

  /**
   * Send a `webhook.test` event to this endpoint
   *
   * `POST /v1/webhook-endpoints/{endpoint_id}/test` (role: `admin`)
   */
  test(
    endpointId: string,
    options?: RequestOptions,
  ): Promise<operations['testWebhookEndpoint']['responses'][202]['content']['application/json']['data']>;

  /**
   * Send again the deliveries of a time range (each with its original `webhook-id`)
   *
   * `POST /v1/webhook-endpoints/{endpoint_id}/replay` (role: `admin`)
   */
  replay(
    endpointId: string,
    body: operations['replayWebhookDeliveries']['requestBody']['content']['application/json'],
    options?: RequestOptions,
  ): Promise<operations['replayWebhookDeliveries']['responses'][202]['content']['application/json']['data']>;

  /**
   * The endpoint's delivery log, newest first
   *
   * `GET /v1/webhook-endpoints/{endpoint_id}/deliveries` (role: `admin`)
   *
   * Await it for the first page, or `for await` over it for every item of every page.
   */
  listDeliveries(
    endpointId: string,
    query?: operations['listWebhookDeliveries']['parameters']['query'],
    options?: RequestOptions,
  ): PagePromise<operations['listWebhookDeliveries']['responses'][200]['content']['application/json']['data'][number]>;

  /**
   * One delivery with its payload and every attempt's request and response
   *
   * `GET /v1/webhook-endpoints/{endpoint_id}/deliveries/{delivery_id}` (role: `admin`)
   */
  getDelivery(
    endpointId: string,
    deliveryId: string,
    options?: RequestOptions,
  ): Promise<operations['getWebhookDelivery']['responses'][200]['content']['application/json']['data']>;

  /**
   * Send one delivery again, with the same `webhook-id` and payload
   *
   * `POST /v1/webhook-endpoints/{endpoint_id}/deliveries/{delivery_id}/replay` (role: `admin`)
   */
  replayDelivery(
    endpointId: string,
    deliveryId: string,
    options?: RequestOptions,
  ): Promise<operations['replayWebhookDelivery']['responses'][202]['content']['application/json']['data']>;
}

/** `client.auditEvents`: list. */
export interface AuditEvents {
  /**
   * Who did what in the account, newest first
   *
   * Append-only: sign-ins, API keys, members and roles, plan changes, credit adjustments, WordPress connections, webhook endpoints and the operator's actions on the account. Nothing here can be changed or deleted.
   *
   * `GET /v1/audit-events` (role: `owner`)
   *
   * Await it for the first page, or `for await` over it for every item of every page.
   */
  list(
    query?: operations['listAuditEvents']['parameters']['query'],
    options?: RequestOptions,
  ): PagePromise<operations['listAuditEvents']['responses'][200]['content']['application/json']['data'][number]>;
}

/** `client.admin`: The operator's routes. They take only operator tokens (`POST /v1/admin/auth/login`). */
export interface Admin {
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
  ): Promise<operations['operatorLogin']['responses'][200]['content']['application/json']['data']>;

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
  ): PagePromise<operations['adminListAccounts']['responses'][200]['content']['application/json']['data'][number]>;

  /**
   * One account, with plan and balance
   *
   * `GET /v1/admin/accounts/{account_id}` (role: `operator`)
   */
  account(
    accountId: string,
    options?: RequestOptions,
  ): Promise<operations['adminGetAccount']['responses'][200]['content']['application/json']['data']>;

  /**
   * Grant or take credits, with a reason (audited)
   *
   * `POST /v1/admin/accounts/{account_id}/credits` (role: `operator`)
   */
  adjustCredits(
    accountId: string,
    body: operations['adminAdjustCredits']['requestBody']['content']['application/json'],
    options?: RequestOptions,
  ): Promise<operations['adminAdjustCredits']['responses'][200]['content']['application/json']['data']>;

  /**
   * Suspend, reactivate or cancel an account (audited)
   *
   * `PUT /v1/admin/accounts/{account_id}/status` (role: `operator`)
   */
  setAccountStatus(
    accountId: string,
    body: operations['adminSetAccountStatus']['requestBody']['content']['application/json'],
    options?: RequestOptions,
  ): Promise<operations['adminSetAccountStatus']['responses'][200]['content']['application/json']['data']>;

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
  ): Promise<operations['adminSetAccountAi']['responses'][200]['content']['application/json']['data']>;

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
  ): PagePromise<operations['adminListPayments']['responses'][200]['content']['application/json']['data'][number]>;

  /**
   * Approve a bank transfer, which pays the invoice
   *
   * `POST /v1/admin/payments/{payment_id}/approve` (role: `operator`)
   */
  approvePayment(
    paymentId: string,
    options?: RequestOptions,
  ): Promise<operations['adminApprovePayment']['responses'][200]['content']['application/json']['data']>;

  /**
   * Reject a bank transfer
   *
   * `POST /v1/admin/payments/{payment_id}/reject` (role: `operator`)
   */
  rejectPayment(
    paymentId: string,
    body: operations['adminRejectPayment']['requestBody']['content']['application/json'],
    options?: RequestOptions,
  ): Promise<operations['adminRejectPayment']['responses'][200]['content']['application/json']['data']>;

  /**
   * Publications of every account, optionally by status; `status=failed` is the platform's dead-letter list
   *
   * `GET /v1/admin/publications` (role: `operator`)
   *
   * Await it for the first page, or `for await` over it for every item of every page.
   */
  publications(
    query?: operations['adminListPublications']['parameters']['query'],
    options?: RequestOptions,
  ): PagePromise<operations['adminListPublications']['responses'][200]['content']['application/json']['data'][number]>;

  /**
   * Send a failed publication of any account again
   *
   * As `POST /v1/sites/{site_id}/publications/{publication_id}/redrive`, done by the operator for the account.
   *
   * `POST /v1/admin/publications/{publication_id}/redrive` (role: `operator`)
   */
  redrivePublication(
    publicationId: string,
    body: operations['adminRedrivePublication']['requestBody']['content']['application/json'],
    options?: RequestOptions,
  ): Promise<operations['adminRedrivePublication']['responses'][202]['content']['application/json']['data']>;

  /**
   * Create or edit a plan
   *
   * `PUT /v1/admin/plans/{plan_code}` (role: `operator`)
   */
  upsertPlan(
    planCode: string,
    body: operations['adminUpsertPlan']['requestBody']['content']['application/json'],
    options?: RequestOptions,
  ): Promise<operations['adminUpsertPlan']['responses'][200]['content']['application/json']['data']>;

  /**
   * Set the credits of an operation (optionally per provider)
   *
   * `PUT /v1/admin/credit-costs` (role: `operator`)
   */
  setCreditCost(
    body: operations['adminSetCreditCost']['requestBody']['content']['application/json'],
    options?: RequestOptions,
  ): Promise<operations['adminSetCreditCost']['responses'][200]['content']['application/json']['data']>;

  /**
   * Put a credit package on sale
   *
   * `POST /v1/admin/credit-packages` (role: `operator`)
   */
  createCreditPackage(
    body: operations['adminCreateCreditPackage']['requestBody']['content']['application/json'],
    options?: RequestOptions,
  ): Promise<operations['adminCreateCreditPackage']['responses'][201]['content']['application/json']['data']>;

  /**
   * Edit or withdraw a credit package
   *
   * `PATCH /v1/admin/credit-packages/{package_id}` (role: `operator`)
   */
  updateCreditPackage(
    packageId: string,
    body: operations['adminUpdateCreditPackage']['requestBody']['content']['application/json'],
    options?: RequestOptions,
  ): Promise<operations['adminUpdateCreditPackage']['responses'][200]['content']['application/json']['data']>;

  /**
   * Run subscription renewals now (they also run on a schedule)
   *
   * `POST /v1/admin/billing/renewals` (role: `operator`)
   */
  runRenewals(
    options?: RequestOptions,
  ): Promise<operations['adminRunRenewals']['responses'][200]['content']['application/json']['data']>;
}

/**
 * `client.public`: Reads without credentials for headless front ends: the published contents of a live site, by the site's slug. Responses carry a strong `ETag` and `Cache-Control: public, max-age=60`; `If-None-Match` answers `304`.
 */
export interface Public {
  /**
   * The published contents of a live site, newest published first, without their html (no credentials)
   *
   * For headless front ends. Only contents publishing made public (`publish_status: published`) of a site that is live (`active`); a paused or unknown site answers `404 NOT_FOUND`, the same either way. Public fields only. A strong `ETag` (a hash of `data` and `meta`) and `Cache-Control: public, max-age=60`; a request whose `If-None-Match` names the current ETag is answered `304` without a body. Limited per client address (`PUBLIC_RATE_LIMIT_PER_MINUTE`, 429 with `Retry-After`).
   *
   * `GET /v1/public/sites/{site_slug}/contents` (role: `public`)
   *
   * Await it for the first page, or `for await` over it for every item of every page.
   */
  contents(
    siteSlug: string,
    query?: operations['listPublicContents']['parameters']['query'],
    options?: RequestOptions,
  ): PagePromise<operations['listPublicContents']['responses'][200]['content']['application/json']['data'][number]>;

  /**
   * One published content of a live site by its slug, with its html (no credentials)
   *
   * An unknown slug, a content not published, and a paused or unknown site all answer the same `404 NOT_FOUND`. `ETag`, `Cache-Control` and `304` as for the list.
   *
   * `GET /v1/public/sites/{site_slug}/contents/{content_slug}` (role: `public`)
   */
  content(
    siteSlug: string,
    contentSlug: string,
    options?: RequestOptions,
  ): Promise<operations['getPublicContent']['responses'][200]['content']['application/json']['data']>;

  /**
   * The featured image of a published content of a live site (no credentials)
   *
   * The `featured_image.url` of a public content. 404 as for the content, and when it has no drawn featured image. `ETag`, `Cache-Control` and `304` as for the content.
   *
   * `GET /v1/public/sites/{site_slug}/contents/{content_slug}/featured-image` (role: `public`)
   *
   * Resolves with the bytes of the `image/png` document.
   */
  featuredImage(siteSlug: string, contentSlug: string, options?: RequestOptions): Promise<ArrayBuffer>;
}

/** Every resource of the API, under the property the client exposes it as (`client.sites`, …). */
export interface Igny8Resources {
  /** `client.system`: Liveness and readiness. */
  readonly system: System;
  /** `client.auth`: Sign up, sign in, tokens and passwords. */
  readonly auth: Auth;
  /** `client.me`: The caller. */
  readonly me: Me;
  /** `client.account`: The account (tenant) and its plan. */
  readonly account: Account;
  /**
   * `client.members`: People in the account, their roles and invitations. A credential scoped to one site (an API key restricted to a site, a widget session) manages editors and viewers only: owners and admins reach every site, so granting, changing or removing those roles, or revoking an invitation to them, answers 403 `FORBIDDEN` from such a credential.
   */
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
  /** `client.tasks`: list, create, bulk, get, update, delete, cancel, generate. */
  readonly tasks: Tasks;
  /** `client.contents`: list, get, update, seo, revisions, revision, restore, images, publish. */
  readonly contents: Contents;
  /** `client.publications`: list, get, retract, redrive. */
  readonly publications: Publications;
  /** `client.images`: get, update, regenerate, file. */
  readonly images: Images;
  /** `client.files`: get. */
  readonly files: Files;
  /**
   * `client.automation`: The seven stages run unattended on the server: settings per site, a cost estimate, runs (manual or on a schedule) with pause, resume, cancel and retry from the failed stage, and their events, live or polled.
   */
  readonly automation: Automation;
  /** `client.planner`: Keywords, clustering, clusters and content ideas. */
  readonly planner: Planner;
  /**
   * `client.integrations`: The WordPress connection of a site, signed requests between Igny8 and WordPress, widget sessions.
   */
  readonly integrations: Integrations;
  /** `client.wordpress`: connect, ping, rotate, disconnect, events. */
  readonly wordpress: Wordpress;
  /** `client.widgetSessions`: create. */
  readonly widgetSessions: WidgetSessions;
  /** `client.billing`: Credits, costs, usage, subscription, invoices and payments. */
  readonly billing: Billing;
  /** `client.notifications`: Messages for the account (credit thresholds, billing events). */
  readonly notifications: Notifications;
  /** `client.webhooks`: Events sent to Igny8 by payment providers. */
  readonly webhooks: Webhooks;
  /** `client.notificationPreferences`: get, update. */
  readonly notificationPreferences: NotificationPreferences;
  /**
   * `client.webhookEndpoints`: Outbound webhooks: endpoints of the account that receive the events of the `webhooks` section, signed per Standard Webhooks, retried with back-off for about a day, with a delivery log and replay.
   */
  readonly webhookEndpoints: WebhookEndpoints;
  /** `client.auditEvents`: list. */
  readonly auditEvents: AuditEvents;
  /** `client.admin`: The operator's routes. They take only operator tokens (`POST /v1/admin/auth/login`). */
  readonly admin: Admin;
  /**
   * `client.public`: Reads without credentials for headless front ends: the published contents of a live site, by the site's slug. Responses carry a strong `ETag` and `Cache-Control: public, max-age=60`; `If-None-Match` answers `304`.
   */
  readonly public: Public;
}

/**
 * Each method as `[HTTP method, path, flags]`; flags: 1 body, 2 query, 4 paginated, 8 public,
 * 16 document response, 32 a session to keep, 64 signing out. Path parameters are the method's first
 * arguments, in path order.
 */
export const METHODS = {
  system: {
    health: ['GET', '/healthz', 8],
    readiness: ['GET', '/readyz', 8],
  },
  auth: {
    signup: ['POST', '/v1/auth/signup', 41],
    login: ['POST', '/v1/auth/login', 41],
    refresh: ['POST', '/v1/auth/refresh', 41],
    logout: ['POST', '/v1/auth/logout', 73],
    changePassword: ['POST', '/v1/auth/password/change', 1],
    requestPasswordReset: ['POST', '/v1/auth/password/reset-request', 9],
    confirmPasswordReset: ['POST', '/v1/auth/password/reset-confirm', 9],
    acceptInvitation: ['POST', '/v1/auth/invitations/accept', 41],
  },
  me: {
    get: ['GET', '/v1/me', 0],
  },
  account: {
    get: ['GET', '/v1/account', 0],
    update: ['PATCH', '/v1/account', 1],
    delete: ['DELETE', '/v1/account', 0],
    export: ['POST', '/v1/account/exports', 0],
  },
  members: {
    list: ['GET', '/v1/account/members', 6],
    invite: ['POST', '/v1/account/members', 1],
    update: ['PATCH', '/v1/account/members/{member_id}', 1],
    remove: ['DELETE', '/v1/account/members/{member_id}', 0],
  },
  invitations: {
    list: ['GET', '/v1/account/invitations', 6],
    revoke: ['DELETE', '/v1/account/invitations/{invitation_id}', 0],
  },
  apiKeys: {
    list: ['GET', '/v1/api-keys', 6],
    create: ['POST', '/v1/api-keys', 1],
    get: ['GET', '/v1/api-keys/{api_key_id}', 0],
    revoke: ['DELETE', '/v1/api-keys/{api_key_id}', 0],
  },
  plans: {
    list: ['GET', '/v1/plans', 8],
  },
  industries: {
    list: ['GET', '/v1/industries', 6],
    get: ['GET', '/v1/industries/{industry_id}', 0],
  },
  sites: {
    list: ['GET', '/v1/sites', 6],
    create: ['POST', '/v1/sites', 1],
    get: ['GET', '/v1/sites/{site_id}', 0],
    update: ['PATCH', '/v1/sites/{site_id}', 1],
    delete: ['DELETE', '/v1/sites/{site_id}', 0],
    listSectors: ['GET', '/v1/sites/{site_id}/sectors', 0],
    selectSectors: ['PUT', '/v1/sites/{site_id}/sectors', 1],
    listAccess: ['GET', '/v1/sites/{site_id}/access', 0],
    grantAccess: ['PUT', '/v1/sites/{site_id}/access/{user_id}', 0],
    revokeAccess: ['DELETE', '/v1/sites/{site_id}/access/{user_id}', 0],
    writerSettings: ['GET', '/v1/sites/{site_id}/writer-settings', 0],
    updateWriterSettings: ['PATCH', '/v1/sites/{site_id}/writer-settings', 1],
    budget: ['GET', '/v1/sites/{site_id}/budget', 0],
    setBudget: ['PUT', '/v1/sites/{site_id}/budget', 1],
  },
  operations: {
    get: ['GET', '/v1/operations/{operation_id}', 0],
  },
  keywords: {
    list: ['GET', '/v1/sites/{site_id}/keywords', 6],
    create: ['POST', '/v1/sites/{site_id}/keywords', 1],
    bulk: ['POST', '/v1/sites/{site_id}/keywords/bulk', 1],
    import: ['POST', '/v1/sites/{site_id}/keywords/import', 1],
    export: ['GET', '/v1/sites/{site_id}/keywords/export', 18],
    get: ['GET', '/v1/sites/{site_id}/keywords/{keyword_id}', 0],
    update: ['PATCH', '/v1/sites/{site_id}/keywords/{keyword_id}', 1],
    delete: ['DELETE', '/v1/sites/{site_id}/keywords/{keyword_id}', 0],
  },
  clusters: {
    run: ['POST', '/v1/sites/{site_id}/clusterings', 1],
    list: ['GET', '/v1/sites/{site_id}/clusters', 6],
    get: ['GET', '/v1/sites/{site_id}/clusters/{cluster_id}', 0],
    update: ['PATCH', '/v1/sites/{site_id}/clusters/{cluster_id}', 1],
    delete: ['DELETE', '/v1/sites/{site_id}/clusters/{cluster_id}', 0],
  },
  ideas: {
    generate: ['POST', '/v1/sites/{site_id}/clusters/{cluster_id}/ideas', 1],
    list: ['GET', '/v1/sites/{site_id}/ideas', 6],
    get: ['GET', '/v1/sites/{site_id}/ideas/{idea_id}', 0],
    update: ['PATCH', '/v1/sites/{site_id}/ideas/{idea_id}', 1],
    delete: ['DELETE', '/v1/sites/{site_id}/ideas/{idea_id}', 0],
    queue: ['POST', '/v1/sites/{site_id}/ideas/{idea_id}/queue', 0],
  },
  tasks: {
    list: ['GET', '/v1/sites/{site_id}/tasks', 6],
    create: ['POST', '/v1/sites/{site_id}/tasks', 1],
    bulk: ['POST', '/v1/sites/{site_id}/tasks/bulk', 1],
    get: ['GET', '/v1/sites/{site_id}/tasks/{task_id}', 0],
    update: ['PATCH', '/v1/sites/{site_id}/tasks/{task_id}', 1],
    delete: ['DELETE', '/v1/sites/{site_id}/tasks/{task_id}', 0],
    cancel: ['POST', '/v1/sites/{site_id}/tasks/{task_id}/cancel', 0],
    generate: ['POST', '/v1/sites/{site_id}/tasks/{task_id}/generate', 0],
  },
  contents: {
    list: ['GET', '/v1/sites/{site_id}/contents', 6],
    get: ['GET', '/v1/sites/{site_id}/contents/{content_id}', 0],
    update: ['PATCH', '/v1/sites/{site_id}/contents/{content_id}', 1],
    seo: ['GET', '/v1/sites/{site_id}/contents/{content_id}/seo', 0],
    revisions: ['GET', '/v1/sites/{site_id}/contents/{content_id}/revisions', 6],
    revision: ['GET', '/v1/sites/{site_id}/contents/{content_id}/revisions/{revision_id}', 0],
    restore: ['POST', '/v1/sites/{site_id}/contents/{content_id}/revisions/{revision_id}/restore', 0],
    images: ['GET', '/v1/sites/{site_id}/contents/{content_id}/images', 0],
    publish: ['POST', '/v1/sites/{site_id}/contents/{content_id}/publish', 1],
  },
  publications: {
    list: ['GET', '/v1/sites/{site_id}/publications', 6],
    get: ['GET', '/v1/sites/{site_id}/publications/{publication_id}', 0],
    retract: ['POST', '/v1/sites/{site_id}/publications/{publication_id}/retract', 1],
    redrive: ['POST', '/v1/sites/{site_id}/publications/{publication_id}/redrive', 1],
  },
  images: {
    get: ['GET', '/v1/sites/{site_id}/images/{image_id}', 0],
    update: ['PATCH', '/v1/sites/{site_id}/images/{image_id}', 1],
    regenerate: ['POST', '/v1/sites/{site_id}/images/{image_id}/regenerate', 1],
    file: ['GET', '/v1/sites/{site_id}/images/{image_id}/file', 16],
  },
  files: {
    get: ['GET', '/v1/files/{token}', 24],
  },
  automation: {
    config: ['GET', '/v1/sites/{site_id}/automation/config', 0],
    updateConfig: ['PATCH', '/v1/sites/{site_id}/automation/config', 1],
    estimate: ['POST', '/v1/sites/{site_id}/automation/estimate', 0],
    runs: ['GET', '/v1/sites/{site_id}/automation/runs', 6],
    start: ['POST', '/v1/sites/{site_id}/automation/runs', 0],
    run: ['GET', '/v1/sites/{site_id}/automation/runs/{run_id}', 0],
    pause: ['POST', '/v1/sites/{site_id}/automation/runs/{run_id}/pause', 0],
    resume: ['POST', '/v1/sites/{site_id}/automation/runs/{run_id}/resume', 0],
    cancel: ['POST', '/v1/sites/{site_id}/automation/runs/{run_id}/cancel', 0],
    retry: ['POST', '/v1/sites/{site_id}/automation/runs/{run_id}/retry', 0],
    streamEvents: ['GET', '/v1/sites/{site_id}/automation/runs/{run_id}/events', 18],
    events: ['GET', '/v1/sites/{site_id}/automation/runs/{run_id}/events/poll', 2],
  },
  planner: {
    cannibalization: ['GET', '/v1/sites/{site_id}/cannibalization', 0],
  },
  integrations: {
    get: ['GET', '/v1/sites/{site_id}/integration', 0],
    disconnect: ['DELETE', '/v1/sites/{site_id}/integration', 0],
    connectionCode: ['POST', '/v1/sites/{site_id}/integration/connection-code', 0],
    test: ['POST', '/v1/sites/{site_id}/integration/test', 0],
    sync: ['POST', '/v1/sites/{site_id}/integration/sync', 0],
    events: ['GET', '/v1/sites/{site_id}/integration/events', 6],
  },
  wordpress: {
    connect: ['POST', '/v1/integrations/wordpress/connect', 9],
    ping: ['GET', '/v1/integrations/wordpress/ping', 8],
    rotate: ['POST', '/v1/integrations/wordpress/rotate', 8],
    disconnect: ['POST', '/v1/integrations/wordpress/disconnect', 8],
    events: ['POST', '/v1/integrations/wordpress/events', 9],
  },
  widgetSessions: {
    create: ['POST', '/v1/widget-sessions', 1],
  },
  billing: {
    balance: ['GET', '/v1/billing/balance', 0],
    ledger: ['GET', '/v1/billing/ledger', 6],
    costs: ['GET', '/v1/billing/costs', 0],
    estimate: ['POST', '/v1/billing/estimate', 1],
    usage: ['GET', '/v1/billing/usage', 6],
    usageSummary: ['GET', '/v1/billing/usage/summary', 2],
    subscription: ['GET', '/v1/billing/subscription', 0],
    changePlan: ['POST', '/v1/billing/subscription/change', 1],
    creditPackages: ['GET', '/v1/billing/credit-packages', 0],
    purchasePackage: ['POST', '/v1/billing/credit-packages/{package_id}/purchase', 0],
    invoices: ['GET', '/v1/billing/invoices', 6],
    invoice: ['GET', '/v1/billing/invoices/{invoice_id}', 0],
    invoicePdf: ['GET', '/v1/billing/invoices/{invoice_id}/pdf', 16],
    payInvoice: ['POST', '/v1/billing/invoices/{invoice_id}/payments', 1],
    payments: ['GET', '/v1/billing/payments', 6],
  },
  notifications: {
    list: ['GET', '/v1/notifications', 6],
    markRead: ['POST', '/v1/notifications/{notification_id}/read', 0],
  },
  webhooks: {
    stripe: ['POST', '/v1/webhooks/stripe', 9],
  },
  notificationPreferences: {
    get: ['GET', '/v1/me/notification-preferences', 0],
    update: ['PATCH', '/v1/me/notification-preferences', 1],
  },
  webhookEndpoints: {
    list: ['GET', '/v1/webhook-endpoints', 6],
    create: ['POST', '/v1/webhook-endpoints', 1],
    get: ['GET', '/v1/webhook-endpoints/{endpoint_id}', 0],
    update: ['PATCH', '/v1/webhook-endpoints/{endpoint_id}', 1],
    delete: ['DELETE', '/v1/webhook-endpoints/{endpoint_id}', 0],
    rotateSecret: ['POST', '/v1/webhook-endpoints/{endpoint_id}/rotate-secret', 0],
    test: ['POST', '/v1/webhook-endpoints/{endpoint_id}/test', 0],
    replay: ['POST', '/v1/webhook-endpoints/{endpoint_id}/replay', 1],
    listDeliveries: ['GET', '/v1/webhook-endpoints/{endpoint_id}/deliveries', 6],
    getDelivery: ['GET', '/v1/webhook-endpoints/{endpoint_id}/deliveries/{delivery_id}', 0],
    replayDelivery: ['POST', '/v1/webhook-endpoints/{endpoint_id}/deliveries/{delivery_id}/replay', 0],
  },
  auditEvents: {
    list: ['GET', '/v1/audit-events', 6],
  },
  admin: {
    login: ['POST', '/v1/admin/auth/login', 9],
    accounts: ['GET', '/v1/admin/accounts', 6],
    account: ['GET', '/v1/admin/accounts/{account_id}', 0],
    adjustCredits: ['POST', '/v1/admin/accounts/{account_id}/credits', 1],
    setAccountStatus: ['PUT', '/v1/admin/accounts/{account_id}/status', 1],
    setAccountAi: ['PUT', '/v1/admin/accounts/{account_id}/ai', 1],
    payments: ['GET', '/v1/admin/payments', 6],
    approvePayment: ['POST', '/v1/admin/payments/{payment_id}/approve', 0],
    rejectPayment: ['POST', '/v1/admin/payments/{payment_id}/reject', 1],
    publications: ['GET', '/v1/admin/publications', 6],
    redrivePublication: ['POST', '/v1/admin/publications/{publication_id}/redrive', 1],
    upsertPlan: ['PUT', '/v1/admin/plans/{plan_code}', 1],
    setCreditCost: ['PUT', '/v1/admin/credit-costs', 1],
    createCreditPackage: ['POST', '/v1/admin/credit-packages', 1],
    updateCreditPackage: ['PATCH', '/v1/admin/credit-packages/{package_id}', 1],
    runRenewals: ['POST', '/v1/admin/billing/renewals', 0],
  },
  public: {
    contents: ['GET', '/v1/public/sites/{site_slug}/contents', 14],
    content: ['GET', '/v1/public/sites/{site_slug}/contents/{content_slug}', 8],
    featuredImage: ['GET', '/v1/public/sites/{site_slug}/contents/{content_slug}/featured-image', 24],
  },
} as const;

/** Binds every resource of the table to a client. */
export function createResources(client: APIClient): Igny8Resources {
  const resources: Record<string, unknown> = {};
  for (const [name, methods] of Object.entries(METHODS)) resources[name] = bindResource(client, methods);
  return resources as unknown as Igny8Resources;
}
