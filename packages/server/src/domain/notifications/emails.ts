// Notification emails, through an outbox. `queueNotificationEmails` runs inside notify(), in the notification's own
// transaction: one `notification_emails` row per member who wants that kind by email. So a notification whose change
// rolled back mails no one, and a committed one is mailed however late the worker comes (a crash after the commit
// loses nothing). The sweep (`sendDueNotificationEmails`, a job every minute) claims due rows, sends each, and records
// `sent_at` — or the error and a later attempt, backing off, until it gives up.
//
// Claims are leases: a row is taken by one sweep at a time (row locks, skip locked) and stays its own until
// `claimed_until`; the send happens outside any transaction. A sweep that died holding a claim (its process killed
// between taking and recording) leaves the row to be taken again once the lease ends. So each mail is sent once, and
// at least once: only a process that dies after the SMTP server accepted a mail and before the outcome was written
// makes it go twice.
import { randomUUID } from 'node:crypto';
import type { Knex } from 'knex';
import { ROLES, type Role, seesAllSites } from '../../auth/roles.js';
import { withTenant } from '../../db/tenant.js';
import type { Mailer } from '../../mail/mailer.js';
import { brandOf, notificationEmail } from '../../mail/templates.js';
import type { Clock } from '../ports.js';
import { rolesMailedByDefault } from './preferences.js';

/** How long a claim holds: longer than any one send may take (nodemailer's own timeouts end sooner). */
export const MAIL_LEASE_MS = 10 * 60_000;
/** Attempts before a mail is given up (`failed`): spread over about four hours by the back-off. */
export const MAIL_MAX_ATTEMPTS = 8;

/** The wait after failed attempt `attempt` (1, 2, …): a minute, doubling, an hour at most. */
export function mailRetryDelayMs(attempt: number): number {
  return Math.min(60_000 * 2 ** Math.max(0, attempt - 1), 60 * 60_000);
}

const SEE_ALL_SITES = ROLES.filter(seesAllSites);

/** Roles as one array parameter (knex would spread a JS array into several); role names are plain words. */
const pgArray = (roles: readonly Role[]) => `{${roles.join(',')}}`;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Writes the outbox rows of a notification just stored (in its transaction): every member of the account whose
 * choice for the kind — or, without one, their role's default — is email. A notification about one site
 * (`data.site_id`) is mailed only to members who see that site (editors and viewers see the sites granted to them).
 */
export async function queueNotificationEmails(
  trx: Knex.Transaction,
  n: { id: string; accountId: string; kind: string; data?: Record<string, unknown> },
): Promise<number> {
  const siteId = typeof n.data?.site_id === 'string' && UUID.test(n.data.site_id) ? n.data.site_id : null;
  const rows = await trx.raw(
    `insert into notification_emails (account_id, notification_id, user_id)
     select m.account_id, ?, m.user_id
       from memberships m
       left join notification_preferences p
         on p.account_id = m.account_id and p.user_id = m.user_id and p.kind = ?
      where m.account_id = ?
        and coalesce(p.email, m.role = any(?::text[]))
        and (?::uuid is null or m.role = any(?::text[]) or exists (
              select 1 from site_user_access a where a.site_id = ?::uuid and a.user_id = m.user_id))
     on conflict (notification_id, user_id) do nothing
     returning id`,
    [n.id, n.kind, n.accountId, pgArray(rolesMailedByDefault(n.kind)), siteId, pgArray(SEE_ALL_SITES), siteId],
  );
  return rows.rows.length;
}

export interface MailSweepDeps {
  /** The owner pool: the sweep finds due mail across accounts, then claims and records in each one's tenant. */
  owner: Knex;
  app: Knex;
  mailer: Mailer;
  now: Clock;
  /** The app's public URL: the base of the link to the notification preferences. */
  publicUrl: string;
}

export interface MailSweepReport {
  sent: number;
  /** Failed this time, tried again later. */
  retrying: number;
  /** Failed for the last time. */
  failed: number;
  /** What went wrong, per mail (the transport's message: never the mail's body). */
  errors: { id: string; attempt: number; error: string }[];
}

interface ClaimedMail {
  id: string;
  attempts: number;
  to: string;
  title: string;
  body: string;
  name: string;
  brand_name: string | null;
  brand_color: string | null;
  brand_logo_url: string | null;
}

/** Where a member chooses which notifications they get (the app's settings page). */
export const preferencesUrl = (publicUrl: string) => `${publicUrl.replace(/\/+$/, '')}/settings/notifications`;

/** Sends the mail that is due; `limit` bounds one sweep (the next one, a minute later, takes the rest). */
export async function sendDueNotificationEmails(deps: MailSweepDeps, limit = 200): Promise<MailSweepReport> {
  const report: MailSweepReport = { sent: 0, retrying: 0, failed: 0, errors: [] };
  const now = deps.now();
  const accounts: { account_id: string }[] = await deps
    .owner('notification_emails')
    .where('status', 'pending')
    .where((q) => q.whereNull('next_attempt_at').orWhere('next_attempt_at', '<=', now))
    .where((q) => q.whereNull('claimed_until').orWhere('claimed_until', '<=', now))
    .distinct('account_id')
    .limit(limit);
  let left = limit;
  for (const { account_id: accountId } of accounts) {
    if (left <= 0) break;
    const claim = randomUUID();
    const claimed = await withTenant(deps.app, { accountId }, (trx) => claimDue(trx, accountId, claim, now, left));
    left -= claimed.length;
    for (const mail of claimed) await sendOne(deps, accountId, claim, mail, report);
  }
  return report;
}

/** Takes the account's due rows for this sweep (rows another sweep holds are skipped) and what their mail says. */
async function claimDue(
  trx: Knex.Transaction,
  accountId: string,
  claim: string,
  now: Date,
  limit: number,
): Promise<ClaimedMail[]> {
  const { rows } = await trx.raw(
    `with taken as (
       update notification_emails e
          set claim = ?, claimed_until = ?, attempts = e.attempts + 1, updated_at = now()
        where e.id in (
          select id from notification_emails
           where account_id = ? and status = 'pending'
             and (next_attempt_at is null or next_attempt_at <= ?)
             and (claimed_until is null or claimed_until <= ?)
           order by next_attempt_at nulls first, created_at
           limit ?
           for no key update skip locked)
        returning e.id, e.attempts, e.notification_id, e.user_id)
     select t.id, t.attempts, u.email as "to", n.title, n.body,
            a.name, a.brand_name, a.brand_color, a.brand_logo_url
       from taken t
       join notifications n on n.id = t.notification_id
       join users u on u.id = t.user_id
       join accounts a on a.id = ?`,
    [claim, new Date(now.getTime() + MAIL_LEASE_MS), accountId, now, now, limit, accountId],
  );
  return rows as ClaimedMail[];
}

async function sendOne(
  deps: MailSweepDeps,
  accountId: string,
  claim: string,
  mail: ClaimedMail,
  report: MailSweepReport,
): Promise<void> {
  const message = notificationEmail({
    to: mail.to,
    brand: brandOf(mail),
    title: mail.title,
    body: mail.body,
    preferencesUrl: preferencesUrl(deps.publicUrl),
  });
  let error: string | null = null;
  try {
    await deps.mailer.send(message);
  } catch (err) {
    error = (err instanceof Error ? err.message : String(err)).slice(0, 1000) || 'send failed';
  }
  const at = deps.now();
  const giveUp = error !== null && mail.attempts >= MAIL_MAX_ATTEMPTS;
  const changes =
    error === null
      ? { status: 'sent', sent_at: at, last_error: null }
      : giveUp
        ? { status: 'failed', last_error: error }
        : { last_error: error, next_attempt_at: new Date(at.getTime() + mailRetryDelayMs(mail.attempts)) };
  // Only while the claim is still this sweep's: a sweep whose lease ran out does not overwrite the next one's record.
  await withTenant(deps.app, { accountId }, (trx) =>
    trx('notification_emails')
      .where({ id: mail.id, claim })
      .update({ ...changes, claim: null, claimed_until: null, updated_at: trx.fn.now() }),
  );
  if (error === null) report.sent++;
  else {
    if (giveUp) report.failed++;
    else report.retrying++;
    report.errors.push({ id: mail.id, attempt: mail.attempts, error });
  }
}
