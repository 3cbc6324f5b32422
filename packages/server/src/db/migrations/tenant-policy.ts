import type { Knex } from 'knex';

/**
 * Row-level security for a tenant table: its rows are the account's (`account_id` = the transaction's tenant) or the
 * operator's to see, whoever queries it, the table's owner included (FORCE).
 */
export async function isolateTenantTable(knex: Knex, table: string): Promise<void> {
  await knex.raw(`
    alter table ${table} enable row level security;
    alter table ${table} force row level security;
    create policy tenant_isolation on ${table}
      using (account_id = igny8_current_account() or igny8_is_operator())
      with check (account_id = igny8_current_account() or igny8_is_operator());`);
}
