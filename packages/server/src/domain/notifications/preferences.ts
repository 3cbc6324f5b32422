// Which notifications a member gets, per kind: in the app (their `GET /v1/notifications`) and by email. A member
// who has not chosen gets the default of their role (docs/notifications.md has the table); a field of a
// `notification_preferences` row is a choice, kept until they change it again or leave the account, and a field left
// empty follows the default of the role they have at the time.
import { type components, schemas } from '@igny8/contract';
import type { Knex } from 'knex';
import type { Role } from '../../auth/roles.js';
import { AppError } from '../../errors.js';
import type { Actor } from '../actor.js';

export type NotificationKind = components['schemas']['NotificationKind'];
export type NotificationPreference = components['schemas']['NotificationPreference'];

export const NOTIFICATION_KINDS = schemas.NotificationKind.options as readonly NotificationKind[];

const MANAGERS: readonly Role[] = ['owner', 'admin'];

/**
 * Who gets each kind by email without having chosen. Billing, credits and the account's integrations are the
 * managers' business (owners and admins, who can act on them); editors, who do the publishing and run the
 * automation, also hear when a publication failed or a run stopped for want of credits; viewers only read, so
 * nothing reaches their inbox unasked. Every kind is shown in the app to everyone by default.
 */
export const EMAIL_BY_DEFAULT: Record<NotificationKind, readonly Role[]> = {
  'credits.threshold_80': MANAGERS,
  'credits.threshold_100': MANAGERS,
  'invoice.paid': MANAGERS,
  'subscription.past_due': MANAGERS,
  'automation.paused': [...MANAGERS, 'editor'],
  'automation.scheduled_waiting': MANAGERS,
  'publication.failed': [...MANAGERS, 'editor'],
  'webhook_endpoint.disabled': MANAGERS,
};

/** The roles mailed by default for `kind`; none for a kind outside the list (it is shown in the app only). */
export function rolesMailedByDefault(kind: string): readonly Role[] {
  return (EMAIL_BY_DEFAULT as Record<string, readonly Role[] | undefined>)[kind] ?? [];
}

export const defaultPreference = (kind: NotificationKind, role: Role): NotificationPreference => ({
  kind,
  in_app: true,
  email: rolesMailedByDefault(kind).includes(role),
});

/** Preferences are a person's: an API key (or any caller without a user) has none. */
function member(actor: Actor): { accountId: string; userId: string; role: Role } {
  if (actor.kind !== 'user' || !actor.userId) {
    throw new AppError('FORBIDDEN', 'Notification preferences belong to a person; sign in as a member to see them.');
  }
  return { accountId: actor.accountId, userId: actor.userId, role: actor.role };
}

/** Every kind, in the contract's order, as the caller has it: their choice or their role's default. */
export async function getPreferences(trx: Knex.Transaction, actor: Actor) {
  const m = member(actor);
  const rows: { kind: string; in_app: boolean | null; email: boolean | null }[] = await trx('notification_preferences')
    .where({ account_id: m.accountId, user_id: m.userId })
    .select('kind', 'in_app', 'email');
  const chosen = new Map(rows.map((r) => [r.kind, r]));
  return {
    preferences: NOTIFICATION_KINDS.map((kind) => {
      const row = chosen.get(kind);
      const fallback = defaultPreference(kind, m.role);
      return { kind, in_app: row?.in_app ?? fallback.in_app, email: row?.email ?? fallback.email };
    }),
  };
}

export interface PreferenceChange {
  kind: NotificationKind;
  in_app?: boolean;
  email?: boolean;
}

/**
 * Changes the listed kinds (a field not given keeps what it was: a choice made before, or the default), leaves the
 * others, and answers every kind. A kind listed twice takes its fields in order, the later winning.
 */
export async function updatePreferences(trx: Knex.Transaction, actor: Actor, changes: PreferenceChange[]) {
  const m = member(actor);
  const merged = new Map<NotificationKind, PreferenceChange>();
  for (const c of changes) merged.set(c.kind, { ...merged.get(c.kind), ...c });
  for (const c of merged.values()) {
    const inApp = c.in_app ?? null;
    const email = c.email ?? null;
    // One statement per kind, each field only where given: two changes at once to different fields both hold.
    await trx.raw(
      `insert into notification_preferences (account_id, user_id, kind, in_app, email)
       values (?, ?, ?, ?::boolean, ?::boolean)
       on conflict (account_id, user_id, kind) do update
         set in_app = coalesce(excluded.in_app, notification_preferences.in_app),
             email = coalesce(excluded.email, notification_preferences.email),
             updated_at = now()`,
      [m.accountId, m.userId, c.kind, inApp, email],
    );
  }
  return getPreferences(trx, actor);
}

/**
 * The kinds this user has hidden from their list (`in_app: false`), as a subquery: the account's notifications are
 * everyone's, and each member's list leaves out what they chose not to see.
 */
export function hiddenKinds(trx: Knex, accountId: string, userId: string): Knex.QueryBuilder {
  return trx('notification_preferences')
    .where({ account_id: accountId, user_id: userId, in_app: false })
    .select('kind');
}
