// Writing tasks through the API: made from an idea (its brief copied, the idea queued) or on their own; cancelled,
// queued again, edited, deleted, in bulk — with the transitions a person may make and the ones the writer keeps.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, signupWithSite } from '../helpers/http.js';
import { startTestServer, type TestServer } from '../helpers/server.js';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({ worker: false });
});
afterAll(() => server.close());

/** A site with a cluster and `n` new ideas in it, written straight to the database (the planner makes them so). */
async function siteWithIdeas(n = 2) {
  const { s, site } = await signupWithSite(server.url, 'Writer');
  const [cluster] = await server.deps.db
    .owner('clusters')
    .insert({
      account_id: s.account.id,
      site_id: site.id,
      name: 'cold brew',
      intent: 'informational',
      algorithm: 'lexical',
    })
    .returning('id');
  const ideas = !n
    ? []
    : await server.deps.db
        .owner('ideas')
        .insert(
          Array.from({ length: n }, (_, i) => ({
            account_id: s.account.id,
            site_id: site.id,
            cluster_id: cluster.id,
            title: `Cold brew guide ${i}`,
            brief: 'Everything about cold brew.',
            primary_keyword: 'cold brew',
            primary_normalized: 'cold brew',
            secondary_keywords: JSON.stringify(['cold brew ratio', 'cold brew time']),
            structure: 'guide',
            content_type: 'post',
            target_words: 1800,
            provider: 'local',
          })),
        )
        .returning('id');
  return { token: s.access_token, site, clusterId: cluster.id as string, ideaIds: ideas.map((i) => i.id as string) };
}

const base = (siteId: string) => `/v1/sites/${siteId}/tasks`;
const ideaStatus = async (siteId: string, ideaId: string, token: string) =>
  (await call(server.url, 'GET', `/v1/sites/${siteId}/ideas/${ideaId}`, { token })).body.data.status;

describe('writing tasks', () => {
  it('are made from an idea with its brief, which queues the idea once', async () => {
    const { token, site, clusterId, ideaIds } = await siteWithIdeas();
    const made = await call(server.url, 'POST', base(site.id), { token, body: { idea_id: ideaIds[0] } });
    expect(made.status).toBe(201);
    expect(made.body.data).toMatchObject({
      idea_id: ideaIds[0],
      cluster_id: clusterId,
      title: 'Cold brew guide 0',
      status: 'queued',
      status_reason: null,
      primary_keyword: 'cold brew',
      secondary_keywords: ['cold brew ratio', 'cold brew time'],
      structure: 'guide',
      content_type: 'post',
      target_words: 1800,
    });
    expect(await ideaStatus(site.id, ideaIds[0] as string, token)).toBe('queued');
    const again = await call(server.url, 'POST', base(site.id), { token, body: { idea_id: ideaIds[0] } });
    expect(again.status).toBe(409);
    expect(again.body.error.code).toBe('IDEA_NOT_QUEUEABLE');
    // The planner's "queue" action makes the same task; overrides win over the idea's brief.
    const queued = await call(server.url, 'POST', `/v1/sites/${site.id}/ideas/${ideaIds[1]}/queue`, { token });
    expect(queued.status).toBe(201);
    expect(queued.body.data.structure).toBe('guide');
    const list = await call(server.url, 'GET', `${base(site.id)}?idea_id=${ideaIds[1]}`, { token });
    expect(list.body.data.map((t: { id: string }) => t.id)).toEqual([queued.body.data.id]);
  });

  it('are made on their own with a title, and defaults for the rest', async () => {
    const { token, site } = await siteWithIdeas(0);
    const refused = await call(server.url, 'POST', base(site.id), { token, body: { primary_keyword: 'espresso' } });
    expect(refused.status).toBe(400);
    expect(refused.body.error.code).toBe('VALIDATION_FAILED');
    const made = await call(server.url, 'POST', base(site.id), {
      token,
      body: { title: 'Espresso at home', primary_keyword: 'espresso at home', target_words: 900 },
    });
    expect(made.status).toBe(201);
    expect(made.body.data).toMatchObject({
      idea_id: null,
      cluster_id: null,
      title: 'Espresso at home',
      primary_keyword: 'espresso at home',
      secondary_keywords: [],
      structure: 'article',
      content_type: 'post',
      target_words: 900,
      status: 'queued',
    });
  });

  it('are cancelled with the reason, give their idea back, and can be queued again', async () => {
    const { token, site, ideaIds } = await siteWithIdeas(1);
    const ideaId = ideaIds[0] as string;
    const task = (await call(server.url, 'POST', base(site.id), { token, body: { idea_id: ideaId } })).body.data;
    const cancelled = await call(server.url, 'POST', `${base(site.id)}/${task.id}/cancel`, { token });
    expect(cancelled.status).toBe(200);
    expect(cancelled.body.data.status).toBe('cancelled');
    expect(cancelled.body.data.status_reason).toBe('Cancelled by a member of the account.');
    expect(await ideaStatus(site.id, ideaId, token)).toBe('new');
    // Cancelling again answers the task as it is.
    expect((await call(server.url, 'POST', `${base(site.id)}/${task.id}/cancel`, { token })).body.data.status).toBe(
      'cancelled',
    );
    const requeued = await call(server.url, 'PATCH', `${base(site.id)}/${task.id}`, {
      token,
      body: { status: 'queued', title: 'Cold brew, the whole guide' },
    });
    expect(requeued.status).toBe(200);
    expect(requeued.body.data).toMatchObject({
      status: 'queued',
      status_reason: null,
      title: 'Cold brew, the whole guide',
    });
    expect(await ideaStatus(site.id, ideaId, token)).toBe('queued');
  });

  it('keep the writer’s statuses: no edits while in progress or once completed, no manual completion', async () => {
    const { token, site } = await siteWithIdeas(0);
    const make = async (title: string) =>
      (await call(server.url, 'POST', base(site.id), { token, body: { title } })).body.data.id as string;
    const running = await make('Running');
    const done = await make('Done');
    await server.deps.db.owner('tasks').where({ id: running }).update({ status: 'in_progress' });
    await server.deps.db.owner('tasks').where({ id: done }).update({ status: 'completed' });

    const edit = await call(server.url, 'PATCH', `${base(site.id)}/${running}`, { token, body: { title: 'Changed' } });
    expect(edit.status).toBe(409);
    expect(edit.body.error.code).toBe('TASK_NOT_EDITABLE');
    const remove = await call(server.url, 'DELETE', `${base(site.id)}/${running}`, { token });
    expect(remove.status).toBe(409);
    expect(remove.body.error.code).toBe('TASK_NOT_EDITABLE');
    const requeue = await call(server.url, 'PATCH', `${base(site.id)}/${done}`, { token, body: { status: 'queued' } });
    expect(requeue.status).toBe(409);
    expect(requeue.body.error.code).toBe('TASK_TRANSITION_INVALID');
    const cancelDone = await call(server.url, 'POST', `${base(site.id)}/${done}/cancel`, { token });
    expect(cancelDone.body.error.code).toBe('TASK_TRANSITION_INVALID');
    const manual = await call(server.url, 'PATCH', `${base(site.id)}/${running}`, {
      token,
      body: { status: 'completed' },
    });
    expect(manual.status).toBe(400);
    // A task being written can be cancelled; then it can be deleted.
    expect((await call(server.url, 'POST', `${base(site.id)}/${running}/cancel`, { token })).body.data.status).toBe(
      'cancelled',
    );
    expect((await call(server.url, 'DELETE', `${base(site.id)}/${running}`, { token })).status).toBe(204);
    expect((await call(server.url, 'GET', `${base(site.id)}/${running}`, { token })).status).toBe(404);
  });

  it('change status, cancel and delete in bulk, reporting each refused item by its index', async () => {
    const { token, site, ideaIds } = await siteWithIdeas(2);
    const fromIdea = (await call(server.url, 'POST', base(site.id), { token, body: { idea_id: ideaIds[0] } })).body.data
      .id;
    const plain = (await call(server.url, 'POST', base(site.id), { token, body: { title: 'Plain' } })).body.data.id;
    const failed = (await call(server.url, 'POST', base(site.id), { token, body: { title: 'Failed' } })).body.data.id;
    const done = (await call(server.url, 'POST', base(site.id), { token, body: { title: 'Done' } })).body.data.id;
    await server.deps.db
      .owner('tasks')
      .where({ id: failed })
      .update({ status: 'failed', status_reason: 'provider down' });
    await server.deps.db.owner('tasks').where({ id: done }).update({ status: 'completed' });
    const foreign = crypto.randomUUID();
    const res = await call(server.url, 'POST', `${base(site.id)}/bulk`, {
      token,
      body: {
        status: [
          { id: failed, status: 'queued' },
          { id: done, status: 'queued' },
        ],
        cancel: [fromIdea, foreign],
        delete: [plain],
      },
    });
    expect(res.status).toBe(200);
    expect(res.body.data).toEqual({
      updated: 1,
      cancelled: 1,
      deleted: 1,
      errors: [
        { section: 'status', index: 1, code: 'TASK_TRANSITION_INVALID', message: expect.any(String) },
        { section: 'cancel', index: 1, code: 'NOT_FOUND', message: 'No such task on this site.' },
      ],
    });
    const status = async (id: string) => (await call(server.url, 'GET', `${base(site.id)}/${id}`, { token })).body.data;
    expect((await status(failed)).status).toBe('queued');
    expect((await status(failed)).status_reason).toBeNull();
    expect((await status(fromIdea)).status).toBe('cancelled');
    expect((await status(done)).status).toBe('completed');
    expect(await ideaStatus(site.id, ideaIds[0] as string, token)).toBe('new');
    const cancelledOnly = await call(server.url, 'GET', `${base(site.id)}?status=cancelled`, { token });
    expect(cancelledOnly.body.data.map((t: { id: string }) => t.id)).toEqual([fromIdea]);
  });
});
