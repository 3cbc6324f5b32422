// The notification mail sweep: every minute, the outbox's due mail is sent (domain/notifications/emails.ts). The
// sweep's own retries are the outbox's (each row's next attempt), so the job itself is never retried.
import type { AppDeps } from '../deps.js';
import { sendDueNotificationEmails } from '../domain/notifications/emails.js';
import type { JobDefinition } from './queue.js';

export const NOTIFICATION_MAIL_JOB = 'notifications.mail';

export function notificationJobs(deps: AppDeps): JobDefinition[] {
  return [
    {
      name: NOTIFICATION_MAIL_JOB,
      schedule: '* * * * *',
      retryLimit: 0,
      async handler() {
        const report = await sendDueNotificationEmails({
          owner: deps.db.owner,
          app: deps.db.app,
          mailer: deps.mailer,
          now: deps.now,
          publicUrl: deps.config.publicUrl,
        });
        // Ids and the transport's messages only: a mail's body is never logged here.
        for (const e of report.errors) {
          deps.logger.warn({ email_id: e.id, attempt: e.attempt, error: e.error }, 'notification mail not sent');
        }
        if (report.sent || report.retrying || report.failed) {
          deps.logger.info(
            { sent: report.sent, retrying: report.retrying, failed: report.failed },
            'notification mail',
          );
        }
      },
    },
  ];
}
