// The client: every generated resource, over one core that owns credentials, retries and the session.
import type { ClientOptions } from './client-options.js';
import { Igny8Resources } from './generated/resources.js';
import { ClientCore } from './internal/client-core.js';
import { Operations } from './resources/operations.js';

/**
 * The Igny8 API client.
 *
 * ```ts
 * const client = new Igny8({ baseUrl: 'http://localhost:8080', apiKey: process.env.IGNY8_API_KEY });
 * for await (const site of client.sites.list({ limit: 50 })) console.log(site.name);
 * ```
 */
export class Igny8 extends Igny8Resources {
  /** `client.operations`: long-running work, with `wait()` to poll one to its end. */
  declare readonly operations: Operations;

  constructor(options: ClientOptions) {
    const core = new ClientCore(options);
    super(core);
    this.operations = new Operations(core);
  }
}
