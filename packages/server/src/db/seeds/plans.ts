// Default plans (PRODUCT.md, Billing). The operator may edit them later; seeding only inserts
// plans that are missing, so edits survive restarts.
export const DEFAULT_PLANS = [
  { code: 'free', name: 'Free', price_cents: 0, credits_per_month: 100, max_sites: 1, max_users: 1, max_keywords: 500, max_sectors_per_site: 1, sort_order: 0 },
  { code: 'starter', name: 'Starter', price_cents: 10_000, credits_per_month: 1_000, max_sites: 2, max_users: 2, max_keywords: 5_000, max_sectors_per_site: 3, sort_order: 1 },
  { code: 'growth', name: 'Growth', price_cents: 20_000, credits_per_month: 2_000, max_sites: 5, max_users: 3, max_keywords: 20_000, max_sectors_per_site: 5, sort_order: 2 },
  { code: 'scale', name: 'Scale', price_cents: 50_000, credits_per_month: 5_000, max_sites: 99, max_users: 5, max_keywords: 100_000, max_sectors_per_site: 5, sort_order: 3 },
] as const;
