import { config, estimate, events, runs } from '../../../domain/automation/index.js';
import type { HandlerGroup } from '../../handler.js';
import { sseStream } from '../../sse.js';

export const automationHandlers: HandlerGroup = {
  getAutomationConfig: async ({ db, actor, params }) => ({
    data: await config.getAutomationConfig(db, actor, params.site_id),
  }),
  updateAutomationConfig: async ({ db, actor, params, body, deps }) => ({
    data: await config.updateAutomationConfig(db, actor, params.site_id, body, deps.now()),
  }),
  estimateAutomation: async ({ db, actor, params }) => ({
    data: await estimate.estimateAutomation(db, actor, params.site_id),
  }),
  listAutomationRuns: async ({ db, actor, params, query }) => runs.listRuns(db, actor, params.site_id, query),
  startAutomationRun: async ({ db, actor, params, deps }) => {
    const run = await runs.startRun(db, { queue: deps.jobs, now: deps.now }, actor, params.site_id);
    return { data: runs.presentRun(run as runs.RunRow) };
  },
  getAutomationRun: async ({ db, actor, params }) => ({
    data: await runs.getRun(db, actor, params.site_id, params.run_id),
  }),
  pauseAutomationRun: async ({ db, actor, params, deps }) => ({
    data: await runs.pauseRun(db, { queue: deps.jobs }, actor, params.site_id, params.run_id),
  }),
  resumeAutomationRun: async ({ db, actor, params, deps }) => ({
    data: await runs.resumeRun(db, { queue: deps.jobs }, actor, params.site_id, params.run_id),
  }),
  cancelAutomationRun: async ({ db, actor, params, deps }) => ({
    data: await runs.cancelRun(db, actor, params.site_id, params.run_id, deps.now()),
  }),
  retryAutomationRun: async ({ db, actor, params, deps }) => ({
    data: await runs.retryRun(db, { queue: deps.jobs }, actor, params.site_id, params.run_id),
  }),
  streamAutomationRunEvents: async ({ tenant, actor, params, query, ctx }) => {
    const runId = params.run_id;
    await tenant((trx) => runs.getRun(trx, actor, params.site_id, runId));
    const header = ctx.get('last-event-id');
    const lastEventId = /^[0-9]{1,18}$/.test(header) ? header : (query.last_event_id ?? null);
    // The router destroys the stream when the client goes away, which stops its polling.
    const body = sseStream({
      lastEventId,
      poll: (after, limit) =>
        tenant((trx) => events.eventsAfter(trx, runId, after, limit)).then((list) =>
          list.map((e) => ({ id: e.id, event: e.type, data: e })),
        ),
      finished: () => tenant((trx) => runs.runEnded(trx, runId)),
    });
    return { file: { contentType: 'text/event-stream', body } };
  },
  listAutomationRunEvents: async ({ db, actor, params, query }) => {
    await runs.getRun(db, actor, params.site_id, params.run_id);
    const data = await events.eventsAfter(db, params.run_id, query.after ?? null, query.limit);
    return { data, meta: { next_cursor: data.at(-1)?.id ?? query.after ?? null } };
  },
};
