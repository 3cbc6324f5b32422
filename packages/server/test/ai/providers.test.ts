import { delay, HttpResponse, http } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import {
  AiConfigError,
  type AiProvider,
  buildIdeasRequest,
  createLocalProvider,
  createOpenAiCompatibleProvider,
  createProviderChain,
  createProviders,
  generateIdeas,
  type Idea,
  type IdeasInput,
  IdeasOutputSchema,
  type OpenAiCompatibleConfig,
  PNG_SIGNATURE,
  ProviderError,
  parseAiEnv,
  parseRetryAfter,
  renderPrompt,
  renderPromptPng,
  renderTemplate,
} from '../../src/ai/index.js';

// The "remote" model server is a loopback origin answered in-process by msw (an Ollama-style address): even if
// interception broke, a request could only reach this machine.
const BASE = 'http://127.0.0.1:11434/v1';
const CHAT = `${BASE}/chat/completions`;
const EMBEDDINGS = `${BASE}/embeddings`;

const mock = setupServer();
const seenUrls: string[] = [];
mock.events.on('request:start', ({ request }) => {
  seenUrls.push(request.url);
});
beforeAll(() => mock.listen({ onUnhandledFrame: 'error' }));
afterEach(() => mock.resetHandlers());
afterAll(() => {
  mock.close();
  expect(seenUrls.length).toBeGreaterThan(0);
  for (const url of seenUrls) expect(new URL(url).hostname).toBe('127.0.0.1');
});

const cluster: IdeasInput = {
  cluster: {
    name: 'running shoes',
    intent: 'informational',
    keywords: [
      { phrase: 'running shoes', volume: 1000 },
      { phrase: 'trail running shoes', volume: 300 },
      { phrase: 'how to clean running shoes', volume: 100 },
    ],
  },
  count: 2,
};

const idea = (title: string): Idea => ({
  title,
  brief: 'A guide for people choosing running shoes.',
  outline: [
    { heading: 'Trail running shoes', level: 2 },
    { heading: 'How to clean running shoes', level: 3 },
  ],
  primaryKeyword: 'running shoes',
  secondaryKeywords: ['trail running shoes'],
  structure: 'guide',
  contentType: 'post',
  targetWords: 1500,
});
const validIdeas = { ideas: [idea('Running shoes: the guide'), idea('Trail running shoes explained')] };

function completion(content: string, usage = { prompt_tokens: 1200, completion_tokens: 800 }) {
  return {
    id: 'chatcmpl-1',
    object: 'chat.completion',
    model: 'test-chat',
    choices: [{ index: 0, message: { role: 'assistant', content }, finish_reason: 'stop' }],
    usage: { ...usage, total_tokens: usage.prompt_tokens + usage.completion_tokens },
  };
}

interface Seen {
  body: any;
  headers: Headers;
}

/** Answers each chat call with the next responder; records what was sent. */
function chatSequence(...responders: ((seen: Seen) => Response | Promise<Response>)[]) {
  const seen: Seen[] = [];
  mock.use(
    http.post(CHAT, async ({ request }) => {
      const entry = { body: await request.json(), headers: request.headers };
      seen.push(entry);
      const responder = responders[Math.min(seen.length, responders.length) - 1]!;
      return responder(entry);
    }),
  );
  return seen;
}

function provider(overrides: Partial<OpenAiCompatibleConfig> = {}) {
  const delays: number[] = [];
  const p = createOpenAiCompatibleProvider({
    name: 'remote',
    baseUrl: BASE,
    apiKey: 'sk-test-local',
    models: { chat: 'test-chat', embedding: 'test-embed' },
    prices: { 'test-chat': { input: 0.5, output: 1.5 }, 'test-embed': { input: 0.02 } },
    timeoutMs: 2_000,
    maxRetries: 2,
    // Retries wait through this hook, so tests assert the delays without sleeping through them.
    sleep: async (ms) => {
      delays.push(ms);
    },
    ...overrides,
  });
  return { p, delays };
}

describe('openai-compatible provider: structured text', () => {
  it('sends a strict json_schema request and returns the validated value with usage and cost', async () => {
    const seen = chatSequence(() => HttpResponse.json(completion(JSON.stringify(validIdeas))));
    const { p } = provider();
    const result = await p.generate!(buildIdeasRequest(cluster));

    expect(result.value).toEqual(validIdeas);
    // 1200 in × $0.5/M + 800 out × $1.5/M
    expect(result.usage).toEqual({
      provider: 'remote',
      model: 'test-chat',
      tokensIn: 1200,
      tokensOut: 800,
      costUsd: 0.0018,
    });

    expect(seen).toHaveLength(1);
    const { body, headers } = seen[0]!;
    expect(headers.get('authorization')).toBe('Bearer sk-test-local');
    expect(body.model).toBe('test-chat');
    expect(body.max_tokens).toBeGreaterThan(0);
    expect(body.response_format.type).toBe('json_schema');
    expect(body.response_format.json_schema).toMatchObject({ name: 'ideas', strict: true });
    const schema = body.response_format.json_schema.schema;
    expect(schema.$schema).toBeUndefined();
    expect(schema.required).toEqual(['ideas']);
    expect(schema.properties.ideas.items.additionalProperties).toBe(false);
    expect(body.messages.map((m: any) => m.role)).toEqual(['system', 'user']);
    expect(body.messages[1].content).toContain('"running shoes"');
    expect(body.messages[1].content).toContain('- trail running shoes (volume 300)');
  });

  it('waits as long as Retry-After says after a 429, then succeeds', async () => {
    const seen = chatSequence(
      () =>
        HttpResponse.json(
          { error: { message: 'Rate limit reached', code: 'rate_limit_exceeded' } },
          { status: 429, headers: { 'Retry-After': '2' } },
        ),
      () => HttpResponse.json(completion(JSON.stringify(validIdeas))),
    );
    const { p, delays } = provider();
    const result = await p.generate!(buildIdeasRequest(cluster));
    expect(result.value).toEqual(validIdeas);
    expect(seen).toHaveLength(2);
    expect(delays).toEqual([2000]);
  });

  it('parses Retry-After as seconds or as an HTTP date', () => {
    const now = Date.parse('2026-05-01T10:00:00Z');
    expect(parseRetryAfter(new Headers({ 'retry-after': '3' }), now)).toBe(3000);
    expect(parseRetryAfter(new Headers({ 'retry-after': 'Fri, 01 May 2026 10:00:05 GMT' }), now)).toBe(5000);
    expect(parseRetryAfter(new Headers({ 'retry-after': 'Fri, 01 May 2026 09:00:00 GMT' }), now)).toBe(0);
    expect(parseRetryAfter(new Headers({ 'retry-after-ms': '250' }), now)).toBe(250);
    expect(parseRetryAfter(new Headers({ 'retry-after': 'soon' }), now)).toBeUndefined();
  });

  it('fails fast with RATE_LIMITED when Retry-After is beyond the cap, and gives up after the bounded retries', async () => {
    chatSequence(() => HttpResponse.json({ error: 'slow down' }, { status: 429, headers: { 'Retry-After': '600' } }));
    const { p, delays } = provider({ maxRetryAfterMs: 30_000 });
    const long = await p.generate!(buildIdeasRequest(cluster)).catch((e) => e);
    expect(long).toBeInstanceOf(ProviderError);
    expect(long).toMatchObject({ code: 'RATE_LIMITED', retryable: true, retryAfterMs: 600_000, status: 429 });
    expect(delays).toEqual([]);

    mock.resetHandlers();
    const seen = chatSequence(() => HttpResponse.json({ error: 'busy' }, { status: 503 }));
    const { p: p2, delays: backoffs } = provider({ maxRetries: 3, random: () => 0 });
    const exhausted = await p2.generate!(buildIdeasRequest(cluster)).catch((e) => e);
    expect(exhausted).toMatchObject({ code: 'UNAVAILABLE', status: 503 });
    expect(exhausted.message).toContain('after 4 attempts');
    expect(seen).toHaveLength(4);
    // No Retry-After: exponential back-off (with jitter at its floor here).
    expect(backoffs).toEqual([250, 500, 1000]);
  });

  it('times out a call that takes longer than the per-call timeout, retries, and reports TIMEOUT', async () => {
    const seen = chatSequence(async () => {
      await delay(1_000);
      return HttpResponse.json(completion(JSON.stringify(validIdeas)));
    });
    const { p } = provider({ timeoutMs: 100, maxRetries: 1 });
    const started = Date.now();
    const error = await p.generate!(buildIdeasRequest(cluster)).catch((e) => e);
    expect(error).toBeInstanceOf(ProviderError);
    expect(error).toMatchObject({ code: 'TIMEOUT', retryable: true });
    expect(error.message).toContain('100 ms');
    expect(seen).toHaveLength(2);
    expect(Date.now() - started).toBeLessThan(1_500);
  });

  it('succeeds when a retry after a timeout answers in time', async () => {
    const seen = chatSequence(
      async () => {
        await delay(1_000);
        return HttpResponse.json(completion('{}'));
      },
      () => HttpResponse.json(completion(JSON.stringify(validIdeas))),
    );
    const { p } = provider({ timeoutMs: 100, maxRetries: 1 });
    const result = await p.generate!(buildIdeasRequest(cluster));
    expect(result.value).toEqual(validIdeas);
    expect(seen).toHaveLength(2);
  });

  it('repairs malformed JSON with one more call that shows the model its output and the errors', async () => {
    const broken = '```json\n{"ideas": [{"title": "Running shoes"';
    const seen = chatSequence(
      () => HttpResponse.json(completion(broken, { prompt_tokens: 100, completion_tokens: 50 })),
      () => HttpResponse.json(completion(JSON.stringify(validIdeas), { prompt_tokens: 300, completion_tokens: 200 })),
    );
    const { p } = provider();
    const result = await p.generate!(buildIdeasRequest(cluster));
    expect(result.value).toEqual(validIdeas);
    expect(result.usage).toMatchObject({ tokensIn: 400, tokensOut: 250 });

    expect(seen).toHaveLength(2);
    const repair = seen[1]!.body.messages;
    expect(repair.map((m: any) => m.role)).toEqual(['system', 'user', 'assistant', 'user']);
    expect(repair[2].content).toBe(broken);
    expect(repair[3].content).toContain('not valid JSON');
    expect(repair[3].content).toContain('corrected JSON');
  });

  it('repairs output that is JSON but does not match the schema', async () => {
    const seen = chatSequence(
      () => HttpResponse.json(completion(JSON.stringify({ ideas: [{ title: 'Only a title' }] }))),
      () => HttpResponse.json(completion(`Here you go:\n${JSON.stringify(validIdeas)}`)),
    );
    const { p } = provider();
    const result = await p.generate!(buildIdeasRequest(cluster));
    expect(result.value).toEqual(validIdeas);
    expect(seen[1]!.body.messages[3].content).toContain('ideas.0.outline');
  });

  it('asks for a shorter answer when the reply was cut off at the token limit', async () => {
    const cut = {
      ...completion('{"ideas": [{"title": "Running'),
      choices: [
        { index: 0, message: { role: 'assistant', content: '{"ideas": [{"title": "Running' }, finish_reason: 'length' },
      ],
    };
    const seen = chatSequence(
      () => HttpResponse.json(cut),
      () => HttpResponse.json(completion(JSON.stringify(validIdeas))),
    );
    const { p } = provider();
    await p.generate!(buildIdeasRequest(cluster));
    expect(seen[1]!.body.messages[3].content).toContain('cut off at the token limit');
  });

  it('gives a clear INVALID_OUTPUT error when the output is malformed twice', async () => {
    const seen = chatSequence(
      () => HttpResponse.json(completion('I cannot answer in JSON, sorry.')),
      () => HttpResponse.json(completion(JSON.stringify({ ideas: [{ ...idea('x'), structure: 'essay' }] }))),
    );
    const { p } = provider();
    const error = await p.generate!(buildIdeasRequest(cluster)).catch((e) => e);
    expect(error).toBeInstanceOf(ProviderError);
    expect(error.code).toBe('INVALID_OUTPUT');
    expect(error.message).toContain('remote (test-chat) gave invalid output for task "ideas" twice');
    expect(error.message).toContain('ideas.0.structure');
    // Both calls cost tokens; the error carries them so they can still be recorded.
    expect(error.usage).toMatchObject({ tokensIn: 2400, tokensOut: 1600 });
    expect(seen).toHaveLength(2);
  });

  it('maps quota, auth and bad-request answers to codes, without retrying them', async () => {
    const cases: [number, unknown, string, boolean][] = [
      [
        429,
        { error: { message: 'You exceeded your current quota', code: 'insufficient_quota' } },
        'QUOTA_EXCEEDED',
        false,
      ],
      [402, { error: { message: 'Insufficient credits' } }, 'QUOTA_EXCEEDED', false],
      [401, { error: { message: 'Invalid API key' } }, 'UNAVAILABLE', false],
      [400, { error: { message: 'Invalid schema for response_format' } }, 'BAD_REQUEST', false],
    ];
    for (const [status, body, code, retryable] of cases) {
      mock.resetHandlers();
      const seen = chatSequence(() => HttpResponse.json(body as object, { status }));
      const { p, delays } = provider();
      const error = await p.generate!(buildIdeasRequest(cluster)).catch((e) => e);
      expect(error, `HTTP ${status}`).toMatchObject({ code, retryable, status });
      expect(seen).toHaveLength(1);
      expect(delays).toEqual([]);
    }
  });

  it('sends the schema in the prompt and json_object when configured for older servers', async () => {
    const seen = chatSequence(() => HttpResponse.json(completion(JSON.stringify({ n: 2 }))));
    const { p } = provider({ responseFormat: 'json_object', maxTokensParam: 'max_completion_tokens' });
    const result = await p.generate!({
      task: 'count',
      prompt: 'Count.',
      schema: z.object({ n: z.number() }),
      maxTokens: 50,
    });
    expect(result.value).toEqual({ n: 2 });
    expect(seen[0]!.body.response_format).toEqual({ type: 'json_object' });
    expect(seen[0]!.body.max_completion_tokens).toBe(50);
    expect(seen[0]!.body.messages[0].content).toContain('"required":["n"]');
  });

  it('sends a schema with optional fields non-strict instead of having it refused', async () => {
    const seen = chatSequence(() => HttpResponse.json(completion(JSON.stringify({ a: 'x' }))));
    const { p } = provider();
    await p.generate!({ task: 'opt', prompt: 'p', schema: z.object({ a: z.string(), b: z.string().optional() }) });
    expect(seen[0]!.body.response_format.json_schema.strict).toBe(false);
  });

  it('passes the caller’s cancellation through as is, without retrying', async () => {
    const seen = chatSequence(async () => {
      await delay(1_000);
      return HttpResponse.json(completion('{}'));
    });
    const { p } = provider();
    const controller = new AbortController();
    const reason = new Error('user cancelled');
    setTimeout(() => controller.abort(reason), 50);
    const error = await p.generate!({ ...buildIdeasRequest(cluster), signal: controller.signal }).catch((e) => e);
    expect(error).toBe(reason);
    expect(seen).toHaveLength(1);
  });
});

describe('openai-compatible provider: embeddings and images', () => {
  it('embeds in batches, in input order, with usage and cost', async () => {
    const bodies: any[] = [];
    mock.use(
      http.post(EMBEDDINGS, async ({ request }) => {
        const body = (await request.json()) as { input: string[] };
        bodies.push(body);
        // Answer out of order: the provider must sort by index.
        const data = body.input
          .map((text, index) => ({ object: 'embedding', index, embedding: [text.length, index] }))
          .reverse();
        return HttpResponse.json({
          object: 'list',
          model: 'test-embed',
          data,
          usage: { prompt_tokens: 10 * body.input.length },
        });
      }),
    );
    const { p } = provider({ embeddingBatchSize: 2 });
    const result = await p.embed!(['a', 'bb', 'ccc']);
    expect(result.vectors).toEqual([
      [1, 0],
      [2, 1],
      [3, 0],
    ]);
    expect(bodies.map((b) => b.input)).toEqual([['a', 'bb'], ['ccc']]);
    expect(bodies[0]).toMatchObject({ model: 'test-embed', encoding_format: 'float' });
    expect(result.usage).toEqual({
      provider: 'remote',
      model: 'test-embed',
      tokensIn: 30,
      tokensOut: 0,
      costUsd: 0.0000006,
    });
  });

  it('stops reading an answer past 64 MB and refuses it, without asking again', async () => {
    let sent = 0;
    let calls = 0;
    mock.use(
      http.post(CHAT, () => {
        calls++;
        const chunk = new TextEncoder().encode(`"${'x'.repeat(1024 * 1024 - 2)}"`);
        return new HttpResponse(
          new ReadableStream({
            pull(controller) {
              sent += chunk.byteLength;
              controller.enqueue(chunk);
            },
          }),
          { headers: { 'content-type': 'application/json' } },
        );
      }),
    );
    const { p } = provider();
    await expect(p.generate!(buildIdeasRequest(cluster))).rejects.toMatchObject({
      code: 'INVALID_OUTPUT',
      message: expect.stringMatching(/answered more than 64 MB/),
    });
    expect(sent).toBeLessThan(72 * 1024 * 1024);
    expect(calls).toBe(1);
  });

  it('refuses an embeddings answer with the wrong number of vectors', async () => {
    mock.use(http.post(EMBEDDINGS, () => HttpResponse.json({ data: [{ index: 0, embedding: [1] }] })));
    const { p } = provider();
    await expect(p.embed!(['a', 'b'])).rejects.toMatchObject({ code: 'INVALID_OUTPUT' });
  });

  it('generates images when an image model is configured', async () => {
    const png = renderPromptPng('remote', 64, 32);
    mock.use(
      http.post(`${BASE}/images/generations`, async ({ request }) => {
        const body = (await request.json()) as { size: string; model: string };
        expect(body).toMatchObject({ model: 'test-image', size: '64x32', n: 1 });
        return HttpResponse.json({ created: 1, data: [{ b64_json: png.toString('base64') }] });
      }),
    );
    const { p } = provider({ models: { image: 'test-image' }, prices: { 'test-image': { perImage: 0.04 } } });
    expect(p.generate).toBeUndefined();
    const result = await p.image!({ prompt: 'a shoe', size: { width: 64, height: 32 } });
    expect(result.png.subarray(0, 8).equals(PNG_SIGNATURE)).toBe(true);
    expect(result).toMatchObject({
      width: 64,
      height: 32,
      usage: { provider: 'remote', model: 'test-image', costUsd: 0.04 },
    });
  });

  it('reads an image the provider links to, follows no redirect from it, and stops reading past 32 MB', async () => {
    const png = renderPromptPng('remote', 64, 32);
    const linked = (url: string) =>
      http.post(`${BASE}/images/generations`, () => HttpResponse.json({ created: 1, data: [{ url }] }));
    const { p } = provider({ models: { image: 'test-image' } });
    const ask = () => p.image!({ prompt: 'a shoe', size: { width: 64, height: 32 } });

    mock.use(
      linked('http://127.0.0.1:11434/files/a.png'),
      http.get('http://127.0.0.1:11434/files/a.png', () => new HttpResponse(png)),
    );
    expect((await ask()).png.equals(png)).toBe(true);

    let followed = false;
    mock.use(
      linked('http://127.0.0.1:11434/files/moved.png'),
      http.get(
        'http://127.0.0.1:11434/files/moved.png',
        () => new HttpResponse(null, { status: 302, headers: { location: '/files/inner.png' } }),
      ),
      http.get('http://127.0.0.1:11434/files/inner.png', () => {
        followed = true;
        return new HttpResponse(png);
      }),
    );
    await expect(ask()).rejects.toMatchObject({ code: 'INVALID_OUTPUT' });
    expect(followed).toBe(false);

    // An endless answer: reading stops past the bound instead of holding it all.
    let sent = 0;
    mock.use(
      linked('http://127.0.0.1:11434/files/endless.png'),
      http.get('http://127.0.0.1:11434/files/endless.png', () => {
        const chunk = new Uint8Array(1024 * 1024);
        return new HttpResponse(
          new ReadableStream({
            pull(controller) {
              sent += chunk.byteLength;
              controller.enqueue(sent === chunk.byteLength ? png : chunk);
            },
          }),
        );
      }),
    );
    await expect(ask()).rejects.toMatchObject({ code: 'INVALID_OUTPUT' });
    expect(sent).toBeLessThan(40 * 1024 * 1024);
  });
});

describe('fallback chain', () => {
  it('falls back to the local provider after a 500 and records who answered', async () => {
    const seen = chatSequence(() => HttpResponse.json({ error: { message: 'upstream exploded' } }, { status: 500 }));
    const { p } = provider({ maxRetries: 1 });
    const chain = createProviderChain([p, createLocalProvider()]);
    const result = await generateIdeas({ text: chain as any }, cluster);

    expect(seen).toHaveLength(2); // the call and its one retry
    expect(result.usage.provider).toBe('local');
    expect(result.failovers).toEqual([
      { provider: 'remote', code: 'UNAVAILABLE', message: expect.stringContaining('HTTP 500') },
    ]);
    expect(result.value.ideas).toHaveLength(2);
    expect(result.value.ideas[0]!.outline.length).toBeGreaterThan(0);
  });

  it('moves on after a quota error without retrying the exhausted provider', async () => {
    const seen = chatSequence(() =>
      HttpResponse.json({ error: { message: 'quota', code: 'insufficient_quota' } }, { status: 429 }),
    );
    const chain = createProviderChain([provider().p, createLocalProvider()]);
    const result = await chain.generate!(buildIdeasRequest(cluster));
    expect(seen).toHaveLength(1);
    expect(result.usage.provider).toBe('local');
    expect(result.failovers?.[0]?.code).toBe('QUOTA_EXCEEDED');
  });

  it('does not replay a bad request elsewhere', async () => {
    chatSequence(() => HttpResponse.json({ error: { message: 'bad schema' } }, { status: 400 }));
    const local = createLocalProvider();
    let localCalls = 0;
    const spy: AiProvider = {
      ...local,
      generate: (request) => {
        localCalls++;
        return local.generate(request);
      },
    };
    const chain = createProviderChain([provider().p, spy]);
    await expect(chain.generate!(buildIdeasRequest(cluster))).rejects.toMatchObject({ code: 'BAD_REQUEST' });
    expect(localCalls).toBe(0);
  });

  it('reports every failure when no provider can answer', async () => {
    chatSequence(() => HttpResponse.json({ error: 'down' }, { status: 503 }));
    const chain = createProviderChain([provider({ maxRetries: 0 }).p, createLocalProvider()]);
    const error = await chain.generate!({ task: 'unknown_task', prompt: 'x', input: {}, schema: z.object({}) }).catch(
      (e) => e,
    );
    expect(error).toBeInstanceOf(ProviderError);
    expect(error.code).toBe('UNAVAILABLE');
    expect(error.retryable).toBe(true); // the remote one may come back
    expect(error.attempts.map((e: ProviderError) => e.provider)).toEqual(['remote', 'local']);
    expect(error.message).toContain('All 2 AI providers failed');
    expect(error.message).toContain('no implementation for task "unknown_task"');
  });

  it('skips members that lack the capability', async () => {
    const textOnly = provider({ models: { chat: 'test-chat' } }).p;
    const chain = createProviderChain([textOnly, createLocalProvider()]);
    const { usage } = await chain.embed!(['running shoes']);
    expect(usage.provider).toBe('local');
  });
});

describe('configuration and per-account selection', () => {
  it('defaults to the local provider with no configuration at all', async () => {
    const ai = createProviders({});
    expect(ai.names).toEqual(['local']);
    expect(ai.defaults.chains).toEqual({ text: ['local'], embeddings: ['local'], images: ['local'] });
    const { usage } = await generateIdeas(ai.defaults, cluster);
    expect(usage.provider).toBe('local');
  });

  it('builds chains from the config and lets an account choose among configured providers only', async () => {
    chatSequence(() => HttpResponse.json(completion(JSON.stringify(validIdeas))));
    const ai = createProviders(
      {
        default: 'local',
        providers: {
          local: {},
          openai: {
            kind: 'openai-compatible',
            baseUrl: BASE,
            apiKey: 'sk-test-local',
            models: { chat: 'test-chat' },
            prices: { 'test-chat': { input: 1, output: 2 } },
          },
        },
        chains: { text: ['openai', 'local'] },
      },
      { sleep: async () => undefined },
    );
    expect(ai.names).toEqual(['local', 'openai']);
    expect(ai.defaults.chains.text).toEqual(['openai', 'local']);
    // The remote provider has no embedding model, so embeddings stay local.
    expect(ai.defaults.chains.embeddings).toEqual(['local']);
    expect((await generateIdeas(ai.defaults, cluster)).usage.provider).toBe('openai');

    const localAccount = ai.providersFor({ provider: 'local' });
    expect(localAccount.chains.text).toEqual(['local', 'openai']);
    expect((await generateIdeas(localAccount, cluster)).usage.provider).toBe('local');

    // A name the operator removed (or never had) is ignored rather than stopping the account's queue.
    expect(ai.providersFor({ provider: 'gone' }).chains.text).toEqual(['openai', 'local']);
    expect(ai.providersFor({ chains: { text: ['local'] } }).chains.text).toEqual(['local']);
    expect(ai.providersFor(undefined).text).toBe(ai.defaults.text);
  });

  it('uses an account’s prompt override', async () => {
    const seen = chatSequence(() => HttpResponse.json(completion(JSON.stringify(validIdeas))));
    const ai = createProviders({
      default: 'remote',
      providers: { remote: { kind: 'openai-compatible', baseUrl: BASE, models: { chat: 'test-chat' } } },
    });
    const account = ai.providersFor({
      templates: { ideas: { user: 'Ideas for {{ cluster }} ({{intent}}), {{count}} please' } },
    });
    await generateIdeas(account, cluster);
    expect(seen[0]!.body.messages[1].content).toBe('Ideas for running shoes (informational), 2 please');
    // The system prompt was not overridden, so the default stays.
    expect(seen[0]!.body.messages[0].content).toContain('SEO content strategist');
    expect(seen[0]!.headers.get('authorization')).toBeNull();
  });

  it('rejects an invalid configuration with a clear message', () => {
    expect(() =>
      createProviders({ providers: { x: { kind: 'openai-compatible', baseUrl: 'ftp://x', models: {} } as any } }),
    ).toThrow(AiConfigError);
    expect(() => createProviders({ default: 'nope' })).toThrow(/default names unknown AI provider "nope"/);
    expect(() =>
      createProviders({
        providers: { r: { kind: 'openai-compatible', baseUrl: BASE, models: { chat: 'm' } } },
        chains: { text: ['r', 'missing'] },
      }),
    ).toThrow(/chains.text names unknown AI provider "missing"/);
  });
});

describe('parseAiEnv', () => {
  it('is local and keyless by default', () => {
    expect(parseAiEnv({})).toEqual({ default: 'local', providers: { local: { kind: 'local' } }, timeoutMs: 60_000 });
  });

  it('configures the openai-compatible provider with a local fallback for text', () => {
    const config = parseAiEnv({
      AI_PROVIDER: 'openai-compatible',
      OPENAI_COMPATIBLE_BASE_URL: BASE,
      OPENAI_COMPATIBLE_API_KEY: 'sk-test-local',
      OPENAI_COMPATIBLE_CHAT_MODEL: 'test-chat',
      OPENAI_COMPATIBLE_EMBEDDING_MODEL: 'test-embed',
      OPENAI_COMPATIBLE_PRICES: '{"test-chat":{"input":0.15,"output":0.6}}',
      AI_TIMEOUT_MS: '30000',
      AI_MAX_RETRIES: '3',
    });
    expect(config.default).toBe('openai-compatible');
    expect(config.chains).toEqual({
      text: ['openai-compatible', 'local'],
      embeddings: ['openai-compatible'],
      images: ['local'],
    });
    expect(config.providers?.['openai-compatible']).toMatchObject({
      kind: 'openai-compatible',
      baseUrl: BASE,
      apiKey: 'sk-test-local',
      models: { chat: 'test-chat', embedding: 'test-embed' },
      prices: { 'test-chat': { input: 0.15, output: 0.6 } },
      timeoutMs: 30_000,
      maxRetries: 3,
    });
    const ai = createProviders(config);
    expect(ai.defaults.chains.text).toEqual(['openai-compatible', 'local']);

    const noFallback = parseAiEnv({
      AI_PROVIDER: 'openai-compatible',
      OPENAI_COMPATIBLE_BASE_URL: BASE,
      OPENAI_COMPATIBLE_CHAT_MODEL: 'test-chat',
      AI_FALLBACK_TO_LOCAL: 'false',
    });
    expect(noFallback.chains?.text).toEqual(['openai-compatible']);
  });

  it('registers a configured remote provider for accounts to choose while the default stays local', () => {
    const config = parseAiEnv({ OPENAI_COMPATIBLE_BASE_URL: BASE, OPENAI_COMPATIBLE_CHAT_MODEL: 'test-chat' });
    expect(config.default).toBe('local');
    const ai = createProviders(config);
    expect(ai.names).toEqual(['local', 'openai-compatible']);
    expect(ai.providersFor({ provider: 'openai-compatible' }).chains.text).toEqual(['openai-compatible', 'local']);
  });

  it('names the variable that is wrong', () => {
    expect(() => parseAiEnv({ AI_PROVIDER: 'magic' })).toThrow(/AI_PROVIDER must be one of/);
    expect(() => parseAiEnv({ AI_PROVIDER: 'openai-compatible' })).toThrow(/OPENAI_COMPATIBLE_BASE_URL/);
    expect(() => parseAiEnv({ AI_PROVIDER: 'openai-compatible', OPENAI_COMPATIBLE_BASE_URL: BASE })).toThrow(
      /OPENAI_COMPATIBLE_CHAT_MODEL/,
    );
    expect(() => parseAiEnv({ OPENAI_COMPATIBLE_BASE_URL: 'not a url', OPENAI_COMPATIBLE_CHAT_MODEL: 'm' })).toThrow(
      /OPENAI_COMPATIBLE_BASE_URL must be an http\(s\) URL/,
    );
    expect(() => parseAiEnv({ AI_TIMEOUT_MS: '5s' })).toThrow(/AI_TIMEOUT_MS/);
    expect(() =>
      parseAiEnv({
        OPENAI_COMPATIBLE_BASE_URL: BASE,
        OPENAI_COMPATIBLE_CHAT_MODEL: 'm',
        OPENAI_COMPATIBLE_PRICES: '{',
      }),
    ).toThrow(/OPENAI_COMPATIBLE_PRICES must be JSON/);
  });
});

describe('prompt templates', () => {
  it('renders {{var}} and keeps defaults for what the caller leaves out', () => {
    expect(renderTemplate('Hi {{ name }}, {{missing}}!', { name: 'Ada' })).toBe('Hi Ada, !');
    const { system, prompt } = renderPrompt('ideas', {
      cluster: 'running shoes',
      intent: 'commercial',
      count: 3,
      keywords: '- a',
    });
    expect(system).toContain('SEO');
    expect(prompt).toContain('Plan 3 distinct content ideas for the keyword cluster "running shoes"');
    expect(prompt).toContain('language "en"');
    expect(prompt).toContain('cluster_hub');
    expect(() => renderPrompt('no_such_task', {})).toThrow(/No prompt template for task "no_such_task"/);
  });

  it('keeps the ideas output schema root an object (structured outputs refuse bare arrays)', () => {
    expect(IdeasOutputSchema.safeParse(validIdeas).success).toBe(true);
    expect(IdeasOutputSchema.safeParse([validIdeas.ideas[0]]).success).toBe(false);
  });
});
