// The writer's routes: tasks (generating one runs a `content.generate` operation that advances one step per poll),
// contents whole and as summaries (approving, editing — scored again by the server's own SEO analysis, kept as a
// revision —, revisions and restoring one, publishing), images (alt text, regeneration, the PNG), and the credit
// estimate the generate dialog asks for.
import { crc32, deflateSync } from 'node:zlib';
import { accepted, type FakeRoutes, NOW, notFound, ok, page, SITE, SITE_ID } from './common.js';
import { type PublishingState, publishingState } from './publishing.js';

export const SITE_HOST = 'garden.example';
export const contentId = (n: number) => `44444444-4444-4444-8444-${String(n).padStart(12, '0')}`;
export const taskId = (n: number) => `66666666-6666-4666-8666-${String(n).padStart(12, '0')}`;
export const imageId = (n: number) => `77777777-7777-4777-8777-${String(n).padStart(12, '0')}`;
const revisionId = (n: number) => `88888888-8888-4888-8888-${String(n).padStart(12, '0')}`;
export const GENERATE_OP = '55555555-5555-4555-8555-000000000001';
export const IMAGE_OP = '55555555-5555-4555-8555-000000000002';

export interface ServerSeo {
  score: number;
  checks: { id: string; status: 'pass' | 'warn' | 'fail'; message: string }[];
  wordCount: number;
}
type Analyze = (input: {
  title: string;
  html: string;
  metaTitle: string | null;
  metaDescription: string | null;
  slug: string | null;
  focusKeyword: string | null;
  language: string | null;
  targetWords: number | null;
  siteHost?: string | null;
}) => ServerSeo;

// The server's own analysis (the fake scores a content as the API does); loaded by path so the widget's typecheck
// does not take in the server's sources.
const SERVER_SEO = new URL('../../../../server/src/domain/writer/seo.ts', import.meta.url).href;
let analyzer: Promise<Analyze> | undefined;
export const serverAnalyze = (): Promise<Analyze> => {
  analyzer ??= import(/* @vite-ignore */ SERVER_SEO).then((m: { analyzeSeo: Analyze }) => m.analyzeSeo);
  return analyzer;
};

/** The server's score of a content's fields, as `Content` carries them. */
export async function scoreOf(c: Pick<FakeContent, TextField | 'language' | 'target_words'>) {
  return (await serverAnalyze())({
    title: c.title,
    html: c.html,
    metaTitle: c.meta_title,
    metaDescription: c.meta_description,
    slug: c.slug,
    focusKeyword: c.focus_keyword,
    language: c.language,
    targetWords: c.target_words,
    siteHost: SITE_HOST,
  });
}

/** A small PNG: a green-to-yellow gradient (what an image's thumbnail shows). */
function png(width: number, height: number, hue: number): Buffer {
  const rows = Buffer.alloc((width * 3 + 1) * height);
  for (let y = 0; y < height; y++) {
    const row = y * (width * 3 + 1);
    for (let x = 0; x < width; x++) {
      rows[row + 1 + x * 3] = Math.round((255 * x) / width);
      rows[row + 2 + x * 3] = 120 + Math.round((100 * y) / height);
      rows[row + 3 + x * 3] = hue;
    }
  }
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
    const out = Buffer.alloc(body.length + 8);
    out.writeUInt32BE(data.length, 0);
    body.copy(out, 4);
    out.writeUInt32BE(crc32(body), body.length + 4);
    return out;
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 2, 0, 0, 0], 8);
  return Buffer.concat([
    Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(rows)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

const TEXT_FIELDS = ['title', 'html', 'meta_title', 'meta_description', 'slug', 'focus_keyword'] as const;
type TextField = (typeof TEXT_FIELDS)[number];

const WATER_HTML =
  '<p>Summer heat dries the soil fast, so plan each watering with care.</p>' +
  '<h2>When to water roses</h2>' +
  '<p>Water early in the morning, before the sun is high. Read our <a href="https://garden.example/prune-roses/">pruning guide</a> and the <a href="https://www.rhs.org.uk/plants/roses">RHS advice</a>.</p>' +
  '<p>Roses root deep when the soil is loose and rich. Dig in compost each spring, and keep weeds away from the base of each bush. A layer of bark or straw shades the ground, slows evaporation and feeds the soil as it breaks down. Check the soil with a finger before each round: if it is damp a few centimetres down, wait a day. Drip lines and soaker hoses save time and keep the leaves dry, which keeps black spot away.</p>' +
  '<h3>How much to give</h3>' +
  '<p>Give each plant about ten litres a week, more in sandy soil.</p>' +
  '<ul><li>Water the roots, not the leaves.</li><li>Mulch to keep the soil moist.</li></ul>';

function content(
  n: number,
  title: string,
  status: string,
  publish_status: string,
  fields: Record<string, unknown> = {},
) {
  const slug = title.toLowerCase().replace(/ /g, '-');
  const base = {
    id: contentId(n),
    site_id: SITE_ID,
    task_id: null as string | null,
    cluster_id: null as string | null,
    title,
    html: `<p>${title} in a few steps.</p><h2>${title}</h2><p>Start in spring.</p>`,
    meta_title: title as string | null,
    meta_description: null as string | null,
    slug: slug as string | null,
    focus_keyword: title.toLowerCase() as string | null,
    secondary_keywords: [] as string[],
    outline: null,
    word_count: 0,
    reading_minutes: 0,
    seo_score: 0,
    seo_checks: [] as ServerSeo['checks'],
    internal_links: [] as { url: string; anchor: string; target_id: string | null }[],
    categories: [] as string[],
    tags: [] as string[],
    faq: [] as { question: string; answer: string }[],
    json_ld: null,
    status,
    publish_status,
    scheduled_at: null as string | null,
    published_at: null as string | null,
    url: null as string | null,
    language: 'en' as string | null,
    target_words: 1200 as number | null,
    provider: 'local' as string | null,
    model: 'local-1' as string | null,
    created_at: NOW,
    updated_at: NOW,
  };
  return Object.assign(base, fields) as typeof base;
}
export type FakeContent = ReturnType<typeof content>;

const summaryOf = (c: FakeContent) => ({
  id: c.id,
  site_id: c.site_id,
  task_id: c.task_id,
  cluster_id: c.cluster_id,
  title: c.title,
  slug: c.slug,
  focus_keyword: c.focus_keyword,
  status: c.status,
  publish_status: c.publish_status,
  scheduled_at: c.scheduled_at,
  word_count: c.word_count,
  seo_score: c.seo_score,
  language: c.language,
  provider: c.provider,
  created_at: c.created_at,
  updated_at: c.updated_at,
});

function task(n: number, title: string, status: string, fields: Record<string, unknown> = {}) {
  return {
    id: taskId(n),
    site_id: SITE_ID,
    idea_id: null,
    cluster_id: null,
    title,
    status,
    status_reason: null as string | null,
    primary_keyword: title.toLowerCase() as string | null,
    secondary_keywords: [] as string[],
    structure: 'article',
    content_type: 'post',
    target_words: 1200,
    created_at: NOW,
    updated_at: NOW,
    ...fields,
  };
}

function image(n: number, kind: 'featured' | 'in_article', position: number, alt_text: string) {
  return {
    id: imageId(n),
    site_id: SITE_ID,
    content_id: contentId(2),
    kind,
    position,
    status: 'generated',
    prompt: 'A watering can beside rose bushes at sunrise',
    alt_text,
    width: 1200,
    height: kind === 'featured' ? 630 : 800,
    bytes: 2048,
    provider: 'local',
    model: 'local-image-1',
    error: null as string | null,
    // The signed link that needs no credentials: here the PNG itself, as a data URL (the fake serves no file route).
    url: `data:image/png;base64,${png(120, 63, kind === 'featured' ? 60 : 160).toString('base64')}`,
    url_expires_at: '2026-01-01T01:00:00Z',
    created_at: NOW,
    updated_at: NOW,
  };
}

/** Where a long-running operation stands: one step further on each poll. */
function operation(id: string, kind: string, step: number, total: number, result: unknown) {
  const done = Math.min(step, total);
  const status = step === 0 ? 'queued' : step > total ? 'succeeded' : 'running';
  return {
    id,
    kind,
    status,
    progress: { done, total },
    result: status === 'succeeded' ? result : null,
    error: null,
    created_at: NOW,
    updated_at: NOW,
    started_at: step > 0 ? NOW : null,
    finished_at: status === 'succeeded' ? NOW : null,
  };
}

export interface WriterState {
  tasks: ReturnType<typeof task>[];
  contents: FakeContent[];
  revisions: Map<string, ReturnType<typeof revisionOf>[]>;
  images: ReturnType<typeof image>[];
}

let revisionCount = 0;
const revisionOf = (c: FakeContent, number: number, reason: string) => ({
  id: revisionId(++revisionCount),
  content_id: c.id,
  number,
  reason,
  title: c.title,
  html: c.html,
  meta_title: c.meta_title,
  meta_description: c.meta_description,
  slug: c.slug,
  focus_keyword: c.focus_keyword,
  word_count: c.word_count,
  created_by: reason === 'generated' ? null : SITE_ID,
  created_at: NOW,
});

async function measure(c: FakeContent) {
  const seo = await scoreOf(c);
  Object.assign(c, {
    word_count: seo.wordCount,
    reading_minutes: seo.wordCount ? Math.max(1, Math.round(seo.wordCount / 230)) : 0,
    seo_score: seo.score,
    seo_checks: seo.checks,
  });
}

export function writerState(): WriterState {
  const contents = [
    content(1, 'Prune roses', 'published', 'published', {
      url: 'https://garden.example/prune-roses/',
      published_at: NOW,
    }),
    content(2, 'Water roses', 'review', 'scheduled', {
      html: WATER_HTML,
      meta_title: 'Water roses',
      meta_description: 'How often and how much to water roses when the summer is hot and dry.',
      slug: 'water-roses',
      focus_keyword: 'water roses',
      target_words: 150,
      scheduled_at: '2026-01-05T09:00:00Z',
      internal_links: [
        { url: 'https://garden.example/prune-roses/', anchor: 'pruning guide', target_id: contentId(1) },
      ],
    }),
    content(3, 'Feed roses', 'approved', 'failed'),
    content(4, 'Plant bare-root roses', 'draft', 'not_published'),
  ];
  const revisions = new Map(contents.map((c) => [c.id, [revisionOf(c, 1, 'generated')]]));
  const water = revisions.get(contentId(2));
  water?.push({
    ...revisionOf(contents[1] as FakeContent, 2, 'saved'),
    title: 'Watering roses',
    html: '<p>Old text.</p>',
  });
  return {
    tasks: [
      task(1, 'Mulch roses in autumn', 'queued', { primary_keyword: 'mulch roses', target_words: 1500 }),
      task(2, 'Rose pruning calendar', 'in_progress'),
      task(3, 'Best rose fertilizer', 'failed', {
        status_reason: 'The article failed while writing the sections: the AI provider is unavailable.',
      }),
      task(4, 'Prune roses', 'completed'),
    ],
    contents,
    revisions,
    images: [image(1, 'featured', 0, 'Watering can beside roses'), image(2, 'in_article', 1, '')],
  };
}

// Costs as the server's defaults: 1 credit per 100 words, 1 for the image prompts, 2 per image.
const COST: Record<string, (q: number) => number> = {
  generate_content: (q) => Math.ceil(q / 100),
  generate_image_prompts: () => 1,
  generate_image: (q) => 2 * q,
};
const AVAILABLE = 12345;

export function writerRoutes(shared: PublishingState = publishingState(), state = writerState()): FakeRoutes {
  let measured = false;
  let generate: { task: ReturnType<typeof task>; step: number } | undefined;
  let regenerate: { image: ReturnType<typeof image>; step: number } | undefined;
  const find = (id: string | undefined) => state.contents.find((x) => x.id === id);

  return async ({ path, method, url, body }) => {
    if (!measured) {
      measured = true;
      for (const c of state.contents) {
        await measure(c);
        for (const r of state.revisions.get(c.id) ?? []) r.word_count = (await scoreOf({ ...c, ...r })).wordCount;
      }
    }
    if (path === '/v1/billing/estimate' && method === 'POST') {
      const input = (await body()) as { operation: string; quantity: number };
      const credits = (COST[input.operation] ?? (() => 0))(input.quantity);
      return ok({ ...input, credits, available_credits: AVAILABLE, sufficient: credits <= AVAILABLE });
    }
    if (path === `${SITE}/tasks` && method === 'GET') {
      const status = url.searchParams.get('status');
      return page(status ? state.tasks.filter((t) => t.status === status) : state.tasks);
    }
    const t = new RegExp(`^${SITE}/tasks/([0-9a-f-]{36})(/cancel|/generate)?$`).exec(path);
    if (t) {
      const found = state.tasks.find((x) => x.id === t[1]);
      if (!found) return notFound();
      if (t[2] === '/cancel' && method === 'POST') {
        Object.assign(found, { status: 'cancelled', status_reason: 'Cancelled by you.' });
        return ok(found);
      }
      if (t[2] === '/generate' && method === 'POST') {
        Object.assign(found, { status: 'in_progress' });
        generate = { task: found, step: 0 };
        return accepted(operation(GENERATE_OP, 'content.generate', 0, 4, null));
      }
      if (!t[2] && method === 'DELETE') {
        state.tasks = state.tasks.filter((x) => x !== found);
        return { status: 204 };
      }
      if (!t[2] && method === 'GET') return ok(found);
      return undefined;
    }
    if (path === `/v1/operations/${GENERATE_OP}` && generate) {
      const g = generate;
      g.step++;
      let result: unknown = null;
      if (g.step > 4) {
        let c = state.contents.find((x) => x.task_id === g.task.id);
        if (!c) {
          c = content(state.contents.length + 1, g.task.title, 'draft', 'not_published', {
            task_id: g.task.id,
            focus_keyword: g.task.primary_keyword,
            slug: g.task.primary_keyword?.replace(/ /g, '-') ?? null,
            target_words: g.task.target_words,
            html: `<p>${g.task.title}: what to do and when.</p><h2>Why ${g.task.primary_keyword}</h2><p>It keeps the roots warm.</p>`,
          });
          await measure(c);
          state.contents.push(c);
          state.revisions.set(c.id, [revisionOf(c, 1, 'generated')]);
          Object.assign(g.task, { status: 'completed' });
        }
        result = {
          task_id: g.task.id,
          content_id: c.id,
          sections: 4,
          words: 1480,
          target_words: g.task.target_words,
          credits: 18,
          provider: 'local',
          model: 'local-1',
          image_ids: [],
          cannibalization: [{ content_id: contentId(1), title: 'Prune roses' }],
        };
      }
      return ok(operation(GENERATE_OP, 'content.generate', g.step, 4, result));
    }
    if (path === `/v1/operations/${IMAGE_OP}` && regenerate) {
      const r = regenerate;
      r.step++;
      if (r.step > 2) Object.assign(r.image, { status: 'generated', updated_at: '2026-01-01T00:05:00Z' });
      return ok(
        operation(IMAGE_OP, 'image.regenerate', r.step, 2, { image_id: r.image.id, credits: 2, provider: 'local' }),
      );
    }
    const img = new RegExp(`^${SITE}/images/([0-9a-f-]{36})(/file|/regenerate)?$`).exec(path);
    if (img) {
      const found = state.images.find((x) => x.id === img[1]);
      if (!found) return notFound();
      if (img[2] === '/file' && method === 'GET') {
        return { raw: { type: 'image/png', body: png(120, 63, found.kind === 'featured' ? 60 : 160) } };
      }
      if (img[2] === '/regenerate' && method === 'POST') {
        await body();
        Object.assign(found, { status: 'generating' });
        regenerate = { image: found, step: 0 };
        return accepted(operation(IMAGE_OP, 'image.regenerate', 0, 2, null));
      }
      if (method === 'PATCH') {
        Object.assign(found, await body());
        return ok(found);
      }
      if (method === 'GET') return ok(found);
      return undefined;
    }
    if (path === `${SITE}/contents` && method === 'GET') {
      const status = url.searchParams.get('status');
      const list = status ? state.contents.filter((c) => c.status === status) : state.contents;
      return page(list.map(summaryOf));
    }
    const m = new RegExp(
      `^${SITE}/contents/([0-9a-f-]{36})(?:/(publish|seo|images|revisions)(?:/([0-9a-f-]{36})(/restore)?)?)?$`,
    ).exec(path);
    if (!m) return undefined;
    const c = find(m[1]);
    if (!c) return notFound();
    const [, , sub, revision, restore] = m;
    if (sub === 'publish' && method === 'POST') {
      await body();
      Object.assign(c, { publish_status: 'publishing' });
      const p = shared.publications.find((x) => x.content_id === c.id);
      return accepted({ ...p, status: 'pending' });
    }
    if (sub === 'seo' && method === 'GET') {
      const seo = await scoreOf(c);
      return ok({ score: seo.score, checks: seo.checks, word_count: seo.wordCount });
    }
    if (sub === 'images' && method === 'GET') return ok(state.images.filter((i) => i.content_id === c.id));
    if (sub === 'revisions') {
      const list = state.revisions.get(c.id) ?? [];
      if (!revision && method === 'GET')
        return page(list.map(({ html, meta_title, meta_description, slug, focus_keyword, ...s }) => s));
      const r = list.find((x) => x.id === revision);
      if (!r) return notFound();
      if (!restore && method === 'GET') return ok(r);
      if (restore && method === 'POST') {
        for (const f of TEXT_FIELDS) Object.assign(c, { [f]: r[f] });
        await measure(c);
        list.push(revisionOf(c, list.length + 1, 'restored'));
        return ok(c);
      }
      return undefined;
    }
    if (sub) return undefined;
    if (method === 'GET') return ok(c);
    if (method === 'PATCH') {
      const input = (await body()) as Partial<FakeContent>;
      const changed = TEXT_FIELDS.some((f) => f in input && input[f] !== c[f]);
      Object.assign(c, input, { updated_at: '2026-01-01T00:10:00Z' });
      if (changed) {
        await measure(c);
        const list = state.revisions.get(c.id) ?? [];
        list.push(revisionOf(c, list.length + 1, 'saved'));
        state.revisions.set(c.id, list);
      }
      return ok(c);
    }
    return undefined;
  };
}
