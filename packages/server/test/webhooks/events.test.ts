// The events of the planner, the writer and publishing, each caused by its real flow through the API: one event per
// change, in the change's own transaction (a change that rolls back leaves neither event nor delivery), its payload
// what the contract declares for its type, its data what the change did.
import { Igny8 } from '@igny8/sdk';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withTenant } from '../../src/db/tenant.js';
import { jobActor } from '../../src/domain/actor.js';
import { failPublication } from '../../src/domain/publishing/publications.js';
import { updateContent } from '../../src/domain/writer/contents.js';
import { call, signupWithSite } from '../helpers/http.js';
import { type PluginStub, startPluginStub } from '../helpers/plugin-stub.js';
import { operatorSession, startTestServer, type TestServer, until } from '../helpers/server.js';
import { counts, eventsOf, expectValid, subscribe, theEvent } from './event-checks.js';

let server: TestServer;
let operator: string;
beforeAll(async () => {
  server = await startTestServer({
    env: { ALLOW_PRIVATE_URLS: 'true', PUBLISH_RETRIES: '1', PUBLISH_RETRY_DELAY_SECONDS: '1' },
  });
  operator = await operatorSession(server);
}, 60_000);
afterAll(() => server.close());

async function account(name: string, bonus = 0) {
  const { s, site } = await signupWithSite(server.url, name, bonus ? { bonus: { operator, amount: bonus } } : {});
  const client = new Igny8({ baseUrl: server.url, accessToken: s.access_token });
  await subscribe(server, s.account.id);
  return { s, accountId: s.account.id, siteId: site.id, client };
}

describe('planner events', () => {
  it('keywords.imported when an import finishes, then clustering.completed when a clustering does', async () => {
    const { s, accountId, siteId, client } = await account('Compost');
    const csv = [
      'keyword,volume',
      'best compost bin,900',
      'compost bin for kitchen,700',
      'compost bin,800',
      'best compost bin,900',
      'how to compost at home,600',
      'compost at home guide,500',
      ',12',
    ].join('\n');
    const started = await call(server.url, 'POST', `/v1/sites/${siteId}/keywords/import`, {
      token: s.access_token,
      body: { csv },
    });
    expect(started.status).toBe(202);
    const imported = await client.operations.wait(started.body.data.id, { intervalMs: 100, timeoutMs: 30_000 });
    if (imported.kind !== 'keywords.import' || !imported.result) throw new Error(`import ${imported.status}`);
    expect(imported.result.duplicates).toBe(1);
    expect(imported.result.invalid_count).toBeGreaterThan(0);
    expect(await theEvent(server, accountId, 'keywords.imported')).toEqual({
      account_id: accountId,
      site_id: siteId,
      operation_id: imported.id,
      imported: imported.result.imported,
      duplicates: imported.result.duplicates,
      refused: imported.result.invalid_count,
    });

    const run = await client.clusters.run(siteId, {});
    const clustered = await client.operations.wait(run.id, { intervalMs: 100, timeoutMs: 30_000 });
    if (clustered.kind !== 'keywords.cluster' || !clustered.result) throw new Error(`clustering ${clustered.status}`);
    expect(clustered.result.clusters).toBeGreaterThan(0);
    expect(await theEvent(server, accountId, 'clustering.completed')).toEqual({
      account_id: accountId,
      site_id: siteId,
      operation_id: run.id,
      clusters: clustered.result.clusters,
      keywords: clustered.result.clustered_keywords,
    });
    // Nothing else was caused, and the import's event was not sent again.
    expect((await eventsOf(server, accountId)).map((e) => e.type)).toEqual([
      'keywords.imported',
      'clustering.completed',
    ]);
  });
});

/** A task written by the writer: the content it made, a draft. */
async function written(client: Igny8, siteId: string, title: string) {
  const task = await client.tasks.create(siteId, {
    title,
    primary_keyword: title.toLowerCase(),
    secondary_keywords: [`${title.toLowerCase()} tips`],
    target_words: 300,
  });
  const op = await client.operations.wait((await client.tasks.generate(siteId, task.id)).id, {
    intervalMs: 100,
    timeoutMs: 60_000,
  });
  if (op.kind !== 'content.generate' || !op.result) throw new Error(`generation ${op.status}`);
  return { taskId: task.id, contentId: op.result.content_id };
}

describe('writer and publishing events', () => {
  let f: Awaited<ReturnType<typeof account>> & { stub: PluginStub };
  let contentId: string;
  beforeAll(async () => {
    const a = await account('Roses', 200);
    f = { ...a, stub: await startPluginStub(server.url, a.s.access_token, a.siteId) };
  }, 60_000);
  afterAll(() => f.stub.close());

  it('content.generated when the writer finishes a content', async () => {
    const { taskId, contentId: id } = await written(f.client, f.siteId, 'Rose pruning');
    contentId = id;
    const content = await f.client.contents.get(f.siteId, contentId);
    expect(await theEvent(server, f.accountId, 'content.generated')).toEqual({
      account_id: f.accountId,
      site_id: f.siteId,
      content_id: contentId,
      task_id: taskId,
      title: content.title,
      status: 'draft',
      word_count: content.word_count,
    });
  });

  it('content.approved once when a person approves it, not again for an edit of the approved content', async () => {
    await f.client.contents.update(f.siteId, contentId, { status: 'review' });
    expect(await eventsOf(server, f.accountId, 'content.approved')).toHaveLength(0);
    const approved = await f.client.contents.update(f.siteId, contentId, { status: 'approved' });
    await f.client.contents.update(f.siteId, contentId, { status: 'approved', tags: ['roses'] });
    expect(await theEvent(server, f.accountId, 'content.approved')).toMatchObject({
      content_id: contentId,
      status: 'approved',
      title: approved.title,
      site_id: f.siteId,
    });
  });

  it('content.published when WordPress accepted the post', async () => {
    const pending = await f.client.contents.publish(f.siteId, contentId, {});
    const published = await until('the publication to settle', async () => {
      const p = await f.client.publications.get(f.siteId, pending.id);
      return p.status === 'pending' ? undefined : p;
    });
    expect(published.status).toBe('published');
    expect(await theEvent(server, f.accountId, 'content.published')).toEqual({
      account_id: f.accountId,
      site_id: f.siteId,
      content_id: contentId,
      publication_id: published.id,
      status: 'published',
      wordpress_post_id: published.post_id,
      url: published.url,
    });
  });

  it('publication.failed, with a notification, each time a publication becomes failed', async () => {
    f.stub.mode = { status: 400, code: 'rest_invalid_param', message: 'no thanks' };
    const pending = await f.client.contents.publish(f.siteId, contentId, {});
    const failed = await until('the publication to fail', async () => {
      const p = await f.client.publications.get(f.siteId, pending.id);
      return p.status === 'failed' ? p : undefined;
    });
    const data = await theEvent(server, f.accountId, 'publication.failed');
    expect(data).toEqual({
      account_id: f.accountId,
      site_id: f.siteId,
      content_id: contentId,
      publication_id: failed.id,
      status: 'failed',
      wordpress_post_id: failed.post_id,
      url: failed.url,
      error: { code: 'WORDPRESS_REFUSED', message: failed.last_error?.message },
    });
    // WordPress accepted nothing more.
    expect(await eventsOf(server, f.accountId, 'content.published')).toHaveLength(1);
    const notices = async () =>
      (await call(server.url, 'GET', '/v1/notifications', { token: f.s.access_token })).body.data.filter(
        (n: { kind: string }) => n.kind === 'publication.failed',
      );
    const [notice] = await notices();
    expect(notice.title).toContain('Not published');
    expect(notice.body).toContain('WordPress refused the post');
    expect(notice.data).toMatchObject({
      publication_id: failed.id,
      content_id: contentId,
      site_id: f.siteId,
      operation_id: failed.operation_id,
      code: 'WORDPRESS_REFUSED',
    });

    // Sent again and failed again: a second failure, told a second time.
    const again = await f.client.publications.redrive(f.siteId, failed.id, {});
    await until('the second send to fail', async () => {
      const p = await f.client.publications.get(f.siteId, failed.id);
      return p.status === 'failed' && p.operation_id === again.operation_id ? p : undefined;
    });
    const events = await eventsOf(server, f.accountId, 'publication.failed');
    expect(events).toHaveLength(2);
    for (const e of events) expectValid(e);
    expect(await notices()).toHaveLength(2);
    f.stub.mode = 'ok';
  });
});

describe('a change that rolls back', () => {
  it('leaves no event and no delivery: an approval whose transaction fails after it', async () => {
    const { accountId, siteId, client, s } = await account('Tulips', 100);
    const { contentId } = await written(client, siteId, 'Tulip bulbs');
    const before = await counts(server, accountId);
    expect(before).toEqual({ events: 1, deliveries: 1 });
    const actor = jobActor(accountId, siteId, s.user.id);
    await expect(
      withTenant(server.deps.db.app, { accountId }, async (trx) => {
        const content = await updateContent(trx, actor, siteId, contentId, { status: 'approved' });
        expect(content.status).toBe('approved');
        // The approval's event is written by now, in this transaction…
        expect(await trx('webhook_events').where({ type: 'content.approved' })).toHaveLength(1);
        // …which then fails on a later statement.
        await trx.raw('select 1/0');
      }),
    ).rejects.toThrow(/division by zero/);
    expect(await counts(server, accountId)).toEqual(before);
    expect((await client.contents.get(siteId, contentId)).status).toBe('draft');
  });

  it('leaves no event, delivery or notification: a publication failure whose transaction fails after it', async () => {
    const { accountId, siteId, client, s } = await account('Lilies', 100);
    const stub = await startPluginStub(server.url, s.access_token, siteId);
    try {
      const { contentId } = await written(client, siteId, 'Lily care');
      await client.contents.update(siteId, contentId, { status: 'approved' });
      const publication = await client.contents.publish(siteId, contentId, { status: 'draft' });
      await until('the publication to settle', async () =>
        (await client.publications.get(siteId, publication.id)).status === 'pending' ? undefined : true,
      );
      const before = await counts(server, accountId);
      await expect(
        withTenant(server.deps.db.app, { accountId }, async (trx) => {
          await failPublication(trx, publication.id, { code: 'JOB_FAILED', message: 'gone' }, new Date());
          expect(await trx('webhook_events').where({ type: 'publication.failed' })).toHaveLength(1);
          throw new Error('the transaction fails after the failure was recorded');
        }),
      ).rejects.toThrow('the transaction fails');
      expect(await counts(server, accountId)).toEqual(before);
      expect(await eventsOf(server, accountId, 'publication.failed')).toHaveLength(0);
      const notices = (await call(server.url, 'GET', '/v1/notifications', { token: s.access_token })).body.data;
      expect(notices.filter((n: { kind: string }) => n.kind === 'publication.failed')).toHaveLength(0);
      expect((await client.publications.get(siteId, publication.id)).status).toBe('published');
    } finally {
      await stub.close();
    }
  });
});
