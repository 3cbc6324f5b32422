// What both transports share (http-transport.ts on ky, fetch-transport.ts on fetch alone): the request the client
// core hands over, the success envelope, the query string and the reading of a body.
import { Igny8Error } from '../errors.js';

export interface TransportSettings {
  baseUrl: string;
  fetch: typeof fetch | undefined;
  timeout: number;
  maxRetries: number;
}

export interface HttpRequest {
  method: string;
  path: string;
  query?: object | undefined;
  body?: unknown;
  headers: Headers;
  /** Resolve with `{ data: ArrayBuffer }` instead of parsing JSON. */
  binary?: boolean;
}

/** The success envelope: `{ data, meta?, request_id }`. */
export interface Envelope {
  data?: unknown;
  meta?: { next_cursor: string | null };
  request_id?: string;
}

/** The longest timer a browser or Node keeps (setTimeout fires at once for delays above 2^31 - 1 ms). */
export const MAX_TIMEOUT = 2_147_483_647;

/** Arrays repeat their key and null is left out, where ky would send `a,b` and `null`. */
export function searchParams(query: object | undefined): URLSearchParams {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(query ?? {})) {
    for (const item of [value].flat()) if (item !== undefined && item !== null) search.append(key, String(item));
  }
  return search;
}

/** A body as JSON; `lenient` (an error answer) reads what is not JSON as nothing rather than breaking the contract. */
export function parse(text: string, lenient: boolean): unknown {
  if (!text) return undefined;
  try {
    return JSON.parse(text);
  } catch (error) {
    // An error page from a proxy still becomes an APIError by status; a 2xx that is not JSON breaks the contract.
    if (lenient) return undefined;
    throw new Igny8Error('The API answered with a body that is not JSON.', { cause: error });
  }
}
