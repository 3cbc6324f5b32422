// The Clusters view (a row opens to its keywords; "Generate ideas" shows the cost first, then the ideas made and any
// cannibalization warning) and the Ideas view (a row opens to its brief and outline; "Queue to tasks" per row or in
// bulk makes writing tasks of them).
import type { Schemas } from '@igny8/sdk';
import { useState } from 'preact/hooks';
import { useAsync } from '../../components/index.js';
import { Charged, type Col, Facts, Failure, options, select, Table, useAct, useT } from './table.js';

type Cluster = Schemas['Cluster'];
type Idea = Schemas['Idea'];
// The API's default number of ideas per generation.
const IDEAS = 3;

export function Clusters() {
  const [t, { client, siteId, i18n }] = useT();
  const [run, setRun] = useState<Cluster | null>(null);
  const cols: Col<Cluster>[] = [
    { l: t('cluster.name'), c: (c) => c.name },
    { l: t('view.keywords'), c: (c) => i18n.number(c.keyword_count), num: true },
    { l: t('f.volume'), c: (c) => i18n.number(c.total_volume), num: true },
    {
      l: t('f.difficulty'),
      c: (c) => (c.avg_difficulty === null ? '—' : i18n.number(Math.round(c.avg_difficulty))),
      num: true,
    },
    { l: t('f.intent'), c: (c) => t(`intent.${c.intent}`) },
  ];
  return (
    <>
      {run && (
        <Charged
          key={run.id}
          title={t('table.action', { action: t('ideas.generate'), name: run.name })}
          prepare={async () => [
            'view.ideas',
            IDEAS,
            await client.billing.estimate({ operation: 'generate_ideas', quantity: IDEAS }),
          ]}
          start={() => client.ideas.generate(siteId, run.id, { count: IDEAS })}
          summary={(op) =>
            op.kind === 'ideas.generate' &&
            op.result && (
              <>
                <div class="notice success">
                  <Facts
                    rows={[
                      ['ideas.made', op.result.idea_ids.length],
                      ['charge.spent', op.result.credits],
                    ]}
                  />
                </div>
                {op.result.cannibalization.length > 0 && (
                  <div class="notice warning stack" data-testid="cannibalization">
                    <p>{t('ideas.cannibal')}</p>
                    <ul>
                      {op.result.cannibalization.map((w) => (
                        <li key={w.key}>
                          {t(w.kind === 'same_primary_keyword' ? 'ideas.samePrimary' : 'ideas.similar', {
                            key: w.key,
                            items: w.items.map((i) => i.label).join(', '),
                          })}
                        </li>
                      ))}
                    </ul>
                  </div>
                )}
              </>
            )
          }
          onClose={() => setRun(null)}
        />
      )}
      <Table<Cluster>
        caption={t('view.clusters')}
        load={(query) => client.clusters.list(siteId, query)}
        cols={cols}
        name={(c) => c.name}
        acts={(c) => [{ l: t('view.keywords') }, { l: t('ideas.generate'), run: () => setRun(c) }]}
        detail={(c) => <ClusterKeywords id={c.id} />}
      />
    </>
  );
}

/** The keywords of one cluster (the first hundred, by volume). */
function ClusterKeywords({ id }: { id: string }) {
  const [t, { client, siteId, i18n }] = useT();
  const { data, error, reload } = useAsync(
    async () => await client.keywords.list(siteId, { cluster_id: id, limit: 100, sort: 'volume', order: 'desc' }),
    [id],
  );
  if (error !== undefined) return <Failure error={error} retry={reload} />;
  if (!data) return <p aria-busy="true">{t('common.loading')}</p>;
  return (
    <ul class="cols" data-testid="cluster-keywords">
      {data.data.map((k) => (
        <li key={k.id}>
          {k.phrase} <span class="muted">{i18n.number(k.volume)}</span>
        </li>
      ))}
    </ul>
  );
}

export function Ideas() {
  const [t, { client, siteId, i18n }] = useT();
  const [status, setStatus] = useState('');
  const { busy, run, shown, tick } = useAct();
  // Cluster names, to say which cluster each idea is for.
  const clusters = useAsync(async () => await client.clusters.list(siteId, { limit: 100 }), [siteId]);
  const names = new Map(clusters.data?.data.map((c) => [c.id, c.name]));
  const queue = (ideas: Idea[]) =>
    run(async () => {
      const fresh = ideas.filter((i) => i.status === 'new');
      for (const i of fresh) await client.ideas.queue(siteId, i.id);
      return t('ideas.queued', { count: fresh.length });
    });
  return (
    <>
      {shown}
      <Table<Idea>
        caption={t('view.ideas')}
        load={(query) => client.ideas.list(siteId, query)}
        filters={{ status }}
        tick={tick}
        cols={[
          { l: t('ideas.title'), c: (i) => i.title },
          { l: t('cluster.name'), c: (i) => (i.cluster_id && names.get(i.cluster_id)) || '—' },
          { l: t('f.phrase'), c: (i) => i.primary_keyword },
          { l: t('keywords.status'), c: (i) => t(`ideas.status.${i.status}`) },
          { l: t('ideas.words'), c: (i) => i18n.number(i.target_words), num: true },
        ]}
        name={(i) => i.title}
        bulk={[['queue', t('ideas.queue')]]}
        onBulk={(_, rows) => queue(rows)}
        acts={(i) => [
          { l: t('ideas.outline') },
          ...(i.status === 'new' ? [{ l: t('ideas.queue'), run: () => queue([i]) }] : []),
        ]}
        detail={(i) => <Outline idea={i} />}
        busy={busy}
      >
        {select(
          t('keywords.status'),
          t('keywords.allStatuses'),
          status,
          options(t, 'ideas.status', ['new', 'queued', 'completed']),
          setStatus,
        )}
      </Table>
    </>
  );
}

/** The brief, the outline (H2 sections with their H3s) and the secondary keywords of an idea. */
function Outline({ idea }: { idea: Idea }) {
  const [t] = useT();
  const sections: [string, string[]][] = [];
  for (const h of idea.outline) {
    const last = sections[sections.length - 1];
    if (h.level === 3 && last) last[1].push(h.heading);
    else sections.push([h.heading, []]);
  }
  return (
    <div data-testid="outline">
      {idea.brief && <p>{idea.brief}</p>}
      <ol>
        {sections.map(([h, subs], i) => (
          <li key={i}>
            {h}
            {subs.length > 0 && (
              <ul>
                {subs.map((s, j) => (
                  <li key={j}>{s}</li>
                ))}
              </ul>
            )}
          </li>
        ))}
      </ol>
      {idea.secondary_keywords.length > 0 && (
        <p class="muted">{t('ideas.secondary', { list: idea.secondary_keywords.join(', ') })}</p>
      )}
    </div>
  );
}
