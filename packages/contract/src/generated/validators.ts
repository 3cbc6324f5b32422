// Generated from openapi.yaml by `pnpm codegen`. Do not edit by hand: change the spec and regenerate.

import { z } from 'zod';
import * as S from './schemas.js';

/** Request validators (path, query, body) and the success response schema of every operation. */
export const validators = {
  getHealth: {
    params: z.strictObject({}),
    query: z.strictObject({}),
    body: z.undefined(),
    response: S.HealthResponse,
  },
  getReadiness: {
    params: z.strictObject({}),
    query: z.strictObject({}),
    body: z.undefined(),
    response: S.HealthResponse,
  },
  signup: {
    params: z.strictObject({}),
    query: z.strictObject({}),
    body: S.SignupRequest,
    response: S.AuthSessionResponse,
  },
  login: {
    params: z.strictObject({}),
    query: z.strictObject({}),
    body: S.LoginRequest,
    response: S.AuthSessionResponse,
  },
  refreshSession: {
    params: z.strictObject({}),
    query: z.strictObject({}),
    body: S.RefreshRequest,
    response: S.AuthSessionResponse,
  },
  logout: {
    params: z.strictObject({}),
    query: z.strictObject({}),
    body: S.RefreshRequest,
    response: z.undefined(),
  },
  changePassword: {
    params: z.strictObject({}),
    query: z.strictObject({}),
    body: S.PasswordChangeRequest,
    response: z.undefined(),
  },
  requestPasswordReset: {
    params: z.strictObject({}),
    query: z.strictObject({}),
    body: S.PasswordResetRequest,
    response: S.AcceptedResponse,
  },
  confirmPasswordReset: {
    params: z.strictObject({}),
    query: z.strictObject({}),
    body: S.PasswordResetConfirmRequest,
    response: z.undefined(),
  },
  acceptInvitation: {
    params: z.strictObject({}),
    query: z.strictObject({}),
    body: S.AcceptInvitationRequest,
    response: S.AuthSessionResponse,
  },
  getMe: {
    params: z.strictObject({}),
    query: z.strictObject({}),
    body: z.undefined(),
    response: S.MeResponse,
  },
  getAccount: {
    params: z.strictObject({}),
    query: z.strictObject({}),
    body: z.undefined(),
    response: S.AccountResponse,
  },
  updateAccount: {
    params: z.strictObject({}),
    query: z.strictObject({}),
    body: S.AccountUpdateRequest,
    response: S.AccountResponse,
  },
  deleteAccount: {
    params: z.strictObject({}),
    query: z.strictObject({}),
    body: z.undefined(),
    response: z.undefined(),
  },
  changePlan: {
    params: z.strictObject({}),
    query: z.strictObject({}),
    body: S.ChangePlanRequest,
    response: S.AccountResponse,
  },
  exportAccount: {
    params: z.strictObject({}),
    query: z.strictObject({}),
    body: z.undefined(),
    response: S.OperationResponse,
  },
  listMembers: {
    params: z.strictObject({}),
    query: z.strictObject({ "limit": z.coerce.number().int().min(1).max(100).default(25), "cursor": z.string().min(1).max(512).optional() }),
    body: z.undefined(),
    response: S.MemberListResponse,
  },
  inviteMember: {
    params: z.strictObject({}),
    query: z.strictObject({}),
    body: S.InviteMemberRequest,
    response: S.InvitationResponse,
  },
  updateMember: {
    params: z.strictObject({ "member_id": z.uuid() }),
    query: z.strictObject({}),
    body: S.UpdateMemberRequest,
    response: S.MemberResponse,
  },
  removeMember: {
    params: z.strictObject({ "member_id": z.uuid() }),
    query: z.strictObject({}),
    body: z.undefined(),
    response: z.undefined(),
  },
  listInvitations: {
    params: z.strictObject({}),
    query: z.strictObject({ "limit": z.coerce.number().int().min(1).max(100).default(25), "cursor": z.string().min(1).max(512).optional() }),
    body: z.undefined(),
    response: S.InvitationListResponse,
  },
  revokeInvitation: {
    params: z.strictObject({ "invitation_id": z.uuid() }),
    query: z.strictObject({}),
    body: z.undefined(),
    response: z.undefined(),
  },
  listApiKeys: {
    params: z.strictObject({}),
    query: z.strictObject({ "limit": z.coerce.number().int().min(1).max(100).default(25), "cursor": z.string().min(1).max(512).optional() }),
    body: z.undefined(),
    response: S.ApiKeyListResponse,
  },
  createApiKey: {
    params: z.strictObject({}),
    query: z.strictObject({}),
    body: S.CreateApiKeyRequest,
    response: S.ApiKeyCreatedResponse,
  },
  getApiKey: {
    params: z.strictObject({ "api_key_id": z.uuid() }),
    query: z.strictObject({}),
    body: z.undefined(),
    response: S.ApiKeyResponse,
  },
  revokeApiKey: {
    params: z.strictObject({ "api_key_id": z.uuid() }),
    query: z.strictObject({}),
    body: z.undefined(),
    response: z.undefined(),
  },
  listPlans: {
    params: z.strictObject({}),
    query: z.strictObject({}),
    body: z.undefined(),
    response: S.PlanListResponse,
  },
  listIndustries: {
    params: z.strictObject({}),
    query: z.strictObject({ "limit": z.coerce.number().int().min(1).max(100).default(25), "cursor": z.string().min(1).max(512).optional() }),
    body: z.undefined(),
    response: S.IndustryListResponse,
  },
  getIndustry: {
    params: z.strictObject({ "industry_id": z.uuid() }),
    query: z.strictObject({}),
    body: z.undefined(),
    response: S.IndustryResponse,
  },
  listSites: {
    params: z.strictObject({}),
    query: z.strictObject({ "limit": z.coerce.number().int().min(1).max(100).default(25), "cursor": z.string().min(1).max(512).optional() }),
    body: z.undefined(),
    response: S.SiteListResponse,
  },
  createSite: {
    params: z.strictObject({}),
    query: z.strictObject({}),
    body: S.CreateSiteRequest,
    response: S.SiteResponse,
  },
  getSite: {
    params: z.strictObject({ "site_id": z.uuid() }),
    query: z.strictObject({}),
    body: z.undefined(),
    response: S.SiteResponse,
  },
  updateSite: {
    params: z.strictObject({ "site_id": z.uuid() }),
    query: z.strictObject({}),
    body: S.UpdateSiteRequest,
    response: S.SiteResponse,
  },
  deleteSite: {
    params: z.strictObject({ "site_id": z.uuid() }),
    query: z.strictObject({}),
    body: z.undefined(),
    response: z.undefined(),
  },
  listSiteSectors: {
    params: z.strictObject({ "site_id": z.uuid() }),
    query: z.strictObject({}),
    body: z.undefined(),
    response: S.SectorListResponse,
  },
  selectSiteSectors: {
    params: z.strictObject({ "site_id": z.uuid() }),
    query: z.strictObject({}),
    body: S.SelectSectorsRequest,
    response: S.SectorListResponse,
  },
  listSiteAccess: {
    params: z.strictObject({ "site_id": z.uuid() }),
    query: z.strictObject({}),
    body: z.undefined(),
    response: S.SiteAccessListResponse,
  },
  grantSiteAccess: {
    params: z.strictObject({ "site_id": z.uuid(), "user_id": z.uuid() }),
    query: z.strictObject({}),
    body: z.undefined(),
    response: S.SiteAccessResponse,
  },
  revokeSiteAccess: {
    params: z.strictObject({ "site_id": z.uuid(), "user_id": z.uuid() }),
    query: z.strictObject({}),
    body: z.undefined(),
    response: z.undefined(),
  },
  getOperation: {
    params: z.strictObject({ "operation_id": z.uuid() }),
    query: z.strictObject({}),
    body: z.undefined(),
    response: S.OperationResponse,
  },
} as const;

export type OperationValidators = typeof validators;
