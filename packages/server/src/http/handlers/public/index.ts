// The public reads (tag `public`): no credentials, limited per client address, cacheable (http/public-cache.ts).
import { publicReads } from '../../../domain/writer/index.js';
import type { HandlerGroup } from '../../handler.js';
import { publicCacheHeaders } from '../../public-cache.js';

export const publicHandlers: HandlerGroup = {
  listPublicContents: async ({ params, query, deps, ctx }) => {
    await deps.publicRateLimiter.consume([`public:${ctx.ip}`]);
    const page = await publicReads.listPublicContents({ app: deps.db.app, files: deps.files }, params.site_slug, query);
    return { ...page, headers: publicCacheHeaders(page) };
  },
  getPublicContent: async ({ params, deps, ctx }) => {
    await deps.publicRateLimiter.consume([`public:${ctx.ip}`]);
    const data = await publicReads.getPublicContent(
      { app: deps.db.app, files: deps.files },
      params.site_slug,
      params.content_slug,
    );
    return { data, headers: publicCacheHeaders({ data }) };
  },
  getPublicFeaturedImage: async ({ params, deps, ctx }) => {
    await deps.publicRateLimiter.consume([`public:${ctx.ip}`]);
    const file = await publicReads.publicFeaturedImage(
      { app: deps.db.app, files: deps.files },
      params.site_slug,
      params.content_slug,
    );
    return { file, headers: publicCacheHeaders(file.body) };
  },
};
