// `pnpm operator:create --email ops@example.com --name "Ops"`: makes a platform operator. The
// password comes from IGNY8_OPERATOR_PASSWORD or the first line of standard input, never from
// the command line (where shell history and process lists would keep it).
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import knexFactory from 'knex';
import { createOperator } from '../auth/operators.js';
import { loadConfig } from '../config.js';
import { bootstrapDatabase } from '../db/bootstrap.js';
import { ownerConnection } from './owner-connection.js';

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

async function main() {
  const { values } = parseArgs({ options: { email: { type: 'string' }, name: { type: 'string' } } });
  if (!values.email)
    throw new Error('Usage: pnpm operator:create --email <address> [--name <name>]  (password on stdin)');
  const password = await readPassword();
  const config = loadConfig();
  const { url, embedded } = await ownerConnection(config);
  const owner = knexFactory({ client: 'pg', connection: { connectionString: url }, pool: { min: 0, max: 2 } });
  try {
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
