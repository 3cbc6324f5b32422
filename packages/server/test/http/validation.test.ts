// Bad input, generated from openapi.yaml for every operation: each must get a 4xx envelope with a
// code, never a 5xx and never success.
import { type OperationManifest, operations } from '@igny8/contract';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type call as rawCall, signup, type TestResponse } from '../helpers/http.js';
import { requestSchema, resolve, resolveParameter, sample, wrongType } from '../helpers/samples.js';
import type { TestServer } from '../helpers/server.js';
import { startSpecWalk } from '../helpers/spec-walk.js';

let server: TestServer;
let tenantToken: string;
let operatorToken: string;
/** A real site of the tenant: lists under a site check the cursor only once the site is found. */
let siteId: string;
/** `call`, signed as the site for the plugin's routes. */
let call: typeof rawCall;
beforeAll(async () => {
  ({ server, tenantToken, operatorToken, siteId, call } = await startSpecWalk('Validation'));
});
afterAll(() => server.close());

const all = Object.values(operations) as OperationManifest[];
const withBody = all.filter((op) => op.hasBody);

/** The operator's token for /v1/admin/*, a tenant owner's elsewhere. */
const tokenFor = (op: OperationManifest) => (op.role === 'operator' ? operatorToken : tenantToken);

function pathOf(op: OperationManifest, id: string = crypto.randomUUID()) {
  return op.path.replace(/\{\w+\}/g, id);
}

function expectClientError(res: TestResponse, codes?: string[]) {
  expect(res.status, JSON.stringify(res.body)).toBeGreaterThanOrEqual(400);
  expect(res.status).toBeLessThan(500);
  expect(res.body.error.code).toMatch(/^[A-Z_]+$/);
  expect(typeof res.body.request_id).toBe('string');
  if (codes) expect(codes).toContain(res.body.error.code);
}

describe('bodies, for every operation that takes one', () => {
  for (const op of withBody) {
    const schema = requestSchema(op.operationId) as Record<string, any>;

    it(`${op.operationId}: malformed JSON → 400 MALFORMED_JSON`, async () => {
      const res = await call(server.url, op.method, pathOf(op), {
        token: tokenFor(op),
        rawBody: '{"a": 1,',
        headers: { 'content-type': 'application/json' },
      });
      expectClientError(res, ['MALFORMED_JSON']);
    });

    it(`${op.operationId}: not an object, a missing body, text/plain → 4xx`, async () => {
      for (const raw of ['[]', '"text"', 'null', '42']) {
        const res = await call(server.url, op.method, pathOf(op), {
          token: tokenFor(op),
          rawBody: raw,
          headers: { 'content-type': 'application/json' },
        });
        expectClientError(res, ['VALIDATION_FAILED']);
      }
      expectClientError(await call(server.url, op.method, pathOf(op), { token: tokenFor(op) }), ['VALIDATION_FAILED']);
      const text = await call(server.url, op.method, pathOf(op), {
        token: tokenFor(op),
        rawBody: 'hello',
        headers: { 'content-type': 'text/plain' },
      });
      expect(text.status).toBe(415);
      expect(text.body.error.code).toBe('UNSUPPORTED_MEDIA_TYPE');
    });

    // Free-form bodies (a provider's webhook event) accept any field.
    if (schema.additionalProperties === false) {
      it(`${op.operationId}: an unknown field → 400 VALIDATION_FAILED naming it`, async () => {
        const body = { ...(sample(schema) as object), role_override: 'owner' };
        const res = await call(server.url, op.method, pathOf(op), { token: tokenFor(op), body });
        expectClientError(res, ['VALIDATION_FAILED']);
        expect(JSON.stringify(res.body.error.details)).toContain('role_override');
      });

      it(`${op.operationId}: each field of the wrong type, each required field missing → 400`, async () => {
        const valid = sample(schema) as Record<string, unknown>;
        for (const [field, fieldSchema] of Object.entries<Record<string, any>>(schema.properties ?? {})) {
          const res = await call(server.url, op.method, pathOf(op), {
            token: tokenFor(op),
            body: { ...valid, [field]: wrongType(fieldSchema) },
          });
          expectClientError(res, ['VALIDATION_FAILED']);
          const s = resolve(fieldSchema);
          if (s.type === 'string' && s.maxLength) {
            const long = await call(server.url, op.method, pathOf(op), {
              token: tokenFor(op),
              body: { ...valid, [field]: 'y'.repeat(s.maxLength + 1) },
            });
            expectClientError(long, ['VALIDATION_FAILED']);
          }
        }
        for (const field of schema.required ?? []) {
          const { [field]: _, ...rest } = valid;
          expectClientError(await call(server.url, op.method, pathOf(op), { token: tokenFor(op), body: rest }), [
            'VALIDATION_FAILED',
          ]);
        }
      });
    }
  }

  it('refuses a body over the limit with 413 PAYLOAD_TOO_LARGE, with or without Content-Length', async () => {
    const big = JSON.stringify({ name: 'x'.repeat(1024 * 1024 + 10), industry_id: crypto.randomUUID() });
    const res = await call(server.url, 'POST', '/v1/sites', {
      token: tenantToken,
      rawBody: big,
      headers: { 'content-type': 'application/json' },
    });
    expect(res.status).toBe(413);
    expect(res.body.error.code).toBe('PAYLOAD_TOO_LARGE');
    // Chunked: no Content-Length, so the limit is enforced while reading.
    const encoder = new TextEncoder();
    const stream = new ReadableStream({
      start(controller) {
        for (let i = 0; i < 12; i++)
          controller.enqueue(encoder.encode(i === 0 ? `{"name":"${'x'.repeat(100_000)}` : 'x'.repeat(100_000)));
        controller.enqueue(encoder.encode('"}'));
        controller.close();
      },
    });
    const chunked = await fetch(`${server.url}/v1/sites`, {
      method: 'POST',
      headers: { authorization: `Bearer ${tenantToken}`, 'content-type': 'application/json' },
      body: stream,
      duplex: 'half',
    } as RequestInit);
    expect(chunked.status).toBe(413);
    expect((await chunked.json()).error.code).toBe('PAYLOAD_TOO_LARGE');
  });
});

describe('ids, cursors and query strings', () => {
  for (const op of all.filter((o) => o.pathParams.length > 0)) {
    it(`${op.operationId}: a malformed id → 400 INVALID_ID`, async () => {
      const uuids = op.pathParams.every((p) => resolveParameter(p)?.format === 'uuid');
      // Longer than the longest any of the path's parameters allows (a slug may well be 60 characters).
      const tooLong = Math.max(59, ...op.pathParams.map((p) => Number(resolveParameter(p)?.maxLength ?? 0))) + 1;
      const bads = uuids
        ? ['not-a-uuid', '123', "1' or '1'='1", '00000000-0000-0000-0000-00000000000g']
        : ['Not Valid!', "1' or '1'='1", 'x'.repeat(tooLong)];
      for (const bad of bads) {
        const res = await call(server.url, op.method, pathOf(op, encodeURIComponent(bad)), {
          token: tokenFor(op),
          body: op.hasBody ? sample(requestSchema(op.operationId) as object) : undefined,
        });
        expectClientError(res, ['INVALID_ID']);
      }
    });
  }

  for (const op of all.filter((o) => o.paginated)) {
    it(`${op.operationId}: a forged cursor → 400 INVALID_CURSOR; a bad limit → 400`, async () => {
      const path = pathOf(op).replace(/\/v1\/sites\/[^/]+/, `/v1/sites/${siteId}`);
      for (const cursor of ['garbage', Buffer.from('{"t":"yesterday","id":1}').toString('base64url')]) {
        expectClientError(await call(server.url, 'GET', `${path}?cursor=${cursor}`, { token: tokenFor(op) }), [
          'INVALID_CURSOR',
        ]);
      }
      for (const limit of ['0', '101', 'ten', '-1', '1.5']) {
        expectClientError(await call(server.url, 'GET', `${path}?limit=${limit}`, { token: tokenFor(op) }), [
          'VALIDATION_FAILED',
        ]);
      }
      expectClientError(await call(server.url, 'GET', `${path}?colour=blue`, { token: tokenFor(op) }), [
        'VALIDATION_FAILED',
      ]);
    });
  }

  it('answers an unknown route with 404 ROUTE_NOT_FOUND and a wrong method with 405', async () => {
    const missing = await call(server.url, 'GET', '/v1/nothing-here', { token: tenantToken });
    expect(missing.status).toBe(404);
    expect(missing.body.error.code).toBe('ROUTE_NOT_FOUND');
    const method = await call(server.url, 'PATCH', '/v1/plans', { token: tenantToken });
    expect(method.status).toBe(405);
    expect(method.body.error.code).toBe('METHOD_NOT_ALLOWED');
  });
});

describe('pagination', () => {
  it('walks every item exactly once across pages', async () => {
    const s = await signup(server.url);
    for (let i = 0; i < 7; i++)
      await call(server.url, 'POST', '/v1/api-keys', { token: s.access_token, body: { name: `key ${i}` } });
    const seen: string[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const res: TestResponse = await call(
        server.url,
        'GET',
        `/v1/api-keys?limit=3${cursor ? `&cursor=${cursor}` : ''}`,
        { token: s.access_token },
      );
      seen.push(...res.body.data.map((k: { name: string }) => k.name));
      cursor = res.body.meta.next_cursor;
      pages++;
    } while (cursor);
    expect(pages).toBe(3);
    expect(seen).toEqual(Array.from({ length: 7 }, (_, i) => `key ${i}`));
  });

  it('walks the industries in their curated order across pages', async () => {
    const slugs: string[] = [];
    let cursor: string | null = null;
    do {
      const res: TestResponse = await call(
        server.url,
        'GET',
        `/v1/industries?limit=5${cursor ? `&cursor=${cursor}` : ''}`,
        {
          token: tenantToken,
        },
      );
      slugs.push(...res.body.data.map((i: { slug: string }) => i.slug));
      cursor = res.body.meta.next_cursor;
    } while (cursor);
    const all = await server.deps.db.owner('industries').orderBy(['sort_order', 'id']).pluck('slug');
    expect(slugs).toEqual(all);
    expect(new Set(slugs).size).toBe(slugs.length);
  });
});
