// Contents (summaries), approving one (PATCH) and publishing one.
import { accepted, type FakeRoutes, NOW, notFound, ok, page, SITE, SITE_ID } from './common.js';
import { type PublishingState, publishingState } from './publishing.js';

const summary = (n: number, title: string, status: string, publish_status: string) => ({
  id: `44444444-4444-4444-8444-${String(n).padStart(12, '0')}`,
  site_id: SITE_ID,
  task_id: null,
  cluster_id: null,
  title,
  slug: title.toLowerCase().replace(/ /g, '-'),
  focus_keyword: title.toLowerCase(),
  status,
  publish_status,
  scheduled_at: null,
  word_count: 1200 + n,
  seo_score: 70 + n,
  language: 'en',
  provider: 'local',
  created_at: NOW,
  updated_at: NOW,
});

export function writerRoutes(shared: PublishingState = publishingState()): FakeRoutes {
  const contents = [
    summary(1, 'Prune roses', 'published', 'published'),
    summary(2, 'Water roses', 'review', 'scheduled'),
    summary(3, 'Feed roses', 'approved', 'failed'),
  ];
  return async ({ path, method, url, body }) => {
    if (path === `${SITE}/contents` && method === 'GET') {
      const status = url.searchParams.get('status');
      return page(status ? contents.filter((c) => c.status === status) : contents);
    }
    const content = new RegExp(`^${SITE}/contents/([0-9a-f-]{36})(/publish)?$`).exec(path);
    if (!content) return undefined;
    const c = contents.find((x) => x.id === content[1]);
    if (!c) return notFound();
    const input = await body();
    if (content[2] && method === 'POST') {
      Object.assign(c, { publish_status: 'publishing' });
      const p = shared.publications.find((x) => x.content_id === c.id);
      return accepted({ ...p, status: 'pending' });
    }
    if (method === 'PATCH') {
      Object.assign(c, input);
      return ok(c);
    }
    return undefined;
  };
}
