// Brings a database to a usable state: the application role, migrations, grants, reference data.
// Idempotent, so every process (server, worker, test) may run it on start.
import type { Knex } from 'knex';
import { APP_ROLE } from './connection.js';
import { migrationSource } from './migrations/index.js';
import { seedReferenceData } from './seeds/index.js';

// Read-only to the application. (Plans, credit costs and packages are written by the operator only, which
// row-level security enforces: see the 0002 migration.)
const REFERENCE_TABLES = ['industries', 'sectors'];

/** Creates (or updates the password of) the role the application connects as. */
export async function ensureAppRole(owner: Knex, password: string): Promise<void> {
  // Roles are cluster-wide and several databases may bootstrap at once (tests): tolerate the race.
  await owner.raw(
    `do $$ begin
       create role ${APP_ROLE} login nosuperuser nobypassrls noinherit;
     exception when duplicate_object or unique_violation then null;
     end $$`,
  );
  // Two processes altering the same role at once (several test databases on one cluster, or a server
  // and a worker starting together) make PostgreSQL refuse one of them with "tuple concurrently
  // updated". Both set the same password, so the refused one simply tries again.
  for (let attempt = 1; ; attempt++) {
    try {
      await owner.raw(`alter role ${APP_ROLE} with login password ${quoteLiteral(password)}`);
      return;
    } catch (err) {
      const concurrent = /tuple concurrently updated/.test((err as Error).message ?? '');
      if (!concurrent || attempt >= 10) throw err;
      await new Promise((resolve) => setTimeout(resolve, 20 * attempt));
    }
  }
}

function quoteLiteral(value: string): string {
  return `'${value.replace(/'/g, "''")}'`;
}

export async function grantAppRole(owner: Knex): Promise<void> {
  const { rows } = await owner.raw('select current_database() as db');
  await owner.raw(`grant connect on database "${rows[0].db}" to ${APP_ROLE}`);
  await owner.raw(`grant usage on schema public to ${APP_ROLE}`);
  await owner.raw(`grant select, insert, update, delete on all tables in schema public to ${APP_ROLE}`);
  await owner.raw(`revoke insert, update, delete on ${REFERENCE_TABLES.join(', ')} from ${APP_ROLE}`);
  // Append-only by grant as well as by trigger; operators are made by the CLI (the owner) only.
  await owner.raw(`revoke update, delete, truncate on credit_ledger, audit_events from ${APP_ROLE}`);
  await owner.raw(`revoke insert, update, delete on operators from ${APP_ROLE}`);
  await owner.raw(`revoke all on knex_migrations, knex_migrations_lock from ${APP_ROLE}`);
  await owner.raw(`grant usage on all sequences in schema public to ${APP_ROLE}`);
  await owner.raw(`grant execute on all functions in schema public to ${APP_ROLE}`);
}

export async function migrate(owner: Knex): Promise<string[]> {
  const [, applied] = (await owner.migrate.latest({ migrationSource })) as [number, string[]];
  return applied;
}

export async function rollbackAll(owner: Knex): Promise<void> {
  await owner.migrate.rollback({ migrationSource }, true);
}

export async function bootstrapDatabase(
  owner: Knex,
  options: { appPassword?: string; manageRole: boolean },
): Promise<{ applied: string[] }> {
  return oneAtATime(owner, async () => {
    if (options.manageRole && options.appPassword) await ensureAppRole(owner, options.appPassword);
    const applied = await migrate(owner);
    await grantAppRole(owner);
    await seedReferenceData(owner);
    return { applied };
  });
}

/** The advisory lock (of this database) that bootstraps take in turn. */
const BOOTSTRAP_LOCK = "hashtextextended('igny8 bootstrap', 0)";

/**
 * Runs `work` while no other process bootstraps this database. Processes started together (two API processes and two
 * workers, say) otherwise race: knex creating its migration tables twice, a second process finding the migrations
 * locked and giving up, grants refused with "tuple concurrently updated". The lock is a session's, held on a
 * connection of its own outside the pool (the work uses the pool's), and ends with that connection even if the
 * process dies.
 */
async function oneAtATime<T>(owner: Knex, work: () => Promise<T>): Promise<T> {
  const client = owner.client as {
    acquireRawConnection(): Promise<{ query(sql: string): Promise<unknown> }>;
    destroyRawConnection(connection: unknown): Promise<void>;
  };
  const connection = await client.acquireRawConnection();
  try {
    await connection.query(`select pg_advisory_lock(${BOOTSTRAP_LOCK})`);
    return await work();
  } finally {
    await client.destroyRawConnection(connection);
  }
}
