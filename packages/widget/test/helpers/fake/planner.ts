// Keywords, the CSV import (three polls to finish), clusters.
import { accepted, created, type FakeRoutes, NOW, ok, operation, page, SITE, SITE_ID } from './common.js';

export const CLUSTER_ID = '22222222-2222-4222-8222-222222222222';

const keyword = (i: number, phrase: string, intent: string, status = 'new') => ({
  id: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
  site_id: SITE_ID,
  sector_id: null,
  cluster_id: status === 'mapped' ? CLUSTER_ID : null,
  phrase,
  normalized: phrase,
  status,
  volume: 1000 * i,
  difficulty: 10 * i,
  cpc: null,
  intent,
  intent_source: 'classified',
  country: null,
  language: 'en',
  created_at: NOW,
  updated_at: NOW,
});

export function plannerRoutes(): FakeRoutes {
  const keywords = [
    keyword(1, 'compost bin', 'commercial', 'mapped'),
    keyword(2, 'how to compost', 'informational', 'mapped'),
    keyword(3, 'raised garden bed', 'transactional'),
  ];
  let importPolls = 0;
  return async ({ path, method, url, body }) => {
    if (path === `${SITE}/keywords` && method === 'GET') {
      let list = keywords;
      const q = url.searchParams.get('q');
      const intent = url.searchParams.get('intent');
      const clusterId = url.searchParams.get('cluster_id');
      if (q) list = list.filter((k) => k.phrase.includes(q));
      if (intent) list = list.filter((k) => k.intent === intent);
      if (clusterId) list = list.filter((k) => k.cluster_id === clusterId);
      return page(list);
    }
    if (path === `${SITE}/keywords` && method === 'POST') {
      const input = await body();
      if (keywords.some((k) => k.phrase === input.phrase)) {
        return { status: 409, error: { code: 'KEYWORD_EXISTS', message: 'exists' } };
      }
      const made = keyword(keywords.length + 1, input.phrase, 'informational');
      keywords.push(made);
      return created(made);
    }
    if (path === `${SITE}/keywords/import` && method === 'POST') {
      await body();
      return accepted(operation('op-import', 'keywords.import', 'queued', 0, 0));
    }
    if (path === '/v1/operations/op-import') {
      importPolls++;
      if (importPolls < 3) return ok(operation('op-import', 'keywords.import', 'running', importPolls, 3));
      return ok(
        operation('op-import', 'keywords.import', 'succeeded', 3, 3, {
          total_rows: 4,
          imported: 2,
          duplicates: 1,
          invalid_count: 1,
          invalid: [{ line: 5, reason: 'no keyword' }],
          header_detected: true,
          columns: {},
        }),
      );
    }
    if (path === `${SITE}/clusters` && method === 'GET') {
      return page([
        {
          id: CLUSTER_ID,
          site_id: SITE_ID,
          sector_id: null,
          name: 'composting',
          head_keyword_id: null,
          status: 'new',
          keyword_count: 2,
          total_volume: 3000,
          avg_difficulty: 15,
          intent: 'informational',
          algorithm: 'lexical',
          created_at: NOW,
          updated_at: NOW,
        },
      ]);
    }
    return undefined;
  };
}
