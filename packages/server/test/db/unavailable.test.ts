// Which errors mean "the database is away" (answered 503 UNAVAILABLE, logged as a warning) and which are ours or
// the request's (a 500, logged as an error): real errors of node-postgres and knex, made against the run's
// PostgreSQL and a port where none listens.
import knexFactory, { type Knex } from 'knex';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { databaseUnavailable } from '../../src/db/unavailable.js';
import { freePort } from '../helpers/global-setup.js';

const made: Knex[] = [];
const connect = (connectionString: string, extra: Partial<Knex.Config> = {}) => {
  const db = knexFactory({ client: 'pg', connection: { connectionString }, pool: { min: 0, max: 1 }, ...extra });
  made.push(db);
  return db;
};
const failure = (p: Promise<unknown>) =>
  p.then(
    () => {
      throw new Error('expected a failure');
    },
    (err: unknown) => err,
  );
afterAll(() => Promise.all(made.map((db) => db.destroy())));
/** The run's PostgreSQL: DATABASE_URL's, or the embedded one the global setup started. */
const runDatabase = inject('databaseUrl');

describe('databaseUnavailable', () => {
  it('is true when nothing listens, when the session is ended under a transaction, when no connection comes', async () => {
    const closed = connect(`postgres://postgres@127.0.0.1:${await freePort()}/postgres`);
    expect(databaseUnavailable(await failure(closed.raw('select 1')))).toBe(true);

    // As a fast shutdown ends every session: 57P01 in the middle of a transaction, then its ROLLBACK refused.
    const db = connect(runDatabase);
    const cut = await failure(
      db.transaction(async (trx) => {
        await trx.raw('select pg_terminate_backend(pg_backend_pid())');
      }),
    );
    expect(databaseUnavailable(cut), String(cut)).toBe(true);

    const busy = connect(runDatabase, { acquireConnectionTimeout: 200 });
    const held = busy.transaction(async (trx) => {
      await trx.raw('select pg_sleep(1)');
    });
    await new Promise((r) => setTimeout(r, 300));
    const waited = await failure(busy.raw('select 1'));
    await held;
    expect(String(waited)).toMatch(/Timeout acquiring a connection/);
    expect(databaseUnavailable(waited)).toBe(true);
  });

  it('is false for a request the database refused and for our own mistakes', async () => {
    const db = connect(runDatabase);
    expect(databaseUnavailable(await failure(db.raw('select 1/0')))).toBe(false);
    expect(databaseUnavailable(await failure(db.raw('select nonsense from nowhere')))).toBe(false);
    expect(databaseUnavailable(await failure(db.raw("select 'x'::uuid")))).toBe(false);
    expect(databaseUnavailable(new TypeError("Cannot read properties of undefined (reading 'id')"))).toBe(false);
    expect(databaseUnavailable(undefined)).toBe(false);
  });
});
