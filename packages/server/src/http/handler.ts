import type { Readable } from 'node:stream';
import type { OperationId, OperationTypes, validators } from '@igny8/contract';
import type { Knex } from 'knex';
import type { Context } from 'koa';
import type { z } from 'zod';
import type { Principal } from '../auth/principal.js';
import type { AppDeps } from '../deps.js';

type V = typeof validators;

export interface HandlerInput<K extends OperationId> {
  params: z.output<V[K]['params']>;
  query: z.output<V[K]['query']>;
  body: z.output<V[K]['body']>;
  /**
   * The caller and the request's tenant transaction. Set for every operation whose
   * `x-igny8-role` is not `public`; public handlers must not use them.
   */
  principal: Principal;
  db: Knex.Transaction;
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
