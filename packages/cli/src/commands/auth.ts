// `igny8 login`, `logout` and `whoami`. Login asks for what it was not given (the password without echo), or
// reads the password from stdin (`--password-stdin`) for scripts, and stores the session in the config file —
// never the password.
import type { Context } from '../context.js';
import { usage } from '../errors.js';
import { num } from '../output.js';
import { askHidden, askLine, readFirstLine, requireTerminal } from '../prompt.js';

export interface LoginOptions {
  email?: string;
  passwordStdin?: boolean;
  account?: string;
}

export async function login(ctx: Context, options: LoginOptions): Promise<void> {
  const { streams } = ctx.io;
  let email = options.email?.trim();
  if (!email) {
    requireTerminal(streams, 'the email', 'Give it with --email.');
    email = (await askLine(streams, 'Email: ')).trim();
  }
  let password: string;
  if (options.passwordStdin) password = await readFirstLine(streams.stdin);
  else {
    requireTerminal(streams, 'the password', 'Pipe it in with --password-stdin.');
    password = await askHidden(streams, 'Password: ');
  }
  if (!email) throw usage('The email is empty.');
  if (!password) throw usage('The password is empty.');

  const s = await ctx
    .anonymous()
    .auth.login({ email, password, ...(options.account ? { account_id: options.account } : {}) });
  await ctx.save((entry, config) => {
    // Another account's default site is not this one's.
    if (entry.session?.account_id !== s.account.id) delete entry.site;
    entry.session = {
      email: s.user.email,
      account_id: s.account.id,
      account_name: s.account.name,
      refresh_token: s.refresh_token,
      access_token: s.access_token,
      access_expires_at: new Date(Date.now() + s.expires_in * 1000).toISOString(),
    };
    config.base_url = ctx.baseUrl;
  });
  if (ctx.options.apiKey)
    ctx.out.note('Note: an API key is set (--api-key or IGNY8_API_KEY); it is used before this login.');
  ctx.out.result({ base_url: ctx.baseUrl, user: s.user, account: s.account, role: s.role }, [
    `Signed in to ${ctx.baseUrl} as ${s.user.email} (${s.role} of ${s.account.name}).`,
    `The session is kept in ${ctx.configPath}.`,
  ]);
}

export async function logout(ctx: Context): Promise<void> {
  const session = ctx.entry.session;
  if (session) {
    // Revoke it on the server too; signing out locally works even when the server cannot be reached.
    await ctx
      .anonymous()
      .auth.logout({ refresh_token: session.refresh_token })
      .catch(() => ctx.out.note(`Could not reach ${ctx.baseUrl} to revoke the session; it is forgotten here.`));
    await ctx.save((entry) => {
      delete entry.session;
    });
  }
  ctx.out.result({ base_url: ctx.baseUrl, signed_out: !!session }, [
    session ? `Signed out of ${ctx.baseUrl} (${session.email}).` : `Not signed in to ${ctx.baseUrl}.`,
  ]);
}

export async function whoami(ctx: Context): Promise<void> {
  const client = await ctx.client();
  const me = await client.me.get();
  // The balance is a bonus: a key that may not read it still gets the rest.
  const balance = await client.billing.balance().catch(() => null);
  const stored = ctx.entry.site;
  const site = stored ? await client.sites.get(stored).catch(() => null) : null;
  ctx.out.result({ base_url: ctx.baseUrl, ...me, balance, default_site: site }, () => [
    `${me.user ? me.user.email : 'An API key'}: ${me.role} of ${me.account.name} (${me.account.plan.name} plan)`,
    `Server:       ${ctx.baseUrl}`,
    `Credentials:  ${me.credential === 'api_key' ? 'an API key' : `a session (igny8 login), kept in ${ctx.configPath}`}`,
    ...(balance ? [`Credits:      ${num(balance.available_credits)} available`] : []),
    ...(stored ? [`Default site: ${site ? `${site.slug} (${site.name})` : `${stored} (no longer visible)`}`] : []),
  ]);
}
