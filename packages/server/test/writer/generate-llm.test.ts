// An article written by an OpenAI-compatible provider (msw stands in for it): a 3,000-word article in one call per
// section, none longer than the per-call timeout, a 429 and a hung call in the middle backed off and retried, the
// site's language and brand voice in every prompt; and a provider that fails every call, whose article fails with
// a clear reason and gives every credit back.
import { Igny8 } from '@igny8/sdk';
import { delay, HttpResponse, http } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { call, signupWithSite } from '../helpers/http.js';
import { operatorSession, startTestServer, type TestServer } from '../helpers/server.js';

const BASE = 'http://127.0.0.1:11437/v1';
const TIMEOUT_MS = 1500;
const mock = setupServer();

interface Seen {
  prompt: string;
  ms: number;
  status: number;
}
let seen: Seen[] = [];
/** What the provider does with the next calls: answer, fail with a status, or hang past the timeout. */
let script: ('ok' | '429' | 'hang' | '500')[] = [];
let fallback: 'ok' | '500' = 'ok';

const words = (n: number, word: string) =>
  Array.from({ length: Math.max(1, n) }, (_, i) => (i % 12 === 11 ? `${word}.` : word)).join(' ');
const count = (html: string) => (html.replace(/<[^>]*>/g, ' ').match(/[\p{L}\p{N}]+/gu) ?? []).length;

function outline() {
  const sections = Array.from({ length: 8 }, (_, i) => ({
    heading: `Sección ${i + 1} sobre el café de especialidad`,
    brief: `Explica la parte ${i + 1}.`,
    keywords: ['café de especialidad'],
    words: 300,
    subsections: i % 3 === 0 ? [{ heading: `Detalle ${i + 1}`, keywords: [], words: 100 }] : [],
  }));
  return {
    title: 'Café de especialidad: la guía completa',
    intro: { brief: 'Presenta el café de especialidad.', keywords: ['café de especialidad'], words: 200 },
    sections,
    faq: { heading: 'Preguntas frecuentes', questions: ['¿Qué es?', '¿Cuánto cuesta?'], words: 150 },
    conclusion: { heading: 'Conclusión', brief: 'Resume.', words: 250 },
  };
}

/** Answers like a model would: the outline, or the section the prompt asks for at the length it asks. */
function answer(prompt: string): unknown {
  if (prompt.includes('Plan the article')) return outline();
  if (prompt.includes('in-article images')) {
    return {
      featured: { prompt: 'A cup of coffee on a wooden table', alt: 'Una taza de café de especialidad' },
      in_article: [
        { prompt: 'Coffee beans', alt: 'Granos de café', section: 2 },
        { prompt: 'A barista', alt: 'Una barista', section: 6 },
      ],
    };
  }
  const length = Number(/Length: about (\d+) words/.exec(prompt)?.[1] ?? 100);
  const part = /Now write only (.*)/.exec(prompt)?.[1] ?? '';
  const heading = /"([^"]+)"/.exec(part)?.[1];
  const subs = [...prompt.matchAll(/with the sub-section "([^"]+)"/g)].map((m) => m[1] as string);
  if (part.startsWith('the FAQ')) {
    const questions = part.split(': ').slice(1).join(': ').split(' | ');
    const faq = questions.map((question) => ({
      question,
      answer: words(Math.round(length / questions.length) - 2, 'respuesta'),
    }));
    const html = [`<h2>${heading}</h2>`, ...faq.flatMap((f) => [`<h3>${f.question}</h3>`, `<p>${f.answer}</p>`])].join(
      '',
    );
    return { html, summary: 'Las preguntas frecuentes.', faq };
  }
  // One section comes back without its heading, as models sometimes answer.
  const head =
    heading && !part.startsWith('the introduction') && !heading.startsWith('Sección 3 ') ? `<h2>${heading}</h2>` : '';
  const body = length - count(head) - subs.reduce((n, s) => n + count(s), 0);
  const per = Math.round(body / (1 + subs.length));
  const html = `${head}<p>${words(per, 'café')}</p>${subs.map((s) => `<h3>${s}</h3><p>${words(per, 'grano')}</p>`).join('')}`;
  return { html, summary: `Se habló de ${heading ?? 'la introducción'}.` };
}

beforeAll(() => mock.listen({ onUnhandledFrame: 'bypass' }));
afterAll(() => mock.close());
beforeEach(() => {
  seen = [];
  script = [];
  fallback = 'ok';
  mock.use(
    http.post(`${BASE}/chat/completions`, async ({ request }) => {
      const started = Date.now();
      const body = (await request.json()) as { messages: { content: string }[] };
      const prompt = body.messages.map((m) => m.content).join('\n');
      const next = script.shift() ?? fallback;
      const record = (status: number) => seen.push({ prompt, ms: Date.now() - started, status });
      if (next === 'hang') {
        record(0);
        await delay('infinite');
      }
      if (next === '429') {
        record(429);
        return HttpResponse.json(
          { error: { message: 'slow down' } },
          { status: 429, headers: { 'retry-after-ms': '50' } },
        );
      }
      if (next === '500') {
        record(500);
        return HttpResponse.json({ error: { message: 'upstream broke' } }, { status: 500 });
      }
      record(200);
      return HttpResponse.json({
        id: 'chatcmpl-1',
        object: 'chat.completion',
        model: 'test-writer',
        choices: [
          { index: 0, message: { role: 'assistant', content: JSON.stringify(answer(prompt)) }, finish_reason: 'stop' },
        ],
        usage: { prompt_tokens: 900, completion_tokens: 600, total_tokens: 1500 },
      });
    }),
  );
});

let server: TestServer;
let operator: string;
beforeAll(async () => {
  server = await startTestServer({
    env: {
      AI_PROVIDER: 'openai-compatible',
      OPENAI_COMPATIBLE_BASE_URL: BASE,
      OPENAI_COMPATIBLE_CHAT_MODEL: 'test-writer',
      AI_FALLBACK_TO_LOCAL: 'false',
      AI_TIMEOUT_MS: String(TIMEOUT_MS),
      AI_MAX_RETRIES: '2',
    },
  });
  operator = await operatorSession(server);
});
afterAll(() => server.close());

async function spanishTask(targetWords: number) {
  const { s, site } = await signupWithSite(server.url, 'Cafetería', {
    url: 'https://cafe.example',
    bonus: { operator: operator, amount: 500 },
  });
  await call(server.url, 'PATCH', `/v1/sites/${site.id}/writer-settings`, {
    token: s.access_token,
    body: { language: 'es', tone: 'cercano y experto', banned_words: ['barato'] },
  });
  const task = (
    await call(server.url, 'POST', `/v1/sites/${site.id}/tasks`, {
      token: s.access_token,
      body: {
        title: 'Café de especialidad: la guía completa',
        primary_keyword: 'café de especialidad',
        target_words: targetWords,
      },
    })
  ).body.data;
  return {
    s,
    siteId: site.id as string,
    taskId: task.id as string,
    client: new Igny8({ baseUrl: server.url, accessToken: s.access_token }),
  };
}

describe('generation with an OpenAI-compatible provider', () => {
  it('writes a 3,000-word article one section per call, backing off a 429 and a hung call', async () => {
    const { s, siteId, taskId, client } = await spanishTask(3000);
    // The account's own system prompt for outlines, laid over the default (the user prompt stays the default's).
    const custom = await call(server.url, 'PUT', `/v1/admin/accounts/${s.account.id}/ai`, {
      token: operator,
      body: { templates: { outline: { system: 'Eres el editor jefe de {{audience}}. Answer with JSON only.' } } },
    });
    expect(custom.status).toBe(200);
    // The outline, two sections, then a 429 and a call that never answers: both retried.
    script = ['ok', 'ok', 'ok', '429', 'ok', 'hang', 'ok'];
    const op = await client.tasks.generate(siteId, taskId);
    const done = await client.operations.wait(op.id, { intervalMs: 100, timeoutMs: 120_000 });
    expect(done.status, JSON.stringify(done.error)).toBe('succeeded');
    if (done.kind !== 'content.generate' || !done.result) throw new Error('no result');
    const content = await client.contents.get(siteId, done.result.content_id);
    // One call for the outline, one per part (intro, 8 sections, FAQ, conclusion) and one for the image prompts,
    // plus the two retried.
    expect(done.result.sections).toBe(11);
    expect(seen.filter((c) => c.status === 200)).toHaveLength(13);
    expect(seen.filter((c) => c.status !== 200)).toHaveLength(2);
    // No call lasted longer than the per-call timeout (the hung one was cut off by it).
    for (const c of seen) expect(c.ms).toBeLessThan(TIMEOUT_MS);
    expect(Math.abs(content.word_count - 3000) / 3000).toBeLessThanOrEqual(0.15);
    expect(content.provider).toBe('openai-compatible');
    expect(content.model).toBe('test-writer');
    expect(content.language).toBe('es');
    expect(content.faq).toHaveLength(2);
    // Every planned H2 is in the article once, the one the model left out too.
    for (const section of content.outline?.sections ?? []) {
      expect(content.html.split(`<h2>${section.heading}</h2>`)).toHaveLength(2);
    }
    // The site's language and brand voice in every prompt, the banned words too.
    for (const c of seen) {
      expect(c.prompt).toContain('language "es"');
      expect(c.prompt).toContain('cercano y experto');
      expect(c.prompt).toContain('barato');
    }
    // Later sections are told what the earlier ones said.
    const planned = seen.find((c) => c.prompt.includes('Plan the article'));
    expect(planned?.prompt).toContain('Eres el editor jefe de readers searching for this topic.');
    const sections = seen.filter((c) => c.prompt.includes('Now write only'));
    expect(sections.at(-1)?.prompt).toContain('Se habló de Sección 8 sobre el café de especialidad.');
    // The images: prompts from the model, drawn by the local renderer (no image model is configured).
    const images = await client.contents.images(siteId, content.id);
    expect(images.map((i) => [i.kind, i.position, i.alt_text, i.status])).toEqual([
      ['featured', 0, 'Una taza de café de especialidad', 'generated'],
      ['in_article', 2, 'Granos de café', 'generated'],
      ['in_article', 6, 'Una barista', 'generated'],
    ]);
    const held = await server.deps.db.owner('credit_reservations').where({ account_id: s.account.id, status: 'held' });
    expect(held).toHaveLength(0);
    // The words at 1 credit per 100, the image prompts at 1, three images at 2.
    expect(done.result.credits).toBe(Math.ceil(content.word_count / 100) + 1 + 3 * 2);
  }, 120_000);

  it('fails the task with a clear reason and releases the reservation when every call fails', async () => {
    const { s, siteId, taskId, client } = await spanishTask(1500);
    const balance = async () =>
      (await call(server.url, 'GET', '/v1/billing/balance', { token: s.access_token })).body.data;
    const before = await balance();
    fallback = '500';
    const op = await client.tasks.generate(siteId, taskId);
    await client.operations.wait(op.id, { intervalMs: 100, timeoutMs: 120_000 }).catch(() => undefined);
    const done = await client.operations.get(op.id);
    expect(done.status).toBe('failed');
    expect(done.error?.code).toBe('AI_PROVIDER_FAILED');
    const task = await client.tasks.get(siteId, taskId);
    expect(task.status).toBe('failed');
    expect(task.status_reason).toMatch(/provider/i);
    const reservations = await server.deps.db
      .owner('credit_reservations')
      .where({ account_id: s.account.id, operation: 'generate_content' });
    expect(reservations.length).toBeGreaterThan(0);
    expect(reservations.every((r) => r.status === 'released')).toBe(true);
    const after = await balance();
    expect(after).toEqual(before);
    expect((await client.contents.list(siteId)).data).toHaveLength(0);
  }, 120_000);
});
