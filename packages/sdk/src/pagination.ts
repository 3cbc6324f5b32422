// Keyset pagination: a list call is a PagePromise, awaited for the first page or iterated for every item.
import { Igny8Error } from './errors.js';

/** The `meta` of a page: pass `next_cursor` back as `cursor`; it is `null` on the last page. */
export interface PageMeta {
  next_cursor: string | null;
}

type FetchPage<T> = (cursor: string) => Promise<Page<T>>;

/** One page of a list: `{ data, meta: { next_cursor } }`, plus the way to the next one. */
export class Page<T> implements AsyncIterable<T> {
  readonly data: T[];
  readonly meta: PageMeta;
  // Private, so that logging or serialising a page shows only what the API sent.
  readonly #fetchPage: FetchPage<T>;

  constructor(data: T[], meta: PageMeta, fetchPage: FetchPage<T>) {
    this.data = data;
    this.meta = meta;
    this.#fetchPage = fetchPage;
  }

  hasNextPage(): boolean {
    return typeof this.meta.next_cursor === 'string';
  }

  /** Fetches the page after this one (with the same query and options). */
  getNextPage(): Promise<Page<T>> {
    const cursor = this.meta.next_cursor;
    if (typeof cursor !== 'string') return Promise.reject(new Igny8Error('This is the last page.'));
    return this.#fetchPage(cursor);
  }

  /** Every item of this page and of the pages after it, fetched as the loop reaches them. */
  async *[Symbol.asyncIterator](): AsyncGenerator<T, void, undefined> {
    let page: Page<T> = this;
    for (;;) {
      yield* page.data;
      if (!page.hasNextPage()) return;
      page = await page.getNextPage();
    }
  }
}

/**
 * The result of a list method: `await` it for the first page, or `for await` over it for every item of every page.
 * The first page is fetched once, on first use, whichever way it is used.
 */
export class PagePromise<T> implements PromiseLike<Page<T>>, AsyncIterable<T> {
  readonly #load: () => Promise<Page<T>>;
  #first: Promise<Page<T>> | undefined;

  constructor(load: () => Promise<Page<T>>) {
    this.#load = load;
  }

  #firstPage(): Promise<Page<T>> {
    this.#first ??= this.#load();
    return this.#first;
  }

  // biome-ignore lint/suspicious/noThenProperty: a thenable on purpose, so that `await client.sites.list()` works.
  then<R1 = Page<T>, R2 = never>(
    onfulfilled?: ((page: Page<T>) => R1 | PromiseLike<R1>) | null,
    onrejected?: ((reason: unknown) => R2 | PromiseLike<R2>) | null,
  ): Promise<R1 | R2> {
    return this.#firstPage().then(onfulfilled, onrejected);
  }

  catch<R = never>(onrejected?: ((reason: unknown) => R | PromiseLike<R>) | null): Promise<Page<T> | R> {
    return this.#firstPage().catch(onrejected);
  }

  finally(onfinally?: (() => void) | null): Promise<Page<T>> {
    return this.#firstPage().finally(onfinally);
  }

  async *[Symbol.asyncIterator](): AsyncGenerator<T, void, undefined> {
    yield* await this.#firstPage();
  }
}
