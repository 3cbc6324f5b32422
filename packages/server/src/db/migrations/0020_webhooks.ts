import type { Knex } from 'knex';
import { isolateTenantTable } from './tenant-policy.js';

// Outbound webhooks. `webhook_endpoints` are the account's receivers (their signing secrets sealed, two while a
// rotation lasts). `webhook_events` is the outbox: a change that causes an event writes it, and one delivery per
// subscribed endpoint, in the change's own transaction, so an event exists exactly when its change committed. The
// delivery worker takes due deliveries (`next_attempt_at`) and records each attempt's request and response.
export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable('webhook_endpoints', (t) => {
    t.uuid('id').primary().defaultTo(knex.raw('gen_random_uuid()'));
    t.uuid('account_id').notNullable().references('accounts.id').onDelete('CASCADE');
    t.text('url').notNullable();
    t.text('description').notNullable().defaultTo('');
    t.specificType('events', 'text[]').notNullable();
    t.boolean('enabled').notNullable().defaultTo(true);
    t.text('disabled_reason');
    t.timestamp('disabled_at', { useTz: true });
    /** The first failed attempt since the last success; sustained failure disables the endpoint. */
    t.timestamp('failing_since', { useTz: true });
    t.text('secret_sealed').notNullable();
    t.text('previous_secret_sealed');
    t.timestamp('previous_secret_expires_at', { useTz: true });
    t.timestamps(true, true);
    t.index(['account_id', 'created_at', 'id']);
  });
  await knex.raw(`
    alter table webhook_endpoints add constraint webhook_endpoints_disabled_reason
      check (disabled_reason in ('failing','manual'));
    create index webhook_endpoints_subscribed on webhook_endpoints using gin (events) where enabled;
  `);

  await knex.schema.createTable('webhook_events', (t) => {
    t.uuid('id').primary().defaultTo(knex.raw('gen_random_uuid()'));
    t.uuid('account_id').notNullable().references('accounts.id').onDelete('CASCADE');
    t.text('type').notNullable();
    /** The body every delivery of it sends: `{ type, timestamp, data }`. */
    t.jsonb('payload').notNullable();
    t.timestamp('occurred_at', { useTz: true }).notNullable();
    t.timestamp('created_at', { useTz: true }).notNullable().defaultTo(knex.fn.now());
    t.index(['account_id', 'occurred_at']);
  });

  await knex.schema.createTable('webhook_deliveries', (t) => {
    t.uuid('id').primary().defaultTo(knex.raw('gen_random_uuid()'));
    t.uuid('account_id').notNullable().references('accounts.id').onDelete('CASCADE');
    t.uuid('endpoint_id').notNullable().references('webhook_endpoints.id').onDelete('CASCADE');
    t.uuid('event_id').notNullable().references('webhook_events.id').onDelete('CASCADE');
    t.text('event_type').notNullable();
    t.text('status').notNullable().defaultTo('pending');
    t.integer('attempts').notNullable().defaultTo(0);
    t.timestamp('next_attempt_at', { useTz: true });
    t.integer('last_status_code');
    t.text('last_error');
    t.timestamp('delivered_at', { useTz: true });
    t.timestamps(true, true);
    t.unique(['endpoint_id', 'event_id']);
    t.index(['endpoint_id', 'created_at', 'id']);
  });
  await knex.raw(`
    alter table webhook_deliveries add constraint webhook_deliveries_status
      check (status in ('pending','retrying','succeeded','failed'));
    create index webhook_deliveries_due on webhook_deliveries (next_attempt_at)
      where status in ('pending','retrying');
  `);

  await knex.schema.createTable('webhook_attempts', (t) => {
    t.uuid('id').primary().defaultTo(knex.raw('gen_random_uuid()'));
    t.uuid('account_id').notNullable().references('accounts.id').onDelete('CASCADE');
    t.uuid('delivery_id').notNullable().references('webhook_deliveries.id').onDelete('CASCADE');
    t.integer('attempt').notNullable();
    t.timestamp('started_at', { useTz: true }).notNullable();
    t.integer('duration_ms').notNullable();
    t.text('request_url').notNullable();
    t.jsonb('request_headers').notNullable();
    t.integer('response_status');
    t.jsonb('response_headers');
    t.text('response_body');
    t.text('error');
    t.index(['delivery_id', 'attempt']);
  });

  for (const table of ['webhook_endpoints', 'webhook_events', 'webhook_deliveries', 'webhook_attempts']) {
    await isolateTenantTable(knex, table);
  }
}

export async function down(knex: Knex): Promise<void> {
  for (const table of ['webhook_attempts', 'webhook_deliveries', 'webhook_events', 'webhook_endpoints']) {
    await knex.schema.dropTableIfExists(table);
  }
}
