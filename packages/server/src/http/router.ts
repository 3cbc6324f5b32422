// Binds every operation of openapi.yaml to its handler by operationId. For each request it first
// authenticates the caller from the headers and checks the role the spec declares (`x-igny8-role`),
// then validates path, query and body against the generated zod schemas, opens the tenant
// transaction, honours an Idempotency-Key, runs the handler and shapes the envelope. A site's signed
// request (`x-igny8-role: site`) is authenticated over its exact body, once that is read; an operation
// that calls another server (`x-igny8-transaction: none`) gets no transaction held open around it.

import { type OperationId, type OperationManifest, operations, validators } from '@igny8/contract';
import Router from '@koa/router';
import type { Knex } from 'knex';
import type { Context } from 'koa';
import type { z } from 'zod';
import {
  authenticateOperator,
  bearerToken,
  type Credential,
  enterAs,
  enterStatement,
  type Principal,
  readCredential,
  resolveCredential,
} from '../auth/principal.js';
import { transactionBegunWith, withTenant } from '../db/tenant.js';
import { transaction } from '../db/transaction-scope.js';
import type { AppDeps } from '../deps.js';
import type { Actor } from '../domain/actor.js';
import { authenticateSite, signedHeadersOf } from '../domain/integrations/signed-site.js';
import { HEADERS as SIGNED_HEADERS } from '../domain/integrations/signing.js';
import type { TenantTransactions } from '../domain/ports.js';
import { AppError, UnauthorizedError } from '../errors.js';
import { checkAccess } from './access.js';
import { readJsonBody } from './body.js';
import { fastRead, rememberPrincipal } from './fast-read.js';
import type { Handler, HandlerGroup, HandlerInput, HandlerOutput, ReadGroup, ReadPlanner } from './handler.js';
import { abandon, claim, finish, requestHash, type StoredResponse, store, takeKey } from './idempotency.js';
import { notModified } from './public-cache.js';
import { isEventStream, sendEventStream } from './sse.js';

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

/** Read planners by operationId: each for a GET operation without a body that also has its ordinary handler. */
export function bindReads(groups: ReadGroup[]): Map<OperationId, ReadPlanner<OperationId>> {
  const bound = new Map<OperationId, ReadPlanner<OperationId>>();
  for (const group of groups) {
    for (const [id, planner] of Object.entries(group)) {
      const manifest = (operations as Record<string, OperationManifest>)[id];
      if (!manifest) throw new Error(`read planner ${id} has no operation in openapi.yaml`);
      if (
        manifest.method !== 'GET' ||
        manifest.hasBody ||
        manifest.auth !== 'bearer' ||
        manifest.transaction === 'none'
      )
        throw new Error(`read planner ${id}: only a bearer GET without a body that runs in a transaction can have one`);
      if (bound.has(id as OperationId)) throw new Error(`operation ${id} has two read planners`);
      bound.set(id as OperationId, planner as ReadPlanner<OperationId>);
    }
  }
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
  if (where === 'path') throw new AppError('INVALID_ID', 'An id in the path is not valid.', { issues });
  throw new AppError('VALIDATION_FAILED', `The request ${where} is not valid.`, { issues });
}

const IDEMPOTENCY_KEY = /^[\x21-\x7e]{1,255}$/;

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

/** The same response with every field the spec marks `x-igny8-secret` taken out: what may be kept. */
function withoutSecrets(manifest: OperationManifest, response: StoredResponse): StoredResponse {
  if (!manifest.secretFields.length || response.body === undefined) return response;
  const body = structuredClone(response.body) as Record<string, unknown>;
  const drop = (value: unknown, path: readonly string[]) => {
    if (!value || typeof value !== 'object') return;
    const [head, ...rest] = path;
    if (head === undefined) return;
    if (head === '*') {
      if (Array.isArray(value)) for (const item of value) drop(item, rest);
    } else if (rest.length === 0) {
      delete (value as Record<string, unknown>)[head];
    } else drop((value as Record<string, unknown>)[head], rest);
  };
  for (const path of manifest.secretFields) drop(body, path);
  return { ...response, body };
}

/** A stored response answered again: its body speaks with this request's id, as the header does. */
function replayOf(manifest: OperationManifest, ctx: Context, stored: StoredResponse): StoredResponse {
  if (manifest.secretFields.length) {
    throw new AppError(
      'IDEMPOTENT_REPLAY_WITHHELD',
      'This request already succeeded, but what it returned includes a secret that is shown once and never stored. ' +
        'The original data, without the secret, is in details.data; if the secret was lost, revoke what was made and ' +
        'send the request again with a new Idempotency-Key.',
      { data: (stored.body as { data?: unknown } | undefined)?.data ?? null, original_status: stored.status },
    );
  }
  ctx.set('Idempotent-Replayed', 'true');
  if (stored.body === undefined) return stored;
  return { ...stored, body: { ...(stored.body as object), request_id: ctx.state.requestId } };
}

const SIGNATURE_HEADERS = Object.values(SIGNED_HEADERS);

/**
 * Who the caller says they are, taken from the headers alone: nothing of the request's body is read
 * (or validated) until this is known, so an anonymous caller cannot make the server take in a payload.
 */
function credentialOf(manifest: OperationManifest, ctx: Context): { bearer: string } | 'signature' | 'none' {
  const auth = manifest.auth;
  if (auth === 'none') return 'none';
  const authorization = ctx.get('authorization');
  if (auth === 'bearer' || (auth === 'bearer-or-signature' && authorization)) {
    return { bearer: bearerToken(authorization || undefined) };
  }
  if (SIGNATURE_HEADERS.some((h) => !ctx.get(h))) {
    throw new UnauthorizedError(
      'SIGNATURE_INVALID',
      auth === 'signature'
        ? 'This route takes a request signed by the site (X-Igny8-Site, -Timestamp, -Nonce and -Signature).'
        : 'Send an admin API key as `Authorization: Bearer …`, or sign the request as the site.',
    );
  }
  return 'signature';
}

export function createApiRouter(deps: AppDeps, groups: HandlerGroup[], readGroups: ReadGroup[] = []): Router {
  const router = new Router();
  const handlers = bindHandlers(groups);
  const reads = bindReads(readGroups);
  for (const [id, manifest] of Object.entries(operations) as [OperationId, OperationManifest][]) {
    const handler = handlers.get(id) as Handler<OperationId>;
    const planner = manifest.method === 'GET' ? reads.get(id) : undefined;
    const v = validators[id];
    /** Path, query and body, in that order; the body is read only now, after the credential is known. */
    /** Reads the request: its path and query checked, its body read (as JSON) but not yet checked. */
    const receive = async (ctx: Context) => {
      const params = parse(v.params, { ...ctx.params }, 'path');
      const query = parse(v.query, { ...ctx.query }, 'query');
      if (!manifest.hasBody && (ctx.request.length ?? 0) > 0) {
        throw new AppError('VALIDATION_FAILED', 'This operation takes no body.');
      }
      const read = manifest.hasBody
        ? await readJsonBody(ctx, manifest.bodyLimit ?? deps.config.bodyLimitBytes, manifest.fileFields)
        : undefined;
      return { params, query, read };
    };
    /** Checks what was received: the body against its schema, the Idempotency-Key. */
    const check = (ctx: Context, received: Awaited<ReturnType<typeof receive>>) => {
      const { params, query, read } = received;
      const body = manifest.hasBody ? parse(v.body as z.ZodType, read?.value, 'body') : undefined;
      const idempotencyKey = manifest.idempotent ? ctx.get('idempotency-key') : '';
      if (idempotencyKey && !IDEMPOTENCY_KEY.test(idempotencyKey)) {
        throw new AppError('VALIDATION_FAILED', 'Idempotency-Key must be 1–255 visible ASCII characters.');
      }
      const input = { params, query, body, deps, ctx, rawBody: manifest.rawBody ? read?.raw : undefined };
      return { input: input as HandlerInput<OperationId>, idempotencyKey, raw: read?.raw ?? '' };
    };
    const readRequest = async (ctx: Context) => check(ctx, await receive(ctx));

    router.register(koaPath(manifest.path), [manifest.method], async (ctx: Context) => {
      ctx.state.operationId = id;
      ctx.state.route = manifest.path;
      const credential = credentialOf(manifest, ctx);

      let response: StoredResponse;
      let file: HandlerOutput['file'];
      if (credential === 'none') {
        const { input } = await readRequest(ctx);
        const output = await handler(input);
        file = output?.file;
        response = respond(manifest, ctx, output);
      } else if (credential === 'signature') {
        // The signature covers the exact body: it is read first (within the limit), then one transaction checks the
        // signature and does the work as the site. A signed request is one-time by its nonce: no Idempotency-Key.
        // The body is read before a connection is taken, and checked against its schema only once the signature
        // over it holds: a body altered after signing is refused as such (401), whatever it now says.
        const received = await receive(ctx);
        response = await transaction(deps.db.app, async (trx: Knex.Transaction) => {
          const actor = await authorizeSite(trx, ctx, received.read?.raw ?? '', deps);
          const { input } = check(ctx, received);
          ctx.state.accountId = actor.accountId;
          const output = await handler({ ...input, actor: actorOf(actor, ctx), db: trx });
          file = output?.file;
          return respond(manifest, ctx, output);
        });
      } else if (manifest.transaction === 'none') {
        ({ response, file } = await outsideTransaction(deps, manifest, ctx, credential.bearer, readRequest, handler));
      } else {
        /** The handler in the request's transaction, its response kept under the Idempotency-Key. */
        const run = async (
          trx: Knex.Transaction,
          principal: Principal,
          request: Awaited<ReturnType<typeof readRequest>>,
        ) => {
          const { input, idempotencyKey } = request;
          const scope =
            principal.kind === 'operator' ? `operator:${principal.operatorId}` : `account:${principal.accountId}`;
          const hash = idempotencyKey ? requestHash(manifest.method, ctx.path, input.body) : '';
          if (idempotencyKey) {
            const stored = await claim(trx, { scope, key: idempotencyKey, hash, now: deps.now() });
            if (stored) return replayOf(manifest, ctx, stored);
          }
          const output = await handler({ ...input, principal, actor: actorOf(principal, ctx), db: trx });
          file = output?.file;
          const fresh = respond(manifest, ctx, output);
          if (idempotencyKey) {
            await store(trx, {
              scope,
              key: idempotencyKey,
              hash,
              accountId: principal.accountId || null,
              response: withoutSecrets(manifest, fresh),
            });
          }
          return fresh;
        };
        const caller = await callerOf(manifest, credential.bearer, deps);
        if (!manifest.hasBody) {
          // Nothing to read: one transaction resolves the caller and does the work. Its BEGIN carries the
          // statement that sets the tenant and reads the membership: three round trips for a simple read.
          const fast = planner
            ? await fastRead(deps, manifest, ctx, caller.credential, planner, readRequest)
            : undefined;
          if (fast) {
            // One round trip answered it (http/fast-read.ts), exactly as the transaction below would have.
            ctx.state.accountId = fast.principal.accountId;
            response = respond(manifest, ctx, fast.output);
          } else {
            response = await transactionFor(deps, caller, async (trx, entered) => {
              const principal = await authorize(trx, manifest, caller, deps, entered);
              ctx.state.accountId = principal.accountId || undefined;
              return run(trx, principal, await readRequest(ctx));
            });
          }
        } else {
          // The caller is resolved (and refused) before the body is read, and no connection is held
          // while a client uploads: the work then runs in a transaction of its own, as that principal.
          const principal = await transactionFor(deps, caller, (trx, entered) =>
            authorize(trx, manifest, caller, deps, entered),
          );
          ctx.state.accountId = principal.accountId || undefined;
          const request = await readRequest(ctx);
          response =
            principal.kind === 'operator'
              ? await transaction(deps.db.app, async (trx: Knex.Transaction) => {
                  await enterAs(trx, principal);
                  return run(trx, principal, request);
                })
              : await withTenant(deps.db.app, { accountId: principal.accountId, userId: principal.userId }, (trx) =>
                  run(trx, principal, request),
                );
        }
      }
      for (const [name, value] of Object.entries(response.headers)) ctx.set(name, value);
      ctx.status = response.status;
      if (notModified(ctx)) {
        // The client's copy (If-None-Match) is current: 304, no body.
        ctx.status = 304;
        ctx.body = null;
        return;
      }
      if (file) return sendFile(ctx, file);
      ctx.body = response.status === 204 ? null : response.body;
    });
  }
  return router;
}

/** A handler's document as the body; an event stream (text/event-stream) goes out unbuffered, as it is written. */
export function sendFile(ctx: Context, file: NonNullable<HandlerOutput['file']>): void {
  ctx.type = file.contentType;
  if (file.filename) ctx.attachment(file.filename, { type: 'inline' });
  if (isEventStream(file.contentType, file.body)) sendEventStream(ctx, file.body);
  else ctx.body = file.body;
}

/** The caller as domain functions take it, with the address the request came from (for the audit log). */
const actorOf = (caller: Actor, ctx: Context): Actor => ({ ...caller, ip: ctx.ip });

/** The bearer token, and what it claims once verified (no database yet); operator tokens are checked later. */
interface Caller {
  token: string;
  credential?: Credential;
}

async function callerOf(manifest: OperationManifest, token: string, deps: AppDeps): Promise<Caller> {
  if (manifest.role === 'operator') return { token };
  return { token, credential: await readCredential(token, deps.tokens, deps.now()) };
}

/** The request's transaction, begun together with the caller's enter statement when there is one. */
function transactionFor<T>(
  deps: AppDeps,
  caller: Caller,
  work: (trx: Knex.Transaction, entered: Record<string, unknown>[] | undefined) => Promise<T>,
): Promise<T> {
  return transactionBegunWith(deps.db.app, caller.credential && enterStatement(caller.credential), work);
}

/** Resolves the caller inside the request transaction and checks the role the spec asks for. */
async function authorize(
  trx: Knex.Transaction,
  manifest: OperationManifest,
  caller: Caller,
  deps: AppDeps,
  entered: Record<string, unknown>[] | undefined,
): Promise<Principal> {
  if (!caller.credential) return authenticateOperator(trx, caller.token, deps.tokens, deps.now());
  const principal = await resolveCredential(trx, caller.credential, deps.now(), entered);
  checkAccess(manifest, principal);
  rememberPrincipal(deps, caller.credential, principal);
  return principal;
}

/**
 * Authenticates a request signed by a WordPress site over its exact body, in the request's transaction (entered as
 * the site's tenant): the actor is the site.
 */
async function authorizeSite(trx: Knex.Transaction, ctx: Context, body: string, deps: AppDeps): Promise<Actor> {
  const { actor } = await authenticateSite(trx, deps.integrations, {
    headers: signedHeadersOf((name) => ctx.get(name)),
    method: ctx.method,
    path: ctx.originalUrl,
    body,
  });
  return actor;
}

type ReadRequest = (ctx: Context) => Promise<{ input: HandlerInput<OperationId>; idempotencyKey: string }>;

/**
 * An operation marked `x-igny8-transaction: none` (it calls another server): the caller is resolved in a short
 * transaction, and the handler gets `tenant` to open short ones of its own, entered as that caller, so that none is
 * open while the other server answers. An Idempotency-Key is honoured in transactions of their own: an answer stored
 * earlier is replayed; else the key is marked as taken before the work and given its answer after it, so a duplicate
 * sent meanwhile (to this process or another) waits for that answer and replays it instead of doing the work again.
 * A failure removes the mark: the duplicate then does the work itself.
 */
async function outsideTransaction(
  deps: AppDeps,
  manifest: OperationManifest,
  ctx: Context,
  token: string,
  readRequest: ReadRequest,
  handler: Handler<OperationId>,
): Promise<{ response: StoredResponse; file?: HandlerOutput['file'] }> {
  const caller = await callerOf(manifest, token, deps);
  const principal = await transactionFor(deps, caller, (trx, entered) =>
    authorize(trx, manifest, caller, deps, entered),
  );
  ctx.state.accountId = principal.accountId || undefined;
  const { input, idempotencyKey } = await readRequest(ctx);
  const tenant: TenantTransactions = (work) =>
    transaction(deps.db.app, async (trx: Knex.Transaction) => {
      await enterAs(trx, principal);
      return work(trx);
    });
  const scope = principal.kind === 'operator' ? `operator:${principal.operatorId}` : `account:${principal.accountId}`;
  const taken = idempotencyKey
    ? await takeKey(
        tenant,
        {
          scope,
          key: idempotencyKey,
          hash: requestHash(manifest.method, ctx.path, input.body),
          accountId: principal.accountId || null,
        },
        deps.now,
      )
    : undefined;
  if (taken && 'stored' in taken) return { response: replayOf(manifest, ctx, taken.stored) };
  const mark = taken?.mark;
  let output: HandlerOutput | undefined;
  try {
    output = await handler({
      ...input,
      principal,
      actor: actorOf(principal, ctx),
      tenant,
    } as unknown as HandlerInput<OperationId>);
  } catch (err) {
    if (mark) await tenant((trx) => abandon(trx, mark)).catch(() => undefined);
    throw err;
  }
  const response = respond(manifest, ctx, output);
  if (mark) await tenant((trx) => finish(trx, mark, withoutSecrets(manifest, response)));
  return { response, file: output?.file };
}
