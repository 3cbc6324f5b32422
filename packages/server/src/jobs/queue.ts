import { fromKnex, type Job, PgBoss } from 'pg-boss';
import type { z } from 'zod';
import { APP_ROLE } from '../db/connection.js';
import type { Enqueue } from '../domain/ports.js';
import type { Logger } from '../logger.js';

export const BOSS_SCHEMA = 'pgboss';

export type JobHandler = (job: Job<Record<string, unknown>>) => Promise<void>;

export interface JobDefinition {
  name: string;
  handler: JobHandler;
  /** The payload's schema: checked when the job is enqueued (an Operation's kind: operationKinds). */
  payload?: z.ZodType;
  retryLimit?: number;
  /** The first retry's delay in seconds (1 by default), doubled on each retry up to `retryDelayMaxSeconds` (60). */
  retryDelaySeconds?: number;
  retryDelayMaxSeconds?: number;
  expireInSeconds?: number;
  /** A cron expression: pg-boss enqueues the job on this schedule (once across all processes). */
  schedule?: string;
  /**
   * A job the queue gave up on without its handler having had the last word: its retries ran out on attempts that
   * never ended (a worker killed or lost mid-job, each time), or whose handler could not record the outcome. It is
   * handed here once, from a dead-letter queue of its own (`<name>.dead`), so that what the job stood for (an
   * Operation, credits held) is not left waiting forever.
   */
  onDeadLetter?: JobHandler;
}

/**
 * Work every working process repeats by itself, beside the jobs the queue hands out: `pass` runs `intervalMs` after
 * the previous pass ended, from start({ work: true }) until stop(), which waits for the pass running and then for
 * `drain` (what the passes started and did not wait for). A pass that throws is logged; the loop goes on.
 */
export interface WorkerLoop {
  name: string;
  intervalMs: number;
  pass(): Promise<void>;
  drain?(): Promise<void>;
}

/** The dead-letter queue of a job that has an `onDeadLetter`. */
export const deadLetterQueue = (name: string) => `${name}.dead`;

export interface JobQueue extends Enqueue {
  register(definitions: JobDefinition[]): void;
  registerLoops(loops: WorkerLoop[]): void;
  start(options: { work: boolean }): Promise<void>;
  stop(): Promise<void>;
  ready(): Promise<boolean>;
}

export function createJobQueue(options: {
  ownerUrl: string;
  logger: Logger;
  pollingIntervalSeconds?: number;
  /** A job whose worker stopped sending heartbeats this long (a crash, a kill) is failed and retried. */
  heartbeatSeconds?: number;
  superviseSeconds?: number;
}): JobQueue {
  const boss = new PgBoss({
    connectionString: options.ownerUrl,
    schema: BOSS_SCHEMA,
    max: 4,
    application_name: 'igny8-jobs',
    superviseIntervalSeconds: options.superviseSeconds ?? 10,
    monitorIntervalSeconds: options.superviseSeconds ?? 10,
    // A job that can run now wakes the workers of its queue when its transaction commits (a NOTIFY each queue
    // opts into, below), in this process or another, instead of waiting for their next poll. One connection of
    // its own per process; polling goes on as before for delayed jobs and whenever the listener is down.
    useListenNotify: true,
  });
  const pollingIntervalSeconds = options.pollingIntervalSeconds ?? 1;
  // An 'error' event without a listener would crash the process; log it instead.
  boss.on('error', (error) => options.logger.error({ err: error }, 'job queue error'));
  const definitions = new Map<string, JobDefinition>();
  const loops: WorkerLoop[] = [];
  let stopLoops: (() => Promise<void>) | undefined;
  let started = false;

  return {
    register(list) {
      for (const d of list) definitions.set(d.name, d);
    },

    registerLoops(list) {
      loops.push(...list);
    },

    async send(trx, name, data) {
      const definition = definitions.get(name);
      if (!definition) throw new Error(`unknown job ${name}`);
      // A payload that does not match its schema is refused before it is stored: the caller's transaction
      // fails with it, and no worker ever sees it.
      const payload = definition.payload ? definition.payload.parse(data) : data;
      return boss.send(name, payload as object, { db: fromKnex(trx) });
    },

    async sendJob(trx, name, data, options = {}) {
      const definition = definitions.get(name);
      if (!definition) throw new Error(`unknown job ${name}`);
      const payload = definition.payload ? definition.payload.parse(data) : data;
      return boss.send(name, payload as object, {
        db: fromKnex(trx),
        ...(options.startAfterSeconds ? { startAfter: options.startAfterSeconds } : {}),
      });
    },

    async start({ work }) {
      await boss.start();
      for (const d of definitions.values()) {
        const policy = {
          retryLimit: d.retryLimit ?? 3,
          retryBackoff: true,
          retryDelay: d.retryDelaySeconds ?? 1,
          // Backing off, but not for hours: a job retried many times (its workers kept dying) waits a minute at most.
          retryDelayMax: d.retryDelayMaxSeconds ?? 60,
          expireInSeconds: d.expireInSeconds ?? 15 * 60,
          heartbeatSeconds: options.heartbeatSeconds ?? 30,
          notify: true,
        };
        let deadLetter: string | null = null;
        if (d.onDeadLetter) {
          deadLetter = deadLetterQueue(d.name);
          const dead = { ...policy, retryLimit: 5 };
          await boss.createQueue(deadLetter, dead);
          await boss.updateQueue(deadLetter, dead);
        }
        // createQueue leaves an existing queue as it was: its policy is brought up to date too.
        await boss.createQueue(d.name, { ...policy, ...(deadLetter ? { deadLetter } : {}) });
        await boss.updateQueue(d.name, { ...policy, deadLetter });
      }
      // The application role enqueues inside its own transactions: it may insert jobs, no more.
      await grantEnqueue(boss);
      if (work) {
        for (const d of definitions.values()) if (d.schedule) await boss.schedule(d.name, d.schedule);
        const handle = async (name: string, handler: JobHandler) => {
          let worker: string | undefined;
          worker = await boss.work<Record<string, unknown>>(
            name,
            {
              pollingIntervalSeconds,
              // With NOTIFY pg-boss would poll every 30 s only; a delayed job (a tick's settle, a retry's backoff)
              // is found by polling alone, so it goes on at the usual interval.
              notifyPollingIntervalSeconds: pollingIntervalSeconds,
              batchSize: 1,
            },
            async (jobs) => {
              try {
                for (const job of jobs) {
                  const log = options.logger.child({ job: { id: job.id, name: job.name, attempt: job.retryCount } });
                  log.info('job started');
                  try {
                    await handler(job);
                    log.info('job finished');
                  } catch (err) {
                    log.error({ err }, 'job failed');
                    throw err;
                  }
                }
              } finally {
                // A worker that just had a job looks for the next one at once; only an empty fetch waits for the
                // polling interval. pg-boss otherwise waits the interval after every job, so a queue ran one job
                // per interval at most (five ideas took 2.5 s at the tests' 0.5 s, 5 s at the default 1 s).
                if (worker) boss.notifyWorker(worker);
              }
            },
          );
        };
        for (const d of definitions.values()) {
          await handle(d.name, d.handler);
          if (d.onDeadLetter) await handle(deadLetterQueue(d.name), d.onDeadLetter);
        }
        stopLoops = runLoops(loops, options.logger);
      }
      started = true;
    },

    async stop() {
      if (!started) return;
      started = false;
      await stopLoops?.();
      stopLoops = undefined;
      await boss.stop({ graceful: true, timeout: 20_000, close: true });
    },

    async ready() {
      return started && (await boss.isInstalled());
    },
  };
}

/** Starts every loop; answers the function that stops them and waits for what they have in flight. */
function runLoops(loops: WorkerLoop[], logger: Logger): () => Promise<void> {
  let stopping = false;
  const running = loops.map((loop) => {
    let timer: NodeJS.Timeout | undefined;
    let current: Promise<void> = Promise.resolve();
    const tick = () => {
      current = loop
        .pass()
        .catch((err) => logger.error({ err, loop: loop.name }, 'worker loop pass failed'))
        .finally(() => {
          if (!stopping) timer = setTimeout(tick, loop.intervalMs);
        });
    };
    timer = setTimeout(tick, 0);
    return async () => {
      clearTimeout(timer);
      await current;
      clearTimeout(timer);
      await loop.drain?.();
    };
  });
  return async () => {
    stopping = true;
    await Promise.all(running.map((stop) => stop()));
  };
}

async function grantEnqueue(boss: PgBoss) {
  // One statement, under a lock the other processes' grants wait for: processes starting together would otherwise
  // update the same catalogue rows at once, and PostgreSQL refuses the second ("tuple concurrently updated").
  await boss.getDb().executeSql(`do $$ begin
    perform pg_advisory_xact_lock(hashtext('igny8.pgboss.grants'));
    grant usage on schema ${BOSS_SCHEMA} to ${APP_ROLE};
    grant select, insert on all tables in schema ${BOSS_SCHEMA} to ${APP_ROLE};
    grant usage on all sequences in schema ${BOSS_SCHEMA} to ${APP_ROLE};
    grant execute on all functions in schema ${BOSS_SCHEMA} to ${APP_ROLE};
  end $$`);
}
