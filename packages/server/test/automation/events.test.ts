// A run's events, live: an SSE client that disconnects in the middle and reconnects with Last-Event-ID sees every
// event exactly once, in order, to the end; the polling helper sees the same list.
import { Igny8 } from '@igny8/sdk';
import { pollRunEvents, runEvents } from '@igny8/sdk/events';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signupWithSite } from '../helpers/http.js';
import { operatorSession, startTestServer, type TestServer } from '../helpers/server.js';

let server: TestServer;
let operator: string;
beforeAll(async () => {
  server = await startTestServer({ env: { JOB_STEP_DELAY_MS: '100' } });
  operator = await operatorSession(server);
});
afterAll(() => server.close());

describe('a run’s events', () => {
  it('reach an SSE client that reconnects with Last-Event-ID exactly once, in order, and the poller the same', async () => {
    const { s, site } = await signupWithSite(server.url, 'Events', {
      url: 'https://events.example',
      bonus: { operator, amount: 3000 },
    });
    const client = new Igny8({ baseUrl: server.url, accessToken: s.access_token });
    await client.keywords.bulk(site.id, {
      create: [
        'best yoga mat',
        'cheap yoga mat',
        'yoga mat review',
        'thick yoga mat',
        'yoga mat for travel',
        'yoga mat guide',
      ].map((phrase) => ({ phrase })),
    });
    await client.automation.updateConfig(site.id, { ideas_per_cluster: 2, in_article_images: 1 });
    const run = await client.automation.start(site.id);

    // The first connection reads a few events and goes away.
    const first: { id: string | null; event: string }[] = [];
    for await (const e of runEvents(client, site.id, run.id)) {
      first.push(e);
      // Leaving the loop closes the connection.
      if (first.length === 5) break;
    }
    expect(first).toHaveLength(5);
    // The second resumes after the last one seen, and reads to the end of the run.
    const second: { id: string | null; event: string }[] = [];
    for await (const e of runEvents(client, site.id, run.id, { lastEventId: first.at(-1)?.id })) second.push(e);
    const seen = [...first, ...second];
    expect(seen.at(-1)?.event).toBe('run.completed');

    const all = [];
    for await (const e of pollRunEvents(client, site.id, run.id, { intervalMs: 100 })) all.push(e);
    expect(seen.map((e) => e.id)).toEqual(all.map((e) => e.id));
    expect(new Set(seen.map((e) => e.id)).size).toBe(seen.length);
    expect(seen.map((e) => e.event)).toEqual(all.map((e) => e.type));
    // Ids only grow.
    const ids = seen.map((e) => BigInt(e.id as string));
    expect(ids.every((id, i) => i === 0 || id > (ids[i - 1] as bigint))).toBe(true);
  }, 120_000);

  it('resume from a raw Last-Event-ID header, and end with `event: end`', async () => {
    const { s, site } = await signupWithSite(server.url, 'Raw', { bonus: { operator, amount: 100 } });
    const client = new Igny8({ baseUrl: server.url, accessToken: s.access_token });
    const run = await client.automation.start(site.id);
    for await (const _ of pollRunEvents(client, site.id, run.id, { intervalMs: 100 })) {
      // drain: the run has nothing to do and ends at once
    }
    const events = await client.automation.events(site.id, run.id);
    const res = await fetch(`${server.url}/v1/sites/${site.id}/automation/runs/${run.id}/events`, {
      headers: { authorization: `Bearer ${s.access_token}`, 'last-event-id': events[0]?.id as string },
    });
    expect(res.headers.get('content-type')).toMatch(/^text\/event-stream/);
    const text = await res.text();
    const ids = [...text.matchAll(/^id: (\d+)$/gm)].map((m) => m[1]);
    expect(ids).toEqual(events.slice(1).map((e) => e.id));
    expect(text.trimEnd().endsWith('event: end\ndata: null')).toBe(true);
  }, 60_000);
});
