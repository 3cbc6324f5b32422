// A PostgreSQL a heavy test owns and may stop and start again: the embedded one, in a temporary data directory, on a
// free port kept across restarts (the run's shared PostgreSQL is left alone). As root it runs as the postgres user,
// as `pnpm start` does (src/db/embedded.ts). `outage` stops it the way an operator's `pg_ctl stop -m fast` does
// (every session ended at once), keeps it down for a while, polling the API's /readyz meanwhile, and starts it again
// on the same port and data directory.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type EmbeddedDatabase, startEmbeddedPostgres } from '../../src/db/embedded.js';
import { freePort } from './global-setup.js';

export interface Outage {
  /** When PostgreSQL was stopped and when it was accepting connections again (ms since the epoch). */
  down: number;
  back: number;
  /** What /readyz answered while it was down, in order (0: no answer within 10 s). */
  readiness: number[];
}

export interface RestartablePostgres {
  /** The superuser's URL (the same across restarts). */
  url: string;
  /** Stops PostgreSQL at once, polls `readyz` every 250 ms for `ms`, and starts it again. */
  outage(ms: number, readyz?: () => Promise<number>): Promise<Outage>;
  /** Stops it and removes its files; for afterAll. */
  remove(): Promise<void>;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** The status /readyz of the API at `apiUrl` answers now (0 when it does not answer within 10 s). */
export const readinessOf = (apiUrl: string) => async () => {
  const res = await fetch(`${apiUrl}/readyz`, { signal: AbortSignal.timeout(10_000) }).catch(() => undefined);
  return res?.status ?? 0;
};

export async function restartablePostgres(password: string): Promise<RestartablePostgres> {
  const dataDir = await mkdtemp(join(tmpdir(), 'igny8-restartable-pg-'));
  const port = await freePort();
  let postgres: EmbeddedDatabase = await startEmbeddedPostgres({ dataDir, port, password });
  // Outside `dataDir` when run as root with a temp directory the postgres user cannot enter.
  const clusterDir = postgres.clusterDir;
  return {
    url: postgres.url,
    async outage(ms, readyz) {
      const down = Date.now();
      await postgres.stop({ fast: true });
      const readiness: number[] = [];
      while (Date.now() - down < ms) {
        if (readyz) readiness.push(await readyz());
        await sleep(250);
      }
      postgres = await startEmbeddedPostgres({ dataDir, port, password });
      return { down, back: Date.now(), readiness };
    },
    async remove() {
      await postgres.stop();
      await rm(dataDir, { recursive: true, force: true });
      await rm(clusterDir, { recursive: true, force: true });
    },
  };
}
