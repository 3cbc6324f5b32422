// Classes of bad input, generated from openapi.yaml for every operation — what a contract fuzzer
// written from the spec alone would send: NUL and other control characters in every string field,
// numbers past their range or written as `0x10`, and no credentials with an invalid or huge body.
// Each must get a documented 4xx envelope with a code; credentials are checked before the body.
import { connect } from 'node:net';
import { document, type OperationManifest, operations } from '@igny8/contract';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { call as rawCall, TestResponse } from '../helpers/http.js';
import { requestSchema, resolve, sample } from '../helpers/samples.js';
import type { TestServer } from '../helpers/server.js';
import { startSpecWalk } from '../helpers/spec-walk.js';

type Schema = Record<string, any>;

let server: TestServer;
let tenantToken: string;
let operatorToken: string;
/** A real site of the tenant: lists under a site check the cursor only once the site is found. */
let siteId: string;
/** `call`, signed as the site for the plugin's routes. */
let call: typeof rawCall;
beforeAll(async () => {
  ({ server, tenantToken, operatorToken, siteId, call } = await startSpecWalk('Input classes'));
});
afterAll(() => server.close());

const all = Object.values(operations) as OperationManifest[];

/** The raw operation object of the spec, for its declared responses and parameters. */
function specOf(op: OperationManifest): Schema {
  return document.paths[op.path][op.method.toLowerCase()];
}

/** The query parameters an operation declares, resolved. */
const queryParams = (op: OperationManifest): Schema[] =>
  (specOf(op).parameters ?? [])
    .map((p: Schema) => (p.$ref ? document.components.parameters[p.$ref.split('/').pop()] : p))
    .filter((p: Schema) => p.in === 'query');

const declaredStatuses = (op: OperationManifest) => Object.keys(specOf(op).responses).map(Number);

/** Credentials that get an operation past authentication. */
function credentialsFor(op: OperationManifest): { token?: string; headers: Record<string, string> } {
  if (op.auth === 'none') return { headers: {} };
  // A site's routes check the signature before the body: the walk's `call` signs them as its connected site.
  if (op.auth === 'signature') return { token: tenantToken, headers: {} };
  return { token: op.role === 'operator' ? operatorToken : tenantToken, headers: {} };
}

/** The operation's path with real ids where they matter (this account's site) and random ones elsewhere. */
function pathOf(op: OperationManifest, override?: { name: string; value: string }) {
  return op.path.replace(/\{(\w+)\}/g, (_, name: string) => {
    if (override?.name === name) return encodeURIComponent(override.value);
    if (name === 'site_id') return siteId;
    if (name === 'plan_code') return 'input-classes';
    return crypto.randomUUID();
  });
}

interface Leaf {
  path: (string | number)[];
  schema: Schema;
}

/** Every string and number a request body can hold, with where it sits (arrays: their first item). */
function leaves(schema: Schema, path: (string | number)[] = [], depth = 0): Leaf[] {
  const s = resolve(schema);
  if (depth > 5) return [];
  const variant = s.oneOf?.find((v: Schema) => resolve(v).type !== 'null');
  if (variant) return leaves(variant, path, depth);
  const types: string[] = Array.isArray(s.type) ? s.type : [s.type];
  if (s.enum || s.const !== undefined) return [];
  if (types.includes('object') && s.properties) {
    return Object.entries<Schema>(s.properties).flatMap(([k, v]) => leaves(v, [...path, k], depth + 1));
  }
  if (types.includes('array') && s.items) return leaves(s.items, [...path, 0], depth + 1);
  if (types.includes('string') || types.includes('integer') || types.includes('number')) return [{ path, schema: s }];
  return [];
}

/** A valid sample body with `value` put at `path` (sampling the containers on the way). */
function bodyWith(schema: Schema, path: (string | number)[], value: unknown): unknown {
  const body = (sample(schema) ?? {}) as any;
  let node = body;
  let nodeSchema = resolve(schema);
  for (let i = 0; i < path.length; i++) {
    const key = path[i] as string | number;
    const last = i === path.length - 1;
    const childSchema = resolve(
      typeof key === 'number' ? nodeSchema.items : (nodeSchema.properties?.[key] ?? nodeSchema.oneOf?.[0]),
    );
    if (last) node[key] = value;
    else {
      const variant = childSchema.oneOf?.find((v: Schema) => resolve(v).type !== 'null');
      const container = variant ? resolve(variant) : childSchema;
      if (node[key] === undefined || node[key] === null) {
        node[key] =
          container.type === 'array' || (Array.isArray(container.type) && container.type.includes('array'))
            ? []
            : (sample(container) ?? {});
      }
      if (Array.isArray(node[key]) && node[key].length === 0) node[key].push(sample(container.items));
      node = node[key];
      nodeSchema = container;
    }
  }
  return body;
}

const isString = (s: Schema) => (Array.isArray(s.type) ? s.type : [s.type]).includes('string');
const isNumber = (s: Schema) =>
  (Array.isArray(s.type) ? s.type : [s.type]).some((t: string) => t === 'integer' || t === 'number');

function expectDocumented4xx(op: OperationManifest, res: TestResponse, codes?: string[]) {
  const detail = `${op.operationId}: ${res.status} ${JSON.stringify(res.body)}`;
  expect(res.status, detail).toBeGreaterThanOrEqual(400);
  expect(res.status, detail).toBeLessThan(500);
  expect(declaredStatuses(op), detail).toContain(res.status);
  expect(res.body?.error?.code, detail).toMatch(/^[A-Z_]+$/);
  if (codes) expect(codes, detail).toContain(res.body.error.code);
}

/** The issues name the field (its last name, or its index in a list). */
function expectNamesField(res: TestResponse, path: (string | number)[]) {
  const issues = JSON.stringify(res.body.error.details ?? {});
  expect(issues, JSON.stringify(res.body)).toContain(JSON.stringify(String(path.at(-1))));
}

const CONTROLS = ['\u0000', '\u0001', '\u0008', '\u000b', '\u001b', '\u001f'];

describe('NUL and control characters, in every string of every operation', () => {
  for (const op of all) {
    const schema = op.hasBody ? (requestSchema(op.operationId) as Schema) : undefined;
    const strings = schema ? leaves(schema).filter((l) => isString(l.schema)) : [];
    const queryStrings = queryParams(op).filter((p) => isString(resolve(p.schema)) && !resolve(p.schema).enum);
    if (!strings.length && !queryStrings.length && !op.pathParams.length) continue;

    it(`${op.operationId}: each string with a control character → 400 naming it`, async () => {
      const { token, headers } = credentialsFor(op);
      for (const leaf of strings) {
        for (const control of CONTROLS) {
          const value = `a${control}b`;
          const res = await call(server.url, op.method, pathOf(op), {
            token,
            headers,
            body: bodyWith(schema as Schema, leaf.path, value),
          });
          // A file's content is checked by its operation, which names the line instead of the field.
          if (leaf.schema['x-igny8-file']) expectDocumented4xx(op, res, ['FILE_NOT_TEXT']);
          else {
            expectDocumented4xx(op, res, ['VALIDATION_FAILED']);
            expectNamesField(res, leaf.path);
          }
        }
      }
      for (const param of queryStrings) {
        for (const control of CONTROLS) {
          const res = await call(
            server.url,
            op.method,
            `${pathOf(op)}?${param.name}=${encodeURIComponent(`a${control}b`)}`,
            { token, headers, body: schema ? sample(schema) : undefined },
          );
          expectDocumented4xx(op, res, ['VALIDATION_FAILED', 'INVALID_CURSOR']);
        }
      }
      for (const name of op.pathParams) {
        const res = await call(server.url, op.method, pathOf(op, { name, value: 'a\u0000b' }), {
          token,
          headers,
          body: schema ? sample(schema) : undefined,
        });
        expectDocumented4xx(op, res, ['INVALID_ID']);
      }
    });
  }

  it('a NUL in a free-form value or an object key is refused too, before any handler', async () => {
    const res = await call(server.url, 'POST', '/v1/webhooks/stripe', {
      rawBody: JSON.stringify({ type: 'checkout.session.completed', data: { object: { 'k\u0000': 'v\u0000' } } }),
      headers: { 'content-type': 'application/json', 'stripe-signature': 't=1,v1=00' },
    });
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe('VALIDATION_FAILED');
  });

  it('tab, line feed and carriage return are text, not control characters', async () => {
    const res = await call(server.url, 'POST', `/v1/sites/${siteId}/keywords`, {
      token: tenantToken,
      body: { phrase: 'cold\tbrew\r\ncoffee' },
    });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
  });
});

describe('numbers: out of range, and query numbers that are not plain decimals', () => {
  for (const op of all) {
    const schema = op.hasBody ? (requestSchema(op.operationId) as Schema) : undefined;
    const numbers = schema ? leaves(schema).filter((l) => isNumber(l.schema)) : [];
    const queryNumbers = queryParams(op).filter((p) => isNumber(resolve(p.schema)));
    if (!numbers.length && !queryNumbers.length) continue;

    it(`${op.operationId}: past the column's range or malformed → 400`, async () => {
      const { token, headers } = credentialsFor(op);
      for (const leaf of numbers) {
        const s = leaf.schema;
        // The rules make every request number declare both bounds; step past each.
        expect(typeof s.minimum, `${op.operationId} ${leaf.path.join('.')}`).toBe('number');
        expect(typeof s.maximum, `${op.operationId} ${leaf.path.join('.')}`).toBe('number');
        const bad: unknown[] = [s.maximum + 1, s.minimum - 1, 1e300, -1e300, 2 ** 31, 2 ** 63];
        if ((Array.isArray(s.type) ? s.type : [s.type]).includes('integer') && !isString(s)) bad.push(1.5);
        for (const value of bad) {
          if (typeof value === 'number' && value >= s.minimum && value <= s.maximum && Number.isInteger(value))
            continue;
          const res = await call(server.url, op.method, pathOf(op), {
            token,
            headers,
            body: bodyWith(schema as Schema, leaf.path, value),
          });
          expectDocumented4xx(op, res, ['VALIDATION_FAILED']);
          expectNamesField(res, leaf.path);
        }
      }
      for (const param of queryNumbers) {
        const s = resolve(param.schema);
        const integer = s.type === 'integer';
        const bad = ['0x10', '', ' 1', '1 ', '+1', '1e3', 'Infinity', 'NaN', '--1', '١٢', String(s.maximum + 1)];
        if (integer) bad.push('1.5');
        if (typeof s.minimum === 'number') bad.push(String(s.minimum - 1));
        for (const value of bad) {
          const res = await call(server.url, op.method, `${pathOf(op)}?${param.name}=${encodeURIComponent(value)}`, {
            token,
            headers,
            body: schema ? sample(schema) : undefined,
          });
          expectDocumented4xx(op, res, ['VALIDATION_FAILED']);
          expect(JSON.stringify(res.body.error.details)).toContain(param.name);
        }
      }
    });
  }

  it('a plain decimal query number still works', async () => {
    const res = await call(
      server.url,
      'GET',
      `/v1/sites/${siteId}/keywords?limit=5&volume_min=0&volume_max=1000000000`,
      {
        token: tenantToken,
      },
    );
    expect(res.status).toBe(200);
  });
});

describe('credentials come before the body', () => {
  const guarded = all.filter((op) => op.auth !== 'none');

  for (const op of guarded) {
    it(`${op.operationId}: no credentials → 401 whatever the body, path or query`, async () => {
      const attempts: { path: string; rawBody?: string; headers?: Record<string, string> }[] = [
        { path: pathOf(op) },
        { path: `${pathOf(op)}?unknown_parameter=1` },
        { path: op.path.replace(/\{\w+\}/g, 'not-an-id') },
      ];
      if (op.hasBody) {
        attempts.push(
          { path: pathOf(op), rawBody: '{"broken": ', headers: { 'content-type': 'application/json' } },
          {
            path: pathOf(op),
            rawBody: '{"unknown_field": "\\u0000"}',
            headers: { 'content-type': 'application/json' },
          },
          { path: pathOf(op), rawBody: 'plain text', headers: { 'content-type': 'text/plain' } },
        );
      }
      for (const attempt of attempts) {
        const res = await call(server.url, op.method, attempt.path, attempt);
        expectDocumented4xx(op, res);
        expect(res.status, `${op.operationId} ${JSON.stringify(res.body)}`).toBe(401);
        // Nothing about the payload is told to a caller who has not said who they are.
        expect(res.body.error.details?.issues).toBeUndefined();
      }
      if (op.auth === 'bearer') {
        const forged = await call(server.url, op.method, pathOf(op), {
          token: 'not-a-token',
          ...(op.hasBody ? { rawBody: '{"broken": ', headers: { 'content-type': 'application/json' } } : {}),
        });
        expect(forged.status).toBe(401);
      }
    });
  }

  for (const op of guarded.filter((o) => o.hasBody)) {
    it(`${op.operationId}: no credentials and a 50 MB body → 401 before the body is sent`, async () => {
      const url = new URL(server.url);
      const answer = await new Promise<string>((resolve, reject) => {
        const socket = connect(Number(url.port), url.hostname);
        let received = '';
        const timer = setTimeout(() => {
          socket.destroy();
          reject(new Error(`no answer while the body was still unsent: ${received}`));
        }, 5000);
        socket.on('data', (chunk) => {
          received += chunk.toString('latin1');
          if (received.includes('\r\n\r\n')) {
            clearTimeout(timer);
            socket.destroy();
            resolve(received);
          }
        });
        socket.on('error', reject);
        // Only the headers and the first kilobyte: a server that waits for the rest never answers.
        socket.write(
          `${op.method} ${pathOf(op)} HTTP/1.1\r\nHost: ${url.host}\r\nContent-Type: application/json\r\n` +
            `Content-Length: ${50 * 1024 * 1024}\r\n\r\n{"x": "${'y'.repeat(1024)}`,
        );
      });
      expect(answer).toMatch(/^HTTP\/1\.1 401 /);
    });
  }
});

describe('methods', () => {
  it('a wrong method on a known path → 405 with an Allow header listing the right ones', async () => {
    for (const [path, method, allowed] of [
      ['/v1/plans', 'PATCH', ['GET']],
      [`/v1/sites/${siteId}`, 'POST', ['GET', 'PATCH', 'DELETE']],
      ['/v1/api-keys', 'PUT', ['GET', 'POST']],
    ] as const) {
      const res = await call(server.url, method, path, { token: tenantToken });
      expect(res.status).toBe(405);
      expect(res.body.error.code).toBe('METHOD_NOT_ALLOWED');
      const allow = (res.headers.get('allow') ?? '').split(/,\s*/);
      for (const m of allowed) expect(allow).toContain(m);
    }
  });

  it('a method no route knows → 405, not a 5xx', async () => {
    const res = await call(server.url, 'PROPFIND', '/v1/plans');
    expect(res.status).toBe(405);
    expect(res.body.error.code).toBe('METHOD_NOT_ALLOWED');
  });
});

describe('refusals the handlers make are documented too', () => {
  it('a well-formed but unacceptable value → the 422 its operation declares', async () => {
    const cases: [string, string, Record<string, unknown>, string?][] = [
      ['PATCH', '/v1/account', { timezone: 'Mars/Olympus_Mons' }, tenantToken],
      ['POST', '/v1/api-keys', { name: 'past', expires_at: '2001-01-01T00:00:00Z' }, tenantToken],
      [
        'POST',
        '/v1/auth/signup',
        { email: 'tz@example.test', password: 'a-long-password', name: 'x', timezone: 'Nowhere/Else' },
      ],
    ];
    for (const [method, path, body, token] of cases) {
      const res = await call(server.url, method, path, { token, body });
      expect(res.status, `${method} ${path} ${JSON.stringify(res.body)}`).toBe(422);
      expect(res.body.error.code).toBe('UNPROCESSABLE');
    }
  });
});

describe('phrases that a search could never match', () => {
  it('are refused however they come in: create, update, bulk', async () => {
    for (const phrase of ['   ', '!!!', '—', '\u0301']) {
      const create = await call(server.url, 'POST', `/v1/sites/${siteId}/keywords`, {
        token: tenantToken,
        body: { phrase },
      });
      expect(create.status, JSON.stringify(create.body)).toBeOneOf([400, 422]);
      const bulk = await call(server.url, 'POST', `/v1/sites/${siteId}/keywords/bulk`, {
        token: tenantToken,
        body: { create: [{ phrase }] },
      });
      expect(bulk.body.data?.created ?? 0, JSON.stringify(bulk.body)).toBe(0);
    }
    const kept = await call(server.url, 'POST', `/v1/sites/${siteId}/keywords`, {
      token: tenantToken,
      body: { phrase: 'rose pruning' },
    });
    const update = await call(server.url, 'PATCH', `/v1/sites/${siteId}/keywords/${kept.body.data.id}`, {
      token: tenantToken,
      body: { phrase: '?!' },
    });
    expect(update.status).toBe(422);
  });
});
