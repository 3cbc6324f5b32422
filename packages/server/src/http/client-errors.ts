// Requests node's HTTP parser refuses before any middleware sees them: a URL or headers larger than node's limit
// (16 KB), a request line that is not HTTP, a malformed header. Node answers these with a bare status and no body;
// here they get the API's error envelope like any other bad input: 400 BAD_REQUEST with a message saying what was
// wrong (every operation documents 400). A request that was too slow to arrive keeps node's own 408, and a
// connection the client already dropped is only closed.
import { randomUUID } from 'node:crypto';
import type { Server } from 'node:http';
import type { Duplex } from 'node:stream';

const messages: Record<string, string> = {
  HPE_HEADER_OVERFLOW: 'The request’s URL and headers are larger than 16 KB.',
  HPE_INVALID_METHOD: 'The request is not a well-formed HTTP request (unknown method).',
  HPE_INVALID_URL: 'The request’s URL is not well formed.',
};

/** The raw HTTP answer to a request refused by the parser: the error envelope, closing the connection. */
export function clientErrorAnswer(code: string | undefined): string {
  const message = (code && messages[code]) ?? 'The request is not a well-formed HTTP request.';
  const requestId = randomUUID();
  const body = JSON.stringify({ error: { code: 'BAD_REQUEST', message }, request_id: requestId });
  return [
    'HTTP/1.1 400 Bad Request',
    `X-Request-Id: ${requestId}`,
    'Content-Type: application/json; charset=utf-8',
    `Content-Length: ${Buffer.byteLength(body)}`,
    'X-Content-Type-Options: nosniff',
    'Cache-Control: no-store',
    'Connection: close',
    '',
    body,
  ].join('\r\n');
}

/** Answers the parser's refusals on `server` with the envelope (node's default handler is replaced). */
export function answerClientErrors<S extends Server>(server: S): S {
  server.on('clientError', (error: NodeJS.ErrnoException, socket: Duplex) => {
    // An answer already started on this connection (keep-alive) cannot be followed by another: close it, as node does.
    const answering = (socket as Duplex & { _httpMessage?: { headersSent?: boolean } })._httpMessage?.headersSent;
    if (!socket.writable || answering || error.code === 'ECONNRESET') {
      socket.destroy();
      return;
    }
    if (error.code === 'ERR_HTTP_REQUEST_TIMEOUT') {
      socket.end('HTTP/1.1 408 Request Timeout\r\nConnection: close\r\n\r\n');
      return;
    }
    socket.end(clientErrorAnswer(error.code));
  });
  return server;
}
