// The owner connection a command of ours works through: DATABASE_URL, or in development the embedded PostgreSQL of
// the data directory (the one a running `pnpm start` has, or started for the command and stopped after it).
import knexFactory from 'knex';
import { type Config, loadDevSecrets } from '../config.js';
import { type EmbeddedDatabase, recordedEmbeddedPort, startEmbeddedPostgres } from '../db/embedded.js';

export async function ownerConnection(config: Config): Promise<{ url: string; embedded?: EmbeddedDatabase }> {
  if (config.databaseUrl) return { url: config.databaseUrl };
  const secrets = loadDevSecrets(config.dataDir);
  // A running `pnpm start` has this data directory's cluster on the port it recorded.
  const port = config.embeddedPgPort ?? recordedEmbeddedPort(config.dataDir);
  const url = `postgres://postgres:${encodeURIComponent(secrets.EMBEDDED_PG_PASSWORD)}@127.0.0.1:${port}/postgres`;
  const probe = knexFactory({ client: 'pg', connection: { connectionString: url }, pool: { min: 0, max: 1 } });
  const running = await probe
    .raw('select 1')
    .then(() => true)
    .catch(() => false);
  await probe.destroy();
  if (running) return { url };
  const embedded = await startEmbeddedPostgres({
    dataDir: config.dataDir,
    port: config.embeddedPgPort,
    password: secrets.EMBEDDED_PG_PASSWORD,
  });
  return { url: embedded.url, embedded };
}
