// A run followed live: its events folded into the run's stage counters as the engine keeps them, from the SDK's
// event stream (`runEvents`: fetch with the session's Authorization header, reconnecting with Last-Event-ID), and,
// when a stream cannot pass (a proxy that buffers or rewrites it), from the poll endpoint (`pollRunEvents`).
import type { Schemas } from '@igny8/sdk';
import { pollRunEvents, runEvents } from '@igny8/sdk/events';
import { useEffect, useRef, useState } from 'preact/hooks';
import { useWidget } from '../../context.js';

export type Run = Schemas['AutomationRun'];
export type RunEvent = Schemas['AutomationRunEvent'];
export type Stage = Schemas['AutomationStage'];
type Progress = Schemas['AutomationStageProgress'];

export const STAGES: Stage[] = ['cluster', 'ideas', 'tasks', 'content', 'image_prompts', 'images', 'review'];
const ENDED = ['completed', 'failed', 'cancelled'];
export const ended = (run: Run) => ENDED.includes(run.status);
/** Queued, running or paused: the site's one active run. */
export const active = (run: Run) => !ended(run);

/** Event ids are digit strings that only grow (up to 18 digits: longer than a double holds exactly). */
const newer = (id: string, than: string | null) =>
  than === null || (id.length === than.length ? id > than : id.length > than.length);

/**
 * The run as it stands after `e`, as the engine counts: an item started adds to its stage's total (the clustering
 * counts keywords, known when it finishes), done or failed to its counters; a stage's end brings its exact counters.
 */
export function apply(run: Run, e: RunEvent, started: Set<string>): Run {
  const stages = run.stages.map((s) => ({ ...s }));
  const next: Run = { ...run, stages };
  const s = stages.find((p) => p.stage === e.stage) as Progress | undefined;
  const d = e.data as Record<string, unknown>;
  const counted = s && s.stage !== 'cluster';
  switch (e.type) {
    case 'stage.started':
      if (s) s.status = 'running';
      next.stage = e.stage;
      next.status = 'running';
      next.started_at ??= e.created_at;
      break;
    case 'stage.skipped':
      if (s) s.status = 'skipped';
      break;
    case 'stage.finished':
      if (s) Object.assign(s, d, { stage: s.stage, status: 'completed' });
      break;
    case 'item.started':
      if (counted) s.total++;
      if (e.item_id) started.add(`${e.stage}:${e.item_id}`);
      break;
    case 'item.done':
    case 'item.failed':
      if (!s) break;
      // Work done at once has no `item.started`: it is counted as it is done.
      if (counted && !started.has(`${e.stage}:${e.item_id}`)) s.total++;
      if (e.type === 'item.failed') s.failed++;
      else if (counted) s.done++;
      s.credits += Number(d.credits ?? 0);
      break;
    case 'run.paused':
      next.status = 'paused';
      next.pause_requested = false;
      next.pause_reason = d.reason === 'insufficient_credits' ? 'insufficient_credits' : 'requested';
      break;
    case 'run.resumed':
      next.status = 'running';
      next.pause_requested = false;
      next.pause_reason = null;
      // A retry runs the failed stage again: its failures are forgotten, what it did is kept.
      if (d.reason === 'retry' && s) Object.assign(s, { status: 'running', failed: 0, total: s.done + s.skipped });
      break;
    case 'run.failed':
      next.status = 'failed';
      if (s) s.status = 'failed';
      break;
    case 'run.cancelled':
      next.status = 'cancelled';
      break;
    case 'run.completed':
      next.status = 'completed';
      next.stage = null;
      if (Array.isArray(d.stages)) next.stages = d.stages as Progress[];
      break;
    case 'log':
      if (d.message === 'pause requested') next.pause_requested = true;
  }
  return next;
}

/** The counters a run starts with: replaying its events from the first rebuilds the rest. */
const zeroed = (run: Run): Run => ({
  ...run,
  stages: run.stages.map((s) => ({
    ...s,
    ...(s.status === 'skipped' ? {} : { status: 'pending' as const }),
    total: 0,
    done: 0,
    failed: 0,
    skipped: 0,
    credits: 0,
  })),
});

export interface Live {
  run: Run;
  /** 'stream' (server-sent events), 'poll' (the fallback), 'lost' (both failed), or 'idle' (the run has ended). */
  mode: 'stream' | 'poll' | 'lost' | 'idle';
  /** Takes the state an action's answer gives (its counters stay the events'), and follows the run again. */
  update(answer: Run): void;
  reconnect(): void;
}

/**
 * Follows `initial` (a run as the API gave it). A run under way is followed live, its events replayed from the first;
 * an ended run is shown as it is, until a retry sets it going again. `onEvent` hears each event that happened after
 * `initial` was read (not the replayed past), to announce what matters.
 */
export function useLiveRun(initial: Run, onEvent: (e: RunEvent, run: Run) => void): Live {
  const { client, siteId } = useWidget();
  const [run, setRun] = useState(() => (active(initial) ? zeroed(initial) : initial));
  const [mode, setMode] = useState<Live['mode']>('idle');
  // Bumped to (re)open the stream; 0: not followed (an ended run).
  const [generation, setGeneration] = useState(active(initial) ? 1 : 0);
  const last = useRef<string | null>(null);
  // When the latest event seen happened: an action's answer older than that is already out of date.
  const seenAt = useRef(0);
  const started = useRef(new Set<string>());
  const since = Date.parse(initial.updated_at);
  const hear = useRef(onEvent);
  hear.current = onEvent;
  const current = useRef(run);
  current.current = run;
  const show = (next: Run) => {
    current.current = next;
    setRun(next);
  };

  useEffect(() => {
    if (!generation) return;
    const abort = new AbortController();
    const { signal } = abort;
    const take = (e: RunEvent) => {
      if (!newer(e.id, last.current)) return;
      last.current = e.id;
      seenAt.current = Math.max(seenAt.current, Date.parse(e.created_at));
      const next = apply(current.current, e, started.current);
      show(next);
      if (Date.parse(e.created_at) > since) hear.current(e, next);
    };
    void (async () => {
      try {
        setMode('stream');
        try {
          for await (const e of runEvents<RunEvent>(client, siteId, initial.id, {
            signal,
            lastEventId: last.current,
            maxRetries: 2,
            retryMs: 1000,
          }))
            take(e.data);
        } catch {
          if (signal.aborted) return;
          // The stream cannot pass: the same events by polling, from the last one seen.
          setMode('poll');
          for await (const e of pollRunEvents<RunEvent>(client, siteId, initial.id, {
            signal,
            intervalMs: 2000,
            ...(last.current ? { after: last.current } : {}),
          }))
            take(e);
        }
        if (signal.aborted) return;
        // Ended, every event read: the run as stored is exact (the clustering's keywords, the error).
        show(await client.automation.run(siteId, initial.id, { signal }).catch(() => current.current));
        setMode('idle');
      } catch {
        if (!signal.aborted) setMode('lost');
      }
    })();
    return () => abort.abort();
  }, [initial.id, generation]);

  return {
    run,
    mode,
    update(answer) {
      // E.g. a pause's answer (running, pause requested) that the stream overtook with `run.paused`.
      const stale = Date.parse(answer.updated_at) < seenAt.current;
      let merged: Run = stale ? current.current : { ...current.current, ...answer, stages: current.current.stages };
      // A retried run's failed stage is run again (its `run.resumed` event says the same).
      if (answer.status === 'running' && current.current.status === 'failed') merged.stages = answer.stages;
      if (active(merged) && (mode === 'idle' || mode === 'lost')) {
        // Followed again; a run never followed here replays its events from the first.
        if (last.current === null) merged = zeroed(merged);
        setGeneration((g) => g + 1);
      }
      show(merged);
    },
    reconnect: () => setGeneration((g) => g + 1),
  };
}
