// Publishing as the server keeps it, against a stand-in for the site's plugin that can fail, refuse and answer late
// on cue (the real plugin in a real WordPress is in e2e/): one Publication per content, one post however often and
// however concurrently it is published, a date kept by the server, retries with back-off then `failed` on the
// list to send again, a post edited in WordPress not overwritten without `force`, events from WordPress applied
// once and in order, retract, and the configured cost charged.
import { Igny8, isAPIError } from '@igny8/sdk';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signRequest } from '../../src/domain/integrations/signing.js';
import { call, signupWithSite } from '../helpers/http.js';
import { type PluginStub, startPluginStub } from '../helpers/plugin-stub.js';
import { operatorSession, startTestServer, type TestServer, until } from '../helpers/server.js';

let server: TestServer;
let operator: string;

beforeAll(async () => {
  server = await startTestServer({
    env: { ALLOW_PRIVATE_URLS: 'true', PUBLISH_RETRIES: '2', PUBLISH_RETRY_DELAY_SECONDS: '1' },
  });
  operator = await operatorSession(server);
}, 60_000);
afterAll(() => {
  if (process.env.DUMP_LOGS)
    console.log(
      server.logs
        .filter((l) => /"level":(50|40)/.test(l))
        .slice(0, 3)
        .join('\n'),
    );
  return server.close();
});

interface Fixture {
  client: Igny8;
  token: string;
  siteId: string;
  stub: PluginStub;
}

async function connectedSite(name: string): Promise<Fixture> {
  const { s, site } = await signupWithSite(server.url, name, { bonus: { operator, amount: 200 } });
  const stub = await startPluginStub(server.url, s.access_token, site.id);
  return {
    client: new Igny8({ baseUrl: server.url, accessToken: s.access_token }),
    token: s.access_token,
    siteId: site.id,
    stub,
  };
}

/** An approved article with its images, as the writer and a reviewer leave it. */
async function approvedArticle(f: Fixture, title: string) {
  const task = await f.client.tasks.create(f.siteId, {
    title,
    primary_keyword: title.toLowerCase(),
    secondary_keywords: [`${title.toLowerCase()} tips`, `best ${title.toLowerCase()}`],
    target_words: 600,
  });
  const op = await f.client.tasks.generate(f.siteId, task.id);
  const done = await f.client.operations.wait(op.id, { intervalMs: 100, timeoutMs: 60_000 });
  if (done.kind !== 'content.generate' || !done.result) throw new Error(`generation ${done.status}`);
  const contentId = done.result.content_id;
  await f.client.contents.update(f.siteId, contentId, { status: 'approved' });
  return contentId;
}

const settled = (f: Fixture, id: string) =>
  until('the publication to settle', async () => {
    const p = await f.client.publications.get(f.siteId, id);
    return p.status === 'pending' ? undefined : p;
  });

/** A batch of events as the site's plugin sends it, signed with its secret. */
function sendEvents(
  f: Fixture,
  events: unknown[],
  options: { secret?: string; now?: Date; headers?: Record<string, string> } = {},
) {
  const body = JSON.stringify({ events });
  const path = '/v1/integrations/wordpress/events';
  const headers =
    options.headers ??
    signRequest({
      siteId: f.siteId,
      secret: options.secret ?? f.stub.secret,
      method: 'POST',
      path,
      body,
      now: options.now,
    });
  return {
    headers,
    send: () =>
      call(server.url, 'POST', path, { rawBody: body, headers: { ...headers, 'content-type': 'application/json' } }),
  };
}

describe('publishing a content', () => {
  let f: Fixture;
  let contentId: string;
  beforeAll(async () => {
    f = await connectedSite('Rose Garden');
    contentId = await approvedArticle(f, 'Rose pruning');
  }, 90_000);
  afterAll(() => f.stub.close());

  it('sends the post with its images, terms and SEO fields, and mirrors WordPress on the content', async () => {
    const pending = await f.client.contents.publish(f.siteId, contentId, {});
    expect(pending).toMatchObject({ status: 'pending', requested_status: 'publish', content_id: contentId });
    expect(pending.operation_id).toBeTruthy();
    const published = await settled(f, pending.id);
    expect(published).toMatchObject({
      status: 'published',
      wordpress_status: 'publish',
      attempts: 1,
      last_error: null,
    });
    const post = f.stub.posts.get(contentId);
    expect(post?.post_id).toBe(published.post_id);
    const sent = post?.body as Record<string, any>;
    const content = await f.client.contents.get(f.siteId, contentId);
    expect(sent.title).toBe(content.title);
    expect(sent.slug).toBe(content.slug);
    expect(sent.seo).toEqual({
      title: content.meta_title,
      description: content.meta_description,
      focus_keyword: content.focus_keyword,
      canonical: null,
    });
    expect(sent.json_ld).toEqual(content.json_ld);
    expect(sent.featured_image.url).toMatch(/\/v1\/files\//);
    expect(sent.featured_image.alt).toBeTruthy();
    // In-article images placed right after the heading of their section, with their alt text.
    expect(sent.images.length).toBeGreaterThan(0);
    for (const image of sent.images) {
      expect(sent.html).toContain(`<img src="${image.url}" alt="${image.alt.replace(/"/g, '&quot;')}">`);
      expect(sent.html.indexOf(image.url)).toBeGreaterThan(sent.html.indexOf('</h2>'));
    }
    expect(sent.tags.length).toBeGreaterThan(0);
    expect(content).toMatchObject({ status: 'published', publish_status: 'published', url: published.url });
    expect(content.published_at).toBeTruthy();
    expect(published.url).toBe(`${f.stub.url}/${content.slug}/`);

    const op = await f.client.operations.get(published.operation_id as string);
    expect(op).toMatchObject({ kind: 'content.publish', status: 'succeeded' });
    if (op.kind === 'content.publish') expect(op.result).toMatchObject({ post_id: published.post_id, credits: 0 });
  });

  it('publishing again updates the same post, and two publishes at once send it once', async () => {
    const before = f.stub.posts.get(contentId)?.writes ?? 0;
    const [a, b] = await Promise.all([
      f.client.contents.publish(f.siteId, contentId, {}),
      f.client.contents.publish(f.siteId, contentId, {}),
    ]);
    expect(a.id).toBe(b.id);
    expect(a.operation_id).toBe(b.operation_id);
    const done = await settled(f, a.id);
    expect(done.status).toBe('published');
    expect(f.stub.posts.size).toBe(1);
    expect(f.stub.posts.get(contentId)?.writes).toBe(before + 1);
    const page = await f.client.publications.list(f.siteId, {});
    expect(page.data.map((p) => p.id)).toEqual([a.id]);
  });

  it('publishing again while a send is being recorded waits for it: no deadlock', async () => {
    // publishContent locks the content, then its publication; a send recording what WordPress answered must take them
    // in the same order, or a publish arriving at that moment deadlocks with it (one of them then fails).
    const g = await connectedSite('Busy publisher');
    const busy = await approvedArticle(g, 'Busy article');
    const end = Date.now() + 4_000;
    const publishes = async () => {
      while (Date.now() < end) await g.client.contents.publish(g.siteId, busy, {});
    };
    await Promise.all([publishes(), publishes(), publishes()]);
    const last = (await g.client.publications.list(g.siteId, {})).data[0];
    expect((await settled(g, last?.id as string)).status).toBe('published');
    const deadlocks = server.logs.filter((l) => l.includes('deadlock detected'));
    expect(deadlocks).toEqual([]);
    await g.stub.close();
  });

  it('records what WordPress reports, once and in order, and will not overwrite an edit made there without force', async () => {
    const publication = (await f.client.publications.list(f.siteId, {})).data[0];
    const postId = publication?.post_id as number;
    const at = (s: number) => new Date(Date.now() + s * 1000).toISOString();
    const edited = {
      id: crypto.randomUUID(),
      type: 'post.edited',
      content_id: contentId,
      post_id: postId,
      status: 'publish',
      previous_status: 'publish',
      url: publication?.url,
      title: 'Edited in WordPress',
      modified_gmt: at(0),
      occurred_at: at(0),
    };
    const first = await sendEvents(f, [edited]).send();
    expect(first.status).toBe(200);
    expect(first.body.data).toEqual({ accepted: 1, duplicates: 0, ignored: 0 });
    // The plugin retries what it could not confirm: the same event again changes nothing.
    expect((await sendEvents(f, [edited]).send()).body.data).toEqual({ accepted: 0, duplicates: 1, ignored: 0 });
    const marked = await f.client.publications.get(f.siteId, publication?.id as string);
    expect(marked.edited_in_wordpress_at).toBe(new Date(edited.occurred_at).toISOString());

    const refused = await f.client.contents.publish(f.siteId, contentId, {}).catch((e) => e);
    expect(isAPIError(refused) && refused.status === 409 && refused.code).toBe('PUBLICATION_EDITED_IN_WORDPRESS');

    // Unpublished in WordPress, then (an older event arriving late) a status it had before: the newer one stands.
    const drafted = {
      ...edited,
      id: crypto.randomUUID(),
      type: 'post.status_changed',
      status: 'draft',
      occurred_at: at(2),
    };
    const stale = {
      ...edited,
      id: crypto.randomUUID(),
      type: 'post.status_changed',
      status: 'pending',
      occurred_at: at(1),
    };
    expect((await sendEvents(f, [drafted]).send()).body.data.accepted).toBe(1);
    expect((await sendEvents(f, [stale]).send()).body.data.accepted).toBe(1);
    expect(await f.client.publications.get(f.siteId, publication?.id as string)).toMatchObject({
      status: 'published',
      wordpress_status: 'draft',
    });
    expect(await f.client.contents.get(f.siteId, contentId)).toMatchObject({
      status: 'approved',
      publish_status: 'not_published',
    });
    const events = await f.client.integrations.events(f.siteId, {});
    expect(events.data.map((e) => [e.type, e.status, e.applied])).toEqual([
      ['post.status_changed', 'pending', false],
      ['post.status_changed', 'draft', true],
      ['post.edited', 'publish', true],
    ]);
    // A post Igny8 does not know is kept and ignored.
    const unknown = { ...edited, id: crypto.randomUUID(), content_id: crypto.randomUUID(), post_id: 999 };
    expect((await sendEvents(f, [unknown]).send()).body.data).toEqual({ accepted: 0, duplicates: 0, ignored: 1 });

    // With force, the post is written again (the plugin is told to overwrite) and the edit mark is cleared.
    const forced = await f.client.contents.publish(f.siteId, contentId, { force: true });
    const done = await settled(f, forced.id);
    expect(done).toMatchObject({ status: 'published', wordpress_status: 'publish', edited_in_wordpress_at: null });
    expect(f.stub.posts.get(contentId)?.body.force).toBe(true);
  });

  it('refuses forged, stale and replayed events', async () => {
    const event = {
      id: crypto.randomUUID(),
      type: 'post.trashed',
      content_id: contentId,
      post_id: f.stub.posts.get(contentId)?.post_id,
      status: 'trash',
      // After the edits the test before reported (dated a few seconds ahead).
      occurred_at: new Date(Date.now() + 3_000).toISOString(),
    };
    const forged = await sendEvents(f, [event], { secret: 'igny8_ws_not-the-secret-of-this-site-000000' }).send();
    expect([forged.status, forged.body.error.code]).toEqual([401, 'SIGNATURE_INVALID']);
    const stale = await sendEvents(f, [event], { now: new Date(Date.now() - 301_000) }).send();
    expect([stale.status, stale.body.error.code]).toEqual([401, 'SIGNATURE_STALE']);
    const once = sendEvents(f, [event]);
    expect((await once.send()).status).toBe(200);
    const replayed = await sendEvents(f, [event], { headers: once.headers }).send();
    expect([replayed.status, replayed.body.error.code]).toEqual([401, 'SIGNATURE_REPLAYED']);
    // The one that got through trashed the post: the publication is retracted.
    const publication = (await f.client.publications.list(f.siteId, {})).data[0];
    expect(publication).toMatchObject({ status: 'retracted', wordpress_status: 'trash' });
  });

  it('applies a change WordPress dates to the same second as Igny8 last wrote the post', async () => {
    // A content of its own: the tests above dated their events ahead of the clock.
    const fresh = await approvedArticle(f, 'Rose feeding');
    const sent = await settled(f, (await f.client.contents.publish(f.siteId, fresh, {})).id);
    // WordPress dates to the second: a Quick Edit right after the send carries the send's own second.
    const second = new Date(Math.floor(Date.now() / 1000) * 1000).toISOString().replace('.000Z', 'Z');
    const event = {
      id: crypto.randomUUID(),
      type: 'post.status_changed',
      content_id: fresh,
      post_id: sent.post_id,
      status: 'pending',
      previous_status: 'publish',
      occurred_at: second,
    };
    expect((await sendEvents(f, [event]).send()).body.data.accepted).toBe(1);
    expect(await f.client.publications.get(f.siteId, sent.id)).toMatchObject({ wordpress_status: 'pending' });
  });

  it('retracts: the plugin unpublishes the post', async () => {
    const again = await settled(f, (await f.client.contents.publish(f.siteId, contentId, {})).id);
    expect(again.status).toBe('published');
    const retracted = await f.client.publications.retract(f.siteId, again.id, { mode: 'draft' });
    expect(retracted).toMatchObject({ status: 'retracted', wordpress_status: 'draft' });
    expect(f.stub.posts.get(contentId)?.status).toBe('draft');
    expect((await f.client.contents.get(f.siteId, contentId)).publish_status).toBe('not_published');
  });
});

describe('publishing at a date, failing, and sending again', () => {
  let f: Fixture;
  beforeAll(async () => {
    f = await connectedSite('Herb Garden');
  }, 60_000);
  afterAll(() => f.stub.close());

  it('keeps the date on the server and sends the post with status publish when it comes', async () => {
    const contentId = await approvedArticle(f, 'Basil care');
    const at = new Date(Date.now() + 4_000);
    const scheduled = await f.client.contents.publish(f.siteId, contentId, { at: at.toISOString() });
    expect(scheduled).toMatchObject({ status: 'pending', operation_id: null, scheduled_at: at.toISOString() });
    expect(await f.client.contents.get(f.siteId, contentId)).toMatchObject({ publish_status: 'scheduled' });
    const done = await settled(f, scheduled.id);
    expect(done.status).toBe('published');
    const sentAt = f.stub.requests.find((r) => r.body?.content_id === contentId)?.at ?? 0;
    expect(sentAt).toBeGreaterThanOrEqual(at.getTime() - 1000);
    expect(f.stub.posts.get(contentId)?.body.status).toBe('publish');
    expect(f.stub.posts.get(contentId)?.body.date_gmt).toBeNull();
  });

  it('asks WordPress to schedule only with status future, sending the post at once with its date', async () => {
    const contentId = await approvedArticle(f, 'Mint growing');
    const at = new Date(Date.now() + 86_400_000);
    const p = await settled(
      f,
      (await f.client.contents.publish(f.siteId, contentId, { status: 'future', at: at.toISOString() })).id,
    );
    expect(p).toMatchObject({ status: 'published', wordpress_status: 'future' });
    expect(f.stub.posts.get(contentId)?.body).toMatchObject({
      status: 'future',
      date_gmt: `${at.toISOString().slice(0, 19)}Z`,
    });
    expect(await f.client.contents.get(f.siteId, contentId)).toMatchObject({
      publish_status: 'scheduled',
      scheduled_at: at.toISOString(),
    });
  });

  it('retries a site that is away, then fails with the reason onto the list to send again; a redrive sends it', async () => {
    const contentId = await approvedArticle(f, 'Thyme harvest');
    f.stub.mode = { status: 503, code: 'igny8_down', message: 'Maintenance' };
    const started = Date.now();
    const p = await f.client.contents.publish(f.siteId, contentId, {});
    const failed = await settled(f, p.id);
    const tries = f.stub.requests.filter((r) => r.body?.content_id === contentId);
    expect(failed).toMatchObject({ status: 'failed', attempts: 3 });
    expect(tries).toHaveLength(3);
    // Backed off: 1 s, then 2 s (pg-boss adds jitter, never less than half).
    expect((tries[2]?.at ?? 0) - (tries[0]?.at ?? 0)).toBeGreaterThanOrEqual(1_000);
    expect(Date.now() - started).toBeLessThan(60_000);
    expect(failed.last_error?.code).toBe('WORDPRESS_UNREACHABLE');
    expect(failed.last_error?.message).toMatch(/503/);
    expect(await f.client.contents.get(f.siteId, contentId)).toMatchObject({ publish_status: 'failed' });
    const deadLetters = await f.client.publications.list(f.siteId, { status: 'failed' });
    expect(deadLetters.data.map((d) => d.id)).toEqual([p.id]);

    f.stub.mode = 'ok';
    const redriven = await f.client.publications.redrive(f.siteId, p.id, {});
    expect(redriven.status).toBe('pending');
    expect(await settled(f, p.id)).toMatchObject({ status: 'published', attempts: 1, last_error: null });
    const again = await f.client.publications.redrive(f.siteId, p.id, {}).catch((e) => e);
    expect(isAPIError(again) && again.code).toBe('PUBLICATION_STATE');
  });

  it('fails at once, without retrying, when the plugin refuses the post for good; the operator can send it again', async () => {
    const contentId = await approvedArticle(f, 'Sage drying');
    f.stub.mode = { status: 400, code: 'igny8_invalid_post', message: 'The field slug is not valid.', times: 1 };
    const failed = await settled(f, (await f.client.contents.publish(f.siteId, contentId, {})).id);
    expect(failed).toMatchObject({ status: 'failed', attempts: 1 });
    expect(failed.last_error).toEqual({
      code: 'WORDPRESS_REFUSED',
      message: 'WordPress refused the post (400, igny8_invalid_post): The field slug is not valid.',
    });
    // The operator's dead-letter list spans the accounts; a redrive from it sends the post for the account.
    const operatorClient = new Igny8({ baseUrl: server.url, accessToken: operator });
    const dead = await operatorClient.admin.publications({ status: 'failed' });
    expect(dead.data.map((p) => p.id)).toContain(failed.id);
    const redriven = await operatorClient.admin.redrivePublication(failed.id, {});
    expect(redriven).toMatchObject({ id: failed.id, status: 'pending' });
    expect(await settled(f, failed.id)).toMatchObject({ status: 'published', attempts: 1 });
    const tenantOp = await f.client.operations.get(redriven.operation_id as string);
    expect(tenantOp).toMatchObject({ kind: 'content.publish', status: 'succeeded' });
  });

  it('retries while the plugin is busy with the same content', async () => {
    const contentId = await approvedArticle(f, 'Chive flowers');
    f.stub.mode = { status: 409, code: 'igny8_busy', times: 1 };
    const done = await settled(f, (await f.client.contents.publish(f.siteId, contentId, {})).id);
    expect(done).toMatchObject({ status: 'published', attempts: 2 });
  });
});

describe('a paused site', () => {
  it('refuses to publish, and sends nothing at a date that comes while it is paused, until it is live again', async () => {
    const f = await connectedSite('Paused Garden');
    const contentId = await approvedArticle(f, 'Tulip bulbs');
    const at = new Date(Date.now() + 2_000);
    const scheduled = await f.client.contents.publish(f.siteId, contentId, { at: at.toISOString() });
    await f.client.sites.update(f.siteId, { active: false });
    const refused = await f.client.contents.publish(f.siteId, contentId, {}).catch((e) => e);
    expect(isAPIError(refused) && [refused.status, refused.code]).toEqual([409, 'SITE_INACTIVE']);
    // The date comes and goes: its job runs, and nothing is sent to a paused site.
    await new Promise((r) => setTimeout(r, 4_000));
    expect(f.stub.posts.size).toBe(0);
    const waiting = await f.client.publications.get(f.siteId, scheduled.id);
    expect(waiting).toMatchObject({ status: 'pending', operation_id: null });
    // Live again: the minute's sweep sends what came due (run here rather than waited for).
    await f.client.sites.update(f.siteId, { active: true });
    const { startDuePublications } = await import('../../src/domain/publishing/due.js');
    const deps = server.deps;
    expect(
      await startDuePublications({ owner: deps.db.owner, app: deps.db.app, queue: deps.jobs, now: deps.now }),
    ).toBeGreaterThanOrEqual(1);
    expect(await settled(f, scheduled.id)).toMatchObject({ status: 'published' });
    await f.stub.close();
  }, 90_000);
});

describe('what publishing refuses, and what it costs', () => {
  it('needs an approved content and a connected site, and charges the publish cost the operator set', async () => {
    const f = await connectedSite('Fern Garden');
    const draft = await f.client.tasks.create(f.siteId, {
      title: 'Ferns',
      primary_keyword: 'ferns',
      target_words: 500,
    });
    const op = await f.client.operations.wait((await f.client.tasks.generate(f.siteId, draft.id)).id, {
      intervalMs: 100,
      timeoutMs: 60_000,
    });
    const contentId = op.kind === 'content.generate' ? (op.result?.content_id as string) : '';
    const refused = await f.client.contents.publish(f.siteId, contentId, {}).catch((e) => e);
    expect(isAPIError(refused) && refused.code).toBe('CONTENT_NOT_APPROVED');
    // A draft may go to WordPress for editing there.
    const asDraft = await settled(f, (await f.client.contents.publish(f.siteId, contentId, { status: 'draft' })).id);
    expect(asDraft).toMatchObject({ status: 'published', wordpress_status: 'draft' });
    expect(await f.client.contents.get(f.siteId, contentId)).toMatchObject({
      status: 'draft',
      publish_status: 'not_published',
    });

    await f.client.contents.update(f.siteId, contentId, { status: 'approved' });
    const future = await f.client.contents.publish(f.siteId, contentId, { status: 'future' }).catch((e) => e);
    expect(isAPIError(future) && [future.status, future.code]).toEqual([400, 'VALIDATION_FAILED']);

    await server.deps.db.owner('credit_costs').where({ operation: 'publish' }).update({ credits: 3 });
    try {
      const before = (await f.client.billing.balance()).available_credits;
      await settled(f, (await f.client.contents.publish(f.siteId, contentId, {})).id);
      expect((await f.client.billing.balance()).available_credits).toBe(before - 3);
    } finally {
      await server.deps.db.owner('credit_costs').where({ operation: 'publish' }).update({ credits: 0 });
    }

    const { s, site } = await signupWithSite(server.url, 'Unconnected', { bonus: { operator, amount: 50 } });
    const lonely = new Igny8({ baseUrl: server.url, accessToken: s.access_token });
    const task = await lonely.tasks.create(site.id, { title: 'Moss', primary_keyword: 'moss', target_words: 400 });
    const written = await lonely.operations.wait((await lonely.tasks.generate(site.id, task.id)).id, {
      intervalMs: 100,
      timeoutMs: 60_000,
    });
    const mossId = written.kind === 'content.generate' ? (written.result?.content_id as string) : '';
    await lonely.contents.update(site.id, mossId, { status: 'approved' });
    const unconnected = await lonely.contents.publish(site.id, mossId, {}).catch((e) => e);
    expect(isAPIError(unconnected) && unconnected.code).toBe('NOT_CONNECTED');
    await f.stub.close();
  }, 120_000);
});
