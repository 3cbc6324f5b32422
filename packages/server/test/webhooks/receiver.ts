// A webhook receiver on loopback for the tests, and a Standard Webhooks verifier written from the specification
// alone (node:crypto, not the library the server signs with): HMAC-SHA256 under the base64-decoded secret after
// `whsec_`, over `${webhook-id}.${webhook-timestamp}.${body}`, compared with each `v1,` signature of the header.
import { createHmac, timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';

export interface Received {
  /** The request's path and query. */
  path: string;
  headers: Record<string, string>;
  /** The exact bytes of the body, as text. */
  body: string;
  at: number;
}

/** Whether `secret` verifies the delivery: one of its `v1` signatures is the HMAC the specification defines. */
export function verifiesWith(secret: string, delivery: Pick<Received, 'headers' | 'body'>): boolean {
  const id = delivery.headers['webhook-id'];
  const timestamp = delivery.headers['webhook-timestamp'];
  const signatures = delivery.headers['webhook-signature'];
  if (!id || !timestamp || !signatures || !secret.startsWith('whsec_')) return false;
  const key = Buffer.from(secret.slice('whsec_'.length), 'base64');
  const expected = createHmac('sha256', key).update(`${id}.${timestamp}.${delivery.body}`).digest();
  return signatures.split(' ').some((entry) => {
    const [version, signature = ''] = entry.split(',');
    const given = Buffer.from(signature, 'base64');
    return version === 'v1' && given.length === expected.length && timingSafeEqual(given, expected);
  });
}

export type Answer = (req: IncomingMessage, res: ServerResponse, received: Received) => unknown;

export interface Receiver {
  server: Server;
  port: number;
  received: Received[];
  /** How it answers the next requests (200 by default). */
  answer: Answer;
  close(): Promise<void>;
}

export async function startReceiver(host = '127.0.0.1', port = 0): Promise<Receiver> {
  const receiver: Receiver = {
    server: undefined as unknown as Server,
    port: 0,
    received: [],
    answer: (_req, res) => {
      res.writeHead(200, { 'content-type': 'text/plain' }).end('ok');
    },
    async close() {
      receiver.server.closeAllConnections();
      await new Promise((r) => receiver.server.close(r));
    },
  };
  receiver.server = createServer(async (req, res) => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const headers: Record<string, string> = {};
    for (const [name, value] of Object.entries(req.headers)) if (typeof value === 'string') headers[name] = value;
    const received = { path: req.url ?? '', headers, body: Buffer.concat(chunks).toString('utf8'), at: Date.now() };
    receiver.received.push(received);
    await receiver.answer(req, res, received);
  });
  await new Promise<void>((resolve, reject) => {
    receiver.server.once('error', reject);
    receiver.server.listen(port, host, () => resolve());
  });
  const address = receiver.server.address();
  receiver.port = typeof address === 'object' && address ? address.port : 0;
  return receiver;
}
