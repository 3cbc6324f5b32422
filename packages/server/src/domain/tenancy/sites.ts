import type { Knex } from 'knex';
import { seesAllSites } from '../../auth/roles.js';
import { count } from '../../db/count.js';
import { paginate } from '../../db/pagination.js';
import { AppError, NotFoundError, PlanLimitError } from '../../errors.js';
import type { Actor } from '../actor.js';
import { recordAudit } from '../audit/index.js';
import { lockAccount } from './accounts.js';

interface SiteRow {
  id: string;
  name: string;
  slug: string;
  active: boolean;
  url: string | null;
  description: string;
  industry_id: string;
  monthly_credit_cap?: number | null;
  created_at: Date;
  updated_at: Date;
}

/** Limits a query on `sites` to what the actor may see. */
export function visibleSites(trx: Knex, actor: Actor): Knex.QueryBuilder {
  const q = trx('sites').where('sites.account_id', actor.accountId);
  if (actor.siteId) q.where('sites.id', actor.siteId);
  if (actor.kind === 'user' && !seesAllSites(actor.role)) {
    q.whereExists(
      trx('site_user_access')
        .whereRaw('site_user_access.site_id = sites.id')
        .where('site_user_access.user_id', actor.userId),
    );
  }
  return q;
}

/**
 * Whether the actor sees every site of its account: then row-level security, which keeps every query to the
 * account's rows, is the whole of its site visibility, and a query on a site's data needs no check of its own.
 */
export const seesEverySite = (actor: Actor): boolean =>
  !actor.siteId && (actor.kind !== 'user' || seesAllSites(actor.role));

/** The sites the actor may see, or null for all of them. */
export async function visibleSiteIds(trx: Knex.Transaction, actor: Actor): Promise<string[] | null> {
  if (seesEverySite(actor)) return null;
  const rows = await visibleSites(trx, actor).select('sites.id');
  return rows.map((r: { id: string }) => r.id);
}

/**
 * A subquery that has a row when the actor may see site `id`: for folding the visibility check into a
 * query on the site's data (`whereExists`), so that the common case takes one statement, not two.
 */
export function visibleSite(trx: Knex, actor: Actor, id: string): Knex.QueryBuilder {
  return visibleSites(trx, actor).where('sites.id', id).select(trx.raw('1'));
}

export async function findVisibleSite(trx: Knex.Transaction, actor: Actor, id: string): Promise<SiteRow> {
  const site = await visibleSites(trx, actor).where('sites.id', id).first('sites.*');
  if (!site) throw new NotFoundError('Site');
  return site;
}

async function sectorIdsBySite(trx: Knex.Transaction, siteIds: string[]) {
  const rows = siteIds.length
    ? await trx('site_sectors')
        .whereIn('site_id', siteIds)
        .orderBy(['site_id', 'position'])
        .select('site_id', 'sector_id')
    : [];
  const map = new Map<string, string[]>();
  for (const r of rows) map.set(r.site_id, [...(map.get(r.site_id) ?? []), r.sector_id]);
  return map;
}

const presentSite = (s: SiteRow, sectorIds: string[]) => ({
  id: s.id,
  name: s.name,
  slug: s.slug,
  url: s.url,
  description: s.description,
  industry_id: s.industry_id,
  sector_ids: sectorIds,
  active: s.active,
  created_at: s.created_at.toISOString(),
  updated_at: s.updated_at.toISOString(),
});

async function present(trx: Knex.Transaction, site: SiteRow) {
  const sectors = await sectorIdsBySite(trx, [site.id]);
  return presentSite(site, sectors.get(site.id) ?? []);
}

export async function listSites(trx: Knex.Transaction, actor: Actor, page: { limit: number; cursor?: string }) {
  const result = await paginate<SiteRow>(visibleSites(trx, actor).select('sites.*'), { table: 'sites', ...page });
  const sectors = await sectorIdsBySite(
    trx,
    result.data.map((s) => s.id),
  );
  return { data: result.data.map((s) => presentSite(s, sectors.get(s.id) ?? [])), meta: result.meta };
}

export async function getSite(trx: Knex.Transaction, actor: Actor, id: string) {
  return present(trx, await findVisibleSite(trx, actor, id));
}

/** Whether site `siteId` (in the transaction's tenant) is live; false when it is paused or not there. */
export async function isSiteActive(trx: Knex.Transaction, siteId: string): Promise<boolean> {
  const row = await trx('sites').where({ id: siteId }).first('active');
  return row?.active === true;
}

/**
 * Refuses work that a paused site does not do (automation runs, publishing): 409 `SITE_INACTIVE`; 404 when the site
 * is not in the transaction's tenant.
 */
export async function assertSiteActive(trx: Knex.Transaction, siteId: string): Promise<void> {
  const row = await trx('sites').where({ id: siteId }).first('active');
  if (!row) throw new NotFoundError('Site');
  if (!row.active) throw new AppError('SITE_INACTIVE', 'The site is paused; set it live to run automation.');
}

/** What a site's slug may be: 1–64 of lower-case letters, digits and inner hyphens (the spec's `SiteSlug`). */
export const SITE_SLUG = /^[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?$/;

const FOLD: Record<string, string> = { ß: 'ss', æ: 'ae', œ: 'oe', ø: 'o', ł: 'l', đ: 'd', ð: 'd', þ: 'th', ı: 'i' };

/**
 * The slug a name makes: lower case, accents folded to ascii, any other run of characters one hyphen, at most 56
 * characters (so a `-N` suffix fits); `site` when nothing is left (a name in another script).
 */
export function slugOfName(name: string): string {
  const base = name
    .toLowerCase()
    .replace(/[ßæœøłđðþı]/g, (c) => FOLD[c] ?? c)
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .slice(0, 56)
    .replace(/^-+|-+$/g, '');
  return base || 'site';
}

/**
 * The first of `base`, `base-2`, `base-3`, … that no site of any account has (a definer function sees them all:
 * slugs are public). A race with another insert is caught by the unique constraint (see `insertWithFreeSlug`).
 */
async function freeSlug(trx: Knex.Transaction, base: string): Promise<string> {
  const { rows } = await trx.raw('select igny8_site_slugs_taken(?) as slug', [base]);
  const taken = new Set(rows.map((r: { slug: string }) => r.slug));
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) if (!taken.has(`${base}-${n}`)) return `${base}-${n}`;
}

const isSlugClash = (err: unknown) =>
  (err as { code?: string }).code === '23505' && (err as { constraint?: string }).constraint === 'sites_slug_unique';

const slugTaken = (slug: string) =>
  new AppError('SITE_SLUG_TAKEN', `The slug "${slug}" is taken by another site; choose another.`, { field: 'slug' });

async function assertIndustry(trx: Knex.Transaction, industryId: string) {
  const industry = await trx('industries').where({ id: industryId }).first('id');
  if (!industry) throw new AppError('UNPROCESSABLE', 'No such industry.', { field: 'industry_id' });
}

/** Replaces a site's sectors after checking them against its industry and the plan. */
async function writeSectors(
  trx: Knex.Transaction,
  actor: Actor,
  site: SiteRow,
  sectorIds: string[],
  maxPerSite: number,
) {
  if (sectorIds.length > maxPerSite) {
    throw new PlanLimitError('sectors_per_site', maxPerSite, `Your plan allows ${maxPerSite} sector(s) per site.`);
  }
  const found = await trx('sectors').whereIn('id', sectorIds).where({ industry_id: site.industry_id }).select('id');
  if (found.length !== sectorIds.length) {
    const ok = new Set(found.map((f) => f.id));
    throw new AppError('SECTOR_NOT_IN_INDUSTRY', "Every sector must belong to the site's industry.", {
      sector_ids: sectorIds.filter((id) => !ok.has(id)),
    });
  }
  await trx('site_sectors').where({ site_id: site.id }).delete();
  await trx('site_sectors').insert(
    sectorIds.map((sector_id, position) => ({
      account_id: actor.accountId,
      site_id: site.id,
      sector_id,
      position,
    })),
  );
}

export async function createSite(
  trx: Knex.Transaction,
  actor: Actor,
  input: { name: string; url?: string; description?: string; industry_id: string; sector_ids?: string[] },
) {
  const { plan } = await lockAccount(trx, actor.accountId);
  if ((await count(trx('sites'))) >= plan.max_sites)
    throw new PlanLimitError('sites', plan.max_sites, `Your plan allows ${plan.max_sites} site(s).`);
  await assertIndustry(trx, input.industry_id);
  const base = slugOfName(input.name);
  let site: SiteRow | undefined;
  // A savepoint per attempt: another site may take the same slug between the look-up and the insert.
  for (let attempt = 0; !site; attempt++) {
    const slug = await freeSlug(trx, base);
    try {
      [site] = await trx.transaction((sp) =>
        sp('sites')
          .insert({
            account_id: actor.accountId,
            name: input.name,
            slug,
            url: input.url ?? null,
            description: input.description ?? '',
            industry_id: input.industry_id,
          })
          .returning('*'),
      );
    } catch (err) {
      if (!isSlugClash(err) || attempt >= 4) throw err;
    }
  }
  if (input.sector_ids?.length) await writeSectors(trx, actor, site, input.sector_ids, plan.max_sectors_per_site);
  return present(trx, site);
}

export async function updateSite(
  trx: Knex.Transaction,
  actor: Actor,
  id: string,
  patch: {
    name?: string;
    url?: string | null;
    description?: string;
    industry_id?: string;
    active?: boolean;
    slug?: string;
  },
) {
  const site = await findVisibleSite(trx, actor, id);
  if (patch.slug !== undefined && patch.slug !== site.slug) {
    if (!SITE_SLUG.test(patch.slug)) {
      throw new AppError(
        'VALIDATION_FAILED',
        'A slug is 1–64 lower-case letters, digits and hyphens, starting and ending with a letter or digit.',
        { field: 'slug' },
      );
    }
    const { rows } = await trx.raw('select igny8_site_slugs_taken(?) as slug', [patch.slug]);
    if (rows.some((r: { slug: string }) => r.slug === patch.slug)) throw slugTaken(patch.slug);
  }
  if (patch.industry_id && patch.industry_id !== site.industry_id) {
    await assertIndustry(trx, patch.industry_id);
    const hasSectors = await trx('site_sectors').where({ site_id: id }).first('sector_id');
    if (hasSectors) throw new AppError('CONFLICT', 'Clear the sectors before changing the industry.');
  }
  let updated: SiteRow;
  try {
    [updated] = await trx.transaction((sp) =>
      sp('sites')
        .where({ id })
        .update({ ...patch, updated_at: sp.fn.now() })
        .returning('*'),
    );
  } catch (err) {
    if (isSlugClash(err)) throw slugTaken(patch.slug as string);
    throw err;
  }
  return present(trx, updated);
}

export async function deleteSite(trx: Knex.Transaction, actor: Actor, id: string) {
  await findVisibleSite(trx, actor, id);
  await trx('sites').where({ id }).delete();
}

const presentSector = (s: { id: string; industry_id: string; slug: string; name: string }) => ({
  id: s.id,
  industry_id: s.industry_id,
  slug: s.slug,
  name: s.name,
});

export async function listSiteSectors(trx: Knex.Transaction, actor: Actor, siteId: string) {
  await findVisibleSite(trx, actor, siteId);
  const rows = await trx('site_sectors')
    .join('sectors', 'sectors.id', 'site_sectors.sector_id')
    .where('site_sectors.site_id', siteId)
    .orderBy('site_sectors.position')
    .select('sectors.id', 'sectors.industry_id', 'sectors.slug', 'sectors.name');
  return rows.map(presentSector);
}

export async function selectSiteSectors(trx: Knex.Transaction, actor: Actor, siteId: string, sectorIds: string[]) {
  const { plan } = await lockAccount(trx, actor.accountId);
  const site = await findVisibleSite(trx, actor, siteId);
  await writeSectors(trx, actor, site, sectorIds, plan.max_sectors_per_site);
  return listSiteSectors(trx, actor, siteId);
}

const accessQuery = (trx: Knex.Transaction, siteId: string) =>
  trx('site_user_access')
    .join('users', 'users.id', 'site_user_access.user_id')
    .join('memberships', function () {
      this.on('memberships.user_id', '=', 'site_user_access.user_id').andOn(
        'memberships.account_id',
        '=',
        'site_user_access.account_id',
      );
    })
    .where('site_user_access.site_id', siteId)
    .select(
      'site_user_access.site_id',
      'site_user_access.user_id',
      'users.email',
      'users.name',
      'memberships.role',
      'site_user_access.created_at',
    );

const presentAccess = (a: {
  site_id: string;
  user_id: string;
  email: string;
  name: string;
  role: string;
  created_at: Date;
}) => ({
  site_id: a.site_id,
  user_id: a.user_id,
  email: a.email,
  name: a.name,
  role: a.role as 'owner' | 'admin' | 'editor' | 'viewer',
  created_at: a.created_at.toISOString(),
});

export async function listSiteAccess(trx: Knex.Transaction, actor: Actor, siteId: string) {
  await findVisibleSite(trx, actor, siteId);
  const rows = await accessQuery(trx, siteId).orderBy('site_user_access.created_at');
  return rows.map(presentAccess);
}

export async function grantSiteAccess(trx: Knex.Transaction, actor: Actor, siteId: string, userId: string) {
  await findVisibleSite(trx, actor, siteId);
  const member = await trx('memberships').where({ account_id: actor.accountId, user_id: userId }).first('id');
  if (!member) throw new NotFoundError('Member');
  const granted = await trx('site_user_access')
    .insert({ account_id: actor.accountId, site_id: siteId, user_id: userId })
    .onConflict(['site_id', 'user_id'])
    .ignore()
    .returning('user_id');
  const access = await accessQuery(trx, siteId).where('site_user_access.user_id', userId).first();
  // Granted again: nothing changed, nothing to record.
  if (granted.length) {
    await recordAudit(trx, {
      actor,
      action: 'site_access.granted',
      targetType: 'site',
      targetId: siteId,
      data: { user_id: userId, email: access.email },
    });
  }
  return presentAccess(access);
}

export async function revokeSiteAccess(trx: Knex.Transaction, actor: Actor, siteId: string, userId: string) {
  await findVisibleSite(trx, actor, siteId);
  const removed = await trx('site_user_access').where({ site_id: siteId, user_id: userId }).delete();
  if (!removed) throw new NotFoundError('Access grant');
  const user = await trx('users').where({ id: userId }).first('email');
  await recordAudit(trx, {
    actor,
    action: 'site_access.revoked',
    targetType: 'site',
    targetId: siteId,
    data: { user_id: userId, email: user?.email ?? null },
  });
}
