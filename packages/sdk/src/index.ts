// @igny8/sdk: the typed client of the Igny8 API. Every public export is listed here, once.
import type { components } from '@igny8/contract/openapi';

export type { operations as OperationTypes } from '@igny8/contract/openapi';
export { Igny8 } from './client.js';
export type { ClientOptions, SessionTokens } from './client-options.js';
export {
  APIConnectionError,
  APIConnectionTimeoutError,
  APIError,
  APIUserAbortError,
  AuthenticationError,
  BadRequestError,
  ConflictError,
  type ErrorCode,
  Igny8Error,
  InternalServerError,
  isAPIError,
  isIgny8Error,
  NotFoundError,
  OperationFailedError,
  OperationTimeoutError,
  PayloadTooLargeError,
  PaymentRequiredError,
  PermissionDeniedError,
  RateLimitError,
  UnprocessableEntityError,
} from './errors.js';
export type { Igny8Resources } from './generated/resources.js';
export { Page, type PageMeta, PagePromise } from './pagination.js';
export type { RequestOptions, StreamOptions } from './request-options.js';
export { Operations, type WaitOptions } from './resources/operations.js';

/** The API's schemas, e.g. `Schemas['Site']`, `Schemas['Operation']`. */
export type Schemas = components['schemas'];
