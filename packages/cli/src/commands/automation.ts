// `igny8 automation run [--watch]` and `igny8 automation watch [run]`. A run starts after its estimate (stage by
// stage, the credits it needs and those available) and a confirmation (unless --yes). Watching draws a bar per
// stage, redrawn from the run's counters whenever one of its events arrives over server-sent events; when the
// stream cannot be had or keeps failing, the same events are polled. It ends when the run completes, fails, is
// cancelled or pauses, and the exit code says which. Ctrl-C stops watching only: the run goes on on the server.
import type { Igny8, Schemas } from '@igny8/sdk';
import { pollRunEvents, runEvents } from '@igny8/sdk/events';
import type { Context } from '../context.js';
import { CliError, EXIT, insufficientCredits } from '../errors.js';
import { checkCanConfirm, confirmCharge } from '../operations.js';
import { num, plural, table } from '../output.js';
import { createStageBars, type StageBars } from '../progress.js';

type Run = Schemas['AutomationRun'];
type RunEvent = Schemas['AutomationRunEvent'];

export async function run(ctx: Context, options: { watch?: boolean }): Promise<void> {
  checkCanConfirm(ctx);
  const client = await ctx.client();
  const site = await ctx.site();
  const e = await client.automation.estimate(site.id);
  ctx.out.note(`What a run of ${site.slug} would do now:`);
  for (const line of table([
    ['STAGE', 'ITEMS', 'CREDITS'],
    ...e.stages.map((s) => [s.enabled ? s.stage : `${s.stage} (off)`, num(s.items), num(s.credits)]),
  ])) {
    ctx.out.note(`  ${line}`);
  }
  ctx.out.note(
    `${plural(e.total, 'credit')} in all; a run starts with ${num(e.required)} available (1.2 × the estimate), ` +
      `and ${num(e.available)} are.`,
  );
  if (e.stages.every((x) => !x.enabled || x.items === 0)) {
    throw new CliError(
      `A run of ${site.slug} has nothing to do now: no new keywords, clusters, ideas or articles waiting. ` +
        'Import keywords first (`igny8 keywords import <file.csv>`).',
      { code: 'NOTHING_TO_DO' },
    );
  }
  if (!e.can_start) throw insufficientCredits(e.required, e.available);
  await confirmCharge(ctx, 'Start the run?');
  const started = await client.automation.start(site.id);
  if (!options.watch) {
    ctx.out.result(started, [
      `Started run ${started.id} (${started.status}).`,
      `Follow it with \`igny8 automation watch ${started.id}\`.`,
    ]);
    return;
  }
  ctx.out.note(`Started run ${started.id}.`);
  await watch(ctx, client, site.id, started);
}

export async function watchCommand(ctx: Context, runId: string | undefined): Promise<void> {
  const client = await ctx.client();
  const site = await ctx.site();
  const found = runId
    ? await client.automation.run(site.id, runId)
    : (await client.automation.runs(site.id, { limit: 1 })).data[0];
  if (!found) throw new CliError(`${site.slug} has no automation run yet: start one with \`igny8 automation run\`.`);
  await watch(ctx, client, site.id, found);
}

/** Where a run can stop being watched: ended, or paused (it waits for credits or for a person). */
const STOPS = new Set(['completed', 'failed', 'cancelled', 'paused']);
/** The counters are read again at most this often while items move (at once when a stage or the run changes). */
const REFRESH_MS = 300;

async function watch(ctx: Context, client: Igny8, siteId: string, first: Run): Promise<void> {
  const bars = createStageBars(ctx.out);
  let run = first;
  let readAt = Date.now();
  bars.update(run.stages);
  const refresh = async () => {
    run = await client.automation.run(siteId, run.id);
    readAt = Date.now();
    bars.update(run.stages);
  };
  // Replayed events (from before the watch) count too: whether the run is over is the run's own status, read
  // after each stage or run event, never the event alone (a run paused once may have resumed since).
  const handle = async (e: RunEvent) => {
    const said = describeEvent(e);
    if (said) bars.log(said);
    if (!e.type.startsWith('item.') || Date.now() - readAt > REFRESH_MS) await refresh();
  };
  let aborted = false;
  try {
    await ctx.interruptible(async (signal) => {
      try {
        await follow(client, siteId, () => run, handle, bars, signal);
      } catch (error) {
        // An abort can surface as an error of the request it cut short.
        if (!signal.aborted) throw error;
      }
      aborted = signal.aborted;
    });
  } finally {
    bars.stop();
  }
  // The stream may end (`event: end`) a moment before the status we last read says so: read it once more.
  if (!aborted && !STOPS.has(run.status)) await refresh();
  if (aborted || !STOPS.has(run.status)) {
    throw new CliError(
      `Stopped watching; run ${run.id} goes on on the server. Watch it again with \`igny8 automation watch ${run.id}\`.`,
      { exitCode: EXIT.interrupted, code: 'INTERRUPTED' },
    );
  }
  finish(ctx, run);
}

/** The run's events, live, else polled once the stream fails for good; until the run stops or `signal` aborts. */
async function follow(
  client: Igny8,
  siteId: string,
  current: () => Run,
  handle: (e: RunEvent) => Promise<void>,
  bars: StageBars,
  signal: AbortSignal,
): Promise<void> {
  let lastEventId: string | null = null;
  const seen = async (e: RunEvent) => {
    lastEventId = e.id;
    await handle(e);
  };
  if (STOPS.has(current().status)) return;
  try {
    for await (const e of runEvents<RunEvent>(client, siteId, current().id, { signal })) {
      await seen(e.data);
      if (STOPS.has(current().status)) return;
    }
    return;
  } catch (error) {
    if (signal.aborted) return;
    bars.log(`The live event stream failed (${(error as Error).message}); polling for the events instead.`);
  }
  const after = lastEventId ?? undefined;
  for await (const e of pollRunEvents<RunEvent>(client, siteId, current().id, { after, signal, intervalMs: 1000 })) {
    await seen(e);
    if (STOPS.has(current().status)) return;
  }
}

/** The events worth a line of their own (the bars show the rest). */
function describeEvent(e: RunEvent): string | null {
  const data = e.data as Record<string, unknown>;
  const at = e.stage ? `${e.stage}: ` : '';
  switch (e.type) {
    case 'item.failed':
      return `${at}an item failed: ${String(data.message ?? 'no reason given')}`;
    case 'stage.skipped':
      return `${at}skipped (${String(data.reason ?? 'nothing to do')})`;
    case 'log':
      return data.message ? `${at}${String(data.message)}` : null;
    case 'run.resumed':
      return `the run resumed (${String(data.reason ?? '')})`;
    default:
      return null;
  }
}

const took = (run: Run) => {
  if (!run.started_at || !run.finished_at) return '';
  const s = Math.round((Date.parse(run.finished_at) - Date.parse(run.started_at)) / 1000);
  return ` in ${s >= 60 ? `${Math.floor(s / 60)} min ${s % 60} s` : `${s} s`}`;
};

/** The result and the exit code: 0 completed, 1 failed or cancelled, 3 paused. */
function finish(ctx: Context, run: Run): void {
  const done = run.stages
    .filter((s) => s.status !== 'pending')
    .map((s) => `${s.stage} ${s.status === 'skipped' ? 'skipped' : `${num(s.done)}/${num(s.total)}`}`)
    .join(', ');
  const lines: string[] = [];
  if (run.status === 'completed') lines.push(`Run ${run.id} completed${took(run)}: ${done}.`);
  else if (run.status === 'paused') {
    ctx.out.exitCode = EXIT.paused;
    lines.push(`Run ${run.id} paused at the ${run.stage} stage: ${done}.`);
    lines.push(
      run.pause_reason === 'insufficient_credits'
        ? 'Not enough credits to go on; it resumes by itself once credits are added (Billing → Credit packages).'
        : 'It was paused on request; resume it in the app (Automation → Resume).',
    );
  } else {
    ctx.out.exitCode = EXIT.error;
    lines.push(`Run ${run.id} ${run.status}${run.stage ? ` at the ${run.stage} stage` : ''}: ${done}.`);
    if (run.error) lines.push(`${run.error.message} (${run.error.code})`);
  }
  ctx.out.result(run, lines);
}
