// Requests node's HTTP parser refuses before the app sees them (a URL or headers over 16 KB, a request line that is
// not HTTP) get the error envelope like any other bad input, on a real socket, and the server goes on serving.
import { connect } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../helpers/server.js';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({ worker: false });
});
afterAll(async () => {
  await server.close();
});

/** Sends `raw` on a new connection and answers everything the server wrote until it closed. */
async function exchange(raw: string): Promise<string> {
  const { hostname, port } = new URL(server.url);
  const socket = connect(Number(port), hostname);
  const chunks: Buffer[] = [];
  socket.on('data', (c: Buffer) => chunks.push(c));
  socket.on('error', () => {});
  socket.write(raw);
  await new Promise((r) => socket.on('close', r));
  return Buffer.concat(chunks).toString('utf8');
}

function parse(answer: string) {
  const [head = '', body = ''] = answer.split('\r\n\r\n');
  const [status, ...lines] = head.split('\r\n');
  const headers = Object.fromEntries(
    lines.map((l) => [l.slice(0, l.indexOf(':')).toLowerCase(), l.slice(l.indexOf(':') + 1).trim()]),
  );
  return { status, headers, body: JSON.parse(body) };
}

describe('a request the HTTP parser refuses', () => {
  it.each([
    ['a URL over 16 KB', `GET /v1/sites?q=${'a'.repeat(20_000)} HTTP/1.1\r\nHost: x\r\n\r\n`, /larger than 16 KB/],
    ['a header over 16 KB', `GET /healthz HTTP/1.1\r\nHost: x\r\nX-Big: ${'b'.repeat(20_000)}\r\n\r\n`, /16 KB/],
    ['a request line that is not HTTP', 'HELLO THERE\r\n\r\n', /not a well-formed HTTP request/],
    ['a malformed header', 'GET /healthz HTTP/1.1\r\nHost: x\r\nBad Header\r\n\r\n', /not a well-formed/],
  ])('answers 400 BAD_REQUEST in the envelope: %s', async (_name, raw, message) => {
    const answer = parse(await exchange(raw));
    expect(answer.status).toBe('HTTP/1.1 400 Bad Request');
    expect(answer.headers['content-type']).toBe('application/json; charset=utf-8');
    expect(answer.headers.connection).toBe('close');
    expect(answer.body).toEqual({
      error: { code: 'BAD_REQUEST', message: expect.stringMatching(message) },
      request_id: answer.headers['x-request-id'],
    });
    expect(answer.body.request_id).toMatch(/^[0-9a-f-]{36}$/);
    // The server is unharmed.
    expect((await fetch(`${server.url}/healthz`)).status).toBe(200);
  });
});
