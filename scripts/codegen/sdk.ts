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

function object(fields: string[], indent: string, prefix: string, suffix: string): string[] {
  const flat = `${indent}${prefix}{ ${fields.join(', ')} }${suffix}`;
  if (flat.length <= WIDTH) return [flat];
  return [`${indent}${prefix}{`, ...fields.map((f) => `${indent}  ${f},`), `${indent}}${suffix}`];
}

function method(op: OperationInfo): string[] {
  const id = `operations[${quote(op.operationId)}]`;
  const params: string[] = [];
  const fields = [`operationId: ${quote(op.operationId)}`, `method: ${quote(op.method.toUpperCase())}`];

  let path = op.path;
  for (const p of op.pathParams) {
    const name = camel(p.name);
    params.push(`${name}: string`);
    path = path.replace(`{${p.name}}`, `\${encodeURIComponent(${name})}`);
  }
  fields.push(op.pathParams.length ? `path: \`${path}\`` : `path: ${quote(path)}`);

  if (op.body) {
    params.push(`body${op.body.required ? '' : '?'}: ${id}['requestBody']['content']['application/json']`);
    fields.push('body');
  }
  if (op.queryParams.length) {
    const required = op.queryParams.some((p) => p.required);
    params.push(`query${required ? '' : '?'}: ${id}['parameters']['query']`);
    fields.push('query');
  }
  if (op.role === 'public') fields.push('public: true');
  if (op.successBinaryType) fields.push('binary: true');
  fields.push('options');
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

  const fn = op.paginated ? 'requestPage' : 'request';
  return [
    ...jsdoc(docs, '  '),
    ...call(`${op.sdkMethod}(`, params, `): ${returns} {`, '  '),
    ...object(fields, '    ', `return this._client.${fn}(`, ');'),
    '  }',
  ];
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
    "import type { operations } from '@igny8/contract/openapi';",
    "import { APIResource, type APIClient } from '../internal/api-resource.js';",
    "import type { PagePromise } from '../pagination.js';",
    "import type { RequestOptions } from '../request-options.js';",
  ];
  const classes: [string, string, string][] = [];
  for (const [resource, ops] of byResource) {
    const name = pascal(resource);
    // A tag's description fits the resource named after it; other resources (e.g. `plans` in `reference`) just
    // list their methods.
    const tag = ops.find((o) => camel(o.tag) === resource)?.tag;
    const about = (tag && tagDescriptions.get(tag)) || `${ops.map((o) => o.sdkMethod).join(', ')}.`;
    const doc = `\`client.${resource}\`: ${about}`;
    classes.push([resource, name, doc]);
    out.push('', ...jsdoc([doc], ''), `export class ${name} extends APIResource {`);
    ops.forEach((op, i) => {
      if (i) out.push('');
      out.push(...method(op));
    });
    out.push('}');
  }

  out.push(
    '',
    ...jsdoc(['Every resource of the API, under the property the client exposes it as (`client.sites`, …).'], ''),
    'export class Igny8Resources {',
  );
  for (const [resource, name, doc] of classes) out.push(...jsdoc([doc], '  '), `  readonly ${resource}: ${name};`);
  out.push('', '  constructor(client: APIClient) {');
  for (const [resource, name] of classes) out.push(`    this.${resource} = new ${name}(client);`);
  out.push('  }', '}', '');

  return new Map([[join(root, 'packages/sdk/src/generated/resources.ts'), out.join('\n')]]);
}
