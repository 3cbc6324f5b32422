// `pnpm operator:create --email ops@example.com --name "Ops"`: makes a platform operator. The
// password comes from IGNY8_OPERATOR_PASSWORD or the first line of standard input, never from
// the command line (where shell history and process lists would keep it).
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import knexFactory from 'knex';
import { createOperator } from '../auth/operators.js';
import { loadConfig, loadDevSecrets } from '../config.js';
import { bootstrapDatabase } from '../db/bootstrap.js';
import { type EmbeddedDatabase, recordedEmbeddedPort, startEmbeddedPostgres } from '../db/embedded.js';

async function readPassword(): Promise<string> {
  if (process.env.IGNY8_OPERATOR_PASSWORD) return process.env.IGNY8_OPERATOR_PASSWORD;
  if (process.stdin.isTTY) process.stderr.write('Operator password (12+ characters): ');
  const rl = createInterface({ input: process.stdin });
  for await (const line of rl) {
    rl.close();
    return line.trim();
  }
  return '';
}

/** The owner connection: DATABASE_URL, or the embedded PostgreSQL (running, or started for this command). */
async function ownerConnection(): Promise<{ url: string; embedded?: EmbeddedDatabase }> {
  const config = loadConfig();
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

async function main() {
  const { values } = parseArgs({ options: { email: { type: 'string' }, name: { type: 'string' } } });
  if (!values.email)
    throw new Error('Usage: pnpm operator:create --email <address> [--name <name>]  (password on stdin)');
  const password = await readPassword();
  const { url, embedded } = await ownerConnection();
  const owner = knexFactory({ client: 'pg', connection: { connectionString: url }, pool: { min: 0, max: 2 } });
  try {
    const config = loadConfig();
    await bootstrapDatabase(owner, { appPassword: config.dbAppPassword, manageRole: !config.appDatabaseUrl });
    const operator = await createOperator(owner, { email: values.email, name: values.name ?? values.email, password });
    console.log(`Operator ${operator.email} created (${operator.id}). Sign in with POST /v1/admin/auth/login.`);
  } finally {
    await owner.destroy();
    await embedded?.stop();
  }
}

main().catch((err) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
