import { contents, generate, images, settings, tasks } from '../../../domain/writer/index.js';
import type { HandlerGroup, ReadGroup } from '../../handler.js';
import { accepted } from '../operations/index.js';

export const writerHandlers: HandlerGroup = {
  listTasks: async ({ db, actor, params, query }) => tasks.listTasks(db, actor, params.site_id, query),
  createTask: async ({ db, actor, params, body }) => ({
    data: await tasks.createTask(db, actor, params.site_id, body),
  }),
  getTask: async ({ db, actor, params }) => ({ data: await tasks.getTask(db, actor, params.site_id, params.task_id) }),
  updateTask: async ({ db, actor, params, body }) => ({
    data: await tasks.updateTask(db, actor, params.site_id, params.task_id, body),
  }),
  deleteTask: async ({ db, actor, params }) => {
    await tasks.deleteTask(db, actor, params.site_id, params.task_id);
    return undefined;
  },
  cancelTask: async ({ db, actor, params }) => ({
    data: await tasks.cancelTask(db, actor, params.site_id, params.task_id),
  }),
  generateTask: async ({ db, actor, params, deps }) => {
    const operation = await generate.startGeneration(
      db,
      { queue: deps.jobs, now: deps.now },
      actor,
      params.site_id,
      params.task_id,
    );
    return accepted(operation);
  },
  listContentImages: async ({ db, actor, params, deps }) => ({
    data: await images.listContentImages(db, deps, actor, params.site_id, params.content_id),
  }),
  getImage: async ({ db, actor, params, deps }) => ({
    data: await images.getImage(db, deps, actor, params.site_id, params.image_id),
  }),
  updateImage: async ({ db, actor, params, body, deps }) => ({
    data: await images.updateImage(db, deps, actor, params.site_id, params.image_id, body),
  }),
  regenerateImage: async ({ db, actor, params, body, deps }) => {
    const operation = await images.startRegeneration(
      db,
      { queue: deps.jobs, now: deps.now },
      actor,
      params.site_id,
      params.image_id,
      body?.prompt,
    );
    return accepted(operation);
  },
  getImageFile: async ({ tenant, actor, params, deps }) => ({
    file: await images.imageFile(tenant, deps.files, actor, params.site_id, params.image_id),
  }),
  getSignedFile: async ({ params, deps }) => ({
    file: await images.signedFile({ files: deps.files, now: deps.now, app: deps.db.app }, params.token),
  }),
  bulkTasks: async ({ db, actor, params, body }) => ({
    data: await tasks.bulkTasks(db, actor, params.site_id, body),
  }),
  listContents: async ({ db, actor, params, query }) => contents.listContents(db, actor, params.site_id, query),
  getContent: async ({ db, actor, params }) => ({
    data: await contents.getContent(db, actor, params.site_id, params.content_id),
  }),
  updateContent: async ({ db, actor, params, body }) => ({
    data: await contents.updateContent(db, actor, params.site_id, params.content_id, body),
  }),
  getContentSeo: async ({ db, actor, params }) => ({
    data: await contents.contentSeo(db, actor, params.site_id, params.content_id),
  }),
  listContentRevisions: async ({ db, actor, params, query }) =>
    contents.listRevisions(db, actor, params.site_id, params.content_id, query),
  getContentRevision: async ({ db, actor, params }) => ({
    data: await contents.getRevision(db, actor, params.site_id, params.content_id, params.revision_id),
  }),
  restoreContentRevision: async ({ db, actor, params }) => ({
    data: await contents.restoreRevision(db, actor, params.site_id, params.content_id, params.revision_id),
  }),
  getWriterSettings: async ({ db, actor, params }) => ({
    data: await settings.getWriterSettings(db, actor, params.site_id),
  }),
  updateWriterSettings: async ({ db, actor, params, body }) => ({
    data: await settings.updateWriterSettings(db, actor, params.site_id, body),
  }),
};

/** The writer's reads that one statement answers (http/fast-read.ts). */
export const writerReads: ReadGroup = {
  listTasks: ({ actor, params, query }, db) => tasks.taskPage(db, actor, params.site_id, query),
  listContents: ({ actor, params, query }, db) => contents.contentPage(db, actor, params.site_id, query),
};
