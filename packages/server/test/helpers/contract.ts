// Validates every response the test server sends against openapi.yaml (ajv, JSON Schema 2020-12):
// the body against the schema declared for that operation and status, and the status itself
// against the statuses the operation declares (all of them: an undeclared one is a violation).

import { Readable } from 'node:stream';
import { document } from '@igny8/contract';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import type { Context, Next } from 'koa';

const addFormats = addFormatsModule as unknown as (ajv: Ajv2020) => void;

export interface Violation {
  operation: string;
  method: string;
  path: string;
  status: number;
  problem: string;
}

const ajv = new Ajv2020({ strict: false, allErrors: true });
addFormats(ajv);
ajv.addSchema({ $id: 'igny8', components: document.components } as never);

const byOperation = new Map<string, Record<string, any>>();
for (const item of Object.values<any>(document.paths)) {
  for (const op of Object.values<any>(item)) if (op?.operationId) byOperation.set(op.operationId, op);
}

const validatorCache = new Map<string, ReturnType<typeof ajv.compile>>();
function validatorFor(ref: string) {
  let v = validatorCache.get(ref);
  if (!v) {
    v = ajv.compile({ $ref: `igny8${ref}` });
    validatorCache.set(ref, v);
  }
  return v;
}

function resolveResponse(response: any) {
  return response?.$ref ? document.components.responses[response.$ref.split('/').pop()] : response;
}

function responseSchemaRef(response: any): string | undefined {
  return resolveResponse(response)?.content?.['application/json']?.schema?.$ref;
}

/** Media types other than JSON that the response declares (a PDF). */
function documentTypes(response: any): string[] {
  return Object.keys(resolveResponse(response)?.content ?? {}).filter((t) => t !== 'application/json');
}

export function contractRecorder(violations: Violation[]) {
  return async (ctx: Context, next: Next) => {
    await next();
    const operationId = ctx.state.operationId as string | undefined;
    const status = ctx.status;
    const record = (problem: string) =>
      violations.push({ operation: operationId ?? '-', method: ctx.method, path: ctx.path, status, problem });
    if (!operationId) {
      // Outside the spec (/metrics, /docs, unmatched routes): errors must still be envelopes.
      if (status >= 400) {
        const v = validatorFor('#/components/schemas/ErrorResponse');
        if (!v(ctx.body)) record(`error body: ${ajv.errorsText(v.errors)}`);
      }
      return;
    }
    const op = byOperation.get(operationId);
    const response = op?.responses?.[String(status)];
    if (!response) {
      // Every status an operation answers is declared on it, those of the shared middleware too
      // (scripts/codegen/rules.ts makes sure the common ones are).
      record(`undeclared status ${status}${status >= 400 ? ` (${(ctx.body as any)?.error?.code})` : ''}`);
      return;
    }
    const documents = documentTypes(response);
    if (documents.length) {
      if (!documents.includes(ctx.type)) record(`content type ${ctx.type}, the spec declares ${documents.join(', ')}`);
      const streamed = ctx.body instanceof Readable;
      if (!streamed && (!Buffer.isBuffer(ctx.body) || ctx.body.length === 0)) {
        record('a document was declared but the body is not one');
      }
      return;
    }
    const ref = responseSchemaRef(response);
    if (!ref) {
      if (ctx.body !== null && ctx.body !== undefined && status !== 204) record('body where the spec declares none');
      return;
    }
    // Round-trip through JSON so the body is validated exactly as a client receives it.
    const body = JSON.parse(JSON.stringify(ctx.body ?? null));
    const v = validatorFor(ref);
    if (!v(body)) record(`${ref}: ${ajv.errorsText(v.errors)}`);
  };
}
