import type { Knex } from 'knex';

// The delivery worker's hold on a delivery while an attempt is in flight. A worker claims a due delivery by
// setting `claim_id` (its own token) and `claimed_until` (a lease longer than any attempt can last), and records
// the outcome only under its token; a delivery whose lease ran out (its worker died) is due again. A replay while
// an attempt is in flight drops the token, so that attempt's outcome no longer decides the delivery's status,
// and the lease keeps a second attempt from starting before the first one ended. `retries_from` is the attempt
// count at which the current retry schedule began: 0, or the count when the delivery was last replayed.
export async function up(knex: Knex): Promise<void> {
  await knex.schema.alterTable('webhook_deliveries', (t) => {
    t.uuid('claim_id');
    t.timestamp('claimed_until', { useTz: true });
    t.integer('retries_from').notNullable().defaultTo(0);
  });
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.alterTable('webhook_deliveries', (t) => {
    t.dropColumn('claim_id');
    t.dropColumn('claimed_until');
    t.dropColumn('retries_from');
  });
}
