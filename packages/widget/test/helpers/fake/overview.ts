// The site, the account, the connection and the balance.
import { type FakeRoutes, NOW, ok, SITE, SITE_ID } from './common.js';

export function overviewRoutes(): FakeRoutes {
  return ({ path, method }) => {
    if (method !== 'GET') return undefined;
    if (path === SITE) {
      return ok({
        id: SITE_ID,
        name: 'Example Garden Blog',
        url: 'https://garden.example',
        description: '',
        industry_id: SITE_ID,
        sector_ids: [],
        created_at: NOW,
        updated_at: NOW,
      });
    }
    if (path === '/v1/account') {
      return ok({
        id: SITE_ID,
        name: 'Garden Co',
        status: 'active',
        timezone: 'UTC',
        created_at: NOW,
        updated_at: NOW,
        plan: { id: SITE_ID, code: 'pro', name: 'Pro', price_cents: 4900, currency: 'USD', credits_per_month: 20000 },
      });
    }
    if (path === `${SITE}/integration`) {
      return ok({
        site_id: SITE_ID,
        status: 'connected',
        wordpress_url: 'https://garden.example',
        wp_version: '6.1.9',
        plugin_version: '0.1.0',
        seo_plugin: 'yoast',
        connected_at: NOW,
        last_checked_at: NOW,
        last_error: null,
        synced_at: null,
        metadata: { post_types: [], taxonomies: [], categories: [], tags: [], authors: [] },
      });
    }
    if (path === '/v1/billing/balance') {
      return ok({
        plan_credits: 12000,
        bonus_credits: 345,
        reserved_credits: 0,
        available_credits: 12345,
        plan_credits_per_period: 20000,
        period_end: '2026-02-01T00:00:00Z',
      });
    }
    return undefined;
  };
}
