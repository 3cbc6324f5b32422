// `@igny8/sdk/events`: the text/event-stream parser, rule by rule and split at every byte, and `subscribe` against
// a real HTTP server on loopback that drops connections, fails and ends.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  type EventStreamState,
  parseEventStream,
  type ServerSentEvent,
  type StreamEvent,
  subscribe,
} from '../src/events.js';
import { APIError, APIUserAbortError, Igny8, Igny8Error, NotFoundError } from '../src/index.js';

const encoder = new TextEncoder();
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** A body that delivers `chunks` one by one. */
function bodyOf(chunks: (string | Uint8Array)[]): ReadableStream<Uint8Array> {
  let i = 0;
  return new ReadableStream<Uint8Array>({
    pull(controller) {
      const chunk = chunks[i++];
      if (chunk === undefined) controller.close();
      else controller.enqueue(typeof chunk === 'string' ? encoder.encode(chunk) : chunk);
    },
  });
}

async function parseAll(chunks: (string | Uint8Array)[], state: EventStreamState = { lastEventId: null }) {
  const events: ServerSentEvent[] = [];
  for await (const event of parseEventStream(bodyOf(chunks), state)) events.push(event);
  return { events, state };
}

// Every framing rule once: a BOM, comments, retry (valid and not), CRLF, CR and LF endings, a field without a
// colon, no space or two after the colon, an unknown field, an event without data, an id holding NUL, multi-byte
// characters (2, 3 and 4 bytes in UTF-8), an empty data line, and an event the stream ends in the middle of.
const SAMPLE =
  '\uFEFF: a comment\n' +
  'retry: 1500\n' +
  'retry: 1.5\n' +
  'id: 1\r\n' +
  'event: stage_started\r\n' +
  'data: {"stage":"plan"}\r\n' +
  '\r\n' +
  'data: first line\r' +
  'data:second line, no space\r' +
  'data:  two spaces keep one\r' +
  'unknown: ignored\r' +
  ':comment: too\r' +
  '\r' +
  'id: 2\n' +
  'data\n' +
  '\n' +
  'id: 3\n' +
  'event: lonely\n' +
  '\n' +
  'id: bad\0id\n' +
  'data: héllo wörld € 😀\n' +
  'data:\n' +
  '\n' +
  'id: 5\n' +
  'data: never dispatched\n';

const EXPECTED: ServerSentEvent[] = [
  { id: '1', event: 'stage_started', data: '{"stage":"plan"}' },
  { id: '1', event: 'message', data: 'first line\nsecond line, no space\n two spaces keep one' },
  { id: '2', event: 'message', data: '' },
  { id: '3', event: 'message', data: 'héllo wörld € 😀\n' },
];

describe('parseEventStream', () => {
  const bytes = encoder.encode(SAMPLE);

  it('follows every framing rule of the spec', async () => {
    const { events, state } = await parseAll([SAMPLE]);
    expect(events).toEqual(EXPECTED);
    // The id of the event cut off is not taken: it was never dispatched.
    expect(state).toEqual({ lastEventId: '3', retry: 1500 });
  });

  it('gives the same events however the bytes are split: at every position, and byte by byte', async () => {
    for (let i = 0; i <= bytes.length; i++) {
      const { events, state } = await parseAll([bytes.slice(0, i), bytes.slice(i)]);
      expect(events, `split at byte ${i}`).toEqual(EXPECTED);
      expect(state.lastEventId).toBe('3');
    }
    const single = await parseAll([...bytes].map((b) => Uint8Array.of(b)));
    expect(single.events).toEqual(EXPECTED);
  });

  it('gives the same events split at every pair of positions', async () => {
    for (let i = 1; i < bytes.length; i += 1) {
      for (let j = i + 1; j < bytes.length; j += 3) {
        const { events } = await parseAll([bytes.slice(0, i), bytes.slice(i, j), bytes.slice(j)]);
        expect(events, `split at bytes ${i} and ${j}`).toEqual(EXPECTED);
      }
    }
  });

  it('treats a CR then an empty chunk then an LF as one line end', async () => {
    const { events } = await parseAll(['data: a\r', new Uint8Array(0), '\n\r', new Uint8Array(0), '\ndata: b\n\n']);
    expect(events.map((e) => e.data)).toEqual(['a', 'b']);
  });

  it('dispatches an event ended by CR at once, without waiting for the next chunk', async () => {
    let controller!: ReadableStreamDefaultController<Uint8Array>;
    const body = new ReadableStream<Uint8Array>({
      start(c) {
        controller = c;
      },
    });
    const events = parseEventStream(body);
    controller.enqueue(encoder.encode('data: x\r\r'));
    const first = await Promise.race([events.next(), sleep(200).then(() => 'waited')]);
    expect(first).toEqual({ done: false, value: { id: null, event: 'message', data: 'x' } });
    controller.close();
    expect(await events.next()).toEqual({ done: true, value: undefined });
  });

  it('starts from the given last event id and keeps it for events without one', async () => {
    const { events, state } = await parseAll(['data: a\n\nid: 8\ndata: b\n\ndata: c\n\n'], { lastEventId: '7' });
    expect(events.map((e) => e.id)).toEqual(['7', '8', '8']);
    expect(state.lastEventId).toBe('8');
    // An empty id resets it.
    expect((await parseAll(['id\ndata: a\n\n'], { lastEventId: '7' })).events[0]?.id).toBe('');
  });

  it('stops reading and cancels the body when the signal aborts, or when nothing arrives for idleTimeoutMs', async () => {
    for (const stop of ['abort', 'idle'] as const) {
      let cancelled = false;
      const body = new ReadableStream<Uint8Array>({
        start(controller) {
          controller.enqueue(encoder.encode('data: one\n\n'));
        },
        cancel() {
          cancelled = true;
        },
      });
      const controller = new AbortController();
      const seen: string[] = [];
      const options = stop === 'abort' ? { signal: controller.signal } : { idleTimeoutMs: 50 };
      const reading = (async () => {
        for await (const event of parseEventStream(body, { lastEventId: null }, options)) seen.push(event.data);
      })();
      await sleep(20);
      if (stop === 'abort') controller.abort();
      await reading;
      expect(seen).toEqual(['one']);
      expect(cancelled).toBe(true);
    }
  });

  it('cancels the body when the consumer stops early', async () => {
    let cancelled = false;
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(encoder.encode('data: 1\n\ndata: 2\n\n'));
      },
      cancel() {
        cancelled = true;
      },
    });
    for await (const event of parseEventStream(body)) {
      expect(event.data).toBe('1');
      break;
    }
    expect(cancelled).toBe(true);
  });
});

// ---- subscribe, against a real server ----

interface Seen {
  method: string;
  url: string;
  lastEventId: string | undefined;
  authorization: string | undefined;
  accept: string | undefined;
}
type Route = (req: IncomingMessage, res: ServerResponse, n: number) => void;

let server: Server;
let baseUrl: string;
let route: Route;
let seen: Seen[] = [];
/** Connections the server saw close, by request number. */
let closed: number[] = [];

beforeAll(async () => {
  server = createServer((req, res) => {
    seen.push({
      method: req.method ?? '',
      url: req.url ?? '',
      lastEventId: req.headers['last-event-id'] as string | undefined,
      authorization: req.headers.authorization,
      accept: req.headers.accept,
    });
    const n = seen.length;
    // No keep-alive: a socket closed after a test is never picked up again by the next one.
    res.setHeader('connection', 'close');
    res.once('close', () => closed.push(n));
    route(req, res, n);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  baseUrl = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
});
afterEach(() => {
  seen = [];
  closed = [];
  server.closeAllConnections();
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

const frameOf = (n: number) => `id: ${n}\nevent: item_done\ndata: {"n":${n}}\n\n`;
const eventStream = (res: ServerResponse, retry = 10) => {
  res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache' });
  res.write(`retry: ${retry}\n\n`);
};
/** Events after the request's Last-Event-ID up to `to`. */
const after = (req: IncomingMessage, to: number) => {
  const from = Number(req.headers['last-event-id'] ?? 0) + 1;
  return Array.from({ length: Math.max(0, to - from + 1) }, (_, i) => from + i);
};
const open =
  (path = '/events') =>
  (id: string | null) =>
    fetch(baseUrl + path, { headers: id ? { 'Last-Event-ID': id } : {} });

async function collect<T>(events: AsyncIterable<StreamEvent<T>>): Promise<StreamEvent<T>[]> {
  const out: StreamEvent<T>[] = [];
  for await (const event of events) out.push(event);
  return out;
}

describe('subscribe', () => {
  it('sees every event exactly once, in order, across dropped connections (one cut in the middle of a frame)', async () => {
    route = (req, res, n) => {
      eventStream(res);
      if (n === 1) {
        for (const i of after(req, 3)) res.write(frameOf(i));
        setTimeout(() => res.socket?.destroy(), 20);
      } else if (n === 2) {
        for (const i of after(req, 7)) res.write(frameOf(i));
        res.write('id: 8\nevent: item_done\ndata: {"n"'); // cut off: event 8 is not dispatched
        setTimeout(() => res.socket?.destroy(), 20);
      } else {
        for (const i of after(req, 10)) res.write(frameOf(i));
        res.end('event: end\ndata: null\n\n');
      }
    };
    const client = new Igny8({ baseUrl, apiKey: 'igny8_sk_test' });
    const events = await collect(
      subscribe<{ n: number }>((id) => client.stream('/v1/runs/r1/events', { headers: { 'Last-Event-ID': id } })),
    );
    expect(events.map((e) => e.id)).toEqual(['1', '2', '3', '4', '5', '6', '7', '8', '9', '10']);
    expect(events.map((e) => e.data.n)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(events.every((e) => e.event === 'item_done')).toBe(true);
    expect(seen.map((s) => s.lastEventId)).toEqual([undefined, '3', '7']);
    expect(seen[0]).toMatchObject({
      method: 'GET',
      url: '/v1/runs/r1/events',
      authorization: 'Bearer igny8_sk_test',
      accept: 'text/event-stream',
    });
  });

  it('resumes from the lastEventId it is given', async () => {
    route = (req, res) => {
      eventStream(res);
      for (const i of after(req, 5)) res.write(frameOf(i));
      res.end('event: end\ndata: null\n\n');
    };
    const events = await collect(subscribe(open(), { lastEventId: '3' }));
    expect(events.map((e) => e.id)).toEqual(['4', '5']);
  });

  it('honours retry: from the server', async () => {
    const opened: number[] = [];
    route = (_req, res, n) => {
      opened.push(Date.now());
      eventStream(res, 300);
      if (n === 1) {
        res.write(frameOf(1));
        setTimeout(() => res.socket?.destroy(), 10);
      } else res.end('event: end\ndata: null\n\n');
    };
    const events = await collect(subscribe(open(), { retryMs: 10_000 }));
    expect(events.map((e) => e.id)).toEqual(['1']);
    const waited = (opened[1] as number) - (opened[0] as number);
    expect(waited).toBeGreaterThanOrEqual(290);
    expect(waited).toBeLessThan(2000);
  });

  it('stops at `event: end` and closes the connection, even if the server keeps it open', async () => {
    route = (_req, res) => {
      eventStream(res);
      res.write(`${frameOf(1)}event: end\ndata: null\n\n`);
    };
    const events = await collect(subscribe(open()));
    expect(events.map((e) => e.id)).toEqual(['1']);
    await sleep(50);
    expect(closed).toEqual([1]);
    expect(seen).toHaveLength(1);
  });

  it('ends quietly when the signal aborts, and closes the connection', async () => {
    route = (_req, res) => {
      eventStream(res);
      res.write(frameOf(1));
    };
    const controller = new AbortController();
    const events: StreamEvent[] = [];
    for await (const event of subscribe(open(), { signal: controller.signal })) {
      events.push(event);
      setTimeout(() => controller.abort(), 20);
    }
    expect(events.map((e) => e.id)).toEqual(['1']);
    await sleep(50);
    expect(closed).toEqual([1]);
  });

  it('closes the connection when the consumer stops early', async () => {
    route = (req, res) => {
      eventStream(res);
      for (const i of after(req, 3)) res.write(frameOf(i));
    };
    for await (const event of subscribe(open())) {
      expect(event.id).toBe('1');
      break;
    }
    await sleep(50);
    expect(closed).toEqual([1]);
  });

  it('reconnects when the connection goes silent for idleTimeoutMs', async () => {
    route = (req, res, n) => {
      eventStream(res);
      if (n === 1)
        res.write(frameOf(1)); // then nothing, not even a keep-alive
      else res.end(`${after(req, 2).map(frameOf).join('')}event: end\ndata: null\n\n`);
    };
    const events = await collect(subscribe(open(), { idleTimeoutMs: 100 }));
    expect(events.map((e) => e.id)).toEqual(['1', '2']);
    expect(seen.map((s) => s.lastEventId)).toEqual([undefined, '1']);
  });

  it('reconnects after an `error` frame and resumes; gives up after maxRetries of them in a row', async () => {
    route = (req, res, n) => {
      eventStream(res);
      if (n === 1) res.write(frameOf(1));
      if (n === 1 || n >= 3) {
        res.end(
          'event: error\ndata: {"code":"INTERNAL","message":"The event stream failed; reconnect to resume."}\n\n',
        );
      } else {
        res.write(after(req, 2).map(frameOf).join(''));
        res.end('event: error\ndata: {"code":"INTERNAL","message":"again"}\n\n');
      }
    };
    const events: StreamEvent[] = [];
    const error = await (async () => {
      for await (const event of subscribe(open(), { maxRetries: 2 })) events.push(event);
    })().catch((e: unknown) => e);
    expect(events.map((e) => e.id)).toEqual(['1', '2']);
    expect(APIError.is(error) && error.code).toBe('INTERNAL');
    // Each connection failed after its event; the count starts again at each event. The error after event 2 and
    // connections 3 and 4 failed in a row: 2 retries after the first of them, then no more.
    expect(seen.map((s) => s.lastEventId)).toEqual([undefined, '1', '2', '2']);
  });

  it('retries a 5xx and a refused connection, up to maxRetries', async () => {
    route = (_req, res) => {
      res.writeHead(503, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ error: { code: 'UNAVAILABLE', message: 'down' } }));
    };
    const client = new Igny8({ baseUrl, apiKey: 'k' });
    const error = await collect(subscribe(() => client.stream('/events'), { maxRetries: 2, retryMs: 5 })).catch(
      (e: unknown) => e,
    );
    expect(APIError.is(error) && [error.status, error.code]).toEqual([503, 'UNAVAILABLE']);
    expect(seen).toHaveLength(3);

    const refused = new Igny8({ baseUrl: 'http://127.0.0.1:9', apiKey: 'k' });
    let attempts = 0;
    const gone = await collect(
      subscribe(
        () => {
          attempts++;
          return refused.stream('/events');
        },
        { maxRetries: 1, retryMs: 5 },
      ),
    ).catch((e: unknown) => e);
    expect((gone as Error).name).toBe('APIConnectionError');
    expect(attempts).toBe(2);
  });

  it('throws a 4xx at once, and a body that is not an event stream', async () => {
    route = (_req, res) => {
      res.writeHead(404, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ error: { code: 'NOT_FOUND', message: 'Run not found.' }, request_id: 'r1' }));
    };
    const client = new Igny8({ baseUrl, apiKey: 'k' });
    const error = await collect(subscribe(() => client.stream('/events'))).catch((e: unknown) => e);
    expect(NotFoundError.is(error) && [error.code, error.requestId]).toEqual(['NOT_FOUND', 'r1']);
    expect(seen).toHaveLength(1);

    route = (_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end('{"data":[]}');
    };
    const json = await collect(subscribe(open())).catch((e: unknown) => e);
    expect(Igny8Error.is(json) && (json as Error).message).toMatch(/not an event stream/);
    expect(seen).toHaveLength(2);
  });

  it('yields data that is not JSON as text', async () => {
    route = (_req, res) => {
      eventStream(res);
      res.end('id: 1\ndata: plain text\n\nevent: end\ndata: null\n\n');
    };
    expect(await collect(subscribe(open()))).toEqual([{ id: '1', event: 'message', data: 'plain text' }]);
  });
});

describe('client.stream', () => {
  it('refreshes an expired access token once and opens the stream with the new one', async () => {
    route = (req, res) => {
      if (req.method === 'POST' && req.url === '/v1/auth/refresh') {
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end(
          JSON.stringify({
            data: {
              access_token: 'new',
              token_type: 'Bearer',
              expires_in: 900,
              refresh_token: 'r2',
              refresh_expires_at: '2025-02-01T00:00:00Z',
              user: { id: 'u1', email: 'a@example.com', name: 'A', created_at: '2025-01-01T00:00:00Z' },
              account: {},
              role: 'owner',
            },
            request_id: 'r',
          }),
        );
      } else if (req.headers.authorization !== 'Bearer new') {
        res.writeHead(401, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ error: { code: 'TOKEN_EXPIRED', message: 'expired' } }));
      } else {
        eventStream(res);
        res.end(`${frameOf(1)}event: end\ndata: null\n\n`);
      }
    };
    const client = new Igny8({ baseUrl, accessToken: 'old', refreshToken: 'r1' });
    const events = await collect(subscribe((id) => client.stream('/events', { headers: { 'Last-Event-ID': id } })));
    expect(events.map((e) => e.id)).toEqual(['1']);
    expect(seen.map((s) => `${s.method} ${s.url} ${s.authorization ?? ''}`)).toEqual([
      'GET /events Bearer old',
      'POST /v1/auth/refresh ',
      'GET /events Bearer new',
    ]);
  });

  it('rejects with APIUserAbortError when aborted while connecting', async () => {
    route = () => undefined; // never answers
    const controller = new AbortController();
    const client = new Igny8({ baseUrl, apiKey: 'k' });
    const opening = client.stream('/events', { signal: controller.signal });
    setTimeout(() => controller.abort(), 20);
    await expect(opening).rejects.toBeInstanceOf(APIUserAbortError);
  });
});
