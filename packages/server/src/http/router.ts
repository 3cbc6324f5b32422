// Binds every operation of openapi.yaml to its handler by operationId. For each request it
// validates path, query and body against the generated zod schemas, authenticates the caller,
// opens the tenant transaction, checks the role the spec declares (`x-igny8-role`), honours an
// Idempotency-Key, runs the handler and shapes the envelope.

import { type OperationId, type OperationManifest, operations, validators } from '@igny8/contract';
import Router from '@koa/router';
import type { Knex } from 'knex';
import type { Context } from 'koa';
import type { z } from 'zod';
import { authenticate, authenticateOperator, bearerToken, type Principal } from '../auth/principal.js';
import { isTenantAccess, roleAtLeast } from '../auth/roles.js';
import type { AppDeps } from '../deps.js';
import { AppError, BadRequestError, ForbiddenError } from '../errors.js';
import { readJsonBody } from './body.js';
import type { Handler, HandlerGroup, HandlerInput, HandlerOutput } from './handler.js';
import { claim, requestHash, type StoredResponse, store } from './idempotency.js';

export function bindHandlers(groups: HandlerGroup[]): Map<OperationId, Handler<OperationId>> {
  const bound = new Map<OperationId, Handler<OperationId>>();
  for (const group of groups) {
    for (const [id, handler] of Object.entries(group)) {
      if (!(id in operations)) throw new Error(`handler ${id} has no operation in openapi.yaml`);
      if (bound.has(id as OperationId)) throw new Error(`operation ${id} has two handlers`);
      bound.set(id as OperationId, handler as Handler<OperationId>);
    }
  }
  const missing = Object.keys(operations).filter((id) => !bound.has(id as OperationId));
  if (missing.length) throw new Error(`operations without a handler: ${missing.join(', ')}`);
  return bound;
}

const koaPath = (path: string) => path.replace(/\{(\w+)\}/g, ':$1');

function issuesOf(error: z.ZodError) {
  return error.issues.map((i) => ({ path: i.path.map(String), code: i.code, message: i.message }));
}

function parse<T extends z.ZodType>(schema: T, value: unknown, where: 'path' | 'query' | 'body'): z.output<T> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const issues = issuesOf(result.error);
  if (where === 'path') throw new BadRequestError('INVALID_ID', 'An id in the path is not valid.', { issues });
  throw new BadRequestError('VALIDATION_FAILED', `The request ${where} is not valid.`, { issues });
}

const IDEMPOTENCY_KEY = /^[\x21-\x7e]{1,255}$/;

/**
 * What a widget session may reach, by feature: the overview reads the account, its site and its
 * credits; keywords opens the planner. Members, keys, billing changes and the operator's routes never.
 */
const WIDGET_FEATURES: Record<string, { read: string[]; write: string[] }> = {
  overview: {
    read: ['me', 'account', 'sites', 'reference', 'operations', 'billing', 'integrations', 'notifications'],
    write: [],
  },
  keywords: { read: ['planner', 'operations', 'reference'], write: ['planner'] },
};

function widgetAllows(features: string[], manifest: OperationManifest): boolean {
  return features.some((f) => {
    const grant = WIDGET_FEATURES[f];
    if (!grant) return false;
    return (manifest.method === 'GET' ? grant.read : grant.write).includes(manifest.tag);
  });
}

/** What a suspended or cancelled account may still change: its billing (to settle it), sign-in, notifications. */
const STILL_WRITABLE = new Set(['billing', 'auth', 'notifications']);

/** What the handler produced, as it goes on the wire (and into the idempotency store). */
function respond(manifest: OperationManifest, ctx: Context, output: HandlerOutput | undefined): StoredResponse {
  const headers = output?.headers ?? {};
  if (manifest.successStatus === 204) return { status: 204, body: undefined, headers };
  const body = {
    data: output?.data ?? null,
    ...(output?.meta ? { meta: output.meta } : {}),
    request_id: ctx.state.requestId,
  };
  return { status: manifest.successStatus, body, headers };
}

export function createApiRouter(deps: AppDeps, groups: HandlerGroup[]): Router {
  const router = new Router();
  const handlers = bindHandlers(groups);
  for (const [id, manifest] of Object.entries(operations) as [OperationId, OperationManifest][]) {
    const handler = handlers.get(id) as Handler<OperationId>;
    const v = validators[id];
    router.register(koaPath(manifest.path), [manifest.method], async (ctx: Context) => {
      ctx.state.operationId = id;
      ctx.state.route = manifest.path;
      const params = parse(v.params, { ...ctx.params }, 'path');
      const query = parse(v.query, { ...ctx.query }, 'query');
      const read = manifest.hasBody
        ? await readJsonBody(ctx, manifest.bodyLimit ?? deps.config.bodyLimitBytes)
        : undefined;
      if (!manifest.hasBody && (ctx.request.length ?? 0) > 0) {
        throw new BadRequestError('VALIDATION_FAILED', 'This operation takes no body.');
      }
      const body = manifest.hasBody ? parse(v.body as z.ZodType, read?.value, 'body') : undefined;
      const idempotencyKey = manifest.idempotent ? ctx.get('idempotency-key') : '';
      if (idempotencyKey && !IDEMPOTENCY_KEY.test(idempotencyKey)) {
        throw new BadRequestError('VALIDATION_FAILED', 'Idempotency-Key must be 1–255 visible ASCII characters.');
      }
      const input = {
        params,
        query,
        body,
        deps,
        ctx,
        rawBody: manifest.rawBody ? read?.raw : undefined,
      } as HandlerInput<OperationId>;

      let response: StoredResponse;
      let file: HandlerOutput['file'];
      if (manifest.role === 'public') {
        const output = await handler(input);
        file = output?.file;
        response = respond(manifest, ctx, output);
      } else {
        const token = bearerToken(ctx.get('authorization') || undefined);
        response = await deps.db.app.transaction(async (trx: Knex.Transaction) => {
          const principal = await authorize(trx, manifest, token, deps);
          ctx.state.accountId = principal.accountId || undefined;
          const scope =
            principal.kind === 'operator' ? `operator:${principal.operatorId}` : `account:${principal.accountId}`;
          const hash = idempotencyKey ? requestHash(manifest.method, ctx.path, body) : '';
          if (idempotencyKey) {
            const stored = await claim(trx, { scope, key: idempotencyKey, hash, now: deps.now() });
            if (stored) {
              ctx.set('Idempotent-Replayed', 'true');
              return stored;
            }
          }
          const output = await handler({ ...input, principal, db: trx });
          file = output?.file;
          const fresh = respond(manifest, ctx, output);
          if (idempotencyKey) {
            await store(trx, {
              scope,
              key: idempotencyKey,
              hash,
              accountId: principal.accountId || null,
              response: fresh,
            });
          }
          return fresh;
        });
      }
      for (const [name, value] of Object.entries(response.headers)) ctx.set(name, value);
      ctx.status = response.status;
      if (file) {
        ctx.type = file.contentType;
        if (file.filename) ctx.attachment(file.filename, { type: 'inline' });
        ctx.body = file.body;
        return;
      }
      ctx.body = response.status === 204 ? null : response.body;
    });
  }
  return router;
}

/** Resolves the caller inside the request transaction and checks the role the spec asks for. */
async function authorize(
  trx: Knex.Transaction,
  manifest: OperationManifest,
  token: string,
  deps: AppDeps,
): Promise<Principal> {
  if (manifest.role === 'operator') return authenticateOperator(trx, token, deps.tokens, deps.now());
  const principal = await authenticate(trx, token, deps.tokens, deps.now());
  const inactive = principal.accountStatus === 'suspended' || principal.accountStatus === 'cancelled';
  if (inactive && manifest.method !== 'GET' && !STILL_WRITABLE.has(manifest.tag)) {
    throw new ForbiddenError(
      'ACCOUNT_INACTIVE',
      `This account is ${principal.accountStatus}: it is read-only until billing is settled.`,
      {
        status: principal.accountStatus,
      },
    );
  }
  if (principal.kind === 'widget' && !widgetAllows(principal.features ?? [], manifest)) {
    throw new ForbiddenError('FEATURE_NOT_ALLOWED', 'This widget session does not open that part of the API.');
  }
  if (isTenantAccess(manifest.role) && !roleAtLeast(principal.role, manifest.role)) {
    throw new ForbiddenError(
      'INSUFFICIENT_ROLE',
      `This needs the ${manifest.role} role or higher; you are ${principal.role}.`,
      {
        required: manifest.role,
        role: principal.role,
      },
    );
  }
  return principal;
}

export const methodNotAllowed = () => new AppError(405, 'METHOD_NOT_ALLOWED', 'This method is not allowed here.');
