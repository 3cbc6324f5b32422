// Contract fuzzing: for every operation of openapi.yaml, requests generated from its schemas alone (fast-check) are
// sent to a real server. A valid request (real ids in its path, a query and a body drawn from their schemas) answers
// a documented status with a schema-valid body; a broken one (see `brokenRequestOf`) answers a documented 4xx with
// the error envelope; none answers a 5xx. The server itself checks every response against the spec
// (startTestServer's close() fails the file on any undeclared status or invalid body).
//
// CI runs a fixed seed and a few runs per operation; `pnpm fuzz` runs longer with a random seed
// (FUZZ_SEED and FUZZ_RUNS set both, and the seed is printed so that a failure can be replayed).
import { document, type OperationManifest, operations } from '@igny8/contract';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildAccountFixtures } from '../helpers/fixtures.js';
import { heavySuitesHere } from '../helpers/heavy.js';
import { type call as rawCall, signup, type TestResponse } from '../helpers/http.js';
import { requestSchema, resolve, resolveParameter } from '../helpers/samples.js';
import type { TestServer } from '../helpers/server.js';
import { startSpecWalk } from '../helpers/spec-walk.js';
import { arbitraryFor, brokenBodyOf, queryOf, queryParameters, queryString } from './arbitraries.js';

type Schema = Record<string, any>;

/** The seed CI runs with: a fixed one, so that CI is repeatable. */
const CI_SEED = 1515;
const seed = process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : CI_SEED;
const numRuns = process.env.FUZZ_RUNS ? Number(process.env.FUZZ_RUNS) : 5;
console.log(`contract fuzz: FUZZ_SEED=${seed} FUZZ_RUNS=${numRuns}`);

/**
 * Operations that cannot be called meaningfully in a loop, and why. Keep this list tiny: every other operation,
 * a new one included, is fuzzed without editing this file.
 */
const NOT_IN_A_LOOP: Record<string, string> = {
  deleteAccount: 'deletes the fixture account itself: every operation after it would only answer 401',
};

const all = Object.values(operations) as OperationManifest[];
const errorCodes: string[] = document.components.schemas.ErrorCode.enum;

/**
 * The order the operations are fuzzed in: what removes things last, and what removes a parent (a site) after what
 * removes its children, so that the fixtures stay in place for as long as they can be.
 */
const REMOVES = /^(delete|remove|revoke|disconnect)|^rotateWordpressSecret$/;
const ordered = all
  .filter((op) => !NOT_IN_A_LOOP[op.operationId])
  .sort((a, b) => {
    const ra = REMOVES.test(a.operationId) ? 1 : 0;
    const rb = REMOVES.test(b.operationId) ? 1 : 0;
    return ra - rb || (ra ? b.path.length - a.path.length : 0);
  });

let server: TestServer;
/** `call`, signed as the walk's connected site for the plugin's routes. */
let call: typeof rawCall;
let signedToken: string;
let operatorToken: string;
let ownerToken: string;
let foreignToken: string;
/** A real id for each path parameter the fixtures can name. */
let ids: Record<string, string>;

// The fuzz does not depend on how the run's PostgreSQL was provided: CI runs it in one of its two database modes
// (helpers/heavy.ts), with the fixed seed.
beforeAll(async () => {
  if (!heavySuitesHere) return;
  const walk = await startSpecWalk('Contract fuzz');
  ({ server, call, operatorToken } = walk);
  signedToken = walk.tenantToken;
  const fixtures = await buildAccountFixtures(server, 'fuzzed');
  ownerToken = fixtures.owner.access_token;
  foreignToken = (await signup(server.url, 'foreign')).access_token;
  // The operator's account operations (suspending one) act on an account of their own, not on the fixtures'.
  const target = await signup(server.url, 'operator-target');
  const [payment] = await server.deps.db.owner('payments').where({ account_id: fixtures.owner.account.id });
  const packages = await call(server.url, 'GET', '/v1/billing/credit-packages', { token: ownerToken });
  const industries = await call(server.url, 'GET', '/v1/industries', { token: ownerToken });
  const site = await call(server.url, 'GET', `/v1/sites/${fixtures.ids.site_id}`, { token: ownerToken });
  ids = {
    ...fixtures.ids,
    account_id: target.account.id,
    payment_id: payment.id,
    package_id: packages.body.data[0].id,
    industry_id: industries.body.data[0].id,
    plan_code: 'fuzz-plan',
    site_slug: site.body.data.slug,
  };
}, 120_000);
afterAll(() => server?.close());

/** The raw operation object of the spec, for its declared responses. */
const declaredStatuses = (op: OperationManifest) =>
  Object.keys(document.paths[op.path][op.method.toLowerCase()].responses).map(Number);

/** The credentials that get an operation past authentication. */
function tokenFor(op: OperationManifest): string | undefined {
  if (op.auth === 'none') return undefined;
  if (op.auth === 'signature') return signedToken;
  return op.role === 'operator' ? operatorToken : ownerToken;
}

/** Path parameters of tenant data (not platform-wide reference data): another account must not reach them. */
const GLOBAL_IDS = new Set(['industry_id', 'package_id', 'plan_code', 'account_id', 'payment_id', 'site_slug']);
const tenantParams = (op: OperationManifest) =>
  op.role === 'operator' ? [] : op.pathParams.filter((p) => !GLOBAL_IDS.has(p));

function pathWith(op: OperationManifest, values: Record<string, string>) {
  return op.path.replace(/\{(\w+)\}/g, (_, name: string) => encodeURIComponent(values[name] as string));
}

/** A real id for each path parameter the fixtures have, one generated from its schema for the others. */
function pathParamsOf(op: OperationManifest): fc.Arbitrary<Record<string, string>> {
  return fc.record(
    Object.fromEntries(
      op.pathParams.map((name) => {
        const schema = resolveParameter(name) ?? { type: 'string' };
        // Read when generated: the fixtures are made after the tests are collected.
        const value = fc
          .constant(name)
          .chain((n) => (ids[n] ? fc.constant(ids[n] as string) : arbitraryFor(schema).map(String)));
        return [name, value];
      }),
    ),
  );
}

interface FuzzRequest {
  how: string;
  path: string;
  token?: string;
  body?: unknown;
  rawBody?: string;
  headers?: Record<string, string>;
}

const bodySchema = (op: OperationManifest): Schema | undefined =>
  op.hasBody ? (requestSchema(op.operationId) ?? { type: 'object' }) : undefined;

function validRequestOf(op: OperationManifest): fc.Arbitrary<FuzzRequest> {
  const schema = bodySchema(op);
  return fc
    .record({
      params: pathParamsOf(op),
      query: queryOf(op),
      body: schema ? arbitraryFor(schema) : fc.constant(undefined),
    })
    .map(({ params, query, body }) => ({
      how: 'a valid request',
      path: `${pathWith(op, params)}${queryString(query)}`,
      token: tokenFor(op),
      ...(schema ? { body } : {}),
    }));
}

const CONTROLS = ['\u0000', '\u0001', '\u001b', '\u001f'];
/** Strings no id is: malformed, huge, with control characters, with path-ish characters. */
const malformedId = fc
  .oneof(
    fc.constantFrom('not-an-id', '0', '-1', '00000000-0000-0000-0000-00000000000g', '%', ' ', '1e999'),
    fc.string({ minLength: 1, maxLength: 40 }),
    fc.tuple(fc.string({ maxLength: 8 }), fc.constantFrom(...CONTROLS)).map(([a, c]) => `${a}${c}`),
    // Long, but within what Node takes in a request line (16 KiB of headers: past it Node answers a bare 431).
    fc.integer({ min: 1000, max: 8000 }).map((n) => 'a'.repeat(n)),
    // A URL resolves `.` and `..` away, which would call another route.
  )
  .filter((id) => id !== '.' && id !== '..');

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Whether a value is one the path parameter's schema allows (then it is no malformed id, just an unknown one). */
function fitsParameter(name: string, value: string) {
  const s = resolveParameter(name) ?? {};
  if (s.format === 'uuid') return UUID.test(value);
  if (s.pattern && !new RegExp(s.pattern).test(value)) return false;
  if (s.minLength !== undefined && [...value].length < s.minLength) return false;
  if (s.maxLength !== undefined && [...value].length > s.maxLength) return false;
  return !!(s.pattern || s.maxLength !== undefined || s.minLength !== undefined);
}

/** A query parameter's schema that a value can break (a number, an enum, a format or a pattern). */
function breakableQuery(p: Schema) {
  const s = resolve(p.schema);
  const type = Array.isArray(s.type) ? s.type[0] : s.type;
  return type === 'integer' || type === 'number' || s.enum || s.format || s.pattern || s.maxLength !== undefined;
}

/**
 * The ways a request is broken, among those that apply to the operation; each must be refused with a 4xx. Undefined
 * when nothing about the operation can be broken (a probe with no input, no credential and no id).
 */
function brokenRequestOf(op: OperationManifest): fc.Arbitrary<FuzzRequest> | undefined {
  const valid = validRequestOf(op);
  const schema = bodySchema(op);
  const kinds: fc.Arbitrary<FuzzRequest>[] = [];
  if (schema && !op.rawBody) {
    kinds.push(
      fc.tuple(valid, brokenBodyOf(schema)).map(([req, broken]) => ({ ...req, how: broken.how, body: broken.body })),
    );
  }
  if (schema) {
    kinds.push(
      fc.tuple(valid, fc.constantFrom('{"a": 1,', '{', '\u0000', '{"a": "\\u00"}', '[1,]')).map(([req, raw]) => ({
        ...req,
        how: 'malformed JSON',
        body: undefined,
        rawBody: raw,
        headers: { 'content-type': 'application/json' },
      })),
      fc
        .tuple(valid, fc.constantFrom('text/plain', 'application/xml', 'multipart/form-data; boundary=x'))
        .map(([req, type]) => ({
          ...req,
          how: `a ${type} body`,
          body: undefined,
          rawBody: 'a=1',
          headers: { 'content-type': type },
        })),
    );
  }
  // Past the operation's body limit (those of a few MiB; the 64 MiB import's is left to its own tests).
  if (schema && (op.bodyLimit ?? 0) <= 4 * 1024 * 1024) {
    kinds.push(
      valid.map((req) => {
        const limit = op.bodyLimit ?? server.deps.config.bodyLimitBytes;
        return {
          ...req,
          how: `a body past its ${limit} byte limit`,
          body: undefined,
          rawBody: `{"pad":"${'a'.repeat(limit)}"}`,
          headers: { 'content-type': 'application/json' },
        };
      }),
    );
  }
  if (op.auth !== 'none') {
    kinds.push(
      // A site's routes are signed whenever a token is given (spec-walk.ts): for them only no credentials at all.
      fc
        .tuple(
          valid,
          fc.constantFrom(
            ...(op.auth === 'signature' ? [undefined] : [undefined, 'not-a-token', 'eyJhbGciOiJub25lIn0.e30.']),
          ),
        )
        .map(([req, token]) => ({
          ...req,
          how: token ? `a forged credential (${token})` : 'no credentials',
          token,
        })),
    );
  }
  if (tenantParams(op).length && op.auth !== 'signature') {
    kinds.push(valid.map((req) => ({ ...req, how: "a foreign account's credentials", token: foreignToken })));
  }
  if (op.pathParams.length) {
    kinds.push(
      fc
        .tuple(valid, fc.constantFrom(...op.pathParams), malformedId)
        .filter(([, name, bad]) => !fitsParameter(name, bad))
        .map(([req, name, bad]) => ({
          ...req,
          how: `a malformed ${name}`,
          path: replaceParam(op, req.path, name, bad),
        })),
    );
    const uuids = op.pathParams.filter((name) => resolveParameter(name)?.format === 'uuid');
    if (uuids.length) {
      kinds.push(
        fc.tuple(valid, fc.constantFrom(...uuids), fc.uuid()).map(([req, name, unknown]) => ({
          ...req,
          how: `an unknown ${name}`,
          path: replaceParam(op, req.path, name, unknown),
        })),
      );
    }
  }
  const breakable = queryParameters(op).filter(breakableQuery);
  if (breakable.length) {
    kinds.push(
      fc
        .tuple(
          valid,
          fc.constantFrom(...breakable),
          fc.oneof(
            fc.constantFrom('twelve', '0x10', '1e999', '-', 'not-a-member'),
            fc.tuple(fc.string({ maxLength: 4 }), fc.constantFrom(...CONTROLS)).map(([a, c]) => `${a}${c}`),
            fc.integer({ min: 1000, max: 5000 }).map((n) => '9'.repeat(n)),
          ),
        )
        .filter(([, p, bad]) => !(resolve(p.schema).enum ?? []).includes(bad))
        .map(([req, p, bad]) => {
          const [path, query = ''] = req.path.split('?');
          const params = new URLSearchParams(query);
          params.set(p.name, bad);
          return { ...req, how: `a bad query ${p.name}`, path: `${path}?${params.toString()}` };
        }),
    );
  }
  return kinds.length ? fc.oneof(...kinds) : undefined;
}

/** The request's path with one parameter's value replaced (the real values hold no `/`, so segments line up). */
function replaceParam(op: OperationManifest, path: string, name: string, value: string) {
  const [pathname, query] = path.split('?');
  const template = op.path.split('/');
  const segments = (pathname as string).split('/');
  const at = template.indexOf(`{${name}}`);
  segments[at] = encodeURIComponent(value);
  return `${segments.join('/')}${query ? `?${query}` : ''}`;
}

async function send(op: OperationManifest, req: FuzzRequest): Promise<TestResponse> {
  return call(server.url, op.method, req.path, {
    token: req.token,
    ...(req.rawBody !== undefined ? { rawBody: req.rawBody } : req.body !== undefined ? { body: req.body } : {}),
    headers: req.headers,
  });
}

function describeFailure(op: OperationManifest, req: FuzzRequest, res: TestResponse) {
  const body = req.rawBody ?? JSON.stringify(req.body);
  // A 5xx's cause is in the server's log line for its request.
  const logged = res.status >= 500 ? server.logs.filter((l) => l.includes(res.body?.request_id)).join('\n') : '';
  return `${logged}\n${op.operationId} ${op.method} ${req.path.slice(0, 300)} — ${req.how}, body ${String(body).slice(0, 300)} → ${res.status} ${JSON.stringify(res.body).slice(0, 500)} (FUZZ_SEED=${seed})`;
}

function expectEnvelope(res: TestResponse, detail: string) {
  expect(errorCodes, detail).toContain(res.body?.error?.code);
  expect(typeof res.body.error.message, detail).toBe('string');
  expect(typeof res.body.request_id, detail).toBe('string');
}

const options = { seed, numRuns, endOnFailure: true } as const;

// What the fuzzer found, pinned down (each was a 5xx or an undeclared status).
describe.runIf(heavySuitesHere)('regressions found by contract fuzzing', () => {
  it('a keyword whose language is no locale Intl knows is updated, not a 500', async () => {
    const path = `/v1/sites/${ids.site_id}/keywords/${ids.keyword_id}`;
    const res = await call(server.url, 'PATCH', path, {
      token: ownerToken,
      body: { phrase: '東京ホテル', language: 'x1' },
    });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
  });

  it('a Stripe event on a server without Stripe answers its documented 422', async () => {
    const res = await call(server.url, 'POST', '/v1/webhooks/stripe', {
      body: {},
      headers: { 'stripe-signature': 't=1,v1=0' },
    });
    expect(res.status).toBe(422);
    expect(res.body.error.code).toBe('PAYMENTS_NOT_CONFIGURED');
    expect(Object.keys(document.paths['/v1/webhooks/stripe'].post.responses)).toContain('422');
  });
});

describe.runIf(heavySuitesHere)('contract fuzzing, every operation of openapi.yaml', () => {
  it('skips only the operations it says why for, and they exist', () => {
    expect(Object.keys(NOT_IN_A_LOOP).length).toBeLessThanOrEqual(3);
    for (const id of Object.keys(NOT_IN_A_LOOP)) expect(operations, id).toHaveProperty(id);
    expect(ordered.length + Object.keys(NOT_IN_A_LOOP).length).toBe(all.length);
  });

  for (const op of ordered) {
    it(`${op.operationId}: valid requests → a documented status, never a 5xx`, async () => {
      await fc.assert(
        fc.asyncProperty(validRequestOf(op), async (req) => {
          const res = await send(op, req);
          const detail = describeFailure(op, req, res);
          expect(res.status, detail).toBeLessThan(500);
          expect(declaredStatuses(op), detail).toContain(res.status);
          if (res.status >= 400) expectEnvelope(res, detail);
          if (process.env.FUZZ_REFUSED && res.status === 400)
            console.log(
              `REFUSED ${op.operationId} ${JSON.stringify(res.body.error).slice(0, 400)} <- ${JSON.stringify(req.body)?.slice(0, 300)} ${req.path.slice(0, 200)}`,
            );
        }),
        options,
      );
    });

    const broken = brokenRequestOf(op);
    if (broken) {
      it(`${op.operationId}: broken requests → a documented 4xx with the error envelope`, async () => {
        await fc.assert(
          fc.asyncProperty(broken, async (req) => {
            const res = await send(op, req);
            const detail = describeFailure(op, req, res);
            expect(res.status, detail).toBeGreaterThanOrEqual(400);
            expect(res.status, detail).toBeLessThan(500);
            expect(declaredStatuses(op), detail).toContain(res.status);
            expectEnvelope(res, detail);
          }),
          options,
        );
      });
    }
  }
});
