import type { Knex } from 'knex';

// The request's first statement: it sets the tenant for the transaction and returns what the router
// checks the credential against, read fresh on every request (a removed member, a changed password or a
// revoked key loses access at once). One statement instead of three or four, and it travels in the same
// round trip as the BEGIN (db/tenant.ts). Both run as the caller (security invoker): row-level security
// applies to what they read, with the tenant they have just set.
export async function up(knex: Knex): Promise<void> {
  await knex.raw(`
    create or replace function igny8_enter_user(p_account uuid, p_user uuid)
      returns table (role text, password_version integer, account_status text)
      language plpgsql volatile set search_path = public as $$
    begin
      perform set_config('app.account_id', p_account::text, true), set_config('app.user_id', p_user::text, true);
      return query
        select m.role, u.password_version, a.status
          from memberships m
          join users u on u.id = m.user_id
          join accounts a on a.id = m.account_id
         where m.account_id = p_account and m.user_id = p_user;
    end $$;

    create or replace function igny8_enter_api_key(p_secret_hash text)
      returns table (id uuid, account_id uuid, role text, site_id uuid, expires_at timestamptz,
                     last_used_at timestamptz, revoked_at timestamptz, account_status text)
      language plpgsql volatile set search_path = public as $$
    declare
      v_account uuid := igny8_api_key_account(p_secret_hash);
    begin
      if v_account is null then
        return;
      end if;
      perform set_config('app.account_id', v_account::text, true), set_config('app.user_id', '', true);
      return query
        select k.id, k.account_id, k.role, k.site_id, k.expires_at, k.last_used_at, k.revoked_at, a.status
          from api_keys k
          join accounts a on a.id = k.account_id
         where k.secret_hash = p_secret_hash;
    end $$;
  `);
}

export async function down(knex: Knex): Promise<void> {
  await knex.raw('drop function if exists igny8_enter_user(uuid, uuid), igny8_enter_api_key(text)');
}
