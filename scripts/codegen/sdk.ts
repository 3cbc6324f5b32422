// Generates packages/sdk/src/generated/resources.ts: one class per `x-sdk-resource`, one method per operation
// named by `x-sdk-method`. Types are indexed out of openapi-typescript's `operations`, so the SDK never restates a
// schema; behaviour (auth, retries, pagination) lives in the hand-written core the methods call.
import { join } from 'node:path';
import { HEADER, type OperationInfo, type Spec } from './spec.ts';

const WIDTH = 120;

const camel = (name: string) => name.replace(/[_-]+([a-z0-9])/g, (_, c: string) => c.toUpperCase());
const pascal = (name: string) => camel(name).replace(/^[a-z]/, (c) => c.toUpperCase());
const quote = (s: string) => `'${s.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;

function jsdoc(lines: string[], indent: string): string[] {
  const body = lines.flatMap((l) => l.split('\n')).map((l) => l.trimEnd().replace(/\*\//g, '*\\/'));
  while (body.length && body[body.length - 1] === '') body.pop();
  if (body.length === 1 && `${indent}/** ${body[0]} */`.length <= WIDTH) return [`${indent}/** ${body[0]} */`];
  return [`${indent}/**`, ...body.map((l) => (l ? `${indent} * ${l}` : `${indent} *`)), `${indent} */`];
}

/** `a, b, c` on one line when it fits, else one per line with trailing commas. */
function call(head: string, args: string[], tail: string, indent: string): string[] {
  const flat = `${indent}${head}${args.join(', ')}${tail}`;
  if (flat.length <= WIDTH) return [flat];
  return [`${indent}${head}`, ...args.map((a) => `${indent}  ${a},`), `${indent}${tail}`];
}

/** Bits of a method's flags in the runtime table (internal/api-resource.ts reads them). */
const BODY = 1;
const QUERY = 2;
const PAGINATED = 4;
const PUBLIC = 8;
const BINARY = 16;
/** The success response is a session (`AuthSessionResponse`): the client keeps it. */
const SESSION = 32;
/** Signing out (`logout`): the client forgets its session, whatever the server answers. */
const SIGN_OUT = 64;

/** The typed signature of one method, with its documentation (types only: nothing of it ships). */
function signature(op: OperationInfo): string[] {
  const id = `operations[${quote(op.operationId)}]`;
  const params: string[] = [];
  for (const p of op.pathParams) params.push(`${camel(p.name)}: string`);
  if (op.body) params.push(`body${op.body.required ? '' : '?'}: ${id}['requestBody']['content']['application/json']`);
  if (op.queryParams.length) {
    const required = op.queryParams.some((p) => p.required);
    params.push(`query${required ? '' : '?'}: ${id}['parameters']['query']`);
  }
  params.push('options?: RequestOptions');

  const data = `${id}['responses'][${op.successStatus}]['content']['application/json']['data']`;
  const returns = op.paginated
    ? `PagePromise<${data}[number]>`
    : op.successBinaryType
      ? 'Promise<ArrayBuffer>'
      : op.successSchema
        ? `Promise<${data}>`
        : 'Promise<void>';

  const docs = [op.summary];
  if (op.description) docs.push('', op.description.trim());
  docs.push('', `\`${op.method.toUpperCase()} ${op.path}\` (role: \`${op.role}\`)`);
  if (op.paginated) docs.push('', 'Await it for the first page, or `for await` over it for every item of every page.');
  if (op.successBinaryType) docs.push('', `Resolves with the bytes of the \`${op.successBinaryType}\` document.`);
  return [...jsdoc(docs, '  '), ...call(`${op.sdkMethod}(`, params, `): ${returns};`, '  ')];
}

/** The method's runtime entry: `[method, path, flags]`. */
function entry(op: OperationInfo): string {
  const flags =
    (op.body ? BODY : 0) |
    (op.queryParams.length ? QUERY : 0) |
    (op.paginated ? PAGINATED : 0) |
    // No bearer token is sent where the operation takes none (public, or signed by a site).
    (op.auth === 'none' || op.auth === 'signature' ? PUBLIC : 0) |
    (op.successBinaryType ? BINARY : 0) |
    ((op.successSchema as { $ref?: string } | undefined)?.$ref === '#/components/schemas/AuthSessionResponse'
      ? SESSION
      : 0) |
    (op.operationId === 'logout' ? SIGN_OUT : 0);
  return `${op.sdkMethod}: [${quote(op.method.toUpperCase())}, ${quote(op.path)}, ${flags}]`;
}

export function sdkFiles(spec: Spec, root: string): Map<string, string> {
  const byResource = new Map<string, OperationInfo[]>();
  for (const op of spec.operations) {
    if (!op.sdkResource || !op.sdkMethod) {
      throw new Error(`${op.operationId}: x-sdk-resource and x-sdk-method are required`);
    }
    const list = byResource.get(op.sdkResource) ?? [];
    if (list.some((o) => o.sdkMethod === op.sdkMethod)) {
      throw new Error(`${op.operationId}: ${op.sdkResource}.${op.sdkMethod} is already taken`);
    }
    list.push(op);
    byResource.set(op.sdkResource, list);
  }
  const tagDescriptions = new Map<string, string>(
    (spec.document.tags ?? []).map((t: { name: string; description?: string }) => [t.name, t.description ?? '']),
  );

  const out = [
    HEADER('openapi.yaml').trimEnd(),
    '// The methods are typed by the interfaces below and made at run time from the compact table at the end,',
    '// so the bundle carries one small entry per operation rather than a function body each.',
    "import type { operations } from '@igny8/contract/openapi';",
    "import { type APIClient, bindResource } from '../internal/api-resource.js';",
    "import type { PagePromise } from '../pagination.js';",
    "import type { RequestOptions } from '../request-options.js';",
  ];
  const resources: [string, string, string][] = [];
  for (const [resource, ops] of byResource) {
    const name = pascal(resource);
    // A tag's description fits the resource named after it; other resources (e.g. `plans` in `reference`) just
    // list their methods.
    const tag = ops.find((o) => camel(o.tag) === resource)?.tag;
    const about = (tag && tagDescriptions.get(tag)) || `${ops.map((o) => o.sdkMethod).join(', ')}.`;
    const doc = `\`client.${resource}\`: ${about}`;
    resources.push([resource, name, doc]);
    out.push('', ...jsdoc([doc], ''), `export interface ${name} {`);
    ops.forEach((op, i) => {
      if (i) out.push('');
      out.push(...signature(op));
    });
    out.push('}');
  }

  out.push(
    '',
    ...jsdoc(['Every resource of the API, under the property the client exposes it as (`client.sites`, …).'], ''),
    'export interface Igny8Resources {',
  );
  for (const [resource, name, doc] of resources) out.push(...jsdoc([doc], '  '), `  readonly ${resource}: ${name};`);
  out.push('}', '');
  out.push(
    ...jsdoc(
      [
        'Each method as `[HTTP method, path, flags]`; flags: 1 body, 2 query, 4 paginated, 8 public,',
        "16 document response, 32 a session to keep, 64 signing out. Path parameters are the method's first",
        'arguments, in path order.',
      ],
      '',
    ),
    'export const METHODS = {',
  );
  for (const [resource] of resources) {
    out.push(`  ${resource}: {`);
    for (const op of byResource.get(resource) as OperationInfo[]) out.push(`    ${entry(op)},`);
    out.push('  },');
  }
  out.push('} as const;', '');
  out.push(
    ...jsdoc(['Binds every resource of the table to a client.'], ''),
    'export function createResources(client: APIClient): Igny8Resources {',
    '  const resources: Record<string, unknown> = {};',
    '  for (const [name, methods] of Object.entries(METHODS)) resources[name] = bindResource(client, methods);',
    '  return resources as unknown as Igny8Resources;',
    '}',
    '',
  );

  return new Map([[join(root, 'packages/sdk/src/generated/resources.ts'), out.join('\n')]]);
}
