import type { Access, Role } from '@igny8/contract';

export const ROLES: readonly Role[] = ['viewer', 'editor', 'admin', 'owner'];
const RANK: Record<Role, number> = { viewer: 1, editor: 2, admin: 3, owner: 4 };

export const roleAtLeast = (role: Role, required: Role) => RANK[role] >= RANK[required];

/** Owners and admins see every site; editors and viewers only the sites granted to them. */
export const seesAllSites = (role: Role) => roleAtLeast(role, 'admin');

/** A member's role (not `public`, `authenticated`, the operator, or a WordPress site's signature). */
export const isTenantAccess = (access: Access): access is Role =>
  access !== 'public' && access !== 'authenticated' && access !== 'operator' && access !== 'site';

export type { Access, Role };
