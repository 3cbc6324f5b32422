// Mail of the accounts themselves: a password reset link, made and mailed by a job committed before the request was
// answered, so a mail server that refuses or a process that stops loses no request. Retried with back-off for about
// four minutes; the transport's message is logged, never the mail.
import { z } from 'zod';
import { PASSWORD_RESET_MAIL_JOB, sendPasswordResetMail } from '../auth/service.js';
import type { AppDeps } from '../deps.js';
import type { JobDefinition } from './queue.js';

export function authJobs(deps: AppDeps): JobDefinition[] {
  return [
    {
      name: PASSWORD_RESET_MAIL_JOB,
      payload: z.object({ user_id: z.uuid() }),
      retryLimit: 6,
      retryDelaySeconds: 5,
      retryDelayMaxSeconds: 60,
      expireInSeconds: 120,
      async handler(job) {
        const { user_id } = job.data as { user_id: string };
        try {
          await sendPasswordResetMail(deps, user_id);
        } catch (err) {
          deps.logger.warn({ user_id, error: (err as Error).message }, 'password reset mail not sent');
          throw err;
        }
      },
    },
  ];
}
