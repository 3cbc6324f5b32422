// Notifications for the account: stored, listed, marked read, and mailed to the members who want them by email
// (domain/notifications: preferences and the email outbox). Threshold notices are sent once per billing period (a
// dedupe key per period).
import type { Knex } from 'knex';
import { paginate } from '../../db/pagination.js';
import { NotFoundError } from '../../errors.js';
import { queueNotificationEmails } from '../notifications/emails.js';
import { hiddenKinds } from '../notifications/preferences.js';
import { emitEvent } from '../webhooks/outbox.js';

export interface NotificationInput {
  accountId: string;
  kind: string;
  title: string;
  body: string;
  data?: Record<string, unknown>;
  /** The same key for the same account is stored once. */
  dedupeKey?: string;
}

/**
 * Stores a notification of any kind and, in the same transaction, its emails (one per member who wants the kind
 * by email): both exist exactly when `trx` commits. A notification already stored under its dedupe key is neither
 * stored nor mailed again. Answers whether it was stored.
 */
export async function notify(trx: Knex.Transaction, n: NotificationInput): Promise<boolean> {
  const [row] = await trx('notifications')
    .insert({
      account_id: n.accountId,
      kind: n.kind,
      title: n.title,
      body: n.body,
      data: JSON.stringify(n.data ?? {}),
      dedupe_key: n.dedupeKey ?? null,
    })
    .onConflict(['account_id', 'dedupe_key'])
    .ignore()
    .returning<{ id: string }[]>('id');
  if (!row) return false;
  await queueNotificationEmails(trx, { id: row.id, accountId: n.accountId, kind: n.kind, data: n.data });
  return true;
}

/**
 * After plan credits went down: at 80 % and at 100 % of the period's plan credits used, a notification and the
 * `credits.low` event, each once per threshold and period (the event only when the notification is newly stored).
 */
export async function notifyCreditThresholds(
  trx: Knex.Transaction,
  accountId: string,
  planCreditsLeft: number,
  now?: Date,
) {
  const sub = await trx('subscriptions')
    .join('plans', 'plans.id', 'subscriptions.plan_id')
    .where('subscriptions.account_id', accountId)
    .first('plans.credits_per_month', 'subscriptions.current_period_start');
  const perPeriod = sub?.credits_per_month ?? 0;
  if (!perPeriod) return;
  const period = new Date(sub.current_period_start).toISOString();
  const used = perPeriod - Math.min(planCreditsLeft, perPeriod);
  for (const threshold of [80, 100] as const) {
    if (used * 100 < threshold * perPeriod) continue;
    const data = { threshold, used, per_period: perPeriod, plan_credits_left: planCreditsLeft };
    const stored = await notify(trx, {
      accountId,
      kind: `credits.threshold_${threshold}`,
      title: threshold === 100 ? 'Plan credits used up' : `${threshold} % of plan credits used`,
      body:
        threshold === 100
          ? 'All plan credits of this period are used. Bonus credits are spent next; buy a credit package to add more.'
          : `${used} of ${perPeriod} plan credits of this period are used.`,
      data,
      dedupeKey: `credits.threshold_${threshold}:${period}`,
    });
    if (stored)
      await emitEvent(trx, { accountId, type: 'credits.low', data: { account_id: accountId, ...data }, at: now });
  }
}

interface NotificationRow {
  id: string;
  kind: string;
  title: string;
  body: string;
  data: Record<string, unknown>;
  read_at: Date | null;
  created_at: Date;
}

const present = (n: NotificationRow) => ({
  id: n.id,
  kind: n.kind,
  title: n.title,
  body: n.body,
  data: n.data,
  read_at: n.read_at?.toISOString() ?? null,
  created_at: n.created_at.toISOString(),
});

/** The account's notifications, without the kinds `userId` (the caller, when a person) chose not to see. */
export async function listNotifications(
  trx: Knex.Transaction,
  accountId: string,
  page: { limit: number; cursor?: string; unread?: boolean },
  userId?: string | null,
) {
  const q = trx('notifications').where({ account_id: accountId }).select('notifications.*');
  if (userId) q.whereNotIn('kind', hiddenKinds(trx, accountId, userId));
  if (page.unread) q.whereNull('read_at');
  const result = await paginate<NotificationRow>(q, { table: 'notifications', limit: page.limit, cursor: page.cursor });
  return { data: result.data.map(present), meta: result.meta };
}

export async function markRead(trx: Knex.Transaction, id: string, now: Date) {
  const [row] = await trx('notifications')
    .where({ id })
    .update({ read_at: trx.raw('coalesce(read_at, ?)', [now]) })
    .returning('*');
  if (!row) throw new NotFoundError('Notification');
  return present(row);
}
