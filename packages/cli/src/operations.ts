// Following long-running work: a bar from the operation's progress until it ends, Ctrl-C to stop waiting (the
// work goes on on the server), and the confirmation that charged work asks for first.
import { APIUserAbortError, type Schemas } from '@igny8/sdk';
import type { Context } from './context.js';
import { CliError, EXIT } from './errors.js';
import { createBar } from './progress.js';
import { confirm, requireTerminal } from './prompt.js';

type Operation = Schemas['Operation'];

/** Long enough for any import or clustering; Ctrl-C is the way to stop sooner. */
const WAIT_MS = 24 * 60 * 60 * 1000;

/** Waits for `started` to end, drawing its progress; resolves with it once it succeeded (an error otherwise). */
export async function follow(ctx: Context, started: Operation, label: string, unit: string): Promise<Operation> {
  const client = await ctx.client();
  const bar = createBar(ctx.out, label, unit);
  bar.update(started.progress.done, started.progress.total, started.status);
  try {
    return await ctx.interruptible((signal) =>
      client.operations.wait(started.id, {
        intervalMs: 400,
        timeoutMs: WAIT_MS,
        signal,
        onProgress: (op) => bar.update(op.progress.done, op.progress.total, op.status),
      }),
    );
  } catch (error) {
    if (APIUserAbortError.is(error)) throw stoppedWaiting(`operation ${started.id}`);
    throw error;
  } finally {
    bar.stop();
  }
}

export const stoppedWaiting = (what: string) =>
  new CliError(`Stopped waiting; the work goes on on the server (${what}).`, {
    exitCode: EXIT.interrupted,
    code: 'INTERRUPTED',
  });

/**
 * Charged work is confirmed first, unless `--yes`. Checked before anything is asked of the API: a script without
 * `--yes` fails at once (a usage error) rather than waiting for an answer no one will type.
 */
export function checkCanConfirm(ctx: Context): void {
  if (!ctx.options.yes) requireTerminal(ctx.io.streams, 'a confirmation', 'Pass --yes to start it without asking.');
}

/** Asks `question` (unless `--yes`); a "no" ends the command with nothing started. */
export async function confirmCharge(ctx: Context, question: string): Promise<void> {
  if (ctx.options.yes) return;
  checkCanConfirm(ctx);
  if (!(await confirm(ctx.io.streams, question))) throw new CliError('Nothing was started.', { code: 'DECLINED' });
}
