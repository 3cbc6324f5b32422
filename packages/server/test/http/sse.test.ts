// The event stream (src/http/sse.ts) over real HTTP on loopback: a tiny Koa app sends it the way the router sends
// a handler's document (`sendFile`), and the tests read the bytes as a client does.
import type { Server } from 'node:http';
import type { Socket } from 'node:net';
import { Readable, Writable } from 'node:stream';
import { subscribe } from '@igny8/sdk/events';
import Koa from 'koa';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { AppError } from '../../src/errors.js';
import { sendFile } from '../../src/http/router.js';
import {
  eventFrame,
  frame,
  ignoreClientAborts,
  type SseEvent,
  type SseStreamOptions,
  sseStream,
} from '../../src/http/sse.js';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** A run's events in memory: ids 1, 2, 3… and a flag for the end. */
class Run {
  events: SseEvent[] = [];
  done = false;
  polls: (string | null)[] = [];
  add(n: number) {
    for (let i = 0; i < n; i++) {
      const id = String(this.events.length + 1);
      this.events.push({ id, event: 'item_done', data: { n: Number(id) } });
    }
  }
  options(): Pick<SseStreamOptions, 'poll' | 'finished'> {
    return {
      poll: async (lastId, limit) => {
        this.polls.push(lastId);
        return this.events.filter((e) => Number(e.id) > Number(lastId ?? 0)).slice(0, limit);
      },
      finished: async () => this.done,
    };
  }
}

let server: Server;
let url: string;
/** What the next request's stream is made with; the route reads Last-Event-ID like the real handler will. */
let make: (lastEventId: string | null, signal: AbortSignal, socket: Socket) => Readable;
let contentType = 'text/event-stream';
/** Every stream the app made, to check it was destroyed. */
const made: Readable[] = [];

/** What reached Koa's own error handler (it prints each with its stack). */
const koaErrors: unknown[] = [];

beforeAll(async () => {
  const app = new Koa();
  ignoreClientAborts(app);
  app.onerror = (error) => koaErrors.push(error);
  app.use(async (ctx) => {
    const lastEventId = ctx.get('last-event-id') || (ctx.query.last_event_id as string | undefined) || null;
    const gone = new AbortController();
    ctx.res.once('close', () => gone.abort());
    const body = make(lastEventId, gone.signal, ctx.req.socket);
    made.push(body);
    sendFile(ctx, { contentType, body });
  });
  server = await new Promise((resolve) => {
    const s = app.listen(0, '127.0.0.1', () => resolve(s));
  });
  const address = server.address();
  url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));
afterEach(() => {
  expect(koaErrors).toEqual([]);
  made.length = 0;
  contentType = 'text/event-stream';
});

/** Reads the response body until `until(text so far)` holds or the stream ends; resolves with the text. */
async function readUntil(response: Response, until: (text: string) => boolean = () => false): Promise<string> {
  const reader = (response.body as ReadableStream<Uint8Array>).getReader();
  const decoder = new TextDecoder();
  let text = '';
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return text;
    text += decoder.decode(value, { stream: true });
    if (until(text)) {
      reader.releaseLock();
      return text;
    }
  }
}

const ids = (text: string) => [...text.matchAll(/^id: (.*)$/gm)].map((m) => m[1]);

describe('sseStream over HTTP', () => {
  it('sends retry first, then the events in order with ids, then `end`, and closes', async () => {
    const run = new Run();
    run.add(5);
    run.done = true;
    make = (lastEventId) => sseStream({ ...run.options(), lastEventId, intervalMs: 10 });
    const response = await fetch(url);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/event-stream/);
    expect(response.headers.get('cache-control')).toBe('no-cache');
    expect(response.headers.get('x-accel-buffering')).toBe('no');
    expect(response.headers.get('connection')).toBe('keep-alive');
    expect(response.headers.get('content-encoding')).toBeNull();
    expect(response.headers.get('content-length')).toBeNull();
    const text = await readUntil(response);
    expect(text).toBe(
      'retry: 2000\n\n' +
        [1, 2, 3, 4, 5].map((n) => `id: ${n}\nevent: item_done\ndata: {"n":${n}}\n\n`).join('') +
        'event: end\ndata: null\n\n',
    );
  });

  it('resumes after Last-Event-ID (or ?last_event_id=) with only the later events', async () => {
    const run = new Run();
    run.add(5);
    run.done = true;
    make = (lastEventId) => sseStream({ ...run.options(), lastEventId, intervalMs: 10 });
    const fromHeader = await readUntil(await fetch(url, { headers: { 'Last-Event-ID': '3' } }));
    expect(ids(fromHeader)).toEqual(['4', '5']);
    expect(fromHeader).toMatch(/event: end\ndata: null\n\n$/);
    const fromQuery = await readUntil(await fetch(`${url}/?last_event_id=4`));
    expect(ids(fromQuery)).toEqual(['5']);
    const fromLast = await readUntil(await fetch(url, { headers: { 'Last-Event-ID': '5' } }));
    expect(fromLast).toBe('retry: 2000\n\nevent: end\ndata: null\n\n');
  });

  it('sends events as they come, keep-alive comments while idle, and ends once the run is finished', async () => {
    const run = new Run();
    make = (lastEventId) => sseStream({ ...run.options(), lastEventId, intervalMs: 5, heartbeatMs: 30 });
    const response = await fetch(url);
    const reading = readUntil(response);
    await sleep(100); // idle: about three heartbeats
    run.add(2);
    await sleep(50);
    run.add(1);
    run.done = true;
    const text = await reading;
    const beforeEvents = text.slice(0, text.indexOf('id: 1'));
    expect(beforeEvents.match(/^: keep-alive\n\n/gm)?.length).toBeGreaterThanOrEqual(2);
    expect(ids(text)).toEqual(['1', '2', '3']);
    expect(text).toMatch(/id: 3\nevent: item_done\ndata: \{"n":3\}\n\n(: keep-alive\n\n)*event: end\ndata: null\n\n$/);
  });

  it.each([
    ['with', true],
    ['without', false],
  ])('stops polling as soon as the client goes away, and destroys the stream (%s a signal)', async (_, given) => {
    const run = new Run();
    make = (lastEventId, signal) =>
      sseStream({ ...run.options(), lastEventId, intervalMs: 5, signal: given ? signal : undefined });
    const client = new AbortController();
    const response = await fetch(url, { signal: client.signal });
    await readUntil(response, (text) => text.includes('retry:'));
    await sleep(50);
    expect(run.polls.length).toBeGreaterThan(3);
    client.abort();
    await sleep(30);
    const after = run.polls.length;
    await sleep(100); // twenty intervals
    expect(run.polls.length).toBe(after);
    expect(made[0]?.destroyed).toBe(true);
  });

  it("is read by the SDK's subscribe: every event once, in order, across a dropped connection", async () => {
    const run = new Run();
    run.add(6);
    run.done = true;
    const resumedFrom: (string | null)[] = [];
    make = (lastEventId, signal, socket) => {
      resumedFrom.push(lastEventId);
      const first = resumedFrom.length === 1;
      const { poll, finished } = run.options();
      return sseStream({
        lastEventId,
        signal,
        intervalMs: 5,
        retryMs: 10,
        batchSize: 3,
        // The first connection drops after three events, as a proxy or a network would cut it.
        poll: async (lastId, limit) => {
          if (first && lastId === '3') {
            setTimeout(() => socket.destroy(), 20);
            return [];
          }
          return poll(lastId, limit);
        },
        finished: async () => !first && (await finished()),
      });
    };
    const events: { id: string | null; event: string; data: unknown }[] = [];
    for await (const event of subscribe((id) => fetch(url, { headers: id ? { 'Last-Event-ID': id } : {} }))) {
      events.push(event);
    }
    expect(events.map((e) => e.id)).toEqual(['1', '2', '3', '4', '5', '6']);
    expect(events[3]).toEqual({ id: '4', event: 'item_done', data: { n: 4 } });
    expect(resumedFrom).toEqual([null, '3']);
  });

  it('hands Koa every app error but a client that went away', () => {
    const other = new Error('a real failure');
    const app = new Koa();
    ignoreClientAborts(app);
    const seen: unknown[] = [];
    app.onerror = (error) => seen.push(error);
    app.emit('error', Object.assign(new Error('Premature close'), { code: 'ERR_STREAM_PREMATURE_CLOSE' }));
    app.emit('error', other);
    expect(seen).toEqual([other]);
  });

  it('keeps a document other than an event stream as it was', async () => {
    contentType = 'text/csv';
    make = () => Readable.from(['a', 'b']);
    const response = await fetch(url);
    expect(response.headers.get('cache-control')).toBeNull();
    expect(await response.text()).toBe('ab');
  });
});

describe('sseStream', () => {
  /** Reads the stream to its end. */
  const drain = async (stream: Readable) => {
    let text = '';
    for await (const chunk of stream) text += String(chunk);
    return text;
  };

  it('loses no event written just before the run ended (between an empty poll and `finished`)', async () => {
    const run = new Run();
    const { poll } = run.options();
    const stream = sseStream({
      poll,
      finished: async () => {
        run.add(1); // the last event and the end land between the poll and this check
        return true;
      },
      lastEventId: null,
    });
    const text = await drain(stream);
    expect(ids(text)).toEqual(['1']);
    expect(text).toMatch(/event: end\ndata: null\n\n$/);
  });

  it('polls again at once after a full batch, and waits after a short one', async () => {
    const run = new Run();
    run.add(7);
    run.done = true;
    const text = await drain(sseStream({ ...run.options(), lastEventId: null, batchSize: 3, intervalMs: 5 }));
    expect(ids(text)).toEqual(['1', '2', '3', '4', '5', '6', '7']);
    // A full batch is followed at once by the next poll; the short one (7) by an empty poll after the interval, and
    // once `finished` holds, by one more (nothing was written between the two).
    expect(run.polls).toEqual([null, '3', '6', '7', '7']);
  });

  it('does not poll again while the consumer has not read (backpressure)', async () => {
    let polls = 0;
    const big = 'x'.repeat(100_000); // one frame fills the buffer
    const stream = sseStream({
      poll: async (lastId) => {
        polls++;
        return [{ id: String(Number(lastId ?? 0) + 1), data: big }];
      },
      finished: async () => false,
      lastEventId: null,
      intervalMs: 1,
    });
    let release: (() => void) | undefined;
    const stalled = new Writable({
      highWaterMark: 1,
      write(_chunk, _encoding, callback) {
        release = callback; // the consumer takes one chunk and then stops reading
      },
    });
    stream.pipe(stalled);
    await sleep(50);
    const stalledPolls = polls;
    expect(stalledPolls).toBeLessThanOrEqual(2);
    await sleep(50);
    expect(polls).toBe(stalledPolls);
    // It reads again: the polls go on.
    stalled._write = (_chunk, _encoding, callback) => callback();
    release?.();
    await sleep(50);
    expect(polls).toBeGreaterThan(stalledPolls + 2);
    stream.destroy();
  });

  it('ends with an `error` frame when a poll fails, and reports the error', async () => {
    const reported: unknown[] = [];
    const failing = (error: Error) =>
      sseStream({
        poll: async () => {
          throw error;
        },
        finished: async () => false,
        lastEventId: '7',
        onError: (e) => reported.push(e),
      });
    const internal = await drain(failing(new Error('connection reset by the database at 10.0.0.3')));
    expect(internal).toBe(
      'retry: 2000\n\nevent: error\ndata: {"code":"INTERNAL","message":"The event stream failed; reconnect to resume."}\n\n',
    );
    expect(internal).not.toContain('10.0.0.3');
    const notFound = await drain(failing(new AppError('NOT_FOUND', 'Run not found.')));
    expect(notFound).toContain('event: error\ndata: {"code":"NOT_FOUND","message":"Run not found."}\n\n');
    expect(reported).toHaveLength(2);
  });

  it('stops when the signal aborts, even with a poll in flight, and polls no more', async () => {
    let polls = 0;
    let answer: ((events: SseEvent[]) => void) | undefined;
    const controller = new AbortController();
    const stream = sseStream({
      poll: () => {
        polls++;
        return new Promise((resolve) => {
          answer = resolve;
        });
      },
      finished: async () => false,
      lastEventId: null,
      intervalMs: 1,
      signal: controller.signal,
    });
    const chunks: string[] = [];
    stream.on('data', (chunk) => chunks.push(String(chunk)));
    await sleep(20);
    expect(polls).toBe(1);
    controller.abort();
    expect(stream.destroyed).toBe(true);
    answer?.([{ id: '1', data: 1 }]); // the query in flight answers after all
    await sleep(30);
    expect(polls).toBe(1);
    expect(chunks.join('')).toBe('retry: 2000\n\n');
  });

  it('leaves no timer behind when destroyed while idle', async () => {
    vi.useFakeTimers();
    try {
      const run = new Run();
      const stream = sseStream({ ...run.options(), lastEventId: null, intervalMs: 1000, heartbeatMs: 5000 });
      stream.resume();
      await vi.advanceTimersByTimeAsync(2500);
      expect(run.polls).toHaveLength(3);
      expect(vi.getTimerCount()).toBe(1); // the wait for the next poll
      stream.destroy();
      await vi.advanceTimersByTimeAsync(0);
      expect(vi.getTimerCount()).toBe(0);
      await vi.advanceTimersByTimeAsync(10_000);
      expect(run.polls).toHaveLength(3);
    } finally {
      vi.useRealTimers();
    }
  });

  it('never starts when the signal has already aborted', async () => {
    let polls = 0;
    const stream = sseStream({
      poll: async () => {
        polls++;
        return [];
      },
      finished: async () => true,
      lastEventId: null,
      signal: AbortSignal.abort(),
    });
    expect(stream.destroyed).toBe(true);
    await sleep(20);
    expect(polls).toBe(0);
  });

  it('uses the given retry', async () => {
    const run = new Run();
    run.done = true;
    expect(await drain(sseStream({ ...run.options(), lastEventId: null, retryMs: 750 }))).toMatch(/^retry: 750\n\n/);
  });
});

describe('frame', () => {
  it('splits multi-line data into data lines (LF, CRLF and CR) and keeps fields on one line', () => {
    expect(frame({ id: '1', event: 'note', data: 'a\nb\r\nc\rd' })).toBe(
      'id: 1\nevent: note\ndata: a\ndata: b\ndata: c\ndata: d\n\n',
    );
    expect(frame({ data: '' })).toBe('data: \n\n');
    expect(frame({ id: '1\n2\0', event: 'a\rb', data: 'x' })).toBe('id: 12\nevent: ab\ndata: x\n\n');
  });

  it('sends data as JSON', () => {
    expect(eventFrame({ id: '9', data: { text: 'two\nlines' } })).toBe('id: 9\ndata: {"text":"two\\nlines"}\n\n');
    expect(eventFrame({ id: '9', data: undefined })).toBe('id: 9\ndata: null\n\n');
  });
});
