// `igny8 sites list` and `igny8 sites use <site>` (the default site of later commands, kept per server).
import type { Schemas } from '@igny8/sdk';
import { type Context, findSite } from '../context.js';
import { table } from '../output.js';

export async function list(ctx: Context): Promise<void> {
  const client = await ctx.client();
  const sites: Schemas['Site'][] = [];
  for await (const s of client.sites.list({ limit: 100 })) sites.push(s);
  const current = ctx.entry.site;
  ctx.out.result(sites, () =>
    sites.length === 0
      ? ['No sites yet: create one in the app.']
      : table([
          ['', 'SLUG', 'NAME', 'STATE', 'ID'],
          ...sites.map((s) => [s.id === current ? '*' : '', s.slug, s.name, s.active ? 'live' : 'paused', s.id]),
        ]),
  );
}

export async function use(ctx: Context, wanted: string): Promise<void> {
  const client = await ctx.client();
  const sites: Schemas['Site'][] = [];
  for await (const s of client.sites.list({ limit: 100 })) sites.push(s);
  const site = findSite(sites, wanted);
  await ctx.save((entry) => {
    entry.site = site.id;
  });
  ctx.out.result(site, [`The default site for ${ctx.baseUrl} is now ${site.slug} (${site.name}).`]);
}
