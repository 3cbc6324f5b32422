// House rules for openapi.yaml that a linter cannot see, checked by every `pnpm codegen` (and so by
// the CI drift check). Each rule closes a class of defect for every operation at once:
//
// - bounds: every number a request can carry says its range, so none reaches a column it overflows
//   (PostgreSQL answers a 500 for an integer past its type); every string says its longest length.
// - responses: every status the shared middleware can answer is declared on every operation it can
//   answer it on, so the spec documents what the server does (and the contract tests check both).
// - security: what an operation declares under `security` is what the router enforces, and its role says the
//   same: a bearer credential for every role, nothing for `public`, a site's signature for `site`.
// - error statuses: every ErrorCode has one HTTP status (`x-igny8-status`, a 4xx or a 5xx), so a throw
//   site names the code and the status follows from it; the generated `errorStatus` table is total.
import type { JsonSchema, OperationInfo, Spec } from './spec.ts';

/** The credentials an operation takes, from its `security` (none, a bearer token, a site's signature). */
export type Auth = 'none' | 'bearer' | 'signature' | 'bearer-or-signature';

export function authOf(op: { security?: Record<string, unknown>[] }, defaults: Record<string, unknown>[]): Auth {
  const schemes = new Set((op.security ?? defaults).flatMap((requirement) => Object.keys(requirement)));
  const bearer = schemes.has('bearerAuth');
  const signature = schemes.has('siteSignature');
  if (bearer && signature) return 'bearer-or-signature';
  if (bearer) return 'bearer';
  if (signature) return 'signature';
  return 'none';
}

/** Formats whose own check bounds a string's length. */
const BOUNDED_FORMATS = new Set(['uuid', 'date', 'date-time']);

function boundProblems(spec: Spec, schema: JsonSchema | undefined, where: string, out: string[], seen: Set<string>) {
  if (!schema || typeof schema !== 'object') return;
  if (schema.$ref) {
    const name = schema.$ref.replace('#/components/schemas/', '');
    if (seen.has(name)) return;
    seen.add(name);
    boundProblems(spec, spec.schemas[name], `${where} (${name})`, out, seen);
    return;
  }
  for (const key of ['oneOf', 'anyOf', 'allOf'] as const) {
    for (const variant of schema[key] ?? []) boundProblems(spec, variant, where, out, seen);
  }
  const types = Array.isArray(schema.type) ? schema.type : schema.type ? [schema.type] : [];
  const fixed = schema.enum !== undefined || schema.const !== undefined;
  if (!fixed && (types.includes('integer') || types.includes('number'))) {
    if (typeof schema.minimum !== 'number' || typeof schema.maximum !== 'number') {
      out.push(`${where}: a number in a request needs both minimum and maximum (the range of its column)`);
    }
  }
  if (!fixed && types.includes('string') && typeof schema.maxLength !== 'number') {
    if (!BOUNDED_FORMATS.has(String(schema.format ?? '')) && typeof schema.pattern !== 'string') {
      out.push(`${where}: a string in a request needs maxLength`);
    }
  }
  for (const [name, property] of Object.entries(schema.properties ?? {})) {
    boundProblems(spec, property, `${where}.${name}`, out, seen);
  }
  if (schema.items) boundProblems(spec, schema.items, `${where}[]`, out, seen);
  if (schema.additionalProperties && typeof schema.additionalProperties === 'object') {
    boundProblems(spec, schema.additionalProperties, `${where}{}`, out, seen);
  }
}

/**
 * The tags whose operations a suspended or cancelled account may still call with a write (the router's
 * `STILL_WRITABLE`, packages/server/src/http/router.ts): any other write answers 402 `ACCOUNT_INACTIVE`.
 */
const WRITABLE_WHEN_INACTIVE = new Set(['billing', 'auth', 'notifications']);

/**
 * The error statuses an operation can get from the shared machinery, whatever its handler does:
 * 400 (every query is strict, so an unknown parameter is refused), 401/403 for a credential or a
 * role, 402 for a write by an inactive account, 404 for an id in the path, 413/415 for a body, 409
 * for an Idempotency-Key, 503 while the database cannot be reached.
 */
export function commonStatuses(op: OperationInfo, auth: Auth): string[] {
  const statuses = ['400'];
  if (auth === 'bearer' || auth === 'bearer-or-signature') statuses.push('401', '403');
  // The tenant's writes: the router refuses them for a suspended or cancelled account (ACCOUNT_INACTIVE).
  const tenantBearer = (auth === 'bearer' || auth === 'bearer-or-signature') && op.role !== 'operator';
  if (tenantBearer && op.method !== 'get' && !WRITABLE_WHEN_INACTIVE.has(op.tag)) statuses.push('402');
  if (auth === 'signature') statuses.push('401');
  if (op.pathParams.length) statuses.push('404');
  if (op.body) statuses.push('413', '415');
  // A reused Idempotency-Key with another body, or the replay of an answer that held a secret.
  if (op.idempotent) statuses.push('409');
  // The database away (a restart, a failover): every operation but the liveness probe, which touches nothing, says
  // so with 503 UNAVAILABLE rather than a 500 (packages/server/src/db/unavailable.ts).
  if (op.operationId !== 'getHealth') statuses.push('503');
  return statuses;
}

/**
 * `x-igny8-status` on the ErrorCode schema: the one HTTP status of every code. Each code has one, no
 * entry names a code that does not exist, and each status is an error status (400–599).
 */
export function errorStatusProblems(spec: Spec): string[] {
  const problems: string[] = [];
  const schema = spec.schemas.ErrorCode;
  const codes = (schema?.enum ?? []) as string[];
  const table = schema?.['x-igny8-status'];
  if (!table || typeof table !== 'object' || Array.isArray(table)) {
    return ['ErrorCode: declare the HTTP status of every code under x-igny8-status (CODE: status)'];
  }
  const statuses = table as Record<string, unknown>;
  for (const code of codes) {
    if (!(code in statuses)) problems.push(`ErrorCode ${code}: give it an HTTP status in x-igny8-status`);
  }
  for (const [code, status] of Object.entries(statuses)) {
    if (!codes.includes(code)) problems.push(`ErrorCode x-igny8-status.${code}: not an ErrorCode`);
    else if (!Number.isInteger(status) || (status as number) < 400 || (status as number) > 599) {
      problems.push(`ErrorCode x-igny8-status.${code}: ${JSON.stringify(status)} is not an error status (400–599)`);
    }
  }
  return problems;
}

export function specProblems(spec: Spec): string[] {
  const problems: string[] = errorStatusProblems(spec);
  const defaults = spec.document.security ?? [];
  const features: Record<string, string[]> = spec.document['x-igny8-widget-features'] ?? {};
  const featureEnum = (spec.schemas.WidgetFeature?.enum ?? []) as string[];
  const known = new Set(spec.operations.map((op) => op.operationId));
  if ([...Object.keys(features)].sort().join() !== [...featureEnum].sort().join()) {
    problems.push(`x-igny8-widget-features must list exactly the WidgetFeature values (${featureEnum.join(', ')})`);
  }
  for (const [feature, ids] of Object.entries(features)) {
    for (const id of ids) {
      if (!known.has(id)) problems.push(`x-igny8-widget-features.${feature}: no operation ${id}`);
      const op = spec.operations.find((o) => o.operationId === id);
      if (op && op.role === 'operator') problems.push(`x-igny8-widget-features.${feature}: ${id} is the operator's`);
    }
  }
  for (const op of spec.operations) {
    const raw = spec.document.paths[op.path][op.method];
    for (const p of [...op.pathParams, ...op.queryParams, ...op.headerParams]) {
      boundProblems(spec, p.schema, `${op.operationId} ${p.in} ${p.name}`, problems, new Set());
    }
    if (op.body) boundProblems(spec, op.body.schema, `${op.operationId} body`, problems, new Set());

    const auth = authOf(raw, defaults);
    const declared = Object.keys(raw.responses ?? {});
    const missing = commonStatuses(op, auth).filter((s) => !declared.includes(s));
    if (missing.length) problems.push(`${op.operationId}: declare the responses ${missing.join(', ')}`);

    for (const problem of securityProblems(op, auth)) problems.push(`${op.operationId}: ${problem}`);
    const takesKey = op.headerParams.some((p) => p.name === 'Idempotency-Key');
    if (takesKey !== op.idempotent) {
      problems.push(
        `${op.operationId}: ${op.idempotent ? 'declare' : 'do not declare'} the IdempotencyKey parameter (only POSTs with a bearer credential store responses)`,
      );
    }
  }
  return problems;
}

/**
 * What `security` says against what the operation declares of its callers: a bearer credential for every role,
 * nothing for `public`, a site's signature exactly for `site` (and, beside a bearer credential, exactly where
 * `x-igny8-site-signed` says so); and `x-igny8-transaction: none` only where there is a caller to open
 * transactions as.
 */
export function securityProblems(op: OperationInfo, auth: Auth): string[] {
  const problems: string[] = [];
  const bearer = auth === 'bearer' || auth === 'bearer-or-signature';
  if (bearer && (op.role === 'public' || op.role === 'site')) {
    problems.push(`takes a bearer credential, so x-igny8-role cannot be ${op.role}`);
  }
  if (!bearer && op.role !== 'public' && op.role !== 'site') {
    problems.push(`x-igny8-role ${op.role} needs bearerAuth under security`);
  }
  if (op.role === 'site' && auth !== 'signature') {
    problems.push('x-igny8-role site needs security siteSignature, alone');
  }
  if (auth === 'signature' && op.role !== 'site') {
    problems.push('security siteSignature alone needs x-igny8-role site');
  }
  if (op.siteSigned !== (auth === 'bearer-or-signature')) {
    problems.push(
      op.siteSigned
        ? 'x-igny8-site-signed needs both bearerAuth and siteSignature under security'
        : 'takes bearerAuth or siteSignature, so declare x-igny8-site-signed: true',
    );
  }
  if (op.transaction === 'none' && auth !== 'bearer') {
    problems.push('x-igny8-transaction: none needs a bearer credential (its handler opens transactions as the caller)');
  }
  return problems;
}

const COMMON_RESPONSES: Record<string, string> = {
  '400': 'BadRequest',
  '401': 'Unauthorized',
  '402': 'PaymentRequired',
  '403': 'Forbidden',
  '404': 'NotFound',
  '409': 'Conflict',
  '413': 'PayloadTooLarge',
  '415': 'UnsupportedMediaType',
  '503': 'Unavailable',
};

/**
 * `pnpm codegen --fix`: adds the common responses an operation is missing to the text of
 * openapi.yaml, each in status order inside its `responses:` block, leaving every other line as it is.
 */
export function withCommonResponses(text: string, spec: Spec): string {
  const missing = new Map<string, string[]>();
  for (const op of spec.operations) {
    const declared = Object.keys(spec.document.paths[op.path][op.method].responses ?? {});
    missing.set(
      op.operationId,
      commonStatuses(op, op.auth).filter((s) => !declared.includes(s)),
    );
  }
  const src = text.split('\n');
  const out: string[] = [];
  let operationId = '';
  for (let i = 0; i < src.length; i++) {
    const line = src[i] as string;
    operationId = /^ {6}operationId: (\w+)/.exec(line)?.[1] ?? operationId;
    out.push(line);
    if (line !== '      responses:' || !missing.get(operationId)?.length) continue;
    const blocks: { status: number; lines: string[] }[] = [];
    let j = i + 1;
    while (j < src.length && /^ {8}\S/.test(src[j] as string)) {
      const status = Number(/^ {8}"?(\w+)"?:/.exec(src[j] as string)?.[1]);
      const lines = [src[j++] as string];
      while (j < src.length && /^ {10}/.test(src[j] as string)) lines.push(src[j++] as string);
      blocks.push({ status, lines });
    }
    for (const s of missing.get(operationId) ?? []) {
      blocks.push({
        status: Number(s),
        lines: [`        "${s}": { $ref: "#/components/responses/${COMMON_RESPONSES[s]}" }`],
      });
    }
    blocks.sort((a, b) => a.status - b.status);
    for (const b of blocks) out.push(...b.lines);
    i = j - 1;
  }
  return out.join('\n');
}
