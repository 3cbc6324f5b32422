// The Clusters view: the site's clusters as a list table; a row opens to its keywords, and "Generate ideas" shows the
// cost first, then the progress, then the ideas made and any cannibalization warning.
import type { Schemas } from '@igny8/sdk';
import { useState } from 'preact/hooks';
import { useWidget } from '../../context.js';
import type { MessageKey } from '../../i18n/index.js';
import { useAsync } from '../../use-async.js';
import ChargedRun from './charged.js';
import { type Column, ListTable, useCursorPages } from './list-table.js';
import { Facts, Failure, PAGE_SIZE, tableText } from './shared.js';

type Cluster = Schemas['Cluster'];
// The API's default number of ideas per generation.
const IDEAS = 3;

export default function Clusters({ go }: { go: (view: 'ideas') => void }) {
  const { client, siteId, i18n } = useWidget();
  const t = (key: string, params?: Record<string, string | number>) => i18n.t(key as MessageKey, params);
  const [open, setOpen] = useState<string | null>(null);
  const [run, setRun] = useState<Cluster | null>(null);
  const pages = useCursorPages(
    (cursor) => client.clusters.list(siteId, { limit: PAGE_SIZE, ...(cursor ? { cursor } : {}) }),
    [siteId],
    PAGE_SIZE,
  );
  const columns: Column<Cluster>[] = [
    { id: 'name', label: t('cluster.name'), cell: (c) => c.name },
    { id: 'keywords', label: t('keywords.title'), cell: (c) => i18n.number(c.keyword_count), num: true },
    { id: 'volume', label: t('keywords.volume'), cell: (c) => i18n.number(c.total_volume), num: true },
    {
      id: 'difficulty',
      label: t('cluster.difficulty'),
      cell: (c) => (c.avg_difficulty === null ? '—' : i18n.number(Math.round(c.avg_difficulty))),
      num: true,
    },
    { id: 'intent', label: t('keywords.intent'), cell: (c) => t(`intent.${c.intent}`) },
  ];
  return (
    <div>
      <h2>{t('view.clusters')}</h2>
      {run && (
        <ChargedRun
          key={run.id}
          title={t('ideas.generateFor', { name: run.name })}
          items={t('ideas.items')}
          busy={t('ideas.generating')}
          nothing=""
          prepare={async () => ({
            quantity: IDEAS,
            estimate: await client.billing.estimate({ operation: 'generate_ideas', quantity: IDEAS }),
          })}
          start={() => client.ideas.generate(siteId, run.id, { count: IDEAS })}
          summary={(op) =>
            op.kind === 'ideas.generate' && op.result && <IdeasMade result={op.result} go={go} name={run.name} />
          }
          onClose={() => setRun(null)}
          onDone={pages.reload}
        />
      )}
      {pages.error !== undefined ? (
        <Failure error={pages.error} onRetry={pages.reload} />
      ) : (
        <ListTable<Cluster>
          caption={t('view.clusters')}
          columns={columns}
          rows={pages.rows}
          id={(c) => c.id}
          name={(c) => c.name}
          text={tableText(i18n)}
          empty={pages.loading ? t('common.loading') : t('cluster.empty')}
          actions={(c) => [
            {
              label: t(open === c.id ? 'cluster.hide' : 'cluster.show'),
              expanded: open === c.id,
              run: () => setOpen(open === c.id ? null : c.id),
            },
            { label: t('ideas.generate'), run: () => setRun(c) },
          ]}
          detail={(c) => open === c.id && <ClusterKeywords id={c.id} />}
          pages={pages}
        />
      )}
    </div>
  );
}

/** The keywords of one cluster (the first hundred, by volume). */
function ClusterKeywords({ id }: { id: string }) {
  const { client, siteId, i18n } = useWidget();
  const { data, error, reload } = useAsync(
    async () => await client.keywords.list(siteId, { cluster_id: id, limit: 100, sort: 'volume', order: 'desc' }),
    [id],
  );
  if (error !== undefined) return <Failure error={error} onRetry={reload} />;
  if (!data) return <p aria-busy="true">{i18n.t('common.loading')}</p>;
  return (
    <ul class="cluster-kws" data-testid="cluster-keywords">
      {data.data.map((k) => (
        <li key={k.id}>
          {k.phrase} <span class="muted">{i18n.number(k.volume)}</span>
        </li>
      ))}
    </ul>
  );
}

function IdeasMade(props: { result: Schemas['IdeaGenerationResult']; name: string; go: (view: 'ideas') => void }) {
  const { i18n } = useWidget();
  const { result } = props;
  const warnings = result.cannibalization;
  return (
    <div class="stack">
      <div class="notice success">
        <p>{i18n.t('ideas.done', { name: props.name })}</p>
        <Facts
          rows={[
            [i18n.t('ideas.made'), i18n.number(result.idea_ids.length)],
            [i18n.t('charge.spent'), i18n.number(result.credits)],
          ]}
        />
        <p>
          <button type="button" class="button" onClick={() => props.go('ideas')}>
            {i18n.t('ideas.view')}
          </button>
        </p>
      </div>
      {warnings.length > 0 && (
        <div class="notice warning" data-testid="cannibalization">
          <p>{i18n.t('ideas.cannibal')}</p>
          <ul>
            {warnings.map((w) => (
              <li key={w.key}>
                {i18n.t(w.kind === 'same_primary_keyword' ? 'ideas.samePrimary' : 'ideas.similar', {
                  key: w.key,
                  items: w.items.map((i) => i.label).join(', '),
                })}
              </li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}
