// `pnpm bench writer`: the writer with the local provider, four measurements in one run.
//
// 1. Checkpointed (the real path): 20 standalone tasks of 1,500 words, each started with startGeneration and
//    awaited by polling its operations row, in a runtime working its jobs in process (as the test server does). The
//    job plans the outline, writes one section per step — each committed with its checkpoint and its own credit
//    capture — assembles the article, then makes the image prompts and draws the featured image (the site's
//    in-article images are set to 0, so one image per article; the image steps are reported on their own line).
//    Each step's run and commit times are read from the job's `job step committed` log lines.
// 2. Baseline: the same briefs on a second site, written by calling the local provider directly (buildOutlineRequest,
//    then buildSectionRequest per unit, the same outline budgets and the same "too short, write it again" rule),
//    joined, sanitized, linked and scored, and stored as the content row in ONE transaction at the end: no
//    checkpoint, no reservation, no capture, no queue, no images. The two modes take turns per article (A B, B A, …).
//    checkpointed/baseline is what durability costs.
// 3. analyzeSeo on a 2,000-word article written the same way: median of 300 warm runs.
// 4. sanitizeHtml (ours: an allowlist, URL-scheme and data-URL checks) over the 20 articles' html, and over the same
//    html with the lines of test/fixtures/xss-vectors.txt mixed in, against sanitize-html with its own defaults on
//    the same input (the baseline a user could pick): MB/s and articles/s from each article's median of 41 calls, the
//    two taking turns on every call.
//
// Needs DATABASE_URL (a PostgreSQL it may create and drop a database on). Prints one JSON object on its last line.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import {
  buildOutlineRequest,
  buildSectionRequest,
  countWords,
  createLocalProvider,
  type OutlineInput,
  type SectionOutput,
  unitsOf,
  type Voice,
} from '../../packages/server/src/ai/index.js';
import { loadConfig } from '../../packages/server/src/config.js';
import { withTenant } from '../../packages/server/src/db/tenant.js';
import type { AppDeps } from '../../packages/server/src/deps.js';
import type { Actor } from '../../packages/server/src/domain/actor.js';
import { analysisOf } from '../../packages/server/src/domain/writer/contents.js';
import { budgeted, slugOf, startGeneration } from '../../packages/server/src/domain/writer/generate.js';
import { addInternalLinks, type LinkTarget } from '../../packages/server/src/domain/writer/internal-links.js';
import { sanitizeHtml } from '../../packages/server/src/domain/writer/sanitize.js';
import { analyzeSeo } from '../../packages/server/src/domain/writer/seo.js';
import {
  sanitizeOptionsOf,
  settingsOf,
  updateWriterSettings,
} from '../../packages/server/src/domain/writer/settings.js';
import { createTask, type TaskRow } from '../../packages/server/src/domain/writer/tasks.js';
import { createLogger } from '../../packages/server/src/logger.js';
import { MemoryMailer } from '../../packages/server/src/mail/mailer.js';
import { createRuntime } from '../../packages/server/src/runtime.js';
import { benchActor, benchDatabase, machine, printResult, round, syntheticKeywords } from './lib.js';

const ARTICLES = Number(process.env.BENCH_ARTICLES ?? 20);
const WORDS = 1500;
const SEO_WORDS = 2000;
const SEO_RUNS = 300;
const SANITIZE_CALLS = 41;
// The password the tests and the other benchmarks give the shared application role (never a new one).
const APP_PASSWORD = 'igny8-app-test-password';
const serverDir = fileURLToPath(new URL('../../packages/server/', import.meta.url));

/** sanitize-html as a user would call it (a dependency of the server, not of the repository root). */
const defaultSanitize = createRequire(join(serverDir, 'package.json'))('sanitize-html') as (html: string) => string;

const quantile = (xs: number[], q: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil(q * s.length) - 1))] ?? Number.NaN;
};
const median = (xs: number[]) => quantile(xs, 0.5);
const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
const ms = (x: number, digits = 0) => `${round(x, digits).toLocaleString('en-US')} ms`;
const sleep = (n: number) => new Promise((r) => setTimeout(r, n));

// ------------------------------------------------------------------------------------------------ the briefs

interface Brief {
  title: string;
  primary: string;
  secondary: string[];
}

/** `n` briefs on distinct English topics, each with up to four of its variants as secondary keywords; seeded. */
function briefs(n: number, seed = 11): Brief[] {
  const byTopic = new Map<string, string[]>();
  for (const k of syntheticKeywords(6000, seed)) {
    if (k.language !== 'en') continue;
    const list = byTopic.get(k.topic) ?? [];
    if (k.phrase !== k.topic) list.push(k.phrase);
    byTopic.set(k.topic, list);
  }
  const out: Brief[] = [];
  for (const [topic, variants] of byTopic) {
    if (variants.length < 4) continue;
    out.push({
      title: `${topic.charAt(0).toUpperCase()}${topic.slice(1)}: the complete guide`,
      primary: topic,
      secondary: variants.slice(0, 4),
    });
    if (out.length === n) break;
  }
  if (out.length < n) throw new Error(`only ${out.length} topics for ${n} briefs`);
  return out;
}

// ------------------------------------------------------------------------------------------------ the log

interface StepLine {
  step: string;
  run_ms: number;
  commit_ms: number;
}

/** The job's log lines as they are written, stamped with this process's clock. */
function jobLog() {
  let steps: StepLine[] = [];
  let started: number | undefined;
  let finished: number | undefined;
  let partial = '';
  const sink = new Writable({
    write(chunk, _enc, done) {
      const now = performance.now();
      const text = partial + String(chunk);
      const lines = text.split('\n');
      partial = lines.pop() ?? '';
      for (const line of lines) {
        if (!line.includes('"msg":"job ')) continue;
        const entry = JSON.parse(line) as { msg: string; job?: { name?: string } } & Partial<StepLine>;
        if (entry.job?.name !== 'content.generate') continue;
        if (entry.msg === 'job started') started = now;
        else if (entry.msg === 'job finished') finished = now;
        else if (entry.msg === 'job step committed')
          steps.push({ step: entry.step as string, run_ms: entry.run_ms ?? 0, commit_ms: entry.commit_ms ?? 0 });
      }
      done();
    },
  });
  return {
    sink,
    /** What was logged since the last call. */
    take() {
      const out = { steps, started, finished };
      steps = [];
      started = undefined;
      finished = undefined;
      return out;
    },
  };
}

// ------------------------------------------------------------------------------------------------ the seed

interface Target {
  siteId: string;
  taskIds: string[];
}

/** A site with a URL, no in-article images, eight approved articles to link to, and one task per brief. */
async function seedSite(deps: AppDeps, actor: Actor, industryId: string, name: string, list: Brief[], link: Brief[]) {
  const [site] = await deps.db
    .owner('sites')
    .insert({
      account_id: actor.accountId,
      name,
      url: `https://${name.toLowerCase()}.example`,
      industry_id: industryId,
    })
    .returning('id');
  const siteId = site.id as string;
  const taskIds = await withTenant(deps.db.app, { accountId: actor.accountId, userId: actor.userId }, async (trx) => {
    await updateWriterSettings(trx, actor, siteId, { in_article_images: 0 });
    const ids: string[] = [];
    for (const b of list) {
      const task = await createTask(trx, actor, siteId, {
        title: b.title,
        primary_keyword: b.primary,
        secondary_keywords: b.secondary,
        target_words: WORDS,
      });
      ids.push(task.id);
    }
    return ids;
  });
  // What the site has published already: the articles point readers on to these (they become internal links).
  // Distinct update times: both sites list them in the same order, so both modes are given the same topics.
  const now = Date.now();
  await deps.db.owner('contents').insert(
    link.map((b, i) => ({
      account_id: actor.accountId,
      site_id: siteId,
      title: b.title,
      html: `<p>${b.primary}</p>`,
      slug: slugOf(b.primary),
      focus_keyword: b.primary,
      secondary_keywords: JSON.stringify(b.secondary),
      status: 'approved',
      updated_at: new Date(now - i * 60_000),
    })),
  );
  return { siteId, taskIds } satisfies Target;
}

// ------------------------------------------------------------------------------------------------ A: checkpointed

interface Checkpointed {
  wall_ms: number;
  /** startGeneration's commit → the worker's `job started`. */
  pickup_ms: number;
  /** `job started` → `job finished`. */
  job_ms: number;
  /** Outline + sections + assembly, each step's run + commit. */
  text_ms: number;
  outline: StepLine;
  sections: StepLine[];
  assembly: StepLine;
  /** The image prompts and the featured image. */
  images_ms: number;
  words: number;
}

async function writeCheckpointed(
  deps: AppDeps,
  actor: Actor,
  log: ReturnType<typeof jobLog>,
  siteId: string,
  taskId: string,
): Promise<Checkpointed> {
  log.take();
  const t0 = performance.now();
  const operation = await withTenant(deps.db.app, { accountId: actor.accountId, userId: actor.userId }, (trx) =>
    startGeneration(trx, { queue: deps.jobs, now: deps.now }, actor, siteId, taskId),
  );
  const committed = performance.now();
  let row: { status: string; result: { words: number } | null; error: unknown };
  for (;;) {
    row = await deps.db.owner('operations').where({ id: operation.id }).first('status', 'result', 'error');
    if (row.status === 'succeeded' || row.status === 'failed') break;
    await sleep(10);
  }
  const wall = performance.now() - t0;
  if (row.status !== 'succeeded' || !row.result) throw new Error(`generation failed: ${JSON.stringify(row.error)}`);
  // The last lines may follow the row's commit by a moment.
  let logged = log.take();
  for (let i = 0; i < 100 && logged.finished === undefined; i++) {
    await sleep(5);
    const more = log.take();
    logged = {
      steps: [...logged.steps, ...more.steps],
      started: logged.started ?? more.started,
      finished: more.finished,
    };
  }
  const of = (name: string) => logged.steps.filter((s) => s.step === name);
  const total = (lines: StepLine[]) => sum(lines.map((s) => s.run_ms + s.commit_ms));
  const outline = of('planning the outline')[0];
  const assembly = of('assembling the article')[0];
  const sections = of('writing the sections');
  if (!outline || !assembly || !sections.length || logged.started === undefined || logged.finished === undefined)
    throw new Error(`the job's log lines are missing (${logged.steps.length} step lines)`);
  return {
    wall_ms: wall,
    pickup_ms: logged.started - committed,
    job_ms: logged.finished - logged.started,
    text_ms: total([outline, ...sections, assembly]),
    outline,
    sections,
    assembly,
    images_ms: total([...of('making the image prompts'), ...of('drawing the images')]),
    words: row.result.words,
  };
}

// ------------------------------------------------------------------------------------------------ B: baseline

const provider = createLocalProvider();

/** An outline and its sections from the local provider, as the job asks for them (no database). */
async function writeSections(input: OutlineInput, related: string[]) {
  const t0 = performance.now();
  const { value } = await provider.generate(buildOutlineRequest(input));
  const outline = budgeted({ ...value, title: value.title || input.title }, input.targetWords);
  const outlineMs = performance.now() - t0;
  const units = unitsOf(outline);
  const sections: SectionOutput[] = [];
  const sectionMs: number[] = [];
  for (const [index, unit] of units.entries()) {
    const s0 = performance.now();
    const request = buildSectionRequest({
      title: outline.title,
      primaryKeyword: input.primaryKeyword,
      outline,
      index,
      previous: sections.map((s) => s.summary),
      voice: input.voice,
      related,
    });
    let { value: out } = await provider.generate(request);
    // The job's rule: a section far short of its budget is asked for once more.
    if (countWords(out.html) < unit.words * 0.8) {
      const longer = await provider.generate({ ...request, prompt: `${request.prompt}\n\nWrite it again longer.` });
      if (countWords(longer.value.html) > countWords(out.html)) out = longer.value;
    }
    sections.push(out);
    sectionMs.push(performance.now() - s0);
  }
  return { outline, sections, outlineMs, sectionMs };
}

/** The brief as the job reads it (planInput): the task, the site's voice, the site's published topics. */
async function readBrief(trx: Parameters<Parameters<typeof withTenant>[2]>[0], siteId: string, taskId: string) {
  const task = (await trx('tasks').where({ id: taskId }).first()) as TaskRow;
  const settings = await settingsOf(trx, siteId);
  const voice: Voice = {
    language: settings.language ?? 'en',
    tone: settings.tone,
    audience: settings.audience,
    point_of_view: settings.point_of_view,
    reading_level: settings.reading_level,
    banned_words: settings.banned_words,
    style_guide: settings.style_guide,
  };
  const input: OutlineInput = {
    title: task.title,
    primaryKeyword: task.primary_keyword ?? task.title,
    secondaryKeywords: task.secondary_keywords.slice(0, 30),
    structure: task.structure,
    contentType: task.content_type,
    targetWords: task.target_words,
    intent: 'informational',
    brief: null,
    headings: [],
    keywords: [],
    voice,
  };
  const related = (
    await trx('contents')
      .where({ site_id: siteId })
      .whereIn('status', ['approved', 'published'])
      .whereNotNull('focus_keyword')
      .orderBy([{ column: 'updated_at', order: 'desc' }, 'id'])
      .limit(5)
      .select('focus_keyword')
  ).map((r: { focus_keyword: string }) => r.focus_keyword);
  return { task, settings, input, related };
}

interface Baseline {
  ms: number;
  outline_ms: number;
  section_ms: number[];
  /** Join, sanitize, links, SEO and the one transaction. */
  store_ms: number;
  words: number;
  /** The joined html before sanitizing (the sanitizer's input below). */
  raw: string;
}

async function writeBaseline(deps: AppDeps, actor: Actor, siteId: string, taskId: string): Promise<Baseline> {
  const tenant = { accountId: actor.accountId, userId: actor.userId };
  const t0 = performance.now();
  const { task, settings, input, related } = await withTenant(deps.db.app, tenant, (trx) =>
    readBrief(trx, siteId, taskId),
  );
  const { outline, sections, outlineMs, sectionMs } = await writeSections(input, related);
  const s0 = performance.now();
  const raw = sections.map((s) => s.html).join('\n');
  const clean = sanitizeHtml(raw, sanitizeOptionsOf(settings));
  const words = await withTenant(deps.db.app, tenant, async (trx) => {
    const site = await trx('sites').where({ id: siteId }).first('url');
    const base = String(site.url).replace(/\/+$/, '');
    // The site's other articles as the job reads them (linkTargets): newest first, anchored on their focus keyword,
    // title or secondary keywords.
    const rows: { id: string; slug: string; focus_keyword: string; title: string; secondary_keywords: string[] }[] =
      await trx('contents')
        .where({ site_id: siteId })
        .whereIn('status', ['approved', 'published'])
        .orderBy([{ column: 'updated_at', order: 'desc' }, 'id'])
        .limit(500)
        .select('id', 'slug', 'focus_keyword', 'title', 'secondary_keywords');
    const targets: LinkTarget[] = rows.map((r) => ({
      id: r.id,
      url: `${base}/${r.slug}/`,
      phrases: [r.focus_keyword, r.title, ...r.secondary_keywords],
    }));
    const slug = slugOf(input.primaryKeyword);
    const { html, links } = addInternalLinks(clean, targets, {
      selfUrl: `${base}/${slug}/`,
      perThousandWords: settings.links_per_1000_words,
    });
    const row = {
      title: outline.title,
      html,
      meta_title: outline.title.slice(0, 60),
      meta_description: sections[0]?.html.replace(/<[^>]*>/g, ' ').slice(0, 160) ?? null,
      slug,
      focus_keyword: input.primaryKeyword,
      language: input.voice.language,
      target_words: task.target_words,
    };
    const seo = analysisOf(row, new URL(base).host);
    await trx('contents').insert({
      ...row,
      account_id: actor.accountId,
      site_id: siteId,
      task_id: task.id,
      status: 'draft',
      secondary_keywords: JSON.stringify(input.secondaryKeywords),
      outline: JSON.stringify(outline),
      internal_links: JSON.stringify(links),
      faq: JSON.stringify(sections.flatMap((s) => s.faq ?? [])),
      word_count: seo.wordCount,
      seo_score: seo.score,
      seo_checks: JSON.stringify(seo.checks),
      provider: 'local',
    });
    await trx('tasks').where({ id: task.id }).update({ status: 'completed', updated_at: trx.fn.now() });
    return seo.wordCount;
  });
  const end = performance.now();
  return { ms: end - t0, outline_ms: outlineMs, section_ms: sectionMs, store_ms: end - s0, words, raw };
}

// ------------------------------------------------------------------------------------------------ 3 and 4

function seoTiming(html: string, brief: Brief) {
  const input = {
    title: brief.title,
    html,
    metaTitle: brief.title.slice(0, 60),
    metaDescription: `${brief.primary}: everything you need to know, step by step, with the questions people ask most.`,
    slug: slugOf(brief.primary),
    focusKeyword: brief.primary,
    language: 'en',
    targetWords: SEO_WORDS,
    siteHost: 'bench.example',
  };
  for (let i = 0; i < 50; i++) analyzeSeo(input);
  const times: number[] = [];
  let result = analyzeSeo(input);
  for (let i = 0; i < SEO_RUNS; i++) {
    const t0 = performance.now();
    result = analyzeSeo(input);
    times.push(performance.now() - t0);
  }
  return { times, words: result.wordCount, score: result.score };
}

/** The article's html with the corpus's vectors mixed in: one after every third line, in turn. */
function withVectors(html: string, vectors: string[], offset: number): string {
  const out: string[] = [];
  let v = offset;
  for (const [i, line] of html.split('\n').entries()) {
    out.push(line);
    if (i % 3 === 2) out.push(vectors[v++ % vectors.length] as string);
  }
  return out.join('\n');
}

/**
 * Each article sanitized SANITIZE_CALLS times by each sanitizer, the two taking turns on every call (which goes
 * first alternating) and each call timed on its own. A pass is the sum over the articles of each article's median
 * call: on a shared machine a call now and then waits tens of milliseconds for a core (or a garbage collection),
 * and whole rounds of one sanitizer then the other swung 0.5–2× from round to round. The mean over all calls,
 * interruptions included, is given beside it.
 */
function sanitizerThroughput(inputs: string[], ours: (html: string) => string, theirs: (html: string) => string) {
  const bytes = sum(inputs.map((h) => Buffer.byteLength(h)));
  // Warm both.
  for (let r = 0; r < 3; r++) {
    for (const h of inputs) {
      ours(h);
      theirs(h);
    }
  }
  const times = { ours: inputs.map(() => [] as number[]), theirs: inputs.map(() => [] as number[]) };
  for (let r = 0; r < SANITIZE_CALLS; r++) {
    for (const [i, h] of inputs.entries()) {
      const order = (r + i) % 2 === 0 ? (['ours', 'theirs'] as const) : (['theirs', 'ours'] as const);
      for (const which of order) {
        const fn = which === 'ours' ? ours : theirs;
        const t0 = performance.now();
        fn(h);
        times[which][i]?.push(performance.now() - t0);
      }
    }
  }
  const figures = (perArticle: number[][]) => {
    const pass = sum(perArticle.map(median));
    const mean = sum(perArticle.flat()) / SANITIZE_CALLS;
    return {
      mb_per_s: round(bytes / 1e6 / (pass / 1000), 2),
      articles_per_s: Math.round(inputs.length / (pass / 1000)),
      article_median_ms: round(median(perArticle.map(median)), 3),
      mb_per_s_all_calls: round(bytes / 1e6 / (mean / 1000), 2),
    };
  };
  const a = figures(times.ours);
  const b = figures(times.theirs);
  return {
    bytes_per_article: Math.round(bytes / inputs.length),
    calls_per_article: SANITIZE_CALLS,
    ours: a,
    sanitize_html_defaults: b,
    /** Our throughput over theirs (below 1: ours is slower). */
    ratio_ours_vs_defaults: round(a.mb_per_s / b.mb_per_s, 2),
    ratio_all_calls: round(a.mb_per_s_all_calls / b.mb_per_s_all_calls, 2),
  };
}

// ------------------------------------------------------------------------------------------------ main

async function main() {
  const database = await benchDatabase('writer');
  const log = jobLog();
  const config = loadConfig({
    NODE_ENV: 'test',
    DATABASE_URL: database.url,
    JWT_SECRET: 'bench-secret-bench-secret-bench-secret-00',
    DB_APP_PASSWORD: APP_PASSWORD,
    IGNY8_DATA_DIR: database.dataDir,
    LOG_LEVEL: 'info',
  });
  const runtime = await createRuntime(config, createLogger('info', log.sink), {
    mailer: new MemoryMailer(),
    pollingIntervalSeconds: 0.5,
  });
  try {
    const deps = runtime.deps;
    await deps.jobs.start({ work: true });
    const { owner, actor } = await benchActor(deps, 'writer', 100_000);
    const all = briefs(ARTICLES + 8);
    const list = all.slice(0, ARTICLES);
    const published = all.slice(ARTICLES);
    const a = await seedSite(deps, actor, owner.industryId, 'Checkpointed', list, published);
    const b = await seedSite(deps, actor, owner.industryId, 'Baseline', list, published);

    const m = machine();
    console.log(
      `writer: ${ARTICLES} articles of ${WORDS.toLocaleString('en-US')} words, local provider; machine ${m.cpu}, ${m.cores} cores, ${m.memoryGiB} GiB, Node ${m.node}; load ${loadavg()
        .map((x) => x.toFixed(1))
        .join(' ')}`,
    );
    // One unmeasured article each way first: the job, the provider and the queries compiled and planned.
    const warm = await seedSite(deps, actor, owner.industryId, 'Warm', list.slice(0, 1), published);
    await writeCheckpointed(deps, actor, log, warm.siteId, warm.taskIds[0] as string);
    const warmB = await seedSite(deps, actor, owner.industryId, 'Warmb', list.slice(0, 1), published);
    await writeBaseline(deps, actor, warmB.siteId, warmB.taskIds[0] as string);

    const checkpointed: Checkpointed[] = [];
    const baseline: Baseline[] = [];
    for (let i = 0; i < ARTICLES; i++) {
      const order = i % 2 === 0 ? ['A', 'B'] : ['B', 'A'];
      for (const mode of order) {
        if (mode === 'A')
          checkpointed.push(await writeCheckpointed(deps, actor, log, a.siteId, a.taskIds[i] as string));
        else baseline.push(await writeBaseline(deps, actor, b.siteId, b.taskIds[i] as string));
      }
      const c = checkpointed[i] as Checkpointed;
      const r = baseline[i] as Baseline;
      console.log(
        `article ${String(i + 1).padStart(2)} (${order.join(' ')}): checkpointed ${ms(c.wall_ms)} end to end (queue ${ms(c.pickup_ms)}, text ${ms(c.text_ms)} in ${c.sections.length} sections, images ${ms(c.images_ms)}), ${c.words} words; baseline ${ms(r.ms)}, ${r.words} words`,
      );
    }
    const sameWords = checkpointed.filter((c, i) => c.words === baseline[i]?.words).length;
    // Both modes stored the same article: the same html, links included, but for the site's host in their URLs.
    const htmlOf = async (siteId: string, taskId: string, host: string) =>
      String(
        (await deps.db.owner('contents').where({ site_id: siteId, task_id: taskId }).first('html'))?.html,
      ).replaceAll(host, 'site.example');
    let sameHtml = 0;
    for (let i = 0; i < ARTICLES; i++) {
      const x = await htmlOf(a.siteId, a.taskIds[i] as string, 'checkpointed.example');
      const y = await htmlOf(b.siteId, b.taskIds[i] as string, 'baseline.example');
      if (x === y) sameHtml++;
    }
    const sectionsPer = checkpointed.map((c) => c.sections.length);
    const allSections = checkpointed.flatMap((c) => c.sections);
    const sectionRun = allSections.map((s) => s.run_ms);
    const sectionCommit = allSections.map((s) => s.commit_ms);
    const baselineSection = baseline.flatMap((r) => r.section_ms);
    const A = {
      wall_median_ms: Math.round(median(checkpointed.map((c) => c.wall_ms))),
      wall_p90_ms: Math.round(
        quantile(
          checkpointed.map((c) => c.wall_ms),
          0.9,
        ),
      ),
      pickup_median_ms: Math.round(median(checkpointed.map((c) => c.pickup_ms))),
      job_median_ms: Math.round(median(checkpointed.map((c) => c.job_ms))),
      text_median_ms: Math.round(median(checkpointed.map((c) => c.text_ms))),
      text_p90_ms: Math.round(
        quantile(
          checkpointed.map((c) => c.text_ms),
          0.9,
        ),
      ),
      images_median_ms: Math.round(median(checkpointed.map((c) => c.images_ms))),
      sections_median: median(sectionsPer),
      per_section_wall_ms: round(median(checkpointed.map((c) => c.wall_ms / c.sections.length)), 1),
      per_section_text_ms: round(median(checkpointed.map((c) => c.text_ms / c.sections.length)), 1),
      section_step: {
        steps: allSections.length,
        run_median_ms: median(sectionRun),
        run_p90_ms: quantile(sectionRun, 0.9),
        commit_median_ms: median(sectionCommit),
        commit_p90_ms: quantile(sectionCommit, 0.9),
      },
      outline_step_median_ms: median(checkpointed.map((c) => c.outline.run_ms + c.outline.commit_ms)),
      assembly_step_median_ms: median(checkpointed.map((c) => c.assembly.run_ms + c.assembly.commit_ms)),
      words_median: median(checkpointed.map((c) => c.words)),
    };
    const B = {
      median_ms: round(median(baseline.map((r) => r.ms)), 1),
      p90_ms: round(
        quantile(
          baseline.map((r) => r.ms),
          0.9,
        ),
        1,
      ),
      outline_median_ms: round(median(baseline.map((r) => r.outline_ms)), 2),
      section_median_ms: round(median(baselineSection), 2),
      store_median_ms: round(median(baseline.map((r) => r.store_ms)), 1),
      per_section_ms: round(median(baseline.map((r) => r.ms / r.section_ms.length)), 2),
      words_median: median(baseline.map((r) => r.words)),
    };
    const ratioText = round(A.text_median_ms / B.median_ms, 1);
    const ratioWall = round(A.wall_median_ms / B.median_ms, 1);
    // The same per article pair (the two ran next to each other): less exposed to a slow stretch of the machine.
    const ratioPairs = round(median(checkpointed.map((c, i) => c.text_ms / (baseline[i] as Baseline).ms)), 1);
    console.log(
      `checkpointed (median of ${ARTICLES}): ${ms(A.wall_median_ms)} end to end (p90 ${ms(A.wall_p90_ms)}), of which the queue's pick-up ${ms(A.pickup_median_ms)}, the job ${ms(A.job_median_ms)}: text ${ms(A.text_median_ms)} (p90 ${ms(A.text_p90_ms)}; outline ${ms(A.outline_step_median_ms)}, assembly ${ms(A.assembly_step_median_ms)}) and images ${ms(A.images_median_ms)}; ${A.sections_median} sections, ${A.words_median} words`,
    );
    console.log(
      `  per section: ${ms(A.per_section_wall_ms, 1)} end to end, ${ms(A.per_section_text_ms, 1)} of text; the section step (${allSections.length} lines): run ${ms(A.section_step.run_median_ms)} (p90 ${ms(A.section_step.run_p90_ms)}), commit ${ms(A.section_step.commit_median_ms)} (p90 ${ms(A.section_step.commit_p90_ms)})`,
    );
    console.log(
      `baseline (median of ${ARTICLES}): ${ms(B.median_ms, 1)} (p90 ${ms(B.p90_ms, 1)}; outline ${ms(B.outline_median_ms, 2)}, a section ${ms(B.section_median_ms, 2)}, join + sanitize + links + SEO + the one transaction ${ms(B.store_median_ms, 1)}); ${B.words_median} words; same word count as checkpointed in ${sameWords}/${ARTICLES}, same html in ${sameHtml}/${ARTICLES}`,
    );
    console.log(
      `checkpointed/baseline: ${ratioText}× for the text (outline, sections, assembly; ${ratioPairs}× as the median of the article pairs' ratios), ${ratioWall}× end to end (with the queue and the featured image)`,
    );

    // 3. SEO analysis of a 2,000-word article.
    const seoBrief = list[0] as Brief;
    const seoInput = await withTenant(deps.db.app, { accountId: actor.accountId, userId: actor.userId }, (trx) =>
      readBrief(trx, b.siteId, b.taskIds[0] as string),
    );
    const long = await writeSections({ ...seoInput.input, targetWords: SEO_WORDS }, seoInput.related);
    const longHtml = sanitizeHtml(long.sections.map((s) => s.html).join('\n'));
    const seo = seoTiming(longHtml, seoBrief);
    const seoFigures = {
      words: seo.words,
      html_bytes: Buffer.byteLength(longHtml),
      runs: SEO_RUNS,
      median_ms: round(median(seo.times), 3),
      p90_ms: round(quantile(seo.times, 0.9), 3),
      score: seo.score,
    };
    console.log(
      `analyzeSeo on a ${seo.words}-word article (${seoFigures.html_bytes.toLocaleString('en-US')} bytes), ${SEO_RUNS} warm runs: median ${seoFigures.median_ms} ms, p90 ${seoFigures.p90_ms} ms (score ${seo.score})`,
    );

    // 4. Sanitizer throughput.
    const raws = baseline.map((r) => r.raw);
    const vectors = readFileSync(join(serverDir, 'test/fixtures/xss-vectors.txt'), 'utf8')
      .split('\n')
      .filter((l) => l.trim() && !l.startsWith('# '));
    const mixed = raws.map((h, i) => withVectors(h, vectors, i * 7));
    const sameOutput = raws.filter((h) => sanitizeHtml(h) === defaultSanitize(h)).length;
    const clean = sanitizerThroughput(raws, (h) => sanitizeHtml(h), defaultSanitize);
    const xss = sanitizerThroughput(mixed, (h) => sanitizeHtml(h), defaultSanitize);
    const show = (label: string, s: ReturnType<typeof sanitizerThroughput>) =>
      console.log(
        `sanitizer, ${label} (${s.bytes_per_article.toLocaleString('en-US')} bytes an article): ours ${s.ours.mb_per_s} MB/s (${s.ours.articles_per_s.toLocaleString('en-US')} articles/s), sanitize-html defaults ${s.sanitize_html_defaults.mb_per_s} MB/s (${s.sanitize_html_defaults.articles_per_s.toLocaleString('en-US')} articles/s): ours at ${s.ratio_ours_vs_defaults}× their throughput (${s.ratio_all_calls}× over all calls, interruptions included: ${s.ours.mb_per_s_all_calls} vs ${s.sanitize_html_defaults.mb_per_s_all_calls} MB/s)`,
      );
    show('generated articles', clean);
    show(`with the ${vectors.length} XSS vectors mixed in`, xss);
    console.log(`  same output as sanitize-html's defaults on the generated articles: ${sameOutput}/${raws.length}`);

    printResult({
      bench: 'writer',
      machine: m,
      load: loadavg().map((x) => round(x, 2)),
      articles: ARTICLES,
      target_words: WORDS,
      images: 'in_article_images 0: the featured image only, reported apart (images_median_ms)',
      checkpointed: {
        ...A,
        wall_runs_ms: checkpointed.map((c) => Math.round(c.wall_ms)),
        text_runs_ms: checkpointed.map((c) => Math.round(c.text_ms)),
      },
      baseline: { ...B, runs_ms: baseline.map((r) => round(r.ms, 1)) },
      same_word_count: sameWords,
      same_html: sameHtml,
      ratio_checkpointed_vs_baseline_text: ratioText,
      ratio_checkpointed_vs_baseline_text_pairs: ratioPairs,
      ratio_checkpointed_vs_baseline_end_to_end: ratioWall,
      seo: seoFigures,
      sanitizer: {
        generated: clean,
        with_xss_vectors: { vectors: vectors.length, ...xss },
        same_output_as_defaults: sameOutput,
      },
    });
  } finally {
    await runtime.close();
    await database.drop();
  }
}

await main();
