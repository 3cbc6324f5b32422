// The Settings screen's API: the caller, the account and its plan, the site and its sectors, the industries, the
// writer settings, the WordPress connection, members, invitations, site access, API keys, notifications and the
// site's budget — in the schemas' shapes, with the refusals the server gives (validation by field, the plan's sector
// limit, an admin-only operation for a lower role). Its own state per fake API, so a test sees its changes.
import { created, type FakeReply, type FakeRoutes, NOW, notFound, ok, page, SITE, SITE_ID } from './common.js';

const id = (n: number) => `77777777-7777-4777-8777-${String(n).padStart(12, '0')}`;
export const INDUSTRY_ID = id(1);
const OTHER_INDUSTRY_ID = id(2);
export const SECTORS = {
  gardening: id(11),
  landscaping: id(12),
  indoor: id(13),
  lawn: id(14),
  recipes: id(21),
};
export const MEMBERS = { owner: id(31), admin: id(32), editor: id(33) };
export const INVITATION_ID = id(41);
export const API_KEY_ID = id(51);
export const NOTIFICATIONS = { credits: id(61), invoice: id(62), old: id(63) };

/** Owners and admins reach every site: a widget session (scoped to one site) may not grant, change or remove them. */
const reachesEverySite = (role: string) => role === 'owner' || role === 'admin';
const scopedToSite = (role: string): FakeReply =>
  refuse(
    403,
    'FORBIDDEN',
    `A credential scoped to one site cannot grant or change the ${role} role, which reaches every site; it manages editors and viewers.`,
  );

const later = (ms: number) => new Date(Date.now() + ms).toISOString();
const refuse = (status: number, code: string, message: string, details?: unknown): FakeReply => ({
  status,
  error: { code, message, ...(details ? { details } : {}) },
});
const invalid = (field: string, code: string) =>
  refuse(400, 'VALIDATION_FAILED', 'The request body is not valid.', {
    issues: [{ path: [field], code, message: `${field}: ${code}` }],
  });

export const PLAN = {
  id: id(90),
  code: 'pro',
  name: 'Pro',
  price_cents: 4900,
  currency: 'USD',
  credits_per_month: 20000,
  max_sites: 3,
  max_users: 5,
  max_keywords: 5000,
  max_sectors_per_site: 3,
};

export const ACCOUNT = {
  id: id(91),
  name: 'Garden Co',
  status: 'active',
  plan: PLAN,
  timezone: 'UTC',
  created_at: NOW,
  updated_at: NOW,
};

/** `GET /v1/me` for a widget session of this site with `role`. */
export const me = (role: 'owner' | 'admin' | 'editor' | 'viewer') => ({
  user: null,
  account: ACCOUNT,
  role,
  credential: 'api_key',
  site_ids: [SITE_ID],
  memberships: [],
});

const sector = (sid: string, industry_id: string, name: string) => ({
  id: sid,
  industry_id,
  slug: name.toLowerCase().replace(/ /g, '-'),
  name,
});

const INDUSTRIES = [
  {
    id: INDUSTRY_ID,
    slug: 'home-garden',
    name: 'Home & Garden',
    description: 'Homes, gardens and outdoor living.',
    sectors: [
      sector(SECTORS.gardening, INDUSTRY_ID, 'Gardening'),
      sector(SECTORS.landscaping, INDUSTRY_ID, 'Landscaping'),
      sector(SECTORS.indoor, INDUSTRY_ID, 'Indoor plants'),
      sector(SECTORS.lawn, INDUSTRY_ID, 'Lawn care'),
    ],
  },
  {
    id: OTHER_INDUSTRY_ID,
    slug: 'food',
    name: 'Food & Drink',
    description: 'Cooking and eating.',
    sectors: [sector(SECTORS.recipes, OTHER_INDUSTRY_ID, 'Recipes')],
  },
];

const ADMIN_ONLY = [
  ['PATCH', SITE],
  ['PUT', `${SITE}/sectors`],
  ['GET', `${SITE}/access`],
  ['PATCH', `${SITE}/writer-settings`],
  ['PUT', `${SITE}/budget`],
  ['POST', `${SITE}/integration/`],
  ['*', '/v1/account/invitations'],
  ['POST', '/v1/account/members'],
  ['PATCH', '/v1/account/members/'],
  ['DELETE', '/v1/account/members/'],
  ['*', '/v1/api-keys'],
] as const;

const adminOnly = (method: string, path: string) =>
  ADMIN_ONLY.some(
    ([m, p]) =>
      (m === '*' || m === method) && (p.endsWith('/') ? path.startsWith(p) : path === p || path.startsWith(`${p}/`)),
  );

/**
 * A session with a lower role, for a test's `routes`: `GET /v1/me` says so (or, with `unknownRole`, cannot be read)
 * and every admin-only operation is refused with 403 INSUFFICIENT_ROLE, as the server does.
 */
export function asRole(role: 'editor' | 'viewer', { unknownRole = false } = {}): FakeRoutes {
  return ({ method, path }) => {
    if (path === '/v1/me') return unknownRole ? refuse(403, 'FORBIDDEN', 'Not for this credential.') : ok(me(role));
    if (adminOnly(method, path)) return refuse(403, 'INSUFFICIENT_ROLE', `Your role (${role}) cannot do this.`);
    return undefined;
  };
}

/** `sectorIds`: the site's sectors to begin with (none: the site may still move to another industry). */
export function settingsRoutes({ sectorIds = [SECTORS.gardening] }: { sectorIds?: string[] } = {}): FakeRoutes {
  const state = {
    site: {
      id: SITE_ID,
      name: 'Example Garden Blog',
      slug: 'example-garden-blog',
      url: 'https://garden.example' as string | null,
      description: '',
      industry_id: INDUSTRY_ID,
      sector_ids: [...sectorIds],
      active: true,
      created_at: NOW,
      updated_at: NOW,
    },
    writer: {
      site_id: SITE_ID,
      language: null as string | null,
      tone: null as string | null,
      audience: null as string | null,
      point_of_view: 'second_person',
      reading_level: 'general',
      banned_words: [] as string[],
      style_guide: null as string | null,
      links_per_1000_words: 3,
      in_article_images: 2,
      allow_style: false,
      iframe_hosts: [] as string[],
      updated_at: null as string | null,
    },
    integration: {
      site_id: SITE_ID,
      status: 'connected',
      wordpress_url: 'https://garden.example',
      rest_url: 'https://garden.example/wp-json/',
      widget_origin: 'https://garden.example',
      wp_version: '6.1.9',
      plugin_version: '0.1.0',
      seo_plugin: 'yoast',
      connected_at: NOW,
      last_checked_at: NOW,
      last_error: 'WordPress answered 503 to the health check.' as string | null,
      synced_at: null as string | null,
      metadata: { post_types: ['post', 'page'], taxonomies: [], categories: [], tags: [], authors: [] } as Record<
        string,
        unknown[]
      >,
    },
    members: [
      {
        id: MEMBERS.owner,
        user_id: id(81),
        email: 'olivia@garden.example',
        name: 'Olivia Owner',
        role: 'owner',
        created_at: NOW,
      },
      {
        id: MEMBERS.admin,
        user_id: id(82),
        email: 'adam@garden.example',
        name: 'Adam Admin',
        role: 'admin',
        created_at: NOW,
      },
      {
        id: MEMBERS.editor,
        user_id: id(83),
        email: 'erin@garden.example',
        name: 'Erin Editor',
        role: 'editor',
        created_at: NOW,
      },
    ],
    invitations: [
      {
        id: INVITATION_ID,
        email: 'vic@garden.example',
        role: 'viewer',
        status: 'pending',
        expires_at: '2026-01-08T00:00:00Z',
        created_at: NOW,
      },
    ],
    keys: [
      {
        id: API_KEY_ID,
        name: 'CI deploy',
        prefix: 'igny8_sk_a1b2c3',
        role: 'editor',
        site_id: SITE_ID as string | null,
        expires_at: null as string | null,
        last_used_at: NOW as string | null,
        revoked_at: null as string | null,
        created_at: NOW,
      },
      {
        id: id(52),
        name: 'Old importer',
        prefix: 'igny8_sk_d4e5f6',
        role: 'viewer',
        site_id: null,
        expires_at: null,
        last_used_at: null,
        revoked_at: NOW,
        created_at: NOW,
      },
    ],
    notifications: [
      {
        id: NOTIFICATIONS.credits,
        kind: 'credits.threshold_80',
        title: '80% of your credits used',
        body: 'You have used 80% of this period’s plan credits.',
        data: {},
        read_at: null as string | null,
        created_at: '2026-01-03T00:00:00Z',
      },
      {
        id: NOTIFICATIONS.invoice,
        kind: 'invoice.paid',
        title: 'Invoice paid',
        body: 'Invoice INV-0001 was paid.',
        data: {},
        read_at: null as string | null,
        created_at: '2026-01-02T00:00:00Z',
      },
      {
        id: NOTIFICATIONS.old,
        kind: 'subscription.renewed',
        title: 'Subscription renewed',
        body: 'Your plan renewed.',
        data: {},
        read_at: NOW as string | null,
        created_at: NOW,
      },
    ],
    budget: { site_id: SITE_ID, monthly_credit_cap: null as number | null, used_this_month: 1234 },
    codes: 0,
    made: 0,
  };

  return async ({ method, path, url, body }) => {
    if (path === '/v1/me' && method === 'GET') return ok(me('admin'));
    if (path === '/v1/account' && method === 'GET') return ok(ACCOUNT);

    if (path === SITE) {
      if (method === 'GET') return ok(state.site);
      if (method !== 'PATCH') return undefined;
      const input = await body();
      if (input.name !== undefined && !String(input.name).trim()) return invalid('name', 'too_small');
      if (input.url && !/^https?:\/\//.test(input.url)) return invalid('url', 'invalid_format');
      if (input.industry_id && input.industry_id !== state.site.industry_id && state.site.sector_ids.length) {
        return refuse(409, 'CONFLICT', 'Clear the sectors before changing the industry.');
      }
      Object.assign(state.site, input, { updated_at: NOW });
      return ok(state.site);
    }
    if (path === `${SITE}/sectors`) {
      const industry = INDUSTRIES.find((i) => i.id === state.site.industry_id);
      const list = () =>
        ok(state.site.sector_ids.map((s) => INDUSTRIES.flatMap((i) => i.sectors).find((x) => x.id === s)));
      if (method === 'GET') return list();
      if (method !== 'PUT') return undefined;
      const { sector_ids } = await body();
      if (!Array.isArray(sector_ids) || sector_ids.length < 1) return invalid('sector_ids', 'too_small');
      if (sector_ids.length > PLAN.max_sectors_per_site) {
        return refuse(403, 'PLAN_LIMIT_REACHED', `Your plan allows ${PLAN.max_sectors_per_site} sectors per site.`, {
          limit: 'sectors_per_site',
          max: PLAN.max_sectors_per_site,
        });
      }
      if (sector_ids.some((s: string) => !industry?.sectors.some((x) => x.id === s))) {
        return refuse(422, 'SECTOR_NOT_IN_INDUSTRY', "Every sector must belong to the site's industry.");
      }
      state.site.sector_ids = sector_ids;
      return list();
    }
    if (path === '/v1/industries' && method === 'GET') return page(INDUSTRIES);
    const industry = /^\/v1\/industries\/([0-9a-f-]{36})$/.exec(path);
    if (industry && method === 'GET') {
      const found = INDUSTRIES.find((i) => i.id === industry[1]);
      return found ? ok(found) : notFound();
    }
    if (path === `${SITE}/access` && method === 'GET') {
      const erin = state.members.find((m) => m.id === MEMBERS.editor);
      return ok(
        erin
          ? [
              {
                site_id: SITE_ID,
                user_id: erin.user_id,
                email: erin.email,
                name: erin.name,
                role: erin.role,
                created_at: NOW,
              },
            ]
          : [],
      );
    }

    if (path === `${SITE}/writer-settings`) {
      if (method === 'GET') return ok(state.writer);
      if (method !== 'PATCH') return undefined;
      const input = await body();
      if (input.language && !/^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/.test(input.language))
        return invalid('language', 'invalid_format');
      for (const k of ['links_per_1000_words', 'in_article_images']) {
        if (k in input && !(Number.isInteger(input[k]) && input[k] >= 0 && input[k] <= 10)) {
          return invalid(k, typeof input[k] === 'number' ? 'too_big' : 'invalid_type');
        }
      }
      Object.assign(state.writer, input, { updated_at: NOW });
      return ok(state.writer);
    }

    if (path.startsWith(`${SITE}/integration`)) {
      const rest = path.slice(`${SITE}/integration`.length);
      if (rest === '' && method === 'GET') return ok(state.integration);
      if (method !== 'POST') return undefined;
      if (rest === '/connection-code') {
        state.codes++;
        return created({ code: `igny8_cc_fake${state.codes}secret`, expires_at: later(15 * 60_000) });
      }
      if (rest === '/test') {
        Object.assign(state.integration, { last_checked_at: later(0), last_error: null });
        return ok(state.integration);
      }
      if (rest === '/sync') {
        Object.assign(state.integration, {
          synced_at: later(0),
          metadata: {
            ...state.integration.metadata,
            categories: [
              { id: 1, name: 'Roses', slug: 'roses' },
              { id: 2, name: 'Tools', slug: 'tools' },
            ],
            tags: [{ id: 3, name: 'spring', slug: 'spring' }],
            authors: [{ id: 1, name: 'Olivia' }],
          },
        });
        return ok(state.integration);
      }
      return undefined;
    }

    if (path === '/v1/account/members') {
      if (method === 'GET') return page(state.members);
      if (method !== 'POST') return undefined;
      const input = await body();
      if (!/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(input.email ?? '')) return invalid('email', 'invalid_format');
      if (reachesEverySite(input.role)) return scopedToSite(input.role);
      if (state.members.some((m) => m.email === input.email)) {
        return refuse(409, 'ALREADY_MEMBER', `${input.email} is already a member.`);
      }
      const invitation = {
        id: id(40 + state.invitations.length + 2),
        email: input.email,
        role: input.role,
        status: 'pending',
        expires_at: '2026-01-08T00:00:00Z',
        created_at: NOW,
      };
      state.invitations.push(invitation);
      return created(invitation);
    }
    const member = /^\/v1\/account\/members\/([0-9a-f-]{36})$/.exec(path);
    if (member) {
      const m = state.members.find((x) => x.id === member[1]);
      if (!m) return notFound();
      if (method === 'PATCH') {
        const { role } = await body();
        // The session is scoped to one site: it grants and changes editors and viewers only, as the API does.
        if (reachesEverySite(m.role) || reachesEverySite(role))
          return scopedToSite(reachesEverySite(role) ? role : m.role);
        m.role = role;
        return ok(m);
      }
      if (method === 'DELETE') {
        if (reachesEverySite(m.role)) return scopedToSite(m.role);
        state.members = state.members.filter((x) => x !== m);
        return { status: 204 };
      }
      return undefined;
    }
    if (path === '/v1/account/invitations' && method === 'GET') return page(state.invitations);
    const invitation = /^\/v1\/account\/invitations\/([0-9a-f-]{36})$/.exec(path);
    if (invitation && method === 'DELETE') {
      const inv = state.invitations.find((x) => x.id === invitation[1]);
      if (!inv) return notFound();
      if (reachesEverySite(inv.role)) return scopedToSite(inv.role);
      inv.status = 'revoked';
      return { status: 204 };
    }

    if (path === '/v1/api-keys') {
      if (method === 'GET') return page(state.keys);
      if (method !== 'POST') return undefined;
      const input = await body();
      if (!input.name?.trim()) return invalid('name', 'too_small');
      state.made++;
      const key = {
        id: id(52 + state.made),
        name: input.name,
        prefix: `igny8_sk_new${state.made}`,
        role: input.role ?? 'editor',
        site_id: input.site_id ?? SITE_ID,
        expires_at: input.expires_at ?? null,
        last_used_at: null,
        revoked_at: null,
        created_at: NOW,
      };
      state.keys.unshift(key);
      return created({ api_key: key, secret: `igny8_sk_new${state.made}_TOPSECRET` });
    }
    const key = /^\/v1\/api-keys\/([0-9a-f-]{36})$/.exec(path);
    if (key) {
      const k = state.keys.find((x) => x.id === key[1]);
      if (!k) return notFound();
      if (method === 'GET') return ok(k);
      if (method === 'DELETE') {
        k.revoked_at ??= NOW;
        return { status: 204 };
      }
      return undefined;
    }

    if (path === '/v1/notifications' && method === 'GET') {
      const unread = url.searchParams.get('unread') === 'true';
      return page(unread ? state.notifications.filter((n) => !n.read_at) : state.notifications);
    }
    const read = /^\/v1\/notifications\/([0-9a-f-]{36})\/read$/.exec(path);
    if (read && method === 'POST') {
      const n = state.notifications.find((x) => x.id === read[1]);
      if (!n) return notFound();
      n.read_at ??= later(0);
      return ok(n);
    }

    if (path === `${SITE}/budget`) {
      if (method === 'GET') return ok(state.budget);
      if (method !== 'PUT') return undefined;
      const { monthly_credit_cap: cap } = await body();
      if (cap !== null && !(Number.isInteger(cap) && cap >= 0 && cap <= 100_000_000)) {
        return invalid('monthly_credit_cap', typeof cap === 'number' ? 'too_big' : 'invalid_type');
      }
      state.budget.monthly_credit_cap = cap;
      return ok(state.budget);
    }
    return undefined;
  };
}
