// Generated from openapi.yaml by `pnpm codegen`. Do not edit by hand: change the spec and regenerate.

import { z } from 'zod';

export const AcceptInvitationRequest = z.strictObject({ token: z.string().min(1).max(512), name: z.string().min(1).max(120).optional(), password: z.string().min(1).max(200) });
export const Accepted = z.strictObject({ status: z.enum(["accepted"]) });
/** The id of this request, also in the `X-Request-Id` header; quote it when asking for help. */
export const RequestId = z.string();
export const AcceptedResponse = z.strictObject({ data: Accepted, request_id: RequestId });
export const Uuid = z.uuid();
export const AccountStatus = z.enum(["trial","active","suspended","cancelled"]);
export const Plan = z.strictObject({ id: Uuid, code: z.string(), name: z.string(), price_cents: z.number().int().min(0), currency: z.string().min(3).max(3), credits_per_month: z.number().int().min(0), max_sites: z.number().int().min(0), max_users: z.number().int().min(0), max_keywords: z.number().int().min(0), max_sectors_per_site: z.number().int().min(0) });
export const Timestamp = z.iso.datetime({ offset: true });
export const Account = z.strictObject({ id: Uuid, name: z.string(), status: AccountStatus, plan: Plan, timezone: z.string(), created_at: Timestamp, updated_at: Timestamp });
export const Role = z.enum(["owner","admin","editor","viewer"]);
export const AccountMembership = z.strictObject({ account_id: Uuid, account_name: z.string(), role: Role });
export const AccountResponse = z.strictObject({ data: Account, request_id: RequestId });
export const AccountUpdateRequest = z.strictObject({ name: z.string().min(1).max(120).optional(), timezone: z.string().min(1).max(64).optional() }).refine((o) => Object.keys(o).length >= 1, 'Give at least 1 field(s)');
export const ApiKey = z.strictObject({ id: Uuid, name: z.string(), prefix: z.string(), role: Role, site_id: z.uuid().nullable(), expires_at: z.iso.datetime({ offset: true }).nullable(), last_used_at: z.iso.datetime({ offset: true }).nullable(), revoked_at: z.iso.datetime({ offset: true }).nullable(), created_at: Timestamp });
export const ApiKeyCreated = z.strictObject({ api_key: ApiKey, secret: z.string() });
export const ApiKeyCreatedResponse = z.strictObject({ data: ApiKeyCreated, request_id: RequestId });
export const PageMeta = z.strictObject({ next_cursor: z.string().nullable() });
export const ApiKeyListResponse = z.strictObject({ data: z.array(ApiKey), meta: PageMeta, request_id: RequestId });
export const ApiKeyResponse = z.strictObject({ data: ApiKey, request_id: RequestId });
export const Email = z.email().max(254);
export const User = z.strictObject({ id: Uuid, email: Email, name: z.string(), created_at: Timestamp });
export const AuthSession = z.strictObject({ access_token: z.string(), token_type: z.enum(["Bearer"]), expires_in: z.number().int(), refresh_token: z.string(), refresh_expires_at: Timestamp, user: User, account: Account, role: Role });
export const AuthSessionResponse = z.strictObject({ data: AuthSession, request_id: RequestId });
export const ChangePlanRequest = z.strictObject({ plan: z.string().min(1).max(40) });
export const CreateApiKeyRequest = z.strictObject({ name: z.string().min(1).max(120), role: Role.optional(), site_id: Uuid.optional(), expires_at: Timestamp.optional() });
/** The site's public address (http or https). */
export const SiteUrl = z.url().max(2048).regex(new RegExp("^https?://"));
export const CreateSiteRequest = z.strictObject({ name: z.string().min(1).max(120), url: SiteUrl.optional(), description: z.string().max(2000).optional(), industry_id: Uuid, sector_ids: z.array(Uuid).min(1).max(5).refine((items) => new Set(items).size === items.length, 'Items must be unique').optional() });
/** Stable, machine-readable error code. */
export const ErrorCode = z.enum(["BAD_REQUEST","MALFORMED_JSON","VALIDATION_FAILED","INVALID_ID","INVALID_CURSOR","UNSUPPORTED_MEDIA_TYPE","PAYLOAD_TOO_LARGE","UNAUTHENTICATED","INVALID_CREDENTIALS","TOKEN_EXPIRED","TOKEN_INVALID","REFRESH_TOKEN_REUSED","API_KEY_REVOKED","FORBIDDEN","INSUFFICIENT_ROLE","PLAN_LIMIT_REACHED","ACCOUNT_INACTIVE","INSUFFICIENT_CREDITS","NOT_FOUND","ROUTE_NOT_FOUND","METHOD_NOT_ALLOWED","CONFLICT","EMAIL_TAKEN","ALREADY_MEMBER","LAST_OWNER","IDEMPOTENCY_KEY_REUSED","UNPROCESSABLE","SECTOR_NOT_IN_INDUSTRY","INVITATION_INVALID","RESET_TOKEN_INVALID","RATE_LIMITED","UNAVAILABLE","INTERNAL"]);
export const Error = z.strictObject({ code: ErrorCode, message: z.string(), details: z.record(z.string(), z.unknown()).optional() });
export const ErrorResponse = z.strictObject({ error: Error, request_id: RequestId });
export const Health = z.strictObject({ status: z.enum(["ok"]), checks: z.record(z.string(), z.enum(["ok","failing"])).optional() });
export const HealthResponse = z.strictObject({ data: Health, request_id: RequestId });
export const Sector = z.strictObject({ id: Uuid, industry_id: Uuid, slug: z.string(), name: z.string() });
export const Industry = z.strictObject({ id: Uuid, slug: z.string(), name: z.string(), description: z.string(), sectors: z.array(Sector) });
export const IndustryListResponse = z.strictObject({ data: z.array(Industry), meta: PageMeta, request_id: RequestId });
export const IndustryResponse = z.strictObject({ data: Industry, request_id: RequestId });
export const Invitation = z.strictObject({ id: Uuid, email: Email, role: Role, status: z.enum(["pending","accepted","revoked"]), expires_at: Timestamp, created_at: Timestamp });
export const InvitationListResponse = z.strictObject({ data: z.array(Invitation), meta: PageMeta, request_id: RequestId });
export const InvitationResponse = z.strictObject({ data: Invitation, request_id: RequestId });
export const InviteMemberRequest = z.strictObject({ email: Email, role: Role });
export const LoginRequest = z.strictObject({ email: Email, password: z.string().min(1).max(200), account_id: Uuid.optional() });
export const Me = z.strictObject({ user: User.nullable(), account: Account, role: Role, credential: z.enum(["access_token","api_key"]), site_ids: z.array(Uuid).nullable(), memberships: z.array(AccountMembership) });
export const MeResponse = z.strictObject({ data: Me, request_id: RequestId });
export const Member = z.strictObject({ id: Uuid, user_id: Uuid, email: Email, name: z.string(), role: Role, created_at: Timestamp });
export const MemberListResponse = z.strictObject({ data: z.array(Member), meta: PageMeta, request_id: RequestId });
export const MemberResponse = z.strictObject({ data: Member, request_id: RequestId });
export const OperationStatus = z.enum(["queued","running","succeeded","failed","cancelled"]);
export const Operation = z.strictObject({ id: Uuid, kind: z.string(), status: OperationStatus, progress: z.strictObject({ done: z.number().int().min(0), total: z.number().int().min(0) }), result: z.unknown(), error: Error.nullable(), created_at: Timestamp, updated_at: Timestamp, finished_at: z.iso.datetime({ offset: true }).nullable() });
export const OperationResponse = z.strictObject({ data: Operation, request_id: RequestId });
/** At least 10 characters. */
export const Password = z.string().min(10).max(200);
export const PasswordChangeRequest = z.strictObject({ current_password: z.string().min(1).max(200), new_password: Password });
export const PasswordResetConfirmRequest = z.strictObject({ token: z.string().min(1).max(512), new_password: Password });
export const PasswordResetRequest = z.strictObject({ email: Email });
export const PlanListResponse = z.strictObject({ data: z.array(Plan), request_id: RequestId });
export const RefreshRequest = z.strictObject({ refresh_token: z.string().min(1).max(512) });
export const SectorListResponse = z.strictObject({ data: z.array(Sector), request_id: RequestId });
export const SelectSectorsRequest = z.strictObject({ sector_ids: z.array(Uuid).min(1).max(5).refine((items) => new Set(items).size === items.length, 'Items must be unique') });
export const SignupRequest = z.strictObject({ email: Email, password: Password, name: z.string().min(1).max(120), account_name: z.string().min(1).max(120).optional(), timezone: z.string().min(1).max(64).optional() });
export const Site = z.strictObject({ id: Uuid, name: z.string(), url: z.string().nullable(), description: z.string(), industry_id: Uuid, sector_ids: z.array(Uuid), created_at: Timestamp, updated_at: Timestamp });
export const SiteAccess = z.strictObject({ site_id: Uuid, user_id: Uuid, email: Email, name: z.string(), role: Role, created_at: Timestamp });
export const SiteAccessListResponse = z.strictObject({ data: z.array(SiteAccess), request_id: RequestId });
export const SiteAccessResponse = z.strictObject({ data: SiteAccess, request_id: RequestId });
export const SiteListResponse = z.strictObject({ data: z.array(Site), meta: PageMeta, request_id: RequestId });
export const SiteResponse = z.strictObject({ data: Site, request_id: RequestId });
export const UpdateMemberRequest = z.strictObject({ role: Role });
export const UpdateSiteRequest = z.strictObject({ name: z.string().min(1).max(120).optional(), url: SiteUrl.nullable().optional(), description: z.string().max(2000).optional(), industry_id: Uuid.optional() }).refine((o) => Object.keys(o).length >= 1, 'Give at least 1 field(s)');
