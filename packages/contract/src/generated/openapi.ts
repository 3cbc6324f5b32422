// Generated from openapi.yaml by `pnpm codegen`. Do not edit by hand: change the spec and regenerate.
export interface paths {
    "/healthz": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Liveness probe */
        get: operations["getHealth"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/readyz": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Readiness probe (database and job queue reachable) */
        get: operations["getReadiness"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/auth/signup": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create a user and their account
         * @description Creates a user, an account on the free plan with the user as owner, and a session.
         */
        post: operations["signup"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/auth/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Exchange email and password for a session */
        post: operations["login"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/auth/refresh": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Rotate a refresh token for a new session
         * @description Refresh tokens are single use. Presenting one that was already rotated revokes every token of its
         *     family (`REFRESH_TOKEN_REUSED`): sign in again.
         */
        post: operations["refreshSession"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/auth/logout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Revoke a refresh token and its family */
        post: operations["logout"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/auth/password/change": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Change the caller's password
         * @description Revokes every other session of the user.
         */
        post: operations["changePassword"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/auth/password/reset-request": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Mail a password-reset link
         * @description Answers the same whether or not the address is known.
         */
        post: operations["requestPasswordReset"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/auth/password/reset-confirm": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Set a new password with a reset token
         * @description The token is single use and expires after an hour; every session of the user is revoked.
         */
        post: operations["confirmPasswordReset"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/auth/invitations/accept": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Accept an invitation and sign in to the inviting account
         * @description A new user gives `name` and `password`; an existing user proves who they are with their current
         *     `password`.
         */
        post: operations["acceptInvitation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The caller, their account and role */
        get: operations["getMe"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/account": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The current account */
        get: operations["getAccount"];
        put?: never;
        post?: never;
        /** Delete the account and everything in it */
        delete: operations["deleteAccount"];
        options?: never;
        head?: never;
        /** Rename the account or change its timezone */
        patch: operations["updateAccount"];
        trace?: never;
    };
    "/v1/account/exports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Export the account's data as JSON (long-running)
         * @description Answers `202` with an Operation whose `result` holds the export once it succeeds.
         */
        post: operations["exportAccount"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/account/members": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** People in the account */
        get: operations["listMembers"];
        put?: never;
        /**
         * Invite someone by email with a role
         * @description The invitation is mailed and expires after 7 days. Counts towards the plan's user limit. A credential scoped to one site may invite editors and viewers only (403 `FORBIDDEN`). When the mail server does not take the message, the invitation is withdrawn and the answer is 503 `UNAVAILABLE`: try again.
         */
        post: operations["inviteMember"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/account/members/{member_id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                member_id: components["parameters"]["MemberId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Remove a member from the account
         * @description A credential scoped to one site removes editors and viewers only (403 `FORBIDDEN`).
         */
        delete: operations["removeMember"];
        options?: never;
        head?: never;
        /**
         * Change a member's role
         * @description Only an owner may grant or take away `owner`; the last owner cannot be demoted. A credential scoped to one site changes editors and viewers only, between those two roles (403 `FORBIDDEN`).
         */
        patch: operations["updateMember"];
        trace?: never;
    };
    "/v1/account/invitations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Pending invitations */
        get: operations["listInvitations"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/account/invitations/{invitation_id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                invitation_id: components["parameters"]["InvitationId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Revoke a pending invitation
         * @description A credential scoped to one site revokes invitations to editors and viewers only (403 `FORBIDDEN`).
         */
        delete: operations["revokeInvitation"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/api-keys": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The account's API keys (never their secrets) */
        get: operations["listApiKeys"];
        put?: never;
        /**
         * Create an API key; its secret is shown once
         * @description The key's role cannot be higher than the caller's. A key restricted to a site sees only that site.
         */
        post: operations["createApiKey"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/api-keys/{api_key_id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                api_key_id: components["parameters"]["ApiKeyId"];
            };
            cookie?: never;
        };
        /** One API key */
        get: operations["getApiKey"];
        put?: never;
        post?: never;
        /** Revoke an API key */
        delete: operations["revokeApiKey"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/plans": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Plans with their prices and limits */
        get: operations["listPlans"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/industries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Industries with their sectors */
        get: operations["listIndustries"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/industries/{industry_id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                industry_id: components["parameters"]["IndustryId"];
            };
            cookie?: never;
        };
        /** One industry with its sectors */
        get: operations["getIndustry"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/sites": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Sites the caller may see
         * @description Owners and admins see every site; editors and viewers see the sites granted to them.
         */
        get: operations["listSites"];
        put?: never;
        /**
         * Create a site in an industry
         * @description Refused with `PLAN_LIMIT_REACHED` when the plan's site limit is used up.
         */
        post: operations["createSite"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/sites/{site_id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                site_id: components["parameters"]["SiteId"];
            };
            cookie?: never;
        };
        /** One site */
        get: operations["getSite"];
        put?: never;
        post?: never;
        /** Delete a site and everything in it */
        delete: operations["deleteSite"];
        options?: never;
        head?: never;
        /**
         * Change a site's name, slug, address, description or industry, or pause it and set it live
         * @description The industry can change only while the site has no sectors. A slug taken by any site (of any account) is `409 SITE_SLUG_TAKEN`. `active: false` pauses the site (see `Site.active`); `active: true` sets it live.
         */
        patch: operations["updateSite"];
        trace?: never;
    };
    "/v1/sites/{site_id}/sectors": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                site_id: components["parameters"]["SiteId"];
            };
            cookie?: never;
        };
        /** The sectors chosen for a site */
        get: operations["listSiteSectors"];
        /** Choose a site's sectors (1–5, from its industry, within the plan) */
        put: operations["selectSiteSectors"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/sites/{site_id}/access": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                site_id: components["parameters"]["SiteId"];
            };
            cookie?: never;
        };
        /** Editors and viewers granted this site */
        get: operations["listSiteAccess"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/sites/{site_id}/access/{user_id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                site_id: components["parameters"]["SiteId"];
                user_id: components["parameters"]["UserId"];
            };
            cookie?: never;
        };
        get?: never;
        /** Grant a member access to a site */
        put: operations["grantSiteAccess"];
        post?: never;
        /** Take away a member's access to a site */
        delete: operations["revokeSiteAccess"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/operations/{operation_id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                operation_id: components["parameters"]["OperationId"];
            };
            cookie?: never;
        };
        /** The state of a long-running operation */
        get: operations["getOperation"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/sites/{site_id}/keywords": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                site_id: components["parameters"]["SiteId"];
            };
            cookie?: never;
        };
        /** Keywords of a site, filtered and sorted */
        get: operations["listKeywords"];
        put?: never;
        /**
         * Add a keyword
         * @description Refused with `KEYWORD_EXISTS` when the site has the same phrase (after normalization), and with `PLAN_LIMIT_REACHED` past the plan's keyword limit.
         */
        post: operations["createKeyword"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/sites/{site_id}/keywords/bulk": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                site_id: components["parameters"]["SiteId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create, update and delete up to 10,000 keywords at once
         * @description Duplicates (within the request or against the site) are skipped and counted; each refused item is reported by its index.
         */
        post: operations["bulkKeywords"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/sites/{site_id}/keywords/import": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                site_id: components["parameters"]["SiteId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Import keywords from CSV (long-running)
         * @description The header row is detected, including the column names of the common keyword-tool exports (Semrush, Ahrefs,
         *     Google Keyword Planner, Moz…). Rows are deduplicated by normalized phrase; bad rows are reported by line number
         *     in the operation's result while the good rows are kept: a malformed line (say, an unbalanced quote) is one
         *     refused row and reading goes on at the next line. The result is a `KeywordImportResult`.
         *
         *     A file that is not text — NUL bytes, control characters, bytes that were not UTF-8 (U+FFFD), a UTF-16 file
         *     read as UTF-8 — is refused at once with `422 FILE_NOT_TEXT` (`details.line`, `details.found`).
         */
        post: operations["importKeywords"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/sites/{site_id}/keywords/export": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                site_id: components["parameters"]["SiteId"];
            };
            cookie?: never;
        };
        /** Every keyword of the site as CSV, streamed */
        get: operations["exportKeywords"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/sites/{site_id}/keywords/{keyword_id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                site_id: components["parameters"]["SiteId"];
                keyword_id: components["parameters"]["KeywordId"];
            };
            cookie?: never;
        };
        /** One keyword */
        get: operations["getKeyword"];
        put?: never;
        post?: never;
        /** Delete a keyword */
        delete: operations["deleteKeyword"];
        options?: never;
        head?: never;
        /** Change a keyword (intent override, metrics, archive) */
        patch: operations["updateKeyword"];
        trace?: never;
    };
    "/v1/sites/{site_id}/clusterings": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                site_id: components["parameters"]["SiteId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Cluster the site's keywords (long-running, charged)
         * @description Estimates the cost (`cluster_keywords`) and answers `402 INSUFFICIENT_CREDITS` before any work when the balance
         *     does not cover it; the credits are reserved, captured when the run succeeds and released when it fails.
         */
        post: operations["startClustering"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/sites/{site_id}/clusters": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                site_id: components["parameters"]["SiteId"];
            };
            cookie?: never;
        };
        /** Clusters of a site */
        get: operations["listClusters"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/sites/{site_id}/clusters/{cluster_id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                site_id: components["parameters"]["SiteId"];
                cluster_id: components["parameters"]["ClusterId"];
            };
            cookie?: never;
        };
        /** One cluster */
        get: operations["getCluster"];
        put?: never;
        post?: never;
        /** Delete a cluster; its keywords become new again */
        delete: operations["deleteCluster"];
        options?: never;
        head?: never;
        /** Rename or archive a cluster */
        patch: operations["updateCluster"];
        trace?: never;
    };
    "/v1/sites/{site_id}/clusters/{cluster_id}/ideas": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                site_id: components["parameters"]["SiteId"];
                cluster_id: components["parameters"]["ClusterId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Generate content ideas for a cluster (long-running, charged) */
        post: operations["generateIdeas"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/sites/{site_id}/ideas": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                site_id: components["parameters"]["SiteId"];
            };
            cookie?: never;
        };
        /** Content ideas of a site */
        get: operations["listIdeas"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/sites/{site_id}/ideas/{idea_id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                site_id: components["parameters"]["SiteId"];
                idea_id: components["parameters"]["IdeaId"];
            };
            cookie?: never;
        };
        /** One idea */
        get: operations["getIdea"];
        put?: never;
        post?: never;
        /** Delete an idea */
        delete: operations["deleteIdea"];
        options?: never;
        head?: never;
        /** Edit an idea */
        patch: operations["updateIdea"];
        trace?: never;
    };
    "/v1/sites/{site_id}/ideas/{idea_id}/queue": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                site_id: components["parameters"]["SiteId"];
                idea_id: components["parameters"]["IdeaId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Queue an idea, which makes a writing task */
        post: operations["queueIdea"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/sites/{site_id}/tasks": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                site_id: components["parameters"]["SiteId"];
            };
            cookie?: never;
        };
        /** Writing tasks of a site */
        get: operations["listTasks"];
        put?: never;
        /**
         * Make a writing task, from an idea or on its own
         * @description From an idea (`idea_id`), the task takes the idea's title, keywords, structure, content type and target words unless the request gives them, and the idea becomes `queued`; an idea that is not `new` is refused (409 `IDEA_NOT_QUEUEABLE`). On its own, a task needs a title.
         */
        post: operations["createTask"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/sites/{site_id}/tasks/bulk": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                site_id: components["parameters"]["SiteId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Change the status of, cancel and delete up to 1,000 tasks at once
         * @description One transaction; each refused item is reported by its section and index (a task that is not the site's, or a change its status does not allow), the others are done.
         */
        post: operations["bulkTasks"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/sites/{site_id}/tasks/{task_id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                site_id: components["parameters"]["SiteId"];
                task_id: components["parameters"]["TaskId"];
            };
            cookie?: never;
        };
        /** One writing task */
        get: operations["getTask"];
        put?: never;
        post?: never;
        /**
         * Delete a task
         * @description A task `in_progress` is cancelled first (409 `TASK_NOT_EDITABLE`). Its idea, if it was `queued` for it, becomes `new` again.
         */
        delete: operations["deleteTask"];
        options?: never;
        head?: never;
        /**
         * Edit a task, or change its status
         * @description The brief of a task (title, keywords, structure, content type, target words) can be edited unless it is `in_progress` or `completed` (409 `TASK_NOT_EDITABLE`). `status` takes `cancelled` (from `queued`, `in_progress` or `failed`) or `queued` (from `failed` or `cancelled`); any other change is 409 `TASK_TRANSITION_INVALID`.
         */
        patch: operations["updateTask"];
        trace?: never;
    };
    "/v1/sites/{site_id}/tasks/{task_id}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                site_id: components["parameters"]["SiteId"];
                task_id: components["parameters"]["TaskId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Cancel a task that is not finished
         * @description `queued`, `in_progress` or `failed` → `cancelled`, with who cancelled it as the reason; its idea, if it was `queued` for it, becomes `new` again. A task already cancelled is answered as it is.
         */
        post: operations["cancelTask"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/sites/{site_id}/tasks/{task_id}/generate": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                site_id: components["parameters"]["SiteId"];
                task_id: components["parameters"]["TaskId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Write the task's article, section by section (long-running, charged)
         * @description Plans the outline, then writes it one section per provider call, each section committed as it is written (a stopped job resumes at the first section not written), then assembles the content: sanitized html, internal links, meta, categories and tags, FAQ, JSON-LD and the SEO analysis, kept as a `generated` revision. The credits for the target words are reserved at once (402 with `required` and `available` when they are not there) and charged per section as it is written; a generation that fails gives back what it did not use. A `queued` or `failed` task becomes `in_progress`, then `completed` (or `failed` with the reason); a `completed` task is written again into the same content.
         */
        post: operations["generateTask"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/sites/{site_id}/contents": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                site_id: components["parameters"]["SiteId"];
            };
            cookie?: never;
        };
        /** Contents of a site, newest last, without their html */
        get: operations["listContents"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/sites/{site_id}/contents/{content_id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                site_id: components["parameters"]["SiteId"];
                content_id: components["parameters"]["ContentId"];
            };
            cookie?: never;
        };
        /** One content, whole */
        get: operations["getContent"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Edit a content's text and meta, or move it through review
         * @description The html is sanitized to an allowlist before it is stored (no scripts, event handlers, forms or embedded objects; links http(s), mailto and tel; images http(s) or raster `data:`). The word count, reading time and SEO analysis are computed again, and a change of text or meta is kept as a revision. `status` moves between `draft`, `review` and `approved`; `published` is set by publishing.
         */
        patch: operations["updateContent"];
        trace?: never;
    };
    "/v1/sites/{site_id}/contents/{content_id}/seo": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                site_id: components["parameters"]["SiteId"];
                content_id: components["parameters"]["ContentId"];
            };
            cookie?: never;
        };
        /**
         * The SEO analysis of a content, computed now
         * @description A 0–100 score from named checks, each `pass`, `warn` or `fail` with a message (docs/writer.md lists them).
         */
        get: operations["getContentSeo"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/sites/{site_id}/contents/{content_id}/revisions": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                site_id: components["parameters"]["SiteId"];
                content_id: components["parameters"]["ContentId"];
            };
            cookie?: never;
        };
        /** The revisions of a content, oldest first */
        get: operations["listContentRevisions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/sites/{site_id}/contents/{content_id}/revisions/{revision_id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                site_id: components["parameters"]["SiteId"];
                content_id: components["parameters"]["ContentId"];
                revision_id: components["parameters"]["RevisionId"];
            };
            cookie?: never;
        };
        /** One revision of a content, with its html */
        get: operations["getContentRevision"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/sites/{site_id}/contents/{content_id}/revisions/{revision_id}/restore": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                site_id: components["parameters"]["SiteId"];
                content_id: components["parameters"]["ContentId"];
                revision_id: components["parameters"]["RevisionId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Bring back a revision's text and meta
         * @description The content takes the revision's title, html and meta exactly; its analysis is computed again and the restore is kept as a new revision.
         */
        post: operations["restoreContentRevision"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/sites/{site_id}/contents/{content_id}/images": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                site_id: components["parameters"]["SiteId"];
                content_id: components["parameters"]["ContentId"];
            };
            cookie?: never;
        };
        /**
         * The images of a content (featured first, then in-article by position)
         * @description Each generated image carries a signed `url` that expires (`url_expires_at`); ask again for a fresh one.
         */
        get: operations["listContentImages"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/sites/{site_id}/contents/{content_id}/publish": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                site_id: components["parameters"]["SiteId"];
                content_id: components["parameters"]["ContentId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Publish a content to the site's WordPress, now or at a time (long-running)
         * @description Answers the content's Publication (one per content: publishing again updates the same WordPress post). Now (no `at`), the post is sent at once by a `content.publish` Operation (`operation_id`); with `at` and status `publish`, the server keeps the date and sends the post with status `publish` when it comes (WordPress's own `future` status only when asked for with `status: future`). `publish` and `future` take an `approved` (or already published) content (409 `CONTENT_NOT_APPROVED`); `draft` and `pending` send it for editing in WordPress. A post edited in WordPress since Igny8 last wrote it is not overwritten without `force` (409 `PUBLICATION_EDITED_IN_WORDPRESS`). 409 `NOT_CONNECTED` without a WordPress connection, 409 `SITE_INACTIVE` for a paused site. Two publishes at once give one Publication and one post. Charged at the `publish` cost (0 unless the operator sets one).
         */
        post: operations["publishContent"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/sites/{site_id}/publications": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                site_id: components["parameters"]["SiteId"];
            };
            cookie?: never;
        };
        /** The site's publications, newest first; `status=failed` is the dead-letter list */
        get: operations["listPublications"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/sites/{site_id}/publications/{publication_id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                site_id: components["parameters"]["SiteId"];
                publication_id: components["parameters"]["PublicationId"];
            };
            cookie?: never;
        };
        /** One publication */
        get: operations["getPublication"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/sites/{site_id}/publications/{publication_id}/retract": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                site_id: components["parameters"]["SiteId"];
                publication_id: components["parameters"]["PublicationId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Take the post down in WordPress (to the trash, or back to a draft)
         * @description Calls the site's plugin at once and answers the Publication, `retracted` with the post's WordPress status. A scheduled publication not sent yet is simply cancelled. 502 `WORDPRESS_UNREACHABLE` when the site does not answer (nothing changes).
         */
        post: operations["retractPublication"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/sites/{site_id}/publications/{publication_id}/redrive": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                site_id: components["parameters"]["SiteId"];
                publication_id: components["parameters"]["PublicationId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Send a failed publication again (from the dead-letter list)
         * @description A `failed` publication is sent again with fresh attempts, as first asked (status and force), unless the body says otherwise. 409 `PUBLICATION_STATE` for a publication that has not failed.
         */
        post: operations["redrivePublication"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/sites/{site_id}/images/{image_id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                site_id: components["parameters"]["SiteId"];
                image_id: components["parameters"]["ImageId"];
            };
            cookie?: never;
        };
        /** One image, with a fresh signed URL */
        get: operations["getImage"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Edit an image's alt text */
        patch: operations["updateImage"];
        trace?: never;
    };
    "/v1/sites/{site_id}/images/{image_id}/regenerate": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                site_id: components["parameters"]["SiteId"];
                image_id: components["parameters"]["ImageId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Draw an image again, from its prompt or a new one (long-running, charged)
         * @description Reserves `generate_image` (402 before any work when the credits are not there), draws the image with the account's image provider and replaces the stored file; charged once the new file is stored.
         */
        post: operations["regenerateImage"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/sites/{site_id}/images/{image_id}/file": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                site_id: components["parameters"]["SiteId"];
                image_id: components["parameters"]["ImageId"];
            };
            cookie?: never;
        };
        /**
         * An image's PNG
         * @description Read from the object store with no database transaction open.
         */
        get: operations["getImageFile"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/files/{token}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                token: string;
            };
            cookie?: never;
        };
        /**
         * A stored image by its signed URL (no credentials; the URL expires)
         * @description The `url` of an Image: signed for one image of one account, valid until its `url_expires_at`. An expired, altered or unknown link answers 404.
         */
        get: operations["getSignedFile"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/sites/{site_id}/automation/config": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                site_id: components["parameters"]["SiteId"];
            };
            cookie?: never;
        };
        /**
         * The site's automation settings
         * @description A site that never changed them has the defaults (`updated_at` null).
         */
        get: operations["getAutomationConfig"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Change the site's automation settings
         * @description The fields sent change; `schedule` and `publishing_cadence` take `null` to clear them.
         */
        patch: operations["updateAutomationConfig"];
        trace?: never;
    };
    "/v1/sites/{site_id}/automation/estimate": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                site_id: components["parameters"]["SiteId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * What a run would cost now, stage by stage
         * @description Credits per stage for the site's current backlog and its settings (items the earlier stages will make are estimated). A run starts only when the available credits are at least `required` (1.2 × the total).
         */
        post: operations["estimateAutomation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/sites/{site_id}/automation/runs": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                site_id: components["parameters"]["SiteId"];
            };
            cookie?: never;
        };
        /** The site's automation runs, newest first */
        get: operations["listAutomationRuns"];
        put?: never;
        /**
         * Start a run of the enabled stages (manual)
         * @description 402 `INSUFFICIENT_CREDITS` with `required` and `available` when the credits are short of 1.2 × the estimate; 409 `AUTOMATION_RUN_ACTIVE` while the site has a run queued, running or paused (the database holds it); 409 `SITE_INACTIVE` while the site is paused (`Site.active`).
         */
        post: operations["startAutomationRun"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/sites/{site_id}/automation/runs/{run_id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                site_id: components["parameters"]["SiteId"];
                run_id: components["parameters"]["RunId"];
            };
            cookie?: never;
        };
        /** One run, with its stages' counters */
        get: operations["getAutomationRun"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/sites/{site_id}/automation/runs/{run_id}/pause": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                site_id: components["parameters"]["SiteId"];
                run_id: components["parameters"]["RunId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Pause a run after the items in flight
         * @description A `running` run becomes `paused` once the items in flight have finished (until then `pause_requested` is true); nothing new starts. 409 `AUTOMATION_RUN_STATE` when the run is not in a state this applies to.
         */
        post: operations["pauseAutomationRun"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/sites/{site_id}/automation/runs/{run_id}/resume": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                site_id: components["parameters"]["SiteId"];
                run_id: components["parameters"]["RunId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Resume a paused run where it stopped
         * @description A `paused` run runs on from where it stopped. A run paused for `insufficient_credits` resumes only when the credits now cover 1.2 × what is left (402 otherwise). 409 `AUTOMATION_RUN_STATE` when the run is not in a state this applies to; 409 `SITE_INACTIVE` while the site is paused.
         */
        post: operations["resumeAutomationRun"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/sites/{site_id}/automation/runs/{run_id}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                site_id: components["parameters"]["SiteId"];
                run_id: components["parameters"]["RunId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Cancel a run
         * @description The run stops: nothing new starts, the items in flight finish and are charged, the run is `cancelled`. 409 `AUTOMATION_RUN_STATE` when the run is not in a state this applies to.
         */
        post: operations["cancelAutomationRun"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/sites/{site_id}/automation/runs/{run_id}/retry": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                site_id: components["parameters"]["SiteId"];
                run_id: components["parameters"]["RunId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Retry a failed run from the stage that failed
         * @description A `failed` run runs again from its failed stage, keeping what the earlier stages made. 409 `AUTOMATION_RUN_STATE` when the run is not in a state this applies to; 409 `SITE_INACTIVE` while the site is paused.
         */
        post: operations["retryAutomationRun"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/sites/{site_id}/automation/runs/{run_id}/events": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                site_id: components["parameters"]["SiteId"];
                run_id: components["parameters"]["RunId"];
            };
            cookie?: never;
        };
        /**
         * The run's events as server-sent events, live
         * @description `text/event-stream`: each event with its `id` (send it back as `Last-Event-ID`, or `last_event_id`, to resume after it: every event exactly once), its `event` type and its JSON `data`; `: keep-alive` comments while idle; `event: end` once the run has ended and every event is sent.
         */
        get: operations["streamAutomationRunEvents"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/sites/{site_id}/automation/runs/{run_id}/events/poll": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                site_id: components["parameters"]["SiteId"];
                run_id: components["parameters"]["RunId"];
            };
            cookie?: never;
        };
        /**
         * The run's events after a given one (polling)
         * @description The events after `after` (an event id; from the start when absent), oldest first; `meta.next_cursor` is the id to ask after next.
         */
        get: operations["listAutomationRunEvents"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/sites/{site_id}/writer-settings": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                site_id: components["parameters"]["SiteId"];
            };
            cookie?: never;
        };
        /**
         * How the writer writes for a site
         * @description The brand voice and language fed into every prompt, and the site's rules for links, images and markup. A site that never set them has the defaults.
         */
        get: operations["getWriterSettings"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Change how the writer writes for a site
         * @description Only the fields sent change; `null` clears a text field.
         */
        patch: operations["updateWriterSettings"];
        trace?: never;
    };
    "/v1/sites/{site_id}/cannibalization": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                site_id: components["parameters"]["SiteId"];
            };
            cookie?: never;
        };
        /** Clusters and ideas of a site that compete for the same keyword */
        get: operations["getCannibalization"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/sites/{site_id}/integration": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                site_id: components["parameters"]["SiteId"];
            };
            cookie?: never;
        };
        /** The site's WordPress connection */
        get: operations["getIntegration"];
        put?: never;
        post?: never;
        /** Forget the site's WordPress connection (its secrets stop working) */
        delete: operations["disconnectIntegration"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/sites/{site_id}/integration/connection-code": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                site_id: components["parameters"]["SiteId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * A one-time code to paste into the WordPress plugin (valid 15 minutes)
         * @description Shown once; only its hash is stored. A new code replaces the previous one.
         */
        post: operations["createConnectionCode"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/sites/{site_id}/integration/test": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                site_id: components["parameters"]["SiteId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Call the plugin's signed health route now */
        post: operations["testIntegration"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/sites/{site_id}/integration/sync": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                site_id: components["parameters"]["SiteId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Read categories, tags, authors, post types and the SEO plugin from WordPress */
        post: operations["syncIntegration"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/sites/{site_id}/integration/events": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                site_id: components["parameters"]["SiteId"];
            };
            cookie?: never;
        };
        /** What the site's WordPress reported about Igny8 posts (edits, status changes, trash, deletion), newest first */
        get: operations["listIntegrationEvents"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/integrations/wordpress/connect": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Exchange a connection code for the site's signing secret (called by the plugin) */
        post: operations["connectWordpress"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/integrations/wordpress/ping": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A signed no-op, the plugin's connection test */
        get: operations["pingWordpress"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/integrations/wordpress/rotate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Rotate the site's signing secret (signed with the current one)
         * @description Sent with no body (the signature covers the empty body). The previous secret stays valid for 300 seconds.
         */
        post: operations["rotateWordpressSecret"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/integrations/wordpress/disconnect": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Disconnect (signed, called by the plugin)
         * @description Sent with no body. The server forgets the connection, as `DELETE /v1/sites/{site_id}/integration` does.
         */
        post: operations["disconnectWordpress"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/integrations/wordpress/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * What happened to Igny8 posts in WordPress (signed by the plugin, in batches)
         * @description Each event carries the plugin's own id: an event sent again (the plugin retries what it could not deliver) is counted as a duplicate and changes nothing. The Publication and the content follow the post: an edit is recorded (a later publish does not overwrite it without `force`), a status change is mirrored, a post trashed or deleted in WordPress retracts the Publication. Events older than the last one applied to a post are recorded but do not move it back. Events for posts Igny8 does not know are `ignored`.
         */
        post: operations["receiveWordpressEvents"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/widget-sessions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Mint a short-lived widget session for one site
         * @description Called by a partner's backend with an admin API key (`Authorization: Bearer igny8_sk_…`), or by the WordPress
         *     plugin with a signed request. The token lasts at most 15 minutes, opens one site, carries a role no higher than
         *     the issuer's and a feature allowlist; the widget asks its host for a fresh one when it expires.
         */
        post: operations["createWidgetSession"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/billing/balance": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Credits available now, by pool */
        get: operations["getBalance"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/billing/ledger": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The credit ledger, oldest first */
        get: operations["listLedger"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/billing/costs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** What each AI action costs in credits */
        get: operations["listCreditCosts"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/billing/estimate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Estimate the credits of a proposed action */
        post: operations["estimateCost"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/billing/usage": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Charged actions, oldest first */
        get: operations["listUsage"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/billing/usage/summary": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Credits and cost by day and operation */
        get: operations["getUsageSummary"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/billing/subscription": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The account's subscription */
        get: operations["getSubscription"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/billing/subscription/change": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Move to another plan
         * @description An upgrade takes effect now with a prorated invoice for the rest of the period; plan credits are reset
         *     to the new plan's amount when that invoice is paid. A downgrade takes effect at the end of the period.
         *     A move is refused with `PLAN_LIMIT_REACHED` while the account uses more than the new plan allows.
         */
        post: operations["changeSubscription"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/billing/credit-packages": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Credit packages on sale */
        get: operations["listCreditPackages"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/billing/credit-packages/{package_id}/purchase": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                package_id: components["parameters"]["PackageId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Buy a credit package (an invoice to pay)
         * @description Bonus credits are added when the invoice is paid; they never expire.
         */
        post: operations["purchaseCreditPackage"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/billing/invoices": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Invoices, oldest first */
        get: operations["listInvoices"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/billing/invoices/{invoice_id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                invoice_id: components["parameters"]["InvoiceId"];
            };
            cookie?: never;
        };
        /** One invoice with its lines */
        get: operations["getInvoice"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/billing/invoices/{invoice_id}/pdf": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                invoice_id: components["parameters"]["InvoiceId"];
            };
            cookie?: never;
        };
        /** One invoice as a PDF */
        get: operations["getInvoicePdf"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/billing/invoices/{invoice_id}/payments": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                invoice_id: components["parameters"]["InvoiceId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Pay an invoice by bank transfer or through Stripe
         * @description `manual`: a bank-transfer payment waiting for the operator's approval. `stripe`: a Checkout session;
         *     send the payer to `checkout_url`. The invoice is paid when Stripe reports the payment.
         */
        post: operations["payInvoice"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/billing/payments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Payments, oldest first */
        get: operations["listPayments"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/sites/{site_id}/budget": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                site_id: components["parameters"]["SiteId"];
            };
            cookie?: never;
        };
        /** A site's monthly credit cap and use */
        get: operations["getSiteBudget"];
        /** Set or clear a site's monthly credit cap */
        put: operations["setSiteBudget"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/notifications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Notifications, newest first */
        get: operations["listNotifications"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/notifications/{notification_id}/read": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                notification_id: components["parameters"]["NotificationId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Mark a notification read */
        post: operations["markNotificationRead"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/webhooks/stripe": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Stripe events (signed)
         * @description Verifies the `Stripe-Signature` header over the raw body and handles each event once.
         */
        post: operations["receiveStripeWebhook"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/me/notification-preferences": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Which notifications the caller gets, per kind, in the app and by email */
        get: operations["getNotificationPreferences"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Change which notifications the caller gets
         * @description Kinds not listed keep their setting. Answers every kind, as `getNotificationPreferences` does.
         */
        patch: operations["updateNotificationPreferences"];
        trace?: never;
    };
    "/v1/webhook-endpoints": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The account's webhook endpoints (never their secrets) */
        get: operations["listWebhookEndpoints"];
        put?: never;
        /**
         * Add an endpoint; its signing secret is shown once
         * @description The URL must be http(s) and resolve to public addresses only (unless the operator allows private networks); it is checked again, and the address pinned, on every delivery.
         */
        post: operations["createWebhookEndpoint"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/webhook-endpoints/{endpoint_id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                endpoint_id: components["parameters"]["WebhookEndpointId"];
            };
            cookie?: never;
        };
        /** One webhook endpoint */
        get: operations["getWebhookEndpoint"];
        put?: never;
        post?: never;
        /** Delete an endpoint; deliveries not yet made are dropped */
        delete: operations["deleteWebhookEndpoint"];
        options?: never;
        head?: never;
        /**
         * Change an endpoint's URL, events, description, or enable it again
         * @description Enabling an endpoint that was disabled after failing clears its failure count; nothing is re-sent by itself (replay what was missed). A new URL is checked as at creation.
         */
        patch: operations["updateWebhookEndpoint"];
        trace?: never;
    };
    "/v1/webhook-endpoints/{endpoint_id}/rotate-secret": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                endpoint_id: components["parameters"]["WebhookEndpointId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * A new signing secret, shown once; the old one still signs for 24 hours
         * @description Until `previous_secret_expires_at` every delivery carries two signatures in `webhook-signature`, one per secret, so a receiver can switch without losing a delivery.
         */
        post: operations["rotateWebhookEndpointSecret"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/webhook-endpoints/{endpoint_id}/test": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                endpoint_id: components["parameters"]["WebhookEndpointId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Send a `webhook.test` event to this endpoint */
        post: operations["testWebhookEndpoint"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/webhook-endpoints/{endpoint_id}/replay": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                endpoint_id: components["parameters"]["WebhookEndpointId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Send again the deliveries of a time range (each with its original `webhook-id`) */
        post: operations["replayWebhookDeliveries"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/webhook-endpoints/{endpoint_id}/deliveries": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                endpoint_id: components["parameters"]["WebhookEndpointId"];
            };
            cookie?: never;
        };
        /** The endpoint's delivery log, newest first */
        get: operations["listWebhookDeliveries"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/webhook-endpoints/{endpoint_id}/deliveries/{delivery_id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                endpoint_id: components["parameters"]["WebhookEndpointId"];
                delivery_id: components["parameters"]["WebhookDeliveryId"];
            };
            cookie?: never;
        };
        /** One delivery with its payload and every attempt's request and response */
        get: operations["getWebhookDelivery"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/webhook-endpoints/{endpoint_id}/deliveries/{delivery_id}/replay": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                endpoint_id: components["parameters"]["WebhookEndpointId"];
                delivery_id: components["parameters"]["WebhookDeliveryId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Send one delivery again, with the same `webhook-id` and payload */
        post: operations["replayWebhookDelivery"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/audit-events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Who did what in the account, newest first
         * @description Append-only: sign-ins, API keys, members and roles, plan changes, credit adjustments, WordPress connections, webhook endpoints and the operator's actions on the account. Nothing here can be changed or deleted.
         */
        get: operations["listAuditEvents"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/auth/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Sign in as the operator
         * @description Operator accounts are made on the server with `pnpm operator:create`. The token (audience `igny8-admin`) opens only `/v1/admin/*`.
         */
        post: operations["operatorLogin"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/accounts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every account, with plan and balance */
        get: operations["adminListAccounts"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/accounts/{account_id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                account_id: components["parameters"]["AccountId"];
            };
            cookie?: never;
        };
        /** One account, with plan and balance */
        get: operations["adminGetAccount"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/accounts/{account_id}/credits": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                account_id: components["parameters"]["AccountId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Grant or take credits, with a reason (audited) */
        post: operations["adminAdjustCredits"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/accounts/{account_id}/status": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                account_id: components["parameters"]["AccountId"];
            };
            cookie?: never;
        };
        get?: never;
        /** Suspend, reactivate or cancel an account (audited) */
        put: operations["adminSetAccountStatus"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/accounts/{account_id}/ai": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                account_id: components["parameters"]["AccountId"];
            };
            cookie?: never;
        };
        get?: never;
        /**
         * Choose an account's AI providers and prompt templates
         * @description Names must be providers the server is configured with; template overrides may only use the variables of the
         *     default template. An empty object returns the account to the defaults.
         */
        put: operations["adminSetAccountAi"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/payments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Payments of every account, optionally by status */
        get: operations["adminListPayments"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/payments/{payment_id}/approve": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                payment_id: components["parameters"]["PaymentId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Approve a bank transfer, which pays the invoice */
        post: operations["adminApprovePayment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/payments/{payment_id}/reject": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                payment_id: components["parameters"]["PaymentId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Reject a bank transfer */
        post: operations["adminRejectPayment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/publications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Publications of every account, optionally by status; `status=failed` is the platform's dead-letter list */
        get: operations["adminListPublications"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/publications/{publication_id}/redrive": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                publication_id: components["parameters"]["PublicationId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Send a failed publication of any account again
         * @description As `POST /v1/sites/{site_id}/publications/{publication_id}/redrive`, done by the operator for the account.
         */
        post: operations["adminRedrivePublication"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/plans/{plan_code}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                plan_code: components["parameters"]["PlanCode"];
            };
            cookie?: never;
        };
        get?: never;
        /** Create or edit a plan */
        put: operations["adminUpsertPlan"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/credit-costs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Set the credits of an operation (optionally per provider) */
        put: operations["adminSetCreditCost"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/credit-packages": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Put a credit package on sale */
        post: operations["adminCreateCreditPackage"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/credit-packages/{package_id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                package_id: components["parameters"]["PackageId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Edit or withdraw a credit package */
        patch: operations["adminUpdateCreditPackage"];
        trace?: never;
    };
    "/v1/admin/billing/renewals": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Run subscription renewals now (they also run on a schedule) */
        post: operations["adminRunRenewals"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/public/sites/{site_slug}/contents": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                site_slug: components["parameters"]["SiteSlug"];
            };
            cookie?: never;
        };
        /**
         * The published contents of a live site, newest published first, without their html (no credentials)
         * @description For headless front ends. Only contents publishing made public (`publish_status: published`) of a site that is live (`active`); a paused or unknown site answers `404 NOT_FOUND`, the same either way. Public fields only. A strong `ETag` (a hash of `data` and `meta`) and `Cache-Control: public, max-age=60`; a request whose `If-None-Match` names the current ETag is answered `304` without a body. Limited per client address (`PUBLIC_RATE_LIMIT_PER_MINUTE`, 429 with `Retry-After`).
         */
        get: operations["listPublicContents"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/public/sites/{site_slug}/contents/{content_slug}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                site_slug: components["parameters"]["SiteSlug"];
                content_slug: components["parameters"]["ContentSlug"];
            };
            cookie?: never;
        };
        /**
         * One published content of a live site by its slug, with its html (no credentials)
         * @description An unknown slug, a content not published, and a paused or unknown site all answer the same `404 NOT_FOUND`. `ETag`, `Cache-Control` and `304` as for the list.
         */
        get: operations["getPublicContent"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/public/sites/{site_slug}/contents/{content_slug}/featured-image": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                site_slug: components["parameters"]["SiteSlug"];
                content_slug: components["parameters"]["ContentSlug"];
            };
            cookie?: never;
        };
        /**
         * The featured image of a published content of a live site (no credentials)
         * @description The `featured_image.url` of a public content. 404 as for the content, and when it has no drawn featured image. `ETag`, `Cache-Control` and `304` as for the content.
         */
        get: operations["getPublicFeaturedImage"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export interface webhooks {
    "keywords.imported": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * A keyword import finished.
         * @description Sent to every enabled endpoint subscribed to `keywords.imported`, signed per Standard Webhooks (`webhook-id`, `webhook-timestamp`, `webhook-signature`); answer 2xx within 15 seconds.
         */
        post: operations["keywords_imported_event"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "clustering.completed": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * A clustering run finished.
         * @description Sent to every enabled endpoint subscribed to `clustering.completed`, signed per Standard Webhooks (`webhook-id`, `webhook-timestamp`, `webhook-signature`); answer 2xx within 15 seconds.
         */
        post: operations["clustering_completed_event"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "content.generated": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * The writer finished a content (a draft to review).
         * @description Sent to every enabled endpoint subscribed to `content.generated`, signed per Standard Webhooks (`webhook-id`, `webhook-timestamp`, `webhook-signature`); answer 2xx within 15 seconds.
         */
        post: operations["content_generated_event"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "content.approved": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * A content was approved for publishing.
         * @description Sent to every enabled endpoint subscribed to `content.approved`, signed per Standard Webhooks (`webhook-id`, `webhook-timestamp`, `webhook-signature`); answer 2xx within 15 seconds.
         */
        post: operations["content_approved_event"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "content.published": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * WordPress accepted a publication (a new post or an update).
         * @description Sent to every enabled endpoint subscribed to `content.published`, signed per Standard Webhooks (`webhook-id`, `webhook-timestamp`, `webhook-signature`); answer 2xx within 15 seconds.
         */
        post: operations["content_published_event"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "publication.failed": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * A publication failed after its retries.
         * @description Sent to every enabled endpoint subscribed to `publication.failed`, signed per Standard Webhooks (`webhook-id`, `webhook-timestamp`, `webhook-signature`); answer 2xx within 15 seconds.
         */
        post: operations["publication_failed_event"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "automation.run.completed": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * An automation run finished every stage.
         * @description Sent to every enabled endpoint subscribed to `automation.run.completed`, signed per Standard Webhooks (`webhook-id`, `webhook-timestamp`, `webhook-signature`); answer 2xx within 15 seconds.
         */
        post: operations["automation_run_completed_event"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "automation.run.failed": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * An automation run stopped on a failed stage.
         * @description Sent to every enabled endpoint subscribed to `automation.run.failed`, signed per Standard Webhooks (`webhook-id`, `webhook-timestamp`, `webhook-signature`); answer 2xx within 15 seconds.
         */
        post: operations["automation_run_failed_event"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "automation.run.paused": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * An automation run paused (by a person, or by itself, e.g. out of credits).
         * @description Sent to every enabled endpoint subscribed to `automation.run.paused`, signed per Standard Webhooks (`webhook-id`, `webhook-timestamp`, `webhook-signature`); answer 2xx within 15 seconds.
         */
        post: operations["automation_run_paused_event"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "credits.low": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 80 % or all of the period's plan credits are used.
         * @description Sent to every enabled endpoint subscribed to `credits.low`, signed per Standard Webhooks (`webhook-id`, `webhook-timestamp`, `webhook-signature`); answer 2xx within 15 seconds.
         */
        post: operations["credits_low_event"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "invoice.paid": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * An invoice was paid.
         * @description Sent to every enabled endpoint subscribed to `invoice.paid`, signed per Standard Webhooks (`webhook-id`, `webhook-timestamp`, `webhook-signature`); answer 2xx within 15 seconds.
         */
        post: operations["invoice_paid_event"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "webhook.test": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Sent by `testWebhookEndpoint`, to check a receiver.
         * @description Sent to every enabled endpoint subscribed to `webhook.test`, signed per Standard Webhooks (`webhook-id`, `webhook-timestamp`, `webhook-signature`); answer 2xx within 15 seconds.
         */
        post: operations["webhook_test_event"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export interface components {
    schemas: {
        /** Format: uuid */
        Uuid: string;
        /** Format: date-time */
        Timestamp: string;
        /** @enum {string} */
        Role: "owner" | "admin" | "editor" | "viewer";
        /** @description The id of this request, also in the `X-Request-Id` header; quote it when asking for help. */
        RequestId: string;
        PageMeta: {
            /** @description Pass back as `cursor` for the next page; `null` on the last page. */
            next_cursor: string | null;
        };
        /**
         * @description Stable, machine-readable error code. Each code is answered with one HTTP status, the one `x-igny8-status` gives it (a code that only appears in an operation's `error` has one too).
         * @enum {string}
         */
        ErrorCode: "BAD_REQUEST" | "MALFORMED_JSON" | "VALIDATION_FAILED" | "INVALID_ID" | "INVALID_CURSOR" | "UNSUPPORTED_MEDIA_TYPE" | "PAYLOAD_TOO_LARGE" | "UNAUTHENTICATED" | "INVALID_CREDENTIALS" | "TOKEN_EXPIRED" | "TOKEN_INVALID" | "REFRESH_TOKEN_REUSED" | "API_KEY_REVOKED" | "FORBIDDEN" | "INSUFFICIENT_ROLE" | "PLAN_LIMIT_REACHED" | "ACCOUNT_INACTIVE" | "INSUFFICIENT_CREDITS" | "NOT_FOUND" | "ROUTE_NOT_FOUND" | "METHOD_NOT_ALLOWED" | "CONFLICT" | "EMAIL_TAKEN" | "ALREADY_MEMBER" | "LAST_OWNER" | "IDEMPOTENCY_KEY_REUSED" | "IDEMPOTENT_REPLAY_WITHHELD" | "SITE_BUDGET_EXCEEDED" | "SIGNATURE_INVALID" | "SIGNATURE_STALE" | "SIGNATURE_REPLAYED" | "CONNECTION_CODE_INVALID" | "NOT_CONNECTED" | "WORDPRESS_UNREACHABLE" | "URL_NOT_ALLOWED" | "FEATURE_NOT_ALLOWED" | "ORIGIN_NOT_ALLOWED" | "KEYWORD_EXISTS" | "NO_KEYWORDS" | "FILE_NOT_TEXT" | "AI_PROVIDER_FAILED" | "JOB_FAILED" | "IDEA_NOT_QUEUEABLE" | "TASK_NOT_EDITABLE" | "TASK_TRANSITION_INVALID" | "INVOICE_NOT_PAYABLE" | "PAYMENT_NOT_PENDING" | "PAYMENTS_NOT_CONFIGURED" | "WEBHOOK_SIGNATURE_INVALID" | "OPERATOR_ONLY" | "UNPROCESSABLE" | "SECTOR_NOT_IN_INDUSTRY" | "INVITATION_INVALID" | "RESET_TOKEN_INVALID" | "RATE_LIMITED" | "UNAVAILABLE" | "INTERNAL" | "AUTOMATION_RUN_ACTIVE" | "AUTOMATION_RUN_STATE" | "CONTENT_NOT_APPROVED" | "PUBLICATION_EDITED_IN_WORDPRESS" | "PUBLICATION_STATE" | "WORDPRESS_REFUSED" | "SITE_INACTIVE" | "SITE_SLUG_TAKEN" | "WEBHOOK_ENDPOINT_DISABLED";
        Error: {
            code: components["schemas"]["ErrorCode"];
            message: string;
            /** @description Structured context, e.g. `issues` for validation or `limit` for plan limits. */
            details?: {
                [key: string]: unknown;
            };
        };
        ErrorResponse: {
            error: components["schemas"]["Error"];
            request_id: components["schemas"]["RequestId"];
        };
        Health: {
            /** @enum {string} */
            status: "ok";
            checks?: {
                [key: string]: "ok" | "failing";
            };
        };
        HealthResponse: {
            data: components["schemas"]["Health"];
            request_id: components["schemas"]["RequestId"];
        };
        Accepted: {
            /** @enum {string} */
            status: "accepted";
        };
        AcceptedResponse: {
            data: components["schemas"]["Accepted"];
            request_id: components["schemas"]["RequestId"];
        };
        /** @description At least 10 characters. */
        Password: string;
        /** Format: email */
        Email: string;
        SignupRequest: {
            email: components["schemas"]["Email"];
            password: components["schemas"]["Password"];
            name: string;
            /** @description Defaults to the user's name. */
            account_name?: string;
            /** @description IANA timezone; defaults to UTC. */
            timezone?: string;
        };
        LoginRequest: {
            email: components["schemas"]["Email"];
            password: string;
            /** @description Which of the user's accounts to sign in to; defaults to the oldest membership. */
            account_id?: components["schemas"]["Uuid"];
        };
        RefreshRequest: {
            refresh_token: string;
        };
        PasswordChangeRequest: {
            current_password: string;
            new_password: components["schemas"]["Password"];
        };
        PasswordResetRequest: {
            email: components["schemas"]["Email"];
        };
        PasswordResetConfirmRequest: {
            token: string;
            new_password: components["schemas"]["Password"];
        };
        AcceptInvitationRequest: {
            token: string;
            /** @description Required for a new user. */
            name?: string;
            /** @description A new user's password (10+ characters), or an existing user's current one. */
            password: string;
        };
        User: {
            id: components["schemas"]["Uuid"];
            email: components["schemas"]["Email"];
            name: string;
            created_at: components["schemas"]["Timestamp"];
        };
        /** @enum {string} */
        AccountStatus: "trial" | "active" | "suspended" | "cancelled";
        Account: {
            id: components["schemas"]["Uuid"];
            name: string;
            status: components["schemas"]["AccountStatus"];
            plan: components["schemas"]["Plan"];
            timezone: string;
            brand: components["schemas"]["AccountBrand"];
            created_at: components["schemas"]["Timestamp"];
            updated_at: components["schemas"]["Timestamp"];
        };
        AccountResponse: {
            data: components["schemas"]["Account"];
            request_id: components["schemas"]["RequestId"];
        };
        AccountUpdateRequest: {
            name?: string;
            timezone?: string;
            brand?: components["schemas"]["AccountBrandUpdate"];
        };
        /** @description How the account's emails look (a partner's brand instead of Igny8's); `null` fields fall back to the account's name and Igny8's colours. */
        AccountBrand: {
            /** @description The name emails are signed with and sent as. */
            name: string | null;
            /** @description The accent colour, `#rrggbb`. */
            color: string | null;
            /** @description An https address of the logo shown at the top of emails. */
            logo_url: string | null;
        };
        AccountBrandUpdate: {
            name?: string | null;
            color?: string | null;
            logo_url?: string | null;
        };
        AuthSession: {
            access_token: string;
            /** @enum {string} */
            token_type: "Bearer";
            /** @description Seconds until the access token expires. */
            expires_in: number;
            refresh_token: string;
            refresh_expires_at: components["schemas"]["Timestamp"];
            user: components["schemas"]["User"];
            account: components["schemas"]["Account"];
            role: components["schemas"]["Role"];
        };
        AuthSessionResponse: {
            data: components["schemas"]["AuthSession"];
            request_id: components["schemas"]["RequestId"];
        };
        AccountMembership: {
            account_id: components["schemas"]["Uuid"];
            account_name: string;
            role: components["schemas"]["Role"];
        };
        Me: {
            /** @description `null` when the caller is an API key. */
            user: components["schemas"]["User"] | null;
            account: components["schemas"]["Account"];
            role: components["schemas"]["Role"];
            /** @enum {string} */
            credential: "access_token" | "api_key";
            /** @description The sites the caller may see, or `null` for all of them. */
            site_ids: components["schemas"]["Uuid"][] | null;
            memberships: components["schemas"]["AccountMembership"][];
        };
        MeResponse: {
            data: components["schemas"]["Me"];
            request_id: components["schemas"]["RequestId"];
        };
        Member: {
            id: components["schemas"]["Uuid"];
            user_id: components["schemas"]["Uuid"];
            email: components["schemas"]["Email"];
            name: string;
            role: components["schemas"]["Role"];
            created_at: components["schemas"]["Timestamp"];
        };
        MemberResponse: {
            data: components["schemas"]["Member"];
            request_id: components["schemas"]["RequestId"];
        };
        MemberListResponse: {
            data: components["schemas"]["Member"][];
            meta: components["schemas"]["PageMeta"];
            request_id: components["schemas"]["RequestId"];
        };
        InviteMemberRequest: {
            email: components["schemas"]["Email"];
            role: components["schemas"]["Role"];
        };
        UpdateMemberRequest: {
            role: components["schemas"]["Role"];
        };
        Invitation: {
            id: components["schemas"]["Uuid"];
            email: components["schemas"]["Email"];
            role: components["schemas"]["Role"];
            /** @enum {string} */
            status: "pending" | "accepted" | "revoked";
            expires_at: components["schemas"]["Timestamp"];
            created_at: components["schemas"]["Timestamp"];
        };
        InvitationResponse: {
            data: components["schemas"]["Invitation"];
            request_id: components["schemas"]["RequestId"];
        };
        InvitationListResponse: {
            data: components["schemas"]["Invitation"][];
            meta: components["schemas"]["PageMeta"];
            request_id: components["schemas"]["RequestId"];
        };
        ApiKey: {
            id: components["schemas"]["Uuid"];
            name: string;
            /** @description The first characters of the secret, to recognise it. */
            prefix: string;
            role: components["schemas"]["Role"];
            /**
             * Format: uuid
             * @description The one site this key may reach, or `null` for all.
             */
            site_id: string | null;
            /** Format: date-time */
            expires_at: string | null;
            /** Format: date-time */
            last_used_at: string | null;
            /** Format: date-time */
            revoked_at: string | null;
            created_at: components["schemas"]["Timestamp"];
        };
        ApiKeyCreated: {
            api_key: components["schemas"]["ApiKey"];
            /** @description Shown once; store it now. */
            secret: string;
        };
        ApiKeyResponse: {
            data: components["schemas"]["ApiKey"];
            request_id: components["schemas"]["RequestId"];
        };
        ApiKeyCreatedResponse: {
            data: components["schemas"]["ApiKeyCreated"];
            request_id: components["schemas"]["RequestId"];
        };
        ApiKeyListResponse: {
            data: components["schemas"]["ApiKey"][];
            meta: components["schemas"]["PageMeta"];
            request_id: components["schemas"]["RequestId"];
        };
        CreateApiKeyRequest: {
            name: string;
            /** @description Defaults to `editor`; cannot be higher than the caller's role. */
            role?: components["schemas"]["Role"];
            /** @description Restrict the key to one site. */
            site_id?: components["schemas"]["Uuid"];
            expires_at?: components["schemas"]["Timestamp"];
        };
        Plan: {
            id: components["schemas"]["Uuid"];
            code: string;
            name: string;
            price_cents: number;
            currency: string;
            credits_per_month: number;
            max_sites: number;
            max_users: number;
            max_keywords: number;
            max_sectors_per_site: number;
        };
        PlanListResponse: {
            data: components["schemas"]["Plan"][];
            request_id: components["schemas"]["RequestId"];
        };
        Sector: {
            id: components["schemas"]["Uuid"];
            industry_id: components["schemas"]["Uuid"];
            slug: string;
            name: string;
        };
        Industry: {
            id: components["schemas"]["Uuid"];
            slug: string;
            name: string;
            description: string;
            sectors: components["schemas"]["Sector"][];
        };
        IndustryResponse: {
            data: components["schemas"]["Industry"];
            request_id: components["schemas"]["RequestId"];
        };
        IndustryListResponse: {
            data: components["schemas"]["Industry"][];
            meta: components["schemas"]["PageMeta"];
            request_id: components["schemas"]["RequestId"];
        };
        SectorListResponse: {
            data: components["schemas"]["Sector"][];
            request_id: components["schemas"]["RequestId"];
        };
        /** @description The site's name in public URLs (`/v1/public/sites/{site_slug}/…`), unique across every account: made from the name at creation (lower case, ascii, hyphens; `-2`, `-3`, … when taken). */
        SiteSlug: string;
        /**
         * Format: uri
         * @description The site's public address (http or https).
         */
        SiteUrl: string;
        Site: {
            id: components["schemas"]["Uuid"];
            name: string;
            slug: components["schemas"]["SiteSlug"];
            url: string | null;
            description: string;
            industry_id: components["schemas"]["Uuid"];
            sector_ids: components["schemas"]["Uuid"][];
            /** @description Live (`true`) or paused. A paused site keeps its data and answers reads, but its automation does not run (no scheduled runs; a manual start is `409 SITE_INACTIVE`), nothing of it is published, and its public reads answer 404. */
            active: boolean;
            created_at: components["schemas"]["Timestamp"];
            updated_at: components["schemas"]["Timestamp"];
        };
        SiteResponse: {
            data: components["schemas"]["Site"];
            request_id: components["schemas"]["RequestId"];
        };
        SiteListResponse: {
            data: components["schemas"]["Site"][];
            meta: components["schemas"]["PageMeta"];
            request_id: components["schemas"]["RequestId"];
        };
        CreateSiteRequest: {
            name: string;
            url?: components["schemas"]["SiteUrl"];
            description?: string;
            industry_id: components["schemas"]["Uuid"];
            sector_ids?: components["schemas"]["Uuid"][];
        };
        UpdateSiteRequest: {
            name?: string;
            url?: components["schemas"]["SiteUrl"] | null;
            description?: string;
            industry_id?: components["schemas"]["Uuid"];
            /** @description `false` pauses the site, `true` sets it live. */
            active?: boolean;
            slug?: components["schemas"]["SiteSlug"];
        };
        SelectSectorsRequest: {
            sector_ids: components["schemas"]["Uuid"][];
        };
        SiteAccess: {
            site_id: components["schemas"]["Uuid"];
            user_id: components["schemas"]["Uuid"];
            email: components["schemas"]["Email"];
            name: string;
            role: components["schemas"]["Role"];
            created_at: components["schemas"]["Timestamp"];
        };
        SiteAccessResponse: {
            data: components["schemas"]["SiteAccess"];
            request_id: components["schemas"]["RequestId"];
        };
        SiteAccessListResponse: {
            data: components["schemas"]["SiteAccess"][];
            request_id: components["schemas"]["RequestId"];
        };
        /** @enum {string} */
        OperationStatus: "queued" | "running" | "succeeded" | "failed" | "cancelled";
        /**
         * @description Long-running work. `kind` says what it is and which shape `result` has once the operation `succeeded`
         *     (`null` before and on failure): branch on `kind` and the result is typed.
         */
        Operation: components["schemas"]["AccountExportOperation"] | components["schemas"]["KeywordImportOperation"] | components["schemas"]["ClusteringOperation"] | components["schemas"]["IdeaGenerationOperation"] | components["schemas"]["ContentGenerationOperation"] | components["schemas"]["ImageRegenerationOperation"] | components["schemas"]["ImagePromptsOperation"] | components["schemas"]["PublishOperation"];
        /** @description A content sent to WordPress (`POST …/contents/{content_id}/publish`, a redrive, a cadence slot). */
        PublishOperation: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            kind: "content.publish";
            /** @description What the work produced, once `succeeded`; null before. */
            result: components["schemas"]["PublicationResult"] | null;
            id: components["schemas"]["Uuid"];
            status: components["schemas"]["OperationStatus"];
            progress: components["schemas"]["OperationProgress"];
            error: components["schemas"]["OperationError"];
            created_at: components["schemas"]["Timestamp"];
            updated_at: components["schemas"]["Timestamp"];
            started_at: components["schemas"]["OperationStartedAt"];
            finished_at: components["schemas"]["OperationFinishedAt"];
        };
        /** @description The account export (`POST /v1/account/exports`). */
        AccountExportOperation: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            kind: "account.export";
            /** @description What the work produced, once `succeeded`; null before. */
            result: components["schemas"]["AccountExportResult"] | null;
            id: components["schemas"]["Uuid"];
            status: components["schemas"]["OperationStatus"];
            progress: components["schemas"]["OperationProgress"];
            error: components["schemas"]["OperationError"];
            created_at: components["schemas"]["Timestamp"];
            updated_at: components["schemas"]["Timestamp"];
            started_at: components["schemas"]["OperationStartedAt"];
            finished_at: components["schemas"]["OperationFinishedAt"];
        };
        /** @description A keyword import (`POST …/keywords/import`). */
        KeywordImportOperation: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            kind: "keywords.import";
            /** @description What the work produced, once `succeeded`; null before. */
            result: components["schemas"]["KeywordImportResult"] | null;
            id: components["schemas"]["Uuid"];
            status: components["schemas"]["OperationStatus"];
            progress: components["schemas"]["OperationProgress"];
            error: components["schemas"]["OperationError"];
            created_at: components["schemas"]["Timestamp"];
            updated_at: components["schemas"]["Timestamp"];
            started_at: components["schemas"]["OperationStartedAt"];
            finished_at: components["schemas"]["OperationFinishedAt"];
        };
        /** @description A clustering run (`POST …/clusters/run`). */
        ClusteringOperation: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            kind: "keywords.cluster";
            /** @description What the work produced, once `succeeded`; null before. */
            result: components["schemas"]["ClusteringResult"] | null;
            id: components["schemas"]["Uuid"];
            status: components["schemas"]["OperationStatus"];
            progress: components["schemas"]["OperationProgress"];
            error: components["schemas"]["OperationError"];
            created_at: components["schemas"]["Timestamp"];
            updated_at: components["schemas"]["Timestamp"];
            started_at: components["schemas"]["OperationStartedAt"];
            finished_at: components["schemas"]["OperationFinishedAt"];
        };
        /** @description Idea generation for a cluster (`POST …/clusters/{cluster_id}/ideas`). */
        IdeaGenerationOperation: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            kind: "ideas.generate";
            /** @description What the work produced, once `succeeded`; null before. */
            result: components["schemas"]["IdeaGenerationResult"] | null;
            id: components["schemas"]["Uuid"];
            status: components["schemas"]["OperationStatus"];
            progress: components["schemas"]["OperationProgress"];
            error: components["schemas"]["OperationError"];
            created_at: components["schemas"]["Timestamp"];
            updated_at: components["schemas"]["Timestamp"];
            started_at: components["schemas"]["OperationStartedAt"];
            finished_at: components["schemas"]["OperationFinishedAt"];
        };
        /** @description An article written for a task (`POST …/tasks/{task_id}/generate`). */
        ContentGenerationOperation: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            kind: "content.generate";
            /** @description What the work produced, once `succeeded`; null before. */
            result: components["schemas"]["ContentGenerationResult"] | null;
            id: components["schemas"]["Uuid"];
            status: components["schemas"]["OperationStatus"];
            progress: components["schemas"]["OperationProgress"];
            error: components["schemas"]["OperationError"];
            created_at: components["schemas"]["Timestamp"];
            updated_at: components["schemas"]["Timestamp"];
            started_at: components["schemas"]["OperationStartedAt"];
            finished_at: components["schemas"]["OperationFinishedAt"];
        };
        /** @description An image drawn again (`POST …/images/{image_id}/regenerate`). */
        ImageRegenerationOperation: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            kind: "image.regenerate";
            /** @description What the work produced, once `succeeded`; null before. */
            result: components["schemas"]["ImageRegenerationResult"] | null;
            id: components["schemas"]["Uuid"];
            status: components["schemas"]["OperationStatus"];
            progress: components["schemas"]["OperationProgress"];
            error: components["schemas"]["OperationError"];
            created_at: components["schemas"]["Timestamp"];
            updated_at: components["schemas"]["Timestamp"];
            started_at: components["schemas"]["OperationStartedAt"];
            finished_at: components["schemas"]["OperationFinishedAt"];
        };
        /** @description The image prompts of a content written without images (the automation's fifth stage). */
        ImagePromptsOperation: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            kind: "content.image_prompts";
            /** @description What the work produced, once `succeeded`; null before. */
            result: components["schemas"]["ImagePromptsResult"] | null;
            id: components["schemas"]["Uuid"];
            status: components["schemas"]["OperationStatus"];
            progress: components["schemas"]["OperationProgress"];
            error: components["schemas"]["OperationError"];
            created_at: components["schemas"]["Timestamp"];
            updated_at: components["schemas"]["Timestamp"];
            started_at: components["schemas"]["OperationStartedAt"];
            finished_at: components["schemas"]["OperationFinishedAt"];
        };
        OperationProgress: {
            done: number;
            total: number;
        };
        /**
         * @description Why the work `failed`, with a code to branch on; null unless it failed. An input the work cannot use fails at
         *     once, not retried, with its own code (`FILE_NOT_TEXT`, `VALIDATION_FAILED`, `NOT_FOUND`,
         *     `PLAN_LIMIT_REACHED`…). A problem of the AI provider is `AI_PROVIDER_FAILED` (`details.provider_code`:
         *     `RATE_LIMITED`, `TIMEOUT`, `QUOTA_EXCEEDED`, `UNAVAILABLE`, `INVALID_OUTPUT` or `BAD_REQUEST`). Anything else
         *     is retried and, when the last attempt fails too, `JOB_FAILED`, whose message names the step that failed
         *     (`details.step`, `details.attempts`).
         */
        OperationError: components["schemas"]["Error"] | null;
        /**
         * Format: date-time
         * @description When a worker first started the work; null while `queued`.
         */
        OperationStartedAt: string | null;
        /**
         * Format: date-time
         * @description When the work ended (`succeeded`, `failed` or `cancelled`); null before.
         */
        OperationFinishedAt: string | null;
        /** @description Everything the account holds that is its own, as JSON. */
        AccountExportResult: {
            exported_at: components["schemas"]["Timestamp"];
            account: Record<string, never>;
            members: Record<string, never>[];
            sites: Record<string, never>[];
            api_keys: Record<string, never>[];
        };
        ClusteringResult: {
            /** @enum {string} */
            algorithm: "lexical" | "semantic" | "serp";
            /** @description Keywords considered. */
            keywords: number;
            /** @description Clusters made. */
            clusters: number;
            clustered_keywords: number;
            /** @description Keywords left without a cluster. */
            unclustered_keywords: number;
            credits: components["schemas"]["Credits"];
        };
        IdeaGenerationResult: {
            idea_ids: components["schemas"]["Uuid"][];
            /** @description The AI provider that wrote them. */
            provider: string;
            credits: components["schemas"]["Credits"];
            /** @description Warnings about the new ideas competing with the site's other ideas. */
            cannibalization: components["schemas"]["CannibalizationWarning"][];
        };
        ContentGenerationResult: {
            task_id: components["schemas"]["Uuid"];
            content_id: components["schemas"]["Uuid"];
            /** @description Sections written, one provider call each. */
            sections: number;
            words: number;
            target_words: number;
            credits: components["schemas"]["Credits"];
            /** @description The AI provider that wrote it (`local` offline). */
            provider: string;
            model: string;
            image_ids: components["schemas"]["Uuid"][];
            /** @description The site's other contents with the same focus keyword, which would compete for one search. */
            cannibalization: {
                content_id: components["schemas"]["Uuid"];
                title: string;
            }[];
        };
        ImageRegenerationResult: {
            image_id: components["schemas"]["Uuid"];
            credits: components["schemas"]["Credits"];
            provider: string;
        };
        ImagePromptsResult: {
            content_id: components["schemas"]["Uuid"];
            /** @description The images planned, `pending` until drawn. */
            image_ids: components["schemas"]["Uuid"][];
            credits: components["schemas"]["Credits"];
        };
        OperationResponse: {
            data: components["schemas"]["Operation"];
            request_id: components["schemas"]["RequestId"];
        };
        /** @description A number of credits. */
        Credits: number;
        Balance: {
            plan_credits: components["schemas"]["Credits"];
            bonus_credits: components["schemas"]["Credits"];
            /** @description Held by actions in progress; already taken from the pools. */
            reserved_credits: components["schemas"]["Credits"];
            /** @description Plan plus bonus credits, what an action can reserve now. */
            available_credits: components["schemas"]["Credits"];
            plan_credits_per_period: components["schemas"]["Credits"];
            /** Format: date-time */
            period_end: string | null;
        };
        /** @enum {string} */
        LedgerKind: "grant" | "purchase" | "reserve" | "capture" | "release" | "refund" | "adjustment" | "expiry";
        /** @enum {string} */
        CreditPool: "plan" | "bonus";
        LedgerEntry: {
            id: components["schemas"]["Uuid"];
            kind: components["schemas"]["LedgerKind"];
            pool: components["schemas"]["CreditPool"];
            /** @description Signed: what this entry added to (or took from) the pool. */
            amount: number;
            plan_balance_after: components["schemas"]["Credits"];
            bonus_balance_after: components["schemas"]["Credits"];
            balance_after: components["schemas"]["Credits"];
            reservation_key: string | null;
            reason: string | null;
            created_at: components["schemas"]["Timestamp"];
        };
        /** @enum {string} */
        CreditOperation: "cluster_keywords" | "generate_ideas" | "generate_content" | "generate_image_prompts" | "generate_image" | "optimize_content" | "publish";
        CreditCost: {
            id: components["schemas"]["Uuid"];
            operation: components["schemas"]["CreditOperation"];
            /** @description e.g. `standard` or `premium` images; `default` otherwise. */
            variant: string;
            /** @description An AI provider, or `*` for any. */
            provider: string;
            /** @description What is counted, e.g. `keyword`, `word`, `image`. */
            unit: string;
            /** @description How many units one charge covers (10 keywords, 100 words). */
            unit_size: number;
            credits: components["schemas"]["Credits"];
            updated_at: components["schemas"]["Timestamp"];
        };
        CreditCostInput: {
            operation: components["schemas"]["CreditOperation"];
            variant?: string;
            provider?: string;
            unit?: string;
            unit_size?: number;
            credits: number;
        };
        EstimateRequest: {
            operation: components["schemas"]["CreditOperation"];
            /** @description Units: keywords, ideas, words, images… */
            quantity: number;
            variant?: string;
            provider?: string;
        };
        Estimate: {
            operation: components["schemas"]["CreditOperation"];
            quantity: number;
            credits: components["schemas"]["Credits"];
            available_credits: components["schemas"]["Credits"];
            sufficient: boolean;
        };
        UsageRecord: {
            id: components["schemas"]["Uuid"];
            operation: components["schemas"]["CreditOperation"];
            /** Format: uuid */
            site_id: string | null;
            provider: string;
            model: string | null;
            tokens_in: number;
            tokens_out: number;
            cost_usd: number;
            credits: components["schemas"]["Credits"];
            created_at: components["schemas"]["Timestamp"];
        };
        UsageSummaryRow: {
            /** Format: date */
            day: string;
            operation: components["schemas"]["CreditOperation"];
            count: number;
            credits: components["schemas"]["Credits"];
            tokens_in: number;
            tokens_out: number;
            cost_usd: number;
        };
        /** @enum {string} */
        SubscriptionStatus: "trialing" | "active" | "past_due" | "cancelled";
        Subscription: {
            id: components["schemas"]["Uuid"];
            plan: components["schemas"]["Plan"];
            status: components["schemas"]["SubscriptionStatus"];
            current_period_start: components["schemas"]["Timestamp"];
            current_period_end: components["schemas"]["Timestamp"];
            /** @description A downgrade that takes effect at the end of the period. */
            pending_plan: components["schemas"]["Plan"] | null;
            /** Format: date-time */
            past_due_since: string | null;
        };
        ChangeSubscriptionRequest: {
            /** @description A plan code from `GET /v1/plans`. */
            plan: string;
        };
        SubscriptionChange: {
            subscription: components["schemas"]["Subscription"];
            /** @description The prorated invoice of an upgrade; `null` for a downgrade or a free move. */
            invoice: components["schemas"]["Invoice"] | null;
        };
        CreditPackage: {
            id: components["schemas"]["Uuid"];
            code: string;
            name: string;
            credits: number;
            price_cents: number;
            currency: string;
            active: boolean;
        };
        CreditPackageInput: {
            code: string;
            name: string;
            credits: number;
            price_cents: number;
            currency?: string;
        };
        CreditPackageUpdate: {
            name?: string;
            credits?: number;
            price_cents?: number;
            active?: boolean;
        };
        /** @enum {string} */
        InvoiceStatus: "draft" | "pending" | "paid" | "void" | "uncollectible";
        InvoiceLine: {
            description: string;
            quantity: number;
            unit_cents: number;
            amount_cents: number;
        };
        Invoice: {
            id: components["schemas"]["Uuid"];
            /** @description Consecutive across the platform, without gaps: `INV-000001`, `INV-000002`… */
            number: string;
            /** @enum {string} */
            kind: "subscription" | "credit_package" | "custom";
            status: components["schemas"]["InvoiceStatus"];
            currency: string;
            subtotal_cents: number;
            tax_cents: number;
            total_cents: number;
            lines: components["schemas"]["InvoiceLine"][];
            /** Format: date-time */
            period_start: string | null;
            /** Format: date-time */
            period_end: string | null;
            /** Format: date-time */
            due_at: string | null;
            /** Format: date-time */
            paid_at: string | null;
            created_at: components["schemas"]["Timestamp"];
        };
        /** @enum {string} */
        PaymentStatus: "pending_approval" | "pending" | "succeeded" | "failed" | "refunded";
        Payment: {
            id: components["schemas"]["Uuid"];
            invoice_id: components["schemas"]["Uuid"];
            /** @enum {string} */
            method: "manual" | "stripe";
            status: components["schemas"]["PaymentStatus"];
            amount_cents: number;
            currency: string;
            reference: string | null;
            /** @description Stripe Checkout page for a `stripe` payment that is `pending`. */
            checkout_url: string | null;
            created_at: components["schemas"]["Timestamp"];
            updated_at: components["schemas"]["Timestamp"];
        };
        PayInvoiceRequest: {
            /** @enum {string} */
            method: "manual" | "stripe";
            /** @description Bank-transfer reference, for `manual`. */
            reference?: string;
            success_url?: components["schemas"]["SiteUrl"];
            cancel_url?: components["schemas"]["SiteUrl"];
        };
        SiteBudget: {
            site_id: components["schemas"]["Uuid"];
            monthly_credit_cap: number | null;
            used_this_month: components["schemas"]["Credits"];
        };
        SiteBudgetRequest: {
            monthly_credit_cap: number | null;
        };
        Notification: {
            id: components["schemas"]["Uuid"];
            /** @description e.g. `credits.threshold_80`, `credits.threshold_100`, `invoice.paid`, `subscription.past_due`. */
            kind: string;
            title: string;
            body: string;
            data: {
                [key: string]: unknown;
            };
            /** Format: date-time */
            read_at: string | null;
            created_at: components["schemas"]["Timestamp"];
        };
        Operator: {
            id: components["schemas"]["Uuid"];
            email: components["schemas"]["Email"];
            name: string;
        };
        OperatorSession: {
            access_token: string;
            /** @enum {string} */
            token_type: "Bearer";
            expires_in: number;
            operator: components["schemas"]["Operator"];
        };
        AdminAccount: {
            account: components["schemas"]["Account"];
            balance: components["schemas"]["Balance"];
            subscription: components["schemas"]["Subscription"] | null;
            members: number;
        };
        AdjustCreditsRequest: {
            pool: components["schemas"]["CreditPool"];
            /** @description Positive grants, negative takes (never below 0). */
            amount: number;
            reason: string;
        };
        SetAccountStatusRequest: {
            status: components["schemas"]["AccountStatus"];
            reason: string;
        };
        RejectPaymentRequest: {
            reason: string;
        };
        PlanInput: {
            name: string;
            price_cents: number;
            currency?: string;
            credits_per_month: number;
            max_sites: number;
            max_users: number;
            max_keywords: number;
            max_sectors_per_site: number;
            is_public?: boolean;
        };
        RenewalReport: {
            renewed: number;
            invoiced: number;
            downgraded: number;
            past_due: number;
        };
        BalanceResponse: {
            data: components["schemas"]["Balance"];
            request_id: components["schemas"]["RequestId"];
        };
        LedgerListResponse: {
            data: components["schemas"]["LedgerEntry"][];
            meta: components["schemas"]["PageMeta"];
            request_id: components["schemas"]["RequestId"];
        };
        CreditCostListResponse: {
            data: components["schemas"]["CreditCost"][];
            request_id: components["schemas"]["RequestId"];
        };
        CreditCostResponse: {
            data: components["schemas"]["CreditCost"];
            request_id: components["schemas"]["RequestId"];
        };
        EstimateResponse: {
            data: components["schemas"]["Estimate"];
            request_id: components["schemas"]["RequestId"];
        };
        UsageListResponse: {
            data: components["schemas"]["UsageRecord"][];
            meta: components["schemas"]["PageMeta"];
            request_id: components["schemas"]["RequestId"];
        };
        UsageSummaryResponse: {
            data: components["schemas"]["UsageSummaryRow"][];
            request_id: components["schemas"]["RequestId"];
        };
        SubscriptionResponse: {
            data: components["schemas"]["Subscription"];
            request_id: components["schemas"]["RequestId"];
        };
        SubscriptionChangeResponse: {
            data: components["schemas"]["SubscriptionChange"];
            request_id: components["schemas"]["RequestId"];
        };
        CreditPackageListResponse: {
            data: components["schemas"]["CreditPackage"][];
            request_id: components["schemas"]["RequestId"];
        };
        CreditPackageResponse: {
            data: components["schemas"]["CreditPackage"];
            request_id: components["schemas"]["RequestId"];
        };
        InvoiceResponse: {
            data: components["schemas"]["Invoice"];
            request_id: components["schemas"]["RequestId"];
        };
        InvoiceListResponse: {
            data: components["schemas"]["Invoice"][];
            meta: components["schemas"]["PageMeta"];
            request_id: components["schemas"]["RequestId"];
        };
        PaymentResponse: {
            data: components["schemas"]["Payment"];
            request_id: components["schemas"]["RequestId"];
        };
        PaymentListResponse: {
            data: components["schemas"]["Payment"][];
            meta: components["schemas"]["PageMeta"];
            request_id: components["schemas"]["RequestId"];
        };
        SiteBudgetResponse: {
            data: components["schemas"]["SiteBudget"];
            request_id: components["schemas"]["RequestId"];
        };
        NotificationResponse: {
            data: components["schemas"]["Notification"];
            request_id: components["schemas"]["RequestId"];
        };
        NotificationListResponse: {
            data: components["schemas"]["Notification"][];
            meta: components["schemas"]["PageMeta"];
            request_id: components["schemas"]["RequestId"];
        };
        OperatorSessionResponse: {
            data: components["schemas"]["OperatorSession"];
            request_id: components["schemas"]["RequestId"];
        };
        AdminAccountResponse: {
            data: components["schemas"]["AdminAccount"];
            request_id: components["schemas"]["RequestId"];
        };
        AdminAccountListResponse: {
            data: components["schemas"]["AdminAccount"][];
            meta: components["schemas"]["PageMeta"];
            request_id: components["schemas"]["RequestId"];
        };
        PlanResponse: {
            data: components["schemas"]["Plan"];
            request_id: components["schemas"]["RequestId"];
        };
        RenewalReportResponse: {
            data: components["schemas"]["RenewalReport"];
            request_id: components["schemas"]["RequestId"];
        };
        /** @enum {string} */
        Intent: "informational" | "commercial" | "transactional" | "navigational";
        /** @enum {string} */
        KeywordStatus: "new" | "mapped" | "archived";
        /** @enum {string} */
        ClusterStatus: "new" | "mapped" | "archived";
        /** @enum {string} */
        IdeaStatus: "new" | "queued" | "completed";
        /** @enum {string} */
        TaskStatus: "queued" | "in_progress" | "completed" | "failed" | "cancelled";
        Keyword: {
            id: components["schemas"]["Uuid"];
            site_id: components["schemas"]["Uuid"];
            /** Format: uuid */
            sector_id: string | null;
            /** Format: uuid */
            cluster_id: string | null;
            phrase: string;
            /** @description The phrase after NFKC, case folding and punctuation clean-up: unique per site. */
            normalized: string;
            status: components["schemas"]["KeywordStatus"];
            volume: number;
            difficulty: number | null;
            cpc: number | null;
            intent: components["schemas"]["Intent"];
            /**
             * @description `user` once overridden.
             * @enum {string}
             */
            intent_source: "classified" | "user";
            country: string | null;
            language: string;
            created_at: components["schemas"]["Timestamp"];
            updated_at: components["schemas"]["Timestamp"];
        };
        KeywordInput: {
            phrase: string;
            volume?: number;
            difficulty?: number;
            cpc?: number;
            intent?: components["schemas"]["Intent"];
            country?: string;
            language?: string;
            sector_id?: components["schemas"]["Uuid"];
            /** @description The top results for the phrase, for SERP-overlap clustering. */
            serp_urls?: components["schemas"]["SiteUrl"][];
        };
        KeywordUpdate: {
            phrase?: string;
            volume?: number;
            difficulty?: number | null;
            cpc?: number | null;
            intent?: components["schemas"]["Intent"];
            country?: string | null;
            language?: string;
            /**
             * @description Archive a keyword, or bring it back (`mapped` comes from clustering).
             * @enum {string}
             */
            status?: "new" | "archived";
        };
        KeywordBulkUpdate: {
            id: components["schemas"]["Uuid"];
            volume?: number;
            difficulty?: number | null;
            cpc?: number | null;
            intent?: components["schemas"]["Intent"];
            /** @enum {string} */
            status?: "new" | "archived";
        };
        KeywordBulkRequest: {
            create?: components["schemas"]["KeywordInput"][];
            update?: components["schemas"]["KeywordBulkUpdate"][];
            delete?: components["schemas"]["Uuid"][];
        };
        KeywordBulkResult: {
            created: number;
            updated: number;
            deleted: number;
            duplicates: number;
            errors: {
                /** @enum {string} */
                section: "create" | "update" | "delete";
                index: number;
                code: components["schemas"]["ErrorCode"];
                message: string;
            }[];
        };
        KeywordImportRequest: {
            /** @description The file's text, header row first. A file that is not UTF-8 text (binary, UTF-16, NUL bytes) is refused with `422 FILE_NOT_TEXT`, naming the line. */
            csv: string;
            /** @description Sector for rows that name none (default the site's first sector). */
            sector_id?: components["schemas"]["Uuid"];
            /** @description For rows that name none (default `en`). */
            language?: string;
            country?: string;
        };
        /**
         * @description The `result` of a `keywords.import` operation. Every refused row is counted: `invalid_count` is all of them,
         *     `invalid_summary` groups all of them by code, and `invalid` lists the first 1,000 one by one (lowest line
         *     first; `invalid_truncated` says whether there were more).
         */
        KeywordImportResult: {
            /** @description Data rows read (not the header, not empty lines). */
            total_rows: number;
            /** @description New keywords stored. */
            imported: number;
            /** @description Rows whose keyword the file or the site already had. */
            duplicates: number;
            /** @description Every refused row. */
            invalid_count: number;
            invalid: components["schemas"]["KeywordImportRefusal"][];
            /** @description More rows were refused than `invalid` lists. */
            invalid_truncated: boolean;
            /** @description Every refused row, counted by code (the counts add up to `invalid_count`), most frequent first. */
            invalid_summary: {
                code: components["schemas"]["KeywordImportRefusalCode"];
                count: number;
                first_line: number;
                last_line: number;
                /** @description The reason given for the first of these rows. */
                example: string;
            }[];
            header_detected: boolean;
            /** @description The column each field was read from (its header, or `column N` without a header row). */
            columns: {
                [key: string]: string;
            };
        };
        KeywordImportRefusal: {
            /** @description The line of the file the row starts on (the header is line 1). */
            line: number;
            code: components["schemas"]["KeywordImportRefusalCode"];
            reason: string;
        };
        /**
         * @description Why a row was refused: `MALFORMED_ROW` (an unbalanced quote, text after a closing quote), `NO_KEYWORD` (empty,
         *     or only spaces, punctuation or symbols), `KEYWORD_TOO_LONG` (over 300 characters), `INVALID_VOLUME` (not a
         *     whole number from 0 to 2,147,483,647 — a negative volume is refused, never read as 0), `INVALID_DIFFICULTY`
         *     (not 0–100), `INVALID_CPC`, `INVALID_INTENT`, `UNKNOWN_SECTOR`, `PLAN_LIMIT_REACHED`.
         * @enum {string}
         */
        KeywordImportRefusalCode: "MALFORMED_ROW" | "NO_KEYWORD" | "KEYWORD_TOO_LONG" | "INVALID_VOLUME" | "INVALID_DIFFICULTY" | "INVALID_CPC" | "INVALID_INTENT" | "UNKNOWN_SECTOR" | "PLAN_LIMIT_REACHED";
        ClusteringRequest: {
            /**
             * @default lexical
             * @enum {string}
             */
            algorithm?: "lexical" | "semantic" | "serp";
            /** @description Similarity a pair needs to join (default by algorithm). */
            threshold?: number;
            /** @description Smaller groups stay unclustered (default 2). */
            min_cluster_size?: number;
            sector_id?: components["schemas"]["Uuid"];
            /** @description Re-cluster keywords already in clusters too (default: only `new` ones). */
            include_mapped?: boolean;
        };
        Cluster: {
            id: components["schemas"]["Uuid"];
            site_id: components["schemas"]["Uuid"];
            /** Format: uuid */
            sector_id: string | null;
            name: string;
            /** Format: uuid */
            head_keyword_id: string | null;
            status: components["schemas"]["ClusterStatus"];
            keyword_count: number;
            total_volume: number;
            avg_difficulty: number | null;
            intent: components["schemas"]["Intent"];
            algorithm: string;
            created_at: components["schemas"]["Timestamp"];
            updated_at: components["schemas"]["Timestamp"];
        };
        ClusterUpdate: {
            name?: string;
            /** @enum {string} */
            status?: "new" | "archived";
        };
        GenerateIdeasRequest: {
            /** @default 3 */
            count?: number;
        };
        OutlineHeading: {
            heading: string;
            /** @enum {integer} */
            level: 2 | 3;
        };
        Idea: {
            id: components["schemas"]["Uuid"];
            site_id: components["schemas"]["Uuid"];
            /** Format: uuid */
            cluster_id: string | null;
            /** Format: uuid */
            sector_id: string | null;
            title: string;
            brief: string;
            outline: components["schemas"]["OutlineHeading"][];
            primary_keyword: string;
            secondary_keywords: string[];
            /** @enum {string} */
            structure: "article" | "guide" | "listicle" | "comparison" | "review" | "how_to" | "cluster_hub";
            /** @enum {string} */
            content_type: "post" | "page" | "product" | "taxonomy";
            target_words: number;
            status: components["schemas"]["IdeaStatus"];
            /** @description Which AI provider wrote it (`local` offline). */
            provider: string;
            created_at: components["schemas"]["Timestamp"];
            updated_at: components["schemas"]["Timestamp"];
        };
        IdeaUpdate: {
            title?: string;
            brief?: string;
            outline?: components["schemas"]["OutlineHeading"][];
            primary_keyword?: string;
            secondary_keywords?: string[];
            /** @enum {string} */
            structure?: "article" | "guide" | "listicle" | "comparison" | "review" | "how_to" | "cluster_hub";
            /** @enum {string} */
            content_type?: "post" | "page" | "product" | "taxonomy";
            target_words?: number;
        };
        Task: {
            id: components["schemas"]["Uuid"];
            site_id: components["schemas"]["Uuid"];
            /** Format: uuid */
            idea_id: string | null;
            /** Format: uuid */
            cluster_id: string | null;
            title: string;
            status: components["schemas"]["TaskStatus"];
            /** @description Why the task failed or was cancelled; null otherwise. */
            status_reason: string | null;
            primary_keyword: string | null;
            secondary_keywords: string[];
            /** @enum {string} */
            structure: "article" | "guide" | "listicle" | "comparison" | "review" | "how_to" | "cluster_hub";
            /** @enum {string} */
            content_type: "post" | "page" | "product" | "taxonomy";
            target_words: number;
            created_at: components["schemas"]["Timestamp"];
            updated_at: components["schemas"]["Timestamp"];
        };
        /** @description Either `idea_id` (the idea's brief, each field overridable) or at least a `title`. */
        TaskCreate: {
            idea_id?: components["schemas"]["Uuid"];
            title?: string;
            primary_keyword?: string;
            secondary_keywords?: string[];
            /** @enum {string} */
            structure?: "article" | "guide" | "listicle" | "comparison" | "review" | "how_to" | "cluster_hub";
            /** @enum {string} */
            content_type?: "post" | "page" | "product" | "taxonomy";
            target_words?: number;
        };
        TaskUpdate: {
            title?: string;
            primary_keyword?: string | null;
            secondary_keywords?: string[];
            /** @enum {string} */
            structure?: "article" | "guide" | "listicle" | "comparison" | "review" | "how_to" | "cluster_hub";
            /** @enum {string} */
            content_type?: "post" | "page" | "product" | "taxonomy";
            target_words?: number;
            /**
             * @description `cancelled` from `queued`, `in_progress` or `failed`; `queued` from `failed` or `cancelled`.
             * @enum {string}
             */
            status?: "queued" | "cancelled";
        };
        TaskBulkRequest: {
            status?: {
                id: components["schemas"]["Uuid"];
                /** @enum {string} */
                status: "queued" | "cancelled";
            }[];
            cancel?: components["schemas"]["Uuid"][];
            delete?: components["schemas"]["Uuid"][];
        };
        TaskBulkResult: {
            updated: number;
            cancelled: number;
            deleted: number;
            errors: {
                /** @enum {string} */
                section: "status" | "cancel" | "delete";
                index: number;
                /** @enum {string} */
                code: "NOT_FOUND" | "TASK_TRANSITION_INVALID" | "TASK_NOT_EDITABLE";
                message: string;
            }[];
        };
        TaskBulkResponse: {
            data: components["schemas"]["TaskBulkResult"];
            request_id: components["schemas"]["RequestId"];
        };
        /** @enum {string} */
        ContentStatus: "draft" | "review" | "approved" | "published";
        /** @enum {string} */
        PublishStatus: "not_published" | "scheduled" | "publishing" | "published" | "failed";
        SeoCheck: {
            /** @description The check's name (docs/writer.md), e.g. `focus_in_title`. */
            id: string;
            /** @enum {string} */
            status: "pass" | "warn" | "fail";
            message: string;
        };
        SeoReport: {
            score: number;
            checks: components["schemas"]["SeoCheck"][];
            word_count: number;
        };
        SeoReportResponse: {
            data: components["schemas"]["SeoReport"];
            request_id: components["schemas"]["RequestId"];
        };
        InternalLink: {
            url: string;
            anchor: string;
            /**
             * Format: uuid
             * @description The content linked to, when it is one of the site's.
             */
            target_id: string | null;
        };
        FaqItem: {
            question: string;
            answer: string;
        };
        ContentSummary: {
            id: components["schemas"]["Uuid"];
            site_id: components["schemas"]["Uuid"];
            /** Format: uuid */
            task_id: string | null;
            /** Format: uuid */
            cluster_id: string | null;
            title: string;
            slug: string | null;
            focus_keyword: string | null;
            status: components["schemas"]["ContentStatus"];
            publish_status: components["schemas"]["PublishStatus"];
            /** Format: date-time */
            scheduled_at: string | null;
            word_count: number;
            seo_score: number;
            language: string | null;
            /** @description Which AI provider wrote it (`local` offline); null if a person did. */
            provider: string | null;
            created_at: components["schemas"]["Timestamp"];
            updated_at: components["schemas"]["Timestamp"];
        };
        /** @description The editorial plan an article is written from: a working title, what the introduction must do, H2 sections (each answering one sub-question, with the keywords it must cover, its word budget and its H3s), the FAQ from the question keywords, and the conclusion. Generation writes it one part per provider call. */
        ContentOutline: {
            title: string;
            intro: {
                brief: string;
                keywords: string[];
                words: number;
            };
            sections: {
                heading: string;
                brief: string;
                keywords: string[];
                words: number;
                subsections: {
                    heading: string;
                    keywords: string[];
                    words: number;
                }[];
            }[];
            faq: {
                heading: string;
                questions: string[];
                words: number;
            };
            conclusion: {
                heading: string;
                brief: string;
                words: number;
            };
        };
        Image: {
            id: components["schemas"]["Uuid"];
            site_id: components["schemas"]["Uuid"];
            content_id: components["schemas"]["Uuid"];
            /** @enum {string} */
            kind: "featured" | "in_article";
            /** @description 0 for the featured image; an in-article image goes after the H2 section of that number. */
            position: number;
            /** @enum {string} */
            status: "pending" | "generating" | "generated" | "failed";
            prompt: string;
            alt_text: string;
            width: number;
            height: number;
            bytes: number | null;
            provider: string | null;
            model: string | null;
            /** @description Why it failed, when it did. */
            error: string | null;
            /** @description A signed link to the PNG that needs no credentials, until `url_expires_at`; null until generated. */
            url: string | null;
            /** Format: date-time */
            url_expires_at: string | null;
            created_at: components["schemas"]["Timestamp"];
            updated_at: components["schemas"]["Timestamp"];
        };
        ImageResponse: {
            data: components["schemas"]["Image"];
            request_id: components["schemas"]["RequestId"];
        };
        ImageListResponse: {
            data: components["schemas"]["Image"][];
            request_id: components["schemas"]["RequestId"];
        };
        UpdateImageRequest: {
            alt_text: string;
        };
        RegenerateImageRequest: {
            /** @description A new prompt; the image's own when absent. */
            prompt?: string;
        };
        /**
         * @description The seven stages, in order: clustering the new keywords, ideas for the new clusters, tasks from the new ideas, the articles, their image prompts, the images, the review.
         * @enum {string}
         */
        AutomationStage: "cluster" | "ideas" | "tasks" | "content" | "image_prompts" | "images" | "review";
        /** @description When scheduled runs start, at a local time in the account's timezone. */
        AutomationSchedule: {
            /** @enum {string} */
            frequency: "daily" | "weekly" | "monthly";
            /** @description Local time, HH:MM. */
            time: string;
            /** @description weekly: ISO day of the week (1 = Monday). */
            weekday?: number;
            /** @description monthly: the day (a day the month lacks means its last), or `last`. */
            day_of_month?: number | "last";
        };
        /** @description How approved articles are spread when the publishing module publishes them. */
        PublishingCadence: {
            posts_per_day: number;
            window_start: string;
            window_end: string;
        };
        /** @description How many items of a stage are worked on at once. */
        AutomationBatchSizes: {
            cluster?: number;
            ideas?: number;
            tasks?: number;
            content?: number;
            image_prompts?: number;
            images?: number;
            review?: number;
        };
        AutoApproveRule: {
            enabled: boolean;
            min_seo_score: number;
            no_failed_checks: boolean;
        };
        AutomationConfig: {
            site_id: components["schemas"]["Uuid"];
            enabled_stages: components["schemas"]["AutomationStage"][];
            batch_sizes: {
                cluster: number;
                ideas: number;
                tasks: number;
                content: number;
                image_prompts: number;
                images: number;
                review: number;
            };
            ideas_per_cluster: number;
            in_article_images: number;
            /** @description Stage 1 is skipped, with a warning, below this many new keywords. */
            min_keywords: number;
            auto_approve: components["schemas"]["AutoApproveRule"];
            schedule: components["schemas"]["AutomationSchedule"] | null;
            publishing_cadence: components["schemas"]["PublishingCadence"] | null;
            /** Format: date-time */
            updated_at: string | null;
        };
        UpdateAutomationConfigRequest: {
            enabled_stages?: components["schemas"]["AutomationStage"][];
            batch_sizes?: components["schemas"]["AutomationBatchSizes"];
            ideas_per_cluster?: number;
            in_article_images?: number;
            min_keywords?: number;
            auto_approve?: components["schemas"]["AutoApproveRule"];
            schedule?: components["schemas"]["AutomationSchedule"] | null;
            publishing_cadence?: components["schemas"]["PublishingCadence"] | null;
        };
        AutomationConfigResponse: {
            data: components["schemas"]["AutomationConfig"];
            request_id: components["schemas"]["RequestId"];
        };
        AutomationEstimate: {
            stages: {
                stage: components["schemas"]["AutomationStage"];
                enabled: boolean;
                /** @description What the stage would work on: in the backlog now, plus what the earlier stages are expected to make. */
                items: number;
                credits: components["schemas"]["Credits"];
            }[];
            total: components["schemas"]["Credits"];
            /** @description 1.2 × the total: what a run needs available to start. */
            required: number;
            available: number;
            can_start: boolean;
        };
        AutomationEstimateResponse: {
            data: components["schemas"]["AutomationEstimate"];
            request_id: components["schemas"]["RequestId"];
        };
        AutomationStageProgress: {
            stage: components["schemas"]["AutomationStage"];
            /** @enum {string} */
            status: "pending" | "running" | "completed" | "skipped" | "failed";
            total: number;
            done: number;
            failed: number;
            skipped: number;
            credits: components["schemas"]["Credits"];
        };
        AutomationRun: {
            id: components["schemas"]["Uuid"];
            site_id: components["schemas"]["Uuid"];
            /** @enum {string} */
            status: "queued" | "running" | "paused" | "completed" | "failed" | "cancelled";
            /** @enum {string} */
            trigger: "manual" | "scheduled";
            /** @description The stage it is at (or failed at); null before the first and after the last. */
            stage: components["schemas"]["AutomationStage"] | null;
            stages: components["schemas"]["AutomationStageProgress"][];
            /** @description A pause asked for, taking effect once the items in flight finish. */
            pause_requested: boolean;
            /** @enum {string|null} */
            pause_reason: "requested" | "insufficient_credits" | null;
            error: components["schemas"]["Error"] | null;
            /**
             * Format: date-time
             * @description The schedule's slot a scheduled run is for.
             */
            slot: string | null;
            /** Format: uuid */
            created_by: string | null;
            created_at: components["schemas"]["Timestamp"];
            /** Format: date-time */
            started_at: string | null;
            /** Format: date-time */
            finished_at: string | null;
            updated_at: components["schemas"]["Timestamp"];
        };
        AutomationRunResponse: {
            data: components["schemas"]["AutomationRun"];
            request_id: components["schemas"]["RequestId"];
        };
        AutomationRunListResponse: {
            data: components["schemas"]["AutomationRun"][];
            meta: components["schemas"]["PageMeta"];
            request_id: components["schemas"]["RequestId"];
        };
        AutomationRunEvent: {
            /** @description Increasing; the SSE event id. */
            id: string;
            run_id: components["schemas"]["Uuid"];
            /** @enum {string} */
            type: "run.started" | "stage.started" | "stage.finished" | "stage.skipped" | "item.started" | "item.done" | "item.failed" | "run.paused" | "run.resumed" | "run.completed" | "run.failed" | "run.cancelled" | "log";
            stage: components["schemas"]["AutomationStage"] | null;
            /** @description The keyword, cluster, idea, task, content or image the event is about. */
            item_id: string | null;
            /** @description What the event says: counts, the reason, the error, a message. */
            data: {
                [key: string]: unknown;
            };
            created_at: components["schemas"]["Timestamp"];
        };
        AutomationRunEventListResponse: {
            data: components["schemas"]["AutomationRunEvent"][];
            meta: components["schemas"]["PageMeta"];
            request_id: components["schemas"]["RequestId"];
        };
        Content: {
            id: components["schemas"]["Uuid"];
            site_id: components["schemas"]["Uuid"];
            /** Format: uuid */
            task_id: string | null;
            /** Format: uuid */
            cluster_id: string | null;
            title: string;
            /** @description Sanitized to the allowlist (docs/writer.md). */
            html: string;
            meta_title: string | null;
            meta_description: string | null;
            slug: string | null;
            focus_keyword: string | null;
            secondary_keywords: string[];
            /** @description The plan it was written from; null for a content not generated. */
            outline: components["schemas"]["ContentOutline"] | null;
            word_count: number;
            reading_minutes: number;
            seo_score: number;
            seo_checks: components["schemas"]["SeoCheck"][];
            internal_links: components["schemas"]["InternalLink"][];
            categories: string[];
            tags: string[];
            faq: components["schemas"]["FaqItem"][];
            /** @description The `Article` and `FAQPage` structured data, written into the page only when no SEO plugin is active. */
            json_ld: {
                [key: string]: unknown;
            }[] | null;
            status: components["schemas"]["ContentStatus"];
            publish_status: components["schemas"]["PublishStatus"];
            /** Format: date-time */
            scheduled_at: string | null;
            /**
             * Format: date-time
             * @description When it was first published in WordPress.
             */
            published_at: string | null;
            /** @description The post's permalink in WordPress, once published there (also where internal links point). */
            url: string | null;
            language: string | null;
            target_words: number | null;
            provider: string | null;
            model: string | null;
            created_at: components["schemas"]["Timestamp"];
            updated_at: components["schemas"]["Timestamp"];
        };
        ContentUpdate: {
            title?: string;
            html?: string;
            meta_title?: string | null;
            meta_description?: string | null;
            slug?: string | null;
            focus_keyword?: string | null;
            secondary_keywords?: string[];
            categories?: string[];
            tags?: string[];
            /** @enum {string} */
            status?: "draft" | "review" | "approved";
        };
        ContentResponse: {
            data: components["schemas"]["Content"];
            request_id: components["schemas"]["RequestId"];
        };
        ContentListResponse: {
            data: components["schemas"]["ContentSummary"][];
            meta: components["schemas"]["PageMeta"];
            request_id: components["schemas"]["RequestId"];
        };
        ContentRevisionSummary: {
            id: components["schemas"]["Uuid"];
            content_id: components["schemas"]["Uuid"];
            number: number;
            /** @enum {string} */
            reason: "generated" | "saved" | "restored";
            title: string;
            word_count: number;
            /**
             * Format: uuid
             * @description The member who saved it; null for the writer.
             */
            created_by: string | null;
            created_at: components["schemas"]["Timestamp"];
        };
        ContentRevision: {
            id: components["schemas"]["Uuid"];
            content_id: components["schemas"]["Uuid"];
            number: number;
            /** @enum {string} */
            reason: "generated" | "saved" | "restored";
            title: string;
            html: string;
            meta_title: string | null;
            meta_description: string | null;
            slug: string | null;
            focus_keyword: string | null;
            word_count: number;
            /** Format: uuid */
            created_by: string | null;
            created_at: components["schemas"]["Timestamp"];
        };
        ContentRevisionResponse: {
            data: components["schemas"]["ContentRevision"];
            request_id: components["schemas"]["RequestId"];
        };
        ContentRevisionListResponse: {
            data: components["schemas"]["ContentRevisionSummary"][];
            meta: components["schemas"]["PageMeta"];
            request_id: components["schemas"]["RequestId"];
        };
        PublicImage: {
            /**
             * Format: uri
             * @description Served without credentials while the content is public.
             */
            url: string;
            alt: string;
            width: number;
            height: number;
        };
        PublicContentSummary: {
            title: string;
            slug: string;
            /** @description The meta description. */
            excerpt: string | null;
            meta_title: string | null;
            meta_description: string | null;
            categories: string[];
            tags: string[];
            language: string | null;
            word_count: number;
            reading_minutes: number;
            featured_image: components["schemas"]["PublicImage"] | null;
            published_at: components["schemas"]["Timestamp"];
            updated_at: components["schemas"]["Timestamp"];
        };
        PublicContent: {
            title: string;
            slug: string;
            /** @description Sanitized to the allowlist (docs/writer.md). */
            html: string;
            /** @description The meta description. */
            excerpt: string | null;
            meta_title: string | null;
            meta_description: string | null;
            categories: string[];
            tags: string[];
            language: string | null;
            word_count: number;
            reading_minutes: number;
            featured_image: components["schemas"]["PublicImage"] | null;
            /** @description The `Article` and `FAQPage` structured data. */
            json_ld: {
                [key: string]: unknown;
            }[] | null;
            published_at: components["schemas"]["Timestamp"];
            updated_at: components["schemas"]["Timestamp"];
        };
        PublicContentResponse: {
            data: components["schemas"]["PublicContent"];
            request_id: components["schemas"]["RequestId"];
        };
        PublicContentListResponse: {
            data: components["schemas"]["PublicContentSummary"][];
            meta: components["schemas"]["PageMeta"];
            request_id: components["schemas"]["RequestId"];
        };
        WriterSettings: {
            site_id: components["schemas"]["Uuid"];
            /** @description The language contents are written in (a code such as `es`); null writes in the language of each task's keywords. */
            language: string | null;
            /** @description How the site sounds, in a few words: `friendly, expert, no hype`. */
            tone: string | null;
            /** @description Who reads it. */
            audience: string | null;
            /** @enum {string} */
            point_of_view: "first_person_singular" | "first_person_plural" | "second_person" | "third_person";
            /** @enum {string} */
            reading_level: "simple" | "general" | "expert";
            /** @description Words and phrases the writer never uses. */
            banned_words: string[];
            /** @description The house style, as the site's editors would brief a writer. */
            style_guide: string | null;
            /** @description Internal links the writer adds at most, per 1,000 words. */
            links_per_1000_words: number;
            /** @description Images in a content besides the featured one. */
            in_article_images: number;
            /** @description Whether contents may keep `<style>` and `style` attributes. */
            allow_style: boolean;
            /** @description Hosts whose https `<iframe>`s contents may keep (videos, maps); none by default. */
            iframe_hosts: string[];
            /**
             * Format: date-time
             * @description Null while the site has the defaults.
             */
            updated_at: string | null;
        };
        WriterSettingsUpdate: {
            language?: string | null;
            tone?: string | null;
            audience?: string | null;
            /** @enum {string} */
            point_of_view?: "first_person_singular" | "first_person_plural" | "second_person" | "third_person";
            /** @enum {string} */
            reading_level?: "simple" | "general" | "expert";
            banned_words?: string[];
            style_guide?: string | null;
            links_per_1000_words?: number;
            in_article_images?: number;
            allow_style?: boolean;
            iframe_hosts?: string[];
        };
        WriterSettingsResponse: {
            data: components["schemas"]["WriterSettings"];
            request_id: components["schemas"]["RequestId"];
        };
        CannibalizationWarning: {
            /** @enum {string} */
            kind: "same_primary_keyword" | "similar_titles";
            /** @description The shared normalized keyword, or the title both resemble. */
            key: string;
            items: {
                /** @enum {string} */
                type: "cluster" | "idea";
                id: components["schemas"]["Uuid"];
                label: string;
            }[];
        };
        KeywordResponse: {
            data: components["schemas"]["Keyword"];
            request_id: components["schemas"]["RequestId"];
        };
        KeywordListResponse: {
            data: components["schemas"]["Keyword"][];
            meta: components["schemas"]["PageMeta"];
            request_id: components["schemas"]["RequestId"];
        };
        KeywordBulkResponse: {
            data: components["schemas"]["KeywordBulkResult"];
            request_id: components["schemas"]["RequestId"];
        };
        ClusterResponse: {
            data: components["schemas"]["Cluster"];
            request_id: components["schemas"]["RequestId"];
        };
        ClusterListResponse: {
            data: components["schemas"]["Cluster"][];
            meta: components["schemas"]["PageMeta"];
            request_id: components["schemas"]["RequestId"];
        };
        IdeaResponse: {
            data: components["schemas"]["Idea"];
            request_id: components["schemas"]["RequestId"];
        };
        IdeaListResponse: {
            data: components["schemas"]["Idea"][];
            meta: components["schemas"]["PageMeta"];
            request_id: components["schemas"]["RequestId"];
        };
        TaskResponse: {
            data: components["schemas"]["Task"];
            request_id: components["schemas"]["RequestId"];
        };
        TaskListResponse: {
            data: components["schemas"]["Task"][];
            meta: components["schemas"]["PageMeta"];
            request_id: components["schemas"]["RequestId"];
        };
        CannibalizationResponse: {
            data: components["schemas"]["CannibalizationWarning"][];
            request_id: components["schemas"]["RequestId"];
        };
        ProviderChain: string[];
        PromptTemplateOverride: {
            system?: string;
            user?: string;
        };
        AccountAiSettings: {
            /** @description The preferred provider for every capability it has. */
            provider?: string;
            chains?: {
                text?: components["schemas"]["ProviderChain"];
                embeddings?: components["schemas"]["ProviderChain"];
                images?: components["schemas"]["ProviderChain"];
            };
            /** @description Prompt overrides per task (e.g. `ideas`). */
            templates?: {
                [key: string]: components["schemas"]["PromptTemplateOverride"];
            };
        };
        AccountAi: {
            settings: components["schemas"]["AccountAiSettings"];
            available_providers: string[];
            /** @description The providers tried, in order, per capability. */
            effective: {
                text: string[];
                embeddings: string[];
                images: string[];
            };
        };
        AccountAiResponse: {
            data: components["schemas"]["AccountAi"];
            request_id: components["schemas"]["RequestId"];
        };
        Integration: {
            site_id: components["schemas"]["Uuid"];
            /** @enum {string} */
            status: "not_connected" | "connected" | "error";
            wordpress_url: string | null;
            /**
             * @description The root of the site's REST API as the site reports it (`rest_url()`): `…/wp-json/` with pretty permalinks,
             *     `…/index.php?rest_route=/` with plain ones. Rediscovered from the site's `api.w.org` Link header when a call
             *     finds the API moved.
             */
            rest_url: string | null;
            /**
             * @description The origin of the site's wp-admin, recorded at connect. Widget sessions of this site are granted CORS from
             *     it (and only from it, or from `CORS_ORIGINS`), with no server configuration.
             */
            widget_origin: string | null;
            wp_version: string | null;
            plugin_version: string | null;
            /** @description `yoast`, `rank_math`, `aioseo`, `seopress` or `none`, from the last sync. */
            seo_plugin: string | null;
            /** Format: date-time */
            connected_at: string | null;
            /** Format: date-time */
            last_checked_at: string | null;
            last_error: string | null;
            /** Format: date-time */
            synced_at: string | null;
            metadata: {
                post_types: string[];
                taxonomies: string[];
                categories: components["schemas"]["WordpressTerm"][];
                tags: components["schemas"]["WordpressTerm"][];
                authors: {
                    id: number;
                    name: string;
                }[];
                /** @description The site's timezone as WordPress reports it (a zone name such as `Europe/Paris`, or an offset such as `+02:00`); the publishing cadence's slots are in it (the account's timezone until the site is synced). */
                timezone?: string | null;
            };
        };
        WordpressTerm: {
            id: number;
            name: string;
            slug: string;
        };
        ConnectionCode: {
            /** @description `igny8_cc_…`, shown once. */
            code: string;
            expires_at: components["schemas"]["Timestamp"];
        };
        WordpressConnectRequest: {
            code: string;
            site_url: components["schemas"]["SiteUrl"];
            /** @description The site's REST API root (`rest_url()`); on the site's host. Discovered from the site when left out. */
            rest_url?: components["schemas"]["SiteUrl"];
            /** @description Where wp-admin is (`admin_url()`); its origin is the one the widget runs on. Default `site_url`. */
            admin_url?: components["schemas"]["SiteUrl"];
            wp_version?: string;
            plugin_version?: string;
        };
        WordpressConnection: {
            site_id: components["schemas"]["Uuid"];
            /** @description The signing secret; keep it server-side in WordPress. */
            secret: string;
            api_base_url: string;
        };
        WordpressPing: {
            /** @enum {string} */
            status: "ok";
            site_id: components["schemas"]["Uuid"];
            /** @description The origin the widget of this site is granted CORS from (the plugin compares it with its wp-admin's). */
            widget_origin: string | null;
        };
        WordpressSecret: {
            secret: string;
        };
        WidgetSessionRequest: {
            site_id: components["schemas"]["Uuid"];
            /**
             * @description No higher than the issuer's; default `viewer` for API keys below admin, else `admin`.
             * @enum {string}
             */
            role?: "admin" | "editor" | "viewer";
            /** @description What the session opens (default `overview`, `keywords`, `writer`, `automation` and `publishing`; `billing` and `settings` only when listed); each feature opens the operations listed for it under `x-igny8-widget-features`. */
            features?: components["schemas"]["WidgetFeature"][];
            /** @description Who the host says is using the widget (for the audit trail). */
            user?: {
                id?: number | string;
                name?: string;
                email?: string;
            };
        };
        WidgetSession: {
            token: string;
            expires_at: components["schemas"]["Timestamp"];
            site_id: components["schemas"]["Uuid"];
            role: components["schemas"]["Role"];
            features: components["schemas"]["WidgetFeature"][];
        };
        /**
         * @description A part of the product a widget session may open. `overview`: the account, the site and its connection, the
         *     credit balance. `keywords`: the planner (keywords, clustering, clusters, ideas, tasks). `writer`: tasks and
         *     their generation, the contents with their editor, SEO checks, revisions and images, their approval and
         *     publishing one. `automation`: the site's automation (config, estimate, runs started, paused, resumed,
         *     cancelled and retried, their live events). `publishing`: the
         *     site's publications (scheduled, published with their WordPress links, failed with a way to send them again)
         *     and what WordPress reported. `billing`: the ledger, usage, subscription and plan change, credit packages,
         *     invoices and payments — granted only when the issuer asks for it. `settings`: the site, its sectors, brand
         *     voice and language, the connection, the team and API keys (each still needs its role), notifications —
         *     granted only when the issuer asks for it.
         * @enum {string}
         */
        WidgetFeature: "overview" | "keywords" | "writer" | "automation" | "publishing" | "billing" | "settings";
        /**
         * @description `pending` while it waits for its date or is being sent; `published` once WordPress holds the post as last sent (its own status in `wordpress_status`); `failed` when the attempts ran out (the dead-letter list, see redrive); `retracted` when the post was trashed, unpublished or deleted, by Igny8 or in WordPress.
         * @enum {string}
         */
        PublicationStatus: "pending" | "published" | "failed" | "retracted";
        /** @enum {string} */
        WordpressPostStatus: "draft" | "pending" | "publish" | "future";
        PublishRequest: {
            /** @description The WordPress status to give the post; `publish` by default. */
            status?: components["schemas"]["WordpressPostStatus"];
            /**
             * Format: date-time
             * @description When to publish. With `publish`, Igny8 sends the post then (a time past or absent: now). With `future` (required then, and in the future), WordPress gets the post at once and publishes it itself at that time.
             */
            at?: string | null;
            /** @description Overwrite a post edited in WordPress since Igny8 last wrote it. */
            force?: boolean;
        };
        RetractRequest: {
            /**
             * @description `trash` moves the post to WordPress's trash; `draft` unpublishes it and keeps it.
             * @enum {string}
             */
            mode: "trash" | "draft";
        };
        RedriveRequest: {
            /** @description Overwrite a post edited in WordPress. */
            force?: boolean;
        };
        PublicationWarning: {
            /** @description `image_refused` (an address the plugin will not fetch) or `image_failed`. */
            code: string;
            message: string;
            /** Format: uuid */
            image_id: string | null;
            url: string | null;
        };
        Publication: {
            id: components["schemas"]["Uuid"];
            site_id: components["schemas"]["Uuid"];
            content_id: components["schemas"]["Uuid"];
            status: components["schemas"]["PublicationStatus"];
            requested_status: components["schemas"]["WordpressPostStatus"];
            /** @description The post's status in WordPress as last known (`publish`, `future`, `draft`, `pending`, `private`, `trash`, `deleted`). */
            wordpress_status: string | null;
            /**
             * Format: date-time
             * @description When it is to be sent (`publish`), or when WordPress publishes it (`future`).
             */
            scheduled_at: string | null;
            /** @description The WordPress post id. */
            post_id: number | null;
            /** @description The post's permalink. */
            url: string | null;
            /** @description Attempts made at the last send. */
            attempts: number;
            last_error: null | {
                code: string;
                message: string;
            };
            /** @description What the last send published without (an image the plugin refused or could not fetch). */
            warnings: components["schemas"]["PublicationWarning"][];
            /**
             * Format: uuid
             * @description The Operation of the last send.
             */
            operation_id: string | null;
            /**
             * Format: date-time
             * @description Set when the post was edited in WordPress since Igny8 last wrote it; publishing again needs `force`.
             */
            edited_in_wordpress_at: string | null;
            /** Format: date-time */
            published_at: string | null;
            /** Format: date-time */
            retracted_at: string | null;
            /** Format: date-time */
            failed_at: string | null;
            /** Format: date-time */
            created_at: string;
            /** Format: date-time */
            updated_at: string;
        };
        PublicationResponse: {
            data: components["schemas"]["Publication"];
            request_id: components["schemas"]["RequestId"];
        };
        PublicationListResponse: {
            data: components["schemas"]["Publication"][];
            meta: components["schemas"]["PageMeta"];
            request_id: components["schemas"]["RequestId"];
        };
        PublicationResult: {
            publication_id: components["schemas"]["Uuid"];
            post_id: number;
            url: string | null;
            wordpress_status: string;
            warnings: components["schemas"]["PublicationWarning"][];
            credits: number;
        };
        /** @enum {string} */
        WordpressEventType: "post.edited" | "post.status_changed" | "post.trashed" | "post.deleted";
        WordpressEvent: {
            id: components["schemas"]["Uuid"];
            type: components["schemas"]["WordpressEventType"];
            content_id: components["schemas"]["Uuid"];
            post_id: number;
            /** @description The post's status now (`deleted` once deleted). */
            status: string;
            previous_status?: string | null;
            url?: string | null;
            title?: string | null;
            /** Format: date-time */
            modified_gmt?: string | null;
            /** Format: date-time */
            occurred_at: string;
        };
        WordpressEventsRequest: {
            events: components["schemas"]["WordpressEvent"][];
        };
        WordpressEventsResponse: {
            data: {
                accepted: number;
                duplicates: number;
                /** @description Events for posts Igny8 did not publish. */
                ignored: number;
            };
            request_id: components["schemas"]["RequestId"];
        };
        SyncEvent: {
            id: components["schemas"]["Uuid"];
            type: components["schemas"]["WordpressEventType"];
            /** Format: uuid */
            content_id: string | null;
            /** Format: uuid */
            publication_id: string | null;
            post_id: number;
            status: string;
            previous_status: string | null;
            title: string | null;
            url: string | null;
            /** @description Whether it moved the Publication (false for an event older than the last one applied). */
            applied: boolean;
            /** Format: date-time */
            occurred_at: string;
            /** Format: date-time */
            received_at: string;
        };
        SyncEventListResponse: {
            data: components["schemas"]["SyncEvent"][];
            meta: components["schemas"]["PageMeta"];
            request_id: components["schemas"]["RequestId"];
        };
        IntegrationResponse: {
            data: components["schemas"]["Integration"];
            request_id: components["schemas"]["RequestId"];
        };
        ConnectionCodeResponse: {
            data: components["schemas"]["ConnectionCode"];
            request_id: components["schemas"]["RequestId"];
        };
        WordpressConnectionResponse: {
            data: components["schemas"]["WordpressConnection"];
            request_id: components["schemas"]["RequestId"];
        };
        WordpressPingResponse: {
            data: components["schemas"]["WordpressPing"];
            request_id: components["schemas"]["RequestId"];
        };
        WordpressSecretResponse: {
            data: components["schemas"]["WordpressSecret"];
            request_id: components["schemas"]["RequestId"];
        };
        WidgetSessionResponse: {
            data: components["schemas"]["WidgetSession"];
            request_id: components["schemas"]["RequestId"];
        };
        /**
         * @description The events an endpoint can subscribe to; the `webhooks` section of this document describes each payload.
         * @enum {string}
         */
        WebhookEventType: "keywords.imported" | "clustering.completed" | "content.generated" | "content.approved" | "content.published" | "publication.failed" | "automation.run.completed" | "automation.run.failed" | "automation.run.paused" | "credits.low" | "invoice.paid" | "webhook.test";
        /** @description Every payload: `type`, `timestamp` (when the change happened) and `data`. The `webhook-id` header is the event's id, the same on every retry and replay. */
        WebhookEventBase: {
            type: components["schemas"]["WebhookEventType"];
            timestamp: components["schemas"]["Timestamp"];
            data: Record<string, never>;
        };
        /** @description A keyword import finished. */
        KeywordsImportedEvent: {
            /** @constant */
            type: "keywords.imported";
            timestamp: components["schemas"]["Timestamp"];
            data: components["schemas"]["KeywordsImportedData"];
        };
        /** @description A clustering run finished. */
        ClusteringCompletedEvent: {
            /** @constant */
            type: "clustering.completed";
            timestamp: components["schemas"]["Timestamp"];
            data: components["schemas"]["ClusteringCompletedData"];
        };
        /** @description The writer finished a content (a draft to review). */
        ContentGeneratedEvent: {
            /** @constant */
            type: "content.generated";
            timestamp: components["schemas"]["Timestamp"];
            data: components["schemas"]["ContentEventData"];
        };
        /** @description A content was approved for publishing. */
        ContentApprovedEvent: {
            /** @constant */
            type: "content.approved";
            timestamp: components["schemas"]["Timestamp"];
            data: components["schemas"]["ContentEventData"];
        };
        /** @description WordPress accepted a publication (a new post or an update). */
        ContentPublishedEvent: {
            /** @constant */
            type: "content.published";
            timestamp: components["schemas"]["Timestamp"];
            data: components["schemas"]["PublicationEventData"];
        };
        /** @description A publication failed after its retries. */
        PublicationFailedEvent: {
            /** @constant */
            type: "publication.failed";
            timestamp: components["schemas"]["Timestamp"];
            data: components["schemas"]["PublicationEventData"];
        };
        /** @description An automation run finished every stage. */
        AutomationRunCompletedEvent: {
            /** @constant */
            type: "automation.run.completed";
            timestamp: components["schemas"]["Timestamp"];
            data: components["schemas"]["AutomationRunEventData"];
        };
        /** @description An automation run stopped on a failed stage. */
        AutomationRunFailedEvent: {
            /** @constant */
            type: "automation.run.failed";
            timestamp: components["schemas"]["Timestamp"];
            data: components["schemas"]["AutomationRunEventData"];
        };
        /** @description An automation run paused (by a person, or by itself, e.g. out of credits). */
        AutomationRunPausedEvent: {
            /** @constant */
            type: "automation.run.paused";
            timestamp: components["schemas"]["Timestamp"];
            data: components["schemas"]["AutomationRunEventData"];
        };
        /** @description 80 % or all of the period's plan credits are used. */
        CreditsLowEvent: {
            /** @constant */
            type: "credits.low";
            timestamp: components["schemas"]["Timestamp"];
            data: components["schemas"]["CreditsLowData"];
        };
        /** @description An invoice was paid. */
        InvoicePaidEvent: {
            /** @constant */
            type: "invoice.paid";
            timestamp: components["schemas"]["Timestamp"];
            data: components["schemas"]["InvoicePaidData"];
        };
        /** @description Sent by `testWebhookEndpoint`, to check a receiver. */
        WebhookTestEvent: {
            /** @constant */
            type: "webhook.test";
            timestamp: components["schemas"]["Timestamp"];
            data: components["schemas"]["WebhookTestData"];
        };
        KeywordsImportedData: {
            account_id: components["schemas"]["Uuid"];
            site_id: components["schemas"]["Uuid"];
            operation_id: components["schemas"]["Uuid"];
            /** @description Keywords added. */
            imported: number;
            /** @description Rows already in the site or repeated in the file. */
            duplicates: number;
            /** @description Rows refused (see the operation's result). */
            refused: number;
        };
        ClusteringCompletedData: {
            account_id: components["schemas"]["Uuid"];
            site_id: components["schemas"]["Uuid"];
            operation_id: components["schemas"]["Uuid"];
            /** @description Clusters made. */
            clusters: number;
            /** @description Keywords placed in them. */
            keywords: number;
        };
        ContentEventData: {
            account_id: components["schemas"]["Uuid"];
            site_id: components["schemas"]["Uuid"];
            content_id: components["schemas"]["Uuid"];
            /** Format: uuid */
            task_id: string | null;
            title: string;
            status: components["schemas"]["ContentStatus"];
            word_count?: number;
        };
        PublicationEventData: {
            account_id: components["schemas"]["Uuid"];
            site_id: components["schemas"]["Uuid"];
            content_id: components["schemas"]["Uuid"];
            publication_id: components["schemas"]["Uuid"];
            status: components["schemas"]["PublicationStatus"];
            wordpress_post_id: number | null;
            /** @description The post's address on the site. */
            url: string | null;
            error?: components["schemas"]["OperationError"];
        };
        AutomationRunEventData: {
            account_id: components["schemas"]["Uuid"];
            site_id: components["schemas"]["Uuid"];
            run_id: components["schemas"]["Uuid"];
            /** @description The run's status: `completed`, `failed` or `paused`. */
            status: string;
            /** @description The stage it stopped at (1–7), `null` when completed. */
            stage: number | null;
            /** @description Why it paused or failed, e.g. `INSUFFICIENT_CREDITS`. */
            reason?: string | null;
        };
        CreditsLowData: {
            account_id: components["schemas"]["Uuid"];
            /**
             * @description Percent of the period's plan credits used.
             * @enum {integer}
             */
            threshold: 80 | 100;
            used: number;
            per_period: number;
            plan_credits_left: number;
        };
        InvoicePaidData: {
            account_id: components["schemas"]["Uuid"];
            invoice_id: components["schemas"]["Uuid"];
            number: string;
            total_cents: number;
            currency: string;
        };
        WebhookTestData: {
            account_id: components["schemas"]["Uuid"];
            endpoint_id: components["schemas"]["Uuid"];
        };
        /** @enum {string} */
        WebhookEndpointDisabledReason: "failing" | "manual";
        WebhookEndpoint: {
            id: components["schemas"]["Uuid"];
            url: string;
            description: string;
            events: components["schemas"]["WebhookEventType"][];
            enabled: boolean;
            /** @description `failing` when the server disabled it after five days of failed deliveries; `manual` when a person did; `null` while enabled. */
            disabled_reason: components["schemas"]["WebhookEndpointDisabledReason"] | null;
            /** Format: date-time */
            disabled_at: string | null;
            /**
             * Format: date-time
             * @description The first failed delivery since the last success.
             */
            failing_since: string | null;
            /**
             * Format: date-time
             * @description After a rotation: until then the old secret signs too.
             */
            previous_secret_expires_at: string | null;
            created_at: components["schemas"]["Timestamp"];
            updated_at: components["schemas"]["Timestamp"];
        };
        WebhookEndpointCreated: {
            endpoint: components["schemas"]["WebhookEndpoint"];
            /** @description The signing secret (`whsec_…`, Standard Webhooks); shown once. */
            secret: string;
        };
        /** @description An http(s) URL resolving to public addresses. */
        WebhookUrl: string;
        CreateWebhookEndpointRequest: {
            url: components["schemas"]["WebhookUrl"];
            events: components["schemas"]["WebhookEventType"][];
            description?: string;
            /** @default true */
            enabled?: boolean;
        };
        UpdateWebhookEndpointRequest: {
            url?: components["schemas"]["WebhookUrl"];
            events?: components["schemas"]["WebhookEventType"][];
            description?: string;
            enabled?: boolean;
        };
        /**
         * @description `pending` until the first answer, `retrying` after a failed attempt with more to come, `succeeded` on a 2xx, `failed` when the retries are spent (or the endpoint was disabled).
         * @enum {string}
         */
        WebhookDeliveryStatus: "pending" | "retrying" | "succeeded" | "failed";
        WebhookDelivery: {
            id: components["schemas"]["Uuid"];
            endpoint_id: components["schemas"]["Uuid"];
            /** @description The `webhook-id` header: the same on every attempt and replay. */
            event_id: string;
            event_type: components["schemas"]["WebhookEventType"];
            status: components["schemas"]["WebhookDeliveryStatus"];
            attempts: number;
            /** Format: date-time */
            next_attempt_at: string | null;
            last_status_code: number | null;
            /** @description Why the last attempt failed when there was no answer (refused address, timeout, connection). */
            last_error: string | null;
            created_at: components["schemas"]["Timestamp"];
            /** Format: date-time */
            delivered_at: string | null;
        };
        WebhookAttempt: {
            attempt: number;
            started_at: components["schemas"]["Timestamp"];
            duration_ms: number;
            request: {
                url: string;
                headers: {
                    [key: string]: string;
                };
            };
            response: {
                status: number;
                headers: {
                    [key: string]: string;
                };
                /** @description The first 4 KB. */
                body: string;
            } | null;
            error: string | null;
        };
        WebhookDeliveryDetail: {
            delivery: components["schemas"]["WebhookDelivery"];
            payload: components["schemas"]["WebhookEventBase"];
            attempts: components["schemas"]["WebhookAttempt"][];
        };
        ReplayWebhookDeliveriesRequest: {
            since: components["schemas"]["Timestamp"];
            until?: components["schemas"]["Timestamp"];
            /**
             * @description Only deliveries that `failed` (default), or every one in the range.
             * @default true
             */
            only_failed?: boolean;
        };
        WebhookReplay: {
            /** @description Deliveries queued again (at most 1000 per call). */
            queued: number;
        };
        WebhookEndpointResponse: {
            data: components["schemas"]["WebhookEndpoint"];
            request_id: components["schemas"]["RequestId"];
        };
        WebhookEndpointCreatedResponse: {
            data: components["schemas"]["WebhookEndpointCreated"];
            request_id: components["schemas"]["RequestId"];
        };
        WebhookEndpointListResponse: {
            data: components["schemas"]["WebhookEndpoint"][];
            meta: components["schemas"]["PageMeta"];
            request_id: components["schemas"]["RequestId"];
        };
        WebhookDeliveryResponse: {
            data: components["schemas"]["WebhookDelivery"];
            request_id: components["schemas"]["RequestId"];
        };
        WebhookDeliveryListResponse: {
            data: components["schemas"]["WebhookDelivery"][];
            meta: components["schemas"]["PageMeta"];
            request_id: components["schemas"]["RequestId"];
        };
        WebhookDeliveryDetailResponse: {
            data: components["schemas"]["WebhookDeliveryDetail"];
            request_id: components["schemas"]["RequestId"];
        };
        WebhookReplayResponse: {
            data: components["schemas"]["WebhookReplay"];
            request_id: components["schemas"]["RequestId"];
        };
        /**
         * @description The kinds of notification a person can choose to receive.
         * @enum {string}
         */
        NotificationKind: "credits.threshold_80" | "credits.threshold_100" | "invoice.paid" | "subscription.past_due" | "automation.paused" | "automation.scheduled_waiting" | "publication.failed" | "webhook_endpoint.disabled";
        NotificationPreference: {
            kind: components["schemas"]["NotificationKind"];
            /** @description Shown in the caller's notification list. */
            in_app: boolean;
            /** @description Sent to the caller's address too. */
            email: boolean;
        };
        NotificationPreferences: {
            preferences: components["schemas"]["NotificationPreference"][];
        };
        NotificationPreferencesUpdate: {
            preferences: {
                kind: components["schemas"]["NotificationKind"];
                in_app?: boolean;
                email?: boolean;
            }[];
        };
        NotificationPreferencesResponse: {
            data: components["schemas"]["NotificationPreferences"];
            request_id: components["schemas"]["RequestId"];
        };
        /** @enum {string} */
        AuditAction: "auth.login" | "auth.password_changed" | "api_key.created" | "api_key.revoked" | "member.invited" | "member.joined" | "member.role_changed" | "member.removed" | "invitation.revoked" | "site_access.granted" | "site_access.revoked" | "plan.changed" | "credits.adjusted" | "account.status_changed" | "account.ai_settings_changed" | "payment.approved" | "payment.rejected" | "integration.connected" | "integration.disconnected" | "integration.rotated" | "webhook_endpoint.created" | "webhook_endpoint.updated" | "webhook_endpoint.deleted" | "webhook_endpoint.secret_rotated" | "webhook_endpoint.disabled";
        /**
         * @description `user` (a member), `api_key`, `operator` (the platform's operator), `site` (a connected WordPress site) or `system` (the server itself, e.g. disabling a failing endpoint).
         * @enum {string}
         */
        AuditActorType: "user" | "api_key" | "operator" | "site" | "system";
        AuditEvent: {
            id: components["schemas"]["Uuid"];
            action: components["schemas"]["AuditAction"];
            actor: {
                type: components["schemas"]["AuditActorType"];
                /** @description The user's, key's, operator's or site's id. */
                id: string | null;
                /** @description An email, a key's name or a site's name, as it was then. */
                label: string | null;
            };
            /** @description What was acted on: `api_key`, `member`, `site`, `subscription`, `webhook_endpoint`… */
            target_type: string | null;
            target_id: string | null;
            /** @description What changed, e.g. `{ from, to }`; never a secret. */
            data: {
                [key: string]: unknown;
            };
            ip: string | null;
            created_at: components["schemas"]["Timestamp"];
        };
        AuditEventListResponse: {
            data: components["schemas"]["AuditEvent"][];
            meta: components["schemas"]["PageMeta"];
            request_id: components["schemas"]["RequestId"];
        };
    };
    responses: {
        /** @description Malformed JSON, a wrong type, an unknown field, a bad id or a bad cursor. */
        BadRequest: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorResponse"];
            };
        };
        /** @description Missing, expired, tampered or revoked credentials. */
        Unauthorized: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorResponse"];
            };
        };
        /** @description Not enough credits (`INSUFFICIENT_CREDITS`, with `required` and `available`), a site's monthly cap, or a suspended or cancelled account (`ACCOUNT_INACTIVE`, for any write outside billing). */
        PaymentRequired: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorResponse"];
            };
        };
        /** @description The role is too low, or a plan limit is reached. */
        Forbidden: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorResponse"];
            };
        };
        /** @description No such resource in this account. */
        NotFound: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorResponse"];
            };
        };
        /** @description The request conflicts with the current state. */
        Conflict: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorResponse"];
            };
        };
        /** @description The body is larger than allowed. */
        PayloadTooLarge: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorResponse"];
            };
        };
        /** @description The body is not `application/json`. */
        UnsupportedMediaType: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorResponse"];
            };
        };
        /** @description Well-formed but not acceptable in this state. */
        Unprocessable: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorResponse"];
            };
        };
        /** @description The representation named by `If-None-Match` is still current; no body. */
        NotModified: {
            headers: {
                ETag: components["headers"]["ETag"];
                "Cache-Control": components["headers"]["PublicCacheControl"];
                [name: string]: unknown;
            };
            content?: never;
        };
        /** @description Rate limited; retry after the `Retry-After` seconds. */
        TooManyRequests: {
            headers: {
                /** @description Seconds to wait. */
                "Retry-After"?: number;
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorResponse"];
            };
        };
        /** @description The site's WordPress could not be reached, or answered with an error (`WORDPRESS_UNREACHABLE`). */
        BadGateway: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorResponse"];
            };
        };
        /** @description A dependency is down. */
        Unavailable: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorResponse"];
            };
        };
    };
    parameters: {
        /** @description A unique key per intended effect (the SDK sends one on every POST); retries reuse it. */
        IdempotencyKey: string;
        /** @description Page size. */
        Limit: number;
        /** @description The `meta.next_cursor` of the previous page. */
        Cursor: string;
        /** @description Page size. */
        PublicLimit: number;
        SiteSlug: components["schemas"]["SiteSlug"];
        ContentSlug: string;
        SiteId: string;
        MemberId: string;
        InvitationId: string;
        ApiKeyId: string;
        IndustryId: string;
        UserId: string;
        RunId: string;
        OperationId: string;
        PackageId: string;
        InvoiceId: string;
        NotificationId: string;
        AccountId: string;
        PaymentId: string;
        PlanCode: string;
        /** @description First day (UTC), inclusive; defaults to 30 days ago. */
        From: string;
        /** @description Last day (UTC), inclusive; defaults to today. */
        To: string;
        /** @description Only notifications not yet read. */
        Unread: boolean;
        PaymentStatus: components["schemas"]["PaymentStatus"];
        KeywordId: string;
        ClusterId: string;
        IdeaId: string;
        ContentId: string;
        ImageId: string;
        PublicationId: string;
        PublicationStatusFilter: components["schemas"]["PublicationStatus"];
        RevisionId: string;
        ContentStatusFilter: components["schemas"]["ContentStatus"];
        TaskIdFilter: string;
        TaskId: string;
        KeywordStatusFilter: components["schemas"]["KeywordStatus"];
        ClusterStatusFilter: components["schemas"]["ClusterStatus"];
        IdeaStatusFilter: components["schemas"]["IdeaStatus"];
        TaskStatusFilter: components["schemas"]["TaskStatus"];
        IdeaIdFilter: string;
        ClusterIdFilter: string;
        IntentFilter: components["schemas"]["Intent"];
        SectorIdFilter: string;
        VolumeMin: number;
        VolumeMax: number;
        DifficultyMin: number;
        DifficultyMax: number;
        /** @description Words the phrase contains (after normalization). */
        SearchText: string;
        KeywordSort: "created_at" | "volume" | "difficulty" | "phrase";
        SortOrder: "asc" | "desc";
        SignatureSite: string;
        SignatureTimestamp: string;
        SignatureNonce: string;
        /** @description `v1=` and the lowercase hex HMAC-SHA256 of `timestamp\nnonce\nMETHOD\npath\nsha256(body)` with the site's secret. */
        Signature: string;
        WebhookEndpointId: string;
        WebhookDeliveryId: string;
        WebhookDeliveryStatusFilter: components["schemas"]["WebhookDeliveryStatus"];
        WebhookEventTypeFilter: components["schemas"]["WebhookEventType"];
        AuditActionFilter: components["schemas"]["AuditAction"];
        /** @description Only what this user, key, operator or site did. */
        AuditActorIdFilter: string;
        /** @description From this instant, inclusive. */
        AuditSince: string;
        /** @description Before this instant. */
        AuditUntil: string;
    };
    requestBodies: never;
    headers: {
        /** @description A strong validator of the representation (a hash of `data` and `meta`); send it back as `If-None-Match`. */
        ETag: string;
        /** @description `public, max-age=60`: shared caches may keep the response for a minute. */
        PublicCacheControl: string;
    };
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    getHealth: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The process is alive. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HealthResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
        };
    };
    getReadiness: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Ready to serve. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HealthResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            503: components["responses"]["Unavailable"];
        };
    };
    signup: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SignupRequest"];
            };
        };
        responses: {
            /** @description Signed up. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuthSessionResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["Unprocessable"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["Unavailable"];
        };
    };
    login: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LoginRequest"];
            };
        };
        responses: {
            /** @description Signed in. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuthSessionResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["Unavailable"];
        };
    };
    refreshSession: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RefreshRequest"];
            };
        };
        responses: {
            /** @description A new session. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuthSessionResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["Unavailable"];
        };
    };
    logout: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RefreshRequest"];
            };
        };
        responses: {
            /** @description Signed out. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            503: components["responses"]["Unavailable"];
        };
    };
    changePassword: {
        parameters: {
            query?: never;
            header?: {
                /** @description A unique key per intended effect (the SDK sends one on every POST); retries reuse it. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PasswordChangeRequest"];
            };
        };
        responses: {
            /** @description Password changed. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            503: components["responses"]["Unavailable"];
        };
    };
    requestPasswordReset: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PasswordResetRequest"];
            };
        };
        responses: {
            /** @description If the address is known, a link was mailed. */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AcceptedResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["Unavailable"];
        };
    };
    confirmPasswordReset: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PasswordResetConfirmRequest"];
            };
        };
        responses: {
            /** @description Password set. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["Unavailable"];
        };
    };
    acceptInvitation: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AcceptInvitationRequest"];
            };
        };
        responses: {
            /** @description Joined; a session for the inviting account. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuthSessionResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["Unavailable"];
        };
    };
    getMe: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The caller. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MeResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            503: components["responses"]["Unavailable"];
        };
    };
    getAccount: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The account. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AccountResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            503: components["responses"]["Unavailable"];
        };
    };
    deleteAccount: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            402: components["responses"]["PaymentRequired"];
            403: components["responses"]["Forbidden"];
            503: components["responses"]["Unavailable"];
        };
    };
    updateAccount: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AccountUpdateRequest"];
            };
        };
        responses: {
            /** @description The updated account. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AccountResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            402: components["responses"]["PaymentRequired"];
            403: components["responses"]["Forbidden"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["Unprocessable"];
            503: components["responses"]["Unavailable"];
        };
    };
    exportAccount: {
        parameters: {
            query?: never;
            header?: {
                /** @description A unique key per intended effect (the SDK sends one on every POST); retries reuse it. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The export was queued. */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OperationResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            402: components["responses"]["PaymentRequired"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
            503: components["responses"]["Unavailable"];
        };
    };
    listMembers: {
        parameters: {
            query?: {
                /** @description Page size. */
                limit?: components["parameters"]["Limit"];
                /** @description The `meta.next_cursor` of the previous page. */
                cursor?: components["parameters"]["Cursor"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of members. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MemberListResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            503: components["responses"]["Unavailable"];
        };
    };
    inviteMember: {
        parameters: {
            query?: never;
            header?: {
                /** @description A unique key per intended effect (the SDK sends one on every POST); retries reuse it. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["InviteMemberRequest"];
            };
        };
        responses: {
            /** @description Invited. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InvitationResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            402: components["responses"]["PaymentRequired"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            503: components["responses"]["Unavailable"];
        };
    };
    removeMember: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                member_id: components["parameters"]["MemberId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Removed. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            402: components["responses"]["PaymentRequired"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            503: components["responses"]["Unavailable"];
        };
    };
    updateMember: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                member_id: components["parameters"]["MemberId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateMemberRequest"];
            };
        };
        responses: {
            /** @description The member. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MemberResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            402: components["responses"]["PaymentRequired"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            503: components["responses"]["Unavailable"];
        };
    };
    listInvitations: {
        parameters: {
            query?: {
                /** @description Page size. */
                limit?: components["parameters"]["Limit"];
                /** @description The `meta.next_cursor` of the previous page. */
                cursor?: components["parameters"]["Cursor"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of invitations. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InvitationListResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            503: components["responses"]["Unavailable"];
        };
    };
    revokeInvitation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                invitation_id: components["parameters"]["InvitationId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Revoked. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            402: components["responses"]["PaymentRequired"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            503: components["responses"]["Unavailable"];
        };
    };
    listApiKeys: {
        parameters: {
            query?: {
                /** @description Page size. */
                limit?: components["parameters"]["Limit"];
                /** @description The `meta.next_cursor` of the previous page. */
                cursor?: components["parameters"]["Cursor"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of keys. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiKeyListResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            503: components["responses"]["Unavailable"];
        };
    };
    createApiKey: {
        parameters: {
            query?: never;
            header?: {
                /** @description A unique key per intended effect (the SDK sends one on every POST); retries reuse it. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateApiKeyRequest"];
            };
        };
        responses: {
            /** @description The key with its secret. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiKeyCreatedResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            402: components["responses"]["PaymentRequired"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["Unprocessable"];
            503: components["responses"]["Unavailable"];
        };
    };
    getApiKey: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                api_key_id: components["parameters"]["ApiKeyId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The key. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiKeyResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            503: components["responses"]["Unavailable"];
        };
    };
    revokeApiKey: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                api_key_id: components["parameters"]["ApiKeyId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Revoked. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            402: components["responses"]["PaymentRequired"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            503: components["responses"]["Unavailable"];
        };
    };
    listPlans: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Every public plan. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PlanListResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            503: components["responses"]["Unavailable"];
        };
    };
    listIndustries: {
        parameters: {
            query?: {
                /** @description Page size. */
                limit?: components["parameters"]["Limit"];
                /** @description The `meta.next_cursor` of the previous page. */
                cursor?: components["parameters"]["Cursor"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of industries. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IndustryListResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            503: components["responses"]["Unavailable"];
        };
    };
    getIndustry: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                industry_id: components["parameters"]["IndustryId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The industry. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IndustryResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            503: components["responses"]["Unavailable"];
        };
    };
    listSites: {
        parameters: {
            query?: {
                /** @description Page size. */
                limit?: components["parameters"]["Limit"];
                /** @description The `meta.next_cursor` of the previous page. */
                cursor?: components["parameters"]["Cursor"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of sites. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SiteListResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            503: components["responses"]["Unavailable"];
        };
    };
    createSite: {
        parameters: {
            query?: never;
            header?: {
                /** @description A unique key per intended effect (the SDK sends one on every POST); retries reuse it. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateSiteRequest"];
            };
        };
        responses: {
            /** @description The site. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SiteResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            402: components["responses"]["PaymentRequired"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["Unprocessable"];
            503: components["responses"]["Unavailable"];
        };
    };
    getSite: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                site_id: components["parameters"]["SiteId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The site. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SiteResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            503: components["responses"]["Unavailable"];
        };
    };
    deleteSite: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                site_id: components["parameters"]["SiteId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            402: components["responses"]["PaymentRequired"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            503: components["responses"]["Unavailable"];
        };
    };
    updateSite: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                site_id: components["parameters"]["SiteId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateSiteRequest"];
            };
        };
        responses: {
            /** @description The site. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SiteResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            402: components["responses"]["PaymentRequired"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["Unprocessable"];
            503: components["responses"]["Unavailable"];
        };
    };
    listSiteSectors: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                site_id: components["parameters"]["SiteId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The site's sectors. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SectorListResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            503: components["responses"]["Unavailable"];
        };
    };
    selectSiteSectors: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                site_id: components["parameters"]["SiteId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SelectSectorsRequest"];
            };
        };
        responses: {
            /** @description The site's sectors. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SectorListResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            402: components["responses"]["PaymentRequired"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["Unprocessable"];
            503: components["responses"]["Unavailable"];
        };
    };
    listSiteAccess: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                site_id: components["parameters"]["SiteId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The grants. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SiteAccessListResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            503: components["responses"]["Unavailable"];
        };
    };
    grantSiteAccess: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                site_id: components["parameters"]["SiteId"];
                user_id: components["parameters"]["UserId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The grant. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SiteAccessResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            402: components["responses"]["PaymentRequired"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            503: components["responses"]["Unavailable"];
        };
    };
    revokeSiteAccess: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                site_id: components["parameters"]["SiteId"];
                user_id: components["parameters"]["UserId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Revoked. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            402: components["responses"]["PaymentRequired"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            503: components["responses"]["Unavailable"];
        };
    };
    getOperation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                operation_id: components["parameters"]["OperationId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The operation. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OperationResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            503: components["responses"]["Unavailable"];
        };
    };
    listKeywords: {
        parameters: {
            query?: {
                /** @description Page size. */
                limit?: components["parameters"]["Limit"];
                /** @description The `meta.next_cursor` of the previous page. */
                cursor?: components["parameters"]["Cursor"];
                status?: components["parameters"]["KeywordStatusFilter"];
                cluster_id?: components["parameters"]["ClusterIdFilter"];
                intent?: components["parameters"]["IntentFilter"];
                sector_id?: components["parameters"]["SectorIdFilter"];
                volume_min?: components["parameters"]["VolumeMin"];
                volume_max?: components["parameters"]["VolumeMax"];
                difficulty_min?: components["parameters"]["DifficultyMin"];
                difficulty_max?: components["parameters"]["DifficultyMax"];
                /** @description Words the phrase contains (after normalization). */
                q?: components["parameters"]["SearchText"];
                sort?: components["parameters"]["KeywordSort"];
                order?: components["parameters"]["SortOrder"];
            };
            header?: never;
            path: {
                site_id: components["parameters"]["SiteId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["KeywordListResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            503: components["responses"]["Unavailable"];
        };
    };
    createKeyword: {
        parameters: {
            query?: never;
            header?: {
                /** @description A unique key per intended effect (the SDK sends one on every POST); retries reuse it. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                site_id: components["parameters"]["SiteId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["KeywordInput"];
            };
        };
        responses: {
            /** @description Success. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["KeywordResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            402: components["responses"]["PaymentRequired"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["Unprocessable"];
            503: components["responses"]["Unavailable"];
        };
    };
    bulkKeywords: {
        parameters: {
            query?: never;
            header?: {
                /** @description A unique key per intended effect (the SDK sends one on every POST); retries reuse it. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                site_id: components["parameters"]["SiteId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["KeywordBulkRequest"];
            };
        };
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["KeywordBulkResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            402: components["responses"]["PaymentRequired"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            503: components["responses"]["Unavailable"];
        };
    };
    importKeywords: {
        parameters: {
            query?: never;
            header?: {
                /** @description A unique key per intended effect (the SDK sends one on every POST); retries reuse it. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                site_id: components["parameters"]["SiteId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["KeywordImportRequest"];
            };
        };
        responses: {
            /** @description Success. */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OperationResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            402: components["responses"]["PaymentRequired"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["Unprocessable"];
            503: components["responses"]["Unavailable"];
        };
    };
    exportKeywords: {
        parameters: {
            query?: {
                status?: components["parameters"]["KeywordStatusFilter"];
                cluster_id?: components["parameters"]["ClusterIdFilter"];
            };
            header?: never;
            path: {
                site_id: components["parameters"]["SiteId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The keywords as CSV, streamed. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": string;
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            503: components["responses"]["Unavailable"];
        };
    };
    getKeyword: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                site_id: components["parameters"]["SiteId"];
                keyword_id: components["parameters"]["KeywordId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["KeywordResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            503: components["responses"]["Unavailable"];
        };
    };
    deleteKeyword: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                site_id: components["parameters"]["SiteId"];
                keyword_id: components["parameters"]["KeywordId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            402: components["responses"]["PaymentRequired"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            503: components["responses"]["Unavailable"];
        };
    };
    updateKeyword: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                site_id: components["parameters"]["SiteId"];
                keyword_id: components["parameters"]["KeywordId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["KeywordUpdate"];
            };
        };
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["KeywordResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            402: components["responses"]["PaymentRequired"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["Unprocessable"];
            503: components["responses"]["Unavailable"];
        };
    };
    startClustering: {
        parameters: {
            query?: never;
            header?: {
                /** @description A unique key per intended effect (the SDK sends one on every POST); retries reuse it. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                site_id: components["parameters"]["SiteId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ClusteringRequest"];
            };
        };
        responses: {
            /** @description Success. */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OperationResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            402: components["responses"]["PaymentRequired"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["Unprocessable"];
            503: components["responses"]["Unavailable"];
        };
    };
    listClusters: {
        parameters: {
            query?: {
                /** @description Page size. */
                limit?: components["parameters"]["Limit"];
                /** @description The `meta.next_cursor` of the previous page. */
                cursor?: components["parameters"]["Cursor"];
                status?: components["parameters"]["ClusterStatusFilter"];
                sector_id?: components["parameters"]["SectorIdFilter"];
            };
            header?: never;
            path: {
                site_id: components["parameters"]["SiteId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ClusterListResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            503: components["responses"]["Unavailable"];
        };
    };
    getCluster: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                site_id: components["parameters"]["SiteId"];
                cluster_id: components["parameters"]["ClusterId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ClusterResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            503: components["responses"]["Unavailable"];
        };
    };
    deleteCluster: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                site_id: components["parameters"]["SiteId"];
                cluster_id: components["parameters"]["ClusterId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            402: components["responses"]["PaymentRequired"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            503: components["responses"]["Unavailable"];
        };
    };
    updateCluster: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                site_id: components["parameters"]["SiteId"];
                cluster_id: components["parameters"]["ClusterId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ClusterUpdate"];
            };
        };
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ClusterResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            402: components["responses"]["PaymentRequired"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            503: components["responses"]["Unavailable"];
        };
    };
    generateIdeas: {
        parameters: {
            query?: never;
            header?: {
                /** @description A unique key per intended effect (the SDK sends one on every POST); retries reuse it. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                site_id: components["parameters"]["SiteId"];
                cluster_id: components["parameters"]["ClusterId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["GenerateIdeasRequest"];
            };
        };
        responses: {
            /** @description Success. */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OperationResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            402: components["responses"]["PaymentRequired"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["Unprocessable"];
            503: components["responses"]["Unavailable"];
        };
    };
    listIdeas: {
        parameters: {
            query?: {
                /** @description Page size. */
                limit?: components["parameters"]["Limit"];
                /** @description The `meta.next_cursor` of the previous page. */
                cursor?: components["parameters"]["Cursor"];
                status?: components["parameters"]["IdeaStatusFilter"];
                cluster_id?: components["parameters"]["ClusterIdFilter"];
            };
            header?: never;
            path: {
                site_id: components["parameters"]["SiteId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IdeaListResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            503: components["responses"]["Unavailable"];
        };
    };
    getIdea: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                site_id: components["parameters"]["SiteId"];
                idea_id: components["parameters"]["IdeaId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IdeaResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            503: components["responses"]["Unavailable"];
        };
    };
    deleteIdea: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                site_id: components["parameters"]["SiteId"];
                idea_id: components["parameters"]["IdeaId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            402: components["responses"]["PaymentRequired"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            503: components["responses"]["Unavailable"];
        };
    };
    updateIdea: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                site_id: components["parameters"]["SiteId"];
                idea_id: components["parameters"]["IdeaId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["IdeaUpdate"];
            };
        };
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IdeaResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            402: components["responses"]["PaymentRequired"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            503: components["responses"]["Unavailable"];
        };
    };
    queueIdea: {
        parameters: {
            query?: never;
            header?: {
                /** @description A unique key per intended effect (the SDK sends one on every POST); retries reuse it. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                site_id: components["parameters"]["SiteId"];
                idea_id: components["parameters"]["IdeaId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TaskResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            402: components["responses"]["PaymentRequired"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            503: components["responses"]["Unavailable"];
        };
    };
    listTasks: {
        parameters: {
            query?: {
                /** @description Page size. */
                limit?: components["parameters"]["Limit"];
                /** @description The `meta.next_cursor` of the previous page. */
                cursor?: components["parameters"]["Cursor"];
                status?: components["parameters"]["TaskStatusFilter"];
                idea_id?: components["parameters"]["IdeaIdFilter"];
            };
            header?: never;
            path: {
                site_id: components["parameters"]["SiteId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TaskListResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            503: components["responses"]["Unavailable"];
        };
    };
    createTask: {
        parameters: {
            query?: never;
            header?: {
                /** @description A unique key per intended effect (the SDK sends one on every POST); retries reuse it. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                site_id: components["parameters"]["SiteId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TaskCreate"];
            };
        };
        responses: {
            /** @description Success. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TaskResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            402: components["responses"]["PaymentRequired"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            503: components["responses"]["Unavailable"];
        };
    };
    bulkTasks: {
        parameters: {
            query?: never;
            header?: {
                /** @description A unique key per intended effect (the SDK sends one on every POST); retries reuse it. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                site_id: components["parameters"]["SiteId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TaskBulkRequest"];
            };
        };
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TaskBulkResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            402: components["responses"]["PaymentRequired"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            503: components["responses"]["Unavailable"];
        };
    };
    getTask: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                site_id: components["parameters"]["SiteId"];
                task_id: components["parameters"]["TaskId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TaskResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            503: components["responses"]["Unavailable"];
        };
    };
    deleteTask: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                site_id: components["parameters"]["SiteId"];
                task_id: components["parameters"]["TaskId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            402: components["responses"]["PaymentRequired"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            503: components["responses"]["Unavailable"];
        };
    };
    updateTask: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                site_id: components["parameters"]["SiteId"];
                task_id: components["parameters"]["TaskId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TaskUpdate"];
            };
        };
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TaskResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            402: components["responses"]["PaymentRequired"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            503: components["responses"]["Unavailable"];
        };
    };
    cancelTask: {
        parameters: {
            query?: never;
            header?: {
                /** @description A unique key per intended effect (the SDK sends one on every POST); retries reuse it. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                site_id: components["parameters"]["SiteId"];
                task_id: components["parameters"]["TaskId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TaskResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            402: components["responses"]["PaymentRequired"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            503: components["responses"]["Unavailable"];
        };
    };
    generateTask: {
        parameters: {
            query?: never;
            header?: {
                /** @description A unique key per intended effect (the SDK sends one on every POST); retries reuse it. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                site_id: components["parameters"]["SiteId"];
                task_id: components["parameters"]["TaskId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OperationResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            402: components["responses"]["PaymentRequired"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            503: components["responses"]["Unavailable"];
        };
    };
    listContents: {
        parameters: {
            query?: {
                /** @description Page size. */
                limit?: components["parameters"]["Limit"];
                /** @description The `meta.next_cursor` of the previous page. */
                cursor?: components["parameters"]["Cursor"];
                status?: components["parameters"]["ContentStatusFilter"];
                task_id?: components["parameters"]["TaskIdFilter"];
            };
            header?: never;
            path: {
                site_id: components["parameters"]["SiteId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ContentListResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            503: components["responses"]["Unavailable"];
        };
    };
    getContent: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                site_id: components["parameters"]["SiteId"];
                content_id: components["parameters"]["ContentId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ContentResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            503: components["responses"]["Unavailable"];
        };
    };
    updateContent: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                site_id: components["parameters"]["SiteId"];
                content_id: components["parameters"]["ContentId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ContentUpdate"];
            };
        };
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ContentResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            402: components["responses"]["PaymentRequired"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            503: components["responses"]["Unavailable"];
        };
    };
    getContentSeo: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                site_id: components["parameters"]["SiteId"];
                content_id: components["parameters"]["ContentId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SeoReportResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            503: components["responses"]["Unavailable"];
        };
    };
    listContentRevisions: {
        parameters: {
            query?: {
                /** @description Page size. */
                limit?: components["parameters"]["Limit"];
                /** @description The `meta.next_cursor` of the previous page. */
                cursor?: components["parameters"]["Cursor"];
            };
            header?: never;
            path: {
                site_id: components["parameters"]["SiteId"];
                content_id: components["parameters"]["ContentId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ContentRevisionListResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            503: components["responses"]["Unavailable"];
        };
    };
    getContentRevision: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                site_id: components["parameters"]["SiteId"];
                content_id: components["parameters"]["ContentId"];
                revision_id: components["parameters"]["RevisionId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ContentRevisionResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            503: components["responses"]["Unavailable"];
        };
    };
    restoreContentRevision: {
        parameters: {
            query?: never;
            header?: {
                /** @description A unique key per intended effect (the SDK sends one on every POST); retries reuse it. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                site_id: components["parameters"]["SiteId"];
                content_id: components["parameters"]["ContentId"];
                revision_id: components["parameters"]["RevisionId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ContentResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            402: components["responses"]["PaymentRequired"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            503: components["responses"]["Unavailable"];
        };
    };
    listContentImages: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                site_id: components["parameters"]["SiteId"];
                content_id: components["parameters"]["ContentId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImageListResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            503: components["responses"]["Unavailable"];
        };
    };
    publishContent: {
        parameters: {
            query?: never;
            header?: {
                /** @description A unique key per intended effect (the SDK sends one on every POST); retries reuse it. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                site_id: components["parameters"]["SiteId"];
                content_id: components["parameters"]["ContentId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PublishRequest"];
            };
        };
        responses: {
            /** @description Accepted. */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PublicationResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            402: components["responses"]["PaymentRequired"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["Unprocessable"];
            503: components["responses"]["Unavailable"];
        };
    };
    listPublications: {
        parameters: {
            query?: {
                /** @description Page size. */
                limit?: components["parameters"]["Limit"];
                /** @description The `meta.next_cursor` of the previous page. */
                cursor?: components["parameters"]["Cursor"];
                status?: components["parameters"]["PublicationStatusFilter"];
            };
            header?: never;
            path: {
                site_id: components["parameters"]["SiteId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PublicationListResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            503: components["responses"]["Unavailable"];
        };
    };
    getPublication: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                site_id: components["parameters"]["SiteId"];
                publication_id: components["parameters"]["PublicationId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PublicationResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            503: components["responses"]["Unavailable"];
        };
    };
    retractPublication: {
        parameters: {
            query?: never;
            header?: {
                /** @description A unique key per intended effect (the SDK sends one on every POST); retries reuse it. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                site_id: components["parameters"]["SiteId"];
                publication_id: components["parameters"]["PublicationId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RetractRequest"];
            };
        };
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PublicationResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            402: components["responses"]["PaymentRequired"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["Unprocessable"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["Unavailable"];
        };
    };
    redrivePublication: {
        parameters: {
            query?: never;
            header?: {
                /** @description A unique key per intended effect (the SDK sends one on every POST); retries reuse it. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                site_id: components["parameters"]["SiteId"];
                publication_id: components["parameters"]["PublicationId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RedriveRequest"];
            };
        };
        responses: {
            /** @description Accepted. */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PublicationResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            402: components["responses"]["PaymentRequired"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["Unprocessable"];
            503: components["responses"]["Unavailable"];
        };
    };
    getImage: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                site_id: components["parameters"]["SiteId"];
                image_id: components["parameters"]["ImageId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImageResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            503: components["responses"]["Unavailable"];
        };
    };
    updateImage: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                site_id: components["parameters"]["SiteId"];
                image_id: components["parameters"]["ImageId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateImageRequest"];
            };
        };
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImageResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            402: components["responses"]["PaymentRequired"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["Unprocessable"];
            503: components["responses"]["Unavailable"];
        };
    };
    regenerateImage: {
        parameters: {
            query?: never;
            header?: {
                /** @description A unique key per intended effect (the SDK sends one on every POST); retries reuse it. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                site_id: components["parameters"]["SiteId"];
                image_id: components["parameters"]["ImageId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RegenerateImageRequest"];
            };
        };
        responses: {
            /** @description Success. */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OperationResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            402: components["responses"]["PaymentRequired"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["Unprocessable"];
            503: components["responses"]["Unavailable"];
        };
    };
    getImageFile: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                site_id: components["parameters"]["SiteId"];
                image_id: components["parameters"]["ImageId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The image as a PNG. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "image/png": string;
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            503: components["responses"]["Unavailable"];
        };
    };
    getSignedFile: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                token: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The image as a PNG. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "image/png": string;
                };
            };
            400: components["responses"]["BadRequest"];
            404: components["responses"]["NotFound"];
            503: components["responses"]["Unavailable"];
        };
    };
    getAutomationConfig: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                site_id: components["parameters"]["SiteId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AutomationConfigResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            503: components["responses"]["Unavailable"];
        };
    };
    updateAutomationConfig: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                site_id: components["parameters"]["SiteId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateAutomationConfigRequest"];
            };
        };
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AutomationConfigResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            402: components["responses"]["PaymentRequired"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["Unprocessable"];
            503: components["responses"]["Unavailable"];
        };
    };
    estimateAutomation: {
        parameters: {
            query?: never;
            header?: {
                /** @description A unique key per intended effect (the SDK sends one on every POST); retries reuse it. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                site_id: components["parameters"]["SiteId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AutomationEstimateResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            402: components["responses"]["PaymentRequired"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            503: components["responses"]["Unavailable"];
        };
    };
    listAutomationRuns: {
        parameters: {
            query?: {
                /** @description Page size. */
                limit?: components["parameters"]["Limit"];
                /** @description The `meta.next_cursor` of the previous page. */
                cursor?: components["parameters"]["Cursor"];
            };
            header?: never;
            path: {
                site_id: components["parameters"]["SiteId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AutomationRunListResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            503: components["responses"]["Unavailable"];
        };
    };
    startAutomationRun: {
        parameters: {
            query?: never;
            header?: {
                /** @description A unique key per intended effect (the SDK sends one on every POST); retries reuse it. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                site_id: components["parameters"]["SiteId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AutomationRunResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            402: components["responses"]["PaymentRequired"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            503: components["responses"]["Unavailable"];
        };
    };
    getAutomationRun: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                site_id: components["parameters"]["SiteId"];
                run_id: components["parameters"]["RunId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AutomationRunResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            503: components["responses"]["Unavailable"];
        };
    };
    pauseAutomationRun: {
        parameters: {
            query?: never;
            header?: {
                /** @description A unique key per intended effect (the SDK sends one on every POST); retries reuse it. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                site_id: components["parameters"]["SiteId"];
                run_id: components["parameters"]["RunId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AutomationRunResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            402: components["responses"]["PaymentRequired"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            503: components["responses"]["Unavailable"];
        };
    };
    resumeAutomationRun: {
        parameters: {
            query?: never;
            header?: {
                /** @description A unique key per intended effect (the SDK sends one on every POST); retries reuse it. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                site_id: components["parameters"]["SiteId"];
                run_id: components["parameters"]["RunId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AutomationRunResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            402: components["responses"]["PaymentRequired"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            503: components["responses"]["Unavailable"];
        };
    };
    cancelAutomationRun: {
        parameters: {
            query?: never;
            header?: {
                /** @description A unique key per intended effect (the SDK sends one on every POST); retries reuse it. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                site_id: components["parameters"]["SiteId"];
                run_id: components["parameters"]["RunId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AutomationRunResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            402: components["responses"]["PaymentRequired"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            503: components["responses"]["Unavailable"];
        };
    };
    retryAutomationRun: {
        parameters: {
            query?: never;
            header?: {
                /** @description A unique key per intended effect (the SDK sends one on every POST); retries reuse it. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                site_id: components["parameters"]["SiteId"];
                run_id: components["parameters"]["RunId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AutomationRunResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            402: components["responses"]["PaymentRequired"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            503: components["responses"]["Unavailable"];
        };
    };
    streamAutomationRunEvents: {
        parameters: {
            query?: {
                last_event_id?: string;
            };
            header?: {
                "Last-Event-ID"?: string;
            };
            path: {
                site_id: components["parameters"]["SiteId"];
                run_id: components["parameters"]["RunId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The events, as they happen. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/event-stream": string;
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            503: components["responses"]["Unavailable"];
        };
    };
    listAutomationRunEvents: {
        parameters: {
            query?: {
                after?: string;
                limit?: number;
            };
            header?: never;
            path: {
                site_id: components["parameters"]["SiteId"];
                run_id: components["parameters"]["RunId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AutomationRunEventListResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            503: components["responses"]["Unavailable"];
        };
    };
    getWriterSettings: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                site_id: components["parameters"]["SiteId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WriterSettingsResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            503: components["responses"]["Unavailable"];
        };
    };
    updateWriterSettings: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                site_id: components["parameters"]["SiteId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WriterSettingsUpdate"];
            };
        };
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WriterSettingsResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            402: components["responses"]["PaymentRequired"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            503: components["responses"]["Unavailable"];
        };
    };
    getCannibalization: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                site_id: components["parameters"]["SiteId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CannibalizationResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            503: components["responses"]["Unavailable"];
        };
    };
    getIntegration: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                site_id: components["parameters"]["SiteId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IntegrationResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            503: components["responses"]["Unavailable"];
        };
    };
    disconnectIntegration: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                site_id: components["parameters"]["SiteId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            402: components["responses"]["PaymentRequired"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            503: components["responses"]["Unavailable"];
        };
    };
    createConnectionCode: {
        parameters: {
            query?: never;
            header?: {
                /** @description A unique key per intended effect (the SDK sends one on every POST); retries reuse it. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                site_id: components["parameters"]["SiteId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConnectionCodeResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            402: components["responses"]["PaymentRequired"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            503: components["responses"]["Unavailable"];
        };
    };
    testIntegration: {
        parameters: {
            query?: never;
            header?: {
                /** @description A unique key per intended effect (the SDK sends one on every POST); retries reuse it. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                site_id: components["parameters"]["SiteId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IntegrationResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            402: components["responses"]["PaymentRequired"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            503: components["responses"]["Unavailable"];
        };
    };
    syncIntegration: {
        parameters: {
            query?: never;
            header?: {
                /** @description A unique key per intended effect (the SDK sends one on every POST); retries reuse it. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                site_id: components["parameters"]["SiteId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IntegrationResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            402: components["responses"]["PaymentRequired"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["Unprocessable"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["Unavailable"];
        };
    };
    listIntegrationEvents: {
        parameters: {
            query?: {
                /** @description Page size. */
                limit?: components["parameters"]["Limit"];
                /** @description The `meta.next_cursor` of the previous page. */
                cursor?: components["parameters"]["Cursor"];
            };
            header?: never;
            path: {
                site_id: components["parameters"]["SiteId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SyncEventListResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            503: components["responses"]["Unavailable"];
        };
    };
    connectWordpress: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WordpressConnectRequest"];
            };
        };
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WordpressConnectionResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["Unprocessable"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["Unavailable"];
        };
    };
    pingWordpress: {
        parameters: {
            query?: never;
            header: {
                "X-Igny8-Site": components["parameters"]["SignatureSite"];
                "X-Igny8-Timestamp": components["parameters"]["SignatureTimestamp"];
                "X-Igny8-Nonce": components["parameters"]["SignatureNonce"];
                /** @description `v1=` and the lowercase hex HMAC-SHA256 of `timestamp\nnonce\nMETHOD\npath\nsha256(body)` with the site's secret. */
                "X-Igny8-Signature": components["parameters"]["Signature"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WordpressPingResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            503: components["responses"]["Unavailable"];
        };
    };
    rotateWordpressSecret: {
        parameters: {
            query?: never;
            header: {
                "X-Igny8-Site": components["parameters"]["SignatureSite"];
                "X-Igny8-Timestamp": components["parameters"]["SignatureTimestamp"];
                "X-Igny8-Nonce": components["parameters"]["SignatureNonce"];
                /** @description `v1=` and the lowercase hex HMAC-SHA256 of `timestamp\nnonce\nMETHOD\npath\nsha256(body)` with the site's secret. */
                "X-Igny8-Signature": components["parameters"]["Signature"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WordpressSecretResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            503: components["responses"]["Unavailable"];
        };
    };
    disconnectWordpress: {
        parameters: {
            query?: never;
            header: {
                "X-Igny8-Site": components["parameters"]["SignatureSite"];
                "X-Igny8-Timestamp": components["parameters"]["SignatureTimestamp"];
                "X-Igny8-Nonce": components["parameters"]["SignatureNonce"];
                /** @description `v1=` and the lowercase hex HMAC-SHA256 of `timestamp\nnonce\nMETHOD\npath\nsha256(body)` with the site's secret. */
                "X-Igny8-Signature": components["parameters"]["Signature"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            503: components["responses"]["Unavailable"];
        };
    };
    receiveWordpressEvents: {
        parameters: {
            query?: never;
            header: {
                "X-Igny8-Site": components["parameters"]["SignatureSite"];
                "X-Igny8-Timestamp": components["parameters"]["SignatureTimestamp"];
                "X-Igny8-Nonce": components["parameters"]["SignatureNonce"];
                /** @description `v1=` and the lowercase hex HMAC-SHA256 of `timestamp\nnonce\nMETHOD\npath\nsha256(body)` with the site's secret. */
                "X-Igny8-Signature": components["parameters"]["Signature"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WordpressEventsRequest"];
            };
        };
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WordpressEventsResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            503: components["responses"]["Unavailable"];
        };
    };
    createWidgetSession: {
        parameters: {
            query?: never;
            header?: {
                /** @description A unique key per intended effect (the SDK sends one on every POST); retries reuse it. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WidgetSessionRequest"];
            };
        };
        responses: {
            /** @description Success. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WidgetSessionResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            402: components["responses"]["PaymentRequired"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["Unprocessable"];
            503: components["responses"]["Unavailable"];
        };
    };
    getBalance: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BalanceResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            503: components["responses"]["Unavailable"];
        };
    };
    listLedger: {
        parameters: {
            query?: {
                /** @description Page size. */
                limit?: components["parameters"]["Limit"];
                /** @description The `meta.next_cursor` of the previous page. */
                cursor?: components["parameters"]["Cursor"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LedgerListResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            503: components["responses"]["Unavailable"];
        };
    };
    listCreditCosts: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreditCostListResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            503: components["responses"]["Unavailable"];
        };
    };
    estimateCost: {
        parameters: {
            query?: never;
            header?: {
                /** @description A unique key per intended effect (the SDK sends one on every POST); retries reuse it. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["EstimateRequest"];
            };
        };
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EstimateResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["Unprocessable"];
            503: components["responses"]["Unavailable"];
        };
    };
    listUsage: {
        parameters: {
            query?: {
                /** @description Page size. */
                limit?: components["parameters"]["Limit"];
                /** @description The `meta.next_cursor` of the previous page. */
                cursor?: components["parameters"]["Cursor"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UsageListResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            503: components["responses"]["Unavailable"];
        };
    };
    getUsageSummary: {
        parameters: {
            query?: {
                /** @description First day (UTC), inclusive; defaults to 30 days ago. */
                from?: components["parameters"]["From"];
                /** @description Last day (UTC), inclusive; defaults to today. */
                to?: components["parameters"]["To"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UsageSummaryResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            503: components["responses"]["Unavailable"];
        };
    };
    getSubscription: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SubscriptionResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            503: components["responses"]["Unavailable"];
        };
    };
    changeSubscription: {
        parameters: {
            query?: never;
            header?: {
                /** @description A unique key per intended effect (the SDK sends one on every POST); retries reuse it. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ChangeSubscriptionRequest"];
            };
        };
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SubscriptionChangeResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["Unprocessable"];
            503: components["responses"]["Unavailable"];
        };
    };
    listCreditPackages: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreditPackageListResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            503: components["responses"]["Unavailable"];
        };
    };
    purchaseCreditPackage: {
        parameters: {
            query?: never;
            header?: {
                /** @description A unique key per intended effect (the SDK sends one on every POST); retries reuse it. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                package_id: components["parameters"]["PackageId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InvoiceResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            503: components["responses"]["Unavailable"];
        };
    };
    listInvoices: {
        parameters: {
            query?: {
                /** @description Page size. */
                limit?: components["parameters"]["Limit"];
                /** @description The `meta.next_cursor` of the previous page. */
                cursor?: components["parameters"]["Cursor"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InvoiceListResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            503: components["responses"]["Unavailable"];
        };
    };
    getInvoice: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                invoice_id: components["parameters"]["InvoiceId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InvoiceResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            503: components["responses"]["Unavailable"];
        };
    };
    getInvoicePdf: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                invoice_id: components["parameters"]["InvoiceId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The invoice as a PDF. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": string;
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            503: components["responses"]["Unavailable"];
        };
    };
    payInvoice: {
        parameters: {
            query?: never;
            header?: {
                /** @description A unique key per intended effect (the SDK sends one on every POST); retries reuse it. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                invoice_id: components["parameters"]["InvoiceId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PayInvoiceRequest"];
            };
        };
        responses: {
            /** @description Success. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PaymentResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["Unprocessable"];
            503: components["responses"]["Unavailable"];
        };
    };
    listPayments: {
        parameters: {
            query?: {
                /** @description Page size. */
                limit?: components["parameters"]["Limit"];
                /** @description The `meta.next_cursor` of the previous page. */
                cursor?: components["parameters"]["Cursor"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PaymentListResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            503: components["responses"]["Unavailable"];
        };
    };
    getSiteBudget: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                site_id: components["parameters"]["SiteId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SiteBudgetResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            503: components["responses"]["Unavailable"];
        };
    };
    setSiteBudget: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                site_id: components["parameters"]["SiteId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SiteBudgetRequest"];
            };
        };
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SiteBudgetResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            503: components["responses"]["Unavailable"];
        };
    };
    listNotifications: {
        parameters: {
            query?: {
                /** @description Page size. */
                limit?: components["parameters"]["Limit"];
                /** @description The `meta.next_cursor` of the previous page. */
                cursor?: components["parameters"]["Cursor"];
                /** @description Only notifications not yet read. */
                unread?: components["parameters"]["Unread"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NotificationListResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            503: components["responses"]["Unavailable"];
        };
    };
    markNotificationRead: {
        parameters: {
            query?: never;
            header?: {
                /** @description A unique key per intended effect (the SDK sends one on every POST); retries reuse it. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                notification_id: components["parameters"]["NotificationId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NotificationResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            503: components["responses"]["Unavailable"];
        };
    };
    receiveStripeWebhook: {
        parameters: {
            query?: never;
            header: {
                "Stripe-Signature": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    [key: string]: unknown;
                };
            };
        };
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AcceptedResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["Unprocessable"];
            503: components["responses"]["Unavailable"];
        };
    };
    getNotificationPreferences: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One line per kind, defaults included. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NotificationPreferencesResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            503: components["responses"]["Unavailable"];
        };
    };
    updateNotificationPreferences: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["NotificationPreferencesUpdate"];
            };
        };
        responses: {
            /** @description The preferences now. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NotificationPreferencesResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            402: components["responses"]["PaymentRequired"];
            403: components["responses"]["Forbidden"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            503: components["responses"]["Unavailable"];
        };
    };
    listWebhookEndpoints: {
        parameters: {
            query?: {
                /** @description Page size. */
                limit?: components["parameters"]["Limit"];
                /** @description The `meta.next_cursor` of the previous page. */
                cursor?: components["parameters"]["Cursor"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of endpoints. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookEndpointListResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            503: components["responses"]["Unavailable"];
        };
    };
    createWebhookEndpoint: {
        parameters: {
            query?: never;
            header?: {
                /** @description A unique key per intended effect (the SDK sends one on every POST); retries reuse it. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateWebhookEndpointRequest"];
            };
        };
        responses: {
            /** @description The endpoint with its secret. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookEndpointCreatedResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            402: components["responses"]["PaymentRequired"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["Unprocessable"];
            503: components["responses"]["Unavailable"];
        };
    };
    getWebhookEndpoint: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                endpoint_id: components["parameters"]["WebhookEndpointId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The endpoint. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookEndpointResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            503: components["responses"]["Unavailable"];
        };
    };
    deleteWebhookEndpoint: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                endpoint_id: components["parameters"]["WebhookEndpointId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            402: components["responses"]["PaymentRequired"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            503: components["responses"]["Unavailable"];
        };
    };
    updateWebhookEndpoint: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                endpoint_id: components["parameters"]["WebhookEndpointId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateWebhookEndpointRequest"];
            };
        };
        responses: {
            /** @description The endpoint. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookEndpointResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            402: components["responses"]["PaymentRequired"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["Unprocessable"];
            503: components["responses"]["Unavailable"];
        };
    };
    rotateWebhookEndpointSecret: {
        parameters: {
            query?: never;
            header?: {
                /** @description A unique key per intended effect (the SDK sends one on every POST); retries reuse it. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                endpoint_id: components["parameters"]["WebhookEndpointId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The endpoint with its new secret. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookEndpointCreatedResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            402: components["responses"]["PaymentRequired"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            503: components["responses"]["Unavailable"];
        };
    };
    testWebhookEndpoint: {
        parameters: {
            query?: never;
            header?: {
                /** @description A unique key per intended effect (the SDK sends one on every POST); retries reuse it. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                endpoint_id: components["parameters"]["WebhookEndpointId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The delivery, queued. */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookDeliveryResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            402: components["responses"]["PaymentRequired"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            503: components["responses"]["Unavailable"];
        };
    };
    replayWebhookDeliveries: {
        parameters: {
            query?: never;
            header?: {
                /** @description A unique key per intended effect (the SDK sends one on every POST); retries reuse it. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                endpoint_id: components["parameters"]["WebhookEndpointId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReplayWebhookDeliveriesRequest"];
            };
        };
        responses: {
            /** @description How many deliveries were queued again. */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookReplayResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            402: components["responses"]["PaymentRequired"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["Unprocessable"];
            503: components["responses"]["Unavailable"];
        };
    };
    listWebhookDeliveries: {
        parameters: {
            query?: {
                /** @description Page size. */
                limit?: components["parameters"]["Limit"];
                /** @description The `meta.next_cursor` of the previous page. */
                cursor?: components["parameters"]["Cursor"];
                status?: components["parameters"]["WebhookDeliveryStatusFilter"];
                event_type?: components["parameters"]["WebhookEventTypeFilter"];
            };
            header?: never;
            path: {
                endpoint_id: components["parameters"]["WebhookEndpointId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of deliveries. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookDeliveryListResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            503: components["responses"]["Unavailable"];
        };
    };
    getWebhookDelivery: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                endpoint_id: components["parameters"]["WebhookEndpointId"];
                delivery_id: components["parameters"]["WebhookDeliveryId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The delivery. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookDeliveryDetailResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            503: components["responses"]["Unavailable"];
        };
    };
    replayWebhookDelivery: {
        parameters: {
            query?: never;
            header?: {
                /** @description A unique key per intended effect (the SDK sends one on every POST); retries reuse it. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                endpoint_id: components["parameters"]["WebhookEndpointId"];
                delivery_id: components["parameters"]["WebhookDeliveryId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The delivery, queued again. */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookDeliveryResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            402: components["responses"]["PaymentRequired"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            503: components["responses"]["Unavailable"];
        };
    };
    listAuditEvents: {
        parameters: {
            query?: {
                /** @description Page size. */
                limit?: components["parameters"]["Limit"];
                /** @description The `meta.next_cursor` of the previous page. */
                cursor?: components["parameters"]["Cursor"];
                action?: components["parameters"]["AuditActionFilter"];
                /** @description Only what this user, key, operator or site did. */
                actor_id?: components["parameters"]["AuditActorIdFilter"];
                /** @description From this instant, inclusive. */
                since?: components["parameters"]["AuditSince"];
                /** @description Before this instant. */
                until?: components["parameters"]["AuditUntil"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of events. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuditEventListResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            503: components["responses"]["Unavailable"];
        };
    };
    operatorLogin: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LoginRequest"];
            };
        };
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OperatorSessionResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["Unavailable"];
        };
    };
    adminListAccounts: {
        parameters: {
            query?: {
                /** @description Page size. */
                limit?: components["parameters"]["Limit"];
                /** @description The `meta.next_cursor` of the previous page. */
                cursor?: components["parameters"]["Cursor"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AdminAccountListResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            503: components["responses"]["Unavailable"];
        };
    };
    adminGetAccount: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                account_id: components["parameters"]["AccountId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AdminAccountResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            503: components["responses"]["Unavailable"];
        };
    };
    adminAdjustCredits: {
        parameters: {
            query?: never;
            header?: {
                /** @description A unique key per intended effect (the SDK sends one on every POST); retries reuse it. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                account_id: components["parameters"]["AccountId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AdjustCreditsRequest"];
            };
        };
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BalanceResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["Unprocessable"];
            503: components["responses"]["Unavailable"];
        };
    };
    adminSetAccountStatus: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                account_id: components["parameters"]["AccountId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SetAccountStatusRequest"];
            };
        };
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AdminAccountResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            503: components["responses"]["Unavailable"];
        };
    };
    adminSetAccountAi: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                account_id: components["parameters"]["AccountId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AccountAiSettings"];
            };
        };
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AccountAiResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["Unprocessable"];
            503: components["responses"]["Unavailable"];
        };
    };
    adminListPayments: {
        parameters: {
            query?: {
                /** @description Page size. */
                limit?: components["parameters"]["Limit"];
                /** @description The `meta.next_cursor` of the previous page. */
                cursor?: components["parameters"]["Cursor"];
                status?: components["parameters"]["PaymentStatus"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PaymentListResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            503: components["responses"]["Unavailable"];
        };
    };
    adminApprovePayment: {
        parameters: {
            query?: never;
            header?: {
                /** @description A unique key per intended effect (the SDK sends one on every POST); retries reuse it. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                payment_id: components["parameters"]["PaymentId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PaymentResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            503: components["responses"]["Unavailable"];
        };
    };
    adminRejectPayment: {
        parameters: {
            query?: never;
            header?: {
                /** @description A unique key per intended effect (the SDK sends one on every POST); retries reuse it. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                payment_id: components["parameters"]["PaymentId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RejectPaymentRequest"];
            };
        };
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PaymentResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            503: components["responses"]["Unavailable"];
        };
    };
    adminListPublications: {
        parameters: {
            query?: {
                /** @description Page size. */
                limit?: components["parameters"]["Limit"];
                /** @description The `meta.next_cursor` of the previous page. */
                cursor?: components["parameters"]["Cursor"];
                status?: components["parameters"]["PublicationStatusFilter"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PublicationListResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            503: components["responses"]["Unavailable"];
        };
    };
    adminRedrivePublication: {
        parameters: {
            query?: never;
            header?: {
                /** @description A unique key per intended effect (the SDK sends one on every POST); retries reuse it. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                publication_id: components["parameters"]["PublicationId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RedriveRequest"];
            };
        };
        responses: {
            /** @description Accepted. */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PublicationResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            402: components["responses"]["PaymentRequired"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["Unprocessable"];
            503: components["responses"]["Unavailable"];
        };
    };
    adminUpsertPlan: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                plan_code: components["parameters"]["PlanCode"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PlanInput"];
            };
        };
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PlanResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            503: components["responses"]["Unavailable"];
        };
    };
    adminSetCreditCost: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreditCostInput"];
            };
        };
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreditCostResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            503: components["responses"]["Unavailable"];
        };
    };
    adminCreateCreditPackage: {
        parameters: {
            query?: never;
            header?: {
                /** @description A unique key per intended effect (the SDK sends one on every POST); retries reuse it. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreditPackageInput"];
            };
        };
        responses: {
            /** @description Success. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreditPackageResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            503: components["responses"]["Unavailable"];
        };
    };
    adminUpdateCreditPackage: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                package_id: components["parameters"]["PackageId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreditPackageUpdate"];
            };
        };
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreditPackageResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            503: components["responses"]["Unavailable"];
        };
    };
    adminRunRenewals: {
        parameters: {
            query?: never;
            header?: {
                /** @description A unique key per intended effect (the SDK sends one on every POST); retries reuse it. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RenewalReportResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
            503: components["responses"]["Unavailable"];
        };
    };
    listPublicContents: {
        parameters: {
            query?: {
                /** @description Page size. */
                limit?: components["parameters"]["PublicLimit"];
                /** @description The `meta.next_cursor` of the previous page. */
                cursor?: components["parameters"]["Cursor"];
            };
            header?: never;
            path: {
                site_slug: components["parameters"]["SiteSlug"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    "Cache-Control": components["headers"]["PublicCacheControl"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PublicContentListResponse"];
                };
            };
            304: components["responses"]["NotModified"];
            400: components["responses"]["BadRequest"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["Unavailable"];
        };
    };
    getPublicContent: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                site_slug: components["parameters"]["SiteSlug"];
                content_slug: components["parameters"]["ContentSlug"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    "Cache-Control": components["headers"]["PublicCacheControl"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PublicContentResponse"];
                };
            };
            304: components["responses"]["NotModified"];
            400: components["responses"]["BadRequest"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["Unavailable"];
        };
    };
    getPublicFeaturedImage: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                site_slug: components["parameters"]["SiteSlug"];
                content_slug: components["parameters"]["ContentSlug"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The image as a PNG. */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    "Cache-Control": components["headers"]["PublicCacheControl"];
                    [name: string]: unknown;
                };
                content: {
                    "image/png": string;
                };
            };
            304: components["responses"]["NotModified"];
            400: components["responses"]["BadRequest"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["Unavailable"];
        };
    };
    keywords_imported_event: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["KeywordsImportedEvent"];
            };
        };
        responses: {
            /** @description Received. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    clustering_completed_event: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ClusteringCompletedEvent"];
            };
        };
        responses: {
            /** @description Received. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    content_generated_event: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ContentGeneratedEvent"];
            };
        };
        responses: {
            /** @description Received. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    content_approved_event: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ContentApprovedEvent"];
            };
        };
        responses: {
            /** @description Received. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    content_published_event: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ContentPublishedEvent"];
            };
        };
        responses: {
            /** @description Received. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    publication_failed_event: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PublicationFailedEvent"];
            };
        };
        responses: {
            /** @description Received. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    automation_run_completed_event: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AutomationRunCompletedEvent"];
            };
        };
        responses: {
            /** @description Received. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    automation_run_failed_event: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AutomationRunFailedEvent"];
            };
        };
        responses: {
            /** @description Received. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    automation_run_paused_event: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AutomationRunPausedEvent"];
            };
        };
        responses: {
            /** @description Received. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    credits_low_event: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreditsLowEvent"];
            };
        };
        responses: {
            /** @description Received. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    invoice_paid_event: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["InvoicePaidEvent"];
            };
        };
        responses: {
            /** @description Received. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    webhook_test_event: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WebhookTestEvent"];
            };
        };
        responses: {
            /** @description Received. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
}
