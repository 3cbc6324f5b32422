// What a resolved caller may do with an operation, as the spec declares it: the role it asks for
// (`x-igny8-role`), the widget features that open it, and what a suspended or cancelled account may still change.
import type { OperationManifest } from '@igny8/contract';
import type { Principal } from '../auth/principal.js';
import { isTenantAccess, roleAtLeast } from '../auth/roles.js';
import { AppError } from '../errors.js';

/** A widget session opens the operations its features list (`x-igny8-widget-features`), nothing else. */
function widgetAllows(features: string[], manifest: OperationManifest): boolean {
  return manifest.widgetFeatures.some((f) => features.includes(f));
}

/** What a suspended or cancelled account may still change: its billing (to settle it), sign-in, notifications. */
const STILL_WRITABLE = new Set(['billing', 'auth', 'notifications']);

/** Throws the 4xx that refuses `principal` this operation, if any. */
export function checkAccess(manifest: OperationManifest, principal: Principal): void {
  const inactive = principal.accountStatus === 'suspended' || principal.accountStatus === 'cancelled';
  if (inactive && manifest.method !== 'GET' && !STILL_WRITABLE.has(manifest.tag)) {
    throw new AppError(
      'ACCOUNT_INACTIVE',
      `This account is ${principal.accountStatus}: it is read-only until billing is settled.`,
      { status: principal.accountStatus },
    );
  }
  if (principal.kind === 'widget' && !widgetAllows(principal.features ?? [], manifest)) {
    throw new AppError('FEATURE_NOT_ALLOWED', 'This widget session does not open that part of the API.');
  }
  if (isTenantAccess(manifest.role) && !roleAtLeast(principal.role, manifest.role)) {
    throw new AppError(
      'INSUFFICIENT_ROLE',
      `This needs the ${manifest.role} role or higher; you are ${principal.role}.`,
      {
        required: manifest.role,
        role: principal.role,
      },
    );
  }
}
