// Two connection pools. `owner` runs migrations, seeds and the job queue, and is used only by the
// few named places that act before a tenant is known. `app` connects as the non-owner role
// `igny8_app`, which row-level security applies to: request work runs there, with the tenant set
// per transaction (see tenant.ts).
import knexFactory, { type Knex } from 'knex';
import pg from 'pg';
import type { Logger } from '../logger.js';
import { inTransaction } from './transaction-scope.js';

// Timestamps come back as Date and bigint counts as numbers.
pg.types.setTypeParser(pg.types.builtins.INT8, (v) => Number.parseInt(v, 10));

export const APP_ROLE = 'igny8_app';

export interface Database {
  owner: Knex;
  app: Knex;
  destroy(): Promise<void>;
}

export function appUrlFrom(ownerUrl: string, password: string): string {
  const url = new URL(ownerUrl);
  url.username = APP_ROLE;
  url.password = password;
  return url.toString();
}

export function createDatabase(options: {
  ownerUrl: string;
  appUrl: string;
  poolMax: number;
  logger?: Logger;
}): Database {
  const { logger } = options;
  // knex says what befell a connection (refused, cut by a restart) on the console unless given a log: into ours, as
  // warnings (what a request then answers is logged with the request).
  const log = logger && {
    warn: (message: string) => logger.warn({ knex: message }, 'database connection'),
    error: (message: string) => logger.error({ knex: message }, 'database connection'),
    deprecate: (method: string, alternative: string) => logger.warn({ method, alternative }, 'knex deprecation'),
    debug: (message: string) => logger.debug({ knex: message }, 'knex'),
  };
  const make = (pool: 'owner' | 'app', connectionString: string, max: number) =>
    guardNestedAcquire(
      knexFactory({ client: 'pg', connection: { connectionString }, pool: { min: 0, max }, ...(log ? { log } : {}) }),
      pool,
      logger,
    );
  const owner = make('owner', options.ownerUrl, Math.max(2, Math.ceil(options.poolMax / 2)));
  const app = make('app', options.appUrl, options.poolMax);
  return {
    owner,
    app,
    async destroy() {
      await Promise.all([owner.destroy(), app.destroy()]);
    },
  };
}

export const NESTED_ACQUIRE_MESSAGE = 'a pool connection was taken while a transaction was open';

/**
 * Reports a connection taken from a pool by code running inside a transaction (a query on `db.app` or `db.owner`
 * instead of on the transaction, or a second transaction opened inside the first). Each such caller holds one
 * connection while it waits for another: under load every connection of the pool is held by a caller waiting for
 * one more, and the process stalls until knex's acquire timeout (60 s) fails them all. The transaction's own queries
 * go through its own client (knex gives each transaction one bound to its connection), so only the pool's are
 * seen here. The test servers fail on the message; in production it is a warning with the caller's stack.
 */
function guardNestedAcquire(db: Knex, pool: 'owner' | 'app', logger: Logger | undefined): Knex {
  const client = db.client as {
    runner(builder: { toString(): string }): unknown;
    transaction(...args: unknown[]): unknown;
  };
  const report = (what: Record<string, unknown>) => logger?.warn({ pool, ...what }, NESTED_ACQUIRE_MESSAGE);
  // A query on the pool itself: named by its SQL (its caller awaits a thenable, which leaves no stack to name it by).
  const runner = client.runner.bind(client);
  client.runner = (builder) => {
    if (inTransaction()) report({ sql: String(builder).slice(0, 200) });
    return runner(builder);
  };
  // A transaction opened on the pool (not a savepoint, which goes through the transaction's own client): called
  // straight from the code that opens it, so its stack names it.
  const transaction = client.transaction.bind(client);
  client.transaction = (...args) => {
    if (inTransaction()) {
      const stack = new Error(NESTED_ACQUIRE_MESSAGE).stack
        ?.split('\n')
        .slice(2)
        .filter((frame) => !frame.includes('node_modules') && !frame.includes('node:internal'))
        .slice(0, 6)
        .join('\n');
      report({ stack });
    }
    return transaction(...args);
  };
  return db;
}
