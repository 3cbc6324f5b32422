// Loads openapi.yaml and gives the code generators a flat, typed view of its operations.
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { type Auth, authOf } from './rules.ts';

export type JsonSchema = Record<string, unknown> & {
  $ref?: string;
  type?: string | string[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  oneOf?: JsonSchema[];
  anyOf?: JsonSchema[];
  allOf?: JsonSchema[];
  enum?: unknown[];
  additionalProperties?: boolean | JsonSchema;
  description?: string;
};

export interface Parameter {
  name: string;
  in: 'path' | 'query' | 'header' | 'cookie';
  required?: boolean;
  description?: string;
  schema: JsonSchema;
}

export interface OperationInfo {
  operationId: string;
  method: 'get' | 'post' | 'put' | 'patch' | 'delete';
  path: string;
  tag: string;
  summary: string;
  description?: string;
  /** `x-igny8-role`: the lowest role of a bearer caller, `public`, or `site` (a WordPress site's signature only). */
  role: string;
  sdkResource: string;
  sdkMethod: string;
  pathParams: Parameter[];
  queryParams: Parameter[];
  headerParams: Parameter[];
  body?: { required: boolean; schema: JsonSchema };
  successStatus: number;
  successSchema?: JsonSchema;
  /** The media type of the success response when it is not JSON (e.g. `application/pdf`). */
  successBinaryType?: string;
  paginated: boolean;
  /** A POST taking a bearer credential: its response is stored under its `Idempotency-Key`. */
  idempotent: boolean;
  /** The credentials it takes, from its `security`. */
  auth: Auth;
  /**
   * Where the success body carries a secret (`x-igny8-secret`), as paths of property names (`*` for
   * array items). Such values are shown once and never stored.
   */
  secretFields: string[][];
  /** The widget features that open this operation (`x-igny8-widget-features`). */
  widgetFeatures: string[];
  /** Where the body holds a file's content (`x-igny8-file`): its text is checked by the operation. */
  fileFields: string[][];
  /** `x-igny8-raw-body`: the handler needs the exact bytes (signature verification). */
  rawBody: boolean;
  /** `x-igny8-body-limit`: a larger body limit in bytes for this operation (imports). */
  bodyLimit?: number;
  /** `x-igny8-site-signed`: beside a bearer credential, a site's signature is accepted. */
  siteSigned: boolean;
  /**
   * `x-igny8-transaction`: `request` (the default), the handler runs in the request's transaction; `none`, it
   * calls another server, so it gets none open and opens short ones itself.
   */
  transaction: 'request' | 'none';
}

export interface Spec {
  document: Record<string, any>;
  schemas: Record<string, JsonSchema>;
  operations: OperationInfo[];
}

const METHODS = ['get', 'post', 'put', 'patch', 'delete'] as const;

export function loadSpec(file: string): Spec {
  const document = parse(readFileSync(file, 'utf8'));
  const components = document.components ?? {};
  const resolveParam = (p: any): Parameter => {
    if (p.$ref) {
      const name = p.$ref.replace('#/components/parameters/', '');
      const found = components.parameters?.[name];
      if (!found) throw new Error(`unknown parameter ${p.$ref}`);
      return found;
    }
    return p;
  };
  const resolveSchema = (s: JsonSchema | undefined): JsonSchema | undefined => {
    if (s?.$ref) return components.schemas[s.$ref.replace('#/components/schemas/', '')];
    return s;
  };
  const widgetFeatures: Record<string, string[]> = document['x-igny8-widget-features'] ?? {};
  const operations: OperationInfo[] = [];
  for (const [path, item] of Object.entries<any>(document.paths ?? {})) {
    const shared = (item.parameters ?? []).map(resolveParam);
    for (const method of METHODS) {
      const op = item[method];
      if (!op) continue;
      const params: Parameter[] = [...shared, ...(op.parameters ?? []).map(resolveParam)];
      const statuses = Object.keys(op.responses).filter((s) => /^2\d\d$/.test(s));
      if (statuses.length !== 1) throw new Error(`${op.operationId}: exactly one 2xx response expected`);
      const successStatus = Number(statuses[0]);
      const success = op.responses[statuses[0] as string];
      const successSchema = success.content?.['application/json']?.schema;
      const successBinaryType = Object.keys(success.content ?? {}).find((t) => t !== 'application/json');
      const resolved = resolveSchema(successSchema);
      const paginated = Boolean(resolved?.properties?.meta) && params.some((p) => p.name === 'cursor');
      const bodyContent = op.requestBody?.content?.['application/json'];
      const auth = authOf(op, document.security ?? []);
      operations.push({
        operationId: op.operationId,
        method,
        path,
        tag: op.tags?.[0] ?? 'default',
        summary: op.summary ?? '',
        description: op.description,
        role: op['x-igny8-role'],
        sdkResource: op['x-sdk-resource'],
        sdkMethod: op['x-sdk-method'],
        pathParams: params.filter((p) => p.in === 'path'),
        queryParams: params.filter((p) => p.in === 'query'),
        headerParams: params.filter((p) => p.in === 'header'),
        body: bodyContent ? { required: op.requestBody.required === true, schema: bodyContent.schema } : undefined,
        successStatus,
        successSchema,
        successBinaryType,
        paginated,
        // A signed request is one-time by its nonce; only bearer callers get their answers stored.
        idempotent: method === 'post' && (auth === 'bearer' || auth === 'bearer-or-signature'),
        auth,
        secretFields: markedPaths(successSchema, components.schemas ?? {}, 'x-igny8-secret'),
        fileFields: markedPaths(bodyContent?.schema, components.schemas ?? {}, 'x-igny8-file'),
        widgetFeatures: Object.keys(widgetFeatures).filter((f) => widgetFeatures[f]?.includes(op.operationId)),
        rawBody: op['x-igny8-raw-body'] === true,
        bodyLimit: op['x-igny8-body-limit'],
        siteSigned: op['x-igny8-site-signed'] === true,
        transaction: op['x-igny8-transaction'] === 'none' ? 'none' : 'request',
      });
    }
  }
  return { document, schemas: components.schemas ?? {}, operations };
}

/** Paths to every property inside `schema` that carries the extension `mark` (set to true). */
function markedPaths(
  schema: JsonSchema | undefined,
  schemas: Record<string, JsonSchema>,
  mark: string,
  trail: string[] = [],
  seen: string[] = [],
): string[][] {
  if (!schema) return [];
  if (schema.$ref) {
    const name = schema.$ref.replace('#/components/schemas/', '');
    return seen.includes(name) ? [] : markedPaths(schemas[name], schemas, mark, trail, [...seen, name]);
  }
  if (schema[mark] === true) return [trail];
  const found: string[][] = [];
  for (const [name, property] of Object.entries(schema.properties ?? {})) {
    found.push(...markedPaths(property, schemas, mark, [...trail, name], seen));
  }
  if (schema.items) found.push(...markedPaths(schema.items, schemas, mark, [...trail, '*'], seen));
  for (const variant of [...(schema.oneOf ?? []), ...(schema.anyOf ?? []), ...(schema.allOf ?? [])]) {
    found.push(...markedPaths(variant, schemas, mark, trail, seen));
  }
  return found;
}

export const HEADER = (source: string) =>
  `// Generated from ${source} by \`pnpm codegen\`. Do not edit by hand: change the spec and regenerate.\n`;
