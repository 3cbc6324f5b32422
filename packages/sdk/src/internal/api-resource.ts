// What a generated resource method hands to the client core.
import type { PagePromise } from '../pagination.js';
import type { RequestOptions } from '../request-options.js';

export interface APIRequest {
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
  /** `store`: the success response is a session the client keeps; `clear`: signing out, the session ends. */
  session?: 'store' | 'clear';
}

export interface APIClient {
  /** Sends the request and resolves with the success envelope's `data` (undefined for 204). */
  request<T>(req: APIRequest): Promise<T>;
  /** Like `request`, for a keyset-paginated list. */
  requestPage<T>(req: APIRequest): PagePromise<T>;
}

/** One method of the generated table: `[HTTP method, path, flags]`. */
export type MethodEntry = readonly [method: APIRequest['method'], path: string, flags: number];

const BODY = 1;
const QUERY = 2;
const PAGINATED = 4;
const PUBLIC = 8;
const BINARY = 16;
const SESSION = 32;
const SIGN_OUT = 64;

/**
 * Makes a resource object from its table: each method takes the path parameters (in path order), then the body
 * and/or the query, then the per-call options, exactly as the generated interfaces declare.
 */
export function bindResource(client: APIClient, methods: Record<string, MethodEntry>): Record<string, Function> {
  const resource: Record<string, Function> = {};
  for (const [name, [method, path, flags]] of Object.entries(methods)) {
    resource[name] = (...args: unknown[]) => {
      let i = 0;
      const req: APIRequest = {
        method,
        path: path.replace(/\{[^}]+\}/g, () => encodeURIComponent(String(args[i++]))),
      };
      if (flags & BODY) req.body = args[i++];
      if (flags & QUERY) req.query = args[i++] as object | undefined;
      req.options = args[i] as RequestOptions | undefined;
      if (flags & PUBLIC) req.public = true;
      if (flags & BINARY) req.binary = true;
      if (flags & SESSION) req.session = 'store';
      if (flags & SIGN_OUT) req.session = 'clear';
      return flags & PAGINATED ? client.requestPage(req) : client.request(req);
    };
  }
  return resource;
}
