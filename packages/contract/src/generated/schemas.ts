// Generated from openapi.yaml by `pnpm codegen`. Do not edit by hand: change the spec and regenerate.

import { z } from 'zod';

/** No NUL and no C0 control characters other than tab, line feed and carriage return. */
export const plainText = /^[^\u0000-\u0008\u000B\u000C\u000E-\u001F]*$/;
export const plainTextMessage = 'Must not contain NUL or control characters (tab and line breaks are fine).';
/** A query integer: optional minus sign and decimal digits, nothing else. */
export const queryInteger = /^-?[0-9]{1,16}$/;
/** A query number: optional minus sign, decimal digits, an optional fraction. */
export const queryNumber = /^-?[0-9]{1,16}(\.[0-9]{1,16})?$/;

export const AcceptInvitationRequest = z.strictObject({ token: z.string().min(1).max(512).regex(plainText, plainTextMessage), name: z.string().min(1).max(120).regex(plainText, plainTextMessage).optional(), password: z.string().min(1).max(200).regex(plainText, plainTextMessage) });
export const Accepted = z.strictObject({ status: z.enum(["accepted"]) });
/** The id of this request, also in the `X-Request-Id` header; quote it when asking for help. */
export const RequestId = z.string().regex(plainText, plainTextMessage);
export const AcceptedResponse = z.strictObject({ data: Accepted, request_id: RequestId });
export const Uuid = z.uuid();
export const AccountStatus = z.enum(["trial","active","suspended","cancelled"]);
export const Plan = z.strictObject({ id: Uuid, code: z.string().regex(plainText, plainTextMessage), name: z.string().regex(plainText, plainTextMessage), price_cents: z.number().int().min(0), currency: z.string().min(3).max(3).regex(plainText, plainTextMessage), credits_per_month: z.number().int().min(0), max_sites: z.number().int().min(0), max_users: z.number().int().min(0), max_keywords: z.number().int().min(0), max_sectors_per_site: z.number().int().min(0) });
export const Timestamp = z.iso.datetime({ offset: true });
export const Account = z.strictObject({ id: Uuid, name: z.string().regex(plainText, plainTextMessage), status: AccountStatus, plan: Plan, timezone: z.string().regex(plainText, plainTextMessage), created_at: Timestamp, updated_at: Timestamp });
export const ProviderChain = z.array(z.string().min(1).max(60).regex(plainText, plainTextMessage)).min(1).max(5);
export const PromptTemplateOverride = z.strictObject({ system: z.string().min(1).max(10000).regex(plainText, plainTextMessage).optional(), user: z.string().min(1).max(20000).regex(plainText, plainTextMessage).optional() }).refine((o) => Object.keys(o).length >= 1, 'Give at least 1 field(s)');
export const AccountAiSettings = z.strictObject({ provider: z.string().min(1).max(60).regex(plainText, plainTextMessage).optional(), chains: z.strictObject({ text: ProviderChain.optional(), embeddings: ProviderChain.optional(), images: ProviderChain.optional() }).optional(), templates: z.record(z.string(), PromptTemplateOverride).optional() });
export const AccountAi = z.strictObject({ settings: AccountAiSettings, available_providers: z.array(z.string().regex(plainText, plainTextMessage)), effective: z.strictObject({ text: z.array(z.string().regex(plainText, plainTextMessage)), embeddings: z.array(z.string().regex(plainText, plainTextMessage)), images: z.array(z.string().regex(plainText, plainTextMessage)) }) });
export const AccountAiResponse = z.strictObject({ data: AccountAi, request_id: RequestId });
/** Everything the account holds that is its own, as JSON. */
export const AccountExportResult = z.object({ exported_at: Timestamp, account: z.record(z.string(), z.unknown()), members: z.array(z.record(z.string(), z.unknown())), sites: z.array(z.record(z.string(), z.unknown())), api_keys: z.array(z.record(z.string(), z.unknown())) });
export const OperationStatus = z.enum(["queued","running","succeeded","failed","cancelled"]);
export const OperationProgress = z.strictObject({ done: z.number().int().min(0), total: z.number().int().min(0) });
/** Stable, machine-readable error code. Each code is answered with one HTTP status, the one `x-igny8-status` gives it (a code that only appears in an operation's `error` has one too). */
export const ErrorCode = z.enum(["BAD_REQUEST","MALFORMED_JSON","VALIDATION_FAILED","INVALID_ID","INVALID_CURSOR","UNSUPPORTED_MEDIA_TYPE","PAYLOAD_TOO_LARGE","UNAUTHENTICATED","INVALID_CREDENTIALS","TOKEN_EXPIRED","TOKEN_INVALID","REFRESH_TOKEN_REUSED","API_KEY_REVOKED","FORBIDDEN","INSUFFICIENT_ROLE","PLAN_LIMIT_REACHED","ACCOUNT_INACTIVE","INSUFFICIENT_CREDITS","NOT_FOUND","ROUTE_NOT_FOUND","METHOD_NOT_ALLOWED","CONFLICT","EMAIL_TAKEN","ALREADY_MEMBER","LAST_OWNER","IDEMPOTENCY_KEY_REUSED","IDEMPOTENT_REPLAY_WITHHELD","SITE_BUDGET_EXCEEDED","SIGNATURE_INVALID","SIGNATURE_STALE","SIGNATURE_REPLAYED","CONNECTION_CODE_INVALID","NOT_CONNECTED","WORDPRESS_UNREACHABLE","URL_NOT_ALLOWED","FEATURE_NOT_ALLOWED","ORIGIN_NOT_ALLOWED","KEYWORD_EXISTS","NO_KEYWORDS","FILE_NOT_TEXT","AI_PROVIDER_FAILED","JOB_FAILED","IDEA_NOT_QUEUEABLE","TASK_NOT_EDITABLE","TASK_TRANSITION_INVALID","INVOICE_NOT_PAYABLE","PAYMENT_NOT_PENDING","PAYMENTS_NOT_CONFIGURED","WEBHOOK_SIGNATURE_INVALID","OPERATOR_ONLY","UNPROCESSABLE","SECTOR_NOT_IN_INDUSTRY","INVITATION_INVALID","RESET_TOKEN_INVALID","RATE_LIMITED","UNAVAILABLE","INTERNAL"]);
export const Error = z.strictObject({ code: ErrorCode, message: z.string().regex(plainText, plainTextMessage), details: z.record(z.string(), z.unknown()).optional() });
/** Why the work `failed`, with a code to branch on; null unless it failed. An input the work cannot use fails at
once, not retried, with its own code (`FILE_NOT_TEXT`, `VALIDATION_FAILED`, `NOT_FOUND`,
`PLAN_LIMIT_REACHED`…). A problem of the AI provider is `AI_PROVIDER_FAILED` (`details.provider_code`:
`RATE_LIMITED`, `TIMEOUT`, `QUOTA_EXCEEDED`, `UNAVAILABLE`, `INVALID_OUTPUT` or `BAD_REQUEST`). Anything else
is retried and, when the last attempt fails too, `JOB_FAILED`, whose message names the step that failed
(`details.step`, `details.attempts`). */
export const OperationError = Error.nullable();
/** When a worker first started the work; null while `queued`. */
export const OperationStartedAt = z.iso.datetime({ offset: true }).nullable();
/** When the work ended (`succeeded`, `failed` or `cancelled`); null before. */
export const OperationFinishedAt = z.iso.datetime({ offset: true }).nullable();
/** The account export (`POST /v1/account/exports`). */
export const AccountExportOperation = z.strictObject({ kind: z.enum(["account.export"]), result: AccountExportResult.nullable(), id: Uuid, status: OperationStatus, progress: OperationProgress, error: OperationError, created_at: Timestamp, updated_at: Timestamp, started_at: OperationStartedAt, finished_at: OperationFinishedAt });
export const Role = z.enum(["owner","admin","editor","viewer"]);
export const AccountMembership = z.strictObject({ account_id: Uuid, account_name: z.string().regex(plainText, plainTextMessage), role: Role });
export const AccountResponse = z.strictObject({ data: Account, request_id: RequestId });
export const AccountUpdateRequest = z.strictObject({ name: z.string().min(1).max(120).regex(plainText, plainTextMessage).optional(), timezone: z.string().min(1).max(64).regex(plainText, plainTextMessage).optional() }).refine((o) => Object.keys(o).length >= 1, 'Give at least 1 field(s)');
export const CreditPool = z.enum(["plan","bonus"]);
export const AdjustCreditsRequest = z.strictObject({ pool: CreditPool, amount: z.number().int().min(-10000000).max(10000000), reason: z.string().min(3).max(500).regex(plainText, plainTextMessage) });
/** A number of credits. */
export const Credits = z.number().int().min(0);
export const Balance = z.strictObject({ plan_credits: Credits, bonus_credits: Credits, reserved_credits: Credits, available_credits: Credits, plan_credits_per_period: Credits, period_end: z.iso.datetime({ offset: true }).nullable() });
export const SubscriptionStatus = z.enum(["trialing","active","past_due","cancelled"]);
export const Subscription = z.strictObject({ id: Uuid, plan: Plan, status: SubscriptionStatus, current_period_start: Timestamp, current_period_end: Timestamp, pending_plan: Plan.nullable(), past_due_since: z.iso.datetime({ offset: true }).nullable() });
export const AdminAccount = z.strictObject({ account: Account, balance: Balance, subscription: Subscription.nullable(), members: z.number().int().min(0) });
export const PageMeta = z.strictObject({ next_cursor: z.string().regex(plainText, plainTextMessage).nullable() });
export const AdminAccountListResponse = z.strictObject({ data: z.array(AdminAccount), meta: PageMeta, request_id: RequestId });
export const AdminAccountResponse = z.strictObject({ data: AdminAccount, request_id: RequestId });
export const ApiKey = z.strictObject({ id: Uuid, name: z.string().regex(plainText, plainTextMessage), prefix: z.string().regex(plainText, plainTextMessage), role: Role, site_id: z.uuid().nullable(), expires_at: z.iso.datetime({ offset: true }).nullable(), last_used_at: z.iso.datetime({ offset: true }).nullable(), revoked_at: z.iso.datetime({ offset: true }).nullable(), created_at: Timestamp });
export const ApiKeyCreated = z.strictObject({ api_key: ApiKey, secret: z.string().regex(plainText, plainTextMessage) });
export const ApiKeyCreatedResponse = z.strictObject({ data: ApiKeyCreated, request_id: RequestId });
export const ApiKeyListResponse = z.strictObject({ data: z.array(ApiKey), meta: PageMeta, request_id: RequestId });
export const ApiKeyResponse = z.strictObject({ data: ApiKey, request_id: RequestId });
export const Email = z.email().max(254).regex(plainText, plainTextMessage);
export const User = z.strictObject({ id: Uuid, email: Email, name: z.string().regex(plainText, plainTextMessage), created_at: Timestamp });
export const AuthSession = z.strictObject({ access_token: z.string().regex(plainText, plainTextMessage), token_type: z.enum(["Bearer"]), expires_in: z.number().int(), refresh_token: z.string().regex(plainText, plainTextMessage), refresh_expires_at: Timestamp, user: User, account: Account, role: Role });
export const AuthSessionResponse = z.strictObject({ data: AuthSession, request_id: RequestId });
export const BalanceResponse = z.strictObject({ data: Balance, request_id: RequestId });
export const CannibalizationWarning = z.strictObject({ kind: z.enum(["same_primary_keyword","similar_titles"]), key: z.string().regex(plainText, plainTextMessage), items: z.array(z.strictObject({ type: z.enum(["cluster","idea"]), id: Uuid, label: z.string().regex(plainText, plainTextMessage) })) });
export const CannibalizationResponse = z.strictObject({ data: z.array(CannibalizationWarning), request_id: RequestId });
export const ChangeSubscriptionRequest = z.strictObject({ plan: z.string().min(1).max(40).regex(plainText, plainTextMessage) });
export const ClusterStatus = z.enum(["new","mapped","archived"]);
export const Intent = z.enum(["informational","commercial","transactional","navigational"]);
export const Cluster = z.strictObject({ id: Uuid, site_id: Uuid, sector_id: z.uuid().nullable(), name: z.string().regex(plainText, plainTextMessage), head_keyword_id: z.uuid().nullable(), status: ClusterStatus, keyword_count: z.number().int().min(0), total_volume: z.number().int().min(0), avg_difficulty: z.number().nullable(), intent: Intent, algorithm: z.string().regex(plainText, plainTextMessage), created_at: Timestamp, updated_at: Timestamp });
export const ClusterListResponse = z.strictObject({ data: z.array(Cluster), meta: PageMeta, request_id: RequestId });
export const ClusterResponse = z.strictObject({ data: Cluster, request_id: RequestId });
export const ClusterUpdate = z.strictObject({ name: z.string().min(1).max(300).regex(plainText, plainTextMessage).optional(), status: z.enum(["new","archived"]).optional() }).refine((o) => Object.keys(o).length >= 1, 'Give at least 1 field(s)');
export const ClusteringResult = z.strictObject({ algorithm: z.enum(["lexical","semantic","serp"]), keywords: z.number().int().min(0), clusters: z.number().int().min(0), clustered_keywords: z.number().int().min(0), unclustered_keywords: z.number().int().min(0), credits: Credits });
/** A clustering run (`POST …/clusters/run`). */
export const ClusteringOperation = z.strictObject({ kind: z.enum(["keywords.cluster"]), result: ClusteringResult.nullable(), id: Uuid, status: OperationStatus, progress: OperationProgress, error: OperationError, created_at: Timestamp, updated_at: Timestamp, started_at: OperationStartedAt, finished_at: OperationFinishedAt });
export const ClusteringRequest = z.strictObject({ algorithm: z.enum(["lexical","semantic","serp"]).optional(), threshold: z.number().min(0.05).max(1).optional(), min_cluster_size: z.number().int().min(1).max(1000).optional(), sector_id: Uuid.optional(), include_mapped: z.boolean().optional() });
export const ConnectionCode = z.strictObject({ code: z.string().regex(plainText, plainTextMessage), expires_at: Timestamp });
export const ConnectionCodeResponse = z.strictObject({ data: ConnectionCode, request_id: RequestId });
export const OutlineHeading = z.strictObject({ heading: z.string().min(1).max(200).regex(plainText, plainTextMessage), level: z.union([z.literal(2), z.literal(3)]) });
export const SeoCheck = z.strictObject({ id: z.string().regex(plainText, plainTextMessage), status: z.enum(["pass","warn","fail"]), message: z.string().regex(plainText, plainTextMessage) });
export const InternalLink = z.strictObject({ url: z.string().regex(plainText, plainTextMessage), anchor: z.string().regex(plainText, plainTextMessage), target_id: z.uuid().nullable() });
export const FaqItem = z.strictObject({ question: z.string().regex(plainText, plainTextMessage), answer: z.string().regex(plainText, plainTextMessage) });
export const ContentStatus = z.enum(["draft","review","approved","published"]);
export const PublishStatus = z.enum(["not_published","scheduled","publishing","published","failed"]);
export const Content = z.strictObject({ id: Uuid, site_id: Uuid, task_id: z.uuid().nullable(), cluster_id: z.uuid().nullable(), title: z.string().regex(plainText, plainTextMessage), html: z.string().regex(plainText, plainTextMessage), meta_title: z.string().max(60).regex(plainText, plainTextMessage).nullable(), meta_description: z.string().max(160).regex(plainText, plainTextMessage).nullable(), slug: z.string().regex(plainText, plainTextMessage).nullable(), focus_keyword: z.string().regex(plainText, plainTextMessage).nullable(), secondary_keywords: z.array(z.string().regex(plainText, plainTextMessage)), outline: z.array(OutlineHeading), word_count: z.number().int().min(0), reading_minutes: z.number().int().min(0), seo_score: z.number().int().min(0).max(100), seo_checks: z.array(SeoCheck), internal_links: z.array(InternalLink), categories: z.array(z.string().regex(plainText, plainTextMessage)), tags: z.array(z.string().regex(plainText, plainTextMessage)), faq: z.array(FaqItem), json_ld: z.array(z.record(z.string(), z.unknown())).nullable(), status: ContentStatus, publish_status: PublishStatus, scheduled_at: z.iso.datetime({ offset: true }).nullable(), language: z.string().regex(plainText, plainTextMessage).nullable(), target_words: z.number().int().min(100).max(20000).nullable(), provider: z.string().regex(plainText, plainTextMessage).nullable(), model: z.string().regex(plainText, plainTextMessage).nullable(), created_at: Timestamp, updated_at: Timestamp });
export const ContentSummary = z.strictObject({ id: Uuid, site_id: Uuid, task_id: z.uuid().nullable(), cluster_id: z.uuid().nullable(), title: z.string().regex(plainText, plainTextMessage), slug: z.string().regex(plainText, plainTextMessage).nullable(), focus_keyword: z.string().regex(plainText, plainTextMessage).nullable(), status: ContentStatus, publish_status: PublishStatus, scheduled_at: z.iso.datetime({ offset: true }).nullable(), word_count: z.number().int().min(0), seo_score: z.number().int().min(0).max(100), language: z.string().regex(plainText, plainTextMessage).nullable(), provider: z.string().regex(plainText, plainTextMessage).nullable(), created_at: Timestamp, updated_at: Timestamp });
export const ContentListResponse = z.strictObject({ data: z.array(ContentSummary), meta: PageMeta, request_id: RequestId });
export const ContentResponse = z.strictObject({ data: Content, request_id: RequestId });
export const ContentRevision = z.strictObject({ id: Uuid, content_id: Uuid, number: z.number().int().min(1), reason: z.enum(["generated","saved","restored"]), title: z.string().regex(plainText, plainTextMessage), html: z.string().regex(plainText, plainTextMessage), meta_title: z.string().regex(plainText, plainTextMessage).nullable(), meta_description: z.string().regex(plainText, plainTextMessage).nullable(), slug: z.string().regex(plainText, plainTextMessage).nullable(), focus_keyword: z.string().regex(plainText, plainTextMessage).nullable(), word_count: z.number().int().min(0), created_by: z.uuid().nullable(), created_at: Timestamp });
export const ContentRevisionSummary = z.strictObject({ id: Uuid, content_id: Uuid, number: z.number().int().min(1), reason: z.enum(["generated","saved","restored"]), title: z.string().regex(plainText, plainTextMessage), word_count: z.number().int().min(0), created_by: z.uuid().nullable(), created_at: Timestamp });
export const ContentRevisionListResponse = z.strictObject({ data: z.array(ContentRevisionSummary), meta: PageMeta, request_id: RequestId });
export const ContentRevisionResponse = z.strictObject({ data: ContentRevision, request_id: RequestId });
export const ContentUpdate = z.strictObject({ title: z.string().min(1).max(300).regex(plainText, plainTextMessage).optional(), html: z.string().max(2000000).regex(plainText, plainTextMessage).optional(), meta_title: z.string().max(60).regex(plainText, plainTextMessage).nullable().optional(), meta_description: z.string().max(160).regex(plainText, plainTextMessage).nullable().optional(), slug: z.string().min(1).max(200).regex(new RegExp("^[a-z0-9]+(?:-[a-z0-9]+)*$")).regex(plainText, plainTextMessage).nullable().optional(), focus_keyword: z.string().min(1).max(300).regex(plainText, plainTextMessage).nullable().optional(), secondary_keywords: z.array(z.string().min(1).max(300).regex(plainText, plainTextMessage)).max(50).optional(), categories: z.array(z.string().min(1).max(200).regex(plainText, plainTextMessage)).max(50).optional(), tags: z.array(z.string().min(1).max(200).regex(plainText, plainTextMessage)).max(100).optional(), status: z.enum(["draft","review","approved"]).optional() }).refine((o) => Object.keys(o).length >= 1, 'Give at least 1 field(s)');
export const CreateApiKeyRequest = z.strictObject({ name: z.string().min(1).max(120).regex(plainText, plainTextMessage), role: Role.optional(), site_id: Uuid.optional(), expires_at: Timestamp.optional() });
/** The site's public address (http or https). */
export const SiteUrl = z.url().max(2048).regex(new RegExp("^https?://")).regex(plainText, plainTextMessage);
export const CreateSiteRequest = z.strictObject({ name: z.string().min(1).max(120).regex(plainText, plainTextMessage), url: SiteUrl.optional(), description: z.string().max(2000).regex(plainText, plainTextMessage).optional(), industry_id: Uuid, sector_ids: z.array(Uuid).min(1).max(5).refine((items) => new Set(items).size === items.length, 'Items must be unique').optional() });
export const CreditOperation = z.enum(["cluster_keywords","generate_ideas","generate_content","generate_image_prompts","generate_image","optimize_content","publish"]);
export const CreditCost = z.strictObject({ id: Uuid, operation: CreditOperation, variant: z.string().regex(plainText, plainTextMessage), provider: z.string().regex(plainText, plainTextMessage), unit: z.string().regex(plainText, plainTextMessage), unit_size: z.number().int().min(1), credits: Credits, updated_at: Timestamp });
export const CreditCostInput = z.strictObject({ operation: CreditOperation, variant: z.string().min(1).max(40).regex(plainText, plainTextMessage).optional(), provider: z.string().min(1).max(60).regex(plainText, plainTextMessage).optional(), unit: z.string().min(1).max(40).regex(plainText, plainTextMessage).optional(), unit_size: z.number().int().min(1).max(1000000).optional(), credits: z.number().int().min(0).max(1000000) });
export const CreditCostListResponse = z.strictObject({ data: z.array(CreditCost), request_id: RequestId });
export const CreditCostResponse = z.strictObject({ data: CreditCost, request_id: RequestId });
export const CreditPackage = z.strictObject({ id: Uuid, code: z.string().regex(plainText, plainTextMessage), name: z.string().regex(plainText, plainTextMessage), credits: z.number().int().min(1), price_cents: z.number().int().min(0), currency: z.string().min(3).max(3).regex(plainText, plainTextMessage), active: z.boolean() });
export const CreditPackageInput = z.strictObject({ code: z.string().regex(new RegExp("^[a-z0-9][a-z0-9-]{0,39}$")).regex(plainText, plainTextMessage), name: z.string().min(1).max(120).regex(plainText, plainTextMessage), credits: z.number().int().min(1).max(10000000), price_cents: z.number().int().min(0).max(100000000), currency: z.string().regex(new RegExp("^[A-Z]{3}$")).regex(plainText, plainTextMessage).optional() });
export const CreditPackageListResponse = z.strictObject({ data: z.array(CreditPackage), request_id: RequestId });
export const CreditPackageResponse = z.strictObject({ data: CreditPackage, request_id: RequestId });
export const CreditPackageUpdate = z.strictObject({ name: z.string().min(1).max(120).regex(plainText, plainTextMessage).optional(), credits: z.number().int().min(1).max(10000000).optional(), price_cents: z.number().int().min(0).max(100000000).optional(), active: z.boolean().optional() }).refine((o) => Object.keys(o).length >= 1, 'Give at least 1 field(s)');
export const ErrorResponse = z.strictObject({ error: Error, request_id: RequestId });
export const Estimate = z.strictObject({ operation: CreditOperation, quantity: z.number().int(), credits: Credits, available_credits: Credits, sufficient: z.boolean() });
export const EstimateRequest = z.strictObject({ operation: CreditOperation, quantity: z.number().int().min(1).max(10000000), variant: z.string().min(1).max(40).regex(plainText, plainTextMessage).optional(), provider: z.string().min(1).max(60).regex(plainText, plainTextMessage).optional() });
export const EstimateResponse = z.strictObject({ data: Estimate, request_id: RequestId });
export const GenerateIdeasRequest = z.strictObject({ count: z.number().int().min(1).max(10).optional() });
export const Health = z.strictObject({ status: z.enum(["ok"]), checks: z.record(z.string(), z.enum(["ok","failing"])).optional() });
export const HealthResponse = z.strictObject({ data: Health, request_id: RequestId });
export const IdeaStatus = z.enum(["new","queued","completed"]);
export const Idea = z.strictObject({ id: Uuid, site_id: Uuid, cluster_id: z.uuid().nullable(), sector_id: z.uuid().nullable(), title: z.string().regex(plainText, plainTextMessage), brief: z.string().regex(plainText, plainTextMessage), outline: z.array(OutlineHeading), primary_keyword: z.string().regex(plainText, plainTextMessage), secondary_keywords: z.array(z.string().regex(plainText, plainTextMessage)), structure: z.enum(["article","guide","listicle","comparison","review","how_to","cluster_hub"]), content_type: z.enum(["post","page","product","taxonomy"]), target_words: z.number().int().min(0), status: IdeaStatus, provider: z.string().regex(plainText, plainTextMessage), created_at: Timestamp, updated_at: Timestamp });
export const IdeaGenerationResult = z.strictObject({ idea_ids: z.array(Uuid), provider: z.string().regex(plainText, plainTextMessage), credits: Credits, cannibalization: z.array(CannibalizationWarning) });
/** Idea generation for a cluster (`POST …/clusters/{cluster_id}/ideas`). */
export const IdeaGenerationOperation = z.strictObject({ kind: z.enum(["ideas.generate"]), result: IdeaGenerationResult.nullable(), id: Uuid, status: OperationStatus, progress: OperationProgress, error: OperationError, created_at: Timestamp, updated_at: Timestamp, started_at: OperationStartedAt, finished_at: OperationFinishedAt });
export const IdeaListResponse = z.strictObject({ data: z.array(Idea), meta: PageMeta, request_id: RequestId });
export const IdeaResponse = z.strictObject({ data: Idea, request_id: RequestId });
export const IdeaUpdate = z.strictObject({ title: z.string().min(1).max(300).regex(plainText, plainTextMessage).optional(), brief: z.string().max(5000).regex(plainText, plainTextMessage).optional(), outline: z.array(OutlineHeading).max(100).optional(), primary_keyword: z.string().min(1).max(300).regex(plainText, plainTextMessage).optional(), secondary_keywords: z.array(z.string().min(1).max(300).regex(plainText, plainTextMessage)).max(50).optional(), structure: z.enum(["article","guide","listicle","comparison","review","how_to","cluster_hub"]).optional(), content_type: z.enum(["post","page","product","taxonomy"]).optional(), target_words: z.number().int().min(100).max(20000).optional() }).refine((o) => Object.keys(o).length >= 1, 'Give at least 1 field(s)');
export const Sector = z.strictObject({ id: Uuid, industry_id: Uuid, slug: z.string().regex(plainText, plainTextMessage), name: z.string().regex(plainText, plainTextMessage) });
export const Industry = z.strictObject({ id: Uuid, slug: z.string().regex(plainText, plainTextMessage), name: z.string().regex(plainText, plainTextMessage), description: z.string().regex(plainText, plainTextMessage), sectors: z.array(Sector) });
export const IndustryListResponse = z.strictObject({ data: z.array(Industry), meta: PageMeta, request_id: RequestId });
export const IndustryResponse = z.strictObject({ data: Industry, request_id: RequestId });
export const WordpressTerm = z.strictObject({ id: z.number().int(), name: z.string().regex(plainText, plainTextMessage), slug: z.string().regex(plainText, plainTextMessage) });
export const Integration = z.strictObject({ site_id: Uuid, status: z.enum(["not_connected","connected","error"]), wordpress_url: z.string().regex(plainText, plainTextMessage).nullable(), rest_url: z.string().regex(plainText, plainTextMessage).nullable(), widget_origin: z.string().regex(plainText, plainTextMessage).nullable(), wp_version: z.string().regex(plainText, plainTextMessage).nullable(), plugin_version: z.string().regex(plainText, plainTextMessage).nullable(), seo_plugin: z.string().regex(plainText, plainTextMessage).nullable(), connected_at: z.iso.datetime({ offset: true }).nullable(), last_checked_at: z.iso.datetime({ offset: true }).nullable(), last_error: z.string().regex(plainText, plainTextMessage).nullable(), synced_at: z.iso.datetime({ offset: true }).nullable(), metadata: z.strictObject({ post_types: z.array(z.string().regex(plainText, plainTextMessage)), taxonomies: z.array(z.string().regex(plainText, plainTextMessage)), categories: z.array(WordpressTerm), tags: z.array(WordpressTerm), authors: z.array(z.strictObject({ id: z.number().int(), name: z.string().regex(plainText, plainTextMessage) })) }) });
export const IntegrationResponse = z.strictObject({ data: Integration, request_id: RequestId });
export const Invitation = z.strictObject({ id: Uuid, email: Email, role: Role, status: z.enum(["pending","accepted","revoked"]), expires_at: Timestamp, created_at: Timestamp });
export const InvitationListResponse = z.strictObject({ data: z.array(Invitation), meta: PageMeta, request_id: RequestId });
export const InvitationResponse = z.strictObject({ data: Invitation, request_id: RequestId });
export const InviteMemberRequest = z.strictObject({ email: Email, role: Role });
export const InvoiceStatus = z.enum(["draft","pending","paid","void","uncollectible"]);
export const InvoiceLine = z.strictObject({ description: z.string().regex(plainText, plainTextMessage), quantity: z.number().int(), unit_cents: z.number().int(), amount_cents: z.number().int() });
export const Invoice = z.strictObject({ id: Uuid, number: z.string().regex(plainText, plainTextMessage), kind: z.enum(["subscription","credit_package","custom"]), status: InvoiceStatus, currency: z.string().regex(plainText, plainTextMessage), subtotal_cents: z.number().int(), tax_cents: z.number().int(), total_cents: z.number().int(), lines: z.array(InvoiceLine), period_start: z.iso.datetime({ offset: true }).nullable(), period_end: z.iso.datetime({ offset: true }).nullable(), due_at: z.iso.datetime({ offset: true }).nullable(), paid_at: z.iso.datetime({ offset: true }).nullable(), created_at: Timestamp });
export const InvoiceListResponse = z.strictObject({ data: z.array(Invoice), meta: PageMeta, request_id: RequestId });
export const InvoiceResponse = z.strictObject({ data: Invoice, request_id: RequestId });
export const KeywordStatus = z.enum(["new","mapped","archived"]);
export const Keyword = z.strictObject({ id: Uuid, site_id: Uuid, sector_id: z.uuid().nullable(), cluster_id: z.uuid().nullable(), phrase: z.string().regex(plainText, plainTextMessage), normalized: z.string().regex(plainText, plainTextMessage), status: KeywordStatus, volume: z.number().int().min(0), difficulty: z.number().int().min(0).max(100).nullable(), cpc: z.number().min(0).nullable(), intent: Intent, intent_source: z.enum(["classified","user"]), country: z.string().regex(plainText, plainTextMessage).nullable(), language: z.string().regex(plainText, plainTextMessage), created_at: Timestamp, updated_at: Timestamp });
export const KeywordInput = z.strictObject({ phrase: z.string().min(1).max(300).regex(plainText, plainTextMessage), volume: z.number().int().min(0).max(1000000000).optional(), difficulty: z.number().int().min(0).max(100).optional(), cpc: z.number().min(0).max(100000).optional(), intent: Intent.optional(), country: z.string().min(2).max(2).regex(plainText, plainTextMessage).optional(), language: z.string().min(2).max(8).regex(plainText, plainTextMessage).optional(), sector_id: Uuid.optional(), serp_urls: z.array(SiteUrl).max(10).optional() });
export const KeywordBulkUpdate = z.strictObject({ id: Uuid, volume: z.number().int().min(0).max(1000000000).optional(), difficulty: z.number().int().min(0).max(100).nullable().optional(), cpc: z.number().min(0).max(100000).nullable().optional(), intent: Intent.optional(), status: z.enum(["new","archived"]).optional() });
export const KeywordBulkRequest = z.strictObject({ create: z.array(KeywordInput).max(10000).optional(), update: z.array(KeywordBulkUpdate).max(10000).optional(), delete: z.array(Uuid).max(10000).optional() }).refine((o) => Object.keys(o).length >= 1, 'Give at least 1 field(s)');
export const KeywordBulkResult = z.strictObject({ created: z.number().int().min(0), updated: z.number().int().min(0), deleted: z.number().int().min(0), duplicates: z.number().int().min(0), errors: z.array(z.strictObject({ section: z.enum(["create","update","delete"]), index: z.number().int().min(0), code: ErrorCode, message: z.string().regex(plainText, plainTextMessage) })) });
export const KeywordBulkResponse = z.strictObject({ data: KeywordBulkResult, request_id: RequestId });
/** Why a row was refused: `MALFORMED_ROW` (an unbalanced quote, text after a closing quote), `NO_KEYWORD` (empty,
or only spaces, punctuation or symbols), `KEYWORD_TOO_LONG` (over 300 characters), `INVALID_VOLUME` (not a
whole number from 0 to 2,147,483,647 — a negative volume is refused, never read as 0), `INVALID_DIFFICULTY`
(not 0–100), `INVALID_CPC`, `INVALID_INTENT`, `UNKNOWN_SECTOR`, `PLAN_LIMIT_REACHED`. */
export const KeywordImportRefusalCode = z.enum(["MALFORMED_ROW","NO_KEYWORD","KEYWORD_TOO_LONG","INVALID_VOLUME","INVALID_DIFFICULTY","INVALID_CPC","INVALID_INTENT","UNKNOWN_SECTOR","PLAN_LIMIT_REACHED"]);
export const KeywordImportRefusal = z.strictObject({ line: z.number().int().min(1), code: KeywordImportRefusalCode, reason: z.string().regex(plainText, plainTextMessage) });
/** The `result` of a `keywords.import` operation. Every refused row is counted: `invalid_count` is all of them,
`invalid_summary` groups all of them by code, and `invalid` lists the first 1,000 one by one (lowest line
first; `invalid_truncated` says whether there were more). */
export const KeywordImportResult = z.strictObject({ total_rows: z.number().int().min(0), imported: z.number().int().min(0), duplicates: z.number().int().min(0), invalid_count: z.number().int().min(0), invalid: z.array(KeywordImportRefusal).max(1000), invalid_truncated: z.boolean(), invalid_summary: z.array(z.strictObject({ code: KeywordImportRefusalCode, count: z.number().int().min(1), first_line: z.number().int().min(1), last_line: z.number().int().min(1), example: z.string().regex(plainText, plainTextMessage) })), header_detected: z.boolean(), columns: z.record(z.string(), z.string().regex(plainText, plainTextMessage)) });
/** A keyword import (`POST …/keywords/import`). */
export const KeywordImportOperation = z.strictObject({ kind: z.enum(["keywords.import"]), result: KeywordImportResult.nullable(), id: Uuid, status: OperationStatus, progress: OperationProgress, error: OperationError, created_at: Timestamp, updated_at: Timestamp, started_at: OperationStartedAt, finished_at: OperationFinishedAt });
export const KeywordImportRequest = z.strictObject({ csv: z.string().min(1).max(60000000), sector_id: Uuid.optional(), language: z.string().min(2).max(8).regex(plainText, plainTextMessage).optional(), country: z.string().min(2).max(2).regex(plainText, plainTextMessage).optional() });
export const KeywordListResponse = z.strictObject({ data: z.array(Keyword), meta: PageMeta, request_id: RequestId });
export const KeywordResponse = z.strictObject({ data: Keyword, request_id: RequestId });
export const KeywordUpdate = z.strictObject({ phrase: z.string().min(1).max(300).regex(plainText, plainTextMessage).optional(), volume: z.number().int().min(0).max(1000000000).optional(), difficulty: z.number().int().min(0).max(100).nullable().optional(), cpc: z.number().min(0).max(100000).nullable().optional(), intent: Intent.optional(), country: z.string().min(2).max(2).regex(plainText, plainTextMessage).nullable().optional(), language: z.string().min(2).max(8).regex(plainText, plainTextMessage).optional(), status: z.enum(["new","archived"]).optional() }).refine((o) => Object.keys(o).length >= 1, 'Give at least 1 field(s)');
export const LedgerKind = z.enum(["grant","purchase","reserve","capture","release","refund","adjustment","expiry"]);
export const LedgerEntry = z.strictObject({ id: Uuid, kind: LedgerKind, pool: CreditPool, amount: z.number().int(), plan_balance_after: Credits, bonus_balance_after: Credits, balance_after: Credits, reservation_key: z.string().regex(plainText, plainTextMessage).nullable(), reason: z.string().regex(plainText, plainTextMessage).nullable(), created_at: Timestamp });
export const LedgerListResponse = z.strictObject({ data: z.array(LedgerEntry), meta: PageMeta, request_id: RequestId });
export const LoginRequest = z.strictObject({ email: Email, password: z.string().min(1).max(200).regex(plainText, plainTextMessage), account_id: Uuid.optional() });
export const Me = z.strictObject({ user: User.nullable(), account: Account, role: Role, credential: z.enum(["access_token","api_key"]), site_ids: z.array(Uuid).nullable(), memberships: z.array(AccountMembership) });
export const MeResponse = z.strictObject({ data: Me, request_id: RequestId });
export const Member = z.strictObject({ id: Uuid, user_id: Uuid, email: Email, name: z.string().regex(plainText, plainTextMessage), role: Role, created_at: Timestamp });
export const MemberListResponse = z.strictObject({ data: z.array(Member), meta: PageMeta, request_id: RequestId });
export const MemberResponse = z.strictObject({ data: Member, request_id: RequestId });
export const Notification = z.strictObject({ id: Uuid, kind: z.string().regex(plainText, plainTextMessage), title: z.string().regex(plainText, plainTextMessage), body: z.string().regex(plainText, plainTextMessage), data: z.record(z.string(), z.unknown()), read_at: z.iso.datetime({ offset: true }).nullable(), created_at: Timestamp });
export const NotificationListResponse = z.strictObject({ data: z.array(Notification), meta: PageMeta, request_id: RequestId });
export const NotificationResponse = z.strictObject({ data: Notification, request_id: RequestId });
/** Long-running work. `kind` says what it is and which shape `result` has once the operation `succeeded`
(`null` before and on failure): branch on `kind` and the result is typed. */
export const Operation = z.union([AccountExportOperation, KeywordImportOperation, ClusteringOperation, IdeaGenerationOperation]);
export const OperationResponse = z.strictObject({ data: Operation, request_id: RequestId });
export const Operator = z.strictObject({ id: Uuid, email: Email, name: z.string().regex(plainText, plainTextMessage) });
export const OperatorSession = z.strictObject({ access_token: z.string().regex(plainText, plainTextMessage), token_type: z.enum(["Bearer"]), expires_in: z.number().int(), operator: Operator });
export const OperatorSessionResponse = z.strictObject({ data: OperatorSession, request_id: RequestId });
/** At least 10 characters. */
export const Password = z.string().min(10).max(200).regex(plainText, plainTextMessage);
export const PasswordChangeRequest = z.strictObject({ current_password: z.string().min(1).max(200).regex(plainText, plainTextMessage), new_password: Password });
export const PasswordResetConfirmRequest = z.strictObject({ token: z.string().min(1).max(512).regex(plainText, plainTextMessage), new_password: Password });
export const PasswordResetRequest = z.strictObject({ email: Email });
export const PayInvoiceRequest = z.strictObject({ method: z.enum(["manual","stripe"]), reference: z.string().min(1).max(200).regex(plainText, plainTextMessage).optional(), success_url: SiteUrl.optional(), cancel_url: SiteUrl.optional() });
export const PaymentStatus = z.enum(["pending_approval","pending","succeeded","failed","refunded"]);
export const Payment = z.strictObject({ id: Uuid, invoice_id: Uuid, method: z.enum(["manual","stripe"]), status: PaymentStatus, amount_cents: z.number().int(), currency: z.string().regex(plainText, plainTextMessage), reference: z.string().regex(plainText, plainTextMessage).nullable(), checkout_url: z.string().regex(plainText, plainTextMessage).nullable(), created_at: Timestamp, updated_at: Timestamp });
export const PaymentListResponse = z.strictObject({ data: z.array(Payment), meta: PageMeta, request_id: RequestId });
export const PaymentResponse = z.strictObject({ data: Payment, request_id: RequestId });
export const PlanInput = z.strictObject({ name: z.string().min(1).max(120).regex(plainText, plainTextMessage), price_cents: z.number().int().min(0).max(100000000), currency: z.string().regex(new RegExp("^[A-Z]{3}$")).regex(plainText, plainTextMessage).optional(), credits_per_month: z.number().int().min(0).max(100000000), max_sites: z.number().int().min(0).max(100000), max_users: z.number().int().min(1).max(100000), max_keywords: z.number().int().min(0).max(100000000), max_sectors_per_site: z.number().int().min(1).max(5), is_public: z.boolean().optional() });
export const PlanListResponse = z.strictObject({ data: z.array(Plan), request_id: RequestId });
export const PlanResponse = z.strictObject({ data: Plan, request_id: RequestId });
export const RefreshRequest = z.strictObject({ refresh_token: z.string().min(1).max(512).regex(plainText, plainTextMessage) });
export const RejectPaymentRequest = z.strictObject({ reason: z.string().min(3).max(500).regex(plainText, plainTextMessage) });
export const RenewalReport = z.strictObject({ renewed: z.number().int().min(0), invoiced: z.number().int().min(0), downgraded: z.number().int().min(0), past_due: z.number().int().min(0) });
export const RenewalReportResponse = z.strictObject({ data: RenewalReport, request_id: RequestId });
export const SectorListResponse = z.strictObject({ data: z.array(Sector), request_id: RequestId });
export const SelectSectorsRequest = z.strictObject({ sector_ids: z.array(Uuid).min(1).max(5).refine((items) => new Set(items).size === items.length, 'Items must be unique') });
export const SeoReport = z.strictObject({ score: z.number().int().min(0).max(100), checks: z.array(SeoCheck), word_count: z.number().int().min(0) });
export const SeoReportResponse = z.strictObject({ data: SeoReport, request_id: RequestId });
export const SetAccountStatusRequest = z.strictObject({ status: AccountStatus, reason: z.string().min(3).max(500).regex(plainText, plainTextMessage) });
export const SignupRequest = z.strictObject({ email: Email, password: Password, name: z.string().min(1).max(120).regex(plainText, plainTextMessage), account_name: z.string().min(1).max(120).regex(plainText, plainTextMessage).optional(), timezone: z.string().min(1).max(64).regex(plainText, plainTextMessage).optional() });
export const Site = z.strictObject({ id: Uuid, name: z.string().regex(plainText, plainTextMessage), url: z.string().regex(plainText, plainTextMessage).nullable(), description: z.string().regex(plainText, plainTextMessage), industry_id: Uuid, sector_ids: z.array(Uuid), created_at: Timestamp, updated_at: Timestamp });
export const SiteAccess = z.strictObject({ site_id: Uuid, user_id: Uuid, email: Email, name: z.string().regex(plainText, plainTextMessage), role: Role, created_at: Timestamp });
export const SiteAccessListResponse = z.strictObject({ data: z.array(SiteAccess), request_id: RequestId });
export const SiteAccessResponse = z.strictObject({ data: SiteAccess, request_id: RequestId });
export const SiteBudget = z.strictObject({ site_id: Uuid, monthly_credit_cap: z.number().int().min(0).nullable(), used_this_month: Credits });
export const SiteBudgetRequest = z.strictObject({ monthly_credit_cap: z.number().int().min(0).max(100000000).nullable() });
export const SiteBudgetResponse = z.strictObject({ data: SiteBudget, request_id: RequestId });
export const SiteListResponse = z.strictObject({ data: z.array(Site), meta: PageMeta, request_id: RequestId });
export const SiteResponse = z.strictObject({ data: Site, request_id: RequestId });
export const SubscriptionChange = z.strictObject({ subscription: Subscription, invoice: Invoice.nullable() });
export const SubscriptionChangeResponse = z.strictObject({ data: SubscriptionChange, request_id: RequestId });
export const SubscriptionResponse = z.strictObject({ data: Subscription, request_id: RequestId });
export const TaskStatus = z.enum(["queued","in_progress","completed","failed","cancelled"]);
export const Task = z.strictObject({ id: Uuid, site_id: Uuid, idea_id: z.uuid().nullable(), cluster_id: z.uuid().nullable(), title: z.string().regex(plainText, plainTextMessage), status: TaskStatus, status_reason: z.string().regex(plainText, plainTextMessage).nullable(), primary_keyword: z.string().regex(plainText, plainTextMessage).nullable(), secondary_keywords: z.array(z.string().regex(plainText, plainTextMessage)), structure: z.enum(["article","guide","listicle","comparison","review","how_to","cluster_hub"]), content_type: z.enum(["post","page","product","taxonomy"]), target_words: z.number().int().min(100).max(20000), created_at: Timestamp, updated_at: Timestamp });
export const TaskBulkRequest = z.strictObject({ status: z.array(z.strictObject({ id: Uuid, status: z.enum(["queued","cancelled"]) })).max(1000).optional(), cancel: z.array(Uuid).max(1000).optional(), delete: z.array(Uuid).max(1000).optional() }).refine((o) => Object.keys(o).length >= 1, 'Give at least 1 field(s)');
export const TaskBulkResult = z.strictObject({ updated: z.number().int().min(0), cancelled: z.number().int().min(0), deleted: z.number().int().min(0), errors: z.array(z.strictObject({ section: z.enum(["status","cancel","delete"]), index: z.number().int().min(0), code: z.enum(["NOT_FOUND","TASK_TRANSITION_INVALID","TASK_NOT_EDITABLE"]), message: z.string().regex(plainText, plainTextMessage) })) });
export const TaskBulkResponse = z.strictObject({ data: TaskBulkResult, request_id: RequestId });
/** Either `idea_id` (the idea's brief, each field overridable) or at least a `title`. */
export const TaskCreate = z.strictObject({ idea_id: Uuid.optional(), title: z.string().min(1).max(300).regex(plainText, plainTextMessage).optional(), primary_keyword: z.string().min(1).max(300).regex(plainText, plainTextMessage).optional(), secondary_keywords: z.array(z.string().min(1).max(300).regex(plainText, plainTextMessage)).max(50).optional(), structure: z.enum(["article","guide","listicle","comparison","review","how_to","cluster_hub"]).optional(), content_type: z.enum(["post","page","product","taxonomy"]).optional(), target_words: z.number().int().min(100).max(20000).optional() }).refine((o) => Object.keys(o).length >= 1, 'Give at least 1 field(s)');
export const TaskListResponse = z.strictObject({ data: z.array(Task), meta: PageMeta, request_id: RequestId });
export const TaskResponse = z.strictObject({ data: Task, request_id: RequestId });
export const TaskUpdate = z.strictObject({ title: z.string().min(1).max(300).regex(plainText, plainTextMessage).optional(), primary_keyword: z.string().min(1).max(300).regex(plainText, plainTextMessage).nullable().optional(), secondary_keywords: z.array(z.string().min(1).max(300).regex(plainText, plainTextMessage)).max(50).optional(), structure: z.enum(["article","guide","listicle","comparison","review","how_to","cluster_hub"]).optional(), content_type: z.enum(["post","page","product","taxonomy"]).optional(), target_words: z.number().int().min(100).max(20000).optional(), status: z.enum(["queued","cancelled"]).optional() }).refine((o) => Object.keys(o).length >= 1, 'Give at least 1 field(s)');
export const UpdateMemberRequest = z.strictObject({ role: Role });
export const UpdateSiteRequest = z.strictObject({ name: z.string().min(1).max(120).regex(plainText, plainTextMessage).optional(), url: SiteUrl.nullable().optional(), description: z.string().max(2000).regex(plainText, plainTextMessage).optional(), industry_id: Uuid.optional() }).refine((o) => Object.keys(o).length >= 1, 'Give at least 1 field(s)');
export const UsageRecord = z.strictObject({ id: Uuid, operation: CreditOperation, site_id: z.uuid().nullable(), provider: z.string().regex(plainText, plainTextMessage), model: z.string().regex(plainText, plainTextMessage).nullable(), tokens_in: z.number().int().min(0), tokens_out: z.number().int().min(0), cost_usd: z.number().min(0), credits: Credits, created_at: Timestamp });
export const UsageListResponse = z.strictObject({ data: z.array(UsageRecord), meta: PageMeta, request_id: RequestId });
export const UsageSummaryRow = z.strictObject({ day: z.iso.date(), operation: CreditOperation, count: z.number().int().min(0), credits: Credits, tokens_in: z.number().int().min(0), tokens_out: z.number().int().min(0), cost_usd: z.number().min(0) });
export const UsageSummaryResponse = z.strictObject({ data: z.array(UsageSummaryRow), request_id: RequestId });
/** A part of the product a widget session may open. `overview`: the account, the site and its connection, the
credit balance. `keywords`: the planner (keywords, clustering, clusters, ideas, tasks). `billing`: the ledger,
usage, subscription, invoices and payments — granted only when the issuer asks for it. */
export const WidgetFeature = z.enum(["overview","keywords","billing"]);
export const WidgetSession = z.strictObject({ token: z.string().regex(plainText, plainTextMessage), expires_at: Timestamp, site_id: Uuid, role: Role, features: z.array(WidgetFeature) });
export const WidgetSessionRequest = z.strictObject({ site_id: Uuid, role: z.enum(["admin","editor","viewer"]).optional(), features: z.array(WidgetFeature).max(10).refine((items) => new Set(items).size === items.length, 'Items must be unique').optional(), user: z.strictObject({ id: z.union([z.number().int().min(0).max(9007199254740991), z.string().min(1).max(64).regex(plainText, plainTextMessage)]).optional(), name: z.string().max(200).regex(plainText, plainTextMessage).optional(), email: z.string().max(254).regex(plainText, plainTextMessage).optional() }).optional() });
export const WidgetSessionResponse = z.strictObject({ data: WidgetSession, request_id: RequestId });
export const WordpressConnectRequest = z.strictObject({ code: z.string().min(1).max(200).regex(plainText, plainTextMessage), site_url: SiteUrl, rest_url: SiteUrl.optional(), admin_url: SiteUrl.optional(), wp_version: z.string().max(40).regex(plainText, plainTextMessage).optional(), plugin_version: z.string().max(40).regex(plainText, plainTextMessage).optional() });
export const WordpressConnection = z.strictObject({ site_id: Uuid, secret: z.string().regex(plainText, plainTextMessage), api_base_url: z.string().regex(plainText, plainTextMessage) });
export const WordpressConnectionResponse = z.strictObject({ data: WordpressConnection, request_id: RequestId });
export const WordpressPing = z.strictObject({ status: z.enum(["ok"]), site_id: Uuid, widget_origin: z.string().regex(plainText, plainTextMessage).nullable() });
export const WordpressPingResponse = z.strictObject({ data: WordpressPing, request_id: RequestId });
export const WordpressSecret = z.strictObject({ secret: z.string().regex(plainText, plainTextMessage) });
export const WordpressSecretResponse = z.strictObject({ data: WordpressSecret, request_id: RequestId });
