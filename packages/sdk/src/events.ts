// Server-sent events: a parser of text/event-stream as the HTML spec defines it, over fetch's `response.body`, and
// `subscribe`, which reconnects after a dropped connection from the last event id it saw, so that every event is
// seen once. The API's convention: `event: end` is the last frame of a stream that is finished (subscribe stops
// there); `event: error` (data `{ code, message }`) means the server failed and closed (subscribe reconnects).
import { APIConnectionError, APIError, Igny8Error } from './errors.js';
import { sleep } from './internal/sleep.js';

/** One event as the parser dispatches it. */
export interface ServerSentEvent {
  /** The last event id when it was dispatched: its own `id:`, else the one before it (null before any). */
  id: string | null;
  /** The `event:` field, `message` when there was none. */
  event: string;
  /** The `data:` lines, joined with `\n`. */
  data: string;
}

/** What the parser keeps between events and connections; it updates the object it is given. */
export interface EventStreamState {
  /** The id to resume from (Last-Event-ID): the last `id:` seen, taken at each blank line. */
  lastEventId: string | null;
  /** Milliseconds to wait before reconnecting, from the last valid `retry:` field. */
  retry?: number;
}

/**
 * Parses a text/event-stream body, yielding each event once its blank line arrives: `data` lines joined with `\n`,
 * `event`, `id` (one holding NUL is ignored), `retry` (digits only), `:` comments, and lines ended by CRLF, LF or
 * CR, in chunks split anywhere (in a UTF-8 character too). An event the stream ends in the middle of is dropped.
 * Reading stops when `signal` aborts, or when no byte arrived for `idleTimeoutMs` (a connection gone silent).
 */
export async function* parseEventStream(
  body: ReadableStream<Uint8Array>,
  state: EventStreamState = { lastEventId: null },
  options: { signal?: AbortSignal | undefined; idleTimeoutMs?: number | undefined } = {},
): AsyncGenerator<ServerSentEvent, void, undefined> {
  const { signal, idleTimeoutMs } = options;
  const reader = body.getReader();
  const decoder = new TextDecoder();
  const cancel = () => {
    reader.cancel().catch(() => undefined);
  };
  let timer: ReturnType<typeof setTimeout> | undefined;
  let id = state.lastEventId;
  let event = '';
  let data = '';
  let rest = '';
  let skipLF = false;
  signal?.addEventListener('abort', cancel);
  try {
    while (!signal?.aborted) {
      if (idleTimeoutMs) timer = setTimeout(cancel, idleTimeoutMs);
      const chunk = await reader.read();
      clearTimeout(timer);
      if (chunk.done) return;
      let text = decoder.decode(chunk.value, { stream: true });
      if (!text) continue;
      // A CR that ended the last chunk may be the first half of a CRLF.
      if (skipLF && text[0] === '\n') text = text.slice(1);
      rest += text;
      skipLF = rest.endsWith('\r');
      const lines = rest.split(/\r\n|\r|\n/);
      rest = lines.pop() as string;
      const events: ServerSentEvent[] = [];
      for (const line of lines) {
        if (!line) {
          state.lastEventId = id;
          if (data) events.push({ id, event: event || 'message', data: data.slice(0, -1) });
          data = event = '';
        } else if (line[0] !== ':') {
          const colon = line.indexOf(':');
          const field = colon < 0 ? line : line.slice(0, colon);
          let value = colon < 0 ? '' : line.slice(colon + 1);
          if (value[0] === ' ') value = value.slice(1);
          if (field === 'data') data += `${value}\n`;
          else if (field === 'event') event = value;
          else if (field === 'id') id = value.includes('\0') ? id : value;
          else if (field === 'retry' && /^\d+$/.test(value)) state.retry = Number(value);
        }
      }
      yield* events;
    }
  } finally {
    clearTimeout(timer);
    signal?.removeEventListener('abort', cancel);
    cancel();
  }
}

/** An event as `subscribe` yields it: `data` parsed as JSON when it is JSON, else the text. */
export interface StreamEvent<T = unknown> {
  id: string | null;
  event: string;
  data: T;
}

export interface SubscribeOptions {
  /** Resume after this event id (e.g. one stored from an earlier subscription). */
  lastEventId?: string | null;
  /** Stops the subscription: the iteration ends (no error) and the connection closes. */
  signal?: AbortSignal;
  /** Failures in a row (a connection refused or failing, or an `error` frame) before giving up (default 5). */
  maxRetries?: number;
  /** Milliseconds before reconnecting, until the server's `retry:` says otherwise (default 2000). */
  retryMs?: number;
  /** Reconnects when nothing arrived for this long, not even a keep-alive (default 45 000; 0: never). */
  idleTimeoutMs?: number;
}

const json = (text: string): unknown => {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
};

/** A failure worth reconnecting after: the network, a 5xx or a 429, or anything that is not the SDK's own verdict. */
const retryable = (error: unknown) => {
  const status = APIError.is(error) ? error.status : 0;
  return !Igny8Error.is(error) || APIConnectionError.is(error) || status >= 500 || status === 429;
};

/**
 * Yields the events of a stream, reconnecting after a dropped connection with the last id seen, so that each
 * event comes once, in order. `open(lastEventId)` opens the stream (e.g. `(id) => core.stream(path, { headers:
 * { 'Last-Event-ID': id } })`). Ends after `event: end`, or when `signal` aborts; throws an error that a retry
 * cannot mend (a 4xx, a body that is not an event stream) at once, and any other after `maxRetries` in a row.
 */
export async function* subscribe<T = unknown>(
  open: (lastEventId: string | null) => Promise<Response>,
  options: SubscribeOptions = {},
): AsyncGenerator<StreamEvent<T>, void, undefined> {
  const { signal, maxRetries = 5, idleTimeoutMs = 45_000 } = options;
  const state: EventStreamState = { lastEventId: options.lastEventId ?? null, retry: options.retryMs ?? 2000 };
  let failures = 0;
  while (!signal?.aborted) {
    let failed: unknown;
    try {
      const response = await open(state.lastEventId || null);
      if (!/^text\/event-stream/i.test(response.headers.get('content-type') ?? '') || !response.body) {
        await response.body?.cancel();
        throw new Igny8Error('The API answered with a body that is not an event stream.');
      }
      for await (const e of parseEventStream(response.body, state, { signal, idleTimeoutMs })) {
        // Aborted: not one more event, even one already read from the same chunk.
        if (e.event === 'end' || signal?.aborted) return;
        if (e.event === 'error') {
          failed = APIError.generate(500, { error: json(e.data) });
          break;
        }
        failures = 0;
        yield { id: e.id, event: e.event, data: json(e.data) as T };
      }
    } catch (error) {
      if (signal?.aborted) return;
      if (!retryable(error)) throw error;
      failed = error;
    }
    if (failed && ++failures > maxRetries) throw failed;
    await sleep(state.retry as number, signal).catch(() => undefined);
  }
}

/** What `runEvents` and `pollRunEvents` need of a client: its streaming GET and the polling method. */
interface RunEventsClient {
  stream(
    path: string,
    options?: { headers?: Record<string, string | null | undefined>; signal?: AbortSignal },
  ): Promise<Response>;
  automation: {
    events(
      siteId: string,
      runId: string,
      query?: { after?: string; limit?: number },
      options?: { signal?: AbortSignal },
    ): Promise<{ id: string; type: string }[]>;
    run(siteId: string, runId: string, options?: { signal?: AbortSignal }): Promise<{ status: string }>;
  };
}

const runPath = (siteId: string, runId: string) =>
  `/v1/sites/${encodeURIComponent(siteId)}/automation/runs/${encodeURIComponent(runId)}/events`;

/**
 * An automation run's events, live (server-sent events): each once and in order across reconnections, ending
 * when the run has ended. `for await (const e of runEvents(client, siteId, runId)) console.log(e.event, e.data)`.
 */
export function runEvents<T = unknown>(
  client: RunEventsClient,
  siteId: string,
  runId: string,
  options: SubscribeOptions = {},
): AsyncGenerator<StreamEvent<T>, void, undefined> {
  const path = runPath(siteId, runId);
  return subscribe<T>(
    (lastEventId) => client.stream(path, { headers: { 'Last-Event-ID': lastEventId }, signal: options.signal }),
    options,
  );
}

/**
 * The same events by polling (where a stream cannot pass: some proxies), every `intervalMs` (default 2000),
 * ending once the run has ended and every event is read.
 */
export async function* pollRunEvents<T extends { id: string; type: string }>(
  client: RunEventsClient,
  siteId: string,
  runId: string,
  options: { after?: string; intervalMs?: number; signal?: AbortSignal } = {},
): AsyncGenerator<T, void, undefined> {
  let after = options.after;
  const ended = new Set(['completed', 'failed', 'cancelled']);
  for (;;) {
    if (options.signal?.aborted) return;
    const page = (await client.automation.events(siteId, runId, { after, limit: 500 }, options)) as T[];
    for (const event of page) {
      after = event.id;
      yield event;
    }
    if (page.length === 500) continue;
    if (ended.has((await client.automation.run(siteId, runId, options)).status)) {
      // One more read: events written as the run ended.
      const last = (await client.automation.events(siteId, runId, { after, limit: 500 }, options)) as T[];
      for (const event of last) yield event;
      return;
    }
    await new Promise((resolve) => setTimeout(resolve, options.intervalMs ?? 2000));
  }
}
