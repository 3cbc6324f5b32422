import type { Knex } from 'knex';

/** Tenant tables from 0001 whose policies gain the operator clause. */
const FOUNDATION_TABLES = [
  'memberships',
  'invitations',
  'api_keys',
  'sites',
  'site_sectors',
  'site_user_access',
  'operations',
];

/** Tenant tables added here. */
const BILLING_TABLES = [
  'credit_balances',
  'credit_ledger',
  'credit_reservations',
  'usage_records',
  'subscriptions',
  'invoices',
  'invoice_lines',
  'payments',
  'notifications',
  'idempotency_keys',
  'audit_events',
];

const tenantPolicy = (table: string) => `
  drop policy if exists tenant_isolation on ${table};
  create policy tenant_isolation on ${table}
    using (account_id = igny8_current_account() or igny8_is_operator())
    with check (account_id = igny8_current_account() or igny8_is_operator());`;

export async function up(knex: Knex): Promise<void> {
  // The operator (platform admin) acts across accounts; requests authenticated with an operator
  // token set app.operator, and only those.
  await knex.raw(`
    create or replace function igny8_is_operator() returns boolean
      language sql stable as $$ select coalesce(current_setting('app.operator', true), '') = 'on' $$;
  `);

  await knex.schema.createTable('operators', (t) => {
    t.uuid('id').primary().defaultTo(knex.raw('gen_random_uuid()'));
    t.text('email').notNullable();
    t.text('name').notNullable();
    t.text('password_hash').notNullable();
    t.timestamps(true, true);
  });
  await knex.raw('create unique index operators_email_unique on operators (lower(email))');

  await knex.schema.alterTable('sites', (t) => {
    t.integer('monthly_credit_cap');
  });
  await knex.raw(
    'alter table sites add constraint sites_cap_nonnegative check (monthly_credit_cap is null or monthly_credit_cap >= 0)',
  );

  await knex.schema.createTable('credit_balances', (t) => {
    t.uuid('account_id').primary().references('accounts.id').onDelete('CASCADE');
    t.integer('plan_credits').notNullable().defaultTo(0);
    t.integer('bonus_credits').notNullable().defaultTo(0);
    t.timestamp('updated_at', { useTz: true }).notNullable().defaultTo(knex.fn.now());
  });
  // The last line of defence: whatever the code does, a pool cannot go below zero.
  await knex.raw(
    'alter table credit_balances add constraint credit_balances_nonnegative check (plan_credits >= 0 and bonus_credits >= 0)',
  );

  // Financial records outlive the account (no foreign key to accounts): the ledger, invoices and
  // payments are kept when an account is deleted.
  await knex.schema.createTable('credit_ledger', (t) => {
    t.uuid('id').primary().defaultTo(knex.raw('gen_random_uuid()'));
    t.bigIncrements('seq', { primaryKey: false });
    t.uuid('account_id').notNullable();
    t.text('kind').notNullable();
    t.text('pool').notNullable();
    t.integer('amount').notNullable();
    t.integer('plan_balance_after').notNullable();
    t.integer('bonus_balance_after').notNullable();
    t.text('reservation_key');
    t.text('reason');
    t.text('actor');
    t.timestamp('created_at', { useTz: true }).notNullable().defaultTo(knex.fn.now());
    t.index(['account_id', 'seq']);
  });
  await knex.raw(`
    alter table credit_ledger add constraint credit_ledger_kind check
      (kind in ('grant','purchase','reserve','capture','release','refund','adjustment','expiry'));
    alter table credit_ledger add constraint credit_ledger_pool check (pool in ('plan','bonus'));
    alter table credit_ledger add constraint credit_ledger_after_nonnegative check (plan_balance_after >= 0 and bonus_balance_after >= 0);
    create or replace function igny8_append_only() returns trigger language plpgsql as $$
      begin raise exception '% is append-only', tg_table_name using errcode = 'insufficient_privilege'; end $$;
    create trigger credit_ledger_append_only before update or delete on credit_ledger
      for each row execute function igny8_append_only();
    create trigger credit_ledger_no_truncate before truncate on credit_ledger
      for each statement execute function igny8_append_only();
  `);

  await knex.schema.createTable('credit_reservations', (t) => {
    t.uuid('id').primary().defaultTo(knex.raw('gen_random_uuid()'));
    t.uuid('account_id').notNullable().references('accounts.id').onDelete('CASCADE');
    t.text('key').notNullable();
    t.text('operation').notNullable();
    t.uuid('site_id');
    t.integer('plan_credits').notNullable();
    t.integer('bonus_credits').notNullable();
    t.integer('captured_credits');
    t.text('status').notNullable().defaultTo('held');
    t.timestamp('expires_at', { useTz: true }).notNullable();
    t.timestamp('created_at', { useTz: true }).notNullable().defaultTo(knex.fn.now());
    t.timestamp('settled_at', { useTz: true });
    t.unique(['account_id', 'key']);
  });
  await knex.raw(`
    alter table credit_reservations add constraint credit_reservations_status check (status in ('held','captured','released'));
    alter table credit_reservations add constraint credit_reservations_nonnegative check (plan_credits >= 0 and bonus_credits >= 0);
    create index credit_reservations_expiring on credit_reservations (expires_at) where status = 'held';
    create index credit_reservations_site_month on credit_reservations (account_id, site_id, created_at);
  `);

  await knex.schema.createTable('credit_costs', (t) => {
    t.uuid('id').primary().defaultTo(knex.raw('gen_random_uuid()'));
    t.text('operation').notNullable();
    t.text('variant').notNullable().defaultTo('default');
    t.text('provider').notNullable().defaultTo('*');
    t.text('unit').notNullable();
    t.integer('unit_size').notNullable().defaultTo(1);
    t.integer('credits').notNullable();
    t.timestamp('updated_at', { useTz: true }).notNullable().defaultTo(knex.fn.now());
    t.unique(['operation', 'variant', 'provider']);
  });
  await knex.raw('alter table credit_costs add constraint credit_costs_valid check (unit_size >= 1 and credits >= 0)');

  await knex.schema.createTable('usage_records', (t) => {
    t.uuid('id').primary().defaultTo(knex.raw('gen_random_uuid()'));
    t.uuid('account_id').notNullable();
    t.uuid('site_id');
    t.text('operation').notNullable();
    t.text('provider').notNullable();
    t.text('model');
    t.integer('tokens_in').notNullable().defaultTo(0);
    t.integer('tokens_out').notNullable().defaultTo(0);
    t.bigInteger('cost_usd_micros').notNullable().defaultTo(0);
    t.integer('credits').notNullable();
    t.text('reservation_key');
    t.timestamp('created_at', { useTz: true }).notNullable().defaultTo(knex.fn.now());
    t.index(['account_id', 'created_at']);
  });

  await knex.schema.createTable('subscriptions', (t) => {
    t.uuid('id').primary().defaultTo(knex.raw('gen_random_uuid()'));
    t.uuid('account_id').notNullable().unique().references('accounts.id').onDelete('CASCADE');
    t.uuid('plan_id').notNullable().references('plans.id');
    t.text('status').notNullable();
    t.timestamp('current_period_start', { useTz: true }).notNullable();
    t.timestamp('current_period_end', { useTz: true }).notNullable();
    t.uuid('pending_plan_id').references('plans.id');
    t.timestamp('past_due_since', { useTz: true });
    t.timestamps(true, true);
  });
  await knex.raw(`
    alter table subscriptions add constraint subscriptions_status check (status in ('trialing','active','past_due','cancelled'));
    create index subscriptions_due on subscriptions (current_period_end);
  `);

  await knex.schema.createTable('credit_packages', (t) => {
    t.uuid('id').primary().defaultTo(knex.raw('gen_random_uuid()'));
    t.text('code').notNullable().unique();
    t.text('name').notNullable();
    t.integer('credits').notNullable();
    t.integer('price_cents').notNullable();
    t.text('currency').notNullable().defaultTo('USD');
    t.boolean('active').notNullable().defaultTo(true);
    t.timestamps(true, true);
  });
  await knex.raw(
    'alter table credit_packages add constraint credit_packages_valid check (credits > 0 and price_cents >= 0)',
  );

  // One counter row: taking a number is an UPDATE of it, so numbers are handed out one transaction
  // at a time and a rolled-back invoice gives its number back.
  await knex.schema.createTable('invoice_counter', (t) => {
    t.integer('id').primary();
    t.bigInteger('last_number').notNullable();
  });
  await knex.raw('alter table invoice_counter add constraint invoice_counter_single check (id = 1)');
  await knex('invoice_counter').insert({ id: 1, last_number: 0 });

  await knex.schema.createTable('invoices', (t) => {
    t.uuid('id').primary().defaultTo(knex.raw('gen_random_uuid()'));
    t.uuid('account_id').notNullable();
    t.bigInteger('number').notNullable().unique();
    t.text('kind').notNullable();
    t.text('status').notNullable();
    t.text('currency').notNullable();
    t.integer('subtotal_cents').notNullable();
    t.integer('tax_cents').notNullable().defaultTo(0);
    t.integer('total_cents').notNullable();
    t.text('customer_name').notNullable();
    t.text('customer_email');
    t.timestamp('period_start', { useTz: true });
    t.timestamp('period_end', { useTz: true });
    t.timestamp('due_at', { useTz: true });
    t.timestamp('paid_at', { useTz: true });
    t.uuid('plan_id').references('plans.id');
    t.uuid('credit_package_id').references('credit_packages.id');
    t.integer('bonus_credits');
    t.timestamps(true, true);
    t.index(['account_id', 'created_at', 'id']);
  });
  await knex.raw(`
    alter table invoices add constraint invoices_kind check (kind in ('subscription','credit_package','custom'));
    alter table invoices add constraint invoices_status check (status in ('draft','pending','paid','void','uncollectible'));
    alter table invoices add constraint invoices_amounts check (subtotal_cents >= 0 and tax_cents >= 0 and total_cents = subtotal_cents + tax_cents);
  `);
  await knex.schema.createTable('invoice_lines', (t) => {
    t.uuid('id').primary().defaultTo(knex.raw('gen_random_uuid()'));
    t.uuid('account_id').notNullable();
    t.uuid('invoice_id').notNullable().references('invoices.id').onDelete('CASCADE');
    t.integer('position').notNullable();
    t.text('description').notNullable();
    t.integer('quantity').notNullable();
    t.integer('unit_cents').notNullable();
    t.integer('amount_cents').notNullable();
  });

  await knex.schema.createTable('payments', (t) => {
    t.uuid('id').primary().defaultTo(knex.raw('gen_random_uuid()'));
    t.uuid('account_id').notNullable();
    t.uuid('invoice_id').notNullable().references('invoices.id');
    t.text('method').notNullable();
    t.text('status').notNullable();
    t.integer('amount_cents').notNullable();
    t.text('currency').notNullable();
    t.text('reference');
    t.text('stripe_session_id').unique();
    t.text('checkout_url');
    t.text('decided_by');
    t.text('decision_reason');
    t.timestamps(true, true);
    t.index(['account_id', 'created_at', 'id']);
  });
  await knex.raw(`
    alter table payments add constraint payments_method check (method in ('manual','stripe'));
    alter table payments add constraint payments_status check (status in ('pending_approval','pending','succeeded','failed','refunded'));
  `);

  // Stripe events handled, by id: a redelivered event finds its row and does nothing.
  await knex.schema.createTable('stripe_events', (t) => {
    t.text('event_id').primary();
    t.text('type').notNullable();
    t.timestamp('received_at', { useTz: true }).notNullable().defaultTo(knex.fn.now());
  });

  await knex.schema.createTable('notifications', (t) => {
    t.uuid('id').primary().defaultTo(knex.raw('gen_random_uuid()'));
    t.uuid('account_id').notNullable().references('accounts.id').onDelete('CASCADE');
    t.text('kind').notNullable();
    t.text('title').notNullable();
    t.text('body').notNullable();
    t.jsonb('data').notNullable().defaultTo('{}');
    t.text('dedupe_key');
    t.timestamp('read_at', { useTz: true });
    t.timestamp('created_at', { useTz: true }).notNullable().defaultTo(knex.fn.now());
    t.unique(['account_id', 'dedupe_key']);
    t.index(['account_id', 'created_at']);
  });

  await knex.schema.createTable('idempotency_keys', (t) => {
    t.uuid('id').primary().defaultTo(knex.raw('gen_random_uuid()'));
    t.uuid('account_id');
    t.text('scope').notNullable();
    t.text('key').notNullable();
    t.text('request_hash').notNullable();
    t.integer('response_status').notNullable();
    // Text, not jsonb: a replay must be byte-for-byte the first answer (jsonb reorders keys).
    t.text('response_body');
    t.jsonb('response_headers').notNullable().defaultTo('{}');
    t.timestamp('created_at', { useTz: true }).notNullable().defaultTo(knex.fn.now());
    t.unique(['scope', 'key']);
    t.index(['created_at']);
  });

  await knex.schema.createTable('audit_events', (t) => {
    t.uuid('id').primary().defaultTo(knex.raw('gen_random_uuid()'));
    t.uuid('account_id');
    t.text('actor_type').notNullable();
    t.text('actor_id').notNullable();
    t.text('action').notNullable();
    t.jsonb('data').notNullable().defaultTo('{}');
    t.timestamp('created_at', { useTz: true }).notNullable().defaultTo(knex.fn.now());
    t.index(['account_id', 'created_at']);
  });

  for (const table of BILLING_TABLES) {
    await knex.raw(`alter table ${table} enable row level security`);
    await knex.raw(`alter table ${table} force row level security`);
  }
  for (const table of [...FOUNDATION_TABLES, ...BILLING_TABLES]) {
    // idempotency keys of operator requests have no account: they are the operator's alone.
    if (table === 'idempotency_keys' || table === 'audit_events') {
      await knex.raw(`
        drop policy if exists tenant_isolation on ${table};
        create policy tenant_isolation on ${table}
          using ((account_id is not null and account_id = igny8_current_account()) or igny8_is_operator())
          with check ((account_id is not null and account_id = igny8_current_account()) or igny8_is_operator());`);
    } else {
      await knex.raw(tenantPolicy(table));
    }
  }
  await knex.raw(`
    drop policy tenant_isolation on accounts;
    create policy tenant_isolation on accounts
      using (id = igny8_current_account()
             or id in (select m.account_id from memberships m where m.user_id = igny8_current_user())
             or igny8_is_operator())
      with check (id = igny8_current_account() or igny8_is_operator());
    drop policy tenant_isolation on memberships;
    create policy tenant_isolation on memberships
      using (account_id = igny8_current_account() or user_id = igny8_current_user() or igny8_is_operator())
      with check (account_id = igny8_current_account() or igny8_is_operator());
  `);
  // Catalogue tables everyone reads and only the operator edits (through the application role;
  // the owner, which seeds them, is not bound).
  for (const table of OPERATOR_EDITED) {
    await knex.raw(`
      alter table ${table} enable row level security;
      create policy read_all on ${table} for select using (true);
      create policy operator_writes on ${table} for all using (igny8_is_operator()) with check (igny8_is_operator());`);
  }
}

const OPERATOR_EDITED = ['plans', 'credit_costs', 'credit_packages'];

export async function down(knex: Knex): Promise<void> {
  await knex.raw(`
    drop policy read_all on plans;
    drop policy operator_writes on plans;
    alter table plans disable row level security;
  `);
  // (credit_costs and credit_packages go with their tables below.)
  await knex.raw(`
    drop policy tenant_isolation on accounts;
    create policy tenant_isolation on accounts
      using (id = igny8_current_account()
             or id in (select m.account_id from memberships m where m.user_id = igny8_current_user()))
      with check (id = igny8_current_account());
    drop policy tenant_isolation on memberships;
    create policy tenant_isolation on memberships
      using (account_id = igny8_current_account() or user_id = igny8_current_user())
      with check (account_id = igny8_current_account());
  `);
  for (const table of FOUNDATION_TABLES) {
    await knex.raw(`
      drop policy tenant_isolation on ${table};
      create policy tenant_isolation on ${table} using (account_id = igny8_current_account()) with check (account_id = igny8_current_account());`);
  }
  // The ledger refuses deletes, truncates included; dropping the table is the one way out.
  for (const table of [
    'audit_events',
    'idempotency_keys',
    'notifications',
    'stripe_events',
    'payments',
    'invoice_lines',
    'invoices',
    'invoice_counter',
    'credit_packages',
    'subscriptions',
    'usage_records',
    'credit_costs',
    'credit_reservations',
    'credit_ledger',
    'credit_balances',
    'operators',
  ]) {
    await knex.schema.dropTableIfExists(table);
  }
  await knex.raw('drop function if exists igny8_append_only()');
  await knex.schema.alterTable('sites', (t) => {
    t.dropColumn('monthly_credit_cap');
  });
  await knex.raw('drop function if exists igny8_is_operator()');
}
