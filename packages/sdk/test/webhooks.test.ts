// `@igny8/sdk/webhooks`: deliveries signed by an independent implementation of Standard Webhooks (the
// `standardwebhooks` package's `Webhook#sign`) verify, and every way one can be wrong is refused with its code. The
// types are checked by `tsc` (this file is in the SDK's typecheck): the union is the contract's twelve events.
import { randomBytes } from 'node:crypto';
import type { components } from '@igny8/contract/openapi';
import { Webhook } from 'standardwebhooks';
import { describe, expect, expectTypeOf, it } from 'vitest';
import { Igny8Error, isIgny8Error } from '../src/index.js';
import {
  verify,
  type WebhookEvent,
  type WebhookEventOf,
  type WebhookEventType,
  WebhookVerificationError,
  type WebhookVerificationErrorCode,
  webhooks,
} from '../src/webhooks.js';

type Schemas = components['schemas'];

const newSecret = () => `whsec_${randomBytes(32).toString('base64')}`;
const secret = newSecret();

const published: Schemas['ContentPublishedEvent'] = {
  type: 'content.published',
  timestamp: '2026-01-05T10:00:00.000Z',
  data: {
    account_id: '7b0c1d9e-2f0a-4d8e-9a51-0b6c2c1f3e11',
    site_id: '0e3f5a1b-8c2d-4e6f-9a0b-1c2d3e4f5a6b',
    content_id: '5d6e7f80-9a1b-4c2d-8e3f-4a5b6c7d8e9f',
    publication_id: '1a2b3c4d-5e6f-4a8b-9c0d-1e2f3a4b5c6d',
    status: 'published',
    wordpress_post_id: 42,
    url: 'https://blog.example.com/prune-roses/',
  },
};
const body = JSON.stringify(published);

/** A delivery as Igny8 sends it: its headers signed with each of `secrets` (two while a secret is rotated). */
function delivery(options: { secrets?: string[]; payload?: string; at?: Date; id?: string } = {}) {
  const { secrets = [secret], payload = body, at = new Date(), id = `msg_${randomBytes(8).toString('hex')}` } = options;
  return {
    'webhook-id': id,
    'webhook-timestamp': String(Math.floor(at.getTime() / 1000)),
    'webhook-signature': secrets.map((s) => new Webhook(s).sign(id, at, payload)).join(' '),
  };
}

async function refusal(promise: Promise<unknown>): Promise<WebhookVerificationErrorCode> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  if (!WebhookVerificationError.is(error)) throw new Error(`expected a WebhookVerificationError, got ${error}`);
  return error.code;
}

describe('verify', () => {
  it('resolves with the event of a delivery the independent implementation signed', async () => {
    const event = await verify(body, delivery(), secret);
    expect(event).toEqual(published);
    expect(await webhooks.verify(body, delivery(), secret)).toEqual(published);
  });

  it('takes the body as bytes (a Buffer, a Uint8Array) as well as text', async () => {
    const headers = delivery();
    expect(await verify(Buffer.from(body), headers, secret)).toEqual(published);
    expect(await verify(new TextEncoder().encode(body), headers, secret)).toEqual(published);
    // Bytes are verified as they came: non-ASCII text is signed and checked as its UTF-8 bytes.
    const accents = JSON.stringify({ ...published, data: { ...published.data, url: 'https://blog.example.com/é/' } });
    const signed = delivery({ payload: accents });
    expect(await verify(Buffer.from(accents), signed, secret)).toMatchObject({
      data: { url: 'https://blog.example.com/é/' },
    });
  });

  it('reads the headers in any letter case, from a plain object or from fetch Headers', async () => {
    const headers = delivery();
    const shouting = Object.fromEntries(Object.entries(headers).map(([k, v]) => [k.toUpperCase(), v]));
    expect(await verify(body, shouting, secret)).toEqual(published);
    expect(await verify(body, new Headers(headers), secret)).toEqual(published);
    // Node's IncomingMessage#headers may hold arrays and undefined.
    expect(
      await verify(
        body,
        { ...headers, 'webhook-signature': [headers['webhook-signature']], 'x-other': undefined },
        secret,
      ),
    ).toEqual(published);
  });

  it('refuses a tampered body, id or timestamp', async () => {
    const headers = delivery();
    expect(await refusal(verify(body.replace('prune-roses', 'prune-rose'), headers, secret))).toBe(
      'SIGNATURE_MISMATCH',
    );
    expect(await refusal(verify(`${body} `, headers, secret))).toBe('SIGNATURE_MISMATCH');
    expect(await refusal(verify(body, { ...headers, 'webhook-id': 'msg_other' }, secret))).toBe('SIGNATURE_MISMATCH');
    const oneSecondLater = String(Number(headers['webhook-timestamp']) + 1);
    expect(await refusal(verify(body, { ...headers, 'webhook-timestamp': oneSecondLater }, secret))).toBe(
      'SIGNATURE_MISMATCH',
    );
    // A signature of another scheme version, or no version at all, is not taken.
    const bare = headers['webhook-signature'].slice(3);
    expect(await refusal(verify(body, { ...headers, 'webhook-signature': `v2,${bare} ${bare}` }, secret))).toBe(
      'SIGNATURE_MISMATCH',
    );
  });

  it('refuses a delivery signed with another secret', async () => {
    expect(await refusal(verify(body, delivery({ secrets: [newSecret()] }), secret))).toBe('SIGNATURE_MISMATCH');
  });

  it('refuses a timestamp more than five minutes away, either way, and takes one within', async () => {
    const minutes = (n: number) => new Date(Date.now() + n * 60_000);
    expect(await refusal(verify(body, delivery({ at: minutes(-6) }), secret))).toBe('TIMESTAMP_TOO_OLD');
    expect(await refusal(verify(body, delivery({ at: minutes(6) }), secret))).toBe('TIMESTAMP_TOO_NEW');
    expect(await verify(body, delivery({ at: minutes(-4) }), secret)).toEqual(published);
    expect(await verify(body, delivery({ at: minutes(4) }), secret)).toEqual(published);
    // The tolerance and the clock can be changed.
    const old = delivery({ at: minutes(-4) });
    expect(await refusal(verify(body, old, secret, { toleranceSeconds: 60 }))).toBe('TIMESTAMP_TOO_OLD');
    expect(await verify(body, delivery({ at: minutes(-60) }), secret, { toleranceSeconds: 3700 })).toEqual(published);
    expect(await verify(body, old, secret, { now: Date.now() - 4 * 60_000 })).toEqual(published);
  });

  it('refuses a delivery missing any of the three headers, or with a timestamp that is not a number', async () => {
    const headers = delivery();
    for (const name of ['webhook-id', 'webhook-timestamp', 'webhook-signature'] as const) {
      const { [name]: _, ...rest } = headers;
      expect(await refusal(verify(body, rest, secret))).toBe('MISSING_HEADERS');
      expect(await refusal(verify(body, { ...headers, [name]: '' }, secret))).toBe('MISSING_HEADERS');
    }
    expect(await refusal(verify(body, {}, secret))).toBe('MISSING_HEADERS');
    expect(await refusal(verify(body, { ...headers, 'webhook-timestamp': 'yesterday' }, secret))).toBe(
      'INVALID_TIMESTAMP',
    );
  });

  it('takes either signature of a delivery signed with the old and the new secret (rotation)', async () => {
    const old = newSecret();
    const rotated = delivery({ secrets: [old, secret] });
    expect(rotated['webhook-signature'].split(' ')).toHaveLength(2);
    expect(await verify(body, rotated, secret)).toEqual(published);
    expect(await verify(body, rotated, old)).toEqual(published);
    expect(await refusal(verify(body, rotated, newSecret()))).toBe('SIGNATURE_MISMATCH');
  });

  it('takes several secrets: a receiver rotating verifies with the old and the new', async () => {
    const old = newSecret();
    expect(await verify(body, delivery({ secrets: [secret] }), [old, secret])).toEqual(published);
    expect(await verify(body, delivery({ secrets: [old] }), [old, secret])).toEqual(published);
    expect(await refusal(verify(body, delivery({ secrets: [newSecret()] }), [old, secret]))).toBe('SIGNATURE_MISMATCH');
  });

  it('accepts a secret without its whsec_ prefix, and refuses one that is not base64', async () => {
    expect(await verify(body, delivery(), secret.slice(6))).toEqual(published);
    expect(await refusal(verify(body, delivery(), 'whsec_not base64!'))).toBe('INVALID_SECRET');
    expect(await refusal(verify(body, delivery(), 'whsec_'))).toBe('INVALID_SECRET');
    expect(await refusal(verify(body, delivery(), []))).toBe('INVALID_SECRET');
  });

  it('refuses a correctly signed body that is not an event', async () => {
    for (const payload of ['not json', '[]', 'null', JSON.stringify({ type: 'content.published', data: {} })]) {
      expect(await refusal(verify(payload, delivery({ payload }), secret))).toBe('INVALID_PAYLOAD');
    }
  });

  it('throws an Igny8Error the guards of any copy of the SDK recognise, with the code and no secret', async () => {
    const error = await verify(body, delivery(), newSecret()).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WebhookVerificationError);
    expect(Igny8Error.is(error) && isIgny8Error(error)).toBe(true);
    expect(error).toMatchObject({ name: 'WebhookVerificationError', code: 'SIGNATURE_MISMATCH' });
    expect(String((error as Error).message)).not.toContain(secret.slice(6, 20));
  });
});

describe('the event types', () => {
  it('are the contract’s: one per event type, discriminated by `type`', () => {
    expectTypeOf<WebhookEventType>().toEqualTypeOf<Schemas['WebhookEventType']>();
    expectTypeOf<WebhookEvent['type']>().toEqualTypeOf<Schemas['WebhookEventType']>();
    expectTypeOf<WebhookEventOf<'content.published'>>().toEqualTypeOf<Schemas['ContentPublishedEvent']>();
    expectTypeOf<WebhookEventOf<'credits.low'>['data']>().toEqualTypeOf<Schemas['CreditsLowData']>();
    expectTypeOf<WebhookEvent>().toEqualTypeOf<
      | Schemas['KeywordsImportedEvent']
      | Schemas['ClusteringCompletedEvent']
      | Schemas['ContentGeneratedEvent']
      | Schemas['ContentApprovedEvent']
      | Schemas['ContentPublishedEvent']
      | Schemas['PublicationFailedEvent']
      | Schemas['AutomationRunCompletedEvent']
      | Schemas['AutomationRunFailedEvent']
      | Schemas['AutomationRunPausedEvent']
      | Schemas['CreditsLowEvent']
      | Schemas['InvoicePaidEvent']
      | Schemas['WebhookTestEvent']
    >();
  });

  it('narrow by `type`', async () => {
    const event = await verify(body, delivery(), secret);
    expectTypeOf(event).toEqualTypeOf<WebhookEvent>();
    switch (event.type) {
      case 'content.published':
        expectTypeOf(event.data).toEqualTypeOf<Schemas['PublicationEventData']>();
        expectTypeOf(event.data.url).toEqualTypeOf<string | null>();
        expect(event.data.url).toBe('https://blog.example.com/prune-roses/');
        break;
      case 'keywords.imported':
        expectTypeOf(event.data.imported).toEqualTypeOf<number>();
        // @ts-expect-error: a keyword import has no post address
        void event.data.url;
        break;
      case 'invoice.paid':
        expectTypeOf(event.data.total_cents).toEqualTypeOf<number>();
        break;
      default:
        expectTypeOf(event.type).not.toEqualTypeOf<'content.published'>();
    }
  });
});
