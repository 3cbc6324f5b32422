// The SDK and the contract must not drift: one method per operation, no method without one, and each method
// sends its operation's HTTP method to its path.
import { operations } from '@igny8/contract/operations';
import { HttpResponse, http } from 'msw';
import { describe, expect, it } from 'vitest';
import { Igny8 } from '../src/index.js';
import { BASE_URL, server } from './mock-api.js';

/** Methods written by hand on top of the generated ones. */
const HELPERS: Record<string, string[]> = { operations: ['wait'] };

const manifest = Object.values(operations);
const client = new Igny8({ baseUrl: BASE_URL, apiKey: 'k' });
const resource = (name: string) => (client as unknown as Record<string, Record<string, unknown>>)[name];

function methodsOf(object: object): string[] {
  const names = new Set<string>();
  for (let proto = Object.getPrototypeOf(object); proto && proto !== Object.prototype; ) {
    for (const name of Object.getOwnPropertyNames(proto)) if (name !== 'constructor') names.add(name);
    proto = Object.getPrototypeOf(proto);
  }
  return [...names];
}

describe('parity with the contract', () => {
  it.each(manifest.map((op) => [op.operationId, op] as const))('%s has its SDK method', (_, op) => {
    expect(typeof resource(op.sdk.resource)?.[op.sdk.method]).toBe('function');
  });

  it('has no SDK method without an operation', () => {
    const known = new Set(manifest.map((op) => `${op.sdk.resource}.${op.sdk.method}`));
    const resources = new Set(manifest.map((op) => op.sdk.resource));
    const exposed = Object.keys(client).filter((key) => typeof resource(key) === 'object');
    expect(exposed.sort()).toEqual([...resources].sort());
    for (const name of exposed) {
      for (const method of methodsOf(resource(name) as object)) {
        if (HELPERS[name]?.includes(method)) continue;
        expect(known, `${name}.${method}`).toContain(`${name}.${method}`);
      }
    }
  });

  it.each(manifest.map((op) => [op.operationId, op] as const))('%s sends its method and path', async (_, op) => {
    const seen: string[] = [];
    server.use(
      http.all(`${BASE_URL}/*`, ({ request }) => {
        seen.push(`${request.method} ${new URL(request.url).pathname}`);
        if (op.successStatus === 204) return new HttpResponse(null, { status: 204 });
        return HttpResponse.json(
          { data: {}, meta: { next_cursor: null }, request_id: 'r' },
          { status: op.successStatus },
        );
      }),
    );
    const args: unknown[] = op.pathParams.map((_, i) => `p${i}`);
    if (op.hasBody) args.push({});
    const method = resource(op.sdk.resource)?.[op.sdk.method] as (...a: unknown[]) => PromiseLike<unknown>;
    await method.apply(resource(op.sdk.resource), args);
    let path: string = op.path;
    op.pathParams.forEach((name, i) => {
      path = path.replace(`{${name}}`, `p${i}`);
    });
    expect(seen).toEqual([`${op.method} ${path}`]);
  });
});
