// The Keywords view: the site's keywords as a WordPress list table (bulk archive/restore/delete, Quick Edit, sorting,
// cursor pages, search and filters), with Add keyword, Import CSV and Run clustering above it.
import type { Schemas } from '@igny8/sdk';
import { useEffect, useRef, useState } from 'preact/hooks';
import { useWidget } from '../../context.js';
import type { MessageKey } from '../../i18n/index.js';
import type { Prepared } from './charged.js';
import { type Column, ListTable, type Sort, useCursorPages } from './list-table.js';
import { Confirm, Facts, Failure, Lazy, type Operation, PAGE_SIZE, tableText, useFocusIn } from './shared.js';

type Keyword = Schemas['Keyword'];
type Status = Schemas['KeywordStatus'];
type Intent = Schemas['Intent'];
type SortBy = 'created_at' | 'volume' | 'difficulty' | 'phrase';

const STATUSES: Status[] = ['new', 'mapped', 'archived'];
const INTENTS: Intent[] = ['informational', 'commercial', 'transactional', 'navigational'];
// Clustering takes the `new` keywords; the API has no count of them, so they are counted page by page, up to this.
const COUNT_UP_TO = 10_000;
const loadImport = () => import('./import.js');
const loadCharged = () => import('./charged.js');

type Panel = 'add' | 'import' | 'cluster' | null;
interface Note {
  text: string;
  warn?: boolean;
}

export default function Keywords({ go }: { go: (view: 'clusters') => void }) {
  const { client, siteId, i18n } = useWidget();
  const t = (key: string, params?: Record<string, string | number>) => i18n.t(key as MessageKey, params);
  const [typed, setTyped] = useState('');
  const [q, setQ] = useState('');
  const [status, setStatus] = useState<Status | ''>('');
  const [intent, setIntent] = useState<Intent | ''>('');
  const [sort, setSort] = useState<Sort>({ by: 'created_at', order: 'desc' });
  const [version, setVersion] = useState(0);
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [editing, setEditing] = useState<string | null>(null);
  const [deleting, setDeleting] = useState<string[] | null>(null);
  const [panel, setPanel] = useState<Panel>(null);
  const [note, setNote] = useState<Note | null>(null);
  const [failure, setFailure] = useState<unknown>();
  const [busy, setBusy] = useState(false);
  const wrap = useRef<HTMLDivElement>(null);
  const refresh = () => setVersion((v) => v + 1);

  // Typing is debounced, so a search is not sent per keystroke.
  useEffect(() => {
    const timer = setTimeout(() => setQ(typed.trim()), 300);
    return () => clearTimeout(timer);
  }, [typed]);

  const pages = useCursorPages(
    (cursor) =>
      client.keywords.list(siteId, {
        limit: PAGE_SIZE,
        sort: sort.by as SortBy,
        order: sort.order,
        ...(q ? { q } : {}),
        ...(status ? { status } : {}),
        ...(intent ? { intent } : {}),
        ...(cursor ? { cursor } : {}),
      }),
    [siteId, q, status, intent, sort, version],
    PAGE_SIZE,
  );

  const act = async (work: () => Promise<Note>) => {
    setBusy(true);
    setFailure(undefined);
    setNote(null);
    try {
      setNote(await work());
      setSelected(new Set());
      pages.reload();
    } catch (error) {
      setFailure(error);
    } finally {
      setBusy(false);
    }
  };
  const counted = (key: string, count: number, errors = 0): Note => ({
    text: `${t(key, { count })}${errors ? ` ${t('keywords.bulkErrors', { count: errors })}` : ''}`,
    warn: errors > 0,
  });
  const setStatusOf = (ids: string[], to: 'new' | 'archived') =>
    act(async () => {
      const key = to === 'new' ? 'keywords.restored' : 'keywords.archived';
      if (ids.length === 1) {
        await client.keywords.update(siteId, ids[0] as string, { status: to });
        return counted(key, 1);
      }
      const r = await client.keywords.bulk(siteId, { update: ids.map((id) => ({ id, status: to })) });
      return counted(key, r.updated, r.errors.length);
    });
  const remove = (ids: string[]) =>
    act(async () => {
      if (ids.length === 1) {
        await client.keywords.delete(siteId, ids[0] as string);
        return counted('keywords.deleted', 1);
      }
      const r = await client.keywords.bulk(siteId, { delete: ids });
      return counted('keywords.deleted', r.deleted, r.errors.length);
    });
  const confirmDelete = (ids: string[], phrase?: string) => (
    <Confirm
      message={
        phrase ? t('keywords.confirmDelete', { phrase }) : t('keywords.confirmBulkDelete', { count: ids.length })
      }
      yes={t('keywords.deletePermanently')}
      onYes={() => {
        setDeleting(null);
        void remove(ids);
      }}
      onNo={() => setDeleting(null)}
    />
  );
  const edited = (id: string, saved?: Keyword) => {
    setEditing(null);
    if (saved) {
      setNote({ text: t('keywords.updated', { phrase: saved.phrase }) });
      pages.reload();
    }
    // Back to the row's Quick Edit link, as wp-admin does.
    requestAnimationFrame(() =>
      wrap.current?.querySelector<HTMLElement>(`tr[data-id="${id}"] .row-actions button`)?.focus(),
    );
  };

  const columns: Column<Keyword>[] = [
    { id: 'phrase', label: t('keywords.phrase'), cell: (k) => k.phrase, sortable: true },
    { id: 'status', label: t('keywords.status'), cell: (k) => t(`status.${k.status}`) },
    { id: 'intent', label: t('keywords.intent'), cell: (k) => t(`intent.${k.intent}`) },
    { id: 'volume', label: t('keywords.volume'), cell: (k) => i18n.number(k.volume), sortable: true, num: true },
    {
      id: 'difficulty',
      label: t('keywords.difficulty'),
      cell: (k) => (k.difficulty === null ? '—' : i18n.number(k.difficulty)),
      sortable: true,
      num: true,
    },
    { id: 'created_at', label: t('keywords.date'), cell: (k) => i18n.date(k.created_at), sortable: true },
  ];
  const toggle = (p: Panel) => () => {
    setNote(null);
    setPanel(panel === p ? null : p);
  };
  const filter = (
    label: string,
    all: string,
    value: string,
    options: string[],
    prefix: string,
    set: (v: string) => void,
  ) => (
    <label>
      <span class="visually-hidden">{label}</span>
      <select value={value} onChange={(e) => set(e.currentTarget.value)}>
        <option value="">{all}</option>
        {options.map((o) => (
          <option value={o} key={o}>
            {t(`${prefix}.${o}`)}
          </option>
        ))}
      </select>
    </label>
  );

  return (
    <div ref={wrap}>
      <div class="title-row">
        <h2 id="pl-kw">{t('keywords.title')}</h2>
        <button type="button" class="button" aria-expanded={panel === 'add'} onClick={toggle('add')}>
          {t('keywords.add')}
        </button>
        <button type="button" class="button" aria-expanded={panel === 'import'} onClick={toggle('import')}>
          {t('import.open')}
        </button>
        <button type="button" class="button" aria-expanded={panel === 'cluster'} onClick={toggle('cluster')}>
          {t('keywords.cluster')}
        </button>
      </div>
      {panel === 'add' && (
        <section class="card" aria-labelledby="pl-add">
          <h3 id="pl-add">{t('keywords.add')}</h3>
          <KeywordForm
            onDone={(saved) => {
              if (!saved) return setPanel(null);
              setNote({ text: t('keywords.added', { phrase: saved.phrase }) });
              refresh();
            }}
          />
        </section>
      )}
      {panel === 'import' && <Lazy load={loadImport} onImported={refresh} onClose={() => setPanel(null)} />}
      {panel === 'cluster' && (
        <Lazy
          load={loadCharged}
          title={t('keywords.cluster')}
          items={t('cluster.items')}
          busy={t('keywords.clustering')}
          nothing={t('error.NO_KEYWORDS')}
          prepare={async () => {
            let page = await client.keywords.list(siteId, { status: 'new', limit: 100 });
            let n = page.data.length;
            while (page.hasNextPage() && n < COUNT_UP_TO) {
              page = await page.getNextPage();
              n += page.data.length;
            }
            if (!n) return null;
            const estimate = await client.billing.estimate({ operation: 'cluster_keywords', quantity: n });
            return { quantity: n, atLeast: page.hasNextPage(), estimate } satisfies Prepared;
          }}
          start={() => client.clusters.run(siteId, {})}
          summary={(op: Operation) =>
            op.kind === 'keywords.cluster' &&
            op.result && (
              <div class="notice success" data-testid="cluster-summary">
                <p>{t('cluster.done')}</p>
                <Facts
                  rows={[
                    [t('cluster.made'), i18n.number(op.result.clusters)],
                    [t('cluster.clustered'), i18n.number(op.result.clustered_keywords)],
                    [t('cluster.unclustered'), i18n.number(op.result.unclustered_keywords)],
                    [t('charge.spent'), i18n.number(op.result.credits)],
                  ]}
                />
                <p>
                  <button type="button" class="button" onClick={() => go('clusters')}>
                    {t('cluster.view')}
                  </button>
                </p>
              </div>
            )
          }
          onClose={() => setPanel(null)}
          onDone={refresh}
        />
      )}
      <div aria-live="polite">
        {note && (
          <div class={note.warn ? 'notice warning' : 'notice success'}>
            <p>{note.text}</p>
          </div>
        )}
      </div>
      {failure !== undefined && <Failure error={failure} />}
      {deleting && deleting.length > 1 && confirmDelete(deleting)}
      <p class="search-box">
        <label>
          <span class="visually-hidden">{t('keywords.search')}</span>
          <input
            type="search"
            value={typed}
            placeholder={t('keywords.search')}
            onInput={(e) => setTyped(e.currentTarget.value)}
          />
        </label>
      </p>
      {pages.error !== undefined ? (
        <Failure error={pages.error} onRetry={pages.reload} />
      ) : (
        <ListTable<Keyword>
          caption={t('keywords.title')}
          columns={columns}
          rows={pages.rows}
          id={(k) => k.id}
          name={(k) => k.phrase}
          text={tableText(i18n)}
          empty={pages.loading ? t('common.loading') : t('keywords.empty')}
          selected={selected}
          onSelect={setSelected}
          bulk={[
            { id: 'archive', label: t('keywords.archive') },
            { id: 'restore', label: t('keywords.restore') },
            { id: 'delete', label: t('keywords.deletePermanently') },
          ]}
          onBulk={(action, ids) =>
            action === 'delete' ? setDeleting(ids) : setStatusOf(ids, action === 'archive' ? 'archived' : 'new')
          }
          sort={sort}
          onSort={setSort}
          actions={(k) => [
            { label: t('keywords.edit'), run: () => setEditing(k.id) },
            k.status === 'archived'
              ? { label: t('keywords.restore'), run: () => setStatusOf([k.id], 'new') }
              : { label: t('keywords.archive'), run: () => setStatusOf([k.id], 'archived') },
            { label: t('keywords.delete'), danger: true, run: () => setDeleting([k.id]) },
          ]}
          replace={(k) => editing === k.id && <KeywordForm keyword={k} onDone={(saved) => edited(k.id, saved)} />}
          detail={(k) => deleting?.length === 1 && deleting[0] === k.id && confirmDelete([k.id], k.phrase)}
          pages={pages}
          busy={busy}
        >
          {filter(t('keywords.filterStatus'), t('keywords.allStatuses'), status, STATUSES, 'status', (v) =>
            setStatus(v as Status | ''),
          )}
          {filter(t('keywords.filterIntent'), t('keywords.allIntents'), intent, INTENTS, 'intent', (v) =>
            setIntent(v as Intent | ''),
          )}
        </ListTable>
      )}
    </div>
  );
}

/** Add keyword, or Quick Edit of one (phrase, volume, difficulty, intent): only what changed is sent. */
function KeywordForm({ keyword, onDone }: { keyword?: Keyword; onDone: (saved?: Keyword) => void }) {
  const { client, siteId, i18n } = useWidget();
  const t = (key: string, params?: Record<string, string | number>) => i18n.t(key as MessageKey, params);
  const initial = {
    phrase: keyword?.phrase ?? '',
    volume: keyword ? String(keyword.volume) : '',
    difficulty: keyword?.difficulty == null ? '' : String(keyword.difficulty),
    intent: keyword?.intent ?? '',
  };
  const [values, setValues] = useState(initial);
  const [error, setError] = useState<unknown>();
  const [saving, setSaving] = useState(false);
  const [ref, restore] = useFocusIn<HTMLInputElement>();
  const done = (saved?: Keyword) => {
    restore();
    onDone(saved);
  };
  const submit = async (event: Event) => {
    event.preventDefault();
    const body: Schemas['KeywordUpdate'] = {};
    const phrase = values.phrase.trim();
    if (phrase !== initial.phrase) body.phrase = phrase;
    if (values.volume !== initial.volume && values.volume !== '') body.volume = Number(values.volume);
    if (values.difficulty !== initial.difficulty)
      body.difficulty = values.difficulty === '' ? null : Number(values.difficulty);
    if (values.intent !== initial.intent && values.intent) body.intent = values.intent as Intent;
    if (keyword && Object.keys(body).length === 0) return done();
    setSaving(true);
    setError(undefined);
    try {
      const saved = keyword
        ? await client.keywords.update(siteId, keyword.id, body)
        : await client.keywords.create(siteId, { ...body, phrase } as Schemas['KeywordInput']);
      setSaving(false);
      if (keyword) return done(saved);
      // Added: the form stays open, empty, for the next one.
      setValues(initial);
      ref.current?.focus();
      onDone(saved);
    } catch (err) {
      setError(err);
      setSaving(false);
    }
  };
  const input = (name: keyof typeof values, label: string, attrs: Record<string, unknown>) => (
    <label>
      {label}
      <input {...attrs} value={values[name]} onInput={(e) => setValues({ ...values, [name]: e.currentTarget.value })} />
    </label>
  );
  return (
    <form
      onSubmit={submit}
      aria-label={keyword ? t('keywords.editing', { phrase: keyword.phrase }) : t('keywords.add')}
      onKeyDown={(e) => e.key === 'Escape' && keyword && done()}
    >
      <div class="row">
        <label>
          {t('keywords.phrase')}
          <input
            ref={ref}
            type="text"
            required
            maxLength={300}
            value={values.phrase}
            onInput={(e) => setValues({ ...values, phrase: e.currentTarget.value })}
          />
        </label>
        {input('volume', t('keywords.volume'), { type: 'number', min: 0, max: 1_000_000_000, class: 'num-input' })}
        {input('difficulty', t('keywords.difficulty'), { type: 'number', min: 0, max: 100, class: 'num-input' })}
        <label>
          {t('keywords.intent')}
          <select value={values.intent} onChange={(e) => setValues({ ...values, intent: e.currentTarget.value })}>
            {!keyword && <option value="">{t('keywords.autoIntent')}</option>}
            {INTENTS.map((o) => (
              <option value={o} key={o}>
                {t(`intent.${o}`)}
              </option>
            ))}
          </select>
        </label>
        <button type="submit" class="button primary" disabled={saving || !values.phrase.trim()}>
          {t(keyword ? 'keywords.update' : 'keywords.add')}
        </button>
        <button type="button" class="button" onClick={() => done()}>
          {t('common.cancel')}
        </button>
      </div>
      {error !== undefined && <Failure error={error} />}
    </form>
  );
}
