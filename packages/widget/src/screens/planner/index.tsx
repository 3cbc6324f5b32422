// Keywords: filter and page through the site's keywords, add one, import a CSV, cluster, and browse the clusters.
import type { Schemas } from '@igny8/sdk';
import { useEffect, useState } from 'preact/hooks';
import { ErrorNotice } from '../../components/error-notice.js';
import { ProgressBar } from '../../components/progress-bar.js';
import { useWidget } from '../../context.js';
import type { MessageKey } from '../../i18n/index.js';
import { useAsync } from '../../use-async.js';

type Keyword = Schemas['Keyword'];
type Status = Schemas['KeywordStatus'];
type Intent = Schemas['Intent'];

const STATUSES: Status[] = ['new', 'mapped', 'archived'];
const INTENTS: Intent[] = ['informational', 'commercial', 'transactional', 'navigational'];
const PAGE_SIZE = 25;
// How many refused CSV lines to show; the rest are in the operation's result for whoever needs them.
const SHOWN_REFUSED = 5;

interface Filters {
  status: Status | '';
  intent: Intent | '';
  q: string;
}

export default function Planner() {
  const { i18n } = useWidget();
  const [filters, setFilters] = useState<Filters>({ status: '', intent: '', q: '' });
  const [query, setQuery] = useState('');
  // Bumped after an add, an import or a clustering, so the list and the clusters load again.
  const [version, setVersion] = useState(0);
  const refresh = () => setVersion((v) => v + 1);

  // Typing is debounced so a search is not sent per keystroke.
  useEffect(() => {
    const timer = setTimeout(() => setFilters((f) => (f.q === query.trim() ? f : { ...f, q: query.trim() })), 300);
    return () => clearTimeout(timer);
  }, [query]);

  return (
    <div>
      <Actions onChanged={refresh} />
      <section class="card" aria-labelledby="igny8-kw-list">
        <h2 id="igny8-kw-list">{i18n.t('keywords.title')}</h2>
        <form class="row" aria-label={i18n.t('keywords.filters')} onSubmit={(e) => e.preventDefault()}>
          <label>
            {i18n.t('keywords.search')}
            <input type="search" value={query} onInput={(e) => setQuery(e.currentTarget.value)} />
          </label>
          <label>
            {i18n.t('keywords.status')}
            <select
              value={filters.status}
              onChange={(e) => setFilters({ ...filters, status: e.currentTarget.value as Status | '' })}
            >
              <option value="">{i18n.t('keywords.any')}</option>
              {STATUSES.map((s) => (
                <option value={s} key={s}>
                  {i18n.t(`status.${s}` as MessageKey)}
                </option>
              ))}
            </select>
          </label>
          <label>
            {i18n.t('keywords.intent')}
            <select
              value={filters.intent}
              onChange={(e) => setFilters({ ...filters, intent: e.currentTarget.value as Intent | '' })}
            >
              <option value="">{i18n.t('keywords.any')}</option>
              {INTENTS.map((s) => (
                <option value={s} key={s}>
                  {i18n.t(`intent.${s}` as MessageKey)}
                </option>
              ))}
            </select>
          </label>
        </form>
        <KeywordList filters={filters} version={version} />
      </section>
      <Clusters version={version} />
    </div>
  );
}

/** A page-by-page list: "Load more" follows `meta.next_cursor`. `clusterId` narrows it to one cluster. */
function KeywordList({ filters, version, clusterId }: { filters?: Filters; version: number; clusterId?: string }) {
  const { client, siteId, i18n } = useWidget();
  const [items, setItems] = useState<Keyword[]>([]);
  const [cursor, setCursor] = useState<string | null>(null);
  const [more, setMore] = useState<{ busy: boolean; error?: unknown }>({ busy: false });
  const query = {
    limit: PAGE_SIZE,
    ...(filters?.status ? { status: filters.status } : {}),
    ...(filters?.intent ? { intent: filters.intent } : {}),
    ...(filters?.q ? { q: filters.q } : {}),
    ...(clusterId ? { cluster_id: clusterId } : {}),
  };
  const first = useAsync(async () => {
    const page = await client.keywords.list(siteId, query);
    setItems(page.data);
    setCursor(page.meta.next_cursor);
    return page;
  }, [siteId, filters?.status, filters?.intent, filters?.q, clusterId, version]);

  const loadMore = async () => {
    if (!cursor) return;
    setMore({ busy: true });
    try {
      const page = await client.keywords.list(siteId, { ...query, cursor });
      setItems((old) => [...old, ...page.data]);
      setCursor(page.meta.next_cursor);
      setMore({ busy: false });
    } catch (error) {
      setMore({ busy: false, error });
    }
  };

  if (first.error) return <ErrorNotice error={first.error} onRetry={first.reload} />;
  if (first.loading && items.length === 0) return <p aria-busy="true">{i18n.t('common.loading')}</p>;
  if (items.length === 0) return <p class="muted">{i18n.t('keywords.empty')}</p>;
  return (
    <div>
      <table>
        <thead>
          <tr>
            <th scope="col">{i18n.t('keywords.phrase')}</th>
            <th scope="col">{i18n.t('keywords.status')}</th>
            <th scope="col">{i18n.t('keywords.intent')}</th>
            <th scope="col" class="num">
              {i18n.t('keywords.volume')}
            </th>
            <th scope="col" class="num">
              {i18n.t('keywords.difficulty')}
            </th>
          </tr>
        </thead>
        <tbody>
          {items.map((k) => (
            <tr key={k.id}>
              <td>{k.phrase}</td>
              <td>{i18n.t(`status.${k.status}` as MessageKey)}</td>
              <td>{i18n.t(`intent.${k.intent}` as MessageKey)}</td>
              <td class="num">{i18n.number(k.volume)}</td>
              <td class="num">{k.difficulty === null ? '—' : i18n.number(k.difficulty)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <div class="row" style={{ marginBlockStart: '8px' }}>
        <span class="muted" aria-live="polite">
          {i18n.t('keywords.count', { count: items.length })}
        </span>
        {cursor && (
          <button type="button" class="button" onClick={loadMore} disabled={more.busy}>
            {i18n.t('keywords.more')}
          </button>
        )}
      </div>
      {more.error !== undefined && <ErrorNotice error={more.error} />}
    </div>
  );
}

type Job =
  | { kind: 'idle' }
  | { kind: 'busy'; label: string; done: number; total: number }
  | { kind: 'done'; message: string; refused?: { line: number; reason: string }[] }
  | { kind: 'failed'; error: unknown };

/** Add, import and cluster: each reports into one live region, so a screen reader hears progress and results. */
function Actions({ onChanged }: { onChanged: () => void }) {
  const { client, siteId, i18n } = useWidget();
  const [phrase, setPhrase] = useState('');
  const [job, setJob] = useState<Job>({ kind: 'idle' });
  const busy = job.kind === 'busy';

  const run = async (work: () => Promise<Job>) => {
    try {
      setJob(await work());
      onChanged();
    } catch (error) {
      setJob({ kind: 'failed', error });
    }
  };

  const add = (event: Event) => {
    event.preventDefault();
    const text = phrase.trim();
    if (!text) return;
    void run(async () => {
      setJob({ kind: 'busy', label: i18n.t('common.loading'), done: 0, total: 0 });
      const keyword = await client.keywords.create(siteId, { phrase: text });
      setPhrase('');
      return { kind: 'done', message: i18n.t('keywords.added', { phrase: keyword.phrase }) };
    });
  };

  const importFile = (event: Event) => {
    const input = event.currentTarget as HTMLInputElement;
    const file = input.files?.[0];
    if (!file) return;
    void run(async () => {
      const csv = await file.text();
      input.value = '';
      setJob({ kind: 'busy', label: i18n.t('keywords.importing', { done: 0, total: 0 }), done: 0, total: 0 });
      const started = await client.keywords.import(siteId, { csv });
      const finished = await client.operations.wait(started.id, {
        intervalMs: 400,
        onProgress: (op) =>
          setJob({
            kind: 'busy',
            label: i18n.t('keywords.importing', { done: op.progress.done, total: op.progress.total }),
            done: op.progress.done,
            total: op.progress.total,
          }),
      });
      if (finished.kind !== 'keywords.import' || !finished.result) throw new Error('The import gave no result.');
      const result = finished.result;
      return {
        kind: 'done',
        message: i18n.t('keywords.imported', {
          imported: result.imported,
          total: result.total_rows,
          duplicates: result.duplicates,
          invalid: result.invalid_count,
        }),
        refused: result.invalid.slice(0, SHOWN_REFUSED),
      };
    });
  };

  const cluster = () =>
    run(async () => {
      setJob({ kind: 'busy', label: i18n.t('keywords.clustering'), done: 0, total: 0 });
      const started = await client.clusters.run(siteId, {});
      await client.operations.wait(started.id, {
        intervalMs: 400,
        onProgress: (op) =>
          setJob({
            kind: 'busy',
            label: i18n.t('keywords.clustering'),
            done: op.progress.done,
            total: op.progress.total,
          }),
      });
      return { kind: 'done', message: i18n.t('keywords.clustered') };
    });

  return (
    <section class="card">
      <div class="row">
        <form class="row" onSubmit={add} style={{ margin: 0 }}>
          <label>
            {i18n.t('keywords.newPhrase')}
            <input type="text" value={phrase} maxLength={300} onInput={(e) => setPhrase(e.currentTarget.value)} />
          </label>
          <button type="submit" class="button primary" disabled={busy || !phrase.trim()}>
            {i18n.t('keywords.add')}
          </button>
        </form>
        <label>
          {i18n.t('keywords.importFile')}
          <input type="file" accept=".csv,text/csv,text/plain" onChange={importFile} disabled={busy} />
        </label>
        <button type="button" class="button" onClick={cluster} disabled={busy}>
          {i18n.t('keywords.cluster')}
        </button>
      </div>
      <div aria-live="polite" data-testid="job">
        {job.kind === 'busy' && (
          <div>
            <p>{job.label}</p>
            <ProgressBar done={job.done} total={job.total} label={job.label} />
          </div>
        )}
        {job.kind === 'done' && (
          <div class="notice success">
            <p>{job.message}</p>
            {job.refused && job.refused.length > 0 && (
              <ul>
                {job.refused.map((r) => (
                  <li key={r.line}>{i18n.t('keywords.refusedLine', { line: r.line, reason: r.reason })}</li>
                ))}
              </ul>
            )}
          </div>
        )}
        {job.kind === 'failed' && <ErrorNotice error={job.error} />}
      </div>
    </section>
  );
}

/** The site's clusters; opening one lists its keywords (`keywords.list` with `cluster_id`). */
function Clusters({ version }: { version: number }) {
  const { client, siteId, i18n } = useWidget();
  const [open, setOpen] = useState<string | null>(null);
  const { data, error, loading, reload } = useAsync(
    async () => (await client.clusters.list(siteId, { limit: 50 })).data,
    [siteId, version],
  );
  return (
    <section class="card" aria-labelledby="igny8-clusters">
      <h2 id="igny8-clusters">{i18n.t('keywords.clusters')}</h2>
      {error !== undefined && <ErrorNotice error={error} onRetry={reload} />}
      {loading && !data && <p aria-busy="true">{i18n.t('common.loading')}</p>}
      {data && data.length === 0 && <p class="muted">{i18n.t('keywords.noClusters')}</p>}
      {data && data.length > 0 && (
        <ul class="clusters">
          {data.map((c) => (
            <li key={c.id}>
              <button
                type="button"
                class="linkish"
                aria-expanded={open === c.id}
                aria-label={i18n.t('keywords.showCluster', { name: c.name })}
                onClick={() => setOpen(open === c.id ? null : c.id)}
              >
                {c.name}
              </button>{' '}
              <span class="muted">
                {i18n.t('keywords.clusterSummary', { count: c.keyword_count, volume: c.total_volume })}
              </span>
              {open === c.id && <KeywordList version={version} clusterId={c.id} />}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
