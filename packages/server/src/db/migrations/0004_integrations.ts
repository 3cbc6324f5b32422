import type { Knex } from 'knex';
import { isolateTenantTable } from './tenant-policy.js';

export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable('integrations', (t) => {
    t.uuid('id').primary().defaultTo(knex.raw('gen_random_uuid()'));
    t.uuid('account_id').notNullable().references('accounts.id').onDelete('CASCADE');
    t.uuid('site_id').notNullable().unique().references('sites.id').onDelete('CASCADE');
    t.text('status').notNullable().defaultTo('connected');
    t.text('wordpress_url').notNullable();
    // Signing secrets, encrypted at rest (AES-256-GCM, see domain/integrations/secret-box.ts).
    t.text('secret_current').notNullable();
    t.text('secret_previous');
    t.timestamp('previous_valid_until', { useTz: true });
    t.text('wp_version');
    t.text('plugin_version');
    t.text('seo_plugin');
    t.jsonb('metadata')
      .notNullable()
      .defaultTo('{"post_types":[],"taxonomies":[],"categories":[],"tags":[],"authors":[]}');
    t.timestamp('connected_at', { useTz: true }).notNullable().defaultTo(knex.fn.now());
    t.timestamp('last_checked_at', { useTz: true });
    t.text('last_error');
    t.timestamp('synced_at', { useTz: true });
    t.timestamps(true, true);
  });
  await knex.raw("alter table integrations add constraint integrations_status check (status in ('connected','error'))");
  await knex.schema.createTable('connection_codes', (t) => {
    t.uuid('id').primary().defaultTo(knex.raw('gen_random_uuid()'));
    t.uuid('account_id').notNullable().references('accounts.id').onDelete('CASCADE');
    t.uuid('site_id').notNullable().references('sites.id').onDelete('CASCADE');
    t.text('code_hash').notNullable().unique();
    t.timestamp('expires_at', { useTz: true }).notNullable();
    t.timestamp('used_at', { useTz: true });
    t.timestamp('created_at', { useTz: true }).notNullable().defaultTo(knex.fn.now());
  });
  // Nonces of signed requests seen in the last minutes: a replay finds its row.
  await knex.schema.createTable('signature_nonces', (t) => {
    t.uuid('site_id').notNullable();
    t.text('nonce').notNullable();
    t.timestamp('seen_at', { useTz: true }).notNullable().defaultTo(knex.fn.now());
    t.primary(['site_id', 'nonce']);
  });
  for (const table of ['integrations', 'connection_codes']) await isolateTenantTable(knex, table);
  // Signed requests and connection codes arrive before the tenant is known: these two return only
  // the account a code or a connected site belongs to.
  await knex.raw(`
    create or replace function igny8_connection_code_account(p_code_hash text) returns uuid
      language sql stable security definer set search_path = public as
      $$ select account_id from connection_codes where code_hash = p_code_hash $$;
    create or replace function igny8_integration_account(p_site_id uuid) returns uuid
      language sql stable security definer set search_path = public as
      $$ select account_id from integrations where site_id = p_site_id $$;
  `);
}

export async function down(knex: Knex): Promise<void> {
  await knex.raw('drop function if exists igny8_connection_code_account(text), igny8_integration_account(uuid)');
  for (const table of ['signature_nonces', 'connection_codes', 'integrations'])
    await knex.schema.dropTableIfExists(table);
}
