// Server-sent events (the HTML spec's text/event-stream): `sseStream` turns a poll over stored rows (e.g. a run's
// events, each with an increasing id) into a Readable that the router sends unbuffered (`sendEventStream`).
//
// The stream: a `retry:` field first (which also sends the headers at once), then each event as a frame, polled
// oldest first after the client's Last-Event-ID. When idle it polls every `intervalMs` and writes a `: keep-alive`
// comment every `heartbeatMs`. When a poll returns nothing and `finished()` says no more can come, it polls once
// more (events written just before the end are not lost), sends `event: end` and closes: a client that sees
// `end` must not reconnect (a browser's EventSource must call close(), or it reconnects when the stream closes).
// A failed poll sends `event: error` (data `{ code, message }`) and closes. Nothing polls while the consumer
// has not read what was sent, nor after the stream is destroyed or the signal aborts.
import { Readable } from 'node:stream';
import type Koa from 'koa';
import type { Context } from 'koa';
import { AppError } from '../errors.js';

export interface SseEvent {
  id: string;
  event?: string;
  /** JSON-serialized into the frame's `data:` (undefined is sent as `null`). */
  data: unknown;
}

export interface SseStreamOptions {
  /** Events after `lastId` (exclusive), oldest first, at most `limit`. */
  poll(lastId: string | null, limit: number): Promise<SseEvent[]>;
  /** Whether no more events can come (the run ended); checked after a poll returns nothing. */
  finished(): Promise<boolean>;
  /** From the Last-Event-ID header or a `?last_event_id=` query; null for the start. */
  lastEventId: string | null;
  /** Poll interval when idle (default 1000 ms). */
  intervalMs?: number;
  /** A `: keep-alive` comment when nothing was sent for this long (default 15 000 ms). */
  heartbeatMs?: number;
  /** The `retry:` field sent first: how long a client waits before reconnecting (default 2000 ms). */
  retryMs?: number;
  /** The `limit` passed to `poll` (default 100). */
  batchSize?: number;
  /** Aborted when the client goes away: the stream is destroyed and polls no more. */
  signal?: AbortSignal;
  /** Called with what `poll` or `finished` threw (e.g. to log it) before the `error` frame is sent. */
  onError?: (error: unknown) => void;
}

/** The event type sent last when the stream is finished; the client stops there. */
export const END_EVENT = 'end';
/** The event type sent when a poll failed; the stream then closes (a client may reconnect and resume). */
export const ERROR_EVENT = 'error';

/** A field value on one line: CR, LF and NUL would break the frame (or make a client ignore an id). */
const oneLine = (value: string) => value.replace(/[\r\n\0]/g, '');

/**
 * One frame: `id:`, `event:`, then the data with one `data:` line per line of it (CRLF, LF or CR), and the blank
 * line that dispatches it.
 */
export function frame(fields: { id?: string; event?: string; data: string }): string {
  let out = '';
  if (fields.id !== undefined) out += `id: ${oneLine(fields.id)}\n`;
  if (fields.event !== undefined) out += `event: ${oneLine(fields.event)}\n`;
  for (const line of fields.data.split(/\r\n|\r|\n/)) out += `data: ${line}\n`;
  return `${out}\n`;
}

/** The frame of a stored event, its data as JSON. */
export function eventFrame(event: SseEvent): string {
  return frame({ id: event.id, event: event.event, data: JSON.stringify(event.data) ?? 'null' });
}

export function sseStream(options: SseStreamOptions): Readable {
  const { poll, finished, signal, onError } = options;
  const intervalMs = options.intervalMs ?? 1000;
  const heartbeatMs = options.heartbeatMs ?? 15_000;
  const limit = options.batchSize ?? 100;
  let lastId = options.lastEventId;
  let started = false;
  let stopped = false;
  let lastSent = Date.now();
  /** Set while the loop waits for the consumer to read (backpressure). */
  let resume: (() => void) | undefined;
  /** Set while the loop waits, idle, for its next poll or heartbeat. */
  let wake: (() => void) | undefined;
  let timer: NodeJS.Timeout | undefined;

  const stop = () => {
    stopped = true;
    clearTimeout(timer);
    resume?.();
    wake?.();
  };
  const readable = new Readable({
    read() {
      if (started) return resume?.();
      started = true;
      void run();
    },
    destroy(error, callback) {
      stop();
      signal?.removeEventListener('abort', onAbort);
      callback(error);
    },
  });
  const onAbort = () => readable.destroy();
  if (signal?.aborted) readable.destroy();
  else signal?.addEventListener('abort', onAbort, { once: true });

  /** Queues a frame; resolves once the consumer wants more (at once unless its buffer is full). */
  const send = async (text: string) => {
    lastSent = Date.now();
    if (readable.push(text)) return;
    await new Promise<void>((resolve) => {
      resume = resolve;
    });
    resume = undefined;
  };
  const idle = async (ms: number) => {
    await new Promise<void>((resolve) => {
      wake = resolve;
      timer = setTimeout(resolve, ms);
    });
    clearTimeout(timer);
    wake = undefined;
  };
  /** Sends what one poll returned; true when it was a full batch (more may be waiting). */
  const sendBatch = async (events: SseEvent[]) => {
    for (const event of events) {
      if (stopped) return false;
      await send(eventFrame(event));
      lastId = event.id;
    }
    return events.length >= limit;
  };

  async function run() {
    try {
      await send(`retry: ${options.retryMs ?? 2000}\n\n`);
      let nextPoll = 0;
      while (!stopped) {
        const now = Date.now();
        if (now < nextPoll) {
          // Idle: wait for the next poll, writing a heartbeat when one is due on the way.
          await idle(Math.min(nextPoll, lastSent + heartbeatMs) - now);
          if (!stopped && Date.now() - lastSent >= heartbeatMs) await send(': keep-alive\n\n');
          continue;
        }
        const events = await poll(lastId, limit);
        if (stopped) return;
        if (events.length) {
          nextPoll = (await sendBatch(events)) ? 0 : Date.now() + intervalMs;
          continue;
        }
        if (!(await finished())) {
          nextPoll = Date.now() + intervalMs;
          continue;
        }
        // Finished: what was written before the end is there now; send it all, then the end.
        let more = true;
        while (more && !stopped) more = await sendBatch(await poll(lastId, limit));
        if (stopped) return;
        await send(frame({ event: END_EVENT, data: 'null' }));
        if (!stopped) readable.push(null);
        return;
      }
    } catch (error) {
      if (stopped) return;
      onError?.(error);
      const data =
        error instanceof AppError
          ? { code: error.code, message: error.message }
          : { code: 'INTERNAL', message: 'The event stream failed; reconnect to resume.' };
      readable.push(frame({ event: ERROR_EVENT, data: JSON.stringify(data) }));
      readable.push(null);
    }
  }

  return readable;
}

/** Whether a handler's document is an event stream (then sent by `sendEventStream`). */
export const isEventStream = (contentType: string, body: unknown): body is Readable =>
  body instanceof Readable && /^text\/event-stream\s*(;|$)/i.test(contentType);

/**
 * Sends an event stream as the response body: headers that keep caches and proxies from holding it back (nginx's
 * X-Accel-Buffering), no compression, and the stream destroyed as soon as the client goes away.
 */
export function sendEventStream(ctx: Context, body: Readable): void {
  ctx.set('Cache-Control', 'no-cache');
  ctx.set('X-Accel-Buffering', 'no');
  ctx.set('Connection', 'keep-alive');
  // koa-compress and its kin skip a response with `ctx.compress === false` (no such middleware is mounted today).
  ctx.compress = false;
  // The response closes when it ended or when the connection dropped; either way nothing more will be read.
  ctx.res.once('close', () => body.destroy());
  ctx.body = body;
}

/**
 * Koa reports a streamed body that the client stopped reading (it went away: the normal end of an event stream in
 * a browser, or a download cut off) as an app error, which its default handler prints with a stack trace. That is
 * not a failure: this drops it and hands every other error to Koa's handler as before.
 */
export function ignoreClientAborts(app: Koa): void {
  app.on('error', (error: NodeJS.ErrnoException) => {
    if (error?.code !== 'ERR_STREAM_PREMATURE_CLOSE') app.onerror(error);
  });
}
