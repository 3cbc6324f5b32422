import type { Knex } from 'knex';
import { isolateTenantTable } from './tenant-policy.js';

// Notification preferences and the email outbox.
//
// `notification_preferences` holds what a member chose, per kind (no row: the default of their role, see
// domain/notifications/preferences.ts). `notification_emails` is the outbox: `notify()` writes one row per member who
// wants the kind by email, in the notification's own transaction, so a mail exists exactly when its notification
// committed; the mail sweep claims due rows (a lease, so two workers never send the same row at once), sends, and
// records `sent_at` or the error and the next attempt.
//
// Both reference the membership (account, user): a member who leaves the account, or whose user is deleted, takes
// their preferences and their unsent mail with them.
export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable('notification_preferences', (t) => {
    t.uuid('id').primary().defaultTo(knex.raw('gen_random_uuid()'));
    t.uuid('account_id').notNullable().references('accounts.id').onDelete('CASCADE');
    t.uuid('user_id').notNullable().references('users.id').onDelete('CASCADE');
    t.text('kind').notNullable();
    /** What the member chose; none: their role's default, whatever their role is at the time. */
    t.boolean('in_app');
    t.boolean('email');
    t.timestamps(true, true);
    t.unique(['account_id', 'user_id', 'kind']);
    t.foreign(['account_id', 'user_id'])
      .references(['account_id', 'user_id'])
      .inTable('memberships')
      .onDelete('CASCADE');
  });

  await knex.schema.createTable('notification_emails', (t) => {
    t.uuid('id').primary().defaultTo(knex.raw('gen_random_uuid()'));
    t.uuid('account_id').notNullable().references('accounts.id').onDelete('CASCADE');
    t.uuid('notification_id').notNullable().references('notifications.id').onDelete('CASCADE');
    t.uuid('user_id').notNullable().references('users.id').onDelete('CASCADE');
    t.text('status').notNullable().defaultTo('pending');
    t.integer('attempts').notNullable().defaultTo(0);
    /** When the next attempt is due; none: at once (the first, which notify() cannot date: it has no clock). */
    t.timestamp('next_attempt_at', { useTz: true });
    /** A sweep's claim: until then no other sweep takes the row; past it, a claimer that died is retried. */
    t.uuid('claim');
    t.timestamp('claimed_until', { useTz: true });
    t.text('last_error');
    t.timestamp('sent_at', { useTz: true });
    t.timestamps(true, true);
    t.unique(['notification_id', 'user_id']);
    t.foreign(['account_id', 'user_id'])
      .references(['account_id', 'user_id'])
      .inTable('memberships')
      .onDelete('CASCADE');
  });
  await knex.raw(`
    alter table notification_emails add constraint notification_emails_status
      check (status in ('pending','sent','failed'));
    create index notification_emails_due on notification_emails (next_attempt_at nulls first) where status = 'pending';
    create index notification_emails_user on notification_emails (account_id, user_id);
  `);

  for (const table of ['notification_preferences', 'notification_emails']) await isolateTenantTable(knex, table);
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.dropTableIfExists('notification_emails');
  await knex.schema.dropTableIfExists('notification_preferences');
}
