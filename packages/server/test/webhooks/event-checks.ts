// What the event tests share: an endpoint subscribed to every event (a row, as the CRUD API would make it), the
// events and deliveries an account has, and each payload checked against the contract's schema for its type (the
// `webhooks` section of openapi.yaml names it).
import { document } from '@igny8/contract';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import { expect } from 'vitest';
import { withTenant } from '../../src/db/tenant.js';
import type { WebhookEventType } from '../../src/domain/webhooks/outbox.js';
import type { TestServer } from '../helpers/server.js';

const addFormats = addFormatsModule as unknown as (ajv: Ajv2020) => void;
const ajv = new Ajv2020({ strict: false, allErrors: true });
addFormats(ajv);
ajv.addSchema({ $id: 'igny8', components: document.components } as never);

const webhooks = (document as unknown as { webhooks: Record<string, any> }).webhooks;

/** Every event type the contract declares but the test one, which only `testWebhookEndpoint` sends. */
export const EVENT_TYPES = Object.keys(webhooks).filter((t) => t !== 'webhook.test') as WebhookEventType[];

/** The validator of the payload the contract declares for `type`. */
function validatorOf(type: string) {
  const ref = webhooks[type]?.post?.requestBody?.content?.['application/json']?.schema?.$ref as string | undefined;
  if (!ref) throw new Error(`the contract declares no payload for ${type}`);
  return ajv.getSchema(`igny8${ref}`) ?? ajv.compile({ $ref: `igny8${ref}` });
}

export interface StoredEvent {
  id: string;
  type: WebhookEventType;
  payload: { type: string; timestamp: string; data: Record<string, any> };
  occurred_at: Date;
}

/** An enabled endpoint of the account subscribed to every event type. */
export async function subscribe(server: TestServer, accountId: string, events: string[] = EVENT_TYPES) {
  return withTenant(server.deps.db.app, { accountId }, async (trx) => {
    const [row] = await trx('webhook_endpoints')
      .insert({ account_id: accountId, url: 'https://hooks.example/in', events, secret_sealed: 'x' })
      .returning('id');
    return row.id as string;
  });
}

/** The account's events (of one type when given), oldest first, as the app role sees them in its tenant. */
export function eventsOf(server: TestServer, accountId: string, type?: WebhookEventType): Promise<StoredEvent[]> {
  return withTenant(server.deps.db.app, { accountId }, (trx) => {
    const q = trx('webhook_events').orderBy([{ column: 'created_at' }, { column: 'occurred_at' }]);
    if (type) q.where({ type });
    return q;
  });
}

export function deliveriesOf(server: TestServer, accountId: string, eventId?: string) {
  return withTenant(server.deps.db.app, { accountId }, (trx) => {
    const q = trx('webhook_deliveries');
    if (eventId) q.where({ event_id: eventId });
    return q;
  });
}

/**
 * The one event of `type` the account has: its payload valid against the contract, of that type, and with one
 * delivery to each subscribed endpoint. Answers its data.
 */
export async function theEvent(server: TestServer, accountId: string, type: WebhookEventType, endpoints = 1) {
  const events = await eventsOf(server, accountId, type);
  expect(events, `events of type ${type}`).toHaveLength(1);
  const [event] = events as [StoredEvent];
  expectValid(event);
  const deliveries = await deliveriesOf(server, accountId, event.id);
  expect(deliveries).toHaveLength(endpoints);
  // Its status is the worker's business (the endpoint's name is refused as loopback): only that it exists.
  for (const d of deliveries) expect(d).toMatchObject({ event_type: type });
  return event.payload.data;
}

/** The payload matches the contract's schema for its type, and says its type and when. */
export function expectValid(event: StoredEvent) {
  const validate = validatorOf(event.type);
  const ok = validate(event.payload);
  expect(ok, `${event.type}: ${ajv.errorsText(validate.errors)}`).toBe(true);
  expect(event.payload.type).toBe(event.type);
  expect(event.payload.timestamp).toBe(new Date(event.occurred_at).toISOString());
}

/** How many events and deliveries the account has. */
export async function counts(server: TestServer, accountId: string) {
  return withTenant(server.deps.db.app, { accountId }, async (trx) => ({
    events: Number((await trx('webhook_events').count({ n: '*' }))[0]?.n),
    deliveries: Number((await trx('webhook_deliveries').count({ n: '*' }))[0]?.n),
  }));
}
