import type { Knex } from 'knex';
import { isolateTenantTable } from './tenant-policy.js';

// The account's audit log (GET /v1/audit-events). `audit_events` came with billing (0002) for the operator's actions
// alone; it now records who did what in an account — a member, an API key, a site, the operator or the server itself —
// as it was then (`actor_label`: an email, a key's name, a site's name), what was acted on, and from where.
//
// Append-only, like the credit ledger: a trigger refuses every update, delete and truncate whoever asks (the owner
// role included), and the application role has no such privilege either (`grantAppRole`).
//
// Deleting an account takes its log with it (a cascade), unlike the ledger, whose financial records outlive the
// account. The log is the account's own record for its owners, the only ones who can read it, and it is personal
// data (members' emails, the addresses they came from); once the account is gone nobody can read it as the
// account, and what must be kept about money is kept by the ledger, invoices and payments. So the trigger lets a
// row go in exactly one way: the foreign key's cascade (it runs inside the key's own trigger, and the account row is
// already gone). The operator's actions on the platform's catalogue (plans, costs, packages) have no account and are
// kept (`account_id` null; only the operator sees them).
export async function up(knex: Knex): Promise<void> {
  // The migration reads and rewrites rows of several accounts: it acts as the operator, whom every policy admits.
  await knex.raw("select set_config('app.operator', 'on', true)");
  await knex.raw(`
    alter table audit_events
      alter column actor_id drop not null,
      alter column actor_id type uuid using actor_id::uuid,
      add column actor_label text,
      add column target_type text,
      add column target_id text,
      add column ip inet;
    alter table audit_events alter column created_at set default clock_timestamp();
  `);
  // The rows of 0002, in the contract's vocabulary: the operator's actions on an account, payments filed under the
  // payment's account, each with the operator's email.
  await knex.raw(`
    update audit_events set
      action = case action
        when 'credits.adjust' then 'credits.adjusted'
        when 'account.status' then 'account.status_changed'
        when 'account.ai' then 'account.ai_settings_changed'
        else action end,
      target_type = 'account',
      target_id = account_id::text
    where action in ('credits.adjust', 'account.status', 'account.ai');
    update audit_events e set
      action = case e.action when 'payment.approve' then 'payment.approved' else 'payment.rejected' end,
      account_id = (select a.id from accounts a where a.id = p.account_id),
      target_type = 'payment',
      target_id = p.id::text
    from payments p
    where e.action in ('payment.approve', 'payment.reject') and p.id::text = e.data->>'payment_id';
    update audit_events e set actor_label = o.email from operators o where e.actor_type = 'operator' and o.id = e.actor_id;
    -- What the cascade below would have removed had it been there: the rows of accounts deleted since.
    delete from audit_events e where e.account_id is not null and not exists (select 1 from accounts a where a.id = e.account_id);
  `);
  await knex.raw(`
    alter table audit_events add constraint audit_events_account_fk
      foreign key (account_id) references accounts (id) on delete cascade;
    alter table audit_events add constraint audit_events_actor_type
      check (actor_type in ('user', 'api_key', 'operator', 'site', 'system'));
    drop index if exists audit_events_account_id_created_at_index;
    -- Newest first, in keyset pages; and the same filtered by action or by actor.
    create index audit_events_page on audit_events (account_id, created_at desc, id desc);
    create index audit_events_by_action on audit_events (account_id, action, created_at desc, id desc);
    create index audit_events_by_actor on audit_events (account_id, actor_id, created_at desc, id desc)
      where actor_id is not null;
  `);
  await knex.raw(`
    create or replace function igny8_audit_events_guard() returns trigger language plpgsql as $$
      begin
        -- The one way out: the cascade of the account's deletion. It runs within the foreign key's trigger (a depth
        -- above 1), after the account row is gone; a statement of anyone's runs at depth 1 and is refused.
        if tg_op = 'DELETE' and pg_trigger_depth() > 1 and old.account_id is not null
           and not exists (select 1 from accounts where id = old.account_id) then
          return old;
        end if;
        raise exception 'audit_events is append-only' using errcode = 'insufficient_privilege';
      end $$;
    create trigger audit_events_append_only before update or delete on audit_events
      for each row execute function igny8_audit_events_guard();
    create trigger audit_events_no_truncate before truncate on audit_events
      for each statement execute function igny8_append_only();
  `);
  await knex.raw('drop policy if exists tenant_isolation on audit_events');
  await isolateTenantTable(knex, 'audit_events');
}

export async function down(knex: Knex): Promise<void> {
  await knex.raw(`
    drop trigger if exists audit_events_append_only on audit_events;
    drop trigger if exists audit_events_no_truncate on audit_events;
    drop function if exists igny8_audit_events_guard();
    drop index if exists audit_events_page;
    drop index if exists audit_events_by_action;
    drop index if exists audit_events_by_actor;
    create index audit_events_account_id_created_at_index on audit_events (account_id, created_at);
    alter table audit_events drop constraint if exists audit_events_account_fk;
    alter table audit_events drop constraint if exists audit_events_actor_type;
    alter table audit_events alter column created_at set default now();
    alter table audit_events
      drop column actor_label,
      drop column target_type,
      drop column target_id,
      drop column ip,
      alter column actor_id type text using coalesce(actor_id::text, '');
    alter table audit_events alter column actor_id set not null;
  `);
}
