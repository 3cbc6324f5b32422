// `@igny8/sdk/public`: the public reads for headless front ends — a live site's published contents by the site's
// slug, no credentials — in an entry of its own, small enough for any page: plain fetch, no retries, no session. It
// throws the SDK's own errors (`APIError` and its subclasses, `APIConnectionError`), so `NotFoundError.is(e)` works
// as it does with the full client. Responses carry an ETag and `Cache-Control: public, max-age=60`, so a browser or a
// CDN in front revalidates them cheaply.
import type { operations } from '@igny8/contract/openapi';
import { APIConnectionError, APIError, APIUserAbortError } from './errors.js';

/** A content as the list gives it: public fields, without the html. */
export type PublicContentSummary =
  operations['listPublicContents']['responses'][200]['content']['application/json']['data'][number];
/** One content, whole: public fields, the html and the structured data. */
export type PublicContent = operations['getPublicContent']['responses'][200]['content']['application/json']['data'];

/** One page of the list, and the cursor of the next (`null` on the last). */
export interface PublicContentPage {
  data: PublicContentSummary[];
  next_cursor: string | null;
}

export interface PublicClientOptions {
  /** The API's address, e.g. `https://api.example.com`. */
  baseUrl: string;
  /** A fetch of your own (a server runtime's, a test's); the global one by default. */
  fetch?: typeof fetch;
}

export interface PublicRequestOptions {
  signal?: AbortSignal;
}

export interface PublicClient {
  contents: {
    /** A page of the site's published contents, newest published first (`limit` 1–50, default 20). */
    list(
      siteSlug: string,
      query?: { cursor?: string | null; limit?: number },
      options?: PublicRequestOptions,
    ): Promise<PublicContentPage>;
    /** One published content by its slug; a `NotFoundError` when it is not public (or the site is paused). */
    get(siteSlug: string, contentSlug: string, options?: PublicRequestOptions): Promise<PublicContent>;
  };
}

/** A client of the public reads: `createPublicClient({ baseUrl }).contents.list('my-site')`. */
export function createPublicClient(options: PublicClientOptions): PublicClient {
  const base = options.baseUrl.replace(/\/+$/, '');
  const read = async (path: string, signal?: AbortSignal) => {
    let response: Response;
    try {
      response = await (options.fetch ?? fetch)(base + path, { headers: { accept: 'application/json' }, signal });
    } catch (cause) {
      if (signal?.aborted) throw new APIUserAbortError();
      throw new APIConnectionError(undefined, { cause });
    }
    const body = await response.json().catch(() => undefined);
    if (!response.ok) throw APIError.generate(response.status, body, response.headers);
    return body;
  };
  const site = (slug: string) => `/v1/public/sites/${encodeURIComponent(slug)}/contents`;
  return {
    contents: {
      async list(siteSlug, query = {}, requestOptions = {}) {
        const params = new URLSearchParams();
        if (query.limit !== undefined) params.set('limit', String(query.limit));
        if (query.cursor) params.set('cursor', query.cursor);
        const qs = params.toString();
        const page = await read(`${site(siteSlug)}${qs ? `?${qs}` : ''}`, requestOptions.signal);
        return { data: page.data, next_cursor: page.meta?.next_cursor ?? null };
      },
      async get(siteSlug, contentSlug, requestOptions = {}) {
        return (await read(`${site(siteSlug)}/${encodeURIComponent(contentSlug)}`, requestOptions.signal)).data;
      },
    },
  };
}
