import type { Knex } from 'knex';

// When a worker first started an operation, so that clients (and tests) can tell queueing time from
// working time; finished_at alone could not show that it was once written with the start time.
export async function up(knex: Knex): Promise<void> {
  await knex.schema.alterTable('operations', (t) => {
    t.timestamp('started_at', { useTz: true });
  });
  // Operations that ran before this column existed: their creation is the closest bound known.
  await knex.raw("update operations set started_at = created_at where status <> 'queued'");
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.alterTable('operations', (t) => {
    t.dropColumn('started_at');
  });
}
