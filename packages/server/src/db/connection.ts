// Two connection pools. `owner` runs migrations, seeds and the job queue, and is used only by the
// few named places that act before a tenant is known. `app` connects as the non-owner role
// `igny8_app`, which row-level security applies to: request work runs there, with the tenant set
// per transaction (see tenant.ts).
import knexFactory, { type Knex } from 'knex';
import pg from 'pg';
import type { Logger } from '../logger.js';

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
  const make = (connectionString: string, max: number) =>
    knexFactory({ client: 'pg', connection: { connectionString }, pool: { min: 0, max }, ...(log ? { log } : {}) });
  const owner = make(options.ownerUrl, Math.max(2, Math.ceil(options.poolMax / 2)));
  const app = make(options.appUrl, options.poolMax);
  return {
    owner,
    app,
    async destroy() {
      await Promise.all([owner.destroy(), app.destroy()]);
    },
  };
}
