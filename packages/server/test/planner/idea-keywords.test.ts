// The keyword and outline invariants of an idea, whoever wrote it: the local planner, or a model through the
// openai-compatible provider (whose answers are checked against the same schema and repaired once).
import { readFileSync } from 'node:fs';
import { HttpResponse, http } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  buildIdeasRequest,
  createOpenAiCompatibleProvider,
  distinctPrimaries,
  generateIdeasLocally,
  type Idea,
  type IdeasInput,
  type Intent,
  ideasOutputSchema,
} from '../../src/ai/index.js';

const BASE = 'http://127.0.0.1:11435/v1';
const mock = setupServer();
beforeAll(() => mock.listen({ onUnhandledFrame: 'error' }));
afterEach(() => mock.resetHandlers());
afterAll(() => mock.close());

const idea = (overrides: Partial<Idea> = {}): Idea => ({
  title: 'Yoga mats: the complete guide',
  brief: 'A guide for people choosing a yoga mat.',
  outline: [
    { heading: 'Thick yoga mats', level: 2 },
    { heading: 'How thick should a yoga mat be?', level: 3 },
  ],
  primaryKeyword: 'yoga mat',
  secondaryKeywords: ['thick yoga mat', 'how thick should a yoga mat be'],
  structure: 'guide',
  contentType: 'post',
  targetWords: 1500,
  ...overrides,
});

const issues = (value: unknown, language = 'en') => {
  const result = ideasOutputSchema(language).safeParse(value);
  return result.success ? [] : result.error.issues.map((i) => i.path.join('.'));
};

describe('the ideas schema', () => {
  it('accepts an idea whose title targets its primary keyword, with distinct secondaries and headings', () => {
    expect(issues({ ideas: [idea()] })).toEqual([]);
  });

  it('refuses a secondary keyword that is the primary again, however it is spelled', () => {
    expect(issues({ ideas: [idea({ secondaryKeywords: ['thick yoga mat', 'Yoga-Mats'] })] })).toEqual([
      'ideas.0.secondaryKeywords.1',
    ]);
    // A question about the topic is another search, and a fine secondary.
    expect(issues({ ideas: [idea({ secondaryKeywords: ['what is a yoga mat'] })] })).toEqual([]);
  });

  it('refuses a heading that repeats an earlier one after normalization (case, accents, numbering)', () => {
    const outline = [
      { heading: '1. Thick yoga mat', level: 2 as const },
      { heading: '2. How thick should a yoga mat be?', level: 2 as const },
      { heading: 'Yoga mat: FAQ', level: 2 as const },
      { heading: 'How thick should a YOGA mat be', level: 3 as const },
    ];
    expect(issues({ ideas: [idea({ outline })] })).toEqual(['ideas.0.outline.3.heading']);
    const accents = [
      { heading: '¿Qué grosor debe tener una esterilla?', level: 2 as const },
      { heading: 'Que grosor debe tener una esterilla', level: 2 as const },
    ];
    expect(issues({ ideas: [idea({ outline: accents })] })).toEqual(['ideas.0.outline.1.heading']);
  });

  it('refuses a primary keyword that neither the title nor the brief targets', () => {
    expect(issues({ ideas: [idea({ primaryKeyword: 'pilates mat' })] })).toEqual(['ideas.0.primaryKeyword']);
    // The brief may carry it when the title is worded otherwise.
    expect(issues({ ideas: [idea({ title: 'Before you buy', brief: 'Targets "yoga mats".' })] })).toEqual([]);
  });
});

describe('the local planner', () => {
  const labelled = JSON.parse(readFileSync(new URL('../fixtures/keywords-labelled.json', import.meta.url), 'utf8'))
    .keywords as { phrase: string; volume: number; group: string; language: string }[];
  const groups = new Map<string, typeof labelled>();
  for (const k of labelled) groups.set(k.group, [...(groups.get(k.group) ?? []), k]);

  it('keeps every invariant on every group of the labelled set, in every intent and cluster size', () => {
    let checked = 0;
    for (const members of groups.values()) {
      const language = members[0]!.language;
      for (const intent of ['informational', 'commercial', 'transactional', 'navigational'] as Intent[]) {
        for (const size of [members.length, 4, 1]) {
          const slice = members.slice(0, size);
          const input: IdeasInput = {
            cluster: {
              name: slice[0]!.phrase,
              intent,
              keywords: slice.map((k) => ({ phrase: k.phrase, volume: k.volume })),
            },
            count: 6,
            language,
          };
          const ideas = generateIdeasLocally(input);
          checked += ideas.length;
          expect(issues({ ideas }, language)).toEqual([]);
        }
      }
    }
    expect(checked).toBeGreaterThan(1000);
  });
});

describe('distinct primary keywords across ideas', () => {
  const input: IdeasInput = {
    cluster: {
      name: 'yoga mat',
      intent: 'informational',
      keywords: [
        { phrase: 'yoga mat', volume: 900 },
        { phrase: 'thick yoga mat', volume: 400 },
        { phrase: 'yoga mat for hot yoga', volume: 300 },
      ],
    },
    count: 3,
    language: 'en',
  };

  it('moves a repeated primary to another keyword the idea’s title targets, and out of its secondaries', () => {
    const [first, second] = distinctPrimaries(
      [
        idea(),
        idea({ title: 'Thick yoga mat or thin?', secondaryKeywords: ['thick yoga mat', 'yoga mat for hot yoga'] }),
      ],
      input,
    );
    expect(first!.primaryKeyword).toBe('yoga mat');
    expect(second!.primaryKeyword).toBe('thick yoga mat');
    expect(second!.secondaryKeywords).toEqual(['yoga mat for hot yoga']);
  });

  it('keeps a repeated primary when the title targets no other keyword (the cannibalization check reports it)', () => {
    const [, second] = distinctPrimaries([idea(), idea({ title: 'Yoga mats explained' })], input);
    expect(second!.primaryKeyword).toBe('yoga mat');
  });

  it('avoids the primaries the cluster’s existing ideas have taken', () => {
    const [only] = distinctPrimaries([idea({ title: 'Thick yoga mat: the complete guide' })], input, ['Yoga Mats']);
    expect(only!.primaryKeyword).toBe('thick yoga mat');
  });
});

describe('the openai-compatible provider', () => {
  // Made per test, after msw has patched fetch.
  const provider = () =>
    createOpenAiCompatibleProvider({
      name: 'remote',
      baseUrl: BASE,
      models: { chat: 'test-chat' },
      timeoutMs: 2_000,
      maxRetries: 0,
    });
  const completion = (value: unknown) => ({
    id: 'chatcmpl-1',
    object: 'chat.completion',
    model: 'test-chat',
    choices: [{ index: 0, message: { role: 'assistant', content: JSON.stringify(value) }, finish_reason: 'stop' }],
    usage: { prompt_tokens: 10, completion_tokens: 10, total_tokens: 20 },
  });
  const request = buildIdeasRequest({
    cluster: { name: 'yoga mat', intent: 'informational', keywords: [{ phrase: 'yoga mat', volume: 900 }] },
    count: 1,
    language: 'en',
  });

  it('sends an answer that breaks an invariant back for repair, naming what was wrong', async () => {
    const bodies: { messages: { content: string }[] }[] = [];
    const broken = idea({
      secondaryKeywords: ['yoga mats'],
      outline: [
        { heading: 'Thick yoga mats', level: 2 },
        { heading: 'thick yoga mats!', level: 2 },
      ],
    });
    const answers = [broken, idea()];
    mock.use(
      http.post(`${BASE}/chat/completions`, async ({ request: r }) => {
        bodies.push((await r.json()) as (typeof bodies)[number]);
        return HttpResponse.json(completion({ ideas: [answers[bodies.length - 1]] }));
      }),
    );
    const result = await provider().generate!(request);
    expect(result.value.ideas).toEqual([idea()]);
    const repair = bodies[1]!.messages.at(-1)!.content;
    expect(repair).toContain('ideas.0.secondaryKeywords.0');
    expect(repair).toContain('ideas.0.outline.1.heading');
  });

  it('refuses an answer that still breaks an invariant after the repair', async () => {
    mock.use(
      http.post(`${BASE}/chat/completions`, () =>
        HttpResponse.json(completion({ ideas: [idea({ primaryKeyword: 'pilates mat' })] })),
      ),
    );
    await expect(provider().generate!(request)).rejects.toMatchObject({ code: 'INVALID_OUTPUT' });
  });
});
