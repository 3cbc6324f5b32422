// Keywords of a site: unique per (site, normalized phrase), intent classified unless the user set
// it, limited by the plan, listed with filters, sorting and keyset pages.
import type { Knex } from 'knex';
import { count } from '../../db/count.js';
import type { KeysetOrder } from '../../db/pagination.js';
import { AppError, NotFoundError, PlanLimitError } from '../../errors.js';
import type { Actor } from '../actor.js';
import { lockAccount } from '../tenancy/accounts.js';
import { findVisibleSite } from '../tenancy/sites.js';
import { readSitePage, sitePage } from './site-page.js';
import { intentOf, normalizePhrase } from './text-api.js';

export type Intent = 'informational' | 'commercial' | 'transactional' | 'navigational';

export interface KeywordRow {
  id: string;
  site_id: string;
  sector_id: string | null;
  cluster_id: string | null;
  phrase: string;
  normalized: string;
  status: 'new' | 'mapped' | 'archived';
  volume: number;
  difficulty: number | null;
  cpc: string | number | null;
  intent: Intent;
  intent_source: 'classified' | 'user';
  country: string | null;
  language: string;
  serp_urls: string[] | null;
  created_at: Date;
  updated_at: Date;
}

export const presentKeyword = (k: KeywordRow) => ({
  id: k.id,
  site_id: k.site_id,
  sector_id: k.sector_id,
  cluster_id: k.cluster_id,
  phrase: k.phrase,
  normalized: k.normalized,
  status: k.status,
  volume: k.volume,
  difficulty: k.difficulty,
  cpc: k.cpc === null ? null : Number(k.cpc),
  intent: k.intent,
  intent_source: k.intent_source,
  country: k.country,
  language: k.language,
  created_at: k.created_at.toISOString(),
  updated_at: k.updated_at.toISOString(),
});

export interface KeywordInput {
  phrase: string;
  volume?: number;
  difficulty?: number | null;
  cpc?: number | null;
  intent?: Intent;
  country?: string | null;
  language?: string;
  sector_id?: string | null;
  serp_urls?: string[] | null;
}

/** The site's sectors, in their order: the first is where keywords with no sector go. */
export async function siteSectorIds(trx: Knex.Transaction, siteId: string): Promise<string[]> {
  const rows = await trx('site_sectors').where({ site_id: siteId }).orderBy('position').select('sector_id');
  return rows.map((r: { sector_id: string }) => r.sector_id);
}

/** A row ready to insert; the caller has checked the sector. */
const HAS_WORD = /[\p{L}\p{N}]/u;

/**
 * Whether a normalized phrase is something a search could match: spaces, punctuation, symbols or a
 * lone combining mark normalize to nothing of the kind. Every way in (create, update, bulk, import) asks.
 */
export const isSearchable = (normalized: string) => HAS_WORD.test(normalized);

const noWords = () => new AppError('UNPROCESSABLE', 'The phrase has no letters or digits.', { field: 'phrase' });

export function keywordRow(accountId: string, siteId: string, input: KeywordInput, defaultSector: string | null) {
  const language = (input.language ?? 'en').toLowerCase();
  const phrase = input.phrase.trim().replace(/\s+/g, ' ');
  return {
    account_id: accountId,
    site_id: siteId,
    sector_id: input.sector_id ?? defaultSector,
    phrase,
    normalized: normalizePhrase(phrase, language),
    volume: input.volume ?? 0,
    difficulty: input.difficulty ?? null,
    cpc: input.cpc ?? null,
    intent: input.intent ?? intentOf(phrase, language),
    intent_source: input.intent ? 'user' : 'classified',
    country: input.country ? input.country.toUpperCase() : null,
    language,
    serp_urls: input.serp_urls ?? null,
  };
}

/** How many more keywords the plan allows; locks the account so concurrent adds count right. */
export async function keywordRoom(trx: Knex.Transaction, accountId: string): Promise<{ room: number; max: number }> {
  const { plan } = await lockAccount(trx, accountId);
  // Counted site by site (the index keywords have), not by account_id (which has none).
  const used = await count(
    trx('keywords').whereIn('site_id', trx('sites').where({ account_id: accountId }).select('id')),
  );
  return { room: Math.max(0, plan.max_keywords - used), max: plan.max_keywords };
}

async function assertSector(trx: Knex.Transaction, siteId: string, sectorId: string | null | undefined) {
  if (!sectorId) return;
  const sectors = await siteSectorIds(trx, siteId);
  if (!sectors.includes(sectorId)) {
    throw new AppError('UNPROCESSABLE', 'The sector is not one of the site’s sectors.', {
      field: 'sector_id',
    });
  }
}

export async function createKeyword(trx: Knex.Transaction, actor: Actor, siteId: string, input: KeywordInput) {
  await findVisibleSite(trx, actor, siteId);
  await assertSector(trx, siteId, input.sector_id);
  const { room, max } = await keywordRoom(trx, actor.accountId);
  if (room < 1) throw new PlanLimitError('keywords', max, `Your plan allows ${max} keywords.`);
  const [defaultSector = null] = await siteSectorIds(trx, siteId);
  const row = keywordRow(actor.accountId, siteId, input, defaultSector);
  if (!isSearchable(row.normalized)) throw noWords();
  const [created] = await trx('keywords').insert(row).onConflict(['site_id', 'normalized']).ignore().returning('*');
  if (!created)
    throw new AppError('KEYWORD_EXISTS', `The site already has “${input.phrase}”.`, {
      normalized: row.normalized,
    });
  return presentKeyword(created);
}

export async function findKeyword(
  trx: Knex.Transaction,
  actor: Actor,
  siteId: string,
  id: string,
): Promise<KeywordRow> {
  await findVisibleSite(trx, actor, siteId);
  const row = await trx('keywords').where({ id, site_id: siteId }).first();
  if (!row) throw new NotFoundError('Keyword');
  return row;
}

export async function updateKeyword(
  trx: Knex.Transaction,
  actor: Actor,
  siteId: string,
  id: string,
  patch: Partial<Omit<KeywordInput, 'sector_id' | 'serp_urls'>> & { status?: 'new' | 'archived' },
) {
  const current = await findKeyword(trx, actor, siteId, id);
  const changes: Record<string, unknown> = { ...patch, updated_at: trx.fn.now() };
  if (patch.phrase) {
    changes.phrase = patch.phrase.trim().replace(/\s+/g, ' ');
    changes.normalized = normalizePhrase(patch.phrase, patch.language ?? current.language);
    if (!isSearchable(changes.normalized as string)) throw noWords();
    if (!patch.intent && current.intent_source === 'classified')
      changes.intent = intentOf(patch.phrase, patch.language ?? current.language);
  }
  if (patch.intent) changes.intent_source = 'user';
  if (patch.country) changes.country = patch.country.toUpperCase();
  // Archiving takes a keyword out of its cluster; bringing it back makes it new again.
  if (patch.status) changes.cluster_id = null;
  try {
    const [row] = await trx('keywords').where({ id }).update(changes).returning('*');
    return presentKeyword(row);
  } catch (err) {
    if ((err as { code?: string }).code === '23505')
      throw new AppError('KEYWORD_EXISTS', 'The site already has this phrase.');
    throw err;
  }
}

export async function deleteKeyword(trx: Knex.Transaction, actor: Actor, siteId: string, id: string) {
  await findKeyword(trx, actor, siteId, id);
  await trx('keywords').where({ id }).delete();
}

export interface KeywordFilters {
  limit: number;
  cursor?: string;
  status?: 'new' | 'mapped' | 'archived';
  cluster_id?: string;
  intent?: Intent;
  sector_id?: string;
  volume_min?: number;
  volume_max?: number;
  difficulty_min?: number;
  difficulty_max?: number;
  q?: string;
  sort?: 'created_at' | 'volume' | 'difficulty' | 'phrase';
  order?: 'asc' | 'desc';
}

export function filteredKeywords(
  trx: Knex,
  siteId: string,
  f: Omit<KeywordFilters, 'limit' | 'cursor' | 'sort' | 'order'>,
) {
  const q = trx('keywords').where('keywords.site_id', siteId);
  if (f.status) q.where('keywords.status', f.status);
  if (f.cluster_id) q.where('keywords.cluster_id', f.cluster_id);
  if (f.intent) q.where('keywords.intent', f.intent);
  if (f.sector_id) q.where('keywords.sector_id', f.sector_id);
  if (f.volume_min !== undefined) q.where('keywords.volume', '>=', f.volume_min);
  if (f.volume_max !== undefined) q.where('keywords.volume', '<=', f.volume_max);
  if (f.difficulty_min !== undefined) q.where('keywords.difficulty', '>=', f.difficulty_min);
  if (f.difficulty_max !== undefined) q.where('keywords.difficulty', '<=', f.difficulty_max);
  if (f.q) {
    for (const word of normalizePhrase(f.q).split(' ').filter(Boolean)) {
      q.where('keywords.normalized', 'like', `%${word.replace(/[\\%_]/g, (c) => `\\${c}`)}%`);
    }
  }
  return q;
}

const SORTS: Record<NonNullable<KeywordFilters['sort']>, KeysetOrder> = {
  created_at: { column: 'created_at', type: 'timestamptz' },
  volume: { column: 'volume', type: 'integer' },
  // Unknown difficulty sorts as -1: before every known one ascending, after descending.
  difficulty: { column: 'coalesce(keywords.difficulty, -1)', expression: true, type: 'integer' },
  phrase: { column: 'normalized', type: 'text' },
};

/** `toISOString()` of a timestamp, computed by PostgreSQL (milliseconds, truncated as a Date has them). */
const isoSql = (column: string) => `to_char(${column} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;

/**
 * The columns of a listed keyword exactly as `presentKeyword` gives them, in its order, computed by
 * PostgreSQL: a page's rows go out as they come, without a pass over every row here.
 */
function listedColumns(trx: Knex) {
  return [
    ...['id', 'site_id', 'sector_id', 'cluster_id', 'phrase', 'normalized', 'status', 'volume', 'difficulty'].map(
      (c) => `keywords.${c}`,
    ),
    trx.raw('keywords.cpc::float8 as cpc'),
    ...['intent', 'intent_source', 'country', 'language'].map((c) => `keywords.${c}`),
    trx.raw(`${isoSql('keywords.created_at')} as created_at`),
    trx.raw(`${isoSql('keywords.updated_at')} as updated_at`),
  ];
}

export type ListedKeyword = ReturnType<typeof presentKeyword>;

/** A page of the site's keywords as one statement (see `sitePage`), its columns presented by PostgreSQL. */
export function keywordPage(db: Knex, actor: Actor, siteId: string, f: KeywordFilters) {
  return sitePage<ListedKeyword>(db, actor, siteId, filteredKeywords(db, siteId, f).select(listedColumns(db)), {
    table: 'keywords',
    limit: f.limit,
    cursor: f.cursor,
    orderBy: { ...SORTS[f.sort ?? 'created_at'], direction: f.order ?? 'asc' },
  });
}

export async function listKeywords(trx: Knex.Transaction, actor: Actor, siteId: string, f: KeywordFilters) {
  return readSitePage(trx, actor, siteId, keywordPage(trx, actor, siteId, f));
}

type ErrorItem = {
  section: 'create' | 'update' | 'delete';
  index: number;
  code: 'UNPROCESSABLE' | 'NOT_FOUND' | 'PLAN_LIMIT_REACHED';
  message: string;
};

/** Up to 10,000 creates, updates and deletes in one transaction; refused items are reported by index. */
export async function bulkKeywords(
  trx: Knex.Transaction,
  actor: Actor,
  siteId: string,
  input: {
    create?: KeywordInput[];
    update?: (Partial<Omit<KeywordInput, 'sector_id' | 'serp_urls' | 'phrase'>> & {
      id: string;
      status?: 'new' | 'archived';
    })[];
    delete?: string[];
  },
) {
  await findVisibleSite(trx, actor, siteId);
  const errors: ErrorItem[] = [];
  let created = 0;
  let duplicates = 0;
  let updated = 0;
  let deleted = 0;
  if (input.delete?.length) {
    const gone = await trx('keywords').where({ site_id: siteId }).whereIn('id', input.delete).delete().returning('id');
    const goneIds = new Set(gone.map((r: { id: string }) => r.id));
    deleted = goneIds.size;
    input.delete.forEach((id, index) => {
      if (!goneIds.has(id))
        errors.push({ section: 'delete', index, code: 'NOT_FOUND', message: 'No such keyword on this site.' });
    });
  }
  for (const [index, u] of (input.update ?? []).entries()) {
    const { id, ...patch } = u;
    const changes: Record<string, unknown> = { ...patch, updated_at: trx.fn.now() };
    if (patch.intent) changes.intent_source = 'user';
    if (patch.status) changes.cluster_id = null;
    const n = await trx('keywords').where({ id, site_id: siteId }).update(changes);
    if (n) updated++;
    else errors.push({ section: 'update', index, code: 'NOT_FOUND', message: 'No such keyword on this site.' });
  }
  if (input.create?.length) {
    const sectors = await siteSectorIds(trx, siteId);
    const { room } = await keywordRoom(trx, actor.accountId);
    const rows = [];
    const seen = new Set<string>();
    for (const [index, k] of input.create.entries()) {
      if (k.sector_id && !sectors.includes(k.sector_id)) {
        errors.push({
          section: 'create',
          index,
          code: 'UNPROCESSABLE',
          message: 'The sector is not one of the site’s sectors.',
        });
        continue;
      }
      const row = keywordRow(actor.accountId, siteId, k, sectors[0] ?? null);
      if (!isSearchable(row.normalized)) {
        errors.push({
          section: 'create',
          index,
          code: 'UNPROCESSABLE',
          message: 'The phrase has no letters or digits.',
        });
        continue;
      }
      if (seen.has(row.normalized)) {
        duplicates++;
        continue;
      }
      seen.add(row.normalized);
      if (rows.length >= room) {
        errors.push({
          section: 'create',
          index,
          code: 'PLAN_LIMIT_REACHED',
          message: 'The plan’s keyword limit is reached.',
        });
        continue;
      }
      rows.push(row);
    }
    const inserted = await insertKeywords(trx, rows);
    created = inserted;
    duplicates += rows.length - inserted;
  }
  return { created, updated, deleted, duplicates, errors };
}

/**
 * Inserts rows in batches of one statement each (arrays unnested server-side), skipping phrases the
 * site already has. Returns how many were new.
 */
export async function insertKeywords(trx: Knex.Transaction, rows: ReturnType<typeof keywordRow>[]): Promise<number> {
  let inserted = 0;
  for (let i = 0; i < rows.length; i += 10_000) {
    const batch = rows.slice(i, i + 10_000);
    const col = <K extends keyof (typeof batch)[number]>(k: K) => batch.map((r) => r[k]);
    // SERP URLs travel as one '|'-joined string per row: unnest would flatten an array of arrays.
    const { rowCount } = await trx.raw(
      `insert into keywords (account_id, site_id, sector_id, phrase, normalized, volume, difficulty, cpc, intent, intent_source, country, language, serp_urls)
       select a, s, sec, p, n, v, d, c, i, src, co, l, case when u is null then null else string_to_array(u, '|') end
         from unnest(?::uuid[], ?::uuid[], ?::uuid[], ?::text[], ?::text[], ?::int[], ?::int[], ?::numeric[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[])
           as t(a, s, sec, p, n, v, d, c, i, src, co, l, u)
       on conflict (site_id, normalized) do nothing`,
      [
        col('account_id'),
        col('site_id'),
        col('sector_id'),
        col('phrase'),
        col('normalized'),
        col('volume'),
        col('difficulty'),
        col('cpc'),
        col('intent'),
        col('intent_source'),
        col('country'),
        col('language'),
        batch.map((r) => (r.serp_urls?.length ? r.serp_urls.join('|') : null)),
      ] as unknown as string[],
    );
    inserted += rowCount ?? 0;
  }
  return inserted;
}
