// Who may change what: the session's role, read once by the Settings screen and handed to every section.
import type { Schemas } from '@igny8/sdk';
import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { MessageKey } from '../../i18n/index.js';

export type Role = Schemas['Role'];

export const ROLES: Role[] = ['owner', 'admin', 'editor', 'viewer'];
const rank = (role: Role) => 3 - ROLES.indexOf(role);

/** The roles a caller may hand out (a member's, an invitation's, a key's): never above its own. */
export const rolesUpTo = (role: Role | undefined) => ROLES.filter((r) => rank(r) <= rank(role ?? 'admin'));

export const roleName = (t: (k: MessageKey) => string, role: Role) => t(`settings.role.${role}` as MessageKey);

export interface Access {
  /** The session's role (from `GET /v1/me`); undefined when it could not be read. */
  role: Role | undefined;
  /** Whether changes are allowed: an admin or owner, or (role unknown) until the API refused one. */
  admin: boolean;
  /** Told when the API answered INSUFFICIENT_ROLE: every change is then disabled with the reason. */
  refused(): void;
}

export const AccessCtx = createContext<Access>({ role: undefined, admin: true, refused: () => {} });
export const useAccess = () => useContext(AccessCtx);

export const isAdmin = (role: Role) => rank(role) >= 2;

export const NAV_CSS = `
.subsubsub { list-style: none; margin: 0 0 calc(var(--igny8-spacing) * 2); padding: 0; display: flex; flex-wrap: wrap; row-gap: 4px; color: var(--igny8-muted-text); }
.subsubsub li:not(:last-child)::after { content: "|"; padding-inline: 6px; }
.subsubsub button { font-weight: 400; text-decoration: none; }
.subsubsub [aria-current] { color: var(--igny8-text); font-weight: 600; }
.subsubsub button:hover { text-decoration: underline; }
`;
