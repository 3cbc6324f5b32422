// The Ideas view: the site's content ideas as a list table; a row opens to its brief and outline, and "Queue to
// tasks" (per row, or as a bulk action) makes writing tasks of them.
import type { Schemas } from '@igny8/sdk';
import { useState } from 'preact/hooks';
import { useWidget } from '../../context.js';
import type { MessageKey } from '../../i18n/index.js';
import { useAsync } from '../../use-async.js';
import { type Column, ListTable, useCursorPages } from './list-table.js';
import { Failure, PAGE_SIZE, tableText } from './shared.js';

type Idea = Schemas['Idea'];
type Status = Schemas['IdeaStatus'];
const STATUSES: Status[] = ['new', 'queued', 'completed'];

export default function Ideas() {
  const { client, siteId, i18n } = useWidget();
  const t = (key: string, params?: Record<string, string | number>) => i18n.t(key as MessageKey, params);
  const [status, setStatus] = useState<Status | ''>('');
  const [open, setOpen] = useState<string | null>(null);
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [busy, setBusy] = useState(false);
  const [note, setNote] = useState('');
  const [failure, setFailure] = useState<unknown>();
  const pages = useCursorPages(
    (cursor) =>
      client.ideas.list(siteId, { limit: PAGE_SIZE, ...(status ? { status } : {}), ...(cursor ? { cursor } : {}) }),
    [siteId, status],
    PAGE_SIZE,
  );
  // Cluster names, to say which cluster each idea is for.
  const clusters = useAsync(async () => await client.clusters.list(siteId, { limit: 100 }), [siteId]);
  const names = new Map(clusters.data?.data.map((c) => [c.id, c.name]));

  const queue = async (ids: string[]) => {
    setBusy(true);
    setNote('');
    setFailure(undefined);
    let done = 0;
    try {
      for (const id of ids) {
        await client.ideas.queue(siteId, id);
        done++;
      }
    } catch (error) {
      setFailure(error);
    }
    if (done) setNote(t('ideas.queued', { count: done }));
    setSelected(new Set());
    setBusy(false);
    pages.reload();
  };

  const columns: Column<Idea>[] = [
    { id: 'title', label: t('ideas.title'), cell: (i) => i.title },
    { id: 'cluster', label: t('cluster.name'), cell: (i) => (i.cluster_id && names.get(i.cluster_id)) || '—' },
    { id: 'keyword', label: t('ideas.keyword'), cell: (i) => i.primary_keyword },
    { id: 'status', label: t('keywords.status'), cell: (i) => t(`ideas.status.${i.status}`) },
    { id: 'words', label: t('ideas.words'), cell: (i) => i18n.number(i.target_words), num: true },
  ];
  return (
    <div>
      <h2>{t('view.ideas')}</h2>
      <div aria-live="polite">
        {note && (
          <div class="notice success">
            <p>{note}</p>
          </div>
        )}
      </div>
      {failure !== undefined && <Failure error={failure} />}
      {pages.error !== undefined ? (
        <Failure error={pages.error} onRetry={pages.reload} />
      ) : (
        <ListTable<Idea>
          caption={t('view.ideas')}
          columns={columns}
          rows={pages.rows}
          id={(i) => i.id}
          name={(i) => i.title}
          text={tableText(i18n)}
          empty={pages.loading ? t('common.loading') : t('ideas.empty')}
          selected={selected}
          onSelect={setSelected}
          bulk={[{ id: 'queue', label: t('ideas.queue') }]}
          onBulk={(_, ids) => queue(ids.filter((id) => pages.rows.find((i) => i.id === id)?.status === 'new'))}
          actions={(i) => [
            {
              label: t(open === i.id ? 'ideas.hideOutline' : 'ideas.outline'),
              expanded: open === i.id,
              run: () => setOpen(open === i.id ? null : i.id),
            },
            ...(i.status === 'new' ? [{ label: t('ideas.queue'), run: () => queue([i.id]) }] : []),
          ]}
          detail={(i) => open === i.id && <Outline idea={i} />}
          pages={pages}
          busy={busy}
        >
          <label>
            <span class="visually-hidden">{t('keywords.filterStatus')}</span>
            <select value={status} onChange={(e) => setStatus(e.currentTarget.value as Status | '')}>
              <option value="">{t('keywords.allStatuses')}</option>
              {STATUSES.map((s) => (
                <option value={s} key={s}>
                  {t(`ideas.status.${s}`)}
                </option>
              ))}
            </select>
          </label>
        </ListTable>
      )}
    </div>
  );
}

/** The brief, the outline (H2 sections with their H3s) and the secondary keywords of an idea. */
function Outline({ idea }: { idea: Idea }) {
  const { i18n } = useWidget();
  const sections: { heading: string; subs: string[] }[] = [];
  for (const h of idea.outline) {
    const last = sections[sections.length - 1];
    if (h.level === 3 && last) last.subs.push(h.heading);
    else sections.push({ heading: h.heading, subs: [] });
  }
  return (
    <div class="outline" data-testid="outline">
      {idea.brief && <p>{idea.brief}</p>}
      <ol>
        {sections.map((s, i) => (
          <li key={i}>
            {s.heading}
            {s.subs.length > 0 && (
              <ul>
                {s.subs.map((h, j) => (
                  <li key={j}>{h}</li>
                ))}
              </ul>
            )}
          </li>
        ))}
      </ol>
      {idea.secondary_keywords.length > 0 && (
        <p class="muted">{i18n.t('ideas.secondary', { list: idea.secondary_keywords.join(', ') })}</p>
      )}
    </div>
  );
}
