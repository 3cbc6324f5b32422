// Generated from openapi.yaml by `pnpm codegen`. Do not edit by hand: change the spec and regenerate.

/** openapi.yaml as an object, for serving /openapi.json and validating responses. */
export const document: Record<string, any> = {
  "openapi": "3.1.0",
  "info": {
    "title": "Igny8 API",
    "version": "0.1.0",
    "summary": "Open AI SEO content platform — plan, write, automate and publish to WordPress.",
    "description": "Every response is an envelope: `{ \"data\": …, \"meta\": { \"next_cursor\": … }, \"request_id\": \"…\" }`\non success and `{ \"error\": { \"code\", \"message\", \"details\" }, \"request_id\": \"…\" }` on failure.\nError codes are SCREAMING_SNAKE_CASE and stable; branch on them, not on messages.\n\nAuthenticate with `Authorization: Bearer <access token>` (from login, 15 minutes) or\n`Authorization: Bearer <api key>` (`igny8_sk_…`). Each operation declares the lowest role that may\ncall it in `x-igny8-role` (`public`, `authenticated`, `viewer`, `editor`, `admin`, `owner`,\n`operator` for the platform operator's `/v1/admin/*` routes, or `site` for the routes a connected\nWordPress site calls with a signed request, security `siteSignature`). An operation that also takes\na site's signature beside a bearer credential says so with `x-igny8-site-signed: true`.\nOperations that call another server (a WordPress site, the mail server an invitation goes\nthrough, the object store an image is read from, or the resolver asked where a webhook\nendpoint's host is) declare `x-igny8-transaction: none`: no database transaction is held open\nwhile that server answers. So do the few that do their work in\ntransactions of their own (a password change, which hashes before it writes; renewals, one account\nat a time): none of them holds one connection while it waits for another.\n\nLists are keyset-paginated: pass `meta.next_cursor` back as `cursor` until it is `null`.\nAuthenticated POST operations accept an `Idempotency-Key` header: the same key with the same body\nwithin 24 hours answers the first response again (header `Idempotent-Replayed: true`, and a\n`request_id` equal to this request's `X-Request-Id`); the same key with another body is refused with\n`409 IDEMPOTENCY_KEY_REUSED`. Secrets are shown once and never stored: fields marked\n`x-igny8-secret` (an API key's secret, a connection code, a widget session's token) are not kept with\nthe stored response, so replaying an operation that returned one answers\n`409 IDEMPOTENT_REPLAY_WITHHELD` with the original `data`, secrets removed, in `error.details.data`\n(the effect happened once; revoke what it made and try again with a new key if the secret was lost).\nLong work answers `202` with an Operation; poll `GET /v1/operations/{operation_id}` until its status\nis final.\n\nA wrong method on a known path answers `405 METHOD_NOT_ALLOWED` with an `Allow` header. Strings may\nnot contain NUL or other C0 control characters (tab, line feed and carriage return aside); numbers in\nquery strings are plain decimals. Credentials are checked before a body is read: a call without\nthem is answered `401` whatever its body.\n",
    "license": {
      "name": "MIT",
      "identifier": "MIT"
    }
  },
  "servers": [
    {
      "url": "http://localhost:8080",
      "description": "Local development server"
    }
  ],
  "security": [
    {
      "bearerAuth": []
    }
  ],
  "tags": [
    {
      "name": "system",
      "description": "Liveness and readiness."
    },
    {
      "name": "auth",
      "description": "Sign up, sign in, tokens and passwords."
    },
    {
      "name": "me",
      "description": "The caller."
    },
    {
      "name": "account",
      "description": "The account (tenant) and its plan."
    },
    {
      "name": "members",
      "description": "People in the account, their roles and invitations. A credential scoped to one site (an API key restricted to a site, a widget session) manages editors and viewers only: owners and admins reach every site, so granting, changing or removing those roles, or revoking an invitation to them, answers 403 `FORBIDDEN` from such a credential."
    },
    {
      "name": "api-keys",
      "description": "Secret keys for server-to-server use."
    },
    {
      "name": "reference",
      "description": "Industries, sectors and plans."
    },
    {
      "name": "sites",
      "description": "Sites, their sectors and who may see them."
    },
    {
      "name": "operations",
      "description": "Long-running work."
    },
    {
      "name": "planner",
      "description": "Keywords, clustering, clusters and content ideas."
    },
    {
      "name": "writer",
      "description": "Writing tasks, made from ideas or on their own: `queued → in_progress → completed`, `failed` (with the reason) and `cancelled`. A person may cancel a task that is not finished and queue again one that failed or was cancelled; the writer itself moves a task to `in_progress`, `completed` and `failed`."
    },
    {
      "name": "automation",
      "description": "The seven stages run unattended on the server: settings per site, a cost estimate, runs (manual or on a schedule) with pause, resume, cancel and retry from the failed stage, and their events, live or polled."
    },
    {
      "name": "integrations",
      "description": "The WordPress connection of a site, signed requests between Igny8 and WordPress, widget sessions."
    },
    {
      "name": "publishing",
      "description": "Contents sent to the site's WordPress over the signed bridge: one Publication per content (publishing again updates the same post), now, at a date the server keeps, or on the automation's cadence; retries with back-off, then `failed` on a list that can be sent again; what WordPress reports back."
    },
    {
      "name": "billing",
      "description": "Credits, costs, usage, subscription, invoices and payments."
    },
    {
      "name": "notifications",
      "description": "Messages for the account (credit thresholds, billing events)."
    },
    {
      "name": "webhooks",
      "description": "Events sent to Igny8 by payment providers."
    },
    {
      "name": "webhook-endpoints",
      "description": "Outbound webhooks: endpoints of the account that receive the events of the `webhooks` section, signed per Standard Webhooks, retried with back-off for about a day, with a delivery log and replay."
    },
    {
      "name": "audit",
      "description": "The account's audit log, append-only."
    },
    {
      "name": "public",
      "description": "Reads without credentials for headless front ends: the published contents of a live site, by the site's slug. Responses carry a strong `ETag` and `Cache-Control: public, max-age=60`; `If-None-Match` answers `304`."
    },
    {
      "name": "admin",
      "description": "The operator's routes. They take only operator tokens (`POST /v1/admin/auth/login`)."
    }
  ],
  "x-igny8-widget-features": {
    "overview": [
      "getMe",
      "getAccount",
      "listSites",
      "getSite",
      "listSiteSectors",
      "listIndustries",
      "getIndustry",
      "listPlans",
      "getBalance",
      "getIntegration",
      "getOperation",
      "listNotifications",
      "markNotificationRead"
    ],
    "keywords": [
      "getSite",
      "listSiteSectors",
      "getOperation",
      "getBalance",
      "listCreditCosts",
      "estimateCost",
      "listKeywords",
      "createKeyword",
      "bulkKeywords",
      "importKeywords",
      "exportKeywords",
      "getKeyword",
      "updateKeyword",
      "deleteKeyword",
      "startClustering",
      "listClusters",
      "getCluster",
      "updateCluster",
      "deleteCluster",
      "generateIdeas",
      "listIdeas",
      "getIdea",
      "updateIdea",
      "deleteIdea",
      "queueIdea",
      "listTasks",
      "createTask",
      "getTask",
      "updateTask",
      "deleteTask",
      "cancelTask",
      "bulkTasks",
      "listContents",
      "getContent",
      "updateContent",
      "getContentSeo",
      "listContentRevisions",
      "getContentRevision",
      "restoreContentRevision",
      "getCannibalization"
    ],
    "writer": [
      "getSite",
      "getOperation",
      "getBalance",
      "listCreditCosts",
      "estimateCost",
      "listTasks",
      "getTask",
      "updateTask",
      "deleteTask",
      "cancelTask",
      "generateTask",
      "listContents",
      "getContent",
      "updateContent",
      "getContentSeo",
      "listContentRevisions",
      "getContentRevision",
      "restoreContentRevision",
      "listContentImages",
      "getImage",
      "updateImage",
      "regenerateImage",
      "getImageFile",
      "getCannibalization",
      "publishContent",
      "getPublication",
      "listPublications"
    ],
    "automation": [
      "getSite",
      "getOperation",
      "getBalance",
      "getIntegration",
      "getAutomationConfig",
      "updateAutomationConfig",
      "estimateAutomation",
      "listAutomationRuns",
      "startAutomationRun",
      "getAutomationRun",
      "pauseAutomationRun",
      "resumeAutomationRun",
      "cancelAutomationRun",
      "retryAutomationRun",
      "streamAutomationRunEvents",
      "listAutomationRunEvents"
    ],
    "publishing": [
      "getSite",
      "getIntegration",
      "listIntegrationEvents",
      "getOperation",
      "listContents",
      "getContent",
      "publishContent",
      "listPublications",
      "getPublication",
      "retractPublication",
      "redrivePublication"
    ],
    "billing": [
      "getAccount",
      "listPlans",
      "getBalance",
      "listLedger",
      "listCreditCosts",
      "estimateCost",
      "listUsage",
      "getUsageSummary",
      "getSubscription",
      "changeSubscription",
      "listCreditPackages",
      "purchaseCreditPackage",
      "listInvoices",
      "getInvoice",
      "getInvoicePdf",
      "payInvoice",
      "listPayments",
      "getSiteBudget"
    ],
    "settings": [
      "getMe",
      "getAccount",
      "getSite",
      "updateSite",
      "listSiteSectors",
      "selectSiteSectors",
      "listIndustries",
      "getIndustry",
      "getWriterSettings",
      "updateWriterSettings",
      "getIntegration",
      "createConnectionCode",
      "testIntegration",
      "syncIntegration",
      "listMembers",
      "inviteMember",
      "updateMember",
      "removeMember",
      "listInvitations",
      "revokeInvitation",
      "listSiteAccess",
      "listApiKeys",
      "createApiKey",
      "getApiKey",
      "revokeApiKey",
      "listNotifications",
      "markNotificationRead",
      "getSiteBudget",
      "setSiteBudget"
    ]
  },
  "paths": {
    "/healthz": {
      "get": {
        "operationId": "getHealth",
        "tags": [
          "system"
        ],
        "summary": "Liveness probe",
        "security": [],
        "x-igny8-role": "public",
        "x-sdk-resource": "system",
        "x-sdk-method": "health",
        "responses": {
          "200": {
            "description": "The process is alive.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/HealthResponse"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          }
        }
      }
    },
    "/readyz": {
      "get": {
        "operationId": "getReadiness",
        "tags": [
          "system"
        ],
        "summary": "Readiness probe (database and job queue reachable)",
        "security": [],
        "x-igny8-role": "public",
        "x-sdk-resource": "system",
        "x-sdk-method": "readiness",
        "responses": {
          "200": {
            "description": "Ready to serve.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/HealthResponse"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "503": {
            "$ref": "#/components/responses/Unavailable"
          }
        }
      }
    },
    "/v1/auth/signup": {
      "post": {
        "operationId": "signup",
        "tags": [
          "auth"
        ],
        "summary": "Create a user and their account",
        "description": "Creates a user, an account on the free plan with the user as owner, and a session.",
        "security": [],
        "x-igny8-role": "public",
        "x-sdk-resource": "auth",
        "x-sdk-method": "signup",
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/SignupRequest"
              }
            }
          }
        },
        "responses": {
          "201": {
            "description": "Signed up.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/AuthSessionResponse"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "409": {
            "$ref": "#/components/responses/Conflict"
          },
          "413": {
            "$ref": "#/components/responses/PayloadTooLarge"
          },
          "415": {
            "$ref": "#/components/responses/UnsupportedMediaType"
          },
          "422": {
            "$ref": "#/components/responses/Unprocessable"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          },
          "503": {
            "$ref": "#/components/responses/Unavailable"
          }
        }
      }
    },
    "/v1/auth/login": {
      "post": {
        "operationId": "login",
        "tags": [
          "auth"
        ],
        "summary": "Exchange email and password for a session",
        "security": [],
        "x-igny8-role": "public",
        "x-sdk-resource": "auth",
        "x-sdk-method": "login",
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/LoginRequest"
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "Signed in.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/AuthSessionResponse"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "413": {
            "$ref": "#/components/responses/PayloadTooLarge"
          },
          "415": {
            "$ref": "#/components/responses/UnsupportedMediaType"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          },
          "503": {
            "$ref": "#/components/responses/Unavailable"
          }
        }
      }
    },
    "/v1/auth/refresh": {
      "post": {
        "operationId": "refreshSession",
        "tags": [
          "auth"
        ],
        "summary": "Rotate a refresh token for a new session",
        "description": "Refresh tokens are single use. Presenting one that was already rotated revokes every token of its\nfamily (`REFRESH_TOKEN_REUSED`): sign in again.\n",
        "security": [],
        "x-igny8-role": "public",
        "x-sdk-resource": "auth",
        "x-sdk-method": "refresh",
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/RefreshRequest"
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "A new session.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/AuthSessionResponse"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "413": {
            "$ref": "#/components/responses/PayloadTooLarge"
          },
          "415": {
            "$ref": "#/components/responses/UnsupportedMediaType"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          },
          "503": {
            "$ref": "#/components/responses/Unavailable"
          }
        }
      }
    },
    "/v1/auth/logout": {
      "post": {
        "operationId": "logout",
        "tags": [
          "auth"
        ],
        "summary": "Revoke a refresh token and its family",
        "security": [],
        "x-igny8-role": "public",
        "x-sdk-resource": "auth",
        "x-sdk-method": "logout",
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/RefreshRequest"
              }
            }
          }
        },
        "responses": {
          "204": {
            "description": "Signed out."
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "413": {
            "$ref": "#/components/responses/PayloadTooLarge"
          },
          "415": {
            "$ref": "#/components/responses/UnsupportedMediaType"
          },
          "503": {
            "$ref": "#/components/responses/Unavailable"
          }
        }
      }
    },
    "/v1/auth/password/change": {
      "post": {
        "operationId": "changePassword",
        "tags": [
          "auth"
        ],
        "summary": "Change the caller's password",
        "description": "Revokes every other session of the user.",
        "x-igny8-role": "authenticated",
        "x-igny8-transaction": "none",
        "x-sdk-resource": "auth",
        "x-sdk-method": "changePassword",
        "parameters": [
          {
            "$ref": "#/components/parameters/IdempotencyKey"
          }
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/PasswordChangeRequest"
              }
            }
          }
        },
        "responses": {
          "204": {
            "description": "Password changed."
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "409": {
            "$ref": "#/components/responses/Conflict"
          },
          "413": {
            "$ref": "#/components/responses/PayloadTooLarge"
          },
          "415": {
            "$ref": "#/components/responses/UnsupportedMediaType"
          },
          "503": {
            "$ref": "#/components/responses/Unavailable"
          }
        }
      }
    },
    "/v1/auth/password/reset-request": {
      "post": {
        "operationId": "requestPasswordReset",
        "tags": [
          "auth"
        ],
        "summary": "Mail a password-reset link",
        "description": "Answers the same whether or not the address is known.",
        "security": [],
        "x-igny8-role": "public",
        "x-sdk-resource": "auth",
        "x-sdk-method": "requestPasswordReset",
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/PasswordResetRequest"
              }
            }
          }
        },
        "responses": {
          "202": {
            "description": "If the address is known, a link was mailed.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/AcceptedResponse"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "413": {
            "$ref": "#/components/responses/PayloadTooLarge"
          },
          "415": {
            "$ref": "#/components/responses/UnsupportedMediaType"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          },
          "503": {
            "$ref": "#/components/responses/Unavailable"
          }
        }
      }
    },
    "/v1/auth/password/reset-confirm": {
      "post": {
        "operationId": "confirmPasswordReset",
        "tags": [
          "auth"
        ],
        "summary": "Set a new password with a reset token",
        "description": "The token is single use and expires after an hour; every session of the user is revoked.",
        "security": [],
        "x-igny8-role": "public",
        "x-sdk-resource": "auth",
        "x-sdk-method": "confirmPasswordReset",
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/PasswordResetConfirmRequest"
              }
            }
          }
        },
        "responses": {
          "204": {
            "description": "Password set."
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "413": {
            "$ref": "#/components/responses/PayloadTooLarge"
          },
          "415": {
            "$ref": "#/components/responses/UnsupportedMediaType"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          },
          "503": {
            "$ref": "#/components/responses/Unavailable"
          }
        }
      }
    },
    "/v1/auth/invitations/accept": {
      "post": {
        "operationId": "acceptInvitation",
        "tags": [
          "auth"
        ],
        "summary": "Accept an invitation and sign in to the inviting account",
        "description": "A new user gives `name` and `password`; an existing user proves who they are with their current\n`password`.\n",
        "security": [],
        "x-igny8-role": "public",
        "x-sdk-resource": "auth",
        "x-sdk-method": "acceptInvitation",
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/AcceptInvitationRequest"
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "Joined; a session for the inviting account.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/AuthSessionResponse"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "409": {
            "$ref": "#/components/responses/Conflict"
          },
          "413": {
            "$ref": "#/components/responses/PayloadTooLarge"
          },
          "415": {
            "$ref": "#/components/responses/UnsupportedMediaType"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          },
          "503": {
            "$ref": "#/components/responses/Unavailable"
          }
        }
      }
    },
    "/v1/me": {
      "get": {
        "operationId": "getMe",
        "tags": [
          "me"
        ],
        "summary": "The caller, their account and role",
        "x-igny8-role": "authenticated",
        "x-sdk-resource": "me",
        "x-sdk-method": "get",
        "responses": {
          "200": {
            "description": "The caller.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/MeResponse"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "503": {
            "$ref": "#/components/responses/Unavailable"
          }
        }
      }
    },
    "/v1/account": {
      "get": {
        "operationId": "getAccount",
        "tags": [
          "account"
        ],
        "summary": "The current account",
        "x-igny8-role": "viewer",
        "x-sdk-resource": "account",
        "x-sdk-method": "get",
        "responses": {
          "200": {
            "description": "The account.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/AccountResponse"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "503": {
            "$ref": "#/components/responses/Unavailable"
          }
        }
      },
      "patch": {
        "operationId": "updateAccount",
        "tags": [
          "account"
        ],
        "summary": "Rename the account or change its timezone",
        "x-igny8-role": "admin",
        "x-sdk-resource": "account",
        "x-sdk-method": "update",
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/AccountUpdateRequest"
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "The updated account.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/AccountResponse"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "402": {
            "$ref": "#/components/responses/PaymentRequired"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "413": {
            "$ref": "#/components/responses/PayloadTooLarge"
          },
          "415": {
            "$ref": "#/components/responses/UnsupportedMediaType"
          },
          "422": {
            "$ref": "#/components/responses/Unprocessable"
          },
          "503": {
            "$ref": "#/components/responses/Unavailable"
          }
        }
      },
      "delete": {
        "operationId": "deleteAccount",
        "tags": [
          "account"
        ],
        "summary": "Delete the account and everything in it",
        "x-igny8-role": "owner",
        "x-sdk-resource": "account",
        "x-sdk-method": "delete",
        "responses": {
          "204": {
            "description": "Deleted."
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "402": {
            "$ref": "#/components/responses/PaymentRequired"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "503": {
            "$ref": "#/components/responses/Unavailable"
          }
        }
      }
    },
    "/v1/account/exports": {
      "post": {
        "operationId": "exportAccount",
        "tags": [
          "account"
        ],
        "summary": "Export the account's data as JSON (long-running)",
        "description": "Answers `202` with an Operation whose `result` holds the export once it succeeds.",
        "x-igny8-role": "admin",
        "x-sdk-resource": "account",
        "x-sdk-method": "export",
        "parameters": [
          {
            "$ref": "#/components/parameters/IdempotencyKey"
          }
        ],
        "responses": {
          "202": {
            "description": "The export was queued.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/OperationResponse"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "402": {
            "$ref": "#/components/responses/PaymentRequired"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "409": {
            "$ref": "#/components/responses/Conflict"
          },
          "503": {
            "$ref": "#/components/responses/Unavailable"
          }
        }
      }
    },
    "/v1/account/members": {
      "get": {
        "operationId": "listMembers",
        "tags": [
          "members"
        ],
        "summary": "People in the account",
        "x-igny8-role": "viewer",
        "x-sdk-resource": "members",
        "x-sdk-method": "list",
        "parameters": [
          {
            "$ref": "#/components/parameters/Limit"
          },
          {
            "$ref": "#/components/parameters/Cursor"
          }
        ],
        "responses": {
          "200": {
            "description": "A page of members.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/MemberListResponse"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "503": {
            "$ref": "#/components/responses/Unavailable"
          }
        }
      },
      "post": {
        "operationId": "inviteMember",
        "tags": [
          "members"
        ],
        "summary": "Invite someone by email with a role",
        "description": "The invitation is mailed and expires after 7 days. Counts towards the plan's user limit. A credential scoped to one site may invite editors and viewers only (403 `FORBIDDEN`). When the mail server does not take the message, the invitation is withdrawn and the answer is 503 `UNAVAILABLE`: try again.",
        "x-igny8-role": "admin",
        "x-igny8-transaction": "none",
        "x-sdk-resource": "members",
        "x-sdk-method": "invite",
        "parameters": [
          {
            "$ref": "#/components/parameters/IdempotencyKey"
          }
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/InviteMemberRequest"
              }
            }
          }
        },
        "responses": {
          "201": {
            "description": "Invited.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/InvitationResponse"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "402": {
            "$ref": "#/components/responses/PaymentRequired"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "409": {
            "$ref": "#/components/responses/Conflict"
          },
          "413": {
            "$ref": "#/components/responses/PayloadTooLarge"
          },
          "415": {
            "$ref": "#/components/responses/UnsupportedMediaType"
          },
          "503": {
            "$ref": "#/components/responses/Unavailable"
          }
        }
      }
    },
    "/v1/account/members/{member_id}": {
      "parameters": [
        {
          "$ref": "#/components/parameters/MemberId"
        }
      ],
      "patch": {
        "operationId": "updateMember",
        "tags": [
          "members"
        ],
        "summary": "Change a member's role",
        "description": "Only an owner may grant or take away `owner`; the last owner cannot be demoted. A credential scoped to one site changes editors and viewers only, between those two roles (403 `FORBIDDEN`).",
        "x-igny8-role": "admin",
        "x-sdk-resource": "members",
        "x-sdk-method": "update",
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/UpdateMemberRequest"
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "The member.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/MemberResponse"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "402": {
            "$ref": "#/components/responses/PaymentRequired"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "409": {
            "$ref": "#/components/responses/Conflict"
          },
          "413": {
            "$ref": "#/components/responses/PayloadTooLarge"
          },
          "415": {
            "$ref": "#/components/responses/UnsupportedMediaType"
          },
          "503": {
            "$ref": "#/components/responses/Unavailable"
          }
        }
      },
      "delete": {
        "operationId": "removeMember",
        "tags": [
          "members"
        ],
        "summary": "Remove a member from the account",
        "description": "A credential scoped to one site removes editors and viewers only (403 `FORBIDDEN`).",
        "x-igny8-role": "admin",
        "x-sdk-resource": "members",
        "x-sdk-method": "remove",
        "responses": {
          "204": {
            "description": "Removed."
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "402": {
            "$ref": "#/components/responses/PaymentRequired"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "409": {
            "$ref": "#/components/responses/Conflict"
          },
          "503": {
            "$ref": "#/components/responses/Unavailable"
          }
        }
      }
    },
    "/v1/account/invitations": {
      "get": {
        "operationId": "listInvitations",
        "tags": [
          "members"
        ],
        "summary": "Pending invitations",
        "x-igny8-role": "admin",
        "x-sdk-resource": "invitations",
        "x-sdk-method": "list",
        "parameters": [
          {
            "$ref": "#/components/parameters/Limit"
          },
          {
            "$ref": "#/components/parameters/Cursor"
          }
        ],
        "responses": {
          "200": {
            "description": "A page of invitations.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/InvitationListResponse"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "503": {
            "$ref": "#/components/responses/Unavailable"
          }
        }
      }
    },
    "/v1/account/invitations/{invitation_id}": {
      "parameters": [
        {
          "$ref": "#/components/parameters/InvitationId"
        }
      ],
      "delete": {
        "operationId": "revokeInvitation",
        "tags": [
          "members"
        ],
        "summary": "Revoke a pending invitation",
        "description": "A credential scoped to one site revokes invitations to editors and viewers only (403 `FORBIDDEN`).",
        "x-igny8-role": "admin",
        "x-sdk-resource": "invitations",
        "x-sdk-method": "revoke",
        "responses": {
          "204": {
            "description": "Revoked."
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "402": {
            "$ref": "#/components/responses/PaymentRequired"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "503": {
            "$ref": "#/components/responses/Unavailable"
          }
        }
      }
    },
    "/v1/api-keys": {
      "get": {
        "operationId": "listApiKeys",
        "tags": [
          "api-keys"
        ],
        "summary": "The account's API keys (never their secrets)",
        "x-igny8-role": "admin",
        "x-sdk-resource": "apiKeys",
        "x-sdk-method": "list",
        "parameters": [
          {
            "$ref": "#/components/parameters/Limit"
          },
          {
            "$ref": "#/components/parameters/Cursor"
          }
        ],
        "responses": {
          "200": {
            "description": "A page of keys.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/ApiKeyListResponse"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "503": {
            "$ref": "#/components/responses/Unavailable"
          }
        }
      },
      "post": {
        "operationId": "createApiKey",
        "tags": [
          "api-keys"
        ],
        "summary": "Create an API key; its secret is shown once",
        "description": "The key's role cannot be higher than the caller's. A key restricted to a site sees only that site.",
        "x-igny8-role": "admin",
        "x-sdk-resource": "apiKeys",
        "x-sdk-method": "create",
        "parameters": [
          {
            "$ref": "#/components/parameters/IdempotencyKey"
          }
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/CreateApiKeyRequest"
              }
            }
          }
        },
        "responses": {
          "201": {
            "description": "The key with its secret.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/ApiKeyCreatedResponse"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "402": {
            "$ref": "#/components/responses/PaymentRequired"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "409": {
            "$ref": "#/components/responses/Conflict"
          },
          "413": {
            "$ref": "#/components/responses/PayloadTooLarge"
          },
          "415": {
            "$ref": "#/components/responses/UnsupportedMediaType"
          },
          "422": {
            "$ref": "#/components/responses/Unprocessable"
          },
          "503": {
            "$ref": "#/components/responses/Unavailable"
          }
        }
      }
    },
    "/v1/api-keys/{api_key_id}": {
      "parameters": [
        {
          "$ref": "#/components/parameters/ApiKeyId"
        }
      ],
      "get": {
        "operationId": "getApiKey",
        "tags": [
          "api-keys"
        ],
        "summary": "One API key",
        "x-igny8-role": "admin",
        "x-sdk-resource": "apiKeys",
        "x-sdk-method": "get",
        "responses": {
          "200": {
            "description": "The key.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/ApiKeyResponse"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "503": {
            "$ref": "#/components/responses/Unavailable"
          }
        }
      },
      "delete": {
        "operationId": "revokeApiKey",
        "tags": [
          "api-keys"
        ],
        "summary": "Revoke an API key",
        "x-igny8-role": "admin",
        "x-sdk-resource": "apiKeys",
        "x-sdk-method": "revoke",
        "responses": {
          "204": {
            "description": "Revoked."
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "402": {
            "$ref": "#/components/responses/PaymentRequired"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "503": {
            "$ref": "#/components/responses/Unavailable"
          }
        }
      }
    },
    "/v1/plans": {
      "get": {
        "operationId": "listPlans",
        "tags": [
          "reference"
        ],
        "summary": "Plans with their prices and limits",
        "security": [],
        "x-igny8-role": "public",
        "x-sdk-resource": "plans",
        "x-sdk-method": "list",
        "responses": {
          "200": {
            "description": "Every public plan.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/PlanListResponse"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "503": {
            "$ref": "#/components/responses/Unavailable"
          }
        }
      }
    },
    "/v1/industries": {
      "get": {
        "operationId": "listIndustries",
        "tags": [
          "reference"
        ],
        "summary": "Industries with their sectors",
        "x-igny8-role": "authenticated",
        "x-sdk-resource": "industries",
        "x-sdk-method": "list",
        "parameters": [
          {
            "$ref": "#/components/parameters/Limit"
          },
          {
            "$ref": "#/components/parameters/Cursor"
          }
        ],
        "responses": {
          "200": {
            "description": "A page of industries.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/IndustryListResponse"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "503": {
            "$ref": "#/components/responses/Unavailable"
          }
        }
      }
    },
    "/v1/industries/{industry_id}": {
      "parameters": [
        {
          "$ref": "#/components/parameters/IndustryId"
        }
      ],
      "get": {
        "operationId": "getIndustry",
        "tags": [
          "reference"
        ],
        "summary": "One industry with its sectors",
        "x-igny8-role": "authenticated",
        "x-sdk-resource": "industries",
        "x-sdk-method": "get",
        "responses": {
          "200": {
            "description": "The industry.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/IndustryResponse"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "503": {
            "$ref": "#/components/responses/Unavailable"
          }
        }
      }
    },
    "/v1/sites": {
      "get": {
        "operationId": "listSites",
        "tags": [
          "sites"
        ],
        "summary": "Sites the caller may see",
        "description": "Owners and admins see every site; editors and viewers see the sites granted to them.",
        "x-igny8-role": "viewer",
        "x-sdk-resource": "sites",
        "x-sdk-method": "list",
        "parameters": [
          {
            "$ref": "#/components/parameters/Limit"
          },
          {
            "$ref": "#/components/parameters/Cursor"
          }
        ],
        "responses": {
          "200": {
            "description": "A page of sites.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/SiteListResponse"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "503": {
            "$ref": "#/components/responses/Unavailable"
          }
        }
      },
      "post": {
        "operationId": "createSite",
        "tags": [
          "sites"
        ],
        "summary": "Create a site in an industry",
        "description": "Refused with `PLAN_LIMIT_REACHED` when the plan's site limit is used up.",
        "x-igny8-role": "admin",
        "x-sdk-resource": "sites",
        "x-sdk-method": "create",
        "parameters": [
          {
            "$ref": "#/components/parameters/IdempotencyKey"
          }
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/CreateSiteRequest"
              }
            }
          }
        },
        "responses": {
          "201": {
            "description": "The site.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/SiteResponse"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "402": {
            "$ref": "#/components/responses/PaymentRequired"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "409": {
            "$ref": "#/components/responses/Conflict"
          },
          "413": {
            "$ref": "#/components/responses/PayloadTooLarge"
          },
          "415": {
            "$ref": "#/components/responses/UnsupportedMediaType"
          },
          "422": {
            "$ref": "#/components/responses/Unprocessable"
          },
          "503": {
            "$ref": "#/components/responses/Unavailable"
          }
        }
      }
    },
    "/v1/sites/{site_id}": {
      "parameters": [
        {
          "$ref": "#/components/parameters/SiteId"
        }
      ],
      "get": {
        "operationId": "getSite",
        "tags": [
          "sites"
        ],
        "summary": "One site",
        "x-igny8-role": "viewer",
        "x-sdk-resource": "sites",
        "x-sdk-method": "get",
        "responses": {
          "200": {
            "description": "The site.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/SiteResponse"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "503": {
            "$ref": "#/components/responses/Unavailable"
          }
        }
      },
      "patch": {
        "operationId": "updateSite",
        "tags": [
          "sites"
        ],
        "summary": "Change a site's name, slug, address, description or industry, or pause it and set it live",
        "description": "The industry can change only while the site has no sectors. A slug taken by any site (of any account) is `409 SITE_SLUG_TAKEN`. `active: false` pauses the site (see `Site.active`); `active: true` sets it live.",
        "x-igny8-role": "admin",
        "x-sdk-resource": "sites",
        "x-sdk-method": "update",
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/UpdateSiteRequest"
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "The site.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/SiteResponse"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "402": {
            "$ref": "#/components/responses/PaymentRequired"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "409": {
            "$ref": "#/components/responses/Conflict"
          },
          "413": {
            "$ref": "#/components/responses/PayloadTooLarge"
          },
          "415": {
            "$ref": "#/components/responses/UnsupportedMediaType"
          },
          "422": {
            "$ref": "#/components/responses/Unprocessable"
          },
          "503": {
            "$ref": "#/components/responses/Unavailable"
          }
        }
      },
      "delete": {
        "operationId": "deleteSite",
        "tags": [
          "sites"
        ],
        "summary": "Delete a site and everything in it",
        "x-igny8-role": "admin",
        "x-sdk-resource": "sites",
        "x-sdk-method": "delete",
        "responses": {
          "204": {
            "description": "Deleted."
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "402": {
            "$ref": "#/components/responses/PaymentRequired"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "503": {
            "$ref": "#/components/responses/Unavailable"
          }
        }
      }
    },
    "/v1/sites/{site_id}/sectors": {
      "parameters": [
        {
          "$ref": "#/components/parameters/SiteId"
        }
      ],
      "get": {
        "operationId": "listSiteSectors",
        "tags": [
          "sites"
        ],
        "summary": "The sectors chosen for a site",
        "x-igny8-role": "viewer",
        "x-sdk-resource": "sites",
        "x-sdk-method": "listSectors",
        "responses": {
          "200": {
            "description": "The site's sectors.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/SectorListResponse"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "503": {
            "$ref": "#/components/responses/Unavailable"
          }
        }
      },
      "put": {
        "operationId": "selectSiteSectors",
        "tags": [
          "sites"
        ],
        "summary": "Choose a site's sectors (1–5, from its industry, within the plan)",
        "x-igny8-role": "admin",
        "x-sdk-resource": "sites",
        "x-sdk-method": "selectSectors",
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/SelectSectorsRequest"
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "The site's sectors.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/SectorListResponse"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "402": {
            "$ref": "#/components/responses/PaymentRequired"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "413": {
            "$ref": "#/components/responses/PayloadTooLarge"
          },
          "415": {
            "$ref": "#/components/responses/UnsupportedMediaType"
          },
          "422": {
            "$ref": "#/components/responses/Unprocessable"
          },
          "503": {
            "$ref": "#/components/responses/Unavailable"
          }
        }
      }
    },
    "/v1/sites/{site_id}/access": {
      "parameters": [
        {
          "$ref": "#/components/parameters/SiteId"
        }
      ],
      "get": {
        "operationId": "listSiteAccess",
        "tags": [
          "sites"
        ],
        "summary": "Editors and viewers granted this site",
        "x-igny8-role": "admin",
        "x-sdk-resource": "sites",
        "x-sdk-method": "listAccess",
        "responses": {
          "200": {
            "description": "The grants.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/SiteAccessListResponse"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "503": {
            "$ref": "#/components/responses/Unavailable"
          }
        }
      }
    },
    "/v1/sites/{site_id}/access/{user_id}": {
      "parameters": [
        {
          "$ref": "#/components/parameters/SiteId"
        },
        {
          "$ref": "#/components/parameters/UserId"
        }
      ],
      "put": {
        "operationId": "grantSiteAccess",
        "tags": [
          "sites"
        ],
        "summary": "Grant a member access to a site",
        "x-igny8-role": "admin",
        "x-sdk-resource": "sites",
        "x-sdk-method": "grantAccess",
        "responses": {
          "200": {
            "description": "The grant.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/SiteAccessResponse"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "402": {
            "$ref": "#/components/responses/PaymentRequired"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "503": {
            "$ref": "#/components/responses/Unavailable"
          }
        }
      },
      "delete": {
        "operationId": "revokeSiteAccess",
        "tags": [
          "sites"
        ],
        "summary": "Take away a member's access to a site",
        "x-igny8-role": "admin",
        "x-sdk-resource": "sites",
        "x-sdk-method": "revokeAccess",
        "responses": {
          "204": {
            "description": "Revoked."
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "402": {
            "$ref": "#/components/responses/PaymentRequired"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "503": {
            "$ref": "#/components/responses/Unavailable"
          }
        }
      }
    },
    "/v1/operations/{operation_id}": {
      "parameters": [
        {
          "$ref": "#/components/parameters/OperationId"
        }
      ],
      "get": {
        "operationId": "getOperation",
        "tags": [
          "operations"
        ],
        "summary": "The state of a long-running operation",
        "x-igny8-role": "viewer",
        "x-sdk-resource": "operations",
        "x-sdk-method": "get",
        "responses": {
          "200": {
            "description": "The operation.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/OperationResponse"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "503": {
            "$ref": "#/components/responses/Unavailable"
          }
        }
      }
    },
    "/v1/sites/{site_id}/keywords": {
      "parameters": [
        {
          "$ref": "#/components/parameters/SiteId"
        }
      ],
      "get": {
        "operationId": "listKeywords",
        "tags": [
          "planner"
        ],
        "summary": "Keywords of a site, filtered and sorted",
        "x-igny8-role": "viewer",
        "x-sdk-resource": "keywords",
        "x-sdk-method": "list",
        "parameters": [
          {
            "$ref": "#/components/parameters/Limit"
          },
          {
            "$ref": "#/components/parameters/Cursor"
          },
          {
            "$ref": "#/components/parameters/KeywordStatusFilter"
          },
          {
            "$ref": "#/components/parameters/ClusterIdFilter"
          },
          {
            "$ref": "#/components/parameters/IntentFilter"
          },
          {
            "$ref": "#/components/parameters/SectorIdFilter"
          },
          {
            "$ref": "#/components/parameters/VolumeMin"
          },
          {
            "$ref": "#/components/parameters/VolumeMax"
          },
          {
            "$ref": "#/components/parameters/DifficultyMin"
          },
          {
            "$ref": "#/components/parameters/DifficultyMax"
          },
          {
            "$ref": "#/components/parameters/SearchText"
          },
          {
            "$ref": "#/components/parameters/KeywordSort"
          },
          {
            "$ref": "#/components/parameters/SortOrder"
          }
        ],
        "responses": {
          "200": {
            "description": "Success.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/KeywordListResponse"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "503": {
            "$ref": "#/components/responses/Unavailable"
          }
        }
      },
      "post": {
        "operationId": "createKeyword",
        "tags": [
          "planner"
        ],
        "summary": "Add a keyword",
        "description": "Refused with `KEYWORD_EXISTS` when the site has the same phrase (after normalization), and with `PLAN_LIMIT_REACHED` past the plan's keyword limit.",
        "x-igny8-role": "editor",
        "x-sdk-resource": "keywords",
        "x-sdk-method": "create",
        "parameters": [
          {
            "$ref": "#/components/parameters/IdempotencyKey"
          }
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/KeywordInput"
              }
            }
          }
        },
        "responses": {
          "201": {
            "description": "Success.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/KeywordResponse"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "402": {
            "$ref": "#/components/responses/PaymentRequired"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "409": {
            "$ref": "#/components/responses/Conflict"
          },
          "413": {
            "$ref": "#/components/responses/PayloadTooLarge"
          },
          "415": {
            "$ref": "#/components/responses/UnsupportedMediaType"
          },
          "422": {
            "$ref": "#/components/responses/Unprocessable"
          },
          "503": {
            "$ref": "#/components/responses/Unavailable"
          }
        }
      }
    },
    "/v1/sites/{site_id}/keywords/bulk": {
      "parameters": [
        {
          "$ref": "#/components/parameters/SiteId"
        }
      ],
      "post": {
        "operationId": "bulkKeywords",
        "tags": [
          "planner"
        ],
        "summary": "Create, update and delete up to 10,000 keywords at once",
        "description": "Duplicates (within the request or against the site) are skipped and counted; each refused item is reported by its index.",
        "x-igny8-role": "editor",
        "x-sdk-resource": "keywords",
        "x-sdk-method": "bulk",
        "x-igny8-body-limit": 16777216,
        "parameters": [
          {
            "$ref": "#/components/parameters/IdempotencyKey"
          }
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/KeywordBulkRequest"
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "Success.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/KeywordBulkResponse"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "402": {
            "$ref": "#/components/responses/PaymentRequired"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "409": {
            "$ref": "#/components/responses/Conflict"
          },
          "413": {
            "$ref": "#/components/responses/PayloadTooLarge"
          },
          "415": {
            "$ref": "#/components/responses/UnsupportedMediaType"
          },
          "503": {
            "$ref": "#/components/responses/Unavailable"
          }
        }
      }
    },
    "/v1/sites/{site_id}/keywords/import": {
      "parameters": [
        {
          "$ref": "#/components/parameters/SiteId"
        }
      ],
      "post": {
        "operationId": "importKeywords",
        "tags": [
          "planner"
        ],
        "summary": "Import keywords from CSV (long-running)",
        "description": "The header row is detected, including the column names of the common keyword-tool exports (Semrush, Ahrefs,\nGoogle Keyword Planner, Moz…). Rows are deduplicated by normalized phrase; bad rows are reported by line number\nin the operation's result while the good rows are kept: a malformed line (say, an unbalanced quote) is one\nrefused row and reading goes on at the next line. The result is a `KeywordImportResult`.\n\nA file that is not text — NUL bytes, control characters, bytes that were not UTF-8 (U+FFFD), a UTF-16 file\nread as UTF-8 — is refused at once with `422 FILE_NOT_TEXT` (`details.line`, `details.found`).\n",
        "x-igny8-role": "editor",
        "x-sdk-resource": "keywords",
        "x-sdk-method": "import",
        "x-igny8-body-limit": 67108864,
        "parameters": [
          {
            "$ref": "#/components/parameters/IdempotencyKey"
          }
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/KeywordImportRequest"
              }
            }
          }
        },
        "responses": {
          "202": {
            "description": "Success.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/OperationResponse"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "402": {
            "$ref": "#/components/responses/PaymentRequired"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "409": {
            "$ref": "#/components/responses/Conflict"
          },
          "413": {
            "$ref": "#/components/responses/PayloadTooLarge"
          },
          "415": {
            "$ref": "#/components/responses/UnsupportedMediaType"
          },
          "422": {
            "$ref": "#/components/responses/Unprocessable"
          },
          "503": {
            "$ref": "#/components/responses/Unavailable"
          }
        }
      }
    },
    "/v1/sites/{site_id}/keywords/export": {
      "parameters": [
        {
          "$ref": "#/components/parameters/SiteId"
        }
      ],
      "get": {
        "operationId": "exportKeywords",
        "tags": [
          "planner"
        ],
        "summary": "Every keyword of the site as CSV, streamed",
        "x-igny8-role": "viewer",
        "x-sdk-resource": "keywords",
        "x-sdk-method": "export",
        "parameters": [
          {
            "$ref": "#/components/parameters/KeywordStatusFilter"
          },
          {
            "$ref": "#/components/parameters/ClusterIdFilter"
          }
        ],
        "responses": {
          "200": {
            "description": "The keywords as CSV, streamed.",
            "content": {
              "text/csv": {
                "schema": {
                  "type": "string"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "503": {
            "$ref": "#/components/responses/Unavailable"
          }
        }
      }
    },
    "/v1/sites/{site_id}/keywords/{keyword_id}": {
      "parameters": [
        {
          "$ref": "#/components/parameters/SiteId"
        },
        {
          "$ref": "#/components/parameters/KeywordId"
        }
      ],
      "get": {
        "operationId": "getKeyword",
        "tags": [
          "planner"
        ],
        "summary": "One keyword",
        "x-igny8-role": "viewer",
        "x-sdk-resource": "keywords",
        "x-sdk-method": "get",
        "responses": {
          "200": {
            "description": "Success.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/KeywordResponse"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "503": {
            "$ref": "#/components/responses/Unavailable"
          }
        }
      },
      "patch": {
        "operationId": "updateKeyword",
        "tags": [
          "planner"
        ],
        "summary": "Change a keyword (intent override, metrics, archive)",
        "x-igny8-role": "editor",
        "x-sdk-resource": "keywords",
        "x-sdk-method": "update",
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/KeywordUpdate"
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "Success.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/KeywordResponse"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "402": {
            "$ref": "#/components/responses/PaymentRequired"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "409": {
            "$ref": "#/components/responses/Conflict"
          },
          "413": {
            "$ref": "#/components/responses/PayloadTooLarge"
          },
          "415": {
            "$ref": "#/components/responses/UnsupportedMediaType"
          },
          "422": {
            "$ref": "#/components/responses/Unprocessable"
          },
          "503": {
            "$ref": "#/components/responses/Unavailable"
          }
        }
      },
      "delete": {
        "operationId": "deleteKeyword",
        "tags": [
          "planner"
        ],
        "summary": "Delete a keyword",
        "x-igny8-role": "editor",
        "x-sdk-resource": "keywords",
        "x-sdk-method": "delete",
        "responses": {
          "204": {
            "description": "Done."
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "402": {
            "$ref": "#/components/responses/PaymentRequired"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "503": {
            "$ref": "#/components/responses/Unavailable"
          }
        }
      }
    },
    "/v1/sites/{site_id}/clusterings": {
      "parameters": [
        {
          "$ref": "#/components/parameters/SiteId"
        }
      ],
      "post": {
        "operationId": "startClustering",
        "tags": [
          "planner"
        ],
        "summary": "Cluster the site's keywords (long-running, charged)",
        "description": "Estimates the cost (`cluster_keywords`) and answers `402 INSUFFICIENT_CREDITS` before any work when the balance\ndoes not cover it; the credits are reserved, captured when the run succeeds and released when it fails.\n",
        "x-igny8-role": "editor",
        "x-sdk-resource": "clusters",
        "x-sdk-method": "run",
        "parameters": [
          {
            "$ref": "#/components/parameters/IdempotencyKey"
          }
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/ClusteringRequest"
              }
            }
          }
        },
        "responses": {
          "202": {
            "description": "Success.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/OperationResponse"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "402": {
            "$ref": "#/components/responses/PaymentRequired"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "409": {
            "$ref": "#/components/responses/Conflict"
          },
          "413": {
            "$ref": "#/components/responses/PayloadTooLarge"
          },
          "415": {
            "$ref": "#/components/responses/UnsupportedMediaType"
          },
          "422": {
            "$ref": "#/components/responses/Unprocessable"
          },
          "503": {
            "$ref": "#/components/responses/Unavailable"
          }
        }
      }
    },
    "/v1/sites/{site_id}/clusters": {
      "parameters": [
        {
          "$ref": "#/components/parameters/SiteId"
        }
      ],
      "get": {
        "operationId": "listClusters",
        "tags": [
          "planner"
        ],
        "summary": "Clusters of a site",
        "x-igny8-role": "viewer",
        "x-sdk-resource": "clusters",
        "x-sdk-method": "list",
        "parameters": [
          {
            "$ref": "#/components/parameters/Limit"
          },
          {
            "$ref": "#/components/parameters/Cursor"
          },
          {
            "$ref": "#/components/parameters/ClusterStatusFilter"
          },
          {
            "$ref": "#/components/parameters/SectorIdFilter"
          }
        ],
        "responses": {
          "200": {
            "description": "Success.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/ClusterListResponse"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "503": {
            "$ref": "#/components/responses/Unavailable"
          }
        }
      }
    },
    "/v1/sites/{site_id}/clusters/{cluster_id}": {
      "parameters": [
        {
          "$ref": "#/components/parameters/SiteId"
        },
        {
          "$ref": "#/components/parameters/ClusterId"
        }
      ],
      "get": {
        "operationId": "getCluster",
        "tags": [
          "planner"
        ],
        "summary": "One cluster",
        "x-igny8-role": "viewer",
        "x-sdk-resource": "clusters",
        "x-sdk-method": "get",
        "responses": {
          "200": {
            "description": "Success.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/ClusterResponse"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "503": {
            "$ref": "#/components/responses/Unavailable"
          }
        }
      },
      "patch": {
        "operationId": "updateCluster",
        "tags": [
          "planner"
        ],
        "summary": "Rename or archive a cluster",
        "x-igny8-role": "editor",
        "x-sdk-resource": "clusters",
        "x-sdk-method": "update",
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/ClusterUpdate"
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "Success.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/ClusterResponse"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "402": {
            "$ref": "#/components/responses/PaymentRequired"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "413": {
            "$ref": "#/components/responses/PayloadTooLarge"
          },
          "415": {
            "$ref": "#/components/responses/UnsupportedMediaType"
          },
          "503": {
            "$ref": "#/components/responses/Unavailable"
          }
        }
      },
      "delete": {
        "operationId": "deleteCluster",
        "tags": [
          "planner"
        ],
        "summary": "Delete a cluster; its keywords become new again",
        "x-igny8-role": "editor",
        "x-sdk-resource": "clusters",
        "x-sdk-method": "delete",
        "responses": {
          "204": {
            "description": "Done."
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "402": {
            "$ref": "#/components/responses/PaymentRequired"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "503": {
            "$ref": "#/components/responses/Unavailable"
          }
        }
      }
    },
    "/v1/sites/{site_id}/clusters/{cluster_id}/ideas": {
      "parameters": [
        {
          "$ref": "#/components/parameters/SiteId"
        },
        {
          "$ref": "#/components/parameters/ClusterId"
        }
      ],
      "post": {
        "operationId": "generateIdeas",
        "tags": [
          "planner"
        ],
        "summary": "Generate content ideas for a cluster (long-running, charged)",
        "x-igny8-role": "editor",
        "x-sdk-resource": "ideas",
        "x-sdk-method": "generate",
        "parameters": [
          {
            "$ref": "#/components/parameters/IdempotencyKey"
          }
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/GenerateIdeasRequest"
              }
            }
          }
        },
        "responses": {
          "202": {
            "description": "Success.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/OperationResponse"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "402": {
            "$ref": "#/components/responses/PaymentRequired"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "409": {
            "$ref": "#/components/responses/Conflict"
          },
          "413": {
            "$ref": "#/components/responses/PayloadTooLarge"
          },
          "415": {
            "$ref": "#/components/responses/UnsupportedMediaType"
          },
          "422": {
            "$ref": "#/components/responses/Unprocessable"
          },
          "503": {
            "$ref": "#/components/responses/Unavailable"
          }
        }
      }
    },
    "/v1/sites/{site_id}/ideas": {
      "parameters": [
        {
          "$ref": "#/components/parameters/SiteId"
        }
      ],
      "get": {
        "operationId": "listIdeas",
        "tags": [
          "planner"
        ],
        "summary": "Content ideas of a site",
        "x-igny8-role": "viewer",
        "x-sdk-resource": "ideas",
        "x-sdk-method": "list",
        "parameters": [
          {
            "$ref": "#/components/parameters/Limit"
          },
          {
            "$ref": "#/components/parameters/Cursor"
          },
          {
            "$ref": "#/components/parameters/IdeaStatusFilter"
          },
          {
            "$ref": "#/components/parameters/ClusterIdFilter"
          }
        ],
        "responses": {
          "200": {
            "description": "Success.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/IdeaListResponse"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "503": {
            "$ref": "#/components/responses/Unavailable"
          }
        }
      }
    },
    "/v1/sites/{site_id}/ideas/{idea_id}": {
      "parameters": [
        {
          "$ref": "#/components/parameters/SiteId"
        },
        {
          "$ref": "#/components/parameters/IdeaId"
        }
      ],
      "get": {
        "operationId": "getIdea",
        "tags": [
          "planner"
        ],
        "summary": "One idea",
        "x-igny8-role": "viewer",
        "x-sdk-resource": "ideas",
        "x-sdk-method": "get",
        "responses": {
          "200": {
            "description": "Success.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/IdeaResponse"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "503": {
            "$ref": "#/components/responses/Unavailable"
          }
        }
      },
      "patch": {
        "operationId": "updateIdea",
        "tags": [
          "planner"
        ],
        "summary": "Edit an idea",
        "x-igny8-role": "editor",
        "x-sdk-resource": "ideas",
        "x-sdk-method": "update",
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/IdeaUpdate"
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "Success.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/IdeaResponse"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "402": {
            "$ref": "#/components/responses/PaymentRequired"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "409": {
            "$ref": "#/components/responses/Conflict"
          },
          "413": {
            "$ref": "#/components/responses/PayloadTooLarge"
          },
          "415": {
            "$ref": "#/components/responses/UnsupportedMediaType"
          },
          "503": {
            "$ref": "#/components/responses/Unavailable"
          }
        }
      },
      "delete": {
        "operationId": "deleteIdea",
        "tags": [
          "planner"
        ],
        "summary": "Delete an idea",
        "x-igny8-role": "editor",
        "x-sdk-resource": "ideas",
        "x-sdk-method": "delete",
        "responses": {
          "204": {
            "description": "Done."
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "402": {
            "$ref": "#/components/responses/PaymentRequired"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "409": {
            "$ref": "#/components/responses/Conflict"
          },
          "503": {
            "$ref": "#/components/responses/Unavailable"
          }
        }
      }
    },
    "/v1/sites/{site_id}/ideas/{idea_id}/queue": {
      "parameters": [
        {
          "$ref": "#/components/parameters/SiteId"
        },
        {
          "$ref": "#/components/parameters/IdeaId"
        }
      ],
      "post": {
        "operationId": "queueIdea",
        "tags": [
          "planner"
        ],
        "summary": "Queue an idea, which makes a writing task",
        "x-igny8-role": "editor",
        "x-sdk-resource": "ideas",
        "x-sdk-method": "queue",
        "parameters": [
          {
            "$ref": "#/components/parameters/IdempotencyKey"
          }
        ],
        "responses": {
          "201": {
            "description": "Success.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/TaskResponse"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "402": {
            "$ref": "#/components/responses/PaymentRequired"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "409": {
            "$ref": "#/components/responses/Conflict"
          },
          "503": {
            "$ref": "#/components/responses/Unavailable"
          }
        }
      }
    },
    "/v1/sites/{site_id}/tasks": {
      "parameters": [
        {
          "$ref": "#/components/parameters/SiteId"
        }
      ],
      "get": {
        "operationId": "listTasks",
        "tags": [
          "writer"
        ],
        "summary": "Writing tasks of a site",
        "x-igny8-role": "viewer",
        "x-sdk-resource": "tasks",
        "x-sdk-method": "list",
        "parameters": [
          {
            "$ref": "#/components/parameters/Limit"
          },
          {
            "$ref": "#/components/parameters/Cursor"
          },
          {
            "$ref": "#/components/parameters/TaskStatusFilter"
          },
          {
            "$ref": "#/components/parameters/IdeaIdFilter"
          }
        ],
        "responses": {
          "200": {
            "description": "Success.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/TaskListResponse"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "503": {
            "$ref": "#/components/responses/Unavailable"
          }
        }
      },
      "post": {
        "operationId": "createTask",
        "tags": [
          "writer"
        ],
        "summary": "Make a writing task, from an idea or on its own",
        "description": "From an idea (`idea_id`), the task takes the idea's title, keywords, structure, content type and target words unless the request gives them, and the idea becomes `queued`; an idea that is not `new` is refused (409 `IDEA_NOT_QUEUEABLE`). On its own, a task needs a title.",
        "x-igny8-role": "editor",
        "x-sdk-resource": "tasks",
        "x-sdk-method": "create",
        "parameters": [
          {
            "$ref": "#/components/parameters/IdempotencyKey"
          }
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/TaskCreate"
              }
            }
          }
        },
        "responses": {
          "201": {
            "description": "Success.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/TaskResponse"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "402": {
            "$ref": "#/components/responses/PaymentRequired"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "409": {
            "$ref": "#/components/responses/Conflict"
          },
          "413": {
            "$ref": "#/components/responses/PayloadTooLarge"
          },
          "415": {
            "$ref": "#/components/responses/UnsupportedMediaType"
          },
          "503": {
            "$ref": "#/components/responses/Unavailable"
          }
        }
      }
    },
    "/v1/sites/{site_id}/tasks/bulk": {
      "parameters": [
        {
          "$ref": "#/components/parameters/SiteId"
        }
      ],
      "post": {
        "operationId": "bulkTasks",
        "tags": [
          "writer"
        ],
        "summary": "Change the status of, cancel and delete up to 1,000 tasks at once",
        "description": "One transaction; each refused item is reported by its section and index (a task that is not the site's, or a change its status does not allow), the others are done.",
        "x-igny8-role": "editor",
        "x-sdk-resource": "tasks",
        "x-sdk-method": "bulk",
        "parameters": [
          {
            "$ref": "#/components/parameters/IdempotencyKey"
          }
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/TaskBulkRequest"
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "Success.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/TaskBulkResponse"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "402": {
            "$ref": "#/components/responses/PaymentRequired"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "409": {
            "$ref": "#/components/responses/Conflict"
          },
          "413": {
            "$ref": "#/components/responses/PayloadTooLarge"
          },
          "415": {
            "$ref": "#/components/responses/UnsupportedMediaType"
          },
          "503": {
            "$ref": "#/components/responses/Unavailable"
          }
        }
      }
    },
    "/v1/sites/{site_id}/tasks/{task_id}": {
      "parameters": [
        {
          "$ref": "#/components/parameters/SiteId"
        },
        {
          "$ref": "#/components/parameters/TaskId"
        }
      ],
      "get": {
        "operationId": "getTask",
        "tags": [
          "writer"
        ],
        "summary": "One writing task",
        "x-igny8-role": "viewer",
        "x-sdk-resource": "tasks",
        "x-sdk-method": "get",
        "responses": {
          "200": {
            "description": "Success.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/TaskResponse"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "503": {
            "$ref": "#/components/responses/Unavailable"
          }
        }
      },
      "patch": {
        "operationId": "updateTask",
        "tags": [
          "writer"
        ],
        "summary": "Edit a task, or change its status",
        "description": "The brief of a task (title, keywords, structure, content type, target words) can be edited unless it is `in_progress` or `completed` (409 `TASK_NOT_EDITABLE`). `status` takes `cancelled` (from `queued`, `in_progress` or `failed`) or `queued` (from `failed` or `cancelled`); any other change is 409 `TASK_TRANSITION_INVALID`.",
        "x-igny8-role": "editor",
        "x-sdk-resource": "tasks",
        "x-sdk-method": "update",
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/TaskUpdate"
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "Success.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/TaskResponse"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "402": {
            "$ref": "#/components/responses/PaymentRequired"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "409": {
            "$ref": "#/components/responses/Conflict"
          },
          "413": {
            "$ref": "#/components/responses/PayloadTooLarge"
          },
          "415": {
            "$ref": "#/components/responses/UnsupportedMediaType"
          },
          "503": {
            "$ref": "#/components/responses/Unavailable"
          }
        }
      },
      "delete": {
        "operationId": "deleteTask",
        "tags": [
          "writer"
        ],
        "summary": "Delete a task",
        "description": "A task `in_progress` is cancelled first (409 `TASK_NOT_EDITABLE`). Its idea, if it was `queued` for it, becomes `new` again.",
        "x-igny8-role": "editor",
        "x-sdk-resource": "tasks",
        "x-sdk-method": "delete",
        "responses": {
          "204": {
            "description": "Done."
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "402": {
            "$ref": "#/components/responses/PaymentRequired"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "409": {
            "$ref": "#/components/responses/Conflict"
          },
          "503": {
            "$ref": "#/components/responses/Unavailable"
          }
        }
      }
    },
    "/v1/sites/{site_id}/tasks/{task_id}/cancel": {
      "parameters": [
        {
          "$ref": "#/components/parameters/SiteId"
        },
        {
          "$ref": "#/components/parameters/TaskId"
        }
      ],
      "post": {
        "operationId": "cancelTask",
        "tags": [
          "writer"
        ],
        "summary": "Cancel a task that is not finished",
        "description": "`queued`, `in_progress` or `failed` → `cancelled`, with who cancelled it as the reason; its idea, if it was `queued` for it, becomes `new` again. A task already cancelled is answered as it is.",
        "x-igny8-role": "editor",
        "x-sdk-resource": "tasks",
        "x-sdk-method": "cancel",
        "parameters": [
          {
            "$ref": "#/components/parameters/IdempotencyKey"
          }
        ],
        "responses": {
          "200": {
            "description": "Success.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/TaskResponse"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "402": {
            "$ref": "#/components/responses/PaymentRequired"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "409": {
            "$ref": "#/components/responses/Conflict"
          },
          "503": {
            "$ref": "#/components/responses/Unavailable"
          }
        }
      }
    },
    "/v1/sites/{site_id}/tasks/{task_id}/generate": {
      "parameters": [
        {
          "$ref": "#/components/parameters/SiteId"
        },
        {
          "$ref": "#/components/parameters/TaskId"
        }
      ],
      "post": {
        "operationId": "generateTask",
        "tags": [
          "writer"
        ],
        "summary": "Write the task's article, section by section (long-running, charged)",
        "description": "Plans the outline, then writes it one section per provider call, each section committed as it is written (a stopped job resumes at the first section not written), then assembles the content: sanitized html, internal links, meta, categories and tags, FAQ, JSON-LD and the SEO analysis, kept as a `generated` revision. The credits for the target words are reserved at once (402 with `required` and `available` when they are not there) and charged per section as it is written; a generation that fails gives back what it did not use. A `queued` or `failed` task becomes `in_progress`, then `completed` (or `failed` with the reason); a `completed` task is written again into the same content.",
        "x-igny8-role": "editor",
        "x-sdk-resource": "tasks",
        "x-sdk-method": "generate",
        "parameters": [
          {
            "$ref": "#/components/parameters/IdempotencyKey"
          }
        ],
        "responses": {
          "202": {
            "description": "Success.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/OperationResponse"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "402": {
            "$ref": "#/components/responses/PaymentRequired"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "409": {
            "$ref": "#/components/responses/Conflict"
          },
          "503": {
            "$ref": "#/components/responses/Unavailable"
          }
        }
      }
    },
    "/v1/sites/{site_id}/contents": {
      "parameters": [
        {
          "$ref": "#/components/parameters/SiteId"
        }
      ],
      "get": {
        "operationId": "listContents",
        "tags": [
          "writer"
        ],
        "summary": "Contents of a site, newest last, without their html",
        "x-igny8-role": "viewer",
        "x-sdk-resource": "contents",
        "x-sdk-method": "list",
        "parameters": [
          {
            "$ref": "#/components/parameters/Limit"
          },
          {
            "$ref": "#/components/parameters/Cursor"
          },
          {
            "$ref": "#/components/parameters/ContentStatusFilter"
          },
          {
            "$ref": "#/components/parameters/TaskIdFilter"
          }
        ],
        "responses": {
          "200": {
            "description": "Success.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/ContentListResponse"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "503": {
            "$ref": "#/components/responses/Unavailable"
          }
        }
      }
    },
    "/v1/sites/{site_id}/contents/{content_id}": {
      "parameters": [
        {
          "$ref": "#/components/parameters/SiteId"
        },
        {
          "$ref": "#/components/parameters/ContentId"
        }
      ],
      "get": {
        "operationId": "getContent",
        "tags": [
          "writer"
        ],
        "summary": "One content, whole",
        "x-igny8-role": "viewer",
        "x-sdk-resource": "contents",
        "x-sdk-method": "get",
        "responses": {
          "200": {
            "description": "Success.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/ContentResponse"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "503": {
            "$ref": "#/components/responses/Unavailable"
          }
        }
      },
      "patch": {
        "operationId": "updateContent",
        "tags": [
          "writer"
        ],
        "summary": "Edit a content's text and meta, or move it through review",
        "description": "The html is sanitized to an allowlist before it is stored (no scripts, event handlers, forms or embedded objects; links http(s), mailto and tel; images http(s) or raster `data:`). The word count, reading time and SEO analysis are computed again, and a change of text or meta is kept as a revision. `status` moves between `draft`, `review` and `approved`; `published` is set by publishing.",
        "x-igny8-role": "editor",
        "x-sdk-resource": "contents",
        "x-sdk-method": "update",
        "x-igny8-body-limit": 4194304,
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/ContentUpdate"
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "Success.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/ContentResponse"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "402": {
            "$ref": "#/components/responses/PaymentRequired"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "409": {
            "$ref": "#/components/responses/Conflict"
          },
          "413": {
            "$ref": "#/components/responses/PayloadTooLarge"
          },
          "415": {
            "$ref": "#/components/responses/UnsupportedMediaType"
          },
          "503": {
            "$ref": "#/components/responses/Unavailable"
          }
        }
      }
    },
    "/v1/sites/{site_id}/contents/{content_id}/seo": {
      "parameters": [
        {
          "$ref": "#/components/parameters/SiteId"
        },
        {
          "$ref": "#/components/parameters/ContentId"
        }
      ],
      "get": {
        "operationId": "getContentSeo",
        "tags": [
          "writer"
        ],
        "summary": "The SEO analysis of a content, computed now",
        "description": "A 0–100 score from named checks, each `pass`, `warn` or `fail` with a message (docs/writer.md lists them).",
        "x-igny8-role": "viewer",
        "x-sdk-resource": "contents",
        "x-sdk-method": "seo",
        "responses": {
          "200": {
            "description": "Success.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/SeoReportResponse"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "503": {
            "$ref": "#/components/responses/Unavailable"
          }
        }
      }
    },
    "/v1/sites/{site_id}/contents/{content_id}/revisions": {
      "parameters": [
        {
          "$ref": "#/components/parameters/SiteId"
        },
        {
          "$ref": "#/components/parameters/ContentId"
        }
      ],
      "get": {
        "operationId": "listContentRevisions",
        "tags": [
          "writer"
        ],
        "summary": "The revisions of a content, oldest first",
        "x-igny8-role": "viewer",
        "x-sdk-resource": "contents",
        "x-sdk-method": "revisions",
        "parameters": [
          {
            "$ref": "#/components/parameters/Limit"
          },
          {
            "$ref": "#/components/parameters/Cursor"
          }
        ],
        "responses": {
          "200": {
            "description": "Success.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/ContentRevisionListResponse"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "503": {
            "$ref": "#/components/responses/Unavailable"
          }
        }
      }
    },
    "/v1/sites/{site_id}/contents/{content_id}/revisions/{revision_id}": {
      "parameters": [
        {
          "$ref": "#/components/parameters/SiteId"
        },
        {
          "$ref": "#/components/parameters/ContentId"
        },
        {
          "$ref": "#/components/parameters/RevisionId"
        }
      ],
      "get": {
        "operationId": "getContentRevision",
        "tags": [
          "writer"
        ],
        "summary": "One revision of a content, with its html",
        "x-igny8-role": "viewer",
        "x-sdk-resource": "contents",
        "x-sdk-method": "revision",
        "responses": {
          "200": {
            "description": "Success.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/ContentRevisionResponse"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "503": {
            "$ref": "#/components/responses/Unavailable"
          }
        }
      }
    },
    "/v1/sites/{site_id}/contents/{content_id}/revisions/{revision_id}/restore": {
      "parameters": [
        {
          "$ref": "#/components/parameters/SiteId"
        },
        {
          "$ref": "#/components/parameters/ContentId"
        },
        {
          "$ref": "#/components/parameters/RevisionId"
        }
      ],
      "post": {
        "operationId": "restoreContentRevision",
        "tags": [
          "writer"
        ],
        "summary": "Bring back a revision's text and meta",
        "description": "The content takes the revision's title, html and meta exactly; its analysis is computed again and the restore is kept as a new revision.",
        "x-igny8-role": "editor",
        "x-sdk-resource": "contents",
        "x-sdk-method": "restore",
        "parameters": [
          {
            "$ref": "#/components/parameters/IdempotencyKey"
          }
        ],
        "responses": {
          "200": {
            "description": "Success.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/ContentResponse"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "402": {
            "$ref": "#/components/responses/PaymentRequired"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "409": {
            "$ref": "#/components/responses/Conflict"
          },
          "503": {
            "$ref": "#/components/responses/Unavailable"
          }
        }
      }
    },
    "/v1/sites/{site_id}/contents/{content_id}/images": {
      "parameters": [
        {
          "$ref": "#/components/parameters/SiteId"
        },
        {
          "$ref": "#/components/parameters/ContentId"
        }
      ],
      "get": {
        "operationId": "listContentImages",
        "tags": [
          "writer"
        ],
        "summary": "The images of a content (featured first, then in-article by position)",
        "description": "Each generated image carries a signed `url` that expires (`url_expires_at`); ask again for a fresh one.",
        "x-igny8-role": "viewer",
        "x-sdk-resource": "contents",
        "x-sdk-method": "images",
        "responses": {
          "200": {
            "description": "Success.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/ImageListResponse"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "503": {
            "$ref": "#/components/responses/Unavailable"
          }
        }
      }
    },
    "/v1/sites/{site_id}/contents/{content_id}/publish": {
      "parameters": [
        {
          "$ref": "#/components/parameters/SiteId"
        },
        {
          "$ref": "#/components/parameters/ContentId"
        }
      ],
      "post": {
        "operationId": "publishContent",
        "tags": [
          "publishing"
        ],
        "summary": "Publish a content to the site's WordPress, now or at a time (long-running)",
        "description": "Answers the content's Publication (one per content: publishing again updates the same WordPress post). Now (no `at`), the post is sent at once by a `content.publish` Operation (`operation_id`); with `at` and status `publish`, the server keeps the date and sends the post with status `publish` when it comes (WordPress's own `future` status only when asked for with `status: future`). `publish` and `future` take an `approved` (or already published) content (409 `CONTENT_NOT_APPROVED`); `draft` and `pending` send it for editing in WordPress. A post edited in WordPress since Igny8 last wrote it is not overwritten without `force` (409 `PUBLICATION_EDITED_IN_WORDPRESS`). 409 `NOT_CONNECTED` without a WordPress connection, 409 `SITE_INACTIVE` for a paused site. Two publishes at once give one Publication and one post. Charged at the `publish` cost (0 unless the operator sets one).",
        "x-igny8-role": "editor",
        "x-sdk-resource": "contents",
        "x-sdk-method": "publish",
        "parameters": [
          {
            "$ref": "#/components/parameters/IdempotencyKey"
          }
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/PublishRequest"
              }
            }
          }
        },
        "responses": {
          "202": {
            "description": "Accepted.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/PublicationResponse"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "402": {
            "$ref": "#/components/responses/PaymentRequired"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "409": {
            "$ref": "#/components/responses/Conflict"
          },
          "413": {
            "$ref": "#/components/responses/PayloadTooLarge"
          },
          "415": {
            "$ref": "#/components/responses/UnsupportedMediaType"
          },
          "422": {
            "$ref": "#/components/responses/Unprocessable"
          },
          "503": {
            "$ref": "#/components/responses/Unavailable"
          }
        }
      }
    },
    "/v1/sites/{site_id}/publications": {
      "parameters": [
        {
          "$ref": "#/components/parameters/SiteId"
        }
      ],
      "get": {
        "operationId": "listPublications",
        "tags": [
          "publishing"
        ],
        "summary": "The site's publications, newest first; `status=failed` is the dead-letter list",
        "x-igny8-role": "viewer",
        "x-sdk-resource": "publications",
        "x-sdk-method": "list",
        "parameters": [
          {
            "$ref": "#/components/parameters/Limit"
          },
          {
            "$ref": "#/components/parameters/Cursor"
          },
          {
            "$ref": "#/components/parameters/PublicationStatusFilter"
          }
        ],
        "responses": {
          "200": {
            "description": "Success.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/PublicationListResponse"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "503": {
            "$ref": "#/components/responses/Unavailable"
          }
        }
      }
    },
    "/v1/sites/{site_id}/publications/{publication_id}": {
      "parameters": [
        {
          "$ref": "#/components/parameters/SiteId"
        },
        {
          "$ref": "#/components/parameters/PublicationId"
        }
      ],
      "get": {
        "operationId": "getPublication",
        "tags": [
          "publishing"
        ],
        "summary": "One publication",
        "x-igny8-role": "viewer",
        "x-sdk-resource": "publications",
        "x-sdk-method": "get",
        "responses": {
          "200": {
            "description": "Success.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/PublicationResponse"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "503": {
            "$ref": "#/components/responses/Unavailable"
          }
        }
      }
    },
    "/v1/sites/{site_id}/publications/{publication_id}/retract": {
      "parameters": [
        {
          "$ref": "#/components/parameters/SiteId"
        },
        {
          "$ref": "#/components/parameters/PublicationId"
        }
      ],
      "post": {
        "operationId": "retractPublication",
        "tags": [
          "publishing"
        ],
        "summary": "Take the post down in WordPress (to the trash, or back to a draft)",
        "description": "Calls the site's plugin at once and answers the Publication, `retracted` with the post's WordPress status. A scheduled publication not sent yet is simply cancelled. 502 `WORDPRESS_UNREACHABLE` when the site does not answer (nothing changes).",
        "x-igny8-role": "editor",
        "x-igny8-transaction": "none",
        "x-sdk-resource": "publications",
        "x-sdk-method": "retract",
        "parameters": [
          {
            "$ref": "#/components/parameters/IdempotencyKey"
          }
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/RetractRequest"
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "Success.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/PublicationResponse"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "402": {
            "$ref": "#/components/responses/PaymentRequired"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "409": {
            "$ref": "#/components/responses/Conflict"
          },
          "413": {
            "$ref": "#/components/responses/PayloadTooLarge"
          },
          "415": {
            "$ref": "#/components/responses/UnsupportedMediaType"
          },
          "422": {
            "$ref": "#/components/responses/Unprocessable"
          },
          "502": {
            "$ref": "#/components/responses/BadGateway"
          },
          "503": {
            "$ref": "#/components/responses/Unavailable"
          }
        }
      }
    },
    "/v1/sites/{site_id}/publications/{publication_id}/redrive": {
      "parameters": [
        {
          "$ref": "#/components/parameters/SiteId"
        },
        {
          "$ref": "#/components/parameters/PublicationId"
        }
      ],
      "post": {
        "operationId": "redrivePublication",
        "tags": [
          "publishing"
        ],
        "summary": "Send a failed publication again (from the dead-letter list)",
        "description": "A `failed` publication is sent again with fresh attempts, as first asked (status and force), unless the body says otherwise. 409 `PUBLICATION_STATE` for a publication that has not failed.",
        "x-igny8-role": "editor",
        "x-sdk-resource": "publications",
        "x-sdk-method": "redrive",
        "parameters": [
          {
            "$ref": "#/components/parameters/IdempotencyKey"
          }
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/RedriveRequest"
              }
            }
          }
        },
        "responses": {
          "202": {
            "description": "Accepted.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/PublicationResponse"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "402": {
            "$ref": "#/components/responses/PaymentRequired"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "409": {
            "$ref": "#/components/responses/Conflict"
          },
          "413": {
            "$ref": "#/components/responses/PayloadTooLarge"
          },
          "415": {
            "$ref": "#/components/responses/UnsupportedMediaType"
          },
          "422": {
            "$ref": "#/components/responses/Unprocessable"
          },
          "503": {
            "$ref": "#/components/responses/Unavailable"
          }
        }
      }
    },
    "/v1/sites/{site_id}/images/{image_id}": {
      "parameters": [
        {
          "$ref": "#/components/parameters/SiteId"
        },
        {
          "$ref": "#/components/parameters/ImageId"
        }
      ],
      "get": {
        "operationId": "getImage",
        "tags": [
          "writer"
        ],
        "summary": "One image, with a fresh signed URL",
        "x-igny8-role": "viewer",
        "x-sdk-resource": "images",
        "x-sdk-method": "get",
        "responses": {
          "200": {
            "description": "Success.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/ImageResponse"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "503": {
            "$ref": "#/components/responses/Unavailable"
          }
        }
      },
      "patch": {
        "operationId": "updateImage",
        "tags": [
          "writer"
        ],
        "summary": "Edit an image's alt text",
        "x-igny8-role": "editor",
        "x-sdk-resource": "images",
        "x-sdk-method": "update",
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/UpdateImageRequest"
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "Success.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/ImageResponse"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "402": {
            "$ref": "#/components/responses/PaymentRequired"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "413": {
            "$ref": "#/components/responses/PayloadTooLarge"
          },
          "415": {
            "$ref": "#/components/responses/UnsupportedMediaType"
          },
          "422": {
            "$ref": "#/components/responses/Unprocessable"
          },
          "503": {
            "$ref": "#/components/responses/Unavailable"
          }
        }
      }
    },
    "/v1/sites/{site_id}/images/{image_id}/regenerate": {
      "parameters": [
        {
          "$ref": "#/components/parameters/SiteId"
        },
        {
          "$ref": "#/components/parameters/ImageId"
        }
      ],
      "post": {
        "operationId": "regenerateImage",
        "tags": [
          "writer"
        ],
        "summary": "Draw an image again, from its prompt or a new one (long-running, charged)",
        "description": "Reserves `generate_image` (402 before any work when the credits are not there), draws the image with the account's image provider and replaces the stored file; charged once the new file is stored.",
        "x-igny8-role": "editor",
        "x-sdk-resource": "images",
        "x-sdk-method": "regenerate",
        "parameters": [
          {
            "$ref": "#/components/parameters/IdempotencyKey"
          }
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/RegenerateImageRequest"
              }
            }
          }
        },
        "responses": {
          "202": {
            "description": "Success.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/OperationResponse"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "402": {
            "$ref": "#/components/responses/PaymentRequired"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "409": {
            "$ref": "#/components/responses/Conflict"
          },
          "413": {
            "$ref": "#/components/responses/PayloadTooLarge"
          },
          "415": {
            "$ref": "#/components/responses/UnsupportedMediaType"
          },
          "422": {
            "$ref": "#/components/responses/Unprocessable"
          },
          "503": {
            "$ref": "#/components/responses/Unavailable"
          }
        }
      }
    },
    "/v1/sites/{site_id}/images/{image_id}/file": {
      "parameters": [
        {
          "$ref": "#/components/parameters/SiteId"
        },
        {
          "$ref": "#/components/parameters/ImageId"
        }
      ],
      "get": {
        "operationId": "getImageFile",
        "tags": [
          "writer"
        ],
        "summary": "An image's PNG",
        "description": "Read from the object store with no database transaction open.",
        "x-igny8-role": "viewer",
        "x-igny8-transaction": "none",
        "x-sdk-resource": "images",
        "x-sdk-method": "file",
        "responses": {
          "200": {
            "description": "The image as a PNG.",
            "content": {
              "image/png": {
                "schema": {
                  "type": "string",
                  "format": "binary"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "503": {
            "$ref": "#/components/responses/Unavailable"
          }
        }
      }
    },
    "/v1/files/{token}": {
      "parameters": [
        {
          "name": "token",
          "in": "path",
          "required": true,
          "schema": {
            "type": "string",
            "minLength": 8,
            "maxLength": 400,
            "pattern": "^v1\\.[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+$"
          }
        }
      ],
      "get": {
        "operationId": "getSignedFile",
        "tags": [
          "writer"
        ],
        "summary": "A stored image by its signed URL (no credentials; the URL expires)",
        "description": "The `url` of an Image: signed for one image of one account, valid until its `url_expires_at`. An expired, altered or unknown link answers 404.",
        "security": [],
        "x-igny8-role": "public",
        "x-sdk-resource": "files",
        "x-sdk-method": "get",
        "responses": {
          "200": {
            "description": "The image as a PNG.",
            "content": {
              "image/png": {
                "schema": {
                  "type": "string",
                  "format": "binary"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "503": {
            "$ref": "#/components/responses/Unavailable"
          }
        }
      }
    },
    "/v1/sites/{site_id}/automation/config": {
      "parameters": [
        {
          "$ref": "#/components/parameters/SiteId"
        }
      ],
      "get": {
        "operationId": "getAutomationConfig",
        "tags": [
          "automation"
        ],
        "summary": "The site's automation settings",
        "description": "A site that never changed them has the defaults (`updated_at` null).",
        "x-igny8-role": "viewer",
        "x-sdk-resource": "automation",
        "x-sdk-method": "config",
        "responses": {
          "200": {
            "description": "Success.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/AutomationConfigResponse"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "503": {
            "$ref": "#/components/responses/Unavailable"
          }
        }
      },
      "patch": {
        "operationId": "updateAutomationConfig",
        "tags": [
          "automation"
        ],
        "summary": "Change the site's automation settings",
        "description": "The fields sent change; `schedule` and `publishing_cadence` take `null` to clear them.",
        "x-igny8-role": "admin",
        "x-sdk-resource": "automation",
        "x-sdk-method": "updateConfig",
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/UpdateAutomationConfigRequest"
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "Success.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/AutomationConfigResponse"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "402": {
            "$ref": "#/components/responses/PaymentRequired"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "413": {
            "$ref": "#/components/responses/PayloadTooLarge"
          },
          "415": {
            "$ref": "#/components/responses/UnsupportedMediaType"
          },
          "422": {
            "$ref": "#/components/responses/Unprocessable"
          },
          "503": {
            "$ref": "#/components/responses/Unavailable"
          }
        }
      }
    },
    "/v1/sites/{site_id}/automation/estimate": {
      "parameters": [
        {
          "$ref": "#/components/parameters/SiteId"
        }
      ],
      "post": {
        "operationId": "estimateAutomation",
        "tags": [
          "automation"
        ],
        "summary": "What a run would cost now, stage by stage",
        "description": "Credits per stage for the site's current backlog and its settings (items the earlier stages will make are estimated). A run starts only when the available credits are at least `required` (1.2 × the total).",
        "x-igny8-role": "viewer",
        "x-sdk-resource": "automation",
        "x-sdk-method": "estimate",
        "parameters": [
          {
            "$ref": "#/components/parameters/IdempotencyKey"
          }
        ],
        "responses": {
          "200": {
            "description": "Success.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/AutomationEstimateResponse"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "402": {
            "$ref": "#/components/responses/PaymentRequired"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "409": {
            "$ref": "#/components/responses/Conflict"
          },
          "503": {
            "$ref": "#/components/responses/Unavailable"
          }
        }
      }
    },
    "/v1/sites/{site_id}/automation/runs": {
      "parameters": [
        {
          "$ref": "#/components/parameters/SiteId"
        }
      ],
      "get": {
        "operationId": "listAutomationRuns",
        "tags": [
          "automation"
        ],
        "summary": "The site's automation runs, newest first",
        "x-igny8-role": "viewer",
        "x-sdk-resource": "automation",
        "x-sdk-method": "runs",
        "parameters": [
          {
            "$ref": "#/components/parameters/Limit"
          },
          {
            "$ref": "#/components/parameters/Cursor"
          }
        ],
        "responses": {
          "200": {
            "description": "Success.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/AutomationRunListResponse"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "503": {
            "$ref": "#/components/responses/Unavailable"
          }
        }
      },
      "post": {
        "operationId": "startAutomationRun",
        "tags": [
          "automation"
        ],
        "summary": "Start a run of the enabled stages (manual)",
        "description": "402 `INSUFFICIENT_CREDITS` with `required` and `available` when the credits are short of 1.2 × the estimate; 409 `AUTOMATION_RUN_ACTIVE` while the site has a run queued, running or paused (the database holds it); 409 `SITE_INACTIVE` while the site is paused (`Site.active`).",
        "x-igny8-role": "editor",
        "x-sdk-resource": "automation",
        "x-sdk-method": "start",
        "parameters": [
          {
            "$ref": "#/components/parameters/IdempotencyKey"
          }
        ],
        "responses": {
          "201": {
            "description": "Success.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/AutomationRunResponse"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "402": {
            "$ref": "#/components/responses/PaymentRequired"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "409": {
            "$ref": "#/components/responses/Conflict"
          },
          "503": {
            "$ref": "#/components/responses/Unavailable"
          }
        }
      }
    },
    "/v1/sites/{site_id}/automation/runs/{run_id}": {
      "parameters": [
        {
          "$ref": "#/components/parameters/SiteId"
        },
        {
          "$ref": "#/components/parameters/RunId"
        }
      ],
      "get": {
        "operationId": "getAutomationRun",
        "tags": [
          "automation"
        ],
        "summary": "One run, with its stages' counters",
        "x-igny8-role": "viewer",
        "x-sdk-resource": "automation",
        "x-sdk-method": "run",
        "responses": {
          "200": {
            "description": "Success.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/AutomationRunResponse"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "503": {
            "$ref": "#/components/responses/Unavailable"
          }
        }
      }
    },
    "/v1/sites/{site_id}/automation/runs/{run_id}/pause": {
      "parameters": [
        {
          "$ref": "#/components/parameters/SiteId"
        },
        {
          "$ref": "#/components/parameters/RunId"
        }
      ],
      "post": {
        "operationId": "pauseAutomationRun",
        "tags": [
          "automation"
        ],
        "summary": "Pause a run after the items in flight",
        "description": "A `running` run becomes `paused` once the items in flight have finished (until then `pause_requested` is true); nothing new starts. 409 `AUTOMATION_RUN_STATE` when the run is not in a state this applies to.",
        "x-igny8-role": "editor",
        "x-sdk-resource": "automation",
        "x-sdk-method": "pause",
        "parameters": [
          {
            "$ref": "#/components/parameters/IdempotencyKey"
          }
        ],
        "responses": {
          "200": {
            "description": "Success.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/AutomationRunResponse"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "402": {
            "$ref": "#/components/responses/PaymentRequired"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "409": {
            "$ref": "#/components/responses/Conflict"
          },
          "503": {
            "$ref": "#/components/responses/Unavailable"
          }
        }
      }
    },
    "/v1/sites/{site_id}/automation/runs/{run_id}/resume": {
      "parameters": [
        {
          "$ref": "#/components/parameters/SiteId"
        },
        {
          "$ref": "#/components/parameters/RunId"
        }
      ],
      "post": {
        "operationId": "resumeAutomationRun",
        "tags": [
          "automation"
        ],
        "summary": "Resume a paused run where it stopped",
        "description": "A `paused` run runs on from where it stopped. A run paused for `insufficient_credits` resumes only when the credits now cover 1.2 × what is left (402 otherwise). 409 `AUTOMATION_RUN_STATE` when the run is not in a state this applies to; 409 `SITE_INACTIVE` while the site is paused.",
        "x-igny8-role": "editor",
        "x-sdk-resource": "automation",
        "x-sdk-method": "resume",
        "parameters": [
          {
            "$ref": "#/components/parameters/IdempotencyKey"
          }
        ],
        "responses": {
          "200": {
            "description": "Success.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/AutomationRunResponse"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "402": {
            "$ref": "#/components/responses/PaymentRequired"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "409": {
            "$ref": "#/components/responses/Conflict"
          },
          "503": {
            "$ref": "#/components/responses/Unavailable"
          }
        }
      }
    },
    "/v1/sites/{site_id}/automation/runs/{run_id}/cancel": {
      "parameters": [
        {
          "$ref": "#/components/parameters/SiteId"
        },
        {
          "$ref": "#/components/parameters/RunId"
        }
      ],
      "post": {
        "operationId": "cancelAutomationRun",
        "tags": [
          "automation"
        ],
        "summary": "Cancel a run",
        "description": "The run stops: nothing new starts, the items in flight finish and are charged, the run is `cancelled`. 409 `AUTOMATION_RUN_STATE` when the run is not in a state this applies to.",
        "x-igny8-role": "editor",
        "x-sdk-resource": "automation",
        "x-sdk-method": "cancel",
        "parameters": [
          {
            "$ref": "#/components/parameters/IdempotencyKey"
          }
        ],
        "responses": {
          "200": {
            "description": "Success.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/AutomationRunResponse"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "402": {
            "$ref": "#/components/responses/PaymentRequired"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "409": {
            "$ref": "#/components/responses/Conflict"
          },
          "503": {
            "$ref": "#/components/responses/Unavailable"
          }
        }
      }
    },
    "/v1/sites/{site_id}/automation/runs/{run_id}/retry": {
      "parameters": [
        {
          "$ref": "#/components/parameters/SiteId"
        },
        {
          "$ref": "#/components/parameters/RunId"
        }
      ],
      "post": {
        "operationId": "retryAutomationRun",
        "tags": [
          "automation"
        ],
        "summary": "Retry a failed run from the stage that failed",
        "description": "A `failed` run runs again from its failed stage, keeping what the earlier stages made. 409 `AUTOMATION_RUN_STATE` when the run is not in a state this applies to; 409 `SITE_INACTIVE` while the site is paused.",
        "x-igny8-role": "editor",
        "x-sdk-resource": "automation",
        "x-sdk-method": "retry",
        "parameters": [
          {
            "$ref": "#/components/parameters/IdempotencyKey"
          }
        ],
        "responses": {
          "200": {
            "description": "Success.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/AutomationRunResponse"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "402": {
            "$ref": "#/components/responses/PaymentRequired"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "409": {
            "$ref": "#/components/responses/Conflict"
          },
          "503": {
            "$ref": "#/components/responses/Unavailable"
          }
        }
      }
    },
    "/v1/sites/{site_id}/automation/runs/{run_id}/events": {
      "parameters": [
        {
          "$ref": "#/components/parameters/SiteId"
        },
        {
          "$ref": "#/components/parameters/RunId"
        }
      ],
      "get": {
        "operationId": "streamAutomationRunEvents",
        "tags": [
          "automation"
        ],
        "summary": "The run's events as server-sent events, live",
        "description": "`text/event-stream`: each event with its `id` (send it back as `Last-Event-ID`, or `last_event_id`, to resume after it: every event exactly once), its `event` type and its JSON `data`; `: keep-alive` comments while idle; `event: end` once the run has ended and every event is sent.",
        "x-igny8-role": "viewer",
        "x-igny8-transaction": "none",
        "x-sdk-resource": "automation",
        "x-sdk-method": "streamEvents",
        "parameters": [
          {
            "name": "Last-Event-ID",
            "in": "header",
            "required": false,
            "schema": {
              "type": "string",
              "pattern": "^[0-9]{1,18}$"
            }
          },
          {
            "name": "last_event_id",
            "in": "query",
            "required": false,
            "schema": {
              "type": "string",
              "pattern": "^[0-9]{1,18}$"
            }
          }
        ],
        "responses": {
          "200": {
            "description": "The events, as they happen.",
            "content": {
              "text/event-stream": {
                "schema": {
                  "type": "string"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "503": {
            "$ref": "#/components/responses/Unavailable"
          }
        }
      }
    },
    "/v1/sites/{site_id}/automation/runs/{run_id}/events/poll": {
      "parameters": [
        {
          "$ref": "#/components/parameters/SiteId"
        },
        {
          "$ref": "#/components/parameters/RunId"
        }
      ],
      "get": {
        "operationId": "listAutomationRunEvents",
        "tags": [
          "automation"
        ],
        "summary": "The run's events after a given one (polling)",
        "description": "The events after `after` (an event id; from the start when absent), oldest first; `meta.next_cursor` is the id to ask after next.",
        "x-igny8-role": "viewer",
        "x-sdk-resource": "automation",
        "x-sdk-method": "events",
        "parameters": [
          {
            "name": "after",
            "in": "query",
            "required": false,
            "schema": {
              "type": "string",
              "pattern": "^[0-9]{1,18}$"
            }
          },
          {
            "name": "limit",
            "in": "query",
            "required": false,
            "schema": {
              "type": "integer",
              "minimum": 1,
              "maximum": 500,
              "default": 100
            }
          }
        ],
        "responses": {
          "200": {
            "description": "Success.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/AutomationRunEventListResponse"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "503": {
            "$ref": "#/components/responses/Unavailable"
          }
        }
      }
    },
    "/v1/sites/{site_id}/writer-settings": {
      "parameters": [
        {
          "$ref": "#/components/parameters/SiteId"
        }
      ],
      "get": {
        "operationId": "getWriterSettings",
        "tags": [
          "writer"
        ],
        "summary": "How the writer writes for a site",
        "description": "The brand voice and language fed into every prompt, and the site's rules for links, images and markup. A site that never set them has the defaults.",
        "x-igny8-role": "viewer",
        "x-sdk-resource": "sites",
        "x-sdk-method": "writerSettings",
        "responses": {
          "200": {
            "description": "Success.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/WriterSettingsResponse"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "503": {
            "$ref": "#/components/responses/Unavailable"
          }
        }
      },
      "patch": {
        "operationId": "updateWriterSettings",
        "tags": [
          "writer"
        ],
        "summary": "Change how the writer writes for a site",
        "description": "Only the fields sent change; `null` clears a text field.",
        "x-igny8-role": "admin",
        "x-sdk-resource": "sites",
        "x-sdk-method": "updateWriterSettings",
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/WriterSettingsUpdate"
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "Success.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/WriterSettingsResponse"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "402": {
            "$ref": "#/components/responses/PaymentRequired"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "409": {
            "$ref": "#/components/responses/Conflict"
          },
          "413": {
            "$ref": "#/components/responses/PayloadTooLarge"
          },
          "415": {
            "$ref": "#/components/responses/UnsupportedMediaType"
          },
          "503": {
            "$ref": "#/components/responses/Unavailable"
          }
        }
      }
    },
    "/v1/sites/{site_id}/cannibalization": {
      "parameters": [
        {
          "$ref": "#/components/parameters/SiteId"
        }
      ],
      "get": {
        "operationId": "getCannibalization",
        "tags": [
          "planner"
        ],
        "summary": "Clusters and ideas of a site that compete for the same keyword",
        "x-igny8-role": "viewer",
        "x-sdk-resource": "planner",
        "x-sdk-method": "cannibalization",
        "responses": {
          "200": {
            "description": "Success.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/CannibalizationResponse"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "503": {
            "$ref": "#/components/responses/Unavailable"
          }
        }
      }
    },
    "/v1/sites/{site_id}/integration": {
      "parameters": [
        {
          "$ref": "#/components/parameters/SiteId"
        }
      ],
      "get": {
        "operationId": "getIntegration",
        "tags": [
          "integrations"
        ],
        "summary": "The site's WordPress connection",
        "x-igny8-role": "viewer",
        "x-sdk-resource": "integrations",
        "x-sdk-method": "get",
        "responses": {
          "200": {
            "description": "Success.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/IntegrationResponse"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "503": {
            "$ref": "#/components/responses/Unavailable"
          }
        }
      },
      "delete": {
        "operationId": "disconnectIntegration",
        "tags": [
          "integrations"
        ],
        "summary": "Forget the site's WordPress connection (its secrets stop working)",
        "x-igny8-role": "admin",
        "x-sdk-resource": "integrations",
        "x-sdk-method": "disconnect",
        "responses": {
          "204": {
            "description": "Done."
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "402": {
            "$ref": "#/components/responses/PaymentRequired"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "503": {
            "$ref": "#/components/responses/Unavailable"
          }
        }
      }
    },
    "/v1/sites/{site_id}/integration/connection-code": {
      "parameters": [
        {
          "$ref": "#/components/parameters/SiteId"
        }
      ],
      "post": {
        "operationId": "createConnectionCode",
        "tags": [
          "integrations"
        ],
        "summary": "A one-time code to paste into the WordPress plugin (valid 15 minutes)",
        "description": "Shown once; only its hash is stored. A new code replaces the previous one.",
        "x-igny8-role": "admin",
        "x-sdk-resource": "integrations",
        "x-sdk-method": "connectionCode",
        "parameters": [
          {
            "$ref": "#/components/parameters/IdempotencyKey"
          }
        ],
        "responses": {
          "201": {
            "description": "Success.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/ConnectionCodeResponse"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "402": {
            "$ref": "#/components/responses/PaymentRequired"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "409": {
            "$ref": "#/components/responses/Conflict"
          },
          "503": {
            "$ref": "#/components/responses/Unavailable"
          }
        }
      }
    },
    "/v1/sites/{site_id}/integration/test": {
      "parameters": [
        {
          "$ref": "#/components/parameters/SiteId"
        }
      ],
      "post": {
        "operationId": "testIntegration",
        "tags": [
          "integrations"
        ],
        "summary": "Call the plugin's signed health route now",
        "x-igny8-role": "admin",
        "x-igny8-transaction": "none",
        "x-sdk-resource": "integrations",
        "x-sdk-method": "test",
        "parameters": [
          {
            "$ref": "#/components/parameters/IdempotencyKey"
          }
        ],
        "responses": {
          "200": {
            "description": "Success.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/IntegrationResponse"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "402": {
            "$ref": "#/components/responses/PaymentRequired"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "409": {
            "$ref": "#/components/responses/Conflict"
          },
          "503": {
            "$ref": "#/components/responses/Unavailable"
          }
        }
      }
    },
    "/v1/sites/{site_id}/integration/sync": {
      "parameters": [
        {
          "$ref": "#/components/parameters/SiteId"
        }
      ],
      "post": {
        "operationId": "syncIntegration",
        "tags": [
          "integrations"
        ],
        "summary": "Read categories, tags, authors, post types and the SEO plugin from WordPress",
        "x-igny8-role": "admin",
        "x-igny8-transaction": "none",
        "x-sdk-resource": "integrations",
        "x-sdk-method": "sync",
        "parameters": [
          {
            "$ref": "#/components/parameters/IdempotencyKey"
          }
        ],
        "responses": {
          "200": {
            "description": "Success.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/IntegrationResponse"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "402": {
            "$ref": "#/components/responses/PaymentRequired"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "409": {
            "$ref": "#/components/responses/Conflict"
          },
          "422": {
            "$ref": "#/components/responses/Unprocessable"
          },
          "502": {
            "$ref": "#/components/responses/BadGateway"
          },
          "503": {
            "$ref": "#/components/responses/Unavailable"
          }
        }
      }
    },
    "/v1/sites/{site_id}/integration/events": {
      "parameters": [
        {
          "$ref": "#/components/parameters/SiteId"
        }
      ],
      "get": {
        "operationId": "listIntegrationEvents",
        "tags": [
          "integrations"
        ],
        "summary": "What the site's WordPress reported about Igny8 posts (edits, status changes, trash, deletion), newest first",
        "x-igny8-role": "viewer",
        "x-sdk-resource": "integrations",
        "x-sdk-method": "events",
        "parameters": [
          {
            "$ref": "#/components/parameters/Limit"
          },
          {
            "$ref": "#/components/parameters/Cursor"
          }
        ],
        "responses": {
          "200": {
            "description": "Success.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/SyncEventListResponse"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "503": {
            "$ref": "#/components/responses/Unavailable"
          }
        }
      }
    },
    "/v1/integrations/wordpress/connect": {
      "post": {
        "operationId": "connectWordpress",
        "tags": [
          "integrations"
        ],
        "summary": "Exchange a connection code for the site's signing secret (called by the plugin)",
        "security": [],
        "x-igny8-role": "public",
        "x-sdk-resource": "wordpress",
        "x-sdk-method": "connect",
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/WordpressConnectRequest"
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "Success.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/WordpressConnectionResponse"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "413": {
            "$ref": "#/components/responses/PayloadTooLarge"
          },
          "415": {
            "$ref": "#/components/responses/UnsupportedMediaType"
          },
          "422": {
            "$ref": "#/components/responses/Unprocessable"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          },
          "503": {
            "$ref": "#/components/responses/Unavailable"
          }
        }
      }
    },
    "/v1/integrations/wordpress/ping": {
      "get": {
        "operationId": "pingWordpress",
        "tags": [
          "integrations"
        ],
        "summary": "A signed no-op, the plugin's connection test",
        "security": [
          {
            "siteSignature": []
          }
        ],
        "x-igny8-role": "site",
        "x-sdk-resource": "wordpress",
        "x-sdk-method": "ping",
        "parameters": [
          {
            "$ref": "#/components/parameters/SignatureSite"
          },
          {
            "$ref": "#/components/parameters/SignatureTimestamp"
          },
          {
            "$ref": "#/components/parameters/SignatureNonce"
          },
          {
            "$ref": "#/components/parameters/Signature"
          }
        ],
        "responses": {
          "200": {
            "description": "Success.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/WordpressPingResponse"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "503": {
            "$ref": "#/components/responses/Unavailable"
          }
        }
      }
    },
    "/v1/integrations/wordpress/rotate": {
      "post": {
        "operationId": "rotateWordpressSecret",
        "tags": [
          "integrations"
        ],
        "summary": "Rotate the site's signing secret (signed with the current one)",
        "description": "Sent with no body (the signature covers the empty body). The previous secret stays valid for 300 seconds.",
        "security": [
          {
            "siteSignature": []
          }
        ],
        "x-igny8-role": "site",
        "x-sdk-resource": "wordpress",
        "x-sdk-method": "rotate",
        "parameters": [
          {
            "$ref": "#/components/parameters/SignatureSite"
          },
          {
            "$ref": "#/components/parameters/SignatureTimestamp"
          },
          {
            "$ref": "#/components/parameters/SignatureNonce"
          },
          {
            "$ref": "#/components/parameters/Signature"
          }
        ],
        "responses": {
          "200": {
            "description": "Success.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/WordpressSecretResponse"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "503": {
            "$ref": "#/components/responses/Unavailable"
          }
        }
      }
    },
    "/v1/integrations/wordpress/disconnect": {
      "post": {
        "operationId": "disconnectWordpress",
        "tags": [
          "integrations"
        ],
        "summary": "Disconnect (signed, called by the plugin)",
        "description": "Sent with no body. The server forgets the connection, as `DELETE /v1/sites/{site_id}/integration` does.",
        "security": [
          {
            "siteSignature": []
          }
        ],
        "x-igny8-role": "site",
        "x-sdk-resource": "wordpress",
        "x-sdk-method": "disconnect",
        "parameters": [
          {
            "$ref": "#/components/parameters/SignatureSite"
          },
          {
            "$ref": "#/components/parameters/SignatureTimestamp"
          },
          {
            "$ref": "#/components/parameters/SignatureNonce"
          },
          {
            "$ref": "#/components/parameters/Signature"
          }
        ],
        "responses": {
          "204": {
            "description": "Done."
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "503": {
            "$ref": "#/components/responses/Unavailable"
          }
        }
      }
    },
    "/v1/integrations/wordpress/events": {
      "post": {
        "operationId": "receiveWordpressEvents",
        "tags": [
          "integrations"
        ],
        "summary": "What happened to Igny8 posts in WordPress (signed by the plugin, in batches)",
        "description": "Each event carries the plugin's own id: an event sent again (the plugin retries what it could not deliver) is counted as a duplicate and changes nothing. The Publication and the content follow the post: an edit is recorded (a later publish does not overwrite it without `force`), a status change is mirrored, a post trashed or deleted in WordPress retracts the Publication. Events older than the last one applied to a post are recorded but do not move it back. Events for posts Igny8 does not know are `ignored`.",
        "security": [
          {
            "siteSignature": []
          }
        ],
        "x-igny8-role": "site",
        "x-sdk-resource": "wordpress",
        "x-sdk-method": "events",
        "parameters": [
          {
            "$ref": "#/components/parameters/SignatureSite"
          },
          {
            "$ref": "#/components/parameters/SignatureTimestamp"
          },
          {
            "$ref": "#/components/parameters/SignatureNonce"
          },
          {
            "$ref": "#/components/parameters/Signature"
          }
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/WordpressEventsRequest"
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "Success.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/WordpressEventsResponse"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "413": {
            "$ref": "#/components/responses/PayloadTooLarge"
          },
          "415": {
            "$ref": "#/components/responses/UnsupportedMediaType"
          },
          "503": {
            "$ref": "#/components/responses/Unavailable"
          }
        }
      }
    },
    "/v1/widget-sessions": {
      "post": {
        "operationId": "createWidgetSession",
        "tags": [
          "integrations"
        ],
        "summary": "Mint a short-lived widget session for one site",
        "description": "Called by a partner's backend with an admin API key (`Authorization: Bearer igny8_sk_…`), or by the WordPress\nplugin with a signed request. The token lasts at most 15 minutes, opens one site, carries a role no higher than\nthe issuer's and a feature allowlist; the widget asks its host for a fresh one when it expires.\n",
        "security": [
          {
            "bearerAuth": []
          },
          {
            "siteSignature": []
          }
        ],
        "x-igny8-role": "admin",
        "x-igny8-site-signed": true,
        "x-sdk-resource": "widgetSessions",
        "x-sdk-method": "create",
        "parameters": [
          {
            "$ref": "#/components/parameters/IdempotencyKey"
          }
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/WidgetSessionRequest"
              }
            }
          }
        },
        "responses": {
          "201": {
            "description": "Success.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/WidgetSessionResponse"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "402": {
            "$ref": "#/components/responses/PaymentRequired"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "409": {
            "$ref": "#/components/responses/Conflict"
          },
          "413": {
            "$ref": "#/components/responses/PayloadTooLarge"
          },
          "415": {
            "$ref": "#/components/responses/UnsupportedMediaType"
          },
          "422": {
            "$ref": "#/components/responses/Unprocessable"
          },
          "503": {
            "$ref": "#/components/responses/Unavailable"
          }
        }
      }
    },
    "/v1/billing/balance": {
      "get": {
        "operationId": "getBalance",
        "tags": [
          "billing"
        ],
        "summary": "Credits available now, by pool",
        "x-igny8-role": "viewer",
        "x-sdk-resource": "billing",
        "x-sdk-method": "balance",
        "responses": {
          "200": {
            "description": "Success.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/BalanceResponse"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "503": {
            "$ref": "#/components/responses/Unavailable"
          }
        }
      }
    },
    "/v1/billing/ledger": {
      "get": {
        "operationId": "listLedger",
        "tags": [
          "billing"
        ],
        "summary": "The credit ledger, oldest first",
        "x-igny8-role": "admin",
        "x-sdk-resource": "billing",
        "x-sdk-method": "ledger",
        "parameters": [
          {
            "$ref": "#/components/parameters/Limit"
          },
          {
            "$ref": "#/components/parameters/Cursor"
          }
        ],
        "responses": {
          "200": {
            "description": "Success.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/LedgerListResponse"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "503": {
            "$ref": "#/components/responses/Unavailable"
          }
        }
      }
    },
    "/v1/billing/costs": {
      "get": {
        "operationId": "listCreditCosts",
        "tags": [
          "billing"
        ],
        "summary": "What each AI action costs in credits",
        "x-igny8-role": "viewer",
        "x-sdk-resource": "billing",
        "x-sdk-method": "costs",
        "responses": {
          "200": {
            "description": "Success.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/CreditCostListResponse"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "503": {
            "$ref": "#/components/responses/Unavailable"
          }
        }
      }
    },
    "/v1/billing/estimate": {
      "post": {
        "operationId": "estimateCost",
        "tags": [
          "billing"
        ],
        "summary": "Estimate the credits of a proposed action",
        "x-igny8-role": "viewer",
        "x-sdk-resource": "billing",
        "x-sdk-method": "estimate",
        "parameters": [
          {
            "$ref": "#/components/parameters/IdempotencyKey"
          }
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/EstimateRequest"
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "Success.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/EstimateResponse"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "409": {
            "$ref": "#/components/responses/Conflict"
          },
          "413": {
            "$ref": "#/components/responses/PayloadTooLarge"
          },
          "415": {
            "$ref": "#/components/responses/UnsupportedMediaType"
          },
          "422": {
            "$ref": "#/components/responses/Unprocessable"
          },
          "503": {
            "$ref": "#/components/responses/Unavailable"
          }
        }
      }
    },
    "/v1/billing/usage": {
      "get": {
        "operationId": "listUsage",
        "tags": [
          "billing"
        ],
        "summary": "Charged actions, oldest first",
        "x-igny8-role": "admin",
        "x-sdk-resource": "billing",
        "x-sdk-method": "usage",
        "parameters": [
          {
            "$ref": "#/components/parameters/Limit"
          },
          {
            "$ref": "#/components/parameters/Cursor"
          }
        ],
        "responses": {
          "200": {
            "description": "Success.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/UsageListResponse"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "503": {
            "$ref": "#/components/responses/Unavailable"
          }
        }
      }
    },
    "/v1/billing/usage/summary": {
      "get": {
        "operationId": "getUsageSummary",
        "tags": [
          "billing"
        ],
        "summary": "Credits and cost by day and operation",
        "x-igny8-role": "admin",
        "x-sdk-resource": "billing",
        "x-sdk-method": "usageSummary",
        "parameters": [
          {
            "$ref": "#/components/parameters/From"
          },
          {
            "$ref": "#/components/parameters/To"
          }
        ],
        "responses": {
          "200": {
            "description": "Success.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/UsageSummaryResponse"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "503": {
            "$ref": "#/components/responses/Unavailable"
          }
        }
      }
    },
    "/v1/billing/subscription": {
      "get": {
        "operationId": "getSubscription",
        "tags": [
          "billing"
        ],
        "summary": "The account's subscription",
        "x-igny8-role": "viewer",
        "x-sdk-resource": "billing",
        "x-sdk-method": "subscription",
        "responses": {
          "200": {
            "description": "Success.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/SubscriptionResponse"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "503": {
            "$ref": "#/components/responses/Unavailable"
          }
        }
      }
    },
    "/v1/billing/subscription/change": {
      "post": {
        "operationId": "changeSubscription",
        "tags": [
          "billing"
        ],
        "summary": "Move to another plan",
        "description": "An upgrade takes effect now with a prorated invoice for the rest of the period; plan credits are reset\nto the new plan's amount when that invoice is paid. A downgrade takes effect at the end of the period.\nA move is refused with `PLAN_LIMIT_REACHED` while the account uses more than the new plan allows.\n",
        "x-igny8-role": "owner",
        "x-sdk-resource": "billing",
        "x-sdk-method": "changePlan",
        "parameters": [
          {
            "$ref": "#/components/parameters/IdempotencyKey"
          }
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/ChangeSubscriptionRequest"
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "Success.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/SubscriptionChangeResponse"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "409": {
            "$ref": "#/components/responses/Conflict"
          },
          "413": {
            "$ref": "#/components/responses/PayloadTooLarge"
          },
          "415": {
            "$ref": "#/components/responses/UnsupportedMediaType"
          },
          "422": {
            "$ref": "#/components/responses/Unprocessable"
          },
          "503": {
            "$ref": "#/components/responses/Unavailable"
          }
        }
      }
    },
    "/v1/billing/credit-packages": {
      "get": {
        "operationId": "listCreditPackages",
        "tags": [
          "billing"
        ],
        "summary": "Credit packages on sale",
        "x-igny8-role": "viewer",
        "x-sdk-resource": "billing",
        "x-sdk-method": "creditPackages",
        "responses": {
          "200": {
            "description": "Success.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/CreditPackageListResponse"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "503": {
            "$ref": "#/components/responses/Unavailable"
          }
        }
      }
    },
    "/v1/billing/credit-packages/{package_id}/purchase": {
      "parameters": [
        {
          "$ref": "#/components/parameters/PackageId"
        }
      ],
      "post": {
        "operationId": "purchaseCreditPackage",
        "tags": [
          "billing"
        ],
        "summary": "Buy a credit package (an invoice to pay)",
        "description": "Bonus credits are added when the invoice is paid; they never expire.",
        "x-igny8-role": "admin",
        "x-sdk-resource": "billing",
        "x-sdk-method": "purchasePackage",
        "parameters": [
          {
            "$ref": "#/components/parameters/IdempotencyKey"
          }
        ],
        "responses": {
          "201": {
            "description": "Success.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/InvoiceResponse"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "409": {
            "$ref": "#/components/responses/Conflict"
          },
          "503": {
            "$ref": "#/components/responses/Unavailable"
          }
        }
      }
    },
    "/v1/billing/invoices": {
      "get": {
        "operationId": "listInvoices",
        "tags": [
          "billing"
        ],
        "summary": "Invoices, oldest first",
        "x-igny8-role": "admin",
        "x-sdk-resource": "billing",
        "x-sdk-method": "invoices",
        "parameters": [
          {
            "$ref": "#/components/parameters/Limit"
          },
          {
            "$ref": "#/components/parameters/Cursor"
          }
        ],
        "responses": {
          "200": {
            "description": "Success.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/InvoiceListResponse"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "503": {
            "$ref": "#/components/responses/Unavailable"
          }
        }
      }
    },
    "/v1/billing/invoices/{invoice_id}": {
      "parameters": [
        {
          "$ref": "#/components/parameters/InvoiceId"
        }
      ],
      "get": {
        "operationId": "getInvoice",
        "tags": [
          "billing"
        ],
        "summary": "One invoice with its lines",
        "x-igny8-role": "admin",
        "x-sdk-resource": "billing",
        "x-sdk-method": "invoice",
        "responses": {
          "200": {
            "description": "Success.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/InvoiceResponse"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "503": {
            "$ref": "#/components/responses/Unavailable"
          }
        }
      }
    },
    "/v1/billing/invoices/{invoice_id}/pdf": {
      "parameters": [
        {
          "$ref": "#/components/parameters/InvoiceId"
        }
      ],
      "get": {
        "operationId": "getInvoicePdf",
        "tags": [
          "billing"
        ],
        "summary": "One invoice as a PDF",
        "x-igny8-role": "admin",
        "x-sdk-resource": "billing",
        "x-sdk-method": "invoicePdf",
        "responses": {
          "200": {
            "description": "The invoice as a PDF.",
            "content": {
              "application/pdf": {
                "schema": {
                  "type": "string",
                  "format": "binary"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "503": {
            "$ref": "#/components/responses/Unavailable"
          }
        }
      }
    },
    "/v1/billing/invoices/{invoice_id}/payments": {
      "parameters": [
        {
          "$ref": "#/components/parameters/InvoiceId"
        }
      ],
      "post": {
        "operationId": "payInvoice",
        "tags": [
          "billing"
        ],
        "summary": "Pay an invoice by bank transfer or through Stripe",
        "description": "`manual`: a bank-transfer payment waiting for the operator's approval. `stripe`: a Checkout session;\nsend the payer to `checkout_url`. The invoice is paid when Stripe reports the payment.\n",
        "x-igny8-role": "admin",
        "x-sdk-resource": "billing",
        "x-sdk-method": "payInvoice",
        "parameters": [
          {
            "$ref": "#/components/parameters/IdempotencyKey"
          }
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/PayInvoiceRequest"
              }
            }
          }
        },
        "responses": {
          "201": {
            "description": "Success.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/PaymentResponse"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "409": {
            "$ref": "#/components/responses/Conflict"
          },
          "413": {
            "$ref": "#/components/responses/PayloadTooLarge"
          },
          "415": {
            "$ref": "#/components/responses/UnsupportedMediaType"
          },
          "422": {
            "$ref": "#/components/responses/Unprocessable"
          },
          "503": {
            "$ref": "#/components/responses/Unavailable"
          }
        }
      }
    },
    "/v1/billing/payments": {
      "get": {
        "operationId": "listPayments",
        "tags": [
          "billing"
        ],
        "summary": "Payments, oldest first",
        "x-igny8-role": "admin",
        "x-sdk-resource": "billing",
        "x-sdk-method": "payments",
        "parameters": [
          {
            "$ref": "#/components/parameters/Limit"
          },
          {
            "$ref": "#/components/parameters/Cursor"
          }
        ],
        "responses": {
          "200": {
            "description": "Success.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/PaymentListResponse"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "503": {
            "$ref": "#/components/responses/Unavailable"
          }
        }
      }
    },
    "/v1/sites/{site_id}/budget": {
      "parameters": [
        {
          "$ref": "#/components/parameters/SiteId"
        }
      ],
      "get": {
        "operationId": "getSiteBudget",
        "tags": [
          "billing"
        ],
        "summary": "A site's monthly credit cap and use",
        "x-igny8-role": "viewer",
        "x-sdk-resource": "sites",
        "x-sdk-method": "budget",
        "responses": {
          "200": {
            "description": "Success.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/SiteBudgetResponse"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "503": {
            "$ref": "#/components/responses/Unavailable"
          }
        }
      },
      "put": {
        "operationId": "setSiteBudget",
        "tags": [
          "billing"
        ],
        "summary": "Set or clear a site's monthly credit cap",
        "x-igny8-role": "admin",
        "x-sdk-resource": "sites",
        "x-sdk-method": "setBudget",
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/SiteBudgetRequest"
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "Success.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/SiteBudgetResponse"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "413": {
            "$ref": "#/components/responses/PayloadTooLarge"
          },
          "415": {
            "$ref": "#/components/responses/UnsupportedMediaType"
          },
          "503": {
            "$ref": "#/components/responses/Unavailable"
          }
        }
      }
    },
    "/v1/notifications": {
      "get": {
        "operationId": "listNotifications",
        "tags": [
          "notifications"
        ],
        "summary": "Notifications, newest first",
        "x-igny8-role": "viewer",
        "x-sdk-resource": "notifications",
        "x-sdk-method": "list",
        "parameters": [
          {
            "$ref": "#/components/parameters/Limit"
          },
          {
            "$ref": "#/components/parameters/Cursor"
          },
          {
            "$ref": "#/components/parameters/Unread"
          }
        ],
        "responses": {
          "200": {
            "description": "Success.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/NotificationListResponse"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "503": {
            "$ref": "#/components/responses/Unavailable"
          }
        }
      }
    },
    "/v1/notifications/{notification_id}/read": {
      "parameters": [
        {
          "$ref": "#/components/parameters/NotificationId"
        }
      ],
      "post": {
        "operationId": "markNotificationRead",
        "tags": [
          "notifications"
        ],
        "summary": "Mark a notification read",
        "x-igny8-role": "viewer",
        "x-sdk-resource": "notifications",
        "x-sdk-method": "markRead",
        "parameters": [
          {
            "$ref": "#/components/parameters/IdempotencyKey"
          }
        ],
        "responses": {
          "200": {
            "description": "Success.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/NotificationResponse"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "409": {
            "$ref": "#/components/responses/Conflict"
          },
          "503": {
            "$ref": "#/components/responses/Unavailable"
          }
        }
      }
    },
    "/v1/webhooks/stripe": {
      "post": {
        "operationId": "receiveStripeWebhook",
        "tags": [
          "webhooks"
        ],
        "summary": "Stripe events (signed)",
        "description": "Verifies the `Stripe-Signature` header over the raw body and handles each event once.",
        "security": [],
        "x-igny8-role": "public",
        "x-sdk-resource": "webhooks",
        "x-sdk-method": "stripe",
        "x-igny8-raw-body": true,
        "parameters": [
          {
            "name": "Stripe-Signature",
            "in": "header",
            "required": true,
            "schema": {
              "type": "string",
              "minLength": 1,
              "maxLength": 2000
            }
          }
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "type": "object",
                "description": "A Stripe event, exactly as Stripe sent it.",
                "additionalProperties": true
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "Success.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/AcceptedResponse"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "413": {
            "$ref": "#/components/responses/PayloadTooLarge"
          },
          "415": {
            "$ref": "#/components/responses/UnsupportedMediaType"
          },
          "422": {
            "$ref": "#/components/responses/Unprocessable"
          },
          "503": {
            "$ref": "#/components/responses/Unavailable"
          }
        }
      }
    },
    "/v1/me/notification-preferences": {
      "get": {
        "operationId": "getNotificationPreferences",
        "tags": [
          "me"
        ],
        "summary": "Which notifications the caller gets, per kind, in the app and by email",
        "x-igny8-role": "viewer",
        "x-sdk-resource": "notificationPreferences",
        "x-sdk-method": "get",
        "responses": {
          "200": {
            "description": "One line per kind, defaults included.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/NotificationPreferencesResponse"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "503": {
            "$ref": "#/components/responses/Unavailable"
          }
        }
      },
      "patch": {
        "operationId": "updateNotificationPreferences",
        "tags": [
          "me"
        ],
        "summary": "Change which notifications the caller gets",
        "description": "Kinds not listed keep their setting. Answers every kind, as `getNotificationPreferences` does.",
        "x-igny8-role": "viewer",
        "x-sdk-resource": "notificationPreferences",
        "x-sdk-method": "update",
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/NotificationPreferencesUpdate"
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "The preferences now.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/NotificationPreferencesResponse"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "402": {
            "$ref": "#/components/responses/PaymentRequired"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "413": {
            "$ref": "#/components/responses/PayloadTooLarge"
          },
          "415": {
            "$ref": "#/components/responses/UnsupportedMediaType"
          },
          "503": {
            "$ref": "#/components/responses/Unavailable"
          }
        }
      }
    },
    "/v1/webhook-endpoints": {
      "get": {
        "operationId": "listWebhookEndpoints",
        "tags": [
          "webhook-endpoints"
        ],
        "summary": "The account's webhook endpoints (never their secrets)",
        "x-igny8-role": "admin",
        "x-sdk-resource": "webhookEndpoints",
        "x-sdk-method": "list",
        "parameters": [
          {
            "$ref": "#/components/parameters/Limit"
          },
          {
            "$ref": "#/components/parameters/Cursor"
          }
        ],
        "responses": {
          "200": {
            "description": "A page of endpoints.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/WebhookEndpointListResponse"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "503": {
            "$ref": "#/components/responses/Unavailable"
          }
        }
      },
      "post": {
        "operationId": "createWebhookEndpoint",
        "tags": [
          "webhook-endpoints"
        ],
        "summary": "Add an endpoint; its signing secret is shown once",
        "description": "The URL must be http(s) and resolve to public addresses only (unless the operator allows private networks); it is checked again, and the address pinned, on every delivery.",
        "x-igny8-role": "admin",
        "x-igny8-transaction": "none",
        "x-sdk-resource": "webhookEndpoints",
        "x-sdk-method": "create",
        "parameters": [
          {
            "$ref": "#/components/parameters/IdempotencyKey"
          }
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/CreateWebhookEndpointRequest"
              }
            }
          }
        },
        "responses": {
          "201": {
            "description": "The endpoint with its secret.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/WebhookEndpointCreatedResponse"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "402": {
            "$ref": "#/components/responses/PaymentRequired"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "409": {
            "$ref": "#/components/responses/Conflict"
          },
          "413": {
            "$ref": "#/components/responses/PayloadTooLarge"
          },
          "415": {
            "$ref": "#/components/responses/UnsupportedMediaType"
          },
          "422": {
            "$ref": "#/components/responses/Unprocessable"
          },
          "503": {
            "$ref": "#/components/responses/Unavailable"
          }
        }
      }
    },
    "/v1/webhook-endpoints/{endpoint_id}": {
      "parameters": [
        {
          "$ref": "#/components/parameters/WebhookEndpointId"
        }
      ],
      "get": {
        "operationId": "getWebhookEndpoint",
        "tags": [
          "webhook-endpoints"
        ],
        "summary": "One webhook endpoint",
        "x-igny8-role": "admin",
        "x-sdk-resource": "webhookEndpoints",
        "x-sdk-method": "get",
        "responses": {
          "200": {
            "description": "The endpoint.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/WebhookEndpointResponse"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "503": {
            "$ref": "#/components/responses/Unavailable"
          }
        }
      },
      "patch": {
        "operationId": "updateWebhookEndpoint",
        "tags": [
          "webhook-endpoints"
        ],
        "summary": "Change an endpoint's URL, events, description, or enable it again",
        "description": "Enabling an endpoint that was disabled after failing clears its failure count; nothing is re-sent by itself (replay what was missed). A new URL is checked as at creation.",
        "x-igny8-role": "admin",
        "x-igny8-transaction": "none",
        "x-sdk-resource": "webhookEndpoints",
        "x-sdk-method": "update",
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/UpdateWebhookEndpointRequest"
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "The endpoint.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/WebhookEndpointResponse"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "402": {
            "$ref": "#/components/responses/PaymentRequired"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "413": {
            "$ref": "#/components/responses/PayloadTooLarge"
          },
          "415": {
            "$ref": "#/components/responses/UnsupportedMediaType"
          },
          "422": {
            "$ref": "#/components/responses/Unprocessable"
          },
          "503": {
            "$ref": "#/components/responses/Unavailable"
          }
        }
      },
      "delete": {
        "operationId": "deleteWebhookEndpoint",
        "tags": [
          "webhook-endpoints"
        ],
        "summary": "Delete an endpoint; deliveries not yet made are dropped",
        "x-igny8-role": "admin",
        "x-sdk-resource": "webhookEndpoints",
        "x-sdk-method": "delete",
        "responses": {
          "204": {
            "description": "Deleted."
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "402": {
            "$ref": "#/components/responses/PaymentRequired"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "503": {
            "$ref": "#/components/responses/Unavailable"
          }
        }
      }
    },
    "/v1/webhook-endpoints/{endpoint_id}/rotate-secret": {
      "parameters": [
        {
          "$ref": "#/components/parameters/WebhookEndpointId"
        }
      ],
      "post": {
        "operationId": "rotateWebhookEndpointSecret",
        "tags": [
          "webhook-endpoints"
        ],
        "summary": "A new signing secret, shown once; the old one still signs for 24 hours",
        "description": "Until `previous_secret_expires_at` every delivery carries two signatures in `webhook-signature`, one per secret, so a receiver can switch without losing a delivery.",
        "x-igny8-role": "admin",
        "x-sdk-resource": "webhookEndpoints",
        "x-sdk-method": "rotateSecret",
        "parameters": [
          {
            "$ref": "#/components/parameters/IdempotencyKey"
          }
        ],
        "responses": {
          "200": {
            "description": "The endpoint with its new secret.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/WebhookEndpointCreatedResponse"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "402": {
            "$ref": "#/components/responses/PaymentRequired"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "409": {
            "$ref": "#/components/responses/Conflict"
          },
          "503": {
            "$ref": "#/components/responses/Unavailable"
          }
        }
      }
    },
    "/v1/webhook-endpoints/{endpoint_id}/test": {
      "parameters": [
        {
          "$ref": "#/components/parameters/WebhookEndpointId"
        }
      ],
      "post": {
        "operationId": "testWebhookEndpoint",
        "tags": [
          "webhook-endpoints"
        ],
        "summary": "Send a `webhook.test` event to this endpoint",
        "x-igny8-role": "admin",
        "x-sdk-resource": "webhookEndpoints",
        "x-sdk-method": "test",
        "parameters": [
          {
            "$ref": "#/components/parameters/IdempotencyKey"
          }
        ],
        "responses": {
          "202": {
            "description": "The delivery, queued.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/WebhookDeliveryResponse"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "402": {
            "$ref": "#/components/responses/PaymentRequired"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "409": {
            "$ref": "#/components/responses/Conflict"
          },
          "503": {
            "$ref": "#/components/responses/Unavailable"
          }
        }
      }
    },
    "/v1/webhook-endpoints/{endpoint_id}/replay": {
      "parameters": [
        {
          "$ref": "#/components/parameters/WebhookEndpointId"
        }
      ],
      "post": {
        "operationId": "replayWebhookDeliveries",
        "tags": [
          "webhook-endpoints"
        ],
        "summary": "Send again the deliveries of a time range (each with its original `webhook-id`)",
        "x-igny8-role": "admin",
        "x-sdk-resource": "webhookEndpoints",
        "x-sdk-method": "replay",
        "parameters": [
          {
            "$ref": "#/components/parameters/IdempotencyKey"
          }
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/ReplayWebhookDeliveriesRequest"
              }
            }
          }
        },
        "responses": {
          "202": {
            "description": "How many deliveries were queued again.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/WebhookReplayResponse"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "402": {
            "$ref": "#/components/responses/PaymentRequired"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "409": {
            "$ref": "#/components/responses/Conflict"
          },
          "413": {
            "$ref": "#/components/responses/PayloadTooLarge"
          },
          "415": {
            "$ref": "#/components/responses/UnsupportedMediaType"
          },
          "422": {
            "$ref": "#/components/responses/Unprocessable"
          },
          "503": {
            "$ref": "#/components/responses/Unavailable"
          }
        }
      }
    },
    "/v1/webhook-endpoints/{endpoint_id}/deliveries": {
      "parameters": [
        {
          "$ref": "#/components/parameters/WebhookEndpointId"
        }
      ],
      "get": {
        "operationId": "listWebhookDeliveries",
        "tags": [
          "webhook-endpoints"
        ],
        "summary": "The endpoint's delivery log, newest first",
        "x-igny8-role": "admin",
        "x-sdk-resource": "webhookEndpoints",
        "x-sdk-method": "listDeliveries",
        "parameters": [
          {
            "$ref": "#/components/parameters/Limit"
          },
          {
            "$ref": "#/components/parameters/Cursor"
          },
          {
            "$ref": "#/components/parameters/WebhookDeliveryStatusFilter"
          },
          {
            "$ref": "#/components/parameters/WebhookEventTypeFilter"
          }
        ],
        "responses": {
          "200": {
            "description": "A page of deliveries.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/WebhookDeliveryListResponse"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "503": {
            "$ref": "#/components/responses/Unavailable"
          }
        }
      }
    },
    "/v1/webhook-endpoints/{endpoint_id}/deliveries/{delivery_id}": {
      "parameters": [
        {
          "$ref": "#/components/parameters/WebhookEndpointId"
        },
        {
          "$ref": "#/components/parameters/WebhookDeliveryId"
        }
      ],
      "get": {
        "operationId": "getWebhookDelivery",
        "tags": [
          "webhook-endpoints"
        ],
        "summary": "One delivery with its payload and every attempt's request and response",
        "x-igny8-role": "admin",
        "x-sdk-resource": "webhookEndpoints",
        "x-sdk-method": "getDelivery",
        "responses": {
          "200": {
            "description": "The delivery.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/WebhookDeliveryDetailResponse"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "503": {
            "$ref": "#/components/responses/Unavailable"
          }
        }
      }
    },
    "/v1/webhook-endpoints/{endpoint_id}/deliveries/{delivery_id}/replay": {
      "parameters": [
        {
          "$ref": "#/components/parameters/WebhookEndpointId"
        },
        {
          "$ref": "#/components/parameters/WebhookDeliveryId"
        }
      ],
      "post": {
        "operationId": "replayWebhookDelivery",
        "tags": [
          "webhook-endpoints"
        ],
        "summary": "Send one delivery again, with the same `webhook-id` and payload",
        "x-igny8-role": "admin",
        "x-sdk-resource": "webhookEndpoints",
        "x-sdk-method": "replayDelivery",
        "parameters": [
          {
            "$ref": "#/components/parameters/IdempotencyKey"
          }
        ],
        "responses": {
          "202": {
            "description": "The delivery, queued again.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/WebhookDeliveryResponse"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "402": {
            "$ref": "#/components/responses/PaymentRequired"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "409": {
            "$ref": "#/components/responses/Conflict"
          },
          "503": {
            "$ref": "#/components/responses/Unavailable"
          }
        }
      }
    },
    "/v1/audit-events": {
      "get": {
        "operationId": "listAuditEvents",
        "tags": [
          "audit"
        ],
        "summary": "Who did what in the account, newest first",
        "description": "Append-only: sign-ins, API keys, members and roles, plan changes, credit adjustments, WordPress connections, webhook endpoints and the operator's actions on the account. Nothing here can be changed or deleted.",
        "x-igny8-role": "owner",
        "x-sdk-resource": "auditEvents",
        "x-sdk-method": "list",
        "parameters": [
          {
            "$ref": "#/components/parameters/Limit"
          },
          {
            "$ref": "#/components/parameters/Cursor"
          },
          {
            "$ref": "#/components/parameters/AuditActionFilter"
          },
          {
            "$ref": "#/components/parameters/AuditActorIdFilter"
          },
          {
            "$ref": "#/components/parameters/AuditSince"
          },
          {
            "$ref": "#/components/parameters/AuditUntil"
          }
        ],
        "responses": {
          "200": {
            "description": "A page of events.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/AuditEventListResponse"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "503": {
            "$ref": "#/components/responses/Unavailable"
          }
        }
      }
    },
    "/v1/admin/auth/login": {
      "post": {
        "operationId": "operatorLogin",
        "tags": [
          "admin"
        ],
        "summary": "Sign in as the operator",
        "description": "Operator accounts are made on the server with `pnpm operator:create`. The token (audience `igny8-admin`) opens only `/v1/admin/*`.",
        "security": [],
        "x-igny8-role": "public",
        "x-sdk-resource": "admin",
        "x-sdk-method": "login",
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/LoginRequest"
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "Success.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/OperatorSessionResponse"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "413": {
            "$ref": "#/components/responses/PayloadTooLarge"
          },
          "415": {
            "$ref": "#/components/responses/UnsupportedMediaType"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          },
          "503": {
            "$ref": "#/components/responses/Unavailable"
          }
        }
      }
    },
    "/v1/admin/accounts": {
      "get": {
        "operationId": "adminListAccounts",
        "tags": [
          "admin"
        ],
        "summary": "Every account, with plan and balance",
        "x-igny8-role": "operator",
        "x-sdk-resource": "admin",
        "x-sdk-method": "accounts",
        "parameters": [
          {
            "$ref": "#/components/parameters/Limit"
          },
          {
            "$ref": "#/components/parameters/Cursor"
          }
        ],
        "responses": {
          "200": {
            "description": "Success.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/AdminAccountListResponse"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "503": {
            "$ref": "#/components/responses/Unavailable"
          }
        }
      }
    },
    "/v1/admin/accounts/{account_id}": {
      "parameters": [
        {
          "$ref": "#/components/parameters/AccountId"
        }
      ],
      "get": {
        "operationId": "adminGetAccount",
        "tags": [
          "admin"
        ],
        "summary": "One account, with plan and balance",
        "x-igny8-role": "operator",
        "x-sdk-resource": "admin",
        "x-sdk-method": "account",
        "responses": {
          "200": {
            "description": "Success.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/AdminAccountResponse"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "503": {
            "$ref": "#/components/responses/Unavailable"
          }
        }
      }
    },
    "/v1/admin/accounts/{account_id}/credits": {
      "parameters": [
        {
          "$ref": "#/components/parameters/AccountId"
        }
      ],
      "post": {
        "operationId": "adminAdjustCredits",
        "tags": [
          "admin"
        ],
        "summary": "Grant or take credits, with a reason (audited)",
        "x-igny8-role": "operator",
        "x-sdk-resource": "admin",
        "x-sdk-method": "adjustCredits",
        "parameters": [
          {
            "$ref": "#/components/parameters/IdempotencyKey"
          }
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/AdjustCreditsRequest"
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "Success.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/BalanceResponse"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "409": {
            "$ref": "#/components/responses/Conflict"
          },
          "413": {
            "$ref": "#/components/responses/PayloadTooLarge"
          },
          "415": {
            "$ref": "#/components/responses/UnsupportedMediaType"
          },
          "422": {
            "$ref": "#/components/responses/Unprocessable"
          },
          "503": {
            "$ref": "#/components/responses/Unavailable"
          }
        }
      }
    },
    "/v1/admin/accounts/{account_id}/status": {
      "parameters": [
        {
          "$ref": "#/components/parameters/AccountId"
        }
      ],
      "put": {
        "operationId": "adminSetAccountStatus",
        "tags": [
          "admin"
        ],
        "summary": "Suspend, reactivate or cancel an account (audited)",
        "x-igny8-role": "operator",
        "x-sdk-resource": "admin",
        "x-sdk-method": "setAccountStatus",
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/SetAccountStatusRequest"
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "Success.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/AdminAccountResponse"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "413": {
            "$ref": "#/components/responses/PayloadTooLarge"
          },
          "415": {
            "$ref": "#/components/responses/UnsupportedMediaType"
          },
          "503": {
            "$ref": "#/components/responses/Unavailable"
          }
        }
      }
    },
    "/v1/admin/accounts/{account_id}/ai": {
      "parameters": [
        {
          "$ref": "#/components/parameters/AccountId"
        }
      ],
      "put": {
        "operationId": "adminSetAccountAi",
        "tags": [
          "admin"
        ],
        "summary": "Choose an account's AI providers and prompt templates",
        "description": "Names must be providers the server is configured with; template overrides may only use the variables of the\ndefault template. An empty object returns the account to the defaults.\n",
        "x-igny8-role": "operator",
        "x-sdk-resource": "admin",
        "x-sdk-method": "setAccountAi",
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/AccountAiSettings"
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "Success.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/AccountAiResponse"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "413": {
            "$ref": "#/components/responses/PayloadTooLarge"
          },
          "415": {
            "$ref": "#/components/responses/UnsupportedMediaType"
          },
          "422": {
            "$ref": "#/components/responses/Unprocessable"
          },
          "503": {
            "$ref": "#/components/responses/Unavailable"
          }
        }
      }
    },
    "/v1/admin/payments": {
      "get": {
        "operationId": "adminListPayments",
        "tags": [
          "admin"
        ],
        "summary": "Payments of every account, optionally by status",
        "x-igny8-role": "operator",
        "x-sdk-resource": "admin",
        "x-sdk-method": "payments",
        "parameters": [
          {
            "$ref": "#/components/parameters/Limit"
          },
          {
            "$ref": "#/components/parameters/Cursor"
          },
          {
            "$ref": "#/components/parameters/PaymentStatus"
          }
        ],
        "responses": {
          "200": {
            "description": "Success.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/PaymentListResponse"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "503": {
            "$ref": "#/components/responses/Unavailable"
          }
        }
      }
    },
    "/v1/admin/payments/{payment_id}/approve": {
      "parameters": [
        {
          "$ref": "#/components/parameters/PaymentId"
        }
      ],
      "post": {
        "operationId": "adminApprovePayment",
        "tags": [
          "admin"
        ],
        "summary": "Approve a bank transfer, which pays the invoice",
        "x-igny8-role": "operator",
        "x-sdk-resource": "admin",
        "x-sdk-method": "approvePayment",
        "parameters": [
          {
            "$ref": "#/components/parameters/IdempotencyKey"
          }
        ],
        "responses": {
          "200": {
            "description": "Success.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/PaymentResponse"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "409": {
            "$ref": "#/components/responses/Conflict"
          },
          "503": {
            "$ref": "#/components/responses/Unavailable"
          }
        }
      }
    },
    "/v1/admin/payments/{payment_id}/reject": {
      "parameters": [
        {
          "$ref": "#/components/parameters/PaymentId"
        }
      ],
      "post": {
        "operationId": "adminRejectPayment",
        "tags": [
          "admin"
        ],
        "summary": "Reject a bank transfer",
        "x-igny8-role": "operator",
        "x-sdk-resource": "admin",
        "x-sdk-method": "rejectPayment",
        "parameters": [
          {
            "$ref": "#/components/parameters/IdempotencyKey"
          }
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/RejectPaymentRequest"
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "Success.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/PaymentResponse"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "409": {
            "$ref": "#/components/responses/Conflict"
          },
          "413": {
            "$ref": "#/components/responses/PayloadTooLarge"
          },
          "415": {
            "$ref": "#/components/responses/UnsupportedMediaType"
          },
          "503": {
            "$ref": "#/components/responses/Unavailable"
          }
        }
      }
    },
    "/v1/admin/publications": {
      "get": {
        "operationId": "adminListPublications",
        "tags": [
          "admin"
        ],
        "summary": "Publications of every account, optionally by status; `status=failed` is the platform's dead-letter list",
        "x-igny8-role": "operator",
        "x-sdk-resource": "admin",
        "x-sdk-method": "publications",
        "parameters": [
          {
            "$ref": "#/components/parameters/Limit"
          },
          {
            "$ref": "#/components/parameters/Cursor"
          },
          {
            "$ref": "#/components/parameters/PublicationStatusFilter"
          }
        ],
        "responses": {
          "200": {
            "description": "Success.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/PublicationListResponse"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "503": {
            "$ref": "#/components/responses/Unavailable"
          }
        }
      }
    },
    "/v1/admin/publications/{publication_id}/redrive": {
      "parameters": [
        {
          "$ref": "#/components/parameters/PublicationId"
        }
      ],
      "post": {
        "operationId": "adminRedrivePublication",
        "tags": [
          "admin"
        ],
        "summary": "Send a failed publication of any account again",
        "description": "As `POST /v1/sites/{site_id}/publications/{publication_id}/redrive`, done by the operator for the account.",
        "x-igny8-role": "operator",
        "x-sdk-resource": "admin",
        "x-sdk-method": "redrivePublication",
        "parameters": [
          {
            "$ref": "#/components/parameters/IdempotencyKey"
          }
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/RedriveRequest"
              }
            }
          }
        },
        "responses": {
          "202": {
            "description": "Accepted.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/PublicationResponse"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "402": {
            "$ref": "#/components/responses/PaymentRequired"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "409": {
            "$ref": "#/components/responses/Conflict"
          },
          "413": {
            "$ref": "#/components/responses/PayloadTooLarge"
          },
          "415": {
            "$ref": "#/components/responses/UnsupportedMediaType"
          },
          "422": {
            "$ref": "#/components/responses/Unprocessable"
          },
          "503": {
            "$ref": "#/components/responses/Unavailable"
          }
        }
      }
    },
    "/v1/admin/plans/{plan_code}": {
      "parameters": [
        {
          "$ref": "#/components/parameters/PlanCode"
        }
      ],
      "put": {
        "operationId": "adminUpsertPlan",
        "tags": [
          "admin"
        ],
        "summary": "Create or edit a plan",
        "x-igny8-role": "operator",
        "x-sdk-resource": "admin",
        "x-sdk-method": "upsertPlan",
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/PlanInput"
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "Success.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/PlanResponse"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "413": {
            "$ref": "#/components/responses/PayloadTooLarge"
          },
          "415": {
            "$ref": "#/components/responses/UnsupportedMediaType"
          },
          "503": {
            "$ref": "#/components/responses/Unavailable"
          }
        }
      }
    },
    "/v1/admin/credit-costs": {
      "put": {
        "operationId": "adminSetCreditCost",
        "tags": [
          "admin"
        ],
        "summary": "Set the credits of an operation (optionally per provider)",
        "x-igny8-role": "operator",
        "x-sdk-resource": "admin",
        "x-sdk-method": "setCreditCost",
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/CreditCostInput"
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "Success.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/CreditCostResponse"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "413": {
            "$ref": "#/components/responses/PayloadTooLarge"
          },
          "415": {
            "$ref": "#/components/responses/UnsupportedMediaType"
          },
          "503": {
            "$ref": "#/components/responses/Unavailable"
          }
        }
      }
    },
    "/v1/admin/credit-packages": {
      "post": {
        "operationId": "adminCreateCreditPackage",
        "tags": [
          "admin"
        ],
        "summary": "Put a credit package on sale",
        "x-igny8-role": "operator",
        "x-sdk-resource": "admin",
        "x-sdk-method": "createCreditPackage",
        "parameters": [
          {
            "$ref": "#/components/parameters/IdempotencyKey"
          }
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/CreditPackageInput"
              }
            }
          }
        },
        "responses": {
          "201": {
            "description": "Success.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/CreditPackageResponse"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "409": {
            "$ref": "#/components/responses/Conflict"
          },
          "413": {
            "$ref": "#/components/responses/PayloadTooLarge"
          },
          "415": {
            "$ref": "#/components/responses/UnsupportedMediaType"
          },
          "503": {
            "$ref": "#/components/responses/Unavailable"
          }
        }
      }
    },
    "/v1/admin/credit-packages/{package_id}": {
      "parameters": [
        {
          "$ref": "#/components/parameters/PackageId"
        }
      ],
      "patch": {
        "operationId": "adminUpdateCreditPackage",
        "tags": [
          "admin"
        ],
        "summary": "Edit or withdraw a credit package",
        "x-igny8-role": "operator",
        "x-sdk-resource": "admin",
        "x-sdk-method": "updateCreditPackage",
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/CreditPackageUpdate"
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "Success.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/CreditPackageResponse"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "413": {
            "$ref": "#/components/responses/PayloadTooLarge"
          },
          "415": {
            "$ref": "#/components/responses/UnsupportedMediaType"
          },
          "503": {
            "$ref": "#/components/responses/Unavailable"
          }
        }
      }
    },
    "/v1/admin/billing/renewals": {
      "post": {
        "operationId": "adminRunRenewals",
        "tags": [
          "admin"
        ],
        "summary": "Run subscription renewals now (they also run on a schedule)",
        "x-igny8-role": "operator",
        "x-igny8-transaction": "none",
        "x-sdk-resource": "admin",
        "x-sdk-method": "runRenewals",
        "parameters": [
          {
            "$ref": "#/components/parameters/IdempotencyKey"
          }
        ],
        "responses": {
          "200": {
            "description": "Success.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/RenewalReportResponse"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "409": {
            "$ref": "#/components/responses/Conflict"
          },
          "503": {
            "$ref": "#/components/responses/Unavailable"
          }
        }
      }
    },
    "/v1/public/sites/{site_slug}/contents": {
      "parameters": [
        {
          "$ref": "#/components/parameters/SiteSlug"
        }
      ],
      "get": {
        "operationId": "listPublicContents",
        "tags": [
          "public"
        ],
        "summary": "The published contents of a live site, newest published first, without their html (no credentials)",
        "description": "For headless front ends. Only contents publishing made public (`publish_status: published`) of a site that is live (`active`); a paused or unknown site answers `404 NOT_FOUND`, the same either way. Public fields only. A strong `ETag` (a hash of `data` and `meta`) and `Cache-Control: public, max-age=60`; a request whose `If-None-Match` names the current ETag is answered `304` without a body. Limited per client address (`PUBLIC_RATE_LIMIT_PER_MINUTE`, 429 with `Retry-After`).",
        "security": [],
        "x-igny8-role": "public",
        "x-sdk-resource": "public",
        "x-sdk-method": "contents",
        "parameters": [
          {
            "$ref": "#/components/parameters/PublicLimit"
          },
          {
            "$ref": "#/components/parameters/Cursor"
          }
        ],
        "responses": {
          "200": {
            "description": "Success.",
            "headers": {
              "ETag": {
                "$ref": "#/components/headers/ETag"
              },
              "Cache-Control": {
                "$ref": "#/components/headers/PublicCacheControl"
              }
            },
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/PublicContentListResponse"
                }
              }
            }
          },
          "304": {
            "$ref": "#/components/responses/NotModified"
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          },
          "503": {
            "$ref": "#/components/responses/Unavailable"
          }
        }
      }
    },
    "/v1/public/sites/{site_slug}/contents/{content_slug}": {
      "parameters": [
        {
          "$ref": "#/components/parameters/SiteSlug"
        },
        {
          "$ref": "#/components/parameters/ContentSlug"
        }
      ],
      "get": {
        "operationId": "getPublicContent",
        "tags": [
          "public"
        ],
        "summary": "One published content of a live site by its slug, with its html (no credentials)",
        "description": "An unknown slug, a content not published, and a paused or unknown site all answer the same `404 NOT_FOUND`. `ETag`, `Cache-Control` and `304` as for the list.",
        "security": [],
        "x-igny8-role": "public",
        "x-sdk-resource": "public",
        "x-sdk-method": "content",
        "responses": {
          "200": {
            "description": "Success.",
            "headers": {
              "ETag": {
                "$ref": "#/components/headers/ETag"
              },
              "Cache-Control": {
                "$ref": "#/components/headers/PublicCacheControl"
              }
            },
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/PublicContentResponse"
                }
              }
            }
          },
          "304": {
            "$ref": "#/components/responses/NotModified"
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          },
          "503": {
            "$ref": "#/components/responses/Unavailable"
          }
        }
      }
    },
    "/v1/public/sites/{site_slug}/contents/{content_slug}/featured-image": {
      "parameters": [
        {
          "$ref": "#/components/parameters/SiteSlug"
        },
        {
          "$ref": "#/components/parameters/ContentSlug"
        }
      ],
      "get": {
        "operationId": "getPublicFeaturedImage",
        "tags": [
          "public"
        ],
        "summary": "The featured image of a published content of a live site (no credentials)",
        "description": "The `featured_image.url` of a public content. 404 as for the content, and when it has no drawn featured image. `ETag`, `Cache-Control` and `304` as for the content.",
        "security": [],
        "x-igny8-role": "public",
        "x-sdk-resource": "public",
        "x-sdk-method": "featuredImage",
        "responses": {
          "200": {
            "description": "The image as a PNG.",
            "headers": {
              "ETag": {
                "$ref": "#/components/headers/ETag"
              },
              "Cache-Control": {
                "$ref": "#/components/headers/PublicCacheControl"
              }
            },
            "content": {
              "image/png": {
                "schema": {
                  "type": "string",
                  "format": "binary"
                }
              }
            }
          },
          "304": {
            "$ref": "#/components/responses/NotModified"
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          },
          "503": {
            "$ref": "#/components/responses/Unavailable"
          }
        }
      }
    }
  },
  "webhooks": {
    "keywords.imported": {
      "post": {
        "operationId": "keywords_imported_event",
        "summary": "A keyword import finished.",
        "description": "Sent to every enabled endpoint subscribed to `keywords.imported`, signed per Standard Webhooks (`webhook-id`, `webhook-timestamp`, `webhook-signature`); answer 2xx within 15 seconds.",
        "security": [],
        "x-igny8-role": "public",
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/KeywordsImportedEvent"
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "Received."
          }
        }
      }
    },
    "clustering.completed": {
      "post": {
        "operationId": "clustering_completed_event",
        "summary": "A clustering run finished.",
        "description": "Sent to every enabled endpoint subscribed to `clustering.completed`, signed per Standard Webhooks (`webhook-id`, `webhook-timestamp`, `webhook-signature`); answer 2xx within 15 seconds.",
        "security": [],
        "x-igny8-role": "public",
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/ClusteringCompletedEvent"
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "Received."
          }
        }
      }
    },
    "content.generated": {
      "post": {
        "operationId": "content_generated_event",
        "summary": "The writer finished a content (a draft to review).",
        "description": "Sent to every enabled endpoint subscribed to `content.generated`, signed per Standard Webhooks (`webhook-id`, `webhook-timestamp`, `webhook-signature`); answer 2xx within 15 seconds.",
        "security": [],
        "x-igny8-role": "public",
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/ContentGeneratedEvent"
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "Received."
          }
        }
      }
    },
    "content.approved": {
      "post": {
        "operationId": "content_approved_event",
        "summary": "A content was approved for publishing.",
        "description": "Sent to every enabled endpoint subscribed to `content.approved`, signed per Standard Webhooks (`webhook-id`, `webhook-timestamp`, `webhook-signature`); answer 2xx within 15 seconds.",
        "security": [],
        "x-igny8-role": "public",
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/ContentApprovedEvent"
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "Received."
          }
        }
      }
    },
    "content.published": {
      "post": {
        "operationId": "content_published_event",
        "summary": "WordPress accepted a publication (a new post or an update).",
        "description": "Sent to every enabled endpoint subscribed to `content.published`, signed per Standard Webhooks (`webhook-id`, `webhook-timestamp`, `webhook-signature`); answer 2xx within 15 seconds.",
        "security": [],
        "x-igny8-role": "public",
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/ContentPublishedEvent"
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "Received."
          }
        }
      }
    },
    "publication.failed": {
      "post": {
        "operationId": "publication_failed_event",
        "summary": "A publication failed after its retries.",
        "description": "Sent to every enabled endpoint subscribed to `publication.failed`, signed per Standard Webhooks (`webhook-id`, `webhook-timestamp`, `webhook-signature`); answer 2xx within 15 seconds.",
        "security": [],
        "x-igny8-role": "public",
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/PublicationFailedEvent"
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "Received."
          }
        }
      }
    },
    "automation.run.completed": {
      "post": {
        "operationId": "automation_run_completed_event",
        "summary": "An automation run finished every stage.",
        "description": "Sent to every enabled endpoint subscribed to `automation.run.completed`, signed per Standard Webhooks (`webhook-id`, `webhook-timestamp`, `webhook-signature`); answer 2xx within 15 seconds.",
        "security": [],
        "x-igny8-role": "public",
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/AutomationRunCompletedEvent"
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "Received."
          }
        }
      }
    },
    "automation.run.failed": {
      "post": {
        "operationId": "automation_run_failed_event",
        "summary": "An automation run stopped on a failed stage.",
        "description": "Sent to every enabled endpoint subscribed to `automation.run.failed`, signed per Standard Webhooks (`webhook-id`, `webhook-timestamp`, `webhook-signature`); answer 2xx within 15 seconds.",
        "security": [],
        "x-igny8-role": "public",
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/AutomationRunFailedEvent"
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "Received."
          }
        }
      }
    },
    "automation.run.paused": {
      "post": {
        "operationId": "automation_run_paused_event",
        "summary": "An automation run paused (by a person, or by itself, e.g. out of credits).",
        "description": "Sent to every enabled endpoint subscribed to `automation.run.paused`, signed per Standard Webhooks (`webhook-id`, `webhook-timestamp`, `webhook-signature`); answer 2xx within 15 seconds.",
        "security": [],
        "x-igny8-role": "public",
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/AutomationRunPausedEvent"
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "Received."
          }
        }
      }
    },
    "credits.low": {
      "post": {
        "operationId": "credits_low_event",
        "summary": "80 % or all of the period's plan credits are used.",
        "description": "Sent to every enabled endpoint subscribed to `credits.low`, signed per Standard Webhooks (`webhook-id`, `webhook-timestamp`, `webhook-signature`); answer 2xx within 15 seconds.",
        "security": [],
        "x-igny8-role": "public",
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/CreditsLowEvent"
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "Received."
          }
        }
      }
    },
    "invoice.paid": {
      "post": {
        "operationId": "invoice_paid_event",
        "summary": "An invoice was paid.",
        "description": "Sent to every enabled endpoint subscribed to `invoice.paid`, signed per Standard Webhooks (`webhook-id`, `webhook-timestamp`, `webhook-signature`); answer 2xx within 15 seconds.",
        "security": [],
        "x-igny8-role": "public",
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/InvoicePaidEvent"
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "Received."
          }
        }
      }
    },
    "webhook.test": {
      "post": {
        "operationId": "webhook_test_event",
        "summary": "Sent by `testWebhookEndpoint`, to check a receiver.",
        "description": "Sent to every enabled endpoint subscribed to `webhook.test`, signed per Standard Webhooks (`webhook-id`, `webhook-timestamp`, `webhook-signature`); answer 2xx within 15 seconds.",
        "security": [],
        "x-igny8-role": "public",
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/WebhookTestEvent"
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "Received."
          }
        }
      }
    }
  },
  "components": {
    "securitySchemes": {
      "bearerAuth": {
        "type": "http",
        "scheme": "bearer",
        "description": "An access token (JWT) from login or refresh, or an API key (`igny8_sk_…`)."
      },
      "siteSignature": {
        "type": "apiKey",
        "in": "header",
        "name": "X-Igny8-Signature",
        "description": "A request signed by a connected WordPress site with its secret: `X-Igny8-Site`, `X-Igny8-Timestamp`,\n`X-Igny8-Nonce` and `X-Igny8-Signature` (see those parameters). Refused when stale (over 300 s) or replayed.\n"
      }
    },
    "parameters": {
      "IdempotencyKey": {
        "name": "Idempotency-Key",
        "in": "header",
        "required": false,
        "description": "A unique key per intended effect (the SDK sends one on every POST); retries reuse it.",
        "schema": {
          "type": "string",
          "minLength": 1,
          "maxLength": 255
        }
      },
      "Limit": {
        "name": "limit",
        "in": "query",
        "required": false,
        "description": "Page size.",
        "schema": {
          "type": "integer",
          "minimum": 1,
          "maximum": 100,
          "default": 25
        }
      },
      "Cursor": {
        "name": "cursor",
        "in": "query",
        "required": false,
        "description": "The `meta.next_cursor` of the previous page.",
        "schema": {
          "type": "string",
          "minLength": 1,
          "maxLength": 512
        }
      },
      "PublicLimit": {
        "name": "limit",
        "in": "query",
        "required": false,
        "description": "Page size.",
        "schema": {
          "type": "integer",
          "minimum": 1,
          "maximum": 50,
          "default": 20
        }
      },
      "SiteSlug": {
        "name": "site_slug",
        "in": "path",
        "required": true,
        "schema": {
          "$ref": "#/components/schemas/SiteSlug"
        }
      },
      "ContentSlug": {
        "name": "content_slug",
        "in": "path",
        "required": true,
        "schema": {
          "type": "string",
          "minLength": 1,
          "maxLength": 200,
          "pattern": "^[a-z0-9]+(?:-[a-z0-9]+)*$"
        }
      },
      "SiteId": {
        "name": "site_id",
        "in": "path",
        "required": true,
        "schema": {
          "type": "string",
          "format": "uuid"
        }
      },
      "MemberId": {
        "name": "member_id",
        "in": "path",
        "required": true,
        "schema": {
          "type": "string",
          "format": "uuid"
        }
      },
      "InvitationId": {
        "name": "invitation_id",
        "in": "path",
        "required": true,
        "schema": {
          "type": "string",
          "format": "uuid"
        }
      },
      "ApiKeyId": {
        "name": "api_key_id",
        "in": "path",
        "required": true,
        "schema": {
          "type": "string",
          "format": "uuid"
        }
      },
      "IndustryId": {
        "name": "industry_id",
        "in": "path",
        "required": true,
        "schema": {
          "type": "string",
          "format": "uuid"
        }
      },
      "UserId": {
        "name": "user_id",
        "in": "path",
        "required": true,
        "schema": {
          "type": "string",
          "format": "uuid"
        }
      },
      "RunId": {
        "name": "run_id",
        "in": "path",
        "required": true,
        "schema": {
          "type": "string",
          "format": "uuid"
        }
      },
      "OperationId": {
        "name": "operation_id",
        "in": "path",
        "required": true,
        "schema": {
          "type": "string",
          "format": "uuid"
        }
      },
      "PackageId": {
        "name": "package_id",
        "in": "path",
        "required": true,
        "schema": {
          "type": "string",
          "format": "uuid"
        }
      },
      "InvoiceId": {
        "name": "invoice_id",
        "in": "path",
        "required": true,
        "schema": {
          "type": "string",
          "format": "uuid"
        }
      },
      "NotificationId": {
        "name": "notification_id",
        "in": "path",
        "required": true,
        "schema": {
          "type": "string",
          "format": "uuid"
        }
      },
      "AccountId": {
        "name": "account_id",
        "in": "path",
        "required": true,
        "schema": {
          "type": "string",
          "format": "uuid"
        }
      },
      "PaymentId": {
        "name": "payment_id",
        "in": "path",
        "required": true,
        "schema": {
          "type": "string",
          "format": "uuid"
        }
      },
      "PlanCode": {
        "name": "plan_code",
        "in": "path",
        "required": true,
        "schema": {
          "type": "string",
          "pattern": "^[a-z0-9][a-z0-9-]{0,39}$"
        }
      },
      "From": {
        "name": "from",
        "in": "query",
        "required": false,
        "description": "First day (UTC), inclusive; defaults to 30 days ago.",
        "schema": {
          "type": "string",
          "format": "date"
        }
      },
      "To": {
        "name": "to",
        "in": "query",
        "required": false,
        "description": "Last day (UTC), inclusive; defaults to today.",
        "schema": {
          "type": "string",
          "format": "date"
        }
      },
      "Unread": {
        "name": "unread",
        "in": "query",
        "required": false,
        "description": "Only notifications not yet read.",
        "schema": {
          "type": "boolean"
        }
      },
      "PaymentStatus": {
        "name": "status",
        "in": "query",
        "required": false,
        "schema": {
          "$ref": "#/components/schemas/PaymentStatus"
        }
      },
      "KeywordId": {
        "name": "keyword_id",
        "in": "path",
        "required": true,
        "schema": {
          "type": "string",
          "format": "uuid"
        }
      },
      "ClusterId": {
        "name": "cluster_id",
        "in": "path",
        "required": true,
        "schema": {
          "type": "string",
          "format": "uuid"
        }
      },
      "IdeaId": {
        "name": "idea_id",
        "in": "path",
        "required": true,
        "schema": {
          "type": "string",
          "format": "uuid"
        }
      },
      "ContentId": {
        "name": "content_id",
        "in": "path",
        "required": true,
        "schema": {
          "type": "string",
          "format": "uuid"
        }
      },
      "ImageId": {
        "name": "image_id",
        "in": "path",
        "required": true,
        "schema": {
          "type": "string",
          "format": "uuid"
        }
      },
      "PublicationId": {
        "name": "publication_id",
        "in": "path",
        "required": true,
        "schema": {
          "type": "string",
          "format": "uuid"
        }
      },
      "PublicationStatusFilter": {
        "name": "status",
        "in": "query",
        "required": false,
        "schema": {
          "$ref": "#/components/schemas/PublicationStatus"
        }
      },
      "RevisionId": {
        "name": "revision_id",
        "in": "path",
        "required": true,
        "schema": {
          "type": "string",
          "format": "uuid"
        }
      },
      "ContentStatusFilter": {
        "name": "status",
        "in": "query",
        "required": false,
        "schema": {
          "$ref": "#/components/schemas/ContentStatus"
        }
      },
      "TaskIdFilter": {
        "name": "task_id",
        "in": "query",
        "required": false,
        "schema": {
          "type": "string",
          "format": "uuid"
        }
      },
      "TaskId": {
        "name": "task_id",
        "in": "path",
        "required": true,
        "schema": {
          "type": "string",
          "format": "uuid"
        }
      },
      "KeywordStatusFilter": {
        "name": "status",
        "in": "query",
        "required": false,
        "schema": {
          "$ref": "#/components/schemas/KeywordStatus"
        }
      },
      "ClusterStatusFilter": {
        "name": "status",
        "in": "query",
        "required": false,
        "schema": {
          "$ref": "#/components/schemas/ClusterStatus"
        }
      },
      "IdeaStatusFilter": {
        "name": "status",
        "in": "query",
        "required": false,
        "schema": {
          "$ref": "#/components/schemas/IdeaStatus"
        }
      },
      "TaskStatusFilter": {
        "name": "status",
        "in": "query",
        "required": false,
        "schema": {
          "$ref": "#/components/schemas/TaskStatus"
        }
      },
      "IdeaIdFilter": {
        "name": "idea_id",
        "in": "query",
        "required": false,
        "schema": {
          "type": "string",
          "format": "uuid"
        }
      },
      "ClusterIdFilter": {
        "name": "cluster_id",
        "in": "query",
        "required": false,
        "schema": {
          "type": "string",
          "format": "uuid"
        }
      },
      "IntentFilter": {
        "name": "intent",
        "in": "query",
        "required": false,
        "schema": {
          "$ref": "#/components/schemas/Intent"
        }
      },
      "SectorIdFilter": {
        "name": "sector_id",
        "in": "query",
        "required": false,
        "schema": {
          "type": "string",
          "format": "uuid"
        }
      },
      "VolumeMin": {
        "name": "volume_min",
        "in": "query",
        "required": false,
        "schema": {
          "type": "integer",
          "minimum": 0,
          "maximum": 1000000000
        }
      },
      "VolumeMax": {
        "name": "volume_max",
        "in": "query",
        "required": false,
        "schema": {
          "type": "integer",
          "minimum": 0,
          "maximum": 1000000000
        }
      },
      "DifficultyMin": {
        "name": "difficulty_min",
        "in": "query",
        "required": false,
        "schema": {
          "type": "integer",
          "minimum": 0,
          "maximum": 100
        }
      },
      "DifficultyMax": {
        "name": "difficulty_max",
        "in": "query",
        "required": false,
        "schema": {
          "type": "integer",
          "minimum": 0,
          "maximum": 100
        }
      },
      "SearchText": {
        "name": "q",
        "in": "query",
        "required": false,
        "description": "Words the phrase contains (after normalization).",
        "schema": {
          "type": "string",
          "minLength": 1,
          "maxLength": 200
        }
      },
      "KeywordSort": {
        "name": "sort",
        "in": "query",
        "required": false,
        "schema": {
          "type": "string",
          "enum": [
            "created_at",
            "volume",
            "difficulty",
            "phrase"
          ],
          "default": "created_at"
        }
      },
      "SortOrder": {
        "name": "order",
        "in": "query",
        "required": false,
        "schema": {
          "type": "string",
          "enum": [
            "asc",
            "desc"
          ],
          "default": "asc"
        }
      },
      "SignatureSite": {
        "name": "X-Igny8-Site",
        "in": "header",
        "required": true,
        "schema": {
          "type": "string",
          "format": "uuid"
        }
      },
      "SignatureTimestamp": {
        "name": "X-Igny8-Timestamp",
        "in": "header",
        "required": true,
        "schema": {
          "type": "string",
          "pattern": "^[0-9]{1,12}$"
        }
      },
      "SignatureNonce": {
        "name": "X-Igny8-Nonce",
        "in": "header",
        "required": true,
        "schema": {
          "type": "string",
          "pattern": "^[A-Za-z0-9_-]{16,64}$"
        }
      },
      "Signature": {
        "name": "X-Igny8-Signature",
        "in": "header",
        "required": true,
        "description": "`v1=` and the lowercase hex HMAC-SHA256 of `timestamp\\nnonce\\nMETHOD\\npath\\nsha256(body)` with the site's secret.",
        "schema": {
          "type": "string",
          "pattern": "^v1=[0-9a-f]{64}$"
        }
      },
      "WebhookEndpointId": {
        "name": "endpoint_id",
        "in": "path",
        "required": true,
        "schema": {
          "type": "string",
          "format": "uuid"
        }
      },
      "WebhookDeliveryId": {
        "name": "delivery_id",
        "in": "path",
        "required": true,
        "schema": {
          "type": "string",
          "format": "uuid"
        }
      },
      "WebhookDeliveryStatusFilter": {
        "name": "status",
        "in": "query",
        "required": false,
        "schema": {
          "$ref": "#/components/schemas/WebhookDeliveryStatus"
        }
      },
      "WebhookEventTypeFilter": {
        "name": "event_type",
        "in": "query",
        "required": false,
        "schema": {
          "$ref": "#/components/schemas/WebhookEventType"
        }
      },
      "AuditActionFilter": {
        "name": "action",
        "in": "query",
        "required": false,
        "schema": {
          "$ref": "#/components/schemas/AuditAction"
        }
      },
      "AuditActorIdFilter": {
        "name": "actor_id",
        "in": "query",
        "required": false,
        "description": "Only what this user, key, operator or site did.",
        "schema": {
          "type": "string",
          "format": "uuid"
        }
      },
      "AuditSince": {
        "name": "since",
        "in": "query",
        "required": false,
        "description": "From this instant, inclusive.",
        "schema": {
          "type": "string",
          "format": "date-time"
        }
      },
      "AuditUntil": {
        "name": "until",
        "in": "query",
        "required": false,
        "description": "Before this instant.",
        "schema": {
          "type": "string",
          "format": "date-time"
        }
      }
    },
    "responses": {
      "BadRequest": {
        "description": "Malformed JSON, a wrong type, an unknown field, a bad id or a bad cursor.",
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/ErrorResponse"
            }
          }
        }
      },
      "Unauthorized": {
        "description": "Missing, expired, tampered or revoked credentials.",
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/ErrorResponse"
            }
          }
        }
      },
      "PaymentRequired": {
        "description": "Not enough credits (`INSUFFICIENT_CREDITS`, with `required` and `available`), a site's monthly cap, or a suspended or cancelled account (`ACCOUNT_INACTIVE`, for any write outside billing).",
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/ErrorResponse"
            }
          }
        }
      },
      "Forbidden": {
        "description": "The role is too low, or a plan limit is reached.",
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/ErrorResponse"
            }
          }
        }
      },
      "NotFound": {
        "description": "No such resource in this account.",
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/ErrorResponse"
            }
          }
        }
      },
      "Conflict": {
        "description": "The request conflicts with the current state.",
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/ErrorResponse"
            }
          }
        }
      },
      "PayloadTooLarge": {
        "description": "The body is larger than allowed.",
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/ErrorResponse"
            }
          }
        }
      },
      "UnsupportedMediaType": {
        "description": "The body is not `application/json`.",
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/ErrorResponse"
            }
          }
        }
      },
      "Unprocessable": {
        "description": "Well-formed but not acceptable in this state.",
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/ErrorResponse"
            }
          }
        }
      },
      "NotModified": {
        "description": "The representation named by `If-None-Match` is still current; no body.",
        "headers": {
          "ETag": {
            "$ref": "#/components/headers/ETag"
          },
          "Cache-Control": {
            "$ref": "#/components/headers/PublicCacheControl"
          }
        }
      },
      "TooManyRequests": {
        "description": "Rate limited; retry after the `Retry-After` seconds.",
        "headers": {
          "Retry-After": {
            "description": "Seconds to wait.",
            "schema": {
              "type": "integer"
            }
          }
        },
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/ErrorResponse"
            }
          }
        }
      },
      "BadGateway": {
        "description": "The site's WordPress could not be reached, or answered with an error (`WORDPRESS_UNREACHABLE`).",
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/ErrorResponse"
            }
          }
        }
      },
      "Unavailable": {
        "description": "A dependency is down.",
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/ErrorResponse"
            }
          }
        }
      }
    },
    "headers": {
      "ETag": {
        "description": "A strong validator of the representation (a hash of `data` and `meta`); send it back as `If-None-Match`.",
        "schema": {
          "type": "string",
          "maxLength": 64
        }
      },
      "PublicCacheControl": {
        "description": "`public, max-age=60`: shared caches may keep the response for a minute.",
        "schema": {
          "type": "string",
          "maxLength": 64
        }
      }
    },
    "schemas": {
      "Uuid": {
        "type": "string",
        "format": "uuid"
      },
      "Timestamp": {
        "type": "string",
        "format": "date-time"
      },
      "Role": {
        "type": "string",
        "enum": [
          "owner",
          "admin",
          "editor",
          "viewer"
        ]
      },
      "RequestId": {
        "type": "string",
        "description": "The id of this request, also in the `X-Request-Id` header; quote it when asking for help."
      },
      "PageMeta": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "next_cursor"
        ],
        "properties": {
          "next_cursor": {
            "type": [
              "string",
              "null"
            ],
            "description": "Pass back as `cursor` for the next page; `null` on the last page."
          }
        }
      },
      "ErrorCode": {
        "type": "string",
        "description": "Stable, machine-readable error code. Each code is answered with one HTTP status, the one `x-igny8-status` gives it (a code that only appears in an operation's `error` has one too).",
        "enum": [
          "BAD_REQUEST",
          "MALFORMED_JSON",
          "VALIDATION_FAILED",
          "INVALID_ID",
          "INVALID_CURSOR",
          "UNSUPPORTED_MEDIA_TYPE",
          "PAYLOAD_TOO_LARGE",
          "UNAUTHENTICATED",
          "INVALID_CREDENTIALS",
          "TOKEN_EXPIRED",
          "TOKEN_INVALID",
          "REFRESH_TOKEN_REUSED",
          "API_KEY_REVOKED",
          "FORBIDDEN",
          "INSUFFICIENT_ROLE",
          "PLAN_LIMIT_REACHED",
          "ACCOUNT_INACTIVE",
          "INSUFFICIENT_CREDITS",
          "NOT_FOUND",
          "ROUTE_NOT_FOUND",
          "METHOD_NOT_ALLOWED",
          "CONFLICT",
          "EMAIL_TAKEN",
          "ALREADY_MEMBER",
          "LAST_OWNER",
          "IDEMPOTENCY_KEY_REUSED",
          "IDEMPOTENT_REPLAY_WITHHELD",
          "SITE_BUDGET_EXCEEDED",
          "SIGNATURE_INVALID",
          "SIGNATURE_STALE",
          "SIGNATURE_REPLAYED",
          "CONNECTION_CODE_INVALID",
          "NOT_CONNECTED",
          "WORDPRESS_UNREACHABLE",
          "URL_NOT_ALLOWED",
          "FEATURE_NOT_ALLOWED",
          "ORIGIN_NOT_ALLOWED",
          "KEYWORD_EXISTS",
          "NO_KEYWORDS",
          "FILE_NOT_TEXT",
          "AI_PROVIDER_FAILED",
          "JOB_FAILED",
          "IDEA_NOT_QUEUEABLE",
          "TASK_NOT_EDITABLE",
          "TASK_TRANSITION_INVALID",
          "INVOICE_NOT_PAYABLE",
          "PAYMENT_NOT_PENDING",
          "PAYMENTS_NOT_CONFIGURED",
          "WEBHOOK_SIGNATURE_INVALID",
          "OPERATOR_ONLY",
          "UNPROCESSABLE",
          "SECTOR_NOT_IN_INDUSTRY",
          "INVITATION_INVALID",
          "RESET_TOKEN_INVALID",
          "RATE_LIMITED",
          "UNAVAILABLE",
          "INTERNAL",
          "AUTOMATION_RUN_ACTIVE",
          "AUTOMATION_RUN_STATE",
          "CONTENT_NOT_APPROVED",
          "PUBLICATION_EDITED_IN_WORDPRESS",
          "PUBLICATION_STATE",
          "WORDPRESS_REFUSED",
          "SITE_INACTIVE",
          "SITE_SLUG_TAKEN",
          "WEBHOOK_ENDPOINT_DISABLED"
        ],
        "x-igny8-status": {
          "BAD_REQUEST": 400,
          "MALFORMED_JSON": 400,
          "VALIDATION_FAILED": 400,
          "INVALID_ID": 400,
          "INVALID_CURSOR": 400,
          "UNSUPPORTED_MEDIA_TYPE": 415,
          "PAYLOAD_TOO_LARGE": 413,
          "UNAUTHENTICATED": 401,
          "INVALID_CREDENTIALS": 401,
          "TOKEN_EXPIRED": 401,
          "TOKEN_INVALID": 401,
          "REFRESH_TOKEN_REUSED": 401,
          "API_KEY_REVOKED": 401,
          "FORBIDDEN": 403,
          "INSUFFICIENT_ROLE": 403,
          "PLAN_LIMIT_REACHED": 403,
          "ACCOUNT_INACTIVE": 402,
          "INSUFFICIENT_CREDITS": 402,
          "NOT_FOUND": 404,
          "ROUTE_NOT_FOUND": 404,
          "METHOD_NOT_ALLOWED": 405,
          "CONFLICT": 409,
          "EMAIL_TAKEN": 409,
          "ALREADY_MEMBER": 409,
          "LAST_OWNER": 409,
          "IDEMPOTENCY_KEY_REUSED": 409,
          "IDEMPOTENT_REPLAY_WITHHELD": 409,
          "SITE_BUDGET_EXCEEDED": 402,
          "SIGNATURE_INVALID": 401,
          "SIGNATURE_STALE": 401,
          "SIGNATURE_REPLAYED": 401,
          "CONNECTION_CODE_INVALID": 400,
          "NOT_CONNECTED": 409,
          "WORDPRESS_UNREACHABLE": 502,
          "URL_NOT_ALLOWED": 422,
          "FEATURE_NOT_ALLOWED": 403,
          "ORIGIN_NOT_ALLOWED": 403,
          "KEYWORD_EXISTS": 409,
          "NO_KEYWORDS": 422,
          "FILE_NOT_TEXT": 422,
          "AI_PROVIDER_FAILED": 502,
          "JOB_FAILED": 500,
          "IDEA_NOT_QUEUEABLE": 409,
          "TASK_NOT_EDITABLE": 409,
          "TASK_TRANSITION_INVALID": 409,
          "INVOICE_NOT_PAYABLE": 409,
          "PAYMENT_NOT_PENDING": 409,
          "PAYMENTS_NOT_CONFIGURED": 422,
          "WEBHOOK_SIGNATURE_INVALID": 400,
          "OPERATOR_ONLY": 403,
          "UNPROCESSABLE": 422,
          "SECTOR_NOT_IN_INDUSTRY": 422,
          "INVITATION_INVALID": 400,
          "RESET_TOKEN_INVALID": 400,
          "RATE_LIMITED": 429,
          "UNAVAILABLE": 503,
          "INTERNAL": 500,
          "AUTOMATION_RUN_ACTIVE": 409,
          "AUTOMATION_RUN_STATE": 409,
          "CONTENT_NOT_APPROVED": 409,
          "PUBLICATION_EDITED_IN_WORDPRESS": 409,
          "PUBLICATION_STATE": 409,
          "WORDPRESS_REFUSED": 422,
          "SITE_INACTIVE": 409,
          "SITE_SLUG_TAKEN": 409,
          "WEBHOOK_ENDPOINT_DISABLED": 409
        }
      },
      "Error": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "code",
          "message"
        ],
        "properties": {
          "code": {
            "$ref": "#/components/schemas/ErrorCode"
          },
          "message": {
            "type": "string"
          },
          "details": {
            "type": "object",
            "additionalProperties": true,
            "description": "Structured context, e.g. `issues` for validation or `limit` for plan limits."
          }
        }
      },
      "ErrorResponse": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "error",
          "request_id"
        ],
        "properties": {
          "error": {
            "$ref": "#/components/schemas/Error"
          },
          "request_id": {
            "$ref": "#/components/schemas/RequestId"
          }
        }
      },
      "Health": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "status"
        ],
        "properties": {
          "status": {
            "type": "string",
            "enum": [
              "ok"
            ]
          },
          "checks": {
            "type": "object",
            "additionalProperties": {
              "type": "string",
              "enum": [
                "ok",
                "failing"
              ]
            }
          }
        }
      },
      "HealthResponse": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "data",
          "request_id"
        ],
        "properties": {
          "data": {
            "$ref": "#/components/schemas/Health"
          },
          "request_id": {
            "$ref": "#/components/schemas/RequestId"
          }
        }
      },
      "Accepted": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "status"
        ],
        "properties": {
          "status": {
            "type": "string",
            "enum": [
              "accepted"
            ]
          }
        }
      },
      "AcceptedResponse": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "data",
          "request_id"
        ],
        "properties": {
          "data": {
            "$ref": "#/components/schemas/Accepted"
          },
          "request_id": {
            "$ref": "#/components/schemas/RequestId"
          }
        }
      },
      "Password": {
        "type": "string",
        "minLength": 10,
        "maxLength": 200,
        "description": "At least 10 characters."
      },
      "Email": {
        "type": "string",
        "format": "email",
        "maxLength": 254
      },
      "SignupRequest": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "email",
          "password",
          "name"
        ],
        "properties": {
          "email": {
            "$ref": "#/components/schemas/Email"
          },
          "password": {
            "$ref": "#/components/schemas/Password"
          },
          "name": {
            "type": "string",
            "minLength": 1,
            "maxLength": 120
          },
          "account_name": {
            "type": "string",
            "minLength": 1,
            "maxLength": 120,
            "description": "Defaults to the user's name."
          },
          "timezone": {
            "type": "string",
            "minLength": 1,
            "maxLength": 64,
            "description": "IANA timezone; defaults to UTC."
          }
        }
      },
      "LoginRequest": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "email",
          "password"
        ],
        "properties": {
          "email": {
            "$ref": "#/components/schemas/Email"
          },
          "password": {
            "type": "string",
            "minLength": 1,
            "maxLength": 200
          },
          "account_id": {
            "$ref": "#/components/schemas/Uuid",
            "description": "Which of the user's accounts to sign in to; defaults to the oldest membership."
          }
        }
      },
      "RefreshRequest": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "refresh_token"
        ],
        "properties": {
          "refresh_token": {
            "type": "string",
            "minLength": 1,
            "maxLength": 512
          }
        }
      },
      "PasswordChangeRequest": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "current_password",
          "new_password"
        ],
        "properties": {
          "current_password": {
            "type": "string",
            "minLength": 1,
            "maxLength": 200
          },
          "new_password": {
            "$ref": "#/components/schemas/Password"
          }
        }
      },
      "PasswordResetRequest": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "email"
        ],
        "properties": {
          "email": {
            "$ref": "#/components/schemas/Email"
          }
        }
      },
      "PasswordResetConfirmRequest": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "token",
          "new_password"
        ],
        "properties": {
          "token": {
            "type": "string",
            "minLength": 1,
            "maxLength": 512
          },
          "new_password": {
            "$ref": "#/components/schemas/Password"
          }
        }
      },
      "AcceptInvitationRequest": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "token",
          "password"
        ],
        "properties": {
          "token": {
            "type": "string",
            "minLength": 1,
            "maxLength": 512
          },
          "name": {
            "type": "string",
            "minLength": 1,
            "maxLength": 120,
            "description": "Required for a new user."
          },
          "password": {
            "type": "string",
            "minLength": 1,
            "maxLength": 200,
            "description": "A new user's password (10+ characters), or an existing user's current one."
          }
        }
      },
      "User": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "id",
          "email",
          "name",
          "created_at"
        ],
        "properties": {
          "id": {
            "$ref": "#/components/schemas/Uuid"
          },
          "email": {
            "$ref": "#/components/schemas/Email"
          },
          "name": {
            "type": "string"
          },
          "created_at": {
            "$ref": "#/components/schemas/Timestamp"
          }
        }
      },
      "AccountStatus": {
        "type": "string",
        "enum": [
          "trial",
          "active",
          "suspended",
          "cancelled"
        ]
      },
      "Account": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "id",
          "name",
          "status",
          "plan",
          "timezone",
          "brand",
          "created_at",
          "updated_at"
        ],
        "properties": {
          "id": {
            "$ref": "#/components/schemas/Uuid"
          },
          "name": {
            "type": "string"
          },
          "status": {
            "$ref": "#/components/schemas/AccountStatus"
          },
          "plan": {
            "$ref": "#/components/schemas/Plan"
          },
          "timezone": {
            "type": "string"
          },
          "brand": {
            "$ref": "#/components/schemas/AccountBrand"
          },
          "created_at": {
            "$ref": "#/components/schemas/Timestamp"
          },
          "updated_at": {
            "$ref": "#/components/schemas/Timestamp"
          }
        }
      },
      "AccountResponse": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "data",
          "request_id"
        ],
        "properties": {
          "data": {
            "$ref": "#/components/schemas/Account"
          },
          "request_id": {
            "$ref": "#/components/schemas/RequestId"
          }
        }
      },
      "AccountUpdateRequest": {
        "type": "object",
        "additionalProperties": false,
        "minProperties": 1,
        "properties": {
          "name": {
            "type": "string",
            "minLength": 1,
            "maxLength": 120
          },
          "timezone": {
            "type": "string",
            "minLength": 1,
            "maxLength": 64
          },
          "brand": {
            "$ref": "#/components/schemas/AccountBrandUpdate"
          }
        }
      },
      "AccountBrand": {
        "type": "object",
        "additionalProperties": false,
        "description": "How the account's emails look (a partner's brand instead of Igny8's); `null` fields fall back to the account's name and Igny8's colours.",
        "required": [
          "name",
          "color",
          "logo_url"
        ],
        "properties": {
          "name": {
            "type": [
              "string",
              "null"
            ],
            "description": "The name emails are signed with and sent as."
          },
          "color": {
            "type": [
              "string",
              "null"
            ],
            "description": "The accent colour, `#rrggbb`."
          },
          "logo_url": {
            "type": [
              "string",
              "null"
            ],
            "description": "An https address of the logo shown at the top of emails."
          }
        }
      },
      "AccountBrandUpdate": {
        "type": "object",
        "additionalProperties": false,
        "minProperties": 1,
        "properties": {
          "name": {
            "type": [
              "string",
              "null"
            ],
            "minLength": 1,
            "maxLength": 120
          },
          "color": {
            "type": [
              "string",
              "null"
            ],
            "pattern": "^#[0-9a-fA-F]{6}$",
            "maxLength": 7
          },
          "logo_url": {
            "type": [
              "string",
              "null"
            ],
            "minLength": 9,
            "maxLength": 2000,
            "pattern": "^https://"
          }
        }
      },
      "AuthSession": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "access_token",
          "token_type",
          "expires_in",
          "refresh_token",
          "refresh_expires_at",
          "user",
          "account",
          "role"
        ],
        "properties": {
          "access_token": {
            "type": "string",
            "x-igny8-secret": true
          },
          "token_type": {
            "type": "string",
            "enum": [
              "Bearer"
            ]
          },
          "expires_in": {
            "type": "integer",
            "description": "Seconds until the access token expires."
          },
          "refresh_token": {
            "type": "string",
            "x-igny8-secret": true
          },
          "refresh_expires_at": {
            "$ref": "#/components/schemas/Timestamp"
          },
          "user": {
            "$ref": "#/components/schemas/User"
          },
          "account": {
            "$ref": "#/components/schemas/Account"
          },
          "role": {
            "$ref": "#/components/schemas/Role"
          }
        }
      },
      "AuthSessionResponse": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "data",
          "request_id"
        ],
        "properties": {
          "data": {
            "$ref": "#/components/schemas/AuthSession"
          },
          "request_id": {
            "$ref": "#/components/schemas/RequestId"
          }
        }
      },
      "AccountMembership": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "account_id",
          "account_name",
          "role"
        ],
        "properties": {
          "account_id": {
            "$ref": "#/components/schemas/Uuid"
          },
          "account_name": {
            "type": "string"
          },
          "role": {
            "$ref": "#/components/schemas/Role"
          }
        }
      },
      "Me": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "user",
          "account",
          "role",
          "credential",
          "site_ids",
          "memberships"
        ],
        "properties": {
          "user": {
            "oneOf": [
              {
                "$ref": "#/components/schemas/User"
              },
              {
                "type": "null"
              }
            ],
            "description": "`null` when the caller is an API key."
          },
          "account": {
            "$ref": "#/components/schemas/Account"
          },
          "role": {
            "$ref": "#/components/schemas/Role"
          },
          "credential": {
            "type": "string",
            "enum": [
              "access_token",
              "api_key"
            ]
          },
          "site_ids": {
            "type": [
              "array",
              "null"
            ],
            "items": {
              "$ref": "#/components/schemas/Uuid"
            },
            "description": "The sites the caller may see, or `null` for all of them."
          },
          "memberships": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/AccountMembership"
            }
          }
        }
      },
      "MeResponse": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "data",
          "request_id"
        ],
        "properties": {
          "data": {
            "$ref": "#/components/schemas/Me"
          },
          "request_id": {
            "$ref": "#/components/schemas/RequestId"
          }
        }
      },
      "Member": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "id",
          "user_id",
          "email",
          "name",
          "role",
          "created_at"
        ],
        "properties": {
          "id": {
            "$ref": "#/components/schemas/Uuid"
          },
          "user_id": {
            "$ref": "#/components/schemas/Uuid"
          },
          "email": {
            "$ref": "#/components/schemas/Email"
          },
          "name": {
            "type": "string"
          },
          "role": {
            "$ref": "#/components/schemas/Role"
          },
          "created_at": {
            "$ref": "#/components/schemas/Timestamp"
          }
        }
      },
      "MemberResponse": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "data",
          "request_id"
        ],
        "properties": {
          "data": {
            "$ref": "#/components/schemas/Member"
          },
          "request_id": {
            "$ref": "#/components/schemas/RequestId"
          }
        }
      },
      "MemberListResponse": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "data",
          "meta",
          "request_id"
        ],
        "properties": {
          "data": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/Member"
            }
          },
          "meta": {
            "$ref": "#/components/schemas/PageMeta"
          },
          "request_id": {
            "$ref": "#/components/schemas/RequestId"
          }
        }
      },
      "InviteMemberRequest": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "email",
          "role"
        ],
        "properties": {
          "email": {
            "$ref": "#/components/schemas/Email"
          },
          "role": {
            "$ref": "#/components/schemas/Role"
          }
        }
      },
      "UpdateMemberRequest": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "role"
        ],
        "properties": {
          "role": {
            "$ref": "#/components/schemas/Role"
          }
        }
      },
      "Invitation": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "id",
          "email",
          "role",
          "status",
          "expires_at",
          "created_at"
        ],
        "properties": {
          "id": {
            "$ref": "#/components/schemas/Uuid"
          },
          "email": {
            "$ref": "#/components/schemas/Email"
          },
          "role": {
            "$ref": "#/components/schemas/Role"
          },
          "status": {
            "type": "string",
            "enum": [
              "pending",
              "accepted",
              "revoked"
            ]
          },
          "expires_at": {
            "$ref": "#/components/schemas/Timestamp"
          },
          "created_at": {
            "$ref": "#/components/schemas/Timestamp"
          }
        }
      },
      "InvitationResponse": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "data",
          "request_id"
        ],
        "properties": {
          "data": {
            "$ref": "#/components/schemas/Invitation"
          },
          "request_id": {
            "$ref": "#/components/schemas/RequestId"
          }
        }
      },
      "InvitationListResponse": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "data",
          "meta",
          "request_id"
        ],
        "properties": {
          "data": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/Invitation"
            }
          },
          "meta": {
            "$ref": "#/components/schemas/PageMeta"
          },
          "request_id": {
            "$ref": "#/components/schemas/RequestId"
          }
        }
      },
      "ApiKey": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "id",
          "name",
          "prefix",
          "role",
          "site_id",
          "expires_at",
          "last_used_at",
          "revoked_at",
          "created_at"
        ],
        "properties": {
          "id": {
            "$ref": "#/components/schemas/Uuid"
          },
          "name": {
            "type": "string"
          },
          "prefix": {
            "type": "string",
            "description": "The first characters of the secret, to recognise it."
          },
          "role": {
            "$ref": "#/components/schemas/Role"
          },
          "site_id": {
            "type": [
              "string",
              "null"
            ],
            "format": "uuid",
            "description": "The one site this key may reach, or `null` for all."
          },
          "expires_at": {
            "type": [
              "string",
              "null"
            ],
            "format": "date-time"
          },
          "last_used_at": {
            "type": [
              "string",
              "null"
            ],
            "format": "date-time"
          },
          "revoked_at": {
            "type": [
              "string",
              "null"
            ],
            "format": "date-time"
          },
          "created_at": {
            "$ref": "#/components/schemas/Timestamp"
          }
        }
      },
      "ApiKeyCreated": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "api_key",
          "secret"
        ],
        "properties": {
          "api_key": {
            "$ref": "#/components/schemas/ApiKey"
          },
          "secret": {
            "type": "string",
            "x-igny8-secret": true,
            "description": "Shown once; store it now."
          }
        }
      },
      "ApiKeyResponse": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "data",
          "request_id"
        ],
        "properties": {
          "data": {
            "$ref": "#/components/schemas/ApiKey"
          },
          "request_id": {
            "$ref": "#/components/schemas/RequestId"
          }
        }
      },
      "ApiKeyCreatedResponse": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "data",
          "request_id"
        ],
        "properties": {
          "data": {
            "$ref": "#/components/schemas/ApiKeyCreated"
          },
          "request_id": {
            "$ref": "#/components/schemas/RequestId"
          }
        }
      },
      "ApiKeyListResponse": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "data",
          "meta",
          "request_id"
        ],
        "properties": {
          "data": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/ApiKey"
            }
          },
          "meta": {
            "$ref": "#/components/schemas/PageMeta"
          },
          "request_id": {
            "$ref": "#/components/schemas/RequestId"
          }
        }
      },
      "CreateApiKeyRequest": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "name"
        ],
        "properties": {
          "name": {
            "type": "string",
            "minLength": 1,
            "maxLength": 120
          },
          "role": {
            "$ref": "#/components/schemas/Role",
            "description": "Defaults to `editor`; cannot be higher than the caller's role."
          },
          "site_id": {
            "$ref": "#/components/schemas/Uuid",
            "description": "Restrict the key to one site."
          },
          "expires_at": {
            "$ref": "#/components/schemas/Timestamp"
          }
        }
      },
      "Plan": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "id",
          "code",
          "name",
          "price_cents",
          "currency",
          "credits_per_month",
          "max_sites",
          "max_users",
          "max_keywords",
          "max_sectors_per_site"
        ],
        "properties": {
          "id": {
            "$ref": "#/components/schemas/Uuid"
          },
          "code": {
            "type": "string"
          },
          "name": {
            "type": "string"
          },
          "price_cents": {
            "type": "integer",
            "minimum": 0
          },
          "currency": {
            "type": "string",
            "minLength": 3,
            "maxLength": 3
          },
          "credits_per_month": {
            "type": "integer",
            "minimum": 0
          },
          "max_sites": {
            "type": "integer",
            "minimum": 0
          },
          "max_users": {
            "type": "integer",
            "minimum": 0
          },
          "max_keywords": {
            "type": "integer",
            "minimum": 0
          },
          "max_sectors_per_site": {
            "type": "integer",
            "minimum": 0
          }
        }
      },
      "PlanListResponse": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "data",
          "request_id"
        ],
        "properties": {
          "data": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/Plan"
            }
          },
          "request_id": {
            "$ref": "#/components/schemas/RequestId"
          }
        }
      },
      "Sector": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "id",
          "industry_id",
          "slug",
          "name"
        ],
        "properties": {
          "id": {
            "$ref": "#/components/schemas/Uuid"
          },
          "industry_id": {
            "$ref": "#/components/schemas/Uuid"
          },
          "slug": {
            "type": "string"
          },
          "name": {
            "type": "string"
          }
        }
      },
      "Industry": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "id",
          "slug",
          "name",
          "description",
          "sectors"
        ],
        "properties": {
          "id": {
            "$ref": "#/components/schemas/Uuid"
          },
          "slug": {
            "type": "string"
          },
          "name": {
            "type": "string"
          },
          "description": {
            "type": "string"
          },
          "sectors": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/Sector"
            }
          }
        }
      },
      "IndustryResponse": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "data",
          "request_id"
        ],
        "properties": {
          "data": {
            "$ref": "#/components/schemas/Industry"
          },
          "request_id": {
            "$ref": "#/components/schemas/RequestId"
          }
        }
      },
      "IndustryListResponse": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "data",
          "meta",
          "request_id"
        ],
        "properties": {
          "data": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/Industry"
            }
          },
          "meta": {
            "$ref": "#/components/schemas/PageMeta"
          },
          "request_id": {
            "$ref": "#/components/schemas/RequestId"
          }
        }
      },
      "SectorListResponse": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "data",
          "request_id"
        ],
        "properties": {
          "data": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/Sector"
            }
          },
          "request_id": {
            "$ref": "#/components/schemas/RequestId"
          }
        }
      },
      "SiteSlug": {
        "type": "string",
        "minLength": 1,
        "maxLength": 64,
        "pattern": "^[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?$",
        "description": "The site's name in public URLs (`/v1/public/sites/{site_slug}/…`), unique across every account: made from the name at creation (lower case, ascii, hyphens; `-2`, `-3`, … when taken)."
      },
      "SiteUrl": {
        "type": "string",
        "format": "uri",
        "maxLength": 2048,
        "pattern": "^https?://",
        "description": "The site's public address (http or https)."
      },
      "Site": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "id",
          "name",
          "slug",
          "url",
          "description",
          "industry_id",
          "sector_ids",
          "active",
          "created_at",
          "updated_at"
        ],
        "properties": {
          "id": {
            "$ref": "#/components/schemas/Uuid"
          },
          "name": {
            "type": "string"
          },
          "slug": {
            "$ref": "#/components/schemas/SiteSlug"
          },
          "url": {
            "type": [
              "string",
              "null"
            ]
          },
          "description": {
            "type": "string"
          },
          "industry_id": {
            "$ref": "#/components/schemas/Uuid"
          },
          "sector_ids": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/Uuid"
            }
          },
          "active": {
            "type": "boolean",
            "description": "Live (`true`) or paused. A paused site keeps its data and answers reads, but its automation does not run (no scheduled runs; a manual start is `409 SITE_INACTIVE`), nothing of it is published, and its public reads answer 404."
          },
          "created_at": {
            "$ref": "#/components/schemas/Timestamp"
          },
          "updated_at": {
            "$ref": "#/components/schemas/Timestamp"
          }
        }
      },
      "SiteResponse": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "data",
          "request_id"
        ],
        "properties": {
          "data": {
            "$ref": "#/components/schemas/Site"
          },
          "request_id": {
            "$ref": "#/components/schemas/RequestId"
          }
        }
      },
      "SiteListResponse": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "data",
          "meta",
          "request_id"
        ],
        "properties": {
          "data": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/Site"
            }
          },
          "meta": {
            "$ref": "#/components/schemas/PageMeta"
          },
          "request_id": {
            "$ref": "#/components/schemas/RequestId"
          }
        }
      },
      "CreateSiteRequest": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "name",
          "industry_id"
        ],
        "properties": {
          "name": {
            "type": "string",
            "minLength": 1,
            "maxLength": 120
          },
          "url": {
            "$ref": "#/components/schemas/SiteUrl"
          },
          "description": {
            "type": "string",
            "maxLength": 2000
          },
          "industry_id": {
            "$ref": "#/components/schemas/Uuid"
          },
          "sector_ids": {
            "type": "array",
            "minItems": 1,
            "maxItems": 5,
            "uniqueItems": true,
            "items": {
              "$ref": "#/components/schemas/Uuid"
            }
          }
        }
      },
      "UpdateSiteRequest": {
        "type": "object",
        "additionalProperties": false,
        "minProperties": 1,
        "properties": {
          "name": {
            "type": "string",
            "minLength": 1,
            "maxLength": 120
          },
          "url": {
            "oneOf": [
              {
                "$ref": "#/components/schemas/SiteUrl"
              },
              {
                "type": "null"
              }
            ]
          },
          "description": {
            "type": "string",
            "maxLength": 2000
          },
          "industry_id": {
            "$ref": "#/components/schemas/Uuid"
          },
          "active": {
            "type": "boolean",
            "description": "`false` pauses the site, `true` sets it live."
          },
          "slug": {
            "$ref": "#/components/schemas/SiteSlug"
          }
        }
      },
      "SelectSectorsRequest": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "sector_ids"
        ],
        "properties": {
          "sector_ids": {
            "type": "array",
            "minItems": 1,
            "maxItems": 5,
            "uniqueItems": true,
            "items": {
              "$ref": "#/components/schemas/Uuid"
            }
          }
        }
      },
      "SiteAccess": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "site_id",
          "user_id",
          "email",
          "name",
          "role",
          "created_at"
        ],
        "properties": {
          "site_id": {
            "$ref": "#/components/schemas/Uuid"
          },
          "user_id": {
            "$ref": "#/components/schemas/Uuid"
          },
          "email": {
            "$ref": "#/components/schemas/Email"
          },
          "name": {
            "type": "string"
          },
          "role": {
            "$ref": "#/components/schemas/Role"
          },
          "created_at": {
            "$ref": "#/components/schemas/Timestamp"
          }
        }
      },
      "SiteAccessResponse": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "data",
          "request_id"
        ],
        "properties": {
          "data": {
            "$ref": "#/components/schemas/SiteAccess"
          },
          "request_id": {
            "$ref": "#/components/schemas/RequestId"
          }
        }
      },
      "SiteAccessListResponse": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "data",
          "request_id"
        ],
        "properties": {
          "data": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/SiteAccess"
            }
          },
          "request_id": {
            "$ref": "#/components/schemas/RequestId"
          }
        }
      },
      "OperationStatus": {
        "type": "string",
        "enum": [
          "queued",
          "running",
          "succeeded",
          "failed",
          "cancelled"
        ]
      },
      "Operation": {
        "description": "Long-running work. `kind` says what it is and which shape `result` has once the operation `succeeded`\n(`null` before and on failure): branch on `kind` and the result is typed.\n",
        "oneOf": [
          {
            "$ref": "#/components/schemas/AccountExportOperation"
          },
          {
            "$ref": "#/components/schemas/KeywordImportOperation"
          },
          {
            "$ref": "#/components/schemas/ClusteringOperation"
          },
          {
            "$ref": "#/components/schemas/IdeaGenerationOperation"
          },
          {
            "$ref": "#/components/schemas/ContentGenerationOperation"
          },
          {
            "$ref": "#/components/schemas/ImageRegenerationOperation"
          },
          {
            "$ref": "#/components/schemas/ImagePromptsOperation"
          },
          {
            "$ref": "#/components/schemas/PublishOperation"
          }
        ],
        "discriminator": {
          "propertyName": "kind",
          "mapping": {
            "account.export": "#/components/schemas/AccountExportOperation",
            "keywords.import": "#/components/schemas/KeywordImportOperation",
            "keywords.cluster": "#/components/schemas/ClusteringOperation",
            "ideas.generate": "#/components/schemas/IdeaGenerationOperation",
            "content.generate": "#/components/schemas/ContentGenerationOperation",
            "image.regenerate": "#/components/schemas/ImageRegenerationOperation",
            "content.image_prompts": "#/components/schemas/ImagePromptsOperation",
            "content.publish": "#/components/schemas/PublishOperation"
          }
        }
      },
      "PublishOperation": {
        "type": "object",
        "additionalProperties": false,
        "description": "A content sent to WordPress (`POST …/contents/{content_id}/publish`, a redrive, a cadence slot).",
        "required": [
          "id",
          "kind",
          "status",
          "progress",
          "result",
          "error",
          "created_at",
          "updated_at",
          "started_at",
          "finished_at"
        ],
        "properties": {
          "kind": {
            "type": "string",
            "enum": [
              "content.publish"
            ],
            "description": "discriminator enum property added by openapi-typescript"
          },
          "result": {
            "description": "What the work produced, once `succeeded`; null before.",
            "oneOf": [
              {
                "$ref": "#/components/schemas/PublicationResult"
              },
              {
                "type": "null"
              }
            ]
          },
          "id": {
            "$ref": "#/components/schemas/Uuid"
          },
          "status": {
            "$ref": "#/components/schemas/OperationStatus"
          },
          "progress": {
            "$ref": "#/components/schemas/OperationProgress"
          },
          "error": {
            "$ref": "#/components/schemas/OperationError"
          },
          "created_at": {
            "$ref": "#/components/schemas/Timestamp"
          },
          "updated_at": {
            "$ref": "#/components/schemas/Timestamp"
          },
          "started_at": {
            "$ref": "#/components/schemas/OperationStartedAt"
          },
          "finished_at": {
            "$ref": "#/components/schemas/OperationFinishedAt"
          }
        }
      },
      "AccountExportOperation": {
        "type": "object",
        "additionalProperties": false,
        "description": "The account export (`POST /v1/account/exports`).",
        "required": [
          "id",
          "kind",
          "status",
          "progress",
          "result",
          "error",
          "created_at",
          "updated_at",
          "started_at",
          "finished_at"
        ],
        "properties": {
          "kind": {
            "type": "string",
            "enum": [
              "account.export"
            ],
            "description": "discriminator enum property added by openapi-typescript"
          },
          "result": {
            "description": "What the work produced, once `succeeded`; null before.",
            "oneOf": [
              {
                "$ref": "#/components/schemas/AccountExportResult"
              },
              {
                "type": "null"
              }
            ]
          },
          "id": {
            "$ref": "#/components/schemas/Uuid"
          },
          "status": {
            "$ref": "#/components/schemas/OperationStatus"
          },
          "progress": {
            "$ref": "#/components/schemas/OperationProgress"
          },
          "error": {
            "$ref": "#/components/schemas/OperationError"
          },
          "created_at": {
            "$ref": "#/components/schemas/Timestamp"
          },
          "updated_at": {
            "$ref": "#/components/schemas/Timestamp"
          },
          "started_at": {
            "$ref": "#/components/schemas/OperationStartedAt"
          },
          "finished_at": {
            "$ref": "#/components/schemas/OperationFinishedAt"
          }
        }
      },
      "KeywordImportOperation": {
        "type": "object",
        "additionalProperties": false,
        "description": "A keyword import (`POST …/keywords/import`).",
        "required": [
          "id",
          "kind",
          "status",
          "progress",
          "result",
          "error",
          "created_at",
          "updated_at",
          "started_at",
          "finished_at"
        ],
        "properties": {
          "kind": {
            "type": "string",
            "enum": [
              "keywords.import"
            ],
            "description": "discriminator enum property added by openapi-typescript"
          },
          "result": {
            "description": "What the work produced, once `succeeded`; null before.",
            "oneOf": [
              {
                "$ref": "#/components/schemas/KeywordImportResult"
              },
              {
                "type": "null"
              }
            ]
          },
          "id": {
            "$ref": "#/components/schemas/Uuid"
          },
          "status": {
            "$ref": "#/components/schemas/OperationStatus"
          },
          "progress": {
            "$ref": "#/components/schemas/OperationProgress"
          },
          "error": {
            "$ref": "#/components/schemas/OperationError"
          },
          "created_at": {
            "$ref": "#/components/schemas/Timestamp"
          },
          "updated_at": {
            "$ref": "#/components/schemas/Timestamp"
          },
          "started_at": {
            "$ref": "#/components/schemas/OperationStartedAt"
          },
          "finished_at": {
            "$ref": "#/components/schemas/OperationFinishedAt"
          }
        }
      },
      "ClusteringOperation": {
        "type": "object",
        "additionalProperties": false,
        "description": "A clustering run (`POST …/clusters/run`).",
        "required": [
          "id",
          "kind",
          "status",
          "progress",
          "result",
          "error",
          "created_at",
          "updated_at",
          "started_at",
          "finished_at"
        ],
        "properties": {
          "kind": {
            "type": "string",
            "enum": [
              "keywords.cluster"
            ],
            "description": "discriminator enum property added by openapi-typescript"
          },
          "result": {
            "description": "What the work produced, once `succeeded`; null before.",
            "oneOf": [
              {
                "$ref": "#/components/schemas/ClusteringResult"
              },
              {
                "type": "null"
              }
            ]
          },
          "id": {
            "$ref": "#/components/schemas/Uuid"
          },
          "status": {
            "$ref": "#/components/schemas/OperationStatus"
          },
          "progress": {
            "$ref": "#/components/schemas/OperationProgress"
          },
          "error": {
            "$ref": "#/components/schemas/OperationError"
          },
          "created_at": {
            "$ref": "#/components/schemas/Timestamp"
          },
          "updated_at": {
            "$ref": "#/components/schemas/Timestamp"
          },
          "started_at": {
            "$ref": "#/components/schemas/OperationStartedAt"
          },
          "finished_at": {
            "$ref": "#/components/schemas/OperationFinishedAt"
          }
        }
      },
      "IdeaGenerationOperation": {
        "type": "object",
        "additionalProperties": false,
        "description": "Idea generation for a cluster (`POST …/clusters/{cluster_id}/ideas`).",
        "required": [
          "id",
          "kind",
          "status",
          "progress",
          "result",
          "error",
          "created_at",
          "updated_at",
          "started_at",
          "finished_at"
        ],
        "properties": {
          "kind": {
            "type": "string",
            "enum": [
              "ideas.generate"
            ],
            "description": "discriminator enum property added by openapi-typescript"
          },
          "result": {
            "description": "What the work produced, once `succeeded`; null before.",
            "oneOf": [
              {
                "$ref": "#/components/schemas/IdeaGenerationResult"
              },
              {
                "type": "null"
              }
            ]
          },
          "id": {
            "$ref": "#/components/schemas/Uuid"
          },
          "status": {
            "$ref": "#/components/schemas/OperationStatus"
          },
          "progress": {
            "$ref": "#/components/schemas/OperationProgress"
          },
          "error": {
            "$ref": "#/components/schemas/OperationError"
          },
          "created_at": {
            "$ref": "#/components/schemas/Timestamp"
          },
          "updated_at": {
            "$ref": "#/components/schemas/Timestamp"
          },
          "started_at": {
            "$ref": "#/components/schemas/OperationStartedAt"
          },
          "finished_at": {
            "$ref": "#/components/schemas/OperationFinishedAt"
          }
        }
      },
      "ContentGenerationOperation": {
        "type": "object",
        "additionalProperties": false,
        "description": "An article written for a task (`POST …/tasks/{task_id}/generate`).",
        "required": [
          "id",
          "kind",
          "status",
          "progress",
          "result",
          "error",
          "created_at",
          "updated_at",
          "started_at",
          "finished_at"
        ],
        "properties": {
          "kind": {
            "type": "string",
            "enum": [
              "content.generate"
            ],
            "description": "discriminator enum property added by openapi-typescript"
          },
          "result": {
            "description": "What the work produced, once `succeeded`; null before.",
            "oneOf": [
              {
                "$ref": "#/components/schemas/ContentGenerationResult"
              },
              {
                "type": "null"
              }
            ]
          },
          "id": {
            "$ref": "#/components/schemas/Uuid"
          },
          "status": {
            "$ref": "#/components/schemas/OperationStatus"
          },
          "progress": {
            "$ref": "#/components/schemas/OperationProgress"
          },
          "error": {
            "$ref": "#/components/schemas/OperationError"
          },
          "created_at": {
            "$ref": "#/components/schemas/Timestamp"
          },
          "updated_at": {
            "$ref": "#/components/schemas/Timestamp"
          },
          "started_at": {
            "$ref": "#/components/schemas/OperationStartedAt"
          },
          "finished_at": {
            "$ref": "#/components/schemas/OperationFinishedAt"
          }
        }
      },
      "ImageRegenerationOperation": {
        "type": "object",
        "additionalProperties": false,
        "description": "An image drawn again (`POST …/images/{image_id}/regenerate`).",
        "required": [
          "id",
          "kind",
          "status",
          "progress",
          "result",
          "error",
          "created_at",
          "updated_at",
          "started_at",
          "finished_at"
        ],
        "properties": {
          "kind": {
            "type": "string",
            "enum": [
              "image.regenerate"
            ],
            "description": "discriminator enum property added by openapi-typescript"
          },
          "result": {
            "description": "What the work produced, once `succeeded`; null before.",
            "oneOf": [
              {
                "$ref": "#/components/schemas/ImageRegenerationResult"
              },
              {
                "type": "null"
              }
            ]
          },
          "id": {
            "$ref": "#/components/schemas/Uuid"
          },
          "status": {
            "$ref": "#/components/schemas/OperationStatus"
          },
          "progress": {
            "$ref": "#/components/schemas/OperationProgress"
          },
          "error": {
            "$ref": "#/components/schemas/OperationError"
          },
          "created_at": {
            "$ref": "#/components/schemas/Timestamp"
          },
          "updated_at": {
            "$ref": "#/components/schemas/Timestamp"
          },
          "started_at": {
            "$ref": "#/components/schemas/OperationStartedAt"
          },
          "finished_at": {
            "$ref": "#/components/schemas/OperationFinishedAt"
          }
        }
      },
      "ImagePromptsOperation": {
        "type": "object",
        "additionalProperties": false,
        "description": "The image prompts of a content written without images (the automation's fifth stage).",
        "required": [
          "id",
          "kind",
          "status",
          "progress",
          "result",
          "error",
          "created_at",
          "updated_at",
          "started_at",
          "finished_at"
        ],
        "properties": {
          "kind": {
            "type": "string",
            "enum": [
              "content.image_prompts"
            ],
            "description": "discriminator enum property added by openapi-typescript"
          },
          "result": {
            "description": "What the work produced, once `succeeded`; null before.",
            "oneOf": [
              {
                "$ref": "#/components/schemas/ImagePromptsResult"
              },
              {
                "type": "null"
              }
            ]
          },
          "id": {
            "$ref": "#/components/schemas/Uuid"
          },
          "status": {
            "$ref": "#/components/schemas/OperationStatus"
          },
          "progress": {
            "$ref": "#/components/schemas/OperationProgress"
          },
          "error": {
            "$ref": "#/components/schemas/OperationError"
          },
          "created_at": {
            "$ref": "#/components/schemas/Timestamp"
          },
          "updated_at": {
            "$ref": "#/components/schemas/Timestamp"
          },
          "started_at": {
            "$ref": "#/components/schemas/OperationStartedAt"
          },
          "finished_at": {
            "$ref": "#/components/schemas/OperationFinishedAt"
          }
        }
      },
      "OperationProgress": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "done",
          "total"
        ],
        "properties": {
          "done": {
            "type": "integer",
            "minimum": 0
          },
          "total": {
            "type": "integer",
            "minimum": 0
          }
        }
      },
      "OperationError": {
        "description": "Why the work `failed`, with a code to branch on; null unless it failed. An input the work cannot use fails at\nonce, not retried, with its own code (`FILE_NOT_TEXT`, `VALIDATION_FAILED`, `NOT_FOUND`,\n`PLAN_LIMIT_REACHED`…). A problem of the AI provider is `AI_PROVIDER_FAILED` (`details.provider_code`:\n`RATE_LIMITED`, `TIMEOUT`, `QUOTA_EXCEEDED`, `UNAVAILABLE`, `INVALID_OUTPUT` or `BAD_REQUEST`). Anything else\nis retried and, when the last attempt fails too, `JOB_FAILED`, whose message names the step that failed\n(`details.step`, `details.attempts`).\n",
        "oneOf": [
          {
            "$ref": "#/components/schemas/Error"
          },
          {
            "type": "null"
          }
        ]
      },
      "OperationStartedAt": {
        "type": [
          "string",
          "null"
        ],
        "format": "date-time",
        "description": "When a worker first started the work; null while `queued`."
      },
      "OperationFinishedAt": {
        "type": [
          "string",
          "null"
        ],
        "format": "date-time",
        "description": "When the work ended (`succeeded`, `failed` or `cancelled`); null before."
      },
      "AccountExportResult": {
        "type": "object",
        "description": "Everything the account holds that is its own, as JSON.",
        "required": [
          "exported_at",
          "account",
          "members",
          "sites",
          "api_keys"
        ],
        "properties": {
          "exported_at": {
            "$ref": "#/components/schemas/Timestamp"
          },
          "account": {
            "type": "object"
          },
          "members": {
            "type": "array",
            "items": {
              "type": "object"
            }
          },
          "sites": {
            "type": "array",
            "items": {
              "type": "object"
            }
          },
          "api_keys": {
            "type": "array",
            "items": {
              "type": "object"
            }
          }
        }
      },
      "ClusteringResult": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "algorithm",
          "keywords",
          "clusters",
          "clustered_keywords",
          "unclustered_keywords",
          "credits"
        ],
        "properties": {
          "algorithm": {
            "type": "string",
            "enum": [
              "lexical",
              "semantic",
              "serp"
            ]
          },
          "keywords": {
            "type": "integer",
            "minimum": 0,
            "description": "Keywords considered."
          },
          "clusters": {
            "type": "integer",
            "minimum": 0,
            "description": "Clusters made."
          },
          "clustered_keywords": {
            "type": "integer",
            "minimum": 0
          },
          "unclustered_keywords": {
            "type": "integer",
            "minimum": 0,
            "description": "Keywords left without a cluster."
          },
          "credits": {
            "$ref": "#/components/schemas/Credits"
          }
        }
      },
      "IdeaGenerationResult": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "idea_ids",
          "provider",
          "credits",
          "cannibalization"
        ],
        "properties": {
          "idea_ids": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/Uuid"
            }
          },
          "provider": {
            "type": "string",
            "description": "The AI provider that wrote them."
          },
          "credits": {
            "$ref": "#/components/schemas/Credits"
          },
          "cannibalization": {
            "type": "array",
            "description": "Warnings about the new ideas competing with the site's other ideas.",
            "items": {
              "$ref": "#/components/schemas/CannibalizationWarning"
            }
          }
        }
      },
      "ContentGenerationResult": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "task_id",
          "content_id",
          "sections",
          "words",
          "target_words",
          "credits",
          "provider",
          "model",
          "image_ids",
          "cannibalization"
        ],
        "properties": {
          "task_id": {
            "$ref": "#/components/schemas/Uuid"
          },
          "content_id": {
            "$ref": "#/components/schemas/Uuid"
          },
          "sections": {
            "type": "integer",
            "minimum": 1,
            "description": "Sections written, one provider call each."
          },
          "words": {
            "type": "integer",
            "minimum": 0
          },
          "target_words": {
            "type": "integer",
            "minimum": 100
          },
          "credits": {
            "$ref": "#/components/schemas/Credits"
          },
          "provider": {
            "type": "string",
            "description": "The AI provider that wrote it (`local` offline)."
          },
          "model": {
            "type": "string"
          },
          "image_ids": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/Uuid"
            }
          },
          "cannibalization": {
            "type": "array",
            "description": "The site's other contents with the same focus keyword, which would compete for one search.",
            "items": {
              "type": "object",
              "additionalProperties": false,
              "required": [
                "content_id",
                "title"
              ],
              "properties": {
                "content_id": {
                  "$ref": "#/components/schemas/Uuid"
                },
                "title": {
                  "type": "string"
                }
              }
            }
          }
        }
      },
      "ImageRegenerationResult": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "image_id",
          "credits",
          "provider"
        ],
        "properties": {
          "image_id": {
            "$ref": "#/components/schemas/Uuid"
          },
          "credits": {
            "$ref": "#/components/schemas/Credits"
          },
          "provider": {
            "type": "string"
          }
        }
      },
      "ImagePromptsResult": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "content_id",
          "image_ids",
          "credits"
        ],
        "properties": {
          "content_id": {
            "$ref": "#/components/schemas/Uuid"
          },
          "image_ids": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/Uuid"
            },
            "description": "The images planned, `pending` until drawn."
          },
          "credits": {
            "$ref": "#/components/schemas/Credits"
          }
        }
      },
      "OperationResponse": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "data",
          "request_id"
        ],
        "properties": {
          "data": {
            "$ref": "#/components/schemas/Operation"
          },
          "request_id": {
            "$ref": "#/components/schemas/RequestId"
          }
        }
      },
      "Credits": {
        "type": "integer",
        "minimum": 0,
        "description": "A number of credits."
      },
      "Balance": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "plan_credits",
          "bonus_credits",
          "reserved_credits",
          "available_credits",
          "plan_credits_per_period",
          "period_end"
        ],
        "properties": {
          "plan_credits": {
            "$ref": "#/components/schemas/Credits"
          },
          "bonus_credits": {
            "$ref": "#/components/schemas/Credits"
          },
          "reserved_credits": {
            "$ref": "#/components/schemas/Credits",
            "description": "Held by actions in progress; already taken from the pools."
          },
          "available_credits": {
            "$ref": "#/components/schemas/Credits",
            "description": "Plan plus bonus credits, what an action can reserve now."
          },
          "plan_credits_per_period": {
            "$ref": "#/components/schemas/Credits"
          },
          "period_end": {
            "type": [
              "string",
              "null"
            ],
            "format": "date-time"
          }
        }
      },
      "LedgerKind": {
        "type": "string",
        "enum": [
          "grant",
          "purchase",
          "reserve",
          "capture",
          "release",
          "refund",
          "adjustment",
          "expiry"
        ]
      },
      "CreditPool": {
        "type": "string",
        "enum": [
          "plan",
          "bonus"
        ]
      },
      "LedgerEntry": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "id",
          "kind",
          "pool",
          "amount",
          "plan_balance_after",
          "bonus_balance_after",
          "balance_after",
          "reservation_key",
          "reason",
          "created_at"
        ],
        "properties": {
          "id": {
            "$ref": "#/components/schemas/Uuid"
          },
          "kind": {
            "$ref": "#/components/schemas/LedgerKind"
          },
          "pool": {
            "$ref": "#/components/schemas/CreditPool"
          },
          "amount": {
            "type": "integer",
            "description": "Signed: what this entry added to (or took from) the pool."
          },
          "plan_balance_after": {
            "$ref": "#/components/schemas/Credits"
          },
          "bonus_balance_after": {
            "$ref": "#/components/schemas/Credits"
          },
          "balance_after": {
            "$ref": "#/components/schemas/Credits"
          },
          "reservation_key": {
            "type": [
              "string",
              "null"
            ]
          },
          "reason": {
            "type": [
              "string",
              "null"
            ]
          },
          "created_at": {
            "$ref": "#/components/schemas/Timestamp"
          }
        }
      },
      "CreditOperation": {
        "type": "string",
        "enum": [
          "cluster_keywords",
          "generate_ideas",
          "generate_content",
          "generate_image_prompts",
          "generate_image",
          "optimize_content",
          "publish"
        ]
      },
      "CreditCost": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "id",
          "operation",
          "variant",
          "provider",
          "unit",
          "unit_size",
          "credits",
          "updated_at"
        ],
        "properties": {
          "id": {
            "$ref": "#/components/schemas/Uuid"
          },
          "operation": {
            "$ref": "#/components/schemas/CreditOperation"
          },
          "variant": {
            "type": "string",
            "description": "e.g. `standard` or `premium` images; `default` otherwise."
          },
          "provider": {
            "type": "string",
            "description": "An AI provider, or `*` for any."
          },
          "unit": {
            "type": "string",
            "description": "What is counted, e.g. `keyword`, `word`, `image`."
          },
          "unit_size": {
            "type": "integer",
            "minimum": 1,
            "description": "How many units one charge covers (10 keywords, 100 words)."
          },
          "credits": {
            "$ref": "#/components/schemas/Credits"
          },
          "updated_at": {
            "$ref": "#/components/schemas/Timestamp"
          }
        }
      },
      "CreditCostInput": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "operation",
          "credits"
        ],
        "properties": {
          "operation": {
            "$ref": "#/components/schemas/CreditOperation"
          },
          "variant": {
            "type": "string",
            "minLength": 1,
            "maxLength": 40
          },
          "provider": {
            "type": "string",
            "minLength": 1,
            "maxLength": 60
          },
          "unit": {
            "type": "string",
            "minLength": 1,
            "maxLength": 40
          },
          "unit_size": {
            "type": "integer",
            "minimum": 1,
            "maximum": 1000000
          },
          "credits": {
            "type": "integer",
            "minimum": 0,
            "maximum": 1000000
          }
        }
      },
      "EstimateRequest": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "operation",
          "quantity"
        ],
        "properties": {
          "operation": {
            "$ref": "#/components/schemas/CreditOperation"
          },
          "quantity": {
            "type": "integer",
            "minimum": 1,
            "maximum": 10000000,
            "description": "Units: keywords, ideas, words, images…"
          },
          "variant": {
            "type": "string",
            "minLength": 1,
            "maxLength": 40
          },
          "provider": {
            "type": "string",
            "minLength": 1,
            "maxLength": 60
          }
        }
      },
      "Estimate": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "operation",
          "quantity",
          "credits",
          "available_credits",
          "sufficient"
        ],
        "properties": {
          "operation": {
            "$ref": "#/components/schemas/CreditOperation"
          },
          "quantity": {
            "type": "integer"
          },
          "credits": {
            "$ref": "#/components/schemas/Credits"
          },
          "available_credits": {
            "$ref": "#/components/schemas/Credits"
          },
          "sufficient": {
            "type": "boolean"
          }
        }
      },
      "UsageRecord": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "id",
          "operation",
          "site_id",
          "provider",
          "model",
          "tokens_in",
          "tokens_out",
          "cost_usd",
          "credits",
          "created_at"
        ],
        "properties": {
          "id": {
            "$ref": "#/components/schemas/Uuid"
          },
          "operation": {
            "$ref": "#/components/schemas/CreditOperation"
          },
          "site_id": {
            "type": [
              "string",
              "null"
            ],
            "format": "uuid"
          },
          "provider": {
            "type": "string"
          },
          "model": {
            "type": [
              "string",
              "null"
            ]
          },
          "tokens_in": {
            "type": "integer",
            "minimum": 0
          },
          "tokens_out": {
            "type": "integer",
            "minimum": 0
          },
          "cost_usd": {
            "type": "number",
            "minimum": 0
          },
          "credits": {
            "$ref": "#/components/schemas/Credits"
          },
          "created_at": {
            "$ref": "#/components/schemas/Timestamp"
          }
        }
      },
      "UsageSummaryRow": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "day",
          "operation",
          "count",
          "credits",
          "tokens_in",
          "tokens_out",
          "cost_usd"
        ],
        "properties": {
          "day": {
            "type": "string",
            "format": "date"
          },
          "operation": {
            "$ref": "#/components/schemas/CreditOperation"
          },
          "count": {
            "type": "integer",
            "minimum": 0
          },
          "credits": {
            "$ref": "#/components/schemas/Credits"
          },
          "tokens_in": {
            "type": "integer",
            "minimum": 0
          },
          "tokens_out": {
            "type": "integer",
            "minimum": 0
          },
          "cost_usd": {
            "type": "number",
            "minimum": 0
          }
        }
      },
      "SubscriptionStatus": {
        "type": "string",
        "enum": [
          "trialing",
          "active",
          "past_due",
          "cancelled"
        ]
      },
      "Subscription": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "id",
          "plan",
          "status",
          "current_period_start",
          "current_period_end",
          "pending_plan",
          "past_due_since"
        ],
        "properties": {
          "id": {
            "$ref": "#/components/schemas/Uuid"
          },
          "plan": {
            "$ref": "#/components/schemas/Plan"
          },
          "status": {
            "$ref": "#/components/schemas/SubscriptionStatus"
          },
          "current_period_start": {
            "$ref": "#/components/schemas/Timestamp"
          },
          "current_period_end": {
            "$ref": "#/components/schemas/Timestamp"
          },
          "pending_plan": {
            "oneOf": [
              {
                "$ref": "#/components/schemas/Plan"
              },
              {
                "type": "null"
              }
            ],
            "description": "A downgrade that takes effect at the end of the period."
          },
          "past_due_since": {
            "type": [
              "string",
              "null"
            ],
            "format": "date-time"
          }
        }
      },
      "ChangeSubscriptionRequest": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "plan"
        ],
        "properties": {
          "plan": {
            "type": "string",
            "minLength": 1,
            "maxLength": 40,
            "description": "A plan code from `GET /v1/plans`."
          }
        }
      },
      "SubscriptionChange": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "subscription",
          "invoice"
        ],
        "properties": {
          "subscription": {
            "$ref": "#/components/schemas/Subscription"
          },
          "invoice": {
            "oneOf": [
              {
                "$ref": "#/components/schemas/Invoice"
              },
              {
                "type": "null"
              }
            ],
            "description": "The prorated invoice of an upgrade; `null` for a downgrade or a free move."
          }
        }
      },
      "CreditPackage": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "id",
          "code",
          "name",
          "credits",
          "price_cents",
          "currency",
          "active"
        ],
        "properties": {
          "id": {
            "$ref": "#/components/schemas/Uuid"
          },
          "code": {
            "type": "string"
          },
          "name": {
            "type": "string"
          },
          "credits": {
            "type": "integer",
            "minimum": 1
          },
          "price_cents": {
            "type": "integer",
            "minimum": 0
          },
          "currency": {
            "type": "string",
            "minLength": 3,
            "maxLength": 3
          },
          "active": {
            "type": "boolean"
          }
        }
      },
      "CreditPackageInput": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "code",
          "name",
          "credits",
          "price_cents"
        ],
        "properties": {
          "code": {
            "type": "string",
            "pattern": "^[a-z0-9][a-z0-9-]{0,39}$"
          },
          "name": {
            "type": "string",
            "minLength": 1,
            "maxLength": 120
          },
          "credits": {
            "type": "integer",
            "minimum": 1,
            "maximum": 10000000
          },
          "price_cents": {
            "type": "integer",
            "minimum": 0,
            "maximum": 100000000
          },
          "currency": {
            "type": "string",
            "pattern": "^[A-Z]{3}$"
          }
        }
      },
      "CreditPackageUpdate": {
        "type": "object",
        "additionalProperties": false,
        "minProperties": 1,
        "properties": {
          "name": {
            "type": "string",
            "minLength": 1,
            "maxLength": 120
          },
          "credits": {
            "type": "integer",
            "minimum": 1,
            "maximum": 10000000
          },
          "price_cents": {
            "type": "integer",
            "minimum": 0,
            "maximum": 100000000
          },
          "active": {
            "type": "boolean"
          }
        }
      },
      "InvoiceStatus": {
        "type": "string",
        "enum": [
          "draft",
          "pending",
          "paid",
          "void",
          "uncollectible"
        ]
      },
      "InvoiceLine": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "description",
          "quantity",
          "unit_cents",
          "amount_cents"
        ],
        "properties": {
          "description": {
            "type": "string"
          },
          "quantity": {
            "type": "integer"
          },
          "unit_cents": {
            "type": "integer"
          },
          "amount_cents": {
            "type": "integer"
          }
        }
      },
      "Invoice": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "id",
          "number",
          "kind",
          "status",
          "currency",
          "subtotal_cents",
          "tax_cents",
          "total_cents",
          "lines",
          "period_start",
          "period_end",
          "due_at",
          "paid_at",
          "created_at"
        ],
        "properties": {
          "id": {
            "$ref": "#/components/schemas/Uuid"
          },
          "number": {
            "type": "string",
            "description": "Consecutive across the platform, without gaps: `INV-000001`, `INV-000002`…"
          },
          "kind": {
            "type": "string",
            "enum": [
              "subscription",
              "credit_package",
              "custom"
            ]
          },
          "status": {
            "$ref": "#/components/schemas/InvoiceStatus"
          },
          "currency": {
            "type": "string"
          },
          "subtotal_cents": {
            "type": "integer"
          },
          "tax_cents": {
            "type": "integer"
          },
          "total_cents": {
            "type": "integer"
          },
          "lines": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/InvoiceLine"
            }
          },
          "period_start": {
            "type": [
              "string",
              "null"
            ],
            "format": "date-time"
          },
          "period_end": {
            "type": [
              "string",
              "null"
            ],
            "format": "date-time"
          },
          "due_at": {
            "type": [
              "string",
              "null"
            ],
            "format": "date-time"
          },
          "paid_at": {
            "type": [
              "string",
              "null"
            ],
            "format": "date-time"
          },
          "created_at": {
            "$ref": "#/components/schemas/Timestamp"
          }
        }
      },
      "PaymentStatus": {
        "type": "string",
        "enum": [
          "pending_approval",
          "pending",
          "succeeded",
          "failed",
          "refunded"
        ]
      },
      "Payment": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "id",
          "invoice_id",
          "method",
          "status",
          "amount_cents",
          "currency",
          "reference",
          "checkout_url",
          "created_at",
          "updated_at"
        ],
        "properties": {
          "id": {
            "$ref": "#/components/schemas/Uuid"
          },
          "invoice_id": {
            "$ref": "#/components/schemas/Uuid"
          },
          "method": {
            "type": "string",
            "enum": [
              "manual",
              "stripe"
            ]
          },
          "status": {
            "$ref": "#/components/schemas/PaymentStatus"
          },
          "amount_cents": {
            "type": "integer"
          },
          "currency": {
            "type": "string"
          },
          "reference": {
            "type": [
              "string",
              "null"
            ]
          },
          "checkout_url": {
            "type": [
              "string",
              "null"
            ],
            "description": "Stripe Checkout page for a `stripe` payment that is `pending`."
          },
          "created_at": {
            "$ref": "#/components/schemas/Timestamp"
          },
          "updated_at": {
            "$ref": "#/components/schemas/Timestamp"
          }
        }
      },
      "PayInvoiceRequest": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "method"
        ],
        "properties": {
          "method": {
            "type": "string",
            "enum": [
              "manual",
              "stripe"
            ]
          },
          "reference": {
            "type": "string",
            "minLength": 1,
            "maxLength": 200,
            "description": "Bank-transfer reference, for `manual`."
          },
          "success_url": {
            "$ref": "#/components/schemas/SiteUrl"
          },
          "cancel_url": {
            "$ref": "#/components/schemas/SiteUrl"
          }
        }
      },
      "SiteBudget": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "site_id",
          "monthly_credit_cap",
          "used_this_month"
        ],
        "properties": {
          "site_id": {
            "$ref": "#/components/schemas/Uuid"
          },
          "monthly_credit_cap": {
            "type": [
              "integer",
              "null"
            ],
            "minimum": 0
          },
          "used_this_month": {
            "$ref": "#/components/schemas/Credits"
          }
        }
      },
      "SiteBudgetRequest": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "monthly_credit_cap"
        ],
        "properties": {
          "monthly_credit_cap": {
            "type": [
              "integer",
              "null"
            ],
            "minimum": 0,
            "maximum": 100000000
          }
        }
      },
      "Notification": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "id",
          "kind",
          "title",
          "body",
          "data",
          "read_at",
          "created_at"
        ],
        "properties": {
          "id": {
            "$ref": "#/components/schemas/Uuid"
          },
          "kind": {
            "type": "string",
            "description": "e.g. `credits.threshold_80`, `credits.threshold_100`, `invoice.paid`, `subscription.past_due`."
          },
          "title": {
            "type": "string"
          },
          "body": {
            "type": "string"
          },
          "data": {
            "type": "object",
            "additionalProperties": true
          },
          "read_at": {
            "type": [
              "string",
              "null"
            ],
            "format": "date-time"
          },
          "created_at": {
            "$ref": "#/components/schemas/Timestamp"
          }
        }
      },
      "Operator": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "id",
          "email",
          "name"
        ],
        "properties": {
          "id": {
            "$ref": "#/components/schemas/Uuid"
          },
          "email": {
            "$ref": "#/components/schemas/Email"
          },
          "name": {
            "type": "string"
          }
        }
      },
      "OperatorSession": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "access_token",
          "token_type",
          "expires_in",
          "operator"
        ],
        "properties": {
          "access_token": {
            "type": "string",
            "x-igny8-secret": true
          },
          "token_type": {
            "type": "string",
            "enum": [
              "Bearer"
            ]
          },
          "expires_in": {
            "type": "integer"
          },
          "operator": {
            "$ref": "#/components/schemas/Operator"
          }
        }
      },
      "AdminAccount": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "account",
          "balance",
          "subscription",
          "members"
        ],
        "properties": {
          "account": {
            "$ref": "#/components/schemas/Account"
          },
          "balance": {
            "$ref": "#/components/schemas/Balance"
          },
          "subscription": {
            "oneOf": [
              {
                "$ref": "#/components/schemas/Subscription"
              },
              {
                "type": "null"
              }
            ]
          },
          "members": {
            "type": "integer",
            "minimum": 0
          }
        }
      },
      "AdjustCreditsRequest": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "pool",
          "amount",
          "reason"
        ],
        "properties": {
          "pool": {
            "$ref": "#/components/schemas/CreditPool"
          },
          "amount": {
            "type": "integer",
            "minimum": -10000000,
            "maximum": 10000000,
            "description": "Positive grants, negative takes (never below 0)."
          },
          "reason": {
            "type": "string",
            "minLength": 3,
            "maxLength": 500
          }
        }
      },
      "SetAccountStatusRequest": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "status",
          "reason"
        ],
        "properties": {
          "status": {
            "$ref": "#/components/schemas/AccountStatus"
          },
          "reason": {
            "type": "string",
            "minLength": 3,
            "maxLength": 500
          }
        }
      },
      "RejectPaymentRequest": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "reason"
        ],
        "properties": {
          "reason": {
            "type": "string",
            "minLength": 3,
            "maxLength": 500
          }
        }
      },
      "PlanInput": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "name",
          "price_cents",
          "credits_per_month",
          "max_sites",
          "max_users",
          "max_keywords",
          "max_sectors_per_site"
        ],
        "properties": {
          "name": {
            "type": "string",
            "minLength": 1,
            "maxLength": 120
          },
          "price_cents": {
            "type": "integer",
            "minimum": 0,
            "maximum": 100000000
          },
          "currency": {
            "type": "string",
            "pattern": "^[A-Z]{3}$"
          },
          "credits_per_month": {
            "type": "integer",
            "minimum": 0,
            "maximum": 100000000
          },
          "max_sites": {
            "type": "integer",
            "minimum": 0,
            "maximum": 100000
          },
          "max_users": {
            "type": "integer",
            "minimum": 1,
            "maximum": 100000
          },
          "max_keywords": {
            "type": "integer",
            "minimum": 0,
            "maximum": 100000000
          },
          "max_sectors_per_site": {
            "type": "integer",
            "minimum": 1,
            "maximum": 5
          },
          "is_public": {
            "type": "boolean"
          }
        }
      },
      "RenewalReport": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "renewed",
          "invoiced",
          "downgraded",
          "past_due"
        ],
        "properties": {
          "renewed": {
            "type": "integer",
            "minimum": 0
          },
          "invoiced": {
            "type": "integer",
            "minimum": 0
          },
          "downgraded": {
            "type": "integer",
            "minimum": 0
          },
          "past_due": {
            "type": "integer",
            "minimum": 0
          }
        }
      },
      "BalanceResponse": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "data",
          "request_id"
        ],
        "properties": {
          "data": {
            "$ref": "#/components/schemas/Balance"
          },
          "request_id": {
            "$ref": "#/components/schemas/RequestId"
          }
        }
      },
      "LedgerListResponse": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "data",
          "meta",
          "request_id"
        ],
        "properties": {
          "data": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/LedgerEntry"
            }
          },
          "meta": {
            "$ref": "#/components/schemas/PageMeta"
          },
          "request_id": {
            "$ref": "#/components/schemas/RequestId"
          }
        }
      },
      "CreditCostListResponse": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "data",
          "request_id"
        ],
        "properties": {
          "data": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/CreditCost"
            }
          },
          "request_id": {
            "$ref": "#/components/schemas/RequestId"
          }
        }
      },
      "CreditCostResponse": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "data",
          "request_id"
        ],
        "properties": {
          "data": {
            "$ref": "#/components/schemas/CreditCost"
          },
          "request_id": {
            "$ref": "#/components/schemas/RequestId"
          }
        }
      },
      "EstimateResponse": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "data",
          "request_id"
        ],
        "properties": {
          "data": {
            "$ref": "#/components/schemas/Estimate"
          },
          "request_id": {
            "$ref": "#/components/schemas/RequestId"
          }
        }
      },
      "UsageListResponse": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "data",
          "meta",
          "request_id"
        ],
        "properties": {
          "data": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/UsageRecord"
            }
          },
          "meta": {
            "$ref": "#/components/schemas/PageMeta"
          },
          "request_id": {
            "$ref": "#/components/schemas/RequestId"
          }
        }
      },
      "UsageSummaryResponse": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "data",
          "request_id"
        ],
        "properties": {
          "data": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/UsageSummaryRow"
            }
          },
          "request_id": {
            "$ref": "#/components/schemas/RequestId"
          }
        }
      },
      "SubscriptionResponse": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "data",
          "request_id"
        ],
        "properties": {
          "data": {
            "$ref": "#/components/schemas/Subscription"
          },
          "request_id": {
            "$ref": "#/components/schemas/RequestId"
          }
        }
      },
      "SubscriptionChangeResponse": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "data",
          "request_id"
        ],
        "properties": {
          "data": {
            "$ref": "#/components/schemas/SubscriptionChange"
          },
          "request_id": {
            "$ref": "#/components/schemas/RequestId"
          }
        }
      },
      "CreditPackageListResponse": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "data",
          "request_id"
        ],
        "properties": {
          "data": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/CreditPackage"
            }
          },
          "request_id": {
            "$ref": "#/components/schemas/RequestId"
          }
        }
      },
      "CreditPackageResponse": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "data",
          "request_id"
        ],
        "properties": {
          "data": {
            "$ref": "#/components/schemas/CreditPackage"
          },
          "request_id": {
            "$ref": "#/components/schemas/RequestId"
          }
        }
      },
      "InvoiceResponse": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "data",
          "request_id"
        ],
        "properties": {
          "data": {
            "$ref": "#/components/schemas/Invoice"
          },
          "request_id": {
            "$ref": "#/components/schemas/RequestId"
          }
        }
      },
      "InvoiceListResponse": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "data",
          "meta",
          "request_id"
        ],
        "properties": {
          "data": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/Invoice"
            }
          },
          "meta": {
            "$ref": "#/components/schemas/PageMeta"
          },
          "request_id": {
            "$ref": "#/components/schemas/RequestId"
          }
        }
      },
      "PaymentResponse": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "data",
          "request_id"
        ],
        "properties": {
          "data": {
            "$ref": "#/components/schemas/Payment"
          },
          "request_id": {
            "$ref": "#/components/schemas/RequestId"
          }
        }
      },
      "PaymentListResponse": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "data",
          "meta",
          "request_id"
        ],
        "properties": {
          "data": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/Payment"
            }
          },
          "meta": {
            "$ref": "#/components/schemas/PageMeta"
          },
          "request_id": {
            "$ref": "#/components/schemas/RequestId"
          }
        }
      },
      "SiteBudgetResponse": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "data",
          "request_id"
        ],
        "properties": {
          "data": {
            "$ref": "#/components/schemas/SiteBudget"
          },
          "request_id": {
            "$ref": "#/components/schemas/RequestId"
          }
        }
      },
      "NotificationResponse": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "data",
          "request_id"
        ],
        "properties": {
          "data": {
            "$ref": "#/components/schemas/Notification"
          },
          "request_id": {
            "$ref": "#/components/schemas/RequestId"
          }
        }
      },
      "NotificationListResponse": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "data",
          "meta",
          "request_id"
        ],
        "properties": {
          "data": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/Notification"
            }
          },
          "meta": {
            "$ref": "#/components/schemas/PageMeta"
          },
          "request_id": {
            "$ref": "#/components/schemas/RequestId"
          }
        }
      },
      "OperatorSessionResponse": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "data",
          "request_id"
        ],
        "properties": {
          "data": {
            "$ref": "#/components/schemas/OperatorSession"
          },
          "request_id": {
            "$ref": "#/components/schemas/RequestId"
          }
        }
      },
      "AdminAccountResponse": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "data",
          "request_id"
        ],
        "properties": {
          "data": {
            "$ref": "#/components/schemas/AdminAccount"
          },
          "request_id": {
            "$ref": "#/components/schemas/RequestId"
          }
        }
      },
      "AdminAccountListResponse": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "data",
          "meta",
          "request_id"
        ],
        "properties": {
          "data": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/AdminAccount"
            }
          },
          "meta": {
            "$ref": "#/components/schemas/PageMeta"
          },
          "request_id": {
            "$ref": "#/components/schemas/RequestId"
          }
        }
      },
      "PlanResponse": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "data",
          "request_id"
        ],
        "properties": {
          "data": {
            "$ref": "#/components/schemas/Plan"
          },
          "request_id": {
            "$ref": "#/components/schemas/RequestId"
          }
        }
      },
      "RenewalReportResponse": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "data",
          "request_id"
        ],
        "properties": {
          "data": {
            "$ref": "#/components/schemas/RenewalReport"
          },
          "request_id": {
            "$ref": "#/components/schemas/RequestId"
          }
        }
      },
      "Intent": {
        "type": "string",
        "enum": [
          "informational",
          "commercial",
          "transactional",
          "navigational"
        ]
      },
      "KeywordStatus": {
        "type": "string",
        "enum": [
          "new",
          "mapped",
          "archived"
        ]
      },
      "ClusterStatus": {
        "type": "string",
        "enum": [
          "new",
          "mapped",
          "archived"
        ]
      },
      "IdeaStatus": {
        "type": "string",
        "enum": [
          "new",
          "queued",
          "completed"
        ]
      },
      "TaskStatus": {
        "type": "string",
        "enum": [
          "queued",
          "in_progress",
          "completed",
          "failed",
          "cancelled"
        ]
      },
      "Keyword": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "id",
          "site_id",
          "sector_id",
          "cluster_id",
          "phrase",
          "normalized",
          "status",
          "volume",
          "difficulty",
          "cpc",
          "intent",
          "intent_source",
          "country",
          "language",
          "created_at",
          "updated_at"
        ],
        "properties": {
          "id": {
            "$ref": "#/components/schemas/Uuid"
          },
          "site_id": {
            "$ref": "#/components/schemas/Uuid"
          },
          "sector_id": {
            "type": [
              "string",
              "null"
            ],
            "format": "uuid"
          },
          "cluster_id": {
            "type": [
              "string",
              "null"
            ],
            "format": "uuid"
          },
          "phrase": {
            "type": "string"
          },
          "normalized": {
            "type": "string",
            "description": "The phrase after NFKC, case folding and punctuation clean-up: unique per site."
          },
          "status": {
            "$ref": "#/components/schemas/KeywordStatus"
          },
          "volume": {
            "type": "integer",
            "minimum": 0
          },
          "difficulty": {
            "type": [
              "integer",
              "null"
            ],
            "minimum": 0,
            "maximum": 100
          },
          "cpc": {
            "type": [
              "number",
              "null"
            ],
            "minimum": 0
          },
          "intent": {
            "$ref": "#/components/schemas/Intent"
          },
          "intent_source": {
            "type": "string",
            "enum": [
              "classified",
              "user"
            ],
            "description": "`user` once overridden."
          },
          "country": {
            "type": [
              "string",
              "null"
            ]
          },
          "language": {
            "type": "string"
          },
          "created_at": {
            "$ref": "#/components/schemas/Timestamp"
          },
          "updated_at": {
            "$ref": "#/components/schemas/Timestamp"
          }
        }
      },
      "KeywordInput": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "phrase"
        ],
        "properties": {
          "phrase": {
            "type": "string",
            "minLength": 1,
            "maxLength": 300
          },
          "volume": {
            "type": "integer",
            "minimum": 0,
            "maximum": 1000000000
          },
          "difficulty": {
            "type": "integer",
            "minimum": 0,
            "maximum": 100
          },
          "cpc": {
            "type": "number",
            "minimum": 0,
            "maximum": 100000
          },
          "intent": {
            "$ref": "#/components/schemas/Intent"
          },
          "country": {
            "type": "string",
            "minLength": 2,
            "maxLength": 2
          },
          "language": {
            "type": "string",
            "minLength": 2,
            "maxLength": 8
          },
          "sector_id": {
            "$ref": "#/components/schemas/Uuid"
          },
          "serp_urls": {
            "type": "array",
            "maxItems": 10,
            "description": "The top results for the phrase, for SERP-overlap clustering.",
            "items": {
              "$ref": "#/components/schemas/SiteUrl"
            }
          }
        }
      },
      "KeywordUpdate": {
        "type": "object",
        "additionalProperties": false,
        "minProperties": 1,
        "properties": {
          "phrase": {
            "type": "string",
            "minLength": 1,
            "maxLength": 300
          },
          "volume": {
            "type": "integer",
            "minimum": 0,
            "maximum": 1000000000
          },
          "difficulty": {
            "type": [
              "integer",
              "null"
            ],
            "minimum": 0,
            "maximum": 100
          },
          "cpc": {
            "type": [
              "number",
              "null"
            ],
            "minimum": 0,
            "maximum": 100000
          },
          "intent": {
            "$ref": "#/components/schemas/Intent"
          },
          "country": {
            "type": [
              "string",
              "null"
            ],
            "minLength": 2,
            "maxLength": 2
          },
          "language": {
            "type": "string",
            "minLength": 2,
            "maxLength": 8
          },
          "status": {
            "type": "string",
            "enum": [
              "new",
              "archived"
            ],
            "description": "Archive a keyword, or bring it back (`mapped` comes from clustering)."
          }
        }
      },
      "KeywordBulkUpdate": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "id"
        ],
        "properties": {
          "id": {
            "$ref": "#/components/schemas/Uuid"
          },
          "volume": {
            "type": "integer",
            "minimum": 0,
            "maximum": 1000000000
          },
          "difficulty": {
            "type": [
              "integer",
              "null"
            ],
            "minimum": 0,
            "maximum": 100
          },
          "cpc": {
            "type": [
              "number",
              "null"
            ],
            "minimum": 0,
            "maximum": 100000
          },
          "intent": {
            "$ref": "#/components/schemas/Intent"
          },
          "status": {
            "type": "string",
            "enum": [
              "new",
              "archived"
            ]
          }
        }
      },
      "KeywordBulkRequest": {
        "type": "object",
        "additionalProperties": false,
        "minProperties": 1,
        "properties": {
          "create": {
            "type": "array",
            "maxItems": 10000,
            "items": {
              "$ref": "#/components/schemas/KeywordInput"
            }
          },
          "update": {
            "type": "array",
            "maxItems": 10000,
            "items": {
              "$ref": "#/components/schemas/KeywordBulkUpdate"
            }
          },
          "delete": {
            "type": "array",
            "maxItems": 10000,
            "items": {
              "$ref": "#/components/schemas/Uuid"
            }
          }
        }
      },
      "KeywordBulkResult": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "created",
          "updated",
          "deleted",
          "duplicates",
          "errors"
        ],
        "properties": {
          "created": {
            "type": "integer",
            "minimum": 0
          },
          "updated": {
            "type": "integer",
            "minimum": 0
          },
          "deleted": {
            "type": "integer",
            "minimum": 0
          },
          "duplicates": {
            "type": "integer",
            "minimum": 0
          },
          "errors": {
            "type": "array",
            "items": {
              "type": "object",
              "additionalProperties": false,
              "required": [
                "section",
                "index",
                "code",
                "message"
              ],
              "properties": {
                "section": {
                  "type": "string",
                  "enum": [
                    "create",
                    "update",
                    "delete"
                  ]
                },
                "index": {
                  "type": "integer",
                  "minimum": 0
                },
                "code": {
                  "$ref": "#/components/schemas/ErrorCode"
                },
                "message": {
                  "type": "string"
                }
              }
            }
          }
        }
      },
      "KeywordImportRequest": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "csv"
        ],
        "properties": {
          "csv": {
            "type": "string",
            "minLength": 1,
            "maxLength": 60000000,
            "x-igny8-file": true,
            "description": "The file's text, header row first. A file that is not UTF-8 text (binary, UTF-16, NUL bytes) is refused with `422 FILE_NOT_TEXT`, naming the line."
          },
          "sector_id": {
            "$ref": "#/components/schemas/Uuid",
            "description": "Sector for rows that name none (default the site's first sector)."
          },
          "language": {
            "type": "string",
            "minLength": 2,
            "maxLength": 8,
            "description": "For rows that name none (default `en`)."
          },
          "country": {
            "type": "string",
            "minLength": 2,
            "maxLength": 2
          }
        }
      },
      "KeywordImportResult": {
        "type": "object",
        "additionalProperties": false,
        "description": "The `result` of a `keywords.import` operation. Every refused row is counted: `invalid_count` is all of them,\n`invalid_summary` groups all of them by code, and `invalid` lists the first 1,000 one by one (lowest line\nfirst; `invalid_truncated` says whether there were more).\n",
        "required": [
          "total_rows",
          "imported",
          "duplicates",
          "invalid_count",
          "invalid",
          "invalid_truncated",
          "invalid_summary",
          "header_detected",
          "columns"
        ],
        "properties": {
          "total_rows": {
            "type": "integer",
            "minimum": 0,
            "description": "Data rows read (not the header, not empty lines)."
          },
          "imported": {
            "type": "integer",
            "minimum": 0,
            "description": "New keywords stored."
          },
          "duplicates": {
            "type": "integer",
            "minimum": 0,
            "description": "Rows whose keyword the file or the site already had."
          },
          "invalid_count": {
            "type": "integer",
            "minimum": 0,
            "description": "Every refused row."
          },
          "invalid": {
            "type": "array",
            "maxItems": 1000,
            "items": {
              "$ref": "#/components/schemas/KeywordImportRefusal"
            }
          },
          "invalid_truncated": {
            "type": "boolean",
            "description": "More rows were refused than `invalid` lists."
          },
          "invalid_summary": {
            "type": "array",
            "description": "Every refused row, counted by code (the counts add up to `invalid_count`), most frequent first.",
            "items": {
              "type": "object",
              "additionalProperties": false,
              "required": [
                "code",
                "count",
                "first_line",
                "last_line",
                "example"
              ],
              "properties": {
                "code": {
                  "$ref": "#/components/schemas/KeywordImportRefusalCode"
                },
                "count": {
                  "type": "integer",
                  "minimum": 1
                },
                "first_line": {
                  "type": "integer",
                  "minimum": 1
                },
                "last_line": {
                  "type": "integer",
                  "minimum": 1
                },
                "example": {
                  "type": "string",
                  "description": "The reason given for the first of these rows."
                }
              }
            }
          },
          "header_detected": {
            "type": "boolean"
          },
          "columns": {
            "type": "object",
            "description": "The column each field was read from (its header, or `column N` without a header row).",
            "additionalProperties": {
              "type": "string"
            }
          }
        }
      },
      "KeywordImportRefusal": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "line",
          "code",
          "reason"
        ],
        "properties": {
          "line": {
            "type": "integer",
            "minimum": 1,
            "description": "The line of the file the row starts on (the header is line 1)."
          },
          "code": {
            "$ref": "#/components/schemas/KeywordImportRefusalCode"
          },
          "reason": {
            "type": "string"
          }
        }
      },
      "KeywordImportRefusalCode": {
        "type": "string",
        "description": "Why a row was refused: `MALFORMED_ROW` (an unbalanced quote, text after a closing quote), `NO_KEYWORD` (empty,\nor only spaces, punctuation or symbols), `KEYWORD_TOO_LONG` (over 300 characters), `INVALID_VOLUME` (not a\nwhole number from 0 to 2,147,483,647 — a negative volume is refused, never read as 0), `INVALID_DIFFICULTY`\n(not 0–100), `INVALID_CPC`, `INVALID_INTENT`, `UNKNOWN_SECTOR`, `PLAN_LIMIT_REACHED`.\n",
        "enum": [
          "MALFORMED_ROW",
          "NO_KEYWORD",
          "KEYWORD_TOO_LONG",
          "INVALID_VOLUME",
          "INVALID_DIFFICULTY",
          "INVALID_CPC",
          "INVALID_INTENT",
          "UNKNOWN_SECTOR",
          "PLAN_LIMIT_REACHED"
        ]
      },
      "ClusteringRequest": {
        "type": "object",
        "additionalProperties": false,
        "properties": {
          "algorithm": {
            "type": "string",
            "enum": [
              "lexical",
              "semantic",
              "serp"
            ],
            "default": "lexical"
          },
          "threshold": {
            "type": "number",
            "minimum": 0.05,
            "maximum": 1,
            "description": "Similarity a pair needs to join (default by algorithm)."
          },
          "min_cluster_size": {
            "type": "integer",
            "minimum": 1,
            "maximum": 1000,
            "description": "Smaller groups stay unclustered (default 2)."
          },
          "sector_id": {
            "$ref": "#/components/schemas/Uuid"
          },
          "include_mapped": {
            "type": "boolean",
            "description": "Re-cluster keywords already in clusters too (default: only `new` ones)."
          }
        }
      },
      "Cluster": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "id",
          "site_id",
          "sector_id",
          "name",
          "head_keyword_id",
          "status",
          "keyword_count",
          "total_volume",
          "avg_difficulty",
          "intent",
          "algorithm",
          "created_at",
          "updated_at"
        ],
        "properties": {
          "id": {
            "$ref": "#/components/schemas/Uuid"
          },
          "site_id": {
            "$ref": "#/components/schemas/Uuid"
          },
          "sector_id": {
            "type": [
              "string",
              "null"
            ],
            "format": "uuid"
          },
          "name": {
            "type": "string"
          },
          "head_keyword_id": {
            "type": [
              "string",
              "null"
            ],
            "format": "uuid"
          },
          "status": {
            "$ref": "#/components/schemas/ClusterStatus"
          },
          "keyword_count": {
            "type": "integer",
            "minimum": 0
          },
          "total_volume": {
            "type": "integer",
            "minimum": 0
          },
          "avg_difficulty": {
            "type": [
              "number",
              "null"
            ]
          },
          "intent": {
            "$ref": "#/components/schemas/Intent"
          },
          "algorithm": {
            "type": "string"
          },
          "created_at": {
            "$ref": "#/components/schemas/Timestamp"
          },
          "updated_at": {
            "$ref": "#/components/schemas/Timestamp"
          }
        }
      },
      "ClusterUpdate": {
        "type": "object",
        "additionalProperties": false,
        "minProperties": 1,
        "properties": {
          "name": {
            "type": "string",
            "minLength": 1,
            "maxLength": 300
          },
          "status": {
            "type": "string",
            "enum": [
              "new",
              "archived"
            ]
          }
        }
      },
      "GenerateIdeasRequest": {
        "type": "object",
        "additionalProperties": false,
        "properties": {
          "count": {
            "type": "integer",
            "minimum": 1,
            "maximum": 10,
            "default": 3
          }
        }
      },
      "OutlineHeading": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "heading",
          "level"
        ],
        "properties": {
          "heading": {
            "type": "string",
            "minLength": 1,
            "maxLength": 200
          },
          "level": {
            "type": "integer",
            "enum": [
              2,
              3
            ]
          }
        }
      },
      "Idea": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "id",
          "site_id",
          "cluster_id",
          "sector_id",
          "title",
          "brief",
          "outline",
          "primary_keyword",
          "secondary_keywords",
          "structure",
          "content_type",
          "target_words",
          "status",
          "provider",
          "created_at",
          "updated_at"
        ],
        "properties": {
          "id": {
            "$ref": "#/components/schemas/Uuid"
          },
          "site_id": {
            "$ref": "#/components/schemas/Uuid"
          },
          "cluster_id": {
            "type": [
              "string",
              "null"
            ],
            "format": "uuid"
          },
          "sector_id": {
            "type": [
              "string",
              "null"
            ],
            "format": "uuid"
          },
          "title": {
            "type": "string"
          },
          "brief": {
            "type": "string"
          },
          "outline": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/OutlineHeading"
            }
          },
          "primary_keyword": {
            "type": "string"
          },
          "secondary_keywords": {
            "type": "array",
            "items": {
              "type": "string"
            }
          },
          "structure": {
            "type": "string",
            "enum": [
              "article",
              "guide",
              "listicle",
              "comparison",
              "review",
              "how_to",
              "cluster_hub"
            ]
          },
          "content_type": {
            "type": "string",
            "enum": [
              "post",
              "page",
              "product",
              "taxonomy"
            ]
          },
          "target_words": {
            "type": "integer",
            "minimum": 0
          },
          "status": {
            "$ref": "#/components/schemas/IdeaStatus"
          },
          "provider": {
            "type": "string",
            "description": "Which AI provider wrote it (`local` offline)."
          },
          "created_at": {
            "$ref": "#/components/schemas/Timestamp"
          },
          "updated_at": {
            "$ref": "#/components/schemas/Timestamp"
          }
        }
      },
      "IdeaUpdate": {
        "type": "object",
        "additionalProperties": false,
        "minProperties": 1,
        "properties": {
          "title": {
            "type": "string",
            "minLength": 1,
            "maxLength": 300
          },
          "brief": {
            "type": "string",
            "maxLength": 5000
          },
          "outline": {
            "type": "array",
            "maxItems": 100,
            "items": {
              "$ref": "#/components/schemas/OutlineHeading"
            }
          },
          "primary_keyword": {
            "type": "string",
            "minLength": 1,
            "maxLength": 300
          },
          "secondary_keywords": {
            "type": "array",
            "maxItems": 50,
            "items": {
              "type": "string",
              "minLength": 1,
              "maxLength": 300
            }
          },
          "structure": {
            "type": "string",
            "enum": [
              "article",
              "guide",
              "listicle",
              "comparison",
              "review",
              "how_to",
              "cluster_hub"
            ]
          },
          "content_type": {
            "type": "string",
            "enum": [
              "post",
              "page",
              "product",
              "taxonomy"
            ]
          },
          "target_words": {
            "type": "integer",
            "minimum": 100,
            "maximum": 20000
          }
        }
      },
      "Task": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "id",
          "site_id",
          "idea_id",
          "cluster_id",
          "title",
          "status",
          "status_reason",
          "primary_keyword",
          "secondary_keywords",
          "structure",
          "content_type",
          "target_words",
          "created_at",
          "updated_at"
        ],
        "properties": {
          "id": {
            "$ref": "#/components/schemas/Uuid"
          },
          "site_id": {
            "$ref": "#/components/schemas/Uuid"
          },
          "idea_id": {
            "type": [
              "string",
              "null"
            ],
            "format": "uuid"
          },
          "cluster_id": {
            "type": [
              "string",
              "null"
            ],
            "format": "uuid"
          },
          "title": {
            "type": "string"
          },
          "status": {
            "$ref": "#/components/schemas/TaskStatus"
          },
          "status_reason": {
            "type": [
              "string",
              "null"
            ],
            "description": "Why the task failed or was cancelled; null otherwise."
          },
          "primary_keyword": {
            "type": [
              "string",
              "null"
            ]
          },
          "secondary_keywords": {
            "type": "array",
            "items": {
              "type": "string"
            }
          },
          "structure": {
            "type": "string",
            "enum": [
              "article",
              "guide",
              "listicle",
              "comparison",
              "review",
              "how_to",
              "cluster_hub"
            ]
          },
          "content_type": {
            "type": "string",
            "enum": [
              "post",
              "page",
              "product",
              "taxonomy"
            ]
          },
          "target_words": {
            "type": "integer",
            "minimum": 100,
            "maximum": 20000
          },
          "created_at": {
            "$ref": "#/components/schemas/Timestamp"
          },
          "updated_at": {
            "$ref": "#/components/schemas/Timestamp"
          }
        }
      },
      "TaskCreate": {
        "type": "object",
        "additionalProperties": false,
        "minProperties": 1,
        "description": "Either `idea_id` (the idea's brief, each field overridable) or at least a `title`.",
        "properties": {
          "idea_id": {
            "$ref": "#/components/schemas/Uuid"
          },
          "title": {
            "type": "string",
            "minLength": 1,
            "maxLength": 300
          },
          "primary_keyword": {
            "type": "string",
            "minLength": 1,
            "maxLength": 300
          },
          "secondary_keywords": {
            "type": "array",
            "maxItems": 50,
            "items": {
              "type": "string",
              "minLength": 1,
              "maxLength": 300
            }
          },
          "structure": {
            "type": "string",
            "enum": [
              "article",
              "guide",
              "listicle",
              "comparison",
              "review",
              "how_to",
              "cluster_hub"
            ]
          },
          "content_type": {
            "type": "string",
            "enum": [
              "post",
              "page",
              "product",
              "taxonomy"
            ]
          },
          "target_words": {
            "type": "integer",
            "minimum": 100,
            "maximum": 20000
          }
        }
      },
      "TaskUpdate": {
        "type": "object",
        "additionalProperties": false,
        "minProperties": 1,
        "properties": {
          "title": {
            "type": "string",
            "minLength": 1,
            "maxLength": 300
          },
          "primary_keyword": {
            "type": [
              "string",
              "null"
            ],
            "minLength": 1,
            "maxLength": 300
          },
          "secondary_keywords": {
            "type": "array",
            "maxItems": 50,
            "items": {
              "type": "string",
              "minLength": 1,
              "maxLength": 300
            }
          },
          "structure": {
            "type": "string",
            "enum": [
              "article",
              "guide",
              "listicle",
              "comparison",
              "review",
              "how_to",
              "cluster_hub"
            ]
          },
          "content_type": {
            "type": "string",
            "enum": [
              "post",
              "page",
              "product",
              "taxonomy"
            ]
          },
          "target_words": {
            "type": "integer",
            "minimum": 100,
            "maximum": 20000
          },
          "status": {
            "type": "string",
            "enum": [
              "queued",
              "cancelled"
            ],
            "description": "`cancelled` from `queued`, `in_progress` or `failed`; `queued` from `failed` or `cancelled`."
          }
        }
      },
      "TaskBulkRequest": {
        "type": "object",
        "additionalProperties": false,
        "minProperties": 1,
        "properties": {
          "status": {
            "type": "array",
            "maxItems": 1000,
            "items": {
              "type": "object",
              "additionalProperties": false,
              "required": [
                "id",
                "status"
              ],
              "properties": {
                "id": {
                  "$ref": "#/components/schemas/Uuid"
                },
                "status": {
                  "type": "string",
                  "enum": [
                    "queued",
                    "cancelled"
                  ]
                }
              }
            }
          },
          "cancel": {
            "type": "array",
            "maxItems": 1000,
            "items": {
              "$ref": "#/components/schemas/Uuid"
            }
          },
          "delete": {
            "type": "array",
            "maxItems": 1000,
            "items": {
              "$ref": "#/components/schemas/Uuid"
            }
          }
        }
      },
      "TaskBulkResult": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "updated",
          "cancelled",
          "deleted",
          "errors"
        ],
        "properties": {
          "updated": {
            "type": "integer",
            "minimum": 0
          },
          "cancelled": {
            "type": "integer",
            "minimum": 0
          },
          "deleted": {
            "type": "integer",
            "minimum": 0
          },
          "errors": {
            "type": "array",
            "items": {
              "type": "object",
              "additionalProperties": false,
              "required": [
                "section",
                "index",
                "code",
                "message"
              ],
              "properties": {
                "section": {
                  "type": "string",
                  "enum": [
                    "status",
                    "cancel",
                    "delete"
                  ]
                },
                "index": {
                  "type": "integer",
                  "minimum": 0
                },
                "code": {
                  "type": "string",
                  "enum": [
                    "NOT_FOUND",
                    "TASK_TRANSITION_INVALID",
                    "TASK_NOT_EDITABLE"
                  ]
                },
                "message": {
                  "type": "string"
                }
              }
            }
          }
        }
      },
      "TaskBulkResponse": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "data",
          "request_id"
        ],
        "properties": {
          "data": {
            "$ref": "#/components/schemas/TaskBulkResult"
          },
          "request_id": {
            "$ref": "#/components/schemas/RequestId"
          }
        }
      },
      "ContentStatus": {
        "type": "string",
        "enum": [
          "draft",
          "review",
          "approved",
          "published"
        ]
      },
      "PublishStatus": {
        "type": "string",
        "enum": [
          "not_published",
          "scheduled",
          "publishing",
          "published",
          "failed"
        ]
      },
      "SeoCheck": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "id",
          "status",
          "message"
        ],
        "properties": {
          "id": {
            "type": "string",
            "description": "The check's name (docs/writer.md), e.g. `focus_in_title`."
          },
          "status": {
            "type": "string",
            "enum": [
              "pass",
              "warn",
              "fail"
            ]
          },
          "message": {
            "type": "string"
          }
        }
      },
      "SeoReport": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "score",
          "checks",
          "word_count"
        ],
        "properties": {
          "score": {
            "type": "integer",
            "minimum": 0,
            "maximum": 100
          },
          "checks": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/SeoCheck"
            }
          },
          "word_count": {
            "type": "integer",
            "minimum": 0
          }
        }
      },
      "SeoReportResponse": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "data",
          "request_id"
        ],
        "properties": {
          "data": {
            "$ref": "#/components/schemas/SeoReport"
          },
          "request_id": {
            "$ref": "#/components/schemas/RequestId"
          }
        }
      },
      "InternalLink": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "url",
          "anchor",
          "target_id"
        ],
        "properties": {
          "url": {
            "type": "string"
          },
          "anchor": {
            "type": "string"
          },
          "target_id": {
            "type": [
              "string",
              "null"
            ],
            "format": "uuid",
            "description": "The content linked to, when it is one of the site's."
          }
        }
      },
      "FaqItem": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "question",
          "answer"
        ],
        "properties": {
          "question": {
            "type": "string"
          },
          "answer": {
            "type": "string"
          }
        }
      },
      "ContentSummary": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "id",
          "site_id",
          "task_id",
          "cluster_id",
          "title",
          "slug",
          "focus_keyword",
          "status",
          "publish_status",
          "scheduled_at",
          "word_count",
          "seo_score",
          "language",
          "provider",
          "created_at",
          "updated_at"
        ],
        "properties": {
          "id": {
            "$ref": "#/components/schemas/Uuid"
          },
          "site_id": {
            "$ref": "#/components/schemas/Uuid"
          },
          "task_id": {
            "type": [
              "string",
              "null"
            ],
            "format": "uuid"
          },
          "cluster_id": {
            "type": [
              "string",
              "null"
            ],
            "format": "uuid"
          },
          "title": {
            "type": "string"
          },
          "slug": {
            "type": [
              "string",
              "null"
            ]
          },
          "focus_keyword": {
            "type": [
              "string",
              "null"
            ]
          },
          "status": {
            "$ref": "#/components/schemas/ContentStatus"
          },
          "publish_status": {
            "$ref": "#/components/schemas/PublishStatus"
          },
          "scheduled_at": {
            "type": [
              "string",
              "null"
            ],
            "format": "date-time"
          },
          "word_count": {
            "type": "integer",
            "minimum": 0
          },
          "seo_score": {
            "type": "integer",
            "minimum": 0,
            "maximum": 100
          },
          "language": {
            "type": [
              "string",
              "null"
            ]
          },
          "provider": {
            "type": [
              "string",
              "null"
            ],
            "description": "Which AI provider wrote it (`local` offline); null if a person did."
          },
          "created_at": {
            "$ref": "#/components/schemas/Timestamp"
          },
          "updated_at": {
            "$ref": "#/components/schemas/Timestamp"
          }
        }
      },
      "ContentOutline": {
        "type": "object",
        "additionalProperties": false,
        "description": "The editorial plan an article is written from: a working title, what the introduction must do, H2 sections (each answering one sub-question, with the keywords it must cover, its word budget and its H3s), the FAQ from the question keywords, and the conclusion. Generation writes it one part per provider call.",
        "required": [
          "title",
          "intro",
          "sections",
          "faq",
          "conclusion"
        ],
        "properties": {
          "title": {
            "type": "string"
          },
          "intro": {
            "type": "object",
            "additionalProperties": false,
            "required": [
              "brief",
              "keywords",
              "words"
            ],
            "properties": {
              "brief": {
                "type": "string"
              },
              "keywords": {
                "type": "array",
                "items": {
                  "type": "string"
                }
              },
              "words": {
                "type": "integer",
                "minimum": 1
              }
            }
          },
          "sections": {
            "type": "array",
            "items": {
              "type": "object",
              "additionalProperties": false,
              "required": [
                "heading",
                "brief",
                "keywords",
                "words",
                "subsections"
              ],
              "properties": {
                "heading": {
                  "type": "string"
                },
                "brief": {
                  "type": "string"
                },
                "keywords": {
                  "type": "array",
                  "items": {
                    "type": "string"
                  }
                },
                "words": {
                  "type": "integer",
                  "minimum": 1
                },
                "subsections": {
                  "type": "array",
                  "items": {
                    "type": "object",
                    "additionalProperties": false,
                    "required": [
                      "heading",
                      "keywords",
                      "words"
                    ],
                    "properties": {
                      "heading": {
                        "type": "string"
                      },
                      "keywords": {
                        "type": "array",
                        "items": {
                          "type": "string"
                        }
                      },
                      "words": {
                        "type": "integer",
                        "minimum": 1
                      }
                    }
                  }
                }
              }
            }
          },
          "faq": {
            "type": "object",
            "additionalProperties": false,
            "required": [
              "heading",
              "questions",
              "words"
            ],
            "properties": {
              "heading": {
                "type": "string"
              },
              "questions": {
                "type": "array",
                "items": {
                  "type": "string"
                }
              },
              "words": {
                "type": "integer",
                "minimum": 1
              }
            }
          },
          "conclusion": {
            "type": "object",
            "additionalProperties": false,
            "required": [
              "heading",
              "brief",
              "words"
            ],
            "properties": {
              "heading": {
                "type": "string"
              },
              "brief": {
                "type": "string"
              },
              "words": {
                "type": "integer",
                "minimum": 1
              }
            }
          }
        }
      },
      "Image": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "id",
          "site_id",
          "content_id",
          "kind",
          "position",
          "status",
          "prompt",
          "alt_text",
          "width",
          "height",
          "bytes",
          "provider",
          "model",
          "error",
          "url",
          "url_expires_at",
          "created_at",
          "updated_at"
        ],
        "properties": {
          "id": {
            "$ref": "#/components/schemas/Uuid"
          },
          "site_id": {
            "$ref": "#/components/schemas/Uuid"
          },
          "content_id": {
            "$ref": "#/components/schemas/Uuid"
          },
          "kind": {
            "type": "string",
            "enum": [
              "featured",
              "in_article"
            ]
          },
          "position": {
            "type": "integer",
            "minimum": 0,
            "description": "0 for the featured image; an in-article image goes after the H2 section of that number."
          },
          "status": {
            "type": "string",
            "enum": [
              "pending",
              "generating",
              "generated",
              "failed"
            ]
          },
          "prompt": {
            "type": "string"
          },
          "alt_text": {
            "type": "string"
          },
          "width": {
            "type": "integer",
            "minimum": 1
          },
          "height": {
            "type": "integer",
            "minimum": 1
          },
          "bytes": {
            "type": [
              "integer",
              "null"
            ],
            "minimum": 0
          },
          "provider": {
            "type": [
              "string",
              "null"
            ]
          },
          "model": {
            "type": [
              "string",
              "null"
            ]
          },
          "error": {
            "type": [
              "string",
              "null"
            ],
            "description": "Why it failed, when it did."
          },
          "url": {
            "type": [
              "string",
              "null"
            ],
            "description": "A signed link to the PNG that needs no credentials, until `url_expires_at`; null until generated."
          },
          "url_expires_at": {
            "type": [
              "string",
              "null"
            ],
            "format": "date-time"
          },
          "created_at": {
            "$ref": "#/components/schemas/Timestamp"
          },
          "updated_at": {
            "$ref": "#/components/schemas/Timestamp"
          }
        }
      },
      "ImageResponse": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "data",
          "request_id"
        ],
        "properties": {
          "data": {
            "$ref": "#/components/schemas/Image"
          },
          "request_id": {
            "$ref": "#/components/schemas/RequestId"
          }
        }
      },
      "ImageListResponse": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "data",
          "request_id"
        ],
        "properties": {
          "data": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/Image"
            }
          },
          "request_id": {
            "$ref": "#/components/schemas/RequestId"
          }
        }
      },
      "UpdateImageRequest": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "alt_text"
        ],
        "properties": {
          "alt_text": {
            "type": "string",
            "minLength": 1,
            "maxLength": 300
          }
        }
      },
      "RegenerateImageRequest": {
        "type": "object",
        "additionalProperties": false,
        "properties": {
          "prompt": {
            "type": "string",
            "minLength": 1,
            "maxLength": 2000,
            "description": "A new prompt; the image's own when absent."
          }
        }
      },
      "AutomationStage": {
        "type": "string",
        "enum": [
          "cluster",
          "ideas",
          "tasks",
          "content",
          "image_prompts",
          "images",
          "review"
        ],
        "description": "The seven stages, in order: clustering the new keywords, ideas for the new clusters, tasks from the new ideas, the articles, their image prompts, the images, the review."
      },
      "AutomationSchedule": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "frequency",
          "time"
        ],
        "description": "When scheduled runs start, at a local time in the account's timezone.",
        "properties": {
          "frequency": {
            "type": "string",
            "enum": [
              "daily",
              "weekly",
              "monthly"
            ]
          },
          "time": {
            "type": "string",
            "pattern": "^([01][0-9]|2[0-3]):[0-5][0-9]$",
            "description": "Local time, HH:MM."
          },
          "weekday": {
            "type": "integer",
            "minimum": 1,
            "maximum": 7,
            "description": "weekly: ISO day of the week (1 = Monday)."
          },
          "day_of_month": {
            "description": "monthly: the day (a day the month lacks means its last), or `last`.",
            "oneOf": [
              {
                "type": "integer",
                "minimum": 1,
                "maximum": 31
              },
              {
                "type": "string",
                "enum": [
                  "last"
                ]
              }
            ]
          }
        }
      },
      "PublishingCadence": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "posts_per_day",
          "window_start",
          "window_end"
        ],
        "description": "How approved articles are spread when the publishing module publishes them.",
        "properties": {
          "posts_per_day": {
            "type": "integer",
            "minimum": 1,
            "maximum": 48
          },
          "window_start": {
            "type": "string",
            "pattern": "^([01][0-9]|2[0-3]):[0-5][0-9]$"
          },
          "window_end": {
            "type": "string",
            "pattern": "^([01][0-9]|2[0-3]):[0-5][0-9]$"
          }
        }
      },
      "AutomationBatchSizes": {
        "type": "object",
        "additionalProperties": false,
        "description": "How many items of a stage are worked on at once.",
        "properties": {
          "cluster": {
            "type": "integer",
            "minimum": 1,
            "maximum": 1
          },
          "ideas": {
            "type": "integer",
            "minimum": 1,
            "maximum": 50
          },
          "tasks": {
            "type": "integer",
            "minimum": 1,
            "maximum": 500
          },
          "content": {
            "type": "integer",
            "minimum": 1,
            "maximum": 20
          },
          "image_prompts": {
            "type": "integer",
            "minimum": 1,
            "maximum": 50
          },
          "images": {
            "type": "integer",
            "minimum": 1,
            "maximum": 50
          },
          "review": {
            "type": "integer",
            "minimum": 1,
            "maximum": 500
          }
        }
      },
      "AutoApproveRule": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "enabled",
          "min_seo_score",
          "no_failed_checks"
        ],
        "properties": {
          "enabled": {
            "type": "boolean"
          },
          "min_seo_score": {
            "type": "integer",
            "minimum": 0,
            "maximum": 100
          },
          "no_failed_checks": {
            "type": "boolean"
          }
        }
      },
      "AutomationConfig": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "site_id",
          "enabled_stages",
          "batch_sizes",
          "ideas_per_cluster",
          "in_article_images",
          "min_keywords",
          "auto_approve",
          "schedule",
          "publishing_cadence",
          "updated_at"
        ],
        "properties": {
          "site_id": {
            "$ref": "#/components/schemas/Uuid"
          },
          "enabled_stages": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/AutomationStage"
            },
            "uniqueItems": true
          },
          "batch_sizes": {
            "type": "object",
            "additionalProperties": false,
            "required": [
              "cluster",
              "ideas",
              "tasks",
              "content",
              "image_prompts",
              "images",
              "review"
            ],
            "properties": {
              "cluster": {
                "type": "integer"
              },
              "ideas": {
                "type": "integer"
              },
              "tasks": {
                "type": "integer"
              },
              "content": {
                "type": "integer"
              },
              "image_prompts": {
                "type": "integer"
              },
              "images": {
                "type": "integer"
              },
              "review": {
                "type": "integer"
              }
            }
          },
          "ideas_per_cluster": {
            "type": "integer",
            "minimum": 1,
            "maximum": 10
          },
          "in_article_images": {
            "type": "integer",
            "minimum": 0,
            "maximum": 10
          },
          "min_keywords": {
            "type": "integer",
            "minimum": 1,
            "maximum": 1000,
            "description": "Stage 1 is skipped, with a warning, below this many new keywords."
          },
          "auto_approve": {
            "$ref": "#/components/schemas/AutoApproveRule"
          },
          "schedule": {
            "oneOf": [
              {
                "$ref": "#/components/schemas/AutomationSchedule"
              },
              {
                "type": "null"
              }
            ]
          },
          "publishing_cadence": {
            "oneOf": [
              {
                "$ref": "#/components/schemas/PublishingCadence"
              },
              {
                "type": "null"
              }
            ]
          },
          "updated_at": {
            "type": [
              "string",
              "null"
            ],
            "format": "date-time"
          }
        }
      },
      "UpdateAutomationConfigRequest": {
        "type": "object",
        "additionalProperties": false,
        "minProperties": 1,
        "properties": {
          "enabled_stages": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/AutomationStage"
            },
            "uniqueItems": true,
            "maxItems": 7
          },
          "batch_sizes": {
            "$ref": "#/components/schemas/AutomationBatchSizes"
          },
          "ideas_per_cluster": {
            "type": "integer",
            "minimum": 1,
            "maximum": 10
          },
          "in_article_images": {
            "type": "integer",
            "minimum": 0,
            "maximum": 10
          },
          "min_keywords": {
            "type": "integer",
            "minimum": 1,
            "maximum": 1000
          },
          "auto_approve": {
            "$ref": "#/components/schemas/AutoApproveRule"
          },
          "schedule": {
            "oneOf": [
              {
                "$ref": "#/components/schemas/AutomationSchedule"
              },
              {
                "type": "null"
              }
            ]
          },
          "publishing_cadence": {
            "oneOf": [
              {
                "$ref": "#/components/schemas/PublishingCadence"
              },
              {
                "type": "null"
              }
            ]
          }
        }
      },
      "AutomationConfigResponse": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "data",
          "request_id"
        ],
        "properties": {
          "data": {
            "$ref": "#/components/schemas/AutomationConfig"
          },
          "request_id": {
            "$ref": "#/components/schemas/RequestId"
          }
        }
      },
      "AutomationEstimate": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "stages",
          "total",
          "required",
          "available",
          "can_start"
        ],
        "properties": {
          "stages": {
            "type": "array",
            "items": {
              "type": "object",
              "additionalProperties": false,
              "required": [
                "stage",
                "enabled",
                "items",
                "credits"
              ],
              "properties": {
                "stage": {
                  "$ref": "#/components/schemas/AutomationStage"
                },
                "enabled": {
                  "type": "boolean"
                },
                "items": {
                  "type": "integer",
                  "minimum": 0,
                  "description": "What the stage would work on: in the backlog now, plus what the earlier stages are expected to make."
                },
                "credits": {
                  "$ref": "#/components/schemas/Credits"
                }
              }
            }
          },
          "total": {
            "$ref": "#/components/schemas/Credits"
          },
          "required": {
            "type": "integer",
            "minimum": 0,
            "description": "1.2 × the total: what a run needs available to start."
          },
          "available": {
            "type": "integer",
            "minimum": 0
          },
          "can_start": {
            "type": "boolean"
          }
        }
      },
      "AutomationEstimateResponse": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "data",
          "request_id"
        ],
        "properties": {
          "data": {
            "$ref": "#/components/schemas/AutomationEstimate"
          },
          "request_id": {
            "$ref": "#/components/schemas/RequestId"
          }
        }
      },
      "AutomationStageProgress": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "stage",
          "status",
          "total",
          "done",
          "failed",
          "skipped",
          "credits"
        ],
        "properties": {
          "stage": {
            "$ref": "#/components/schemas/AutomationStage"
          },
          "status": {
            "type": "string",
            "enum": [
              "pending",
              "running",
              "completed",
              "skipped",
              "failed"
            ]
          },
          "total": {
            "type": "integer",
            "minimum": 0
          },
          "done": {
            "type": "integer",
            "minimum": 0
          },
          "failed": {
            "type": "integer",
            "minimum": 0
          },
          "skipped": {
            "type": "integer",
            "minimum": 0
          },
          "credits": {
            "$ref": "#/components/schemas/Credits"
          }
        }
      },
      "AutomationRun": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "id",
          "site_id",
          "status",
          "trigger",
          "stage",
          "stages",
          "pause_requested",
          "pause_reason",
          "error",
          "slot",
          "created_by",
          "created_at",
          "started_at",
          "finished_at",
          "updated_at"
        ],
        "properties": {
          "id": {
            "$ref": "#/components/schemas/Uuid"
          },
          "site_id": {
            "$ref": "#/components/schemas/Uuid"
          },
          "status": {
            "type": "string",
            "enum": [
              "queued",
              "running",
              "paused",
              "completed",
              "failed",
              "cancelled"
            ]
          },
          "trigger": {
            "type": "string",
            "enum": [
              "manual",
              "scheduled"
            ]
          },
          "stage": {
            "description": "The stage it is at (or failed at); null before the first and after the last.",
            "oneOf": [
              {
                "$ref": "#/components/schemas/AutomationStage"
              },
              {
                "type": "null"
              }
            ]
          },
          "stages": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/AutomationStageProgress"
            }
          },
          "pause_requested": {
            "type": "boolean",
            "description": "A pause asked for, taking effect once the items in flight finish."
          },
          "pause_reason": {
            "type": [
              "string",
              "null"
            ],
            "enum": [
              "requested",
              "insufficient_credits",
              null
            ]
          },
          "error": {
            "oneOf": [
              {
                "$ref": "#/components/schemas/Error"
              },
              {
                "type": "null"
              }
            ]
          },
          "slot": {
            "type": [
              "string",
              "null"
            ],
            "format": "date-time",
            "description": "The schedule's slot a scheduled run is for."
          },
          "created_by": {
            "type": [
              "string",
              "null"
            ],
            "format": "uuid"
          },
          "created_at": {
            "$ref": "#/components/schemas/Timestamp"
          },
          "started_at": {
            "type": [
              "string",
              "null"
            ],
            "format": "date-time"
          },
          "finished_at": {
            "type": [
              "string",
              "null"
            ],
            "format": "date-time"
          },
          "updated_at": {
            "$ref": "#/components/schemas/Timestamp"
          }
        }
      },
      "AutomationRunResponse": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "data",
          "request_id"
        ],
        "properties": {
          "data": {
            "$ref": "#/components/schemas/AutomationRun"
          },
          "request_id": {
            "$ref": "#/components/schemas/RequestId"
          }
        }
      },
      "AutomationRunListResponse": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "data",
          "meta",
          "request_id"
        ],
        "properties": {
          "data": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/AutomationRun"
            }
          },
          "meta": {
            "$ref": "#/components/schemas/PageMeta"
          },
          "request_id": {
            "$ref": "#/components/schemas/RequestId"
          }
        }
      },
      "AutomationRunEvent": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "id",
          "run_id",
          "type",
          "stage",
          "item_id",
          "data",
          "created_at"
        ],
        "properties": {
          "id": {
            "type": "string",
            "pattern": "^[0-9]+$",
            "description": "Increasing; the SSE event id."
          },
          "run_id": {
            "$ref": "#/components/schemas/Uuid"
          },
          "type": {
            "type": "string",
            "enum": [
              "run.started",
              "stage.started",
              "stage.finished",
              "stage.skipped",
              "item.started",
              "item.done",
              "item.failed",
              "run.paused",
              "run.resumed",
              "run.completed",
              "run.failed",
              "run.cancelled",
              "log"
            ]
          },
          "stage": {
            "oneOf": [
              {
                "$ref": "#/components/schemas/AutomationStage"
              },
              {
                "type": "null"
              }
            ]
          },
          "item_id": {
            "type": [
              "string",
              "null"
            ],
            "description": "The keyword, cluster, idea, task, content or image the event is about."
          },
          "data": {
            "type": "object",
            "additionalProperties": true,
            "description": "What the event says: counts, the reason, the error, a message."
          },
          "created_at": {
            "$ref": "#/components/schemas/Timestamp"
          }
        }
      },
      "AutomationRunEventListResponse": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "data",
          "meta",
          "request_id"
        ],
        "properties": {
          "data": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/AutomationRunEvent"
            }
          },
          "meta": {
            "$ref": "#/components/schemas/PageMeta"
          },
          "request_id": {
            "$ref": "#/components/schemas/RequestId"
          }
        }
      },
      "Content": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "id",
          "site_id",
          "task_id",
          "cluster_id",
          "title",
          "html",
          "meta_title",
          "meta_description",
          "slug",
          "focus_keyword",
          "secondary_keywords",
          "outline",
          "word_count",
          "reading_minutes",
          "seo_score",
          "seo_checks",
          "internal_links",
          "categories",
          "tags",
          "faq",
          "json_ld",
          "status",
          "publish_status",
          "scheduled_at",
          "published_at",
          "url",
          "language",
          "target_words",
          "provider",
          "model",
          "created_at",
          "updated_at"
        ],
        "properties": {
          "id": {
            "$ref": "#/components/schemas/Uuid"
          },
          "site_id": {
            "$ref": "#/components/schemas/Uuid"
          },
          "task_id": {
            "type": [
              "string",
              "null"
            ],
            "format": "uuid"
          },
          "cluster_id": {
            "type": [
              "string",
              "null"
            ],
            "format": "uuid"
          },
          "title": {
            "type": "string"
          },
          "html": {
            "type": "string",
            "description": "Sanitized to the allowlist (docs/writer.md)."
          },
          "meta_title": {
            "type": [
              "string",
              "null"
            ],
            "maxLength": 60
          },
          "meta_description": {
            "type": [
              "string",
              "null"
            ],
            "maxLength": 160
          },
          "slug": {
            "type": [
              "string",
              "null"
            ]
          },
          "focus_keyword": {
            "type": [
              "string",
              "null"
            ]
          },
          "secondary_keywords": {
            "type": "array",
            "items": {
              "type": "string"
            }
          },
          "outline": {
            "description": "The plan it was written from; null for a content not generated.",
            "oneOf": [
              {
                "$ref": "#/components/schemas/ContentOutline"
              },
              {
                "type": "null"
              }
            ]
          },
          "word_count": {
            "type": "integer",
            "minimum": 0
          },
          "reading_minutes": {
            "type": "integer",
            "minimum": 0
          },
          "seo_score": {
            "type": "integer",
            "minimum": 0,
            "maximum": 100
          },
          "seo_checks": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/SeoCheck"
            }
          },
          "internal_links": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/InternalLink"
            }
          },
          "categories": {
            "type": "array",
            "items": {
              "type": "string"
            }
          },
          "tags": {
            "type": "array",
            "items": {
              "type": "string"
            }
          },
          "faq": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/FaqItem"
            }
          },
          "json_ld": {
            "type": [
              "array",
              "null"
            ],
            "description": "The `Article` and `FAQPage` structured data, written into the page only when no SEO plugin is active.",
            "items": {
              "type": "object",
              "additionalProperties": true
            }
          },
          "status": {
            "$ref": "#/components/schemas/ContentStatus"
          },
          "publish_status": {
            "$ref": "#/components/schemas/PublishStatus"
          },
          "scheduled_at": {
            "type": [
              "string",
              "null"
            ],
            "format": "date-time"
          },
          "published_at": {
            "type": [
              "string",
              "null"
            ],
            "format": "date-time",
            "description": "When it was first published in WordPress."
          },
          "url": {
            "type": [
              "string",
              "null"
            ],
            "description": "The post's permalink in WordPress, once published there (also where internal links point)."
          },
          "language": {
            "type": [
              "string",
              "null"
            ]
          },
          "target_words": {
            "type": [
              "integer",
              "null"
            ],
            "minimum": 100,
            "maximum": 20000
          },
          "provider": {
            "type": [
              "string",
              "null"
            ]
          },
          "model": {
            "type": [
              "string",
              "null"
            ]
          },
          "created_at": {
            "$ref": "#/components/schemas/Timestamp"
          },
          "updated_at": {
            "$ref": "#/components/schemas/Timestamp"
          }
        }
      },
      "ContentUpdate": {
        "type": "object",
        "additionalProperties": false,
        "minProperties": 1,
        "properties": {
          "title": {
            "type": "string",
            "minLength": 1,
            "maxLength": 300
          },
          "html": {
            "type": "string",
            "maxLength": 2000000
          },
          "meta_title": {
            "type": [
              "string",
              "null"
            ],
            "maxLength": 60
          },
          "meta_description": {
            "type": [
              "string",
              "null"
            ],
            "maxLength": 160
          },
          "slug": {
            "type": [
              "string",
              "null"
            ],
            "minLength": 1,
            "maxLength": 200,
            "pattern": "^[a-z0-9]+(?:-[a-z0-9]+)*$"
          },
          "focus_keyword": {
            "type": [
              "string",
              "null"
            ],
            "minLength": 1,
            "maxLength": 300
          },
          "secondary_keywords": {
            "type": "array",
            "maxItems": 50,
            "items": {
              "type": "string",
              "minLength": 1,
              "maxLength": 300
            }
          },
          "categories": {
            "type": "array",
            "maxItems": 50,
            "items": {
              "type": "string",
              "minLength": 1,
              "maxLength": 200
            }
          },
          "tags": {
            "type": "array",
            "maxItems": 100,
            "items": {
              "type": "string",
              "minLength": 1,
              "maxLength": 200
            }
          },
          "status": {
            "type": "string",
            "enum": [
              "draft",
              "review",
              "approved"
            ]
          }
        }
      },
      "ContentResponse": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "data",
          "request_id"
        ],
        "properties": {
          "data": {
            "$ref": "#/components/schemas/Content"
          },
          "request_id": {
            "$ref": "#/components/schemas/RequestId"
          }
        }
      },
      "ContentListResponse": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "data",
          "meta",
          "request_id"
        ],
        "properties": {
          "data": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/ContentSummary"
            }
          },
          "meta": {
            "$ref": "#/components/schemas/PageMeta"
          },
          "request_id": {
            "$ref": "#/components/schemas/RequestId"
          }
        }
      },
      "ContentRevisionSummary": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "id",
          "content_id",
          "number",
          "reason",
          "title",
          "word_count",
          "created_by",
          "created_at"
        ],
        "properties": {
          "id": {
            "$ref": "#/components/schemas/Uuid"
          },
          "content_id": {
            "$ref": "#/components/schemas/Uuid"
          },
          "number": {
            "type": "integer",
            "minimum": 1
          },
          "reason": {
            "type": "string",
            "enum": [
              "generated",
              "saved",
              "restored"
            ]
          },
          "title": {
            "type": "string"
          },
          "word_count": {
            "type": "integer",
            "minimum": 0
          },
          "created_by": {
            "type": [
              "string",
              "null"
            ],
            "format": "uuid",
            "description": "The member who saved it; null for the writer."
          },
          "created_at": {
            "$ref": "#/components/schemas/Timestamp"
          }
        }
      },
      "ContentRevision": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "id",
          "content_id",
          "number",
          "reason",
          "title",
          "html",
          "meta_title",
          "meta_description",
          "slug",
          "focus_keyword",
          "word_count",
          "created_by",
          "created_at"
        ],
        "properties": {
          "id": {
            "$ref": "#/components/schemas/Uuid"
          },
          "content_id": {
            "$ref": "#/components/schemas/Uuid"
          },
          "number": {
            "type": "integer",
            "minimum": 1
          },
          "reason": {
            "type": "string",
            "enum": [
              "generated",
              "saved",
              "restored"
            ]
          },
          "title": {
            "type": "string"
          },
          "html": {
            "type": "string"
          },
          "meta_title": {
            "type": [
              "string",
              "null"
            ]
          },
          "meta_description": {
            "type": [
              "string",
              "null"
            ]
          },
          "slug": {
            "type": [
              "string",
              "null"
            ]
          },
          "focus_keyword": {
            "type": [
              "string",
              "null"
            ]
          },
          "word_count": {
            "type": "integer",
            "minimum": 0
          },
          "created_by": {
            "type": [
              "string",
              "null"
            ],
            "format": "uuid"
          },
          "created_at": {
            "$ref": "#/components/schemas/Timestamp"
          }
        }
      },
      "ContentRevisionResponse": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "data",
          "request_id"
        ],
        "properties": {
          "data": {
            "$ref": "#/components/schemas/ContentRevision"
          },
          "request_id": {
            "$ref": "#/components/schemas/RequestId"
          }
        }
      },
      "ContentRevisionListResponse": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "data",
          "meta",
          "request_id"
        ],
        "properties": {
          "data": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/ContentRevisionSummary"
            }
          },
          "meta": {
            "$ref": "#/components/schemas/PageMeta"
          },
          "request_id": {
            "$ref": "#/components/schemas/RequestId"
          }
        }
      },
      "PublicImage": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "url",
          "alt",
          "width",
          "height"
        ],
        "properties": {
          "url": {
            "type": "string",
            "format": "uri",
            "description": "Served without credentials while the content is public."
          },
          "alt": {
            "type": "string"
          },
          "width": {
            "type": "integer",
            "minimum": 1
          },
          "height": {
            "type": "integer",
            "minimum": 1
          }
        }
      },
      "PublicContentSummary": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "title",
          "slug",
          "excerpt",
          "meta_title",
          "meta_description",
          "categories",
          "tags",
          "language",
          "word_count",
          "reading_minutes",
          "featured_image",
          "published_at",
          "updated_at"
        ],
        "properties": {
          "title": {
            "type": "string"
          },
          "slug": {
            "type": "string"
          },
          "excerpt": {
            "type": [
              "string",
              "null"
            ],
            "description": "The meta description."
          },
          "meta_title": {
            "type": [
              "string",
              "null"
            ]
          },
          "meta_description": {
            "type": [
              "string",
              "null"
            ]
          },
          "categories": {
            "type": "array",
            "items": {
              "type": "string"
            }
          },
          "tags": {
            "type": "array",
            "items": {
              "type": "string"
            }
          },
          "language": {
            "type": [
              "string",
              "null"
            ]
          },
          "word_count": {
            "type": "integer",
            "minimum": 0
          },
          "reading_minutes": {
            "type": "integer",
            "minimum": 0
          },
          "featured_image": {
            "oneOf": [
              {
                "$ref": "#/components/schemas/PublicImage"
              },
              {
                "type": "null"
              }
            ]
          },
          "published_at": {
            "$ref": "#/components/schemas/Timestamp"
          },
          "updated_at": {
            "$ref": "#/components/schemas/Timestamp"
          }
        }
      },
      "PublicContent": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "title",
          "slug",
          "html",
          "excerpt",
          "meta_title",
          "meta_description",
          "categories",
          "tags",
          "language",
          "word_count",
          "reading_minutes",
          "featured_image",
          "json_ld",
          "published_at",
          "updated_at"
        ],
        "properties": {
          "title": {
            "type": "string"
          },
          "slug": {
            "type": "string"
          },
          "html": {
            "type": "string",
            "description": "Sanitized to the allowlist (docs/writer.md)."
          },
          "excerpt": {
            "type": [
              "string",
              "null"
            ],
            "description": "The meta description."
          },
          "meta_title": {
            "type": [
              "string",
              "null"
            ]
          },
          "meta_description": {
            "type": [
              "string",
              "null"
            ]
          },
          "categories": {
            "type": "array",
            "items": {
              "type": "string"
            }
          },
          "tags": {
            "type": "array",
            "items": {
              "type": "string"
            }
          },
          "language": {
            "type": [
              "string",
              "null"
            ]
          },
          "word_count": {
            "type": "integer",
            "minimum": 0
          },
          "reading_minutes": {
            "type": "integer",
            "minimum": 0
          },
          "featured_image": {
            "oneOf": [
              {
                "$ref": "#/components/schemas/PublicImage"
              },
              {
                "type": "null"
              }
            ]
          },
          "json_ld": {
            "type": [
              "array",
              "null"
            ],
            "description": "The `Article` and `FAQPage` structured data.",
            "items": {
              "type": "object",
              "additionalProperties": true
            }
          },
          "published_at": {
            "$ref": "#/components/schemas/Timestamp"
          },
          "updated_at": {
            "$ref": "#/components/schemas/Timestamp"
          }
        }
      },
      "PublicContentResponse": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "data",
          "request_id"
        ],
        "properties": {
          "data": {
            "$ref": "#/components/schemas/PublicContent"
          },
          "request_id": {
            "$ref": "#/components/schemas/RequestId"
          }
        }
      },
      "PublicContentListResponse": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "data",
          "meta",
          "request_id"
        ],
        "properties": {
          "data": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/PublicContentSummary"
            }
          },
          "meta": {
            "$ref": "#/components/schemas/PageMeta"
          },
          "request_id": {
            "$ref": "#/components/schemas/RequestId"
          }
        }
      },
      "WriterSettings": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "site_id",
          "language",
          "tone",
          "audience",
          "point_of_view",
          "reading_level",
          "banned_words",
          "style_guide",
          "links_per_1000_words",
          "in_article_images",
          "allow_style",
          "iframe_hosts",
          "updated_at"
        ],
        "properties": {
          "site_id": {
            "$ref": "#/components/schemas/Uuid"
          },
          "language": {
            "type": [
              "string",
              "null"
            ],
            "description": "The language contents are written in (a code such as `es`); null writes in the language of each task's keywords."
          },
          "tone": {
            "type": [
              "string",
              "null"
            ],
            "description": "How the site sounds, in a few words: `friendly, expert, no hype`."
          },
          "audience": {
            "type": [
              "string",
              "null"
            ],
            "description": "Who reads it."
          },
          "point_of_view": {
            "type": "string",
            "enum": [
              "first_person_singular",
              "first_person_plural",
              "second_person",
              "third_person"
            ]
          },
          "reading_level": {
            "type": "string",
            "enum": [
              "simple",
              "general",
              "expert"
            ]
          },
          "banned_words": {
            "type": "array",
            "items": {
              "type": "string"
            },
            "description": "Words and phrases the writer never uses."
          },
          "style_guide": {
            "type": [
              "string",
              "null"
            ],
            "description": "The house style, as the site's editors would brief a writer."
          },
          "links_per_1000_words": {
            "type": "integer",
            "minimum": 0,
            "maximum": 10,
            "description": "Internal links the writer adds at most, per 1,000 words."
          },
          "in_article_images": {
            "type": "integer",
            "minimum": 0,
            "maximum": 10,
            "description": "Images in a content besides the featured one."
          },
          "allow_style": {
            "type": "boolean",
            "description": "Whether contents may keep `<style>` and `style` attributes."
          },
          "iframe_hosts": {
            "type": "array",
            "items": {
              "type": "string"
            },
            "description": "Hosts whose https `<iframe>`s contents may keep (videos, maps); none by default."
          },
          "updated_at": {
            "type": [
              "string",
              "null"
            ],
            "format": "date-time",
            "description": "Null while the site has the defaults."
          }
        }
      },
      "WriterSettingsUpdate": {
        "type": "object",
        "additionalProperties": false,
        "minProperties": 1,
        "properties": {
          "language": {
            "type": [
              "string",
              "null"
            ],
            "minLength": 2,
            "maxLength": 35,
            "pattern": "^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$"
          },
          "tone": {
            "type": [
              "string",
              "null"
            ],
            "minLength": 1,
            "maxLength": 200
          },
          "audience": {
            "type": [
              "string",
              "null"
            ],
            "minLength": 1,
            "maxLength": 500
          },
          "point_of_view": {
            "type": "string",
            "enum": [
              "first_person_singular",
              "first_person_plural",
              "second_person",
              "third_person"
            ]
          },
          "reading_level": {
            "type": "string",
            "enum": [
              "simple",
              "general",
              "expert"
            ]
          },
          "banned_words": {
            "type": "array",
            "maxItems": 200,
            "items": {
              "type": "string",
              "minLength": 1,
              "maxLength": 100
            }
          },
          "style_guide": {
            "type": [
              "string",
              "null"
            ],
            "minLength": 1,
            "maxLength": 5000
          },
          "links_per_1000_words": {
            "type": "integer",
            "minimum": 0,
            "maximum": 10
          },
          "in_article_images": {
            "type": "integer",
            "minimum": 0,
            "maximum": 10
          },
          "allow_style": {
            "type": "boolean"
          },
          "iframe_hosts": {
            "type": "array",
            "maxItems": 20,
            "items": {
              "type": "string",
              "minLength": 1,
              "maxLength": 253,
              "pattern": "^(?=.{1,253}$)[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+$",
              "description": "A hostname; kept in lower case."
            }
          }
        }
      },
      "WriterSettingsResponse": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "data",
          "request_id"
        ],
        "properties": {
          "data": {
            "$ref": "#/components/schemas/WriterSettings"
          },
          "request_id": {
            "$ref": "#/components/schemas/RequestId"
          }
        }
      },
      "CannibalizationWarning": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "kind",
          "key",
          "items"
        ],
        "properties": {
          "kind": {
            "type": "string",
            "enum": [
              "same_primary_keyword",
              "similar_titles"
            ]
          },
          "key": {
            "type": "string",
            "description": "The shared normalized keyword, or the title both resemble."
          },
          "items": {
            "type": "array",
            "items": {
              "type": "object",
              "additionalProperties": false,
              "required": [
                "type",
                "id",
                "label"
              ],
              "properties": {
                "type": {
                  "type": "string",
                  "enum": [
                    "cluster",
                    "idea"
                  ]
                },
                "id": {
                  "$ref": "#/components/schemas/Uuid"
                },
                "label": {
                  "type": "string"
                }
              }
            }
          }
        }
      },
      "KeywordResponse": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "data",
          "request_id"
        ],
        "properties": {
          "data": {
            "$ref": "#/components/schemas/Keyword"
          },
          "request_id": {
            "$ref": "#/components/schemas/RequestId"
          }
        }
      },
      "KeywordListResponse": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "data",
          "meta",
          "request_id"
        ],
        "properties": {
          "data": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/Keyword"
            }
          },
          "meta": {
            "$ref": "#/components/schemas/PageMeta"
          },
          "request_id": {
            "$ref": "#/components/schemas/RequestId"
          }
        }
      },
      "KeywordBulkResponse": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "data",
          "request_id"
        ],
        "properties": {
          "data": {
            "$ref": "#/components/schemas/KeywordBulkResult"
          },
          "request_id": {
            "$ref": "#/components/schemas/RequestId"
          }
        }
      },
      "ClusterResponse": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "data",
          "request_id"
        ],
        "properties": {
          "data": {
            "$ref": "#/components/schemas/Cluster"
          },
          "request_id": {
            "$ref": "#/components/schemas/RequestId"
          }
        }
      },
      "ClusterListResponse": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "data",
          "meta",
          "request_id"
        ],
        "properties": {
          "data": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/Cluster"
            }
          },
          "meta": {
            "$ref": "#/components/schemas/PageMeta"
          },
          "request_id": {
            "$ref": "#/components/schemas/RequestId"
          }
        }
      },
      "IdeaResponse": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "data",
          "request_id"
        ],
        "properties": {
          "data": {
            "$ref": "#/components/schemas/Idea"
          },
          "request_id": {
            "$ref": "#/components/schemas/RequestId"
          }
        }
      },
      "IdeaListResponse": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "data",
          "meta",
          "request_id"
        ],
        "properties": {
          "data": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/Idea"
            }
          },
          "meta": {
            "$ref": "#/components/schemas/PageMeta"
          },
          "request_id": {
            "$ref": "#/components/schemas/RequestId"
          }
        }
      },
      "TaskResponse": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "data",
          "request_id"
        ],
        "properties": {
          "data": {
            "$ref": "#/components/schemas/Task"
          },
          "request_id": {
            "$ref": "#/components/schemas/RequestId"
          }
        }
      },
      "TaskListResponse": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "data",
          "meta",
          "request_id"
        ],
        "properties": {
          "data": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/Task"
            }
          },
          "meta": {
            "$ref": "#/components/schemas/PageMeta"
          },
          "request_id": {
            "$ref": "#/components/schemas/RequestId"
          }
        }
      },
      "CannibalizationResponse": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "data",
          "request_id"
        ],
        "properties": {
          "data": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/CannibalizationWarning"
            }
          },
          "request_id": {
            "$ref": "#/components/schemas/RequestId"
          }
        }
      },
      "ProviderChain": {
        "type": "array",
        "minItems": 1,
        "maxItems": 5,
        "items": {
          "type": "string",
          "minLength": 1,
          "maxLength": 60
        }
      },
      "PromptTemplateOverride": {
        "type": "object",
        "additionalProperties": false,
        "minProperties": 1,
        "properties": {
          "system": {
            "type": "string",
            "minLength": 1,
            "maxLength": 10000
          },
          "user": {
            "type": "string",
            "minLength": 1,
            "maxLength": 20000
          }
        }
      },
      "AccountAiSettings": {
        "type": "object",
        "additionalProperties": false,
        "properties": {
          "provider": {
            "type": "string",
            "minLength": 1,
            "maxLength": 60,
            "description": "The preferred provider for every capability it has."
          },
          "chains": {
            "type": "object",
            "additionalProperties": false,
            "properties": {
              "text": {
                "$ref": "#/components/schemas/ProviderChain"
              },
              "embeddings": {
                "$ref": "#/components/schemas/ProviderChain"
              },
              "images": {
                "$ref": "#/components/schemas/ProviderChain"
              }
            }
          },
          "templates": {
            "type": "object",
            "description": "Prompt overrides per task (e.g. `ideas`).",
            "additionalProperties": {
              "$ref": "#/components/schemas/PromptTemplateOverride"
            }
          }
        }
      },
      "AccountAi": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "settings",
          "available_providers",
          "effective"
        ],
        "properties": {
          "settings": {
            "$ref": "#/components/schemas/AccountAiSettings"
          },
          "available_providers": {
            "type": "array",
            "items": {
              "type": "string"
            }
          },
          "effective": {
            "type": "object",
            "additionalProperties": false,
            "required": [
              "text",
              "embeddings",
              "images"
            ],
            "description": "The providers tried, in order, per capability.",
            "properties": {
              "text": {
                "type": "array",
                "items": {
                  "type": "string"
                }
              },
              "embeddings": {
                "type": "array",
                "items": {
                  "type": "string"
                }
              },
              "images": {
                "type": "array",
                "items": {
                  "type": "string"
                }
              }
            }
          }
        }
      },
      "AccountAiResponse": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "data",
          "request_id"
        ],
        "properties": {
          "data": {
            "$ref": "#/components/schemas/AccountAi"
          },
          "request_id": {
            "$ref": "#/components/schemas/RequestId"
          }
        }
      },
      "Integration": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "site_id",
          "status",
          "wordpress_url",
          "rest_url",
          "widget_origin",
          "wp_version",
          "plugin_version",
          "seo_plugin",
          "connected_at",
          "last_checked_at",
          "last_error",
          "synced_at",
          "metadata"
        ],
        "properties": {
          "site_id": {
            "$ref": "#/components/schemas/Uuid"
          },
          "status": {
            "type": "string",
            "enum": [
              "not_connected",
              "connected",
              "error"
            ]
          },
          "wordpress_url": {
            "type": [
              "string",
              "null"
            ]
          },
          "rest_url": {
            "type": [
              "string",
              "null"
            ],
            "description": "The root of the site's REST API as the site reports it (`rest_url()`): `…/wp-json/` with pretty permalinks,\n`…/index.php?rest_route=/` with plain ones. Rediscovered from the site's `api.w.org` Link header when a call\nfinds the API moved.\n"
          },
          "widget_origin": {
            "type": [
              "string",
              "null"
            ],
            "description": "The origin of the site's wp-admin, recorded at connect. Widget sessions of this site are granted CORS from\nit (and only from it, or from `CORS_ORIGINS`), with no server configuration.\n"
          },
          "wp_version": {
            "type": [
              "string",
              "null"
            ]
          },
          "plugin_version": {
            "type": [
              "string",
              "null"
            ]
          },
          "seo_plugin": {
            "type": [
              "string",
              "null"
            ],
            "description": "`yoast`, `rank_math`, `aioseo`, `seopress` or `none`, from the last sync."
          },
          "connected_at": {
            "type": [
              "string",
              "null"
            ],
            "format": "date-time"
          },
          "last_checked_at": {
            "type": [
              "string",
              "null"
            ],
            "format": "date-time"
          },
          "last_error": {
            "type": [
              "string",
              "null"
            ]
          },
          "synced_at": {
            "type": [
              "string",
              "null"
            ],
            "format": "date-time"
          },
          "metadata": {
            "type": "object",
            "additionalProperties": false,
            "required": [
              "post_types",
              "taxonomies",
              "categories",
              "tags",
              "authors"
            ],
            "properties": {
              "post_types": {
                "type": "array",
                "items": {
                  "type": "string"
                }
              },
              "taxonomies": {
                "type": "array",
                "items": {
                  "type": "string"
                }
              },
              "categories": {
                "type": "array",
                "items": {
                  "$ref": "#/components/schemas/WordpressTerm"
                }
              },
              "tags": {
                "type": "array",
                "items": {
                  "$ref": "#/components/schemas/WordpressTerm"
                }
              },
              "authors": {
                "type": "array",
                "items": {
                  "type": "object",
                  "additionalProperties": false,
                  "required": [
                    "id",
                    "name"
                  ],
                  "properties": {
                    "id": {
                      "type": "integer"
                    },
                    "name": {
                      "type": "string"
                    }
                  }
                }
              },
              "timezone": {
                "type": [
                  "string",
                  "null"
                ],
                "description": "The site's timezone as WordPress reports it (a zone name such as `Europe/Paris`, or an offset such as `+02:00`); the publishing cadence's slots are in it (the account's timezone until the site is synced)."
              }
            }
          }
        }
      },
      "WordpressTerm": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "id",
          "name",
          "slug"
        ],
        "properties": {
          "id": {
            "type": "integer"
          },
          "name": {
            "type": "string"
          },
          "slug": {
            "type": "string"
          }
        }
      },
      "ConnectionCode": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "code",
          "expires_at"
        ],
        "properties": {
          "code": {
            "type": "string",
            "x-igny8-secret": true,
            "description": "`igny8_cc_…`, shown once."
          },
          "expires_at": {
            "$ref": "#/components/schemas/Timestamp"
          }
        }
      },
      "WordpressConnectRequest": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "code",
          "site_url"
        ],
        "properties": {
          "code": {
            "type": "string",
            "minLength": 1,
            "maxLength": 200
          },
          "site_url": {
            "$ref": "#/components/schemas/SiteUrl"
          },
          "rest_url": {
            "allOf": [
              {
                "$ref": "#/components/schemas/SiteUrl"
              }
            ],
            "description": "The site's REST API root (`rest_url()`); on the site's host. Discovered from the site when left out."
          },
          "admin_url": {
            "allOf": [
              {
                "$ref": "#/components/schemas/SiteUrl"
              }
            ],
            "description": "Where wp-admin is (`admin_url()`); its origin is the one the widget runs on. Default `site_url`."
          },
          "wp_version": {
            "type": "string",
            "maxLength": 40
          },
          "plugin_version": {
            "type": "string",
            "maxLength": 40
          }
        }
      },
      "WordpressConnection": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "site_id",
          "secret",
          "api_base_url"
        ],
        "properties": {
          "site_id": {
            "$ref": "#/components/schemas/Uuid"
          },
          "secret": {
            "type": "string",
            "x-igny8-secret": true,
            "description": "The signing secret; keep it server-side in WordPress."
          },
          "api_base_url": {
            "type": "string"
          }
        }
      },
      "WordpressPing": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "status",
          "site_id",
          "widget_origin"
        ],
        "properties": {
          "status": {
            "type": "string",
            "enum": [
              "ok"
            ]
          },
          "site_id": {
            "$ref": "#/components/schemas/Uuid"
          },
          "widget_origin": {
            "type": [
              "string",
              "null"
            ],
            "description": "The origin the widget of this site is granted CORS from (the plugin compares it with its wp-admin's)."
          }
        }
      },
      "WordpressSecret": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "secret"
        ],
        "properties": {
          "secret": {
            "type": "string",
            "x-igny8-secret": true
          }
        }
      },
      "WidgetSessionRequest": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "site_id"
        ],
        "properties": {
          "site_id": {
            "$ref": "#/components/schemas/Uuid"
          },
          "role": {
            "type": "string",
            "enum": [
              "admin",
              "editor",
              "viewer"
            ],
            "description": "No higher than the issuer's; default `viewer` for API keys below admin, else `admin`."
          },
          "features": {
            "type": "array",
            "uniqueItems": true,
            "maxItems": 10,
            "description": "What the session opens (default `overview`, `keywords`, `writer`, `automation` and `publishing`; `billing` and `settings` only when listed); each feature opens the operations listed for it under `x-igny8-widget-features`.",
            "items": {
              "$ref": "#/components/schemas/WidgetFeature"
            }
          },
          "user": {
            "type": "object",
            "additionalProperties": false,
            "description": "Who the host says is using the widget (for the audit trail).",
            "properties": {
              "id": {
                "type": [
                  "integer",
                  "string"
                ],
                "minimum": 0,
                "maximum": 9007199254740991,
                "minLength": 1,
                "maxLength": 64
              },
              "name": {
                "type": "string",
                "maxLength": 200
              },
              "email": {
                "type": "string",
                "maxLength": 254
              }
            }
          }
        }
      },
      "WidgetSession": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "token",
          "expires_at",
          "site_id",
          "role",
          "features"
        ],
        "properties": {
          "token": {
            "type": "string",
            "x-igny8-secret": true
          },
          "expires_at": {
            "$ref": "#/components/schemas/Timestamp"
          },
          "site_id": {
            "$ref": "#/components/schemas/Uuid"
          },
          "role": {
            "$ref": "#/components/schemas/Role"
          },
          "features": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/WidgetFeature"
            }
          }
        }
      },
      "WidgetFeature": {
        "type": "string",
        "description": "A part of the product a widget session may open. `overview`: the account, the site and its connection, the\ncredit balance. `keywords`: the planner (keywords, clustering, clusters, ideas, tasks). `writer`: tasks and\ntheir generation, the contents with their editor, SEO checks, revisions and images, their approval and\npublishing one. `automation`: the site's automation (config, estimate, runs started, paused, resumed,\ncancelled and retried, their live events). `publishing`: the\nsite's publications (scheduled, published with their WordPress links, failed with a way to send them again)\nand what WordPress reported. `billing`: the ledger, usage, subscription and plan change, credit packages,\ninvoices and payments — granted only when the issuer asks for it. `settings`: the site, its sectors, brand\nvoice and language, the connection, the team and API keys (each still needs its role), notifications —\ngranted only when the issuer asks for it.\n",
        "enum": [
          "overview",
          "keywords",
          "writer",
          "automation",
          "publishing",
          "billing",
          "settings"
        ]
      },
      "PublicationStatus": {
        "type": "string",
        "enum": [
          "pending",
          "published",
          "failed",
          "retracted"
        ],
        "description": "`pending` while it waits for its date or is being sent; `published` once WordPress holds the post as last sent (its own status in `wordpress_status`); `failed` when the attempts ran out (the dead-letter list, see redrive); `retracted` when the post was trashed, unpublished or deleted, by Igny8 or in WordPress."
      },
      "WordpressPostStatus": {
        "type": "string",
        "enum": [
          "draft",
          "pending",
          "publish",
          "future"
        ]
      },
      "PublishRequest": {
        "type": "object",
        "additionalProperties": false,
        "properties": {
          "status": {
            "allOf": [
              {
                "$ref": "#/components/schemas/WordpressPostStatus"
              }
            ],
            "description": "The WordPress status to give the post; `publish` by default."
          },
          "at": {
            "type": [
              "string",
              "null"
            ],
            "format": "date-time",
            "description": "When to publish. With `publish`, Igny8 sends the post then (a time past or absent: now). With `future` (required then, and in the future), WordPress gets the post at once and publishes it itself at that time."
          },
          "force": {
            "type": "boolean",
            "description": "Overwrite a post edited in WordPress since Igny8 last wrote it."
          }
        }
      },
      "RetractRequest": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "mode"
        ],
        "properties": {
          "mode": {
            "type": "string",
            "enum": [
              "trash",
              "draft"
            ],
            "description": "`trash` moves the post to WordPress's trash; `draft` unpublishes it and keeps it."
          }
        }
      },
      "RedriveRequest": {
        "type": "object",
        "additionalProperties": false,
        "properties": {
          "force": {
            "type": "boolean",
            "description": "Overwrite a post edited in WordPress."
          }
        }
      },
      "PublicationWarning": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "code",
          "message",
          "image_id",
          "url"
        ],
        "properties": {
          "code": {
            "type": "string",
            "description": "`image_refused` (an address the plugin will not fetch) or `image_failed`."
          },
          "message": {
            "type": "string"
          },
          "image_id": {
            "type": [
              "string",
              "null"
            ],
            "format": "uuid"
          },
          "url": {
            "type": [
              "string",
              "null"
            ]
          }
        }
      },
      "Publication": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "id",
          "site_id",
          "content_id",
          "status",
          "requested_status",
          "wordpress_status",
          "scheduled_at",
          "post_id",
          "url",
          "attempts",
          "last_error",
          "warnings",
          "operation_id",
          "edited_in_wordpress_at",
          "published_at",
          "retracted_at",
          "failed_at",
          "created_at",
          "updated_at"
        ],
        "properties": {
          "id": {
            "$ref": "#/components/schemas/Uuid"
          },
          "site_id": {
            "$ref": "#/components/schemas/Uuid"
          },
          "content_id": {
            "$ref": "#/components/schemas/Uuid"
          },
          "status": {
            "$ref": "#/components/schemas/PublicationStatus"
          },
          "requested_status": {
            "$ref": "#/components/schemas/WordpressPostStatus"
          },
          "wordpress_status": {
            "type": [
              "string",
              "null"
            ],
            "description": "The post's status in WordPress as last known (`publish`, `future`, `draft`, `pending`, `private`, `trash`, `deleted`)."
          },
          "scheduled_at": {
            "type": [
              "string",
              "null"
            ],
            "format": "date-time",
            "description": "When it is to be sent (`publish`), or when WordPress publishes it (`future`)."
          },
          "post_id": {
            "type": [
              "integer",
              "null"
            ],
            "description": "The WordPress post id."
          },
          "url": {
            "type": [
              "string",
              "null"
            ],
            "description": "The post's permalink."
          },
          "attempts": {
            "type": "integer",
            "minimum": 0,
            "description": "Attempts made at the last send."
          },
          "last_error": {
            "oneOf": [
              {
                "type": "null"
              },
              {
                "type": "object",
                "additionalProperties": false,
                "required": [
                  "code",
                  "message"
                ],
                "properties": {
                  "code": {
                    "type": "string"
                  },
                  "message": {
                    "type": "string"
                  }
                }
              }
            ]
          },
          "warnings": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/PublicationWarning"
            },
            "description": "What the last send published without (an image the plugin refused or could not fetch)."
          },
          "operation_id": {
            "type": [
              "string",
              "null"
            ],
            "format": "uuid",
            "description": "The Operation of the last send."
          },
          "edited_in_wordpress_at": {
            "type": [
              "string",
              "null"
            ],
            "format": "date-time",
            "description": "Set when the post was edited in WordPress since Igny8 last wrote it; publishing again needs `force`."
          },
          "published_at": {
            "type": [
              "string",
              "null"
            ],
            "format": "date-time"
          },
          "retracted_at": {
            "type": [
              "string",
              "null"
            ],
            "format": "date-time"
          },
          "failed_at": {
            "type": [
              "string",
              "null"
            ],
            "format": "date-time"
          },
          "created_at": {
            "type": "string",
            "format": "date-time"
          },
          "updated_at": {
            "type": "string",
            "format": "date-time"
          }
        }
      },
      "PublicationResponse": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "data",
          "request_id"
        ],
        "properties": {
          "data": {
            "$ref": "#/components/schemas/Publication"
          },
          "request_id": {
            "$ref": "#/components/schemas/RequestId"
          }
        }
      },
      "PublicationListResponse": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "data",
          "meta",
          "request_id"
        ],
        "properties": {
          "data": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/Publication"
            }
          },
          "meta": {
            "$ref": "#/components/schemas/PageMeta"
          },
          "request_id": {
            "$ref": "#/components/schemas/RequestId"
          }
        }
      },
      "PublicationResult": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "publication_id",
          "post_id",
          "url",
          "wordpress_status",
          "warnings",
          "credits"
        ],
        "properties": {
          "publication_id": {
            "$ref": "#/components/schemas/Uuid"
          },
          "post_id": {
            "type": "integer"
          },
          "url": {
            "type": [
              "string",
              "null"
            ]
          },
          "wordpress_status": {
            "type": "string"
          },
          "warnings": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/PublicationWarning"
            }
          },
          "credits": {
            "type": "integer",
            "minimum": 0
          }
        }
      },
      "WordpressEventType": {
        "type": "string",
        "enum": [
          "post.edited",
          "post.status_changed",
          "post.trashed",
          "post.deleted"
        ]
      },
      "WordpressEvent": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "id",
          "type",
          "content_id",
          "post_id",
          "status",
          "occurred_at"
        ],
        "properties": {
          "id": {
            "$ref": "#/components/schemas/Uuid"
          },
          "type": {
            "$ref": "#/components/schemas/WordpressEventType"
          },
          "content_id": {
            "$ref": "#/components/schemas/Uuid"
          },
          "post_id": {
            "type": "integer",
            "minimum": 1,
            "maximum": 9007199254740991
          },
          "status": {
            "type": "string",
            "maxLength": 20,
            "description": "The post's status now (`deleted` once deleted)."
          },
          "previous_status": {
            "type": [
              "string",
              "null"
            ],
            "maxLength": 20
          },
          "url": {
            "type": [
              "string",
              "null"
            ],
            "maxLength": 2000
          },
          "title": {
            "type": [
              "string",
              "null"
            ],
            "maxLength": 1000
          },
          "modified_gmt": {
            "type": [
              "string",
              "null"
            ],
            "format": "date-time"
          },
          "occurred_at": {
            "type": "string",
            "format": "date-time"
          }
        }
      },
      "WordpressEventsRequest": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "events"
        ],
        "properties": {
          "events": {
            "type": "array",
            "minItems": 1,
            "maxItems": 50,
            "items": {
              "$ref": "#/components/schemas/WordpressEvent"
            }
          }
        }
      },
      "WordpressEventsResponse": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "data",
          "request_id"
        ],
        "properties": {
          "data": {
            "type": "object",
            "additionalProperties": false,
            "required": [
              "accepted",
              "duplicates",
              "ignored"
            ],
            "properties": {
              "accepted": {
                "type": "integer",
                "minimum": 0
              },
              "duplicates": {
                "type": "integer",
                "minimum": 0
              },
              "ignored": {
                "type": "integer",
                "minimum": 0,
                "description": "Events for posts Igny8 did not publish."
              }
            }
          },
          "request_id": {
            "$ref": "#/components/schemas/RequestId"
          }
        }
      },
      "SyncEvent": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "id",
          "type",
          "content_id",
          "publication_id",
          "post_id",
          "status",
          "previous_status",
          "title",
          "url",
          "applied",
          "occurred_at",
          "received_at"
        ],
        "properties": {
          "id": {
            "$ref": "#/components/schemas/Uuid"
          },
          "type": {
            "$ref": "#/components/schemas/WordpressEventType"
          },
          "content_id": {
            "type": [
              "string",
              "null"
            ],
            "format": "uuid"
          },
          "publication_id": {
            "type": [
              "string",
              "null"
            ],
            "format": "uuid"
          },
          "post_id": {
            "type": "integer"
          },
          "status": {
            "type": "string"
          },
          "previous_status": {
            "type": [
              "string",
              "null"
            ]
          },
          "title": {
            "type": [
              "string",
              "null"
            ]
          },
          "url": {
            "type": [
              "string",
              "null"
            ]
          },
          "applied": {
            "type": "boolean",
            "description": "Whether it moved the Publication (false for an event older than the last one applied)."
          },
          "occurred_at": {
            "type": "string",
            "format": "date-time"
          },
          "received_at": {
            "type": "string",
            "format": "date-time"
          }
        }
      },
      "SyncEventListResponse": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "data",
          "meta",
          "request_id"
        ],
        "properties": {
          "data": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/SyncEvent"
            }
          },
          "meta": {
            "$ref": "#/components/schemas/PageMeta"
          },
          "request_id": {
            "$ref": "#/components/schemas/RequestId"
          }
        }
      },
      "IntegrationResponse": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "data",
          "request_id"
        ],
        "properties": {
          "data": {
            "$ref": "#/components/schemas/Integration"
          },
          "request_id": {
            "$ref": "#/components/schemas/RequestId"
          }
        }
      },
      "ConnectionCodeResponse": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "data",
          "request_id"
        ],
        "properties": {
          "data": {
            "$ref": "#/components/schemas/ConnectionCode"
          },
          "request_id": {
            "$ref": "#/components/schemas/RequestId"
          }
        }
      },
      "WordpressConnectionResponse": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "data",
          "request_id"
        ],
        "properties": {
          "data": {
            "$ref": "#/components/schemas/WordpressConnection"
          },
          "request_id": {
            "$ref": "#/components/schemas/RequestId"
          }
        }
      },
      "WordpressPingResponse": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "data",
          "request_id"
        ],
        "properties": {
          "data": {
            "$ref": "#/components/schemas/WordpressPing"
          },
          "request_id": {
            "$ref": "#/components/schemas/RequestId"
          }
        }
      },
      "WordpressSecretResponse": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "data",
          "request_id"
        ],
        "properties": {
          "data": {
            "$ref": "#/components/schemas/WordpressSecret"
          },
          "request_id": {
            "$ref": "#/components/schemas/RequestId"
          }
        }
      },
      "WidgetSessionResponse": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "data",
          "request_id"
        ],
        "properties": {
          "data": {
            "$ref": "#/components/schemas/WidgetSession"
          },
          "request_id": {
            "$ref": "#/components/schemas/RequestId"
          }
        }
      },
      "WebhookEventType": {
        "type": "string",
        "description": "The events an endpoint can subscribe to; the `webhooks` section of this document describes each payload.",
        "enum": [
          "keywords.imported",
          "clustering.completed",
          "content.generated",
          "content.approved",
          "content.published",
          "publication.failed",
          "automation.run.completed",
          "automation.run.failed",
          "automation.run.paused",
          "credits.low",
          "invoice.paid",
          "webhook.test"
        ]
      },
      "WebhookEventBase": {
        "type": "object",
        "description": "Every payload: `type`, `timestamp` (when the change happened) and `data`. The `webhook-id` header is the event's id, the same on every retry and replay.",
        "required": [
          "type",
          "timestamp",
          "data"
        ],
        "properties": {
          "type": {
            "$ref": "#/components/schemas/WebhookEventType"
          },
          "timestamp": {
            "$ref": "#/components/schemas/Timestamp"
          },
          "data": {
            "type": "object"
          }
        }
      },
      "KeywordsImportedEvent": {
        "type": "object",
        "additionalProperties": false,
        "description": "A keyword import finished.",
        "required": [
          "type",
          "timestamp",
          "data"
        ],
        "properties": {
          "type": {
            "type": "string",
            "const": "keywords.imported"
          },
          "timestamp": {
            "$ref": "#/components/schemas/Timestamp"
          },
          "data": {
            "$ref": "#/components/schemas/KeywordsImportedData"
          }
        }
      },
      "ClusteringCompletedEvent": {
        "type": "object",
        "additionalProperties": false,
        "description": "A clustering run finished.",
        "required": [
          "type",
          "timestamp",
          "data"
        ],
        "properties": {
          "type": {
            "type": "string",
            "const": "clustering.completed"
          },
          "timestamp": {
            "$ref": "#/components/schemas/Timestamp"
          },
          "data": {
            "$ref": "#/components/schemas/ClusteringCompletedData"
          }
        }
      },
      "ContentGeneratedEvent": {
        "type": "object",
        "additionalProperties": false,
        "description": "The writer finished a content (a draft to review).",
        "required": [
          "type",
          "timestamp",
          "data"
        ],
        "properties": {
          "type": {
            "type": "string",
            "const": "content.generated"
          },
          "timestamp": {
            "$ref": "#/components/schemas/Timestamp"
          },
          "data": {
            "$ref": "#/components/schemas/ContentEventData"
          }
        }
      },
      "ContentApprovedEvent": {
        "type": "object",
        "additionalProperties": false,
        "description": "A content was approved for publishing.",
        "required": [
          "type",
          "timestamp",
          "data"
        ],
        "properties": {
          "type": {
            "type": "string",
            "const": "content.approved"
          },
          "timestamp": {
            "$ref": "#/components/schemas/Timestamp"
          },
          "data": {
            "$ref": "#/components/schemas/ContentEventData"
          }
        }
      },
      "ContentPublishedEvent": {
        "type": "object",
        "additionalProperties": false,
        "description": "WordPress accepted a publication (a new post or an update).",
        "required": [
          "type",
          "timestamp",
          "data"
        ],
        "properties": {
          "type": {
            "type": "string",
            "const": "content.published"
          },
          "timestamp": {
            "$ref": "#/components/schemas/Timestamp"
          },
          "data": {
            "$ref": "#/components/schemas/PublicationEventData"
          }
        }
      },
      "PublicationFailedEvent": {
        "type": "object",
        "additionalProperties": false,
        "description": "A publication failed after its retries.",
        "required": [
          "type",
          "timestamp",
          "data"
        ],
        "properties": {
          "type": {
            "type": "string",
            "const": "publication.failed"
          },
          "timestamp": {
            "$ref": "#/components/schemas/Timestamp"
          },
          "data": {
            "$ref": "#/components/schemas/PublicationEventData"
          }
        }
      },
      "AutomationRunCompletedEvent": {
        "type": "object",
        "additionalProperties": false,
        "description": "An automation run finished every stage.",
        "required": [
          "type",
          "timestamp",
          "data"
        ],
        "properties": {
          "type": {
            "type": "string",
            "const": "automation.run.completed"
          },
          "timestamp": {
            "$ref": "#/components/schemas/Timestamp"
          },
          "data": {
            "$ref": "#/components/schemas/AutomationRunEventData"
          }
        }
      },
      "AutomationRunFailedEvent": {
        "type": "object",
        "additionalProperties": false,
        "description": "An automation run stopped on a failed stage.",
        "required": [
          "type",
          "timestamp",
          "data"
        ],
        "properties": {
          "type": {
            "type": "string",
            "const": "automation.run.failed"
          },
          "timestamp": {
            "$ref": "#/components/schemas/Timestamp"
          },
          "data": {
            "$ref": "#/components/schemas/AutomationRunEventData"
          }
        }
      },
      "AutomationRunPausedEvent": {
        "type": "object",
        "additionalProperties": false,
        "description": "An automation run paused (by a person, or by itself, e.g. out of credits).",
        "required": [
          "type",
          "timestamp",
          "data"
        ],
        "properties": {
          "type": {
            "type": "string",
            "const": "automation.run.paused"
          },
          "timestamp": {
            "$ref": "#/components/schemas/Timestamp"
          },
          "data": {
            "$ref": "#/components/schemas/AutomationRunEventData"
          }
        }
      },
      "CreditsLowEvent": {
        "type": "object",
        "additionalProperties": false,
        "description": "80 % or all of the period's plan credits are used.",
        "required": [
          "type",
          "timestamp",
          "data"
        ],
        "properties": {
          "type": {
            "type": "string",
            "const": "credits.low"
          },
          "timestamp": {
            "$ref": "#/components/schemas/Timestamp"
          },
          "data": {
            "$ref": "#/components/schemas/CreditsLowData"
          }
        }
      },
      "InvoicePaidEvent": {
        "type": "object",
        "additionalProperties": false,
        "description": "An invoice was paid.",
        "required": [
          "type",
          "timestamp",
          "data"
        ],
        "properties": {
          "type": {
            "type": "string",
            "const": "invoice.paid"
          },
          "timestamp": {
            "$ref": "#/components/schemas/Timestamp"
          },
          "data": {
            "$ref": "#/components/schemas/InvoicePaidData"
          }
        }
      },
      "WebhookTestEvent": {
        "type": "object",
        "additionalProperties": false,
        "description": "Sent by `testWebhookEndpoint`, to check a receiver.",
        "required": [
          "type",
          "timestamp",
          "data"
        ],
        "properties": {
          "type": {
            "type": "string",
            "const": "webhook.test"
          },
          "timestamp": {
            "$ref": "#/components/schemas/Timestamp"
          },
          "data": {
            "$ref": "#/components/schemas/WebhookTestData"
          }
        }
      },
      "KeywordsImportedData": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "account_id",
          "site_id",
          "operation_id",
          "imported",
          "duplicates",
          "refused"
        ],
        "properties": {
          "account_id": {
            "$ref": "#/components/schemas/Uuid"
          },
          "site_id": {
            "$ref": "#/components/schemas/Uuid"
          },
          "operation_id": {
            "$ref": "#/components/schemas/Uuid"
          },
          "imported": {
            "type": "integer",
            "description": "Keywords added."
          },
          "duplicates": {
            "type": "integer",
            "description": "Rows already in the site or repeated in the file."
          },
          "refused": {
            "type": "integer",
            "description": "Rows refused (see the operation's result)."
          }
        }
      },
      "ClusteringCompletedData": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "account_id",
          "site_id",
          "operation_id",
          "clusters",
          "keywords"
        ],
        "properties": {
          "account_id": {
            "$ref": "#/components/schemas/Uuid"
          },
          "site_id": {
            "$ref": "#/components/schemas/Uuid"
          },
          "operation_id": {
            "$ref": "#/components/schemas/Uuid"
          },
          "clusters": {
            "type": "integer",
            "description": "Clusters made."
          },
          "keywords": {
            "type": "integer",
            "description": "Keywords placed in them."
          }
        }
      },
      "ContentEventData": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "account_id",
          "site_id",
          "content_id",
          "task_id",
          "title",
          "status"
        ],
        "properties": {
          "account_id": {
            "$ref": "#/components/schemas/Uuid"
          },
          "site_id": {
            "$ref": "#/components/schemas/Uuid"
          },
          "content_id": {
            "$ref": "#/components/schemas/Uuid"
          },
          "task_id": {
            "type": [
              "string",
              "null"
            ],
            "format": "uuid"
          },
          "title": {
            "type": "string"
          },
          "status": {
            "$ref": "#/components/schemas/ContentStatus"
          },
          "word_count": {
            "type": "integer"
          }
        }
      },
      "PublicationEventData": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "account_id",
          "site_id",
          "content_id",
          "publication_id",
          "status",
          "wordpress_post_id",
          "url"
        ],
        "properties": {
          "account_id": {
            "$ref": "#/components/schemas/Uuid"
          },
          "site_id": {
            "$ref": "#/components/schemas/Uuid"
          },
          "content_id": {
            "$ref": "#/components/schemas/Uuid"
          },
          "publication_id": {
            "$ref": "#/components/schemas/Uuid"
          },
          "status": {
            "$ref": "#/components/schemas/PublicationStatus"
          },
          "wordpress_post_id": {
            "type": [
              "integer",
              "null"
            ]
          },
          "url": {
            "type": [
              "string",
              "null"
            ],
            "description": "The post's address on the site."
          },
          "error": {
            "$ref": "#/components/schemas/OperationError"
          }
        }
      },
      "AutomationRunEventData": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "account_id",
          "site_id",
          "run_id",
          "status",
          "stage"
        ],
        "properties": {
          "account_id": {
            "$ref": "#/components/schemas/Uuid"
          },
          "site_id": {
            "$ref": "#/components/schemas/Uuid"
          },
          "run_id": {
            "$ref": "#/components/schemas/Uuid"
          },
          "status": {
            "type": "string",
            "description": "The run's status: `completed`, `failed` or `paused`."
          },
          "stage": {
            "type": [
              "integer",
              "null"
            ],
            "description": "The stage it stopped at (1–7), `null` when completed."
          },
          "reason": {
            "type": [
              "string",
              "null"
            ],
            "description": "Why it paused or failed, e.g. `INSUFFICIENT_CREDITS`."
          }
        }
      },
      "CreditsLowData": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "account_id",
          "threshold",
          "used",
          "per_period",
          "plan_credits_left"
        ],
        "properties": {
          "account_id": {
            "$ref": "#/components/schemas/Uuid"
          },
          "threshold": {
            "type": "integer",
            "enum": [
              80,
              100
            ],
            "description": "Percent of the period's plan credits used."
          },
          "used": {
            "type": "integer"
          },
          "per_period": {
            "type": "integer"
          },
          "plan_credits_left": {
            "type": "integer"
          }
        }
      },
      "InvoicePaidData": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "account_id",
          "invoice_id",
          "number",
          "total_cents",
          "currency"
        ],
        "properties": {
          "account_id": {
            "$ref": "#/components/schemas/Uuid"
          },
          "invoice_id": {
            "$ref": "#/components/schemas/Uuid"
          },
          "number": {
            "type": "string"
          },
          "total_cents": {
            "type": "integer"
          },
          "currency": {
            "type": "string"
          }
        }
      },
      "WebhookTestData": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "account_id",
          "endpoint_id"
        ],
        "properties": {
          "account_id": {
            "$ref": "#/components/schemas/Uuid"
          },
          "endpoint_id": {
            "$ref": "#/components/schemas/Uuid"
          }
        }
      },
      "WebhookEndpointDisabledReason": {
        "type": "string",
        "enum": [
          "failing",
          "manual"
        ]
      },
      "WebhookEndpoint": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "id",
          "url",
          "description",
          "events",
          "enabled",
          "disabled_reason",
          "disabled_at",
          "failing_since",
          "previous_secret_expires_at",
          "created_at",
          "updated_at"
        ],
        "properties": {
          "id": {
            "$ref": "#/components/schemas/Uuid"
          },
          "url": {
            "type": "string"
          },
          "description": {
            "type": "string"
          },
          "events": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/WebhookEventType"
            }
          },
          "enabled": {
            "type": "boolean"
          },
          "disabled_reason": {
            "description": "`failing` when the server disabled it after five days of failed deliveries; `manual` when a person did; `null` while enabled.",
            "oneOf": [
              {
                "$ref": "#/components/schemas/WebhookEndpointDisabledReason"
              },
              {
                "type": "null"
              }
            ]
          },
          "disabled_at": {
            "type": [
              "string",
              "null"
            ],
            "format": "date-time"
          },
          "failing_since": {
            "type": [
              "string",
              "null"
            ],
            "format": "date-time",
            "description": "The first failed delivery since the last success."
          },
          "previous_secret_expires_at": {
            "type": [
              "string",
              "null"
            ],
            "format": "date-time",
            "description": "After a rotation: until then the old secret signs too."
          },
          "created_at": {
            "$ref": "#/components/schemas/Timestamp"
          },
          "updated_at": {
            "$ref": "#/components/schemas/Timestamp"
          }
        }
      },
      "WebhookEndpointCreated": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "endpoint",
          "secret"
        ],
        "properties": {
          "endpoint": {
            "$ref": "#/components/schemas/WebhookEndpoint"
          },
          "secret": {
            "type": "string",
            "x-igny8-secret": true,
            "description": "The signing secret (`whsec_…`, Standard Webhooks); shown once."
          }
        }
      },
      "WebhookUrl": {
        "type": "string",
        "minLength": 8,
        "maxLength": 2000,
        "description": "An http(s) URL resolving to public addresses."
      },
      "CreateWebhookEndpointRequest": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "url",
          "events"
        ],
        "properties": {
          "url": {
            "$ref": "#/components/schemas/WebhookUrl"
          },
          "events": {
            "type": "array",
            "minItems": 1,
            "maxItems": 20,
            "uniqueItems": true,
            "items": {
              "$ref": "#/components/schemas/WebhookEventType"
            }
          },
          "description": {
            "type": "string",
            "maxLength": 500
          },
          "enabled": {
            "type": "boolean",
            "default": true
          }
        }
      },
      "UpdateWebhookEndpointRequest": {
        "type": "object",
        "additionalProperties": false,
        "minProperties": 1,
        "properties": {
          "url": {
            "$ref": "#/components/schemas/WebhookUrl"
          },
          "events": {
            "type": "array",
            "minItems": 1,
            "maxItems": 20,
            "uniqueItems": true,
            "items": {
              "$ref": "#/components/schemas/WebhookEventType"
            }
          },
          "description": {
            "type": "string",
            "maxLength": 500
          },
          "enabled": {
            "type": "boolean"
          }
        }
      },
      "WebhookDeliveryStatus": {
        "type": "string",
        "description": "`pending` until the first answer, `retrying` after a failed attempt with more to come, `succeeded` on a 2xx, `failed` when the retries are spent (or the endpoint was disabled).",
        "enum": [
          "pending",
          "retrying",
          "succeeded",
          "failed"
        ]
      },
      "WebhookDelivery": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "id",
          "endpoint_id",
          "event_id",
          "event_type",
          "status",
          "attempts",
          "next_attempt_at",
          "last_status_code",
          "last_error",
          "created_at",
          "delivered_at"
        ],
        "properties": {
          "id": {
            "$ref": "#/components/schemas/Uuid"
          },
          "endpoint_id": {
            "$ref": "#/components/schemas/Uuid"
          },
          "event_id": {
            "type": "string",
            "description": "The `webhook-id` header: the same on every attempt and replay."
          },
          "event_type": {
            "$ref": "#/components/schemas/WebhookEventType"
          },
          "status": {
            "$ref": "#/components/schemas/WebhookDeliveryStatus"
          },
          "attempts": {
            "type": "integer"
          },
          "next_attempt_at": {
            "type": [
              "string",
              "null"
            ],
            "format": "date-time"
          },
          "last_status_code": {
            "type": [
              "integer",
              "null"
            ]
          },
          "last_error": {
            "type": [
              "string",
              "null"
            ],
            "description": "Why the last attempt failed when there was no answer (refused address, timeout, connection)."
          },
          "created_at": {
            "$ref": "#/components/schemas/Timestamp"
          },
          "delivered_at": {
            "type": [
              "string",
              "null"
            ],
            "format": "date-time"
          }
        }
      },
      "WebhookAttempt": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "attempt",
          "started_at",
          "duration_ms",
          "request",
          "response",
          "error"
        ],
        "properties": {
          "attempt": {
            "type": "integer"
          },
          "started_at": {
            "$ref": "#/components/schemas/Timestamp"
          },
          "duration_ms": {
            "type": "integer"
          },
          "request": {
            "type": "object",
            "additionalProperties": false,
            "required": [
              "url",
              "headers"
            ],
            "properties": {
              "url": {
                "type": "string"
              },
              "headers": {
                "type": "object",
                "additionalProperties": {
                  "type": "string"
                }
              }
            }
          },
          "response": {
            "oneOf": [
              {
                "type": "object",
                "additionalProperties": false,
                "required": [
                  "status",
                  "headers",
                  "body"
                ],
                "properties": {
                  "status": {
                    "type": "integer"
                  },
                  "headers": {
                    "type": "object",
                    "additionalProperties": {
                      "type": "string"
                    }
                  },
                  "body": {
                    "type": "string",
                    "description": "The first 4 KB."
                  }
                }
              },
              {
                "type": "null"
              }
            ]
          },
          "error": {
            "type": [
              "string",
              "null"
            ]
          }
        }
      },
      "WebhookDeliveryDetail": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "delivery",
          "payload",
          "attempts"
        ],
        "properties": {
          "delivery": {
            "$ref": "#/components/schemas/WebhookDelivery"
          },
          "payload": {
            "$ref": "#/components/schemas/WebhookEventBase"
          },
          "attempts": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/WebhookAttempt"
            }
          }
        }
      },
      "ReplayWebhookDeliveriesRequest": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "since"
        ],
        "properties": {
          "since": {
            "$ref": "#/components/schemas/Timestamp"
          },
          "until": {
            "$ref": "#/components/schemas/Timestamp"
          },
          "only_failed": {
            "type": "boolean",
            "default": true,
            "description": "Only deliveries that `failed` (default), or every one in the range."
          }
        }
      },
      "WebhookReplay": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "queued"
        ],
        "properties": {
          "queued": {
            "type": "integer",
            "description": "Deliveries queued again (at most 1000 per call)."
          }
        }
      },
      "WebhookEndpointResponse": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "data",
          "request_id"
        ],
        "properties": {
          "data": {
            "$ref": "#/components/schemas/WebhookEndpoint"
          },
          "request_id": {
            "$ref": "#/components/schemas/RequestId"
          }
        }
      },
      "WebhookEndpointCreatedResponse": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "data",
          "request_id"
        ],
        "properties": {
          "data": {
            "$ref": "#/components/schemas/WebhookEndpointCreated"
          },
          "request_id": {
            "$ref": "#/components/schemas/RequestId"
          }
        }
      },
      "WebhookEndpointListResponse": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "data",
          "meta",
          "request_id"
        ],
        "properties": {
          "data": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/WebhookEndpoint"
            }
          },
          "meta": {
            "$ref": "#/components/schemas/PageMeta"
          },
          "request_id": {
            "$ref": "#/components/schemas/RequestId"
          }
        }
      },
      "WebhookDeliveryResponse": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "data",
          "request_id"
        ],
        "properties": {
          "data": {
            "$ref": "#/components/schemas/WebhookDelivery"
          },
          "request_id": {
            "$ref": "#/components/schemas/RequestId"
          }
        }
      },
      "WebhookDeliveryListResponse": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "data",
          "meta",
          "request_id"
        ],
        "properties": {
          "data": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/WebhookDelivery"
            }
          },
          "meta": {
            "$ref": "#/components/schemas/PageMeta"
          },
          "request_id": {
            "$ref": "#/components/schemas/RequestId"
          }
        }
      },
      "WebhookDeliveryDetailResponse": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "data",
          "request_id"
        ],
        "properties": {
          "data": {
            "$ref": "#/components/schemas/WebhookDeliveryDetail"
          },
          "request_id": {
            "$ref": "#/components/schemas/RequestId"
          }
        }
      },
      "WebhookReplayResponse": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "data",
          "request_id"
        ],
        "properties": {
          "data": {
            "$ref": "#/components/schemas/WebhookReplay"
          },
          "request_id": {
            "$ref": "#/components/schemas/RequestId"
          }
        }
      },
      "NotificationKind": {
        "type": "string",
        "description": "The kinds of notification a person can choose to receive.",
        "enum": [
          "credits.threshold_80",
          "credits.threshold_100",
          "invoice.paid",
          "subscription.past_due",
          "automation.paused",
          "automation.scheduled_waiting",
          "publication.failed",
          "webhook_endpoint.disabled"
        ]
      },
      "NotificationPreference": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "kind",
          "in_app",
          "email"
        ],
        "properties": {
          "kind": {
            "$ref": "#/components/schemas/NotificationKind"
          },
          "in_app": {
            "type": "boolean",
            "description": "Shown in the caller's notification list."
          },
          "email": {
            "type": "boolean",
            "description": "Sent to the caller's address too."
          }
        }
      },
      "NotificationPreferences": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "preferences"
        ],
        "properties": {
          "preferences": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/NotificationPreference"
            }
          }
        }
      },
      "NotificationPreferencesUpdate": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "preferences"
        ],
        "properties": {
          "preferences": {
            "type": "array",
            "minItems": 1,
            "maxItems": 50,
            "items": {
              "type": "object",
              "additionalProperties": false,
              "required": [
                "kind"
              ],
              "minProperties": 2,
              "properties": {
                "kind": {
                  "$ref": "#/components/schemas/NotificationKind"
                },
                "in_app": {
                  "type": "boolean"
                },
                "email": {
                  "type": "boolean"
                }
              }
            }
          }
        }
      },
      "NotificationPreferencesResponse": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "data",
          "request_id"
        ],
        "properties": {
          "data": {
            "$ref": "#/components/schemas/NotificationPreferences"
          },
          "request_id": {
            "$ref": "#/components/schemas/RequestId"
          }
        }
      },
      "AuditAction": {
        "type": "string",
        "enum": [
          "auth.login",
          "auth.password_changed",
          "api_key.created",
          "api_key.revoked",
          "member.invited",
          "member.joined",
          "member.role_changed",
          "member.removed",
          "invitation.revoked",
          "site_access.granted",
          "site_access.revoked",
          "plan.changed",
          "credits.adjusted",
          "account.status_changed",
          "account.ai_settings_changed",
          "payment.approved",
          "payment.rejected",
          "integration.connected",
          "integration.disconnected",
          "integration.rotated",
          "webhook_endpoint.created",
          "webhook_endpoint.updated",
          "webhook_endpoint.deleted",
          "webhook_endpoint.secret_rotated",
          "webhook_endpoint.disabled"
        ]
      },
      "AuditActorType": {
        "type": "string",
        "description": "`user` (a member), `api_key`, `operator` (the platform's operator), `site` (a connected WordPress site) or `system` (the server itself, e.g. disabling a failing endpoint).",
        "enum": [
          "user",
          "api_key",
          "operator",
          "site",
          "system"
        ]
      },
      "AuditEvent": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "id",
          "action",
          "actor",
          "target_type",
          "target_id",
          "data",
          "ip",
          "created_at"
        ],
        "properties": {
          "id": {
            "$ref": "#/components/schemas/Uuid"
          },
          "action": {
            "$ref": "#/components/schemas/AuditAction"
          },
          "actor": {
            "type": "object",
            "additionalProperties": false,
            "required": [
              "type",
              "id",
              "label"
            ],
            "properties": {
              "type": {
                "$ref": "#/components/schemas/AuditActorType"
              },
              "id": {
                "type": [
                  "string",
                  "null"
                ],
                "description": "The user's, key's, operator's or site's id."
              },
              "label": {
                "type": [
                  "string",
                  "null"
                ],
                "description": "An email, a key's name or a site's name, as it was then."
              }
            }
          },
          "target_type": {
            "type": [
              "string",
              "null"
            ],
            "description": "What was acted on: `api_key`, `member`, `site`, `subscription`, `webhook_endpoint`…"
          },
          "target_id": {
            "type": [
              "string",
              "null"
            ]
          },
          "data": {
            "type": "object",
            "additionalProperties": true,
            "description": "What changed, e.g. `{ from, to }`; never a secret."
          },
          "ip": {
            "type": [
              "string",
              "null"
            ]
          },
          "created_at": {
            "$ref": "#/components/schemas/Timestamp"
          }
        }
      },
      "AuditEventListResponse": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "data",
          "meta",
          "request_id"
        ],
        "properties": {
          "data": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/AuditEvent"
            }
          },
          "meta": {
            "$ref": "#/components/schemas/PageMeta"
          },
          "request_id": {
            "$ref": "#/components/schemas/RequestId"
          }
        }
      }
    }
  }
};
