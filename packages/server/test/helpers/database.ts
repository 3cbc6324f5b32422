// A database of its own for each test file, made on the run's PostgreSQL and dropped afterwards.
import knexFactory from 'knex';
import { inject } from 'vitest';

export interface TestDatabase {
  url: string;
  drop(): Promise<void>;
}

/** On the run's PostgreSQL, or on the one at `base` (a test's own). */
export async function createTestDatabase(base: string = inject('databaseUrl')): Promise<TestDatabase> {
  const name = `igny8_t_${crypto.randomUUID().replace(/-/g, '').slice(0, 16)}`;
  const admin = knexFactory({ client: 'pg', connection: { connectionString: base }, pool: { min: 0, max: 1 } });
  await admin.raw(`create database ${name}`);
  await admin.destroy();
  const url = new URL(base);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    async drop() {
      const again = knexFactory({ client: 'pg', connection: { connectionString: base }, pool: { min: 0, max: 1 } });
      await again.raw(`drop database if exists ${name} with (force)`);
      await again.destroy();
    },
  };
}
