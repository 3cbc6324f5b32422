// What a failed job tells the user, and how often it is tried: an input error fails at once with its code,
// a transient error is retried, an unexpected one is retried and then reported as JOB_FAILED naming its
// step (its stack goes to the log, never to the user); finished_at is when the work finished.
import { schemas } from '@igny8/contract';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { ProviderError } from '../../src/ai/errors.js';
import { withTenant } from '../../src/db/tenant.js';
import { createOperation } from '../../src/domain/operations/operations.js';
import { stepJob } from '../../src/domain/operations/steps.js';
import { AppError } from '../../src/errors.js';
import { classifyJobFailure } from '../../src/jobs/job-errors.js';
import { deadLetterQueue } from '../../src/jobs/queue.js';
import { LOST_ATTEMPTS, stepJobDefinition } from '../../src/jobs/run-steps.js';
import { call, signup } from '../helpers/http.js';
import { startTestServer, type TestServer, until } from '../helpers/server.js';

// The test job stands in for the account export (a real kind, so that its operations are read through the API
// and checked against the spec like any other); its payload carries the mode.
const JOB = 'account.export';
const SLOW_MS = 1_200;
const EXPORT = { exported_at: new Date().toISOString(), account: {}, members: [], sites: [], api_keys: [] };

/** What each attempt of a test operation does, by its `mode`; attempts are counted per operation. */
const attempts = new Map<string, number>();
const workEndedAt = new Map<string, number>();
/** Attempts of the second step: a retry resumes there, after the first step committed once. */
const moonAttempts = new Map<string, number>();
async function work(data: { operationId: string; mode: string }) {
  const n = (attempts.get(data.operationId) ?? 0) + 1;
  attempts.set(data.operationId, n);
  switch (data.mode) {
    case 'input':
      throw new AppError('NO_KEYWORDS', 'The cluster has no keywords left to write ideas for.');
    case 'validation':
      z.object({ count: z.number().int().min(1) }).parse({ count: 0 });
      return;
    case 'quota':
      throw new ProviderError('QUOTA_EXCEEDED', 'quota used up for key sk-test-0000 at https://10.0.0.7/v1', {
        provider: 'openai',
      });
    case 'flaky-database':
      if (n < 3) {
        throw Object.assign(new Error('terminating connection due to administrator command'), { code: '57P01' });
      }
      return;
    case 'bug':
      return;
    case 'repeat':
    case 'repeat-flaky':
      return;
    case 'hang':
      await hung;
      return;
    case 'slow':
      await new Promise((r) => setTimeout(r, SLOW_MS));
      workEndedAt.set(data.operationId, Date.now());
      return;
    default:
      throw new Error(`unknown mode ${String(data.mode)}`);
  }
}

/** The `hang` mode's attempts wait here until released; `onFinalFailure` calls, per operation. */
let releaseHang: () => void = () => {};
const hung = new Promise<void>((r) => {
  releaseHang = r;
});
const finalFailures = new Map<string, string[]>();

/** Items the repeating step handled, per operation, in order (an item handled twice shows twice). */
const items = new Map<string, number[]>();
const ITEMS = 4;

const testJob = stepJob({
  kind: JOB,
  initial: { item: 0 },
  steps: [
    {
      // One item per commit: in `repeat` modes the step runs again until every item is done; in
      // `repeat-flaky`, item 2 fails once with a transient error, and the retry resumes at item 2.
      name: 'handling items',
      async run(ctx, state) {
        const mode = (ctx.payload as unknown as { mode: string }).mode;
        if (!mode.startsWith('repeat')) return { state };
        const seen = items.get(ctx.operationId) ?? [];
        seen.push(state.item);
        items.set(ctx.operationId, seen);
        if (mode === 'repeat-flaky' && state.item === 2 && seen.filter((i) => i === 2).length === 1) {
          throw Object.assign(new Error('terminating connection due to administrator command'), { code: '57P01' });
        }
        const next = { item: state.item + 1 };
        return { state: next, again: next.item < ITEMS };
      },
    },
    {
      name: 'working',
      async run(ctx, state) {
        await work(ctx.payload as unknown as { operationId: string; mode: string });
        return { state };
      },
    },
    {
      name: 'talking to the moon',
      async run(ctx, state) {
        if ((ctx.payload as unknown as { mode: string }).mode === 'bug') {
          moonAttempts.set(ctx.operationId, (moonAttempts.get(ctx.operationId) ?? 0) + 1);
          throw new TypeError('internal detail: cannot read moon.phase of undefined in /srv/igny8/secret-path.ts');
        }
        return { state };
      },
    },
  ],
  result: () => EXPORT,
  async onFinalFailure(_trx, ctx, failure) {
    finalFailures.set(ctx.operationId, [...(finalFailures.get(ctx.operationId) ?? []), failure.code]);
  },
});

let server: TestServer;
let session: Awaited<ReturnType<typeof signup>>;
beforeAll(async () => {
  // A quick supervisor: a job the queue expires is seen to within a second.
  server = await startTestServer({ env: { JOB_SUPERVISE_SECONDS: '1' } });
  session = await signup(server.url);
  // A job of our own in place of the export, run by the same queue and the same step runner.
  await server.deps.jobs.stop();
  server.deps.jobs.register([
    stepJobDefinition(
      testJob,
      { app: () => server.deps.db.app, logger: server.deps.logger },
      {
        title: 'The test job',
        payload: z.strictObject({ operationId: z.uuid(), accountId: z.uuid(), mode: z.string() }),
        result: schemas.AccountExportResult,
      },
    ),
  ]);
  await server.deps.jobs.start({ work: true });
});
afterAll(() => server.close());

async function start(mode: string): Promise<string> {
  const accountId = session.account.id;
  return withTenant(server.deps.db.app, { accountId }, async (trx) => {
    const op = await createOperation(trx, { accountId, kind: JOB, createdBy: null });
    await server.deps.jobs.send(trx, JOB, { operationId: op.id, accountId, mode } as never);
    return op.id;
  });
}

async function settled(id: string) {
  for (let i = 0; i < 300; i++) {
    const res = await call(server.url, 'GET', `/v1/operations/${id}`, { token: session.access_token });
    if (['succeeded', 'failed', 'cancelled'].includes(res.body.data.status)) return res.body.data;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error('operation did not finish');
}

/** The queue's own record of the job, once it has settled it (it does so just after the operation ends). */
async function queueJob(operationId: string) {
  for (let i = 0; i < 100; i++) {
    const [job] = await server.deps.db
      .owner('pgboss.job')
      .where({ name: JOB })
      .whereRaw("data->>'operationId' = ?", [operationId])
      .select('state', 'retry_count');
    if (job && !['active', 'retry', 'created'].includes(job.state)) return job;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error('job did not settle');
}

const logLines = () =>
  server.logs
    .join('')
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l));

describe('a deterministic failure', () => {
  it('of input (an AppError 4xx) is attempted once and fails at once with its code and message', async () => {
    const id = await start('input');
    const op = await settled(id);
    expect(op.status).toBe('failed');
    expect(op.error).toEqual({ code: 'NO_KEYWORDS', message: 'The cluster has no keywords left to write ideas for.' });
    expect(await queueJob(id)).toEqual({ state: 'completed', retry_count: 0 });
    expect(attempts.get(id)).toBe(1);
  });

  it('of validation is attempted once and fails with VALIDATION_FAILED and the issues', async () => {
    const id = await start('validation');
    const op = await settled(id);
    expect(op.error.code).toBe('VALIDATION_FAILED');
    expect(op.error.message).toMatch(/^The test job failed while working: its input is not valid\./);
    expect(op.error.details.issues[0].path).toEqual(['count']);
    expect(attempts.get(id)).toBe(1);
  });

  it('of the AI provider (quota used up) is attempted once, with a message that leaks nothing of the provider', async () => {
    const id = await start('quota');
    const op = await settled(id);
    expect(op.error).toMatchObject({ code: 'AI_PROVIDER_FAILED', details: { provider_code: 'QUOTA_EXCEEDED' } });
    expect(op.error.message).toMatch(/quota/);
    expect(JSON.stringify(op.error)).not.toMatch(/sk-test|10\.0\.0\.7/);
    expect(attempts.get(id)).toBe(1);
  });
});

describe('a transient failure', () => {
  it('(the database connection dropped) is retried, and the operation succeeds on a later attempt', async () => {
    const id = await start('flaky-database');
    const op = await settled(id);
    expect(op.status).toBe('succeeded');
    expect(attempts.get(id)).toBe(3);
  }, 30_000);
});

describe('a step that runs again', () => {
  it('handles one item per commit, each once, then the job goes on to its next step', async () => {
    const id = await start('repeat');
    const op = await settled(id);
    expect(op.status).toBe('succeeded');
    expect(items.get(id)).toEqual([0, 1, 2, 3]);
    expect(attempts.get(id)).toBe(1);
    const [row] = await server.deps.db.owner('operations').where({ id }).select('checkpoint_step', 'checkpoint_seq');
    // Four commits of the repeating step, then one each for the two steps after it.
    expect(row).toEqual({ checkpoint_step: 3, checkpoint_seq: 6 });
  }, 30_000);

  it('resumes after a failure at the first item not committed: the items before are not done again', async () => {
    const id = await start('repeat-flaky');
    const op = await settled(id);
    expect(op.status).toBe('succeeded');
    expect(items.get(id)).toEqual([0, 1, 2, 2, 3]);
    const resumed = logLines().filter((l) => l.msg === 'job resumes after its checkpoint' && l.job?.name === JOB);
    expect(resumed.some((l) => l.step === 0 && l.commits === 2)).toBe(true);
  }, 30_000);
});

describe('an unexpected failure', () => {
  it('is retried from its step, then reported as JOB_FAILED naming the step, without internals; each attempt logged once with its stack', async () => {
    const id = await start('bug');
    const op = await settled(id);
    expect(attempts.get(id)).toBe(1);
    expect(moonAttempts.get(id)).toBe(3);
    expect(op.status).toBe('failed');
    expect(op.error).toMatchObject({
      code: 'JOB_FAILED',
      details: { step: 'talking to the moon', attempts: 3 },
    });
    expect(op.error.message).toMatch(/^The test job failed while talking to the moon\. Tried 3 times;/);
    expect(JSON.stringify(op.error)).not.toMatch(/moon\.phase|secret-path|TypeError/);
    const logged = logLines().filter((l) => JSON.stringify(l).includes('moon.phase'));
    expect(logged).toHaveLength(3);
    for (const line of logged) expect(line.err.stack).toMatch(/TypeError: internal detail[\s\S]*\n\s+at /);
  }, 30_000);
});

describe('a job the queue gives up on', () => {
  it('(its attempts all stopped with their worker) fails its operation through its dead letter, once', async () => {
    const id = await start('hang');
    const job = await until('the job to be in hand', async () => {
      const [row] = await server.deps.db
        .owner('pgboss.job')
        .where({ name: JOB, state: 'active' })
        .whereRaw("data->>'operationId' = ?", [id])
        .select('id', 'retry_limit');
      return row;
    });
    // Past the retries it is allowed (the work's and the lost attempts'): the queue's next look at it is its last,
    // as when the worker of its last allowed attempt dies — its start put a day back, it has expired.
    expect(job.retry_limit).toBe(2 + LOST_ATTEMPTS);
    await server.deps.db
      .owner('pgboss.job')
      .where({ id: job.id })
      .update({ retry_count: job.retry_limit, started_on: server.deps.db.owner.raw("now() - interval '1 day'") });
    const op = await settled(id);
    expect(op.status).toBe('failed');
    expect(op.error).toMatchObject({ code: 'JOB_FAILED', details: { step: 'working', attempts: 3 + LOST_ATTEMPTS } });
    expect(op.error.message).toMatch(/^The test job did not finish: each of its attempts stopped with the worker/);
    expect(finalFailures.get(id)).toEqual(['JOB_FAILED']);
    const dead = await until('the dead letter to be handled', async () => {
      const [row] = await server.deps.db
        .owner('pgboss.job')
        .where({ name: deadLetterQueue(JOB) })
        .whereRaw("data->>'operationId' = ?", [id])
        .select('state');
      return row?.state === 'completed' ? row : undefined;
    });
    expect(dead.state).toBe('completed');
    // The attempt that was still hanging ends late: its commit finds the operation over and changes nothing.
    releaseHang();
    await until('the late attempt to give up', async () =>
      logLines().some((l) => l.msg === 'another attempt of this job went first' && l.operation_id === id)
        ? true
        : undefined,
    );
    expect((await settled(id)).status).toBe('failed');
    expect(finalFailures.get(id)).toEqual(['JOB_FAILED']);
  }, 30_000);
});

describe('finished_at', () => {
  it('is when the work finished, after started_at, as the test clock saw it', async () => {
    const id = await start('slow');
    const op = await settled(id);
    const seenAt = Date.now();
    expect(op.status).toBe('succeeded');
    const started = Date.parse(op.started_at);
    const finished = Date.parse(op.finished_at);
    expect(finished).toBeGreaterThanOrEqual(started);
    // Not the start of the work's transaction (what now() gave): after the work returned, before we saw it.
    expect(finished - started).toBeGreaterThanOrEqual(SLOW_MS);
    expect(finished).toBeGreaterThanOrEqual(workEndedAt.get(id) as number);
    expect(finished).toBeLessThanOrEqual(seenAt);
    expect(Date.parse(op.created_at)).toBeLessThanOrEqual(started);
  });

  it('and started_at are null while the operation is queued', async () => {
    const accountId = session.account.id;
    const op = await withTenant(server.deps.db.app, { accountId }, (trx) =>
      createOperation(trx, { accountId, kind: JOB, createdBy: null }),
    );
    const res = await call(server.url, 'GET', `/v1/operations/${op.id}`, { token: session.access_token });
    expect(res.body.data).toMatchObject({ status: 'queued', started_at: null, finished_at: null });
  });
});

describe('classifyJobFailure', () => {
  const ctx = { title: 'The keyword import', step: 'saving the keywords', attempts: 1 };
  const pg = (code: string) => Object.assign(new Error(`pg error ${code}`), { code });

  it('retries what may pass on another attempt', () => {
    for (const err of [
      pg('08006'),
      pg('40001'),
      pg('40P01'),
      pg('57P01'),
      pg('53300'),
      pg('23505'),
      Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' }),
      new TypeError('fetch failed', { cause: Object.assign(new Error('socket'), { code: 'UND_ERR_SOCKET' }) }),
      new Error('Connection terminated unexpectedly'),
      new ProviderError('RATE_LIMITED', 'slow down'),
      new ProviderError('TIMEOUT', 'no answer'),
      new Error('something nobody expected'),
    ]) {
      expect(classifyJobFailure(err, ctx).kind, String(err)).not.toBe('deterministic');
    }
  });

  it('fails at once what would fail the same way again', () => {
    for (const err of [
      new AppError('UNPROCESSABLE', 'no'),
      pg('22003'), // numeric value out of range
      pg('22021'), // invalid byte sequence (a NUL in text)
      pg('23514'), // check constraint
      new SyntaxError('Unexpected token < in JSON'),
      new ProviderError('BAD_REQUEST', 'refused'),
      new ProviderError('QUOTA_EXCEEDED', 'quota'),
    ]) {
      expect(classifyJobFailure(err, ctx).kind, String(err)).toBe('deterministic');
    }
  });

  it('never puts an unexpected error’s message in what the user sees', () => {
    const failure = classifyJobFailure(new Error('password=hunter2 at postgres://u:p@db/x'), ctx);
    expect(failure.error.code).toBe('JOB_FAILED');
    expect(failure.error.message).toBe(
      "The keyword import failed while saving the keywords. Tried 1 time; try again, and if it fails again, contact support with the operation's id.",
    );
  });
});
