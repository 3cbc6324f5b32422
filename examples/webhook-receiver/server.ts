// A receiver of Igny8's webhooks in node:http, no framework. Each delivery is verified with @igny8/sdk/webhooks over
// the raw body, answered at once (Igny8 waits 15 seconds, then retries), and handled once: retries and replays carry
// the same `webhook-id`, so one already seen is acknowledged and skipped. Run: `pnpm start` in this folder with
// IGNY8_WEBHOOK_SECRET set (two secrets, comma-separated, while you rotate), then register
// `http://<host>:<PORT>/webhooks` (see README.md).
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { verify, type WebhookEvent, WebhookVerificationError } from '@igny8/sdk/webhooks';

const secrets = (process.env.IGNY8_WEBHOOK_SECRET ?? '')
  .split(',')
  .map((s) => s.trim())
  .filter(Boolean);
if (!secrets.length) {
  console.error('Set IGNY8_WEBHOOK_SECRET to the endpoint’s signing secret (whsec_…).');
  process.exit(1);
}
const port = Number(process.env.PORT ?? 3000);
const host = process.env.HOST ?? '127.0.0.1';
const path = '/webhooks';
const maxBody = 1024 * 1024;

/**
 * The ids already handled, oldest first. In memory, so a restart forgets them: a real receiver records the id in
 * its database with the work it does (a unique key), in the same transaction.
 */
const seen = new Set<string>();
const remember = (id: string) => {
  seen.add(id);
  if (seen.size > 10_000) seen.delete(seen.values().next().value as string);
};

/** The body as it came, byte for byte: the signature is over these bytes, not over JSON parsed and re-serialised. */
async function rawBody(req: IncomingMessage): Promise<Buffer | undefined> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > maxBody) return undefined;
    chunks.push(chunk);
  }
  return Buffer.concat(chunks);
}

/** The fields worth a log line, per event type (`event.data` is typed by `type`). */
function summary(event: WebhookEvent): Record<string, unknown> {
  switch (event.type) {
    case 'keywords.imported': {
      const { site_id, imported, duplicates, refused } = event.data;
      return { site_id, imported, duplicates, refused };
    }
    case 'clustering.completed':
      return { site_id: event.data.site_id, clusters: event.data.clusters, keywords: event.data.keywords };
    case 'content.generated':
    case 'content.approved':
      return { site_id: event.data.site_id, content_id: event.data.content_id, title: event.data.title };
    case 'content.published':
    case 'publication.failed': {
      const { site_id, content_id, wordpress_post_id, url, error } = event.data;
      return { site_id, content_id, wordpress_post_id, url, ...(error ? { error: error.code } : {}) };
    }
    case 'automation.run.completed':
    case 'automation.run.failed':
    case 'automation.run.paused': {
      const { site_id, run_id, stage, reason } = event.data;
      return { site_id, run_id, stage, reason };
    }
    case 'credits.low':
      return { threshold: event.data.threshold, plan_credits_left: event.data.plan_credits_left };
    case 'invoice.paid':
      return { number: event.data.number, total_cents: event.data.total_cents, currency: event.data.currency };
    case 'webhook.test':
      return { endpoint_id: event.data.endpoint_id };
    default:
      // An event type newer than this SDK: verified all the same.
      return {};
  }
}

/** The work for an event, after the answer is sent. Here a log line; yours might enqueue a job. */
function handle(id: string, event: WebhookEvent) {
  console.log(JSON.stringify({ received: event.type, webhook_id: id, at: event.timestamp, ...summary(event) }));
}

async function receive(req: IncomingMessage, res: ServerResponse) {
  if (req.url !== path) return void res.writeHead(404).end();
  if (req.method !== 'POST') return void res.writeHead(405, { allow: 'POST' }).end();
  const body = await rawBody(req);
  if (!body) return void res.writeHead(413).end();
  let event: WebhookEvent;
  try {
    event = await verify(body, req.headers, secrets);
  } catch (error) {
    if (!WebhookVerificationError.is(error)) throw error;
    // Not from Igny8, altered, stale, or not readable: refuse it and do nothing with it.
    console.log(JSON.stringify({ refused: error.code }));
    return void res.writeHead(400, { 'content-type': 'text/plain' }).end(error.code);
  }
  const id = req.headers['webhook-id'] as string;
  if (seen.has(id)) {
    console.log(JSON.stringify({ duplicate: event.type, webhook_id: id }));
    return void res.writeHead(200).end();
  }
  remember(id);
  res.writeHead(204).end();
  setImmediate(() => handle(id, event));
}

const server = createServer((req, res) => {
  receive(req, res).catch((error: unknown) => {
    console.error(error);
    if (!res.headersSent) res.writeHead(500).end();
  });
});

server.listen(port, host, () => console.log(`listening on http://${host}:${port}${path}`));
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => server.close(() => process.exit(0)));
