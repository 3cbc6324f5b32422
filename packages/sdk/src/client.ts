// The client: every generated resource, over one core that owns credentials, retries and the session.
import type { ClientOptions } from './client-options.js';
import { createResources, type Igny8Resources } from './generated/resources.js';
import { ClientCore } from './internal/client-core.js';
import type { StreamOptions } from './request-options.js';
import { Operations } from './resources/operations.js';

/**
 * The Igny8 API client.
 *
 * ```ts
 * const client = new Igny8({ baseUrl: 'http://localhost:8080', apiKey: process.env.IGNY8_API_KEY });
 * for await (const site of client.sites.list({ limit: 50 })) console.log(site.name);
 * ```
 */
// biome-ignore lint/suspicious/noUnsafeDeclarationMerging: the resources are assigned in the constructor from the generated table; the interface below types them.
export class Igny8 {
  /** `client.operations`: long-running work, with `wait()` to poll one to its end. */
  readonly operations: Operations;
  readonly #core: ClientCore;

  constructor(options: ClientOptions) {
    this.#core = new ClientCore(options);
    const resources = createResources(this.#core);
    Object.assign(this, resources);
    this.operations = new Operations(resources.operations);
  }

  /**
   * Opens a streaming GET of `path` (e.g. `/v1/…/events`) with the client's credentials and resolves with the
   * Response once its headers arrived, the body unread; an error status rejects with its APIError. No timeout, no
   * retries: for event streams, read with `subscribe` from `@igny8/sdk/events`, which reconnects:
   *
   * ```ts
   * for await (const e of subscribe((id) => client.stream(path, { headers: { 'Last-Event-ID': id }, signal }), { signal }))
   * ```
   */
  stream(path: string, options?: StreamOptions): Promise<Response> {
    return this.#core.stream(path, options);
  }
}

// Every resource (`client.sites`, …) is declared on the class through this interface.
export interface Igny8 extends Omit<Igny8Resources, 'operations'> {}
