// Publications: one published (with a warning), one scheduled, one failed that "Send again" publishes at once;
// unpublishing answers the publication retracted (a scheduled one is only cancelled).
import { accepted, type FakeRoutes, NOW, notFound, ok, page, SITE, SITE_ID } from './common.js';

const publication = (n: number, fields: Record<string, unknown>) => ({
  id: `33333333-3333-4333-8333-${String(n).padStart(12, '0')}`,
  site_id: SITE_ID,
  content_id: `44444444-4444-4444-8444-${String(n).padStart(12, '0')}`,
  status: 'published',
  requested_status: 'publish',
  wordpress_status: 'publish',
  scheduled_at: null as string | null,
  post_id: (10 + n) as number | null,
  url: null as string | null,
  attempts: 1,
  last_error: null as unknown,
  warnings: [] as unknown[],
  operation_id: null,
  edited_in_wordpress_at: null,
  published_at: NOW,
  retracted_at: null,
  failed_at: null,
  created_at: NOW,
  updated_at: NOW,
  ...fields,
});

export interface PublishingState {
  publications: ReturnType<typeof publication>[];
}

/** Shared with the writer's routes (publishing a content answers its publication). */
export function publishingState(): PublishingState {
  return {
    publications: [
      publication(1, {
        url: 'https://blog.example/prune-roses/',
        warnings: [
          {
            code: 'image_failed',
            message: 'An image could not be fetched: https://cdn.example/rose.jpg (404).',
            image_id: null,
            url: 'https://cdn.example/rose.jpg',
          },
        ],
      }),
      publication(2, {
        status: 'pending',
        wordpress_status: null,
        post_id: null,
        scheduled_at: '2026-01-05T09:00:00Z',
      }),
      publication(3, {
        status: 'failed',
        wordpress_status: null,
        post_id: null,
        attempts: 7,
        last_error: { code: 'WORDPRESS_UNREACHABLE', message: 'WordPress did not answer: timeout.' },
      }),
    ],
  };
}

export function publishingRoutes(shared: PublishingState): FakeRoutes {
  return async ({ path, method, body }) => {
    if (path === `${SITE}/publications` && method === 'GET') return page(shared.publications);
    const retract = new RegExp(`^${SITE}/publications/([0-9a-f-]{36})/retract$`).exec(path);
    if (retract && method === 'POST') {
      const p = shared.publications.find((x) => x.id === retract[1]);
      if (!p) return notFound();
      const { mode } = (await body()) as { mode: 'trash' | 'draft' };
      // A publication still waiting for its date has nothing in WordPress: it is only cancelled.
      Object.assign(p, {
        status: 'retracted',
        wordpress_status: p.post_id === null ? null : mode === 'trash' ? 'trash' : 'draft',
        retracted_at: NOW,
      });
      return ok(p);
    }
    const redrive = new RegExp(`^${SITE}/publications/([0-9a-f-]{36})/redrive$`).exec(path);
    if (redrive && method === 'POST') {
      const p = shared.publications.find((x) => x.id === redrive[1]);
      if (!p) return notFound();
      // The send goes through at once here: the next list shows it published.
      Object.assign(p, {
        status: 'published',
        wordpress_status: 'publish',
        last_error: null,
        url: 'https://blog.example/feed-roses/',
      });
      return accepted(p);
    }
    return undefined;
  };
}
