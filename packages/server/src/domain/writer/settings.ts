// How the writer writes for a site: the brand voice and language fed into every prompt (tone, audience, point of
// view, reading level, banned words, a style guide), and the site's rules for internal links, in-article images and
// the markup its contents may keep (styles, iframes from named hosts). A site that never changed them has the
// defaults; `null` clears a text field.
import type { Knex } from 'knex';
import type { Actor } from '../actor.js';
import { findVisibleSite } from '../tenancy/sites.js';
import type { SanitizeOptions } from './sanitize.js';

type PointOfView = 'first_person_singular' | 'first_person_plural' | 'second_person' | 'third_person';
type ReadingLevel = 'simple' | 'general' | 'expert';

export interface WriterSettings {
  language: string | null;
  tone: string | null;
  audience: string | null;
  point_of_view: PointOfView;
  reading_level: ReadingLevel;
  banned_words: string[];
  style_guide: string | null;
  links_per_1000_words: number;
  in_article_images: number;
  allow_style: boolean;
  iframe_hosts: string[];
}

export const DEFAULT_WRITER_SETTINGS: WriterSettings = {
  language: null,
  tone: null,
  audience: null,
  point_of_view: 'second_person',
  reading_level: 'general',
  banned_words: [],
  style_guide: null,
  links_per_1000_words: 3,
  in_article_images: 2,
  allow_style: false,
  iframe_hosts: [],
};

const FIELDS = Object.keys(DEFAULT_WRITER_SETTINGS) as (keyof WriterSettings)[];
const JSON_FIELDS = new Set<keyof WriterSettings>(['banned_words', 'iframe_hosts']);

type Row = WriterSettings & { site_id: string; updated_at: Date };

type Stored = WriterSettings & { updated_at: Date | null };

const fromRow = (row: Row): Stored =>
  ({ ...Object.fromEntries(FIELDS.map((f) => [f, row[f]])), updated_at: row.updated_at }) as Stored;

/** The site's settings, or the defaults; the caller has checked the site is one the actor sees. */
export async function settingsOf(trx: Knex.Transaction, siteId: string): Promise<Stored> {
  const row = (await trx('site_writer_settings').where({ site_id: siteId }).first()) as Row | undefined;
  return row ? fromRow(row) : { ...DEFAULT_WRITER_SETTINGS, updated_at: null };
}

const present = (siteId: string, s: Stored) =>
  ({
    site_id: siteId,
    ...Object.fromEntries(FIELDS.map((f) => [f, s[f]])),
    updated_at: s.updated_at ? s.updated_at.toISOString() : null,
  }) as WriterSettings & { site_id: string; updated_at: string | null };

export async function getWriterSettings(trx: Knex.Transaction, actor: Actor, siteId: string) {
  await findVisibleSite(trx, actor, siteId);
  return present(siteId, await settingsOf(trx, siteId));
}

/** Changes the fields sent; a site's first change stores a row with the defaults for the rest. */
export async function updateWriterSettings(
  trx: Knex.Transaction,
  actor: Actor,
  siteId: string,
  patch: Partial<WriterSettings>,
) {
  await findVisibleSite(trx, actor, siteId);
  const changes: Record<string, unknown> = {};
  for (const f of FIELDS) {
    if (patch[f] === undefined) continue;
    const value = f === 'iframe_hosts' ? [...new Set((patch[f] as string[]).map((h) => h.toLowerCase()))] : patch[f];
    changes[f] = JSON_FIELDS.has(f) ? JSON.stringify(value) : value;
  }
  const insert = {
    ...Object.fromEntries(
      FIELDS.map((f) => [
        f,
        JSON_FIELDS.has(f) ? JSON.stringify(DEFAULT_WRITER_SETTINGS[f]) : DEFAULT_WRITER_SETTINGS[f],
      ]),
    ),
    ...changes,
    site_id: siteId,
    account_id: actor.accountId,
  };
  const [row] = (await trx('site_writer_settings')
    .insert(insert)
    .onConflict('site_id')
    .merge({ ...changes, updated_at: trx.fn.now() })
    .returning('*')) as Row[];
  return present(siteId, fromRow(row as Row));
}

/** What the sanitizer may keep on the site's contents. */
export const sanitizeOptionsOf = (s: WriterSettings): SanitizeOptions => ({
  allowStyle: s.allow_style,
  iframeHosts: s.iframe_hosts,
});

/** The brand voice every prompt is fed, in `language` when the site set none. */
export const voiceOf = (s: WriterSettings, language: string) => ({
  language: s.language ?? language,
  tone: s.tone,
  audience: s.audience,
  point_of_view: s.point_of_view,
  reading_level: s.reading_level,
  banned_words: s.banned_words,
  style_guide: s.style_guide,
});
