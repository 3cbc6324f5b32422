// `pnpm migrate`: brings DATABASE_URL's database up to date (the application role and its password, migrations,
// grants, reference data) and exits, so a deployment can run it as a step of its own before it starts new server
// and worker processes. The servers and workers do the same on start (it is idempotent, and an advisory lock makes
// processes take turns), so this step is for ordering and for a clear failure, not for correctness.
// Needs only the database settings: DATABASE_URL, and DB_APP_PASSWORD unless APP_DATABASE_URL names a role that
// is managed elsewhere (docs/deploy.md).
import '../node-version.js';
import knexFactory from 'knex';
import { ConfigError, StartupError } from '../config.js';
import { bootstrapDatabase } from '../db/bootstrap.js';
import { exitOnStartupError } from '../process.js';

async function main() {
  const ownerUrl = process.env.DATABASE_URL;
  const appPassword = process.env.DB_APP_PASSWORD;
  const manageRole = !process.env.APP_DATABASE_URL;
  const missing = [!ownerUrl && 'DATABASE_URL', manageRole && !appPassword && 'DB_APP_PASSWORD (or APP_DATABASE_URL)']
    .filter(Boolean)
    .join(', ');
  if (missing) throw new ConfigError(`pnpm migrate needs ${missing}`);
  if (appPassword !== undefined && appPassword.length < 16)
    throw new ConfigError('DB_APP_PASSWORD: must be 16 or more characters');
  const owner = knexFactory({ client: 'pg', connection: { connectionString: ownerUrl }, pool: { min: 0, max: 2 } });
  try {
    const { applied } = await bootstrapDatabase(owner, { appPassword, manageRole }).catch((err: Error) => {
      throw new StartupError(`Migrating the database failed: ${err.message}`);
    });
    console.log(
      applied.length
        ? `Applied ${applied.length} migration(s): ${applied.join(', ')}`
        : 'The database is up to date (no migration to apply).',
    );
  } finally {
    await owner.destroy();
  }
}

main().catch(exitOnStartupError);
