// An article whose worker is killed (SIGKILL, nothing gets to clean up) in the middle: a real `pnpm worker` writes
// it with a pause before each step and is killed once some sections have committed. Another worker takes the job
// over when the dead one's heartbeat stops and writes only the sections not committed; the ledger shows one
// capture per section, the article holds each section once.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, signupWithSite } from '../helpers/http.js';
import { killAll } from '../helpers/processes.js';
import { operatorSession, startTestServer, startWorker, type TestServer, until } from '../helpers/server.js';

let server: TestServer;
let operator: string;
beforeAll(async () => {
  server = await startTestServer({ worker: false });
  operator = await operatorSession(server);
});
afterAll(async () => {
  killAll();
  await server.close();
});

const operationRow = (id: string) =>
  server.deps.db
    .owner('operations')
    .where({ id })
    .first('status', 'checkpoint_step', 'checkpoint_seq', 'checkpoint_state', 'result', 'error');

describe('an article whose worker is killed mid-way', () => {
  it('resumes at the next section: each section written and charged once', async () => {
    const { s, site } = await signupWithSite(server.url, 'Resume', {
      url: 'https://resume.example',
      bonus: { operator: operator, amount: 500 },
    });
    const task = (
      await call(server.url, 'POST', `/v1/sites/${site.id}/tasks`, {
        token: s.access_token,
        body: {
          title: 'Trail running shoes: the complete guide',
          primary_keyword: 'trail running shoes',
          secondary_keywords: ['trail shoes for women', 'waterproof trail shoes', 'trail shoes vs road shoes'],
          structure: 'guide',
          target_words: 1500,
        },
      })
    ).body.data;

    const first = startWorker(server, { JOB_STEP_DELAY_MS: '800' });
    const started = await call(server.url, 'POST', `/v1/sites/${site.id}/tasks/${task.id}/generate`, {
      token: s.access_token,
    });
    expect(started.status).toBe(202);
    const id = started.body.data.id as string;
    // The outline and three sections have committed (four commits); the worker waits before the next section.
    const atKill = await until('three sections to commit', async () => {
      const op = await operationRow(id);
      return op && op.checkpoint_seq >= 4 ? op : undefined;
    });
    process.kill(-(first.child.pid as number), 'SIGKILL');
    await first.exited;
    const afterKill = await operationRow(id);
    const written = afterKill.checkpoint_state.sections as { html: string }[];
    expect(afterKill.status).toBe('running');
    expect(written.length).toBeGreaterThanOrEqual(3);
    expect(atKill.checkpoint_step).toBe(1);
    const units =
      2 +
      afterKill.checkpoint_state.outline.sections.length +
      (afterKill.checkpoint_state.outline.faq.questions.length ? 1 : 0);
    expect(written.length).toBeLessThan(units);
    // The sections written so far are charged; the others still held.
    const keys = Array.from({ length: units }, (_, i) => `content.generate:${id}#${i}`);
    const reservations = async () =>
      Object.fromEntries(
        (await server.deps.db.owner('credit_reservations').whereIn('key', keys)).map((r) => [r.key, r]),
      );
    const before = await reservations();
    for (const [i, key] of keys.entries())
      expect(before[key]?.status, key).toBe(i < written.length ? 'captured' : 'held');

    const second = startWorker(server, {});
    const done = await until('the article to finish', async () => {
      const op = await operationRow(id);
      return op && ['succeeded', 'failed'].includes(op.status) ? op : undefined;
    });
    expect(done.status, JSON.stringify(done.error) + second.output()).toBe('succeeded');
    expect(second.output()).toMatch(/job resumes after its checkpoint/);
    // The second worker wrote only the sections not committed.
    const sectionCommits = second
      .output()
      .split('\n')
      .filter((l) => l.includes('"step":"writing the sections"'));
    expect(sectionCommits).toHaveLength(units - written.length);

    expect(done.result.sections).toBe(units);
    const content = await server.deps.db.owner('contents').where({ id: done.result.content_id }).first();
    // No section twice; the ones written before the kill kept as they were.
    for (const section of content.outline.sections as { heading: string }[]) {
      expect(content.html.split(`<h2>${section.heading}</h2>`)).toHaveLength(2);
    }
    for (const w of written) expect(content.html).toContain(w.html.split('\n')[0]);
    // One capture per section: every reservation captured once, nothing held, one ledger capture per pool used.
    const after = await reservations();
    let credits = 0;
    for (const key of keys) {
      expect(after[key]?.status, key).toBe('captured');
      credits += after[key]?.captured_credits ?? 0;
      const captures = await server.deps.db.owner('credit_ledger').where({ reservation_key: key, kind: 'capture' });
      expect(new Set(captures.map((e: { pool: string }) => e.pool)).size).toBe(captures.length);
    }
    expect(credits).toBe(Math.ceil(content.word_count / 100));
    // With the image prompts (1) and the three images (2 each), all the run was charged.
    expect(credits + 1 + 3 * 2).toBe(done.result.credits);
    const t = await server.deps.db.owner('tasks').where({ id: task.id }).first();
    expect(t.status).toBe('completed');
    process.kill(-(second.child.pid as number), 'SIGTERM');
    await second.exited;
  }, 180_000);
});
