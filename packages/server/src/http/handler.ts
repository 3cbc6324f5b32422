import type { Readable } from 'node:stream';
import type { OperationId, OperationTypes, operations, validators } from '@igny8/contract';
import type { Knex } from 'knex';
import type { Context } from 'koa';
import type { z } from 'zod';
import type { Principal } from '../auth/principal.js';
import type { AppDeps } from '../deps.js';
import type { Actor } from '../domain/actor.js';
import type { ReadPlan, TenantTransactions } from '../domain/ports.js';

type V = typeof validators;
/** Operations marked `x-igny8-transaction: none`: they call another server, so no transaction is open around them. */
type Outside<K extends OperationId> = (typeof operations)[K]['transaction'] extends 'none' ? true : false;

export interface HandlerInput<K extends OperationId> {
  params: z.output<V[K]['params']>;
  query: z.output<V[K]['query']>;
  body: z.output<V[K]['body']>;
  /** The bearer caller. Set for every operation that takes a bearer credential; others must not use it. */
  principal: Principal;
  /**
   * Who acts, as domain functions take it: the bearer caller, or the WordPress site that signed the request
   * (`x-igny8-role: site`, `x-igny8-site-signed`). Set for every operation that is not `public`.
   */
  actor: Actor;
  /**
   * The request's tenant transaction, entered as the caller; set for every operation that is not `public`, except
   * those marked `x-igny8-transaction: none`, which get `tenant` instead.
   */
  db: Outside<K> extends true ? undefined : Knex.Transaction;
  /** For operations marked `x-igny8-transaction: none`: opens a short tenant transaction entered as the caller. */
  tenant: Outside<K> extends true ? TenantTransactions : undefined;
  deps: AppDeps;
  ctx: Context;
  /** The exact request body, for operations marked `x-igny8-raw-body` (signature checks). */
  rawBody?: string;
}

/** The JSON body an operation answers on success, as the spec declares it (2xx, application/json). */
type SuccessBody<K extends OperationId> = {
  [S in keyof OperationTypes[K]['responses']]: S extends 200 | 201 | 202
    ? OperationTypes[K]['responses'][S] extends { content: { 'application/json': infer B } }
      ? B
      : never
    : never;
}[keyof OperationTypes[K]['responses']];

/** What a handler returns as `data` for operation K: the `data` of its success body (typed from the spec). */
export type ResponseData<K extends OperationId> = SuccessBody<K> extends { data: infer D } ? D : unknown;

export interface HandlerOutput<K extends OperationId = OperationId> {
  data?: ResponseData<K>;
  meta?: { next_cursor: string | null };
  /** Extra response headers (e.g. Location). */
  headers?: Record<string, string>;
  /** A document instead of JSON, for operations whose success response is not JSON. */
  file?: { contentType: string; body: Buffer | Readable; filename?: string };
}

export type Handler<K extends OperationId> = (input: HandlerInput<K>) => Promise<HandlerOutput<K> | undefined>;

/** Handlers of one tag, keyed by operationId. */
export type HandlerGroup = { [K in OperationId]?: Handler<K> };

/**
 * The one-statement form of a read operation (domain `ReadPlan`), built from the parsed request and the actor on
 * the app pool (not run): the router sends it in the same round trip as the caller's enter statement
 * (http/fast-read.ts). The operation keeps its ordinary handler, which answers whenever the plan cannot.
 */
export type ReadPlanner<K extends OperationId> = (
  input: Pick<HandlerInput<K>, 'params' | 'query' | 'actor'>,
  db: Knex,
) => ReadPlan<HandlerOutput<K>>;

/** Read planners of one tag, keyed by operationId. */
export type ReadGroup = { [K in OperationId]?: ReadPlanner<K> };
