// The job queue (pg-boss). Jobs are enqueued inside the caller's transaction, so a job exists
// exactly when the work that asked for it was committed. The API process runs the workers too,
// unless JOBS_IN_PROCESS=false; `pnpm worker` runs them in a process of their own for scaling out.
import type { Knex } from 'knex';
import { fromKnex, type Job, PgBoss } from 'pg-boss';
import { APP_ROLE } from '../db/connection.js';
import type { Logger } from '../logger.js';

export const BOSS_SCHEMA = 'pgboss';

export type JobHandler = (job: Job<Record<string, unknown>>) => Promise<void>;

export interface JobDefinition {
  name: string;
  handler: JobHandler;
  retryLimit?: number;
  expireInSeconds?: number;
  /** A cron expression: pg-boss enqueues the job on this schedule (once across all processes). */
  schedule?: string;
}

export interface JobQueue {
  /** Enqueues `name` as part of `trx`. */
  send(trx: Knex.Transaction, name: string, data: Record<string, unknown>): Promise<string | null>;
  register(definitions: JobDefinition[]): void;
  start(options: { work: boolean }): Promise<void>;
  stop(): Promise<void>;
  ready(): Promise<boolean>;
}

export function createJobQueue(options: {
  ownerUrl: string;
  logger: Logger;
  pollingIntervalSeconds?: number;
}): JobQueue {
  const boss = new PgBoss({
    connectionString: options.ownerUrl,
    schema: BOSS_SCHEMA,
    max: 4,
    application_name: 'igny8-jobs',
  });
  // An 'error' event without a listener would crash the process; log it instead.
  boss.on('error', (error) => options.logger.error({ err: error }, 'job queue error'));
  const definitions = new Map<string, JobDefinition>();
  let started = false;

  return {
    register(list) {
      for (const d of list) definitions.set(d.name, d);
    },

    async send(trx, name, data) {
      if (!definitions.has(name)) throw new Error(`unknown job ${name}`);
      return boss.send(name, data, { db: fromKnex(trx) });
    },

    async start({ work }) {
      await boss.start();
      for (const d of definitions.values()) {
        await boss.createQueue(d.name, {
          retryLimit: d.retryLimit ?? 3,
          retryBackoff: true,
          retryDelay: 1,
          expireInSeconds: d.expireInSeconds ?? 15 * 60,
        });
      }
      // The application role enqueues inside its own transactions: it may insert jobs, no more.
      await grantEnqueue(boss);
      if (work) {
        for (const d of definitions.values()) if (d.schedule) await boss.schedule(d.name, d.schedule);
        for (const d of definitions.values()) {
          await boss.work<Record<string, unknown>>(
            d.name,
            { pollingIntervalSeconds: options.pollingIntervalSeconds ?? 1, batchSize: 1 },
            async (jobs) => {
              for (const job of jobs) {
                const log = options.logger.child({ job: { id: job.id, name: job.name, attempt: job.retryCount } });
                log.info('job started');
                try {
                  await d.handler(job);
                  log.info('job finished');
                } catch (err) {
                  log.error({ err }, 'job failed');
                  throw err;
                }
              }
            },
          );
        }
      }
      started = true;
    },

    async stop() {
      if (!started) return;
      started = false;
      await boss.stop({ graceful: true, timeout: 20_000, close: true });
    },

    async ready() {
      return started && (await boss.isInstalled());
    },
  };
}

async function grantEnqueue(boss: PgBoss) {
  const db = boss.getDb();
  await db.executeSql(`grant usage on schema ${BOSS_SCHEMA} to ${APP_ROLE}`);
  await db.executeSql(`grant select, insert on all tables in schema ${BOSS_SCHEMA} to ${APP_ROLE}`);
  await db.executeSql(`grant usage on all sequences in schema ${BOSS_SCHEMA} to ${APP_ROLE}`);
  await db.executeSql(`grant execute on all functions in schema ${BOSS_SCHEMA} to ${APP_ROLE}`);
}
