// What a generated resource method hands to the client core.
import type { PagePromise } from '../pagination.js';
import type { RequestOptions } from '../request-options.js';

export interface APIRequest {
  /** The spec's `operationId`; the core keys session handling on it. */
  operationId: string;
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  /** The path with its parameters already encoded in. */
  path: string;
  query?: object | undefined;
  body?: unknown;
  /** An operation with `security: []`: no credentials are sent (and so none can be refreshed). */
  public?: boolean;
  /** The success response is a document (a PDF), resolved as an ArrayBuffer rather than parsed as JSON. */
  binary?: boolean;
  options?: RequestOptions | undefined;
}

export interface APIClient {
  /** Sends the request and resolves with the success envelope's `data` (undefined for 204). */
  request<T>(req: APIRequest): Promise<T>;
  /** Like `request`, for a keyset-paginated list. */
  requestPage<T>(req: APIRequest): PagePromise<T>;
}

/** Base of the generated resource classes. */
export abstract class APIResource {
  protected readonly _client: APIClient;

  constructor(client: APIClient) {
    this._client = client;
  }
}
