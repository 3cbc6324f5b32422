// The Keywords view: the site's keywords as a WordPress list table (bulk archive/restore/delete, Quick Edit, sorting,
// cursor pages, search and filters), with Add keyword, Import CSV and Run clustering above it.
import type { Schemas } from '@igny8/sdk';
import { useEffect, useState } from 'preact/hooks';
import { Dialog } from '../../components/index.js';
import Import from './import.js';
import { Charged, Facts, Failure, options, select, Table, useAct, useFocusIn, useT } from './table.js';

type Keyword = Schemas['Keyword'];

export const INTENTS: Schemas['Intent'][] = ['informational', 'commercial', 'transactional', 'navigational'];
// Clustering takes the `new` keywords; the API has no count of them, so they are counted, up to this.
const COUNT_UP_TO = 10_000;

export default function Keywords() {
  const [t, { client, siteId, i18n }] = useT();
  const [typed, setTyped] = useState('');
  const [filters, setFilters] = useState({ q: '', status: '', intent: '' });
  const filter = (f: keyof typeof filters) => (v: string) => setFilters((was) => ({ ...was, [f]: v }));
  const [deleting, setDeleting] = useState<Keyword[] | null>(null);
  const [panel, setPanel] = useState('');
  const { busy, run, say, shown, live, tick, reload } = useAct();
  const k = (s: string, params?: Record<string, string | number>) => t(`keywords.${s}`, params);

  // Typing is debounced, so a search is not sent per keystroke.
  useEffect(() => {
    const timer = setTimeout(() => filter('q')(typed.trim()), 300);
    return () => clearTimeout(timer);
  }, [typed]);

  // One row or many, by the bulk operation: the note counts what changed, and what did not.
  const change = (key: string, body: Schemas['KeywordBulkRequest']) =>
    run(async () => {
      const r = await client.keywords.bulk(siteId, body);
      const n = r.errors.length;
      return [k(key, { count: r.updated + r.deleted }) + (n ? ` ${k('bulkErrors', { count: n })}` : ''), n > 0];
    });
  const setTo = (rows: Keyword[], to: 'new' | 'archived') =>
    change(to === 'new' ? 'restored' : 'archived', { update: rows.map(({ id }) => ({ id, status: to })) });
  const close = () => setPanel('');
  const opener = (p: string) => (
    <button
      type="button"
      class="button"
      aria-expanded={p === 'keywords.add' ? panel === p : undefined}
      onClick={() => setPanel(panel === p ? '' : p)}
    >
      {t(p)}
    </button>
  );

  return (
    <>
      <div class="row">
        {opener('keywords.add')}
        {opener('import.open')}
        {opener('keywords.cluster')}
      </div>
      {panel === 'keywords.add' && (
        <div class="card">
          <KeywordForm
            onDone={(saved) => {
              if (!saved) return close();
              say(k('added', { phrase: saved.phrase }));
              reload();
            }}
          />
        </div>
      )}
      {panel === 'import.open' && <Import onDone={reload} onClose={close} />}
      {panel === 'keywords.cluster' && (
        <Charged
          title={k('cluster')}
          nothing={t('error.NO_KEYWORDS')}
          prepare={async () => {
            let n = 0;
            for await (const _ of client.keywords.list(siteId, { status: 'new', limit: 100 }))
              if (++n >= COUNT_UP_TO) break;
            if (!n) return null;
            const estimate = await client.billing.estimate({ operation: 'cluster_keywords', quantity: n });
            return ['cluster.items', n, estimate, n >= COUNT_UP_TO];
          }}
          start={() => client.clusters.run(siteId, {})}
          summary={(op) =>
            op.kind === 'keywords.cluster' &&
            op.result && (
              <div class="notice success" data-testid="cluster-summary">
                <Facts
                  rows={[
                    ['cluster.made', op.result.clusters],
                    ['cluster.unclustered', op.result.unclustered_keywords],
                    ['charge.spent', op.result.credits],
                  ]}
                />
              </div>
            )
          }
          onClose={close}
          onDone={reload}
        />
      )}
      {shown}
      {deleting && (
        <Dialog
          title={k('deletePermanently')}
          confirm={k('deletePermanently')}
          onConfirm={() => {
            setDeleting(null);
            void change('deleted', { delete: deleting.map((r) => r.id) });
            // The row goes away: focus waits on the status line.
            setTimeout(() => live.current?.focus());
          }}
          onClose={() => setDeleting(null)}
        >
          <p>
            <strong>{deleting.length === 1 ? deleting[0]?.phrase : k('count', { count: deleting.length })}</strong>
          </p>
        </Dialog>
      )}
      <Table<Keyword>
        caption={t('view.keywords')}
        load={(query) => client.keywords.list(siteId, query)}
        filters={filters}
        sort={['created_at', 'desc']}
        tick={tick}
        cols={[
          { l: t('f.phrase'), c: (r) => r.phrase, sort: 'phrase' },
          { l: k('status'), c: (r) => t(`status.${r.status}`) },
          { l: t('f.intent'), c: (r) => t(`intent.${r.intent}`) },
          { l: t('f.volume'), c: (r) => i18n.number(r.volume), sort: 'volume', num: true },
          {
            l: t('f.difficulty'),
            c: (r) => (r.difficulty === null ? '—' : i18n.number(r.difficulty)),
            sort: 'difficulty',
            num: true,
          },
          { l: k('date'), c: (r) => i18n.date(r.created_at), sort: 'created_at' },
        ]}
        name={(r) => r.phrase}
        bulk={[
          ['archive', k('archive')],
          ['restore', k('restore')],
          ['delete', k('deletePermanently')],
        ]}
        onBulk={(a, rows) => (a === 'delete' ? setDeleting(rows) : setTo(rows, a === 'archive' ? 'archived' : 'new'))}
        acts={(r) => [
          { l: k('edit') },
          r.status === 'archived'
            ? { l: k('restore'), run: () => setTo([r], 'new') }
            : { l: k('archive'), run: () => setTo([r], 'archived') },
          { l: k('delete'), danger: true, run: () => setDeleting([r]) },
        ]}
        detail={(r, shut) => (
          <KeywordForm
            keyword={r}
            onDone={(saved) => {
              shut();
              if (saved) {
                say(t('common.saved'));
                reload();
              }
            }}
          />
        )}
        busy={busy}
      >
        {select(
          k('status'),
          k('allStatuses'),
          filters.status,
          options(t, 'status', ['new', 'mapped', 'archived']),
          filter('status'),
        )}
        {select(t('f.intent'), k('allIntents'), filters.intent, options(t, 'intent', INTENTS), filter('intent'))}
        <input
          type="search"
          aria-label={k('search')}
          placeholder={k('search')}
          value={typed}
          onInput={(e) => setTyped(e.currentTarget.value)}
        />
      </Table>
    </>
  );
}

const FIELDS = [
  ['phrase', { type: 'text', required: true, maxLength: 300 }],
  ['volume', { type: 'number', min: 0, max: 1e9 }],
  ['difficulty', { type: 'number', min: 0, max: 100 }],
] as const;
const KEYS = ['phrase', 'volume', 'difficulty', 'intent'] as const;

/** Add keyword, or Quick Edit of one (phrase, volume, difficulty, intent): only what changed is sent. */
function KeywordForm({ keyword, onDone }: { keyword?: Keyword; onDone: (saved?: Keyword) => void }) {
  const [t, { client, siteId }] = useT();
  const initial = Object.fromEntries(KEYS.map((f) => [f, String(keyword?.[f] ?? '')]));
  const [values, setValues] = useState(initial);
  const [s, setS] = useState<{ saving?: boolean; error?: unknown }>({});
  const [ref, restore] = useFocusIn<HTMLInputElement>();
  const done = (saved?: Keyword) => {
    restore();
    onDone(saved);
  };
  const submit = async (event: Event) => {
    event.preventDefault();
    const body: Record<string, unknown> = {};
    for (const f of KEYS) {
      const value = (values[f] as string).trim();
      // A volume cannot be emptied; an emptied difficulty is unknown again.
      if (value !== initial[f] && (value || f === 'difficulty'))
        body[f] = f === 'phrase' || f === 'intent' ? value : value ? Number(value) : null;
    }
    if (keyword && !Object.keys(body).length) return done();
    setS({ saving: true });
    try {
      if (keyword) return done(await client.keywords.update(siteId, keyword.id, body));
      // Added: the form stays open, empty, for the next one.
      onDone(await client.keywords.create(siteId, body as Schemas['KeywordInput']));
      setValues(initial);
      setS({});
      ref.current?.focus();
    } catch (error) {
      setS({ error });
    }
  };
  const set = (f: string) => (e: { currentTarget: { value: string } }) =>
    setValues({ ...values, [f]: e.currentTarget.value });
  return (
    <form
      onSubmit={submit}
      aria-label={keyword ? t('table.action', { action: t('keywords.edit'), name: keyword.phrase }) : t('keywords.add')}
      onKeyDown={(e) => e.key === 'Escape' && keyword && done()}
    >
      <div class="row">
        {FIELDS.map(([f, attrs]) => (
          <label key={f}>
            {t(`f.${f}`)}
            <input {...attrs} ref={f === 'phrase' ? ref : undefined} value={values[f]} onInput={set(f)} />
          </label>
        ))}
        <label>
          {t('f.intent')}
          <select value={values.intent} onChange={set('intent')}>
            {!keyword && <option value="">{t('keywords.autoIntent')}</option>}
            {INTENTS.map((o) => (
              <option value={o} key={o}>
                {t(`intent.${o}`)}
              </option>
            ))}
          </select>
        </label>
        <button type="submit" class="button primary" disabled={s.saving || !values.phrase?.trim()}>
          {t(keyword ? 'common.save' : 'keywords.add')}
        </button>
        <button type="button" class="button" onClick={() => done()}>
          {t('common.cancel')}
        </button>
      </div>
      {s.error !== undefined && <Failure error={s.error} />}
    </form>
  );
}
