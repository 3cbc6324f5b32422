// Generates packages/contract/src/generated/* from the spec.

import { HEADER, type JsonSchema, type OperationInfo, type Parameter, type Spec } from './spec.ts';
import { HELPERS, refsOf, toZod } from './zod.ts';

const header = HEADER('openapi.yaml');

/** Component schemas in dependency order, so each `const` is declared before it is used. */
function ordered(schemas: Record<string, JsonSchema>): string[] {
  const done = new Set<string>();
  const out: string[] = [];
  const visit = (name: string, trail: string[]) => {
    if (done.has(name)) return;
    if (trail.includes(name)) throw new Error(`recursive schema ${[...trail, name].join(' → ')} needs z.lazy support`);
    for (const dep of refsOf(schemas[name])) visit(dep, [...trail, name]);
    done.add(name);
    out.push(name);
  };
  for (const name of Object.keys(schemas).sort()) visit(name, []);
  return out;
}

export function schemasFile(spec: Spec): string {
  const lines = [header, "import { z } from 'zod';", '', HELPERS, ''];
  for (const name of ordered(spec.schemas)) {
    const schema = spec.schemas[name] as JsonSchema;
    if (schema.description) lines.push(`/** ${schema.description.trim().replace(/\*\//g, '*\\/')} */`);
    lines.push(`export const ${name} = ${toZod(schema)};`);
  }
  lines.push('');
  return lines.join('\n');
}

function paramsObject(params: Parameter[], coerce: boolean): string {
  const fields = params.map((p) => {
    let field = toZod(p.schema, { coerce, ref: (n) => `S.${n}`, helper: (n) => `S.${n}` });
    const def = (p.schema as { default?: unknown }).default;
    if (def !== undefined) field += `.default(${JSON.stringify(def)})`;
    else if (!p.required) field += '.optional()';
    return `${JSON.stringify(p.name)}: ${field}`;
  });
  return fields.length ? `z.strictObject({ ${fields.join(', ')} })` : 'z.strictObject({})';
}

export function validatorsFile(spec: Spec): string {
  const lines = [
    header,
    "import { z } from 'zod';",
    "import * as S from './schemas.js';",
    '',
    '/** Request validators (path, query, body) and the success response schema of every operation. */',
    'export const validators = {',
  ];
  for (const op of spec.operations) {
    const inFile = { ref: (n: string) => `S.${n}`, helper: (n: string) => `S.${n}` };
    const body = op.body ? toZod(op.body.schema, inFile) : 'z.undefined()';
    const response = op.successSchema ? toZod(op.successSchema, inFile) : 'z.undefined()';
    lines.push(`  ${op.operationId}: {`);
    lines.push(`    params: ${paramsObject(op.pathParams, false)},`);
    lines.push(`    query: ${paramsObject(op.queryParams, true)},`);
    lines.push(`    body: ${op.body && !op.body.required ? `${body}.optional()` : body},`);
    lines.push(`    response: ${response},`);
    lines.push('  },');
  }
  lines.push('} as const;', '', 'export type OperationValidators = typeof validators;', '');
  return lines.join('\n');
}

function manifestEntry(op: OperationInfo) {
  return {
    operationId: op.operationId,
    method: op.method.toUpperCase(),
    path: op.path,
    tag: op.tag,
    summary: op.summary,
    role: op.role,
    sdk: { resource: op.sdkResource, method: op.sdkMethod },
    pathParams: op.pathParams.map((p) => p.name),
    queryParams: op.queryParams.map((p) => p.name),
    hasBody: Boolean(op.body),
    successStatus: op.successStatus,
    successBinaryType: op.successBinaryType ?? null,
    paginated: op.paginated,
    idempotent: op.idempotent,
    auth: op.auth,
    secretFields: op.secretFields,
    widgetFeatures: op.widgetFeatures,
    fileFields: op.fileFields,
    rawBody: op.rawBody,
    bodyLimit: op.bodyLimit ?? null,
    transaction: op.transaction,
  };
}

export function operationsFile(spec: Spec): string {
  const entries = spec.operations.map((op) => `  ${op.operationId}: ${JSON.stringify(manifestEntry(op))},`);
  return [
    header,
    "export type Role = 'owner' | 'admin' | 'editor' | 'viewer';",
    "export type Access = 'public' | 'authenticated' | 'operator' | 'site' | Role;",
    '',
    'export interface OperationManifest {',
    '  operationId: string;',
    "  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';",
    '  path: string;',
    '  tag: string;',
    '  summary: string;',
    "  /** The lowest role that may call the operation (`x-igny8-role`); `site`: a WordPress site's signed request. */",
    '  role: Access;',
    '  sdk: { resource: string; method: string };',
    '  pathParams: readonly string[];',
    '  queryParams: readonly string[];',
    '  hasBody: boolean;',
    '  successStatus: number;',
    '  /** The media type of a success response that is not JSON (a PDF), else null. */',
    '  successBinaryType: string | null;',
    '  paginated: boolean;',
    '  /** A POST taking a bearer credential: its response is stored under its Idempotency-Key. */',
    '  idempotent: boolean;',
    "  /** The credentials it takes (from `security`): a bearer token, a site's signature, either, or none. */",
    "  auth: 'none' | 'bearer' | 'signature' | 'bearer-or-signature';",
    '  /** Paths (`*` for array items) to the secrets in its success body (`x-igny8-secret`): never stored. */',
    '  secretFields: readonly (readonly string[])[];',
    '  /** The widget features that open it (`x-igny8-widget-features`); none: widget tokens are refused. */',
    '  widgetFeatures: readonly string[];',
    '  /** Paths to file contents in its body (`x-igny8-file`), whose text the operation checks itself. */',
    '  fileFields: readonly (readonly string[])[];',
    '  /** The handler gets the exact request bytes (`x-igny8-raw-body`). */',
    '  rawBody: boolean;',
    '  /** A larger body limit in bytes for this operation (`x-igny8-body-limit`), else null. */',
    '  bodyLimit: number | null;',
    '  /**',
    "   * `x-igny8-transaction`: `request`, the handler runs in the request's transaction; `none`, it calls another",
    '   * server, so no transaction is open while it runs and it opens short ones of its own.',
    '   */',
    "  transaction: 'request' | 'none';",
    '}',
    '',
    '/** Every operation of openapi.yaml, by operationId. */',
    'export const operations = {',
    ...entries,
    '} as const satisfies Record<string, OperationManifest>;',
    '',
    'export type OperationId = keyof typeof operations;',
    '',
  ].join('\n');
}

export function documentFile(spec: Spec): string {
  return `${header}\n/** openapi.yaml as an object, for serving /openapi.json and validating responses. */\nexport const document: Record<string, any> = ${JSON.stringify(spec.document, null, 2)};\n`;
}

/**
 * The HTTP status of every error code, from `x-igny8-status` on the ErrorCode schema (rules.ts has
 * checked that every code has one, and only codes do, each a 4xx or a 5xx).
 */
export function errorsFile(spec: Spec): string {
  const schema = spec.schemas.ErrorCode as JsonSchema;
  const statuses = schema['x-igny8-status'] as Record<string, number>;
  const entries = (schema.enum as string[]).map((code) => `  ${code}: ${statuses[code]},`);
  return [
    header,
    "import type { components } from './openapi.js';",
    '',
    "export type ErrorCode = components['schemas']['ErrorCode'];",
    '',
    '/** The one HTTP status each error code is answered with (`x-igny8-status` of ErrorCode). */',
    'export const errorStatus = {',
    ...entries,
    '} as const satisfies Record<ErrorCode, number>;',
    '',
  ].join('\n');
}
