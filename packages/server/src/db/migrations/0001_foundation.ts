import type { Knex } from 'knex';

const TENANT_TABLES = [
  'accounts',
  'memberships',
  'invitations',
  'api_keys',
  'sites',
  'site_sectors',
  'site_user_access',
  'operations',
];

export async function up(knex: Knex): Promise<void> {
  await knex.raw(`
    create or replace function igny8_current_account() returns uuid
      language sql stable as $$ select nullif(current_setting('app.account_id', true), '')::uuid $$;
    create or replace function igny8_current_user() returns uuid
      language sql stable as $$ select nullif(current_setting('app.user_id', true), '')::uuid $$;
  `);

  await knex.schema.createTable('plans', (t) => {
    t.uuid('id').primary().defaultTo(knex.raw('gen_random_uuid()'));
    t.text('code').notNullable().unique();
    t.text('name').notNullable();
    t.integer('price_cents').notNullable();
    t.text('currency').notNullable().defaultTo('USD');
    t.integer('credits_per_month').notNullable();
    t.integer('max_sites').notNullable();
    t.integer('max_users').notNullable();
    t.integer('max_keywords').notNullable();
    t.integer('max_sectors_per_site').notNullable();
    t.boolean('is_public').notNullable().defaultTo(true);
    t.integer('sort_order').notNullable().defaultTo(0);
    t.timestamps(true, true);
  });
  await knex.raw(
    'alter table plans add constraint plans_nonnegative check (price_cents >= 0 and credits_per_month >= 0 and max_sites >= 0 and max_users >= 0 and max_keywords >= 0 and max_sectors_per_site >= 0)',
  );

  await knex.schema.createTable('industries', (t) => {
    t.uuid('id').primary().defaultTo(knex.raw('gen_random_uuid()'));
    t.text('slug').notNullable().unique();
    t.text('name').notNullable();
    t.text('description').notNullable().defaultTo('');
    t.integer('sort_order').notNullable().defaultTo(0);
  });
  await knex.schema.createTable('sectors', (t) => {
    t.uuid('id').primary().defaultTo(knex.raw('gen_random_uuid()'));
    t.uuid('industry_id').notNullable().references('industries.id').onDelete('CASCADE');
    t.text('slug').notNullable();
    t.text('name').notNullable();
    t.integer('sort_order').notNullable().defaultTo(0);
    t.unique(['industry_id', 'slug']);
  });

  await knex.schema.createTable('users', (t) => {
    t.uuid('id').primary().defaultTo(knex.raw('gen_random_uuid()'));
    t.text('email').notNullable();
    t.text('name').notNullable();
    t.text('password_hash').notNullable();
    t.timestamp('password_changed_at', { useTz: true }).notNullable().defaultTo(knex.fn.now());
    t.timestamps(true, true);
  });
  await knex.raw('create unique index users_email_unique on users (lower(email))');

  await knex.schema.createTable('accounts', (t) => {
    t.uuid('id').primary().defaultTo(knex.raw('gen_random_uuid()'));
    t.text('name').notNullable();
    t.text('status').notNullable().defaultTo('trial');
    t.uuid('plan_id').notNullable().references('plans.id');
    t.text('timezone').notNullable().defaultTo('UTC');
    t.timestamps(true, true);
  });
  await knex.raw(
    "alter table accounts add constraint accounts_status check (status in ('trial','active','suspended','cancelled'))",
  );

  const roleCheck = (table: string, column = 'role') =>
    knex.raw(
      `alter table ${table} add constraint ${table}_${column}_check check (${column} in ('owner','admin','editor','viewer'))`,
    );

  await knex.schema.createTable('memberships', (t) => {
    t.uuid('id').primary().defaultTo(knex.raw('gen_random_uuid()'));
    t.uuid('account_id').notNullable().references('accounts.id').onDelete('CASCADE');
    t.uuid('user_id').notNullable().references('users.id').onDelete('CASCADE');
    t.text('role').notNullable();
    t.timestamps(true, true);
    t.unique(['account_id', 'user_id']);
    t.index(['user_id']);
  });
  await roleCheck('memberships');

  await knex.schema.createTable('invitations', (t) => {
    t.uuid('id').primary().defaultTo(knex.raw('gen_random_uuid()'));
    t.uuid('account_id').notNullable().references('accounts.id').onDelete('CASCADE');
    t.text('email').notNullable();
    t.text('role').notNullable();
    t.text('token_hash').notNullable().unique();
    t.text('status').notNullable().defaultTo('pending');
    t.uuid('invited_by').references('users.id').onDelete('SET NULL');
    t.timestamp('expires_at', { useTz: true }).notNullable();
    t.timestamp('accepted_at', { useTz: true });
    t.timestamp('created_at', { useTz: true }).notNullable().defaultTo(knex.fn.now());
    t.index(['account_id', 'created_at', 'id']);
  });
  await roleCheck('invitations');
  await knex.raw(
    "alter table invitations add constraint invitations_status check (status in ('pending','accepted','revoked'))",
  );
  await knex.raw(
    "create unique index invitations_pending_email on invitations (account_id, lower(email)) where status = 'pending'",
  );

  await knex.schema.createTable('sites', (t) => {
    t.uuid('id').primary().defaultTo(knex.raw('gen_random_uuid()'));
    t.uuid('account_id').notNullable().references('accounts.id').onDelete('CASCADE');
    t.text('name').notNullable();
    t.text('url');
    t.text('description').notNullable().defaultTo('');
    t.uuid('industry_id').notNullable().references('industries.id');
    t.timestamps(true, true);
    t.index(['account_id', 'created_at', 'id']);
  });

  await knex.schema.createTable('site_sectors', (t) => {
    t.uuid('account_id').notNullable().references('accounts.id').onDelete('CASCADE');
    t.uuid('site_id').notNullable().references('sites.id').onDelete('CASCADE');
    t.uuid('sector_id').notNullable().references('sectors.id');
    t.integer('position').notNullable().defaultTo(0);
    t.timestamp('created_at', { useTz: true }).notNullable().defaultTo(knex.fn.now());
    t.primary(['site_id', 'sector_id']);
  });

  await knex.schema.createTable('site_user_access', (t) => {
    t.uuid('account_id').notNullable().references('accounts.id').onDelete('CASCADE');
    t.uuid('site_id').notNullable().references('sites.id').onDelete('CASCADE');
    t.uuid('user_id').notNullable().references('users.id').onDelete('CASCADE');
    t.timestamp('created_at', { useTz: true }).notNullable().defaultTo(knex.fn.now());
    t.primary(['site_id', 'user_id']);
    t.index(['account_id', 'user_id']);
  });

  await knex.schema.createTable('api_keys', (t) => {
    t.uuid('id').primary().defaultTo(knex.raw('gen_random_uuid()'));
    t.uuid('account_id').notNullable().references('accounts.id').onDelete('CASCADE');
    t.text('name').notNullable();
    t.text('prefix').notNullable();
    t.text('secret_hash').notNullable().unique();
    t.text('role').notNullable();
    t.uuid('site_id').references('sites.id').onDelete('CASCADE');
    t.uuid('created_by').references('users.id').onDelete('SET NULL');
    t.timestamp('expires_at', { useTz: true });
    t.timestamp('last_used_at', { useTz: true });
    t.timestamp('revoked_at', { useTz: true });
    t.timestamp('created_at', { useTz: true }).notNullable().defaultTo(knex.fn.now());
    t.index(['account_id', 'created_at', 'id']);
  });
  await roleCheck('api_keys');

  await knex.schema.createTable('operations', (t) => {
    t.uuid('id').primary().defaultTo(knex.raw('gen_random_uuid()'));
    t.uuid('account_id').notNullable().references('accounts.id').onDelete('CASCADE');
    t.text('kind').notNullable();
    t.text('status').notNullable().defaultTo('queued');
    t.integer('progress_done').notNullable().defaultTo(0);
    t.integer('progress_total').notNullable().defaultTo(0);
    t.jsonb('input').notNullable().defaultTo('{}');
    t.jsonb('result');
    t.jsonb('error');
    t.uuid('created_by').references('users.id').onDelete('SET NULL');
    t.timestamps(true, true);
    t.timestamp('finished_at', { useTz: true });
    t.index(['account_id', 'created_at']);
  });
  await knex.raw(
    "alter table operations add constraint operations_status check (status in ('queued','running','succeeded','failed','cancelled'))",
  );

  // Credentials looked up before the tenant is known: hashed, never tenant-visible.
  await knex.schema.createTable('refresh_tokens', (t) => {
    t.uuid('id').primary().defaultTo(knex.raw('gen_random_uuid()'));
    t.uuid('family_id').notNullable();
    t.uuid('user_id').notNullable().references('users.id').onDelete('CASCADE');
    t.uuid('account_id').notNullable().references('accounts.id').onDelete('CASCADE');
    t.text('token_hash').notNullable().unique();
    t.timestamp('expires_at', { useTz: true }).notNullable();
    t.timestamp('rotated_at', { useTz: true });
    t.timestamp('revoked_at', { useTz: true });
    t.text('revoked_reason');
    t.timestamp('created_at', { useTz: true }).notNullable().defaultTo(knex.fn.now());
    t.index(['family_id']);
    t.index(['user_id']);
  });
  await knex.schema.createTable('password_reset_tokens', (t) => {
    t.uuid('id').primary().defaultTo(knex.raw('gen_random_uuid()'));
    t.uuid('user_id').notNullable().references('users.id').onDelete('CASCADE');
    t.text('token_hash').notNullable().unique();
    t.timestamp('expires_at', { useTz: true }).notNullable();
    t.timestamp('used_at', { useTz: true });
    t.timestamp('created_at', { useTz: true }).notNullable().defaultTo(knex.fn.now());
  });

  // Row-level security: ENABLE and FORCE, so that even the table owner obeys the policies.
  for (const table of TENANT_TABLES) {
    await knex.raw(`alter table ${table} enable row level security`);
    await knex.raw(`alter table ${table} force row level security`);
  }
  await knex.raw(`
    create policy tenant_isolation on accounts
      using (id = igny8_current_account()
             or id in (select m.account_id from memberships m where m.user_id = igny8_current_user()))
      with check (id = igny8_current_account());
    create policy tenant_isolation on memberships
      using (account_id = igny8_current_account() or user_id = igny8_current_user())
      with check (account_id = igny8_current_account());
  `);
  for (const table of TENANT_TABLES.filter((t) => t !== 'accounts' && t !== 'memberships')) {
    await knex.raw(
      `create policy tenant_isolation on ${table} using (account_id = igny8_current_account()) with check (account_id = igny8_current_account())`,
    );
  }

  // The two look-ups that must cross tenants, as narrow definer functions: from a credential's
  // hash to the account it belongs to. They return no secret and nothing else.
  await knex.raw(`
    create or replace function igny8_api_key_account(p_secret_hash text) returns uuid
      language sql stable security definer set search_path = public as
      $$ select account_id from api_keys where secret_hash = p_secret_hash $$;
    create or replace function igny8_invitation_account(p_token_hash text) returns uuid
      language sql stable security definer set search_path = public as
      $$ select account_id from invitations where token_hash = p_token_hash $$;
  `);
}

export async function down(knex: Knex): Promise<void> {
  // The accounts policy reads memberships; drop it before the tables.
  await knex.raw('drop policy if exists tenant_isolation on accounts');
  await knex.raw('drop function if exists igny8_api_key_account(text), igny8_invitation_account(text)');
  for (const table of [
    'password_reset_tokens',
    'refresh_tokens',
    'operations',
    'api_keys',
    'site_user_access',
    'site_sectors',
    'sites',
    'invitations',
    'memberships',
    'accounts',
    'users',
    'sectors',
    'industries',
    'plans',
  ]) {
    await knex.schema.dropTableIfExists(table);
  }
  await knex.raw('drop function if exists igny8_current_account(), igny8_current_user()');
}
