// The content editor (its own chunk, loaded when a content is opened): the title, slug and focus keyword; the text
// in a visual editor with a formatting toolbar or as HTML; beside it the live SEO score and checks (the server's
// analysis, run here on every change), then the meta title and description with their length meters, a search
// result preview, the link report, the images and the revisions. Save sends the changed fields; Approve saves and
// approves.
import type { Schemas } from '@igny8/sdk';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { Dialog } from '../../components/dialog.js';
import { ErrorNotice } from '../../components/error-notice.js';
import { useWidget } from '../../context.js';
import type { MessageKey } from '../../i18n/index.js';
import { useAsync } from '../../use-async.js';
import { Images, Revisions } from './media.js';
import { analyze, inert } from './seo.js';

type Content = Schemas['Content'];
export interface EditorProps {
  id: string;
  onClose: () => void;
}

const FIELDS = ['title', 'html', 'meta_title', 'meta_description', 'slug', 'focus_keyword'] as const;
type Field = (typeof FIELDS)[number];
type Fields = Record<Field, string>;
const fieldsOf = (c: Content): Fields =>
  Object.fromEntries(FIELDS.map((k) => [k, (c[k] as string | null) ?? ''])) as Fields;

const CSS = `
.ed-grid { display: grid; grid-template-columns: minmax(0, 1fr) minmax(240px, 300px); gap: 16px; align-items: start;
  overflow-wrap: anywhere; }
.writer label input, .writer label textarea { width: 100%; }
.card h3 { font-size: 1em; margin: 0 0 8px; }
.ttl input { font-size: 1.4em; }
.modes, .toolbar { display: flex; flex-wrap: wrap; gap: 2px; margin-block-start: 8px; }
.modes { justify-content: flex-end; }
.modes button, .toolbar button { min-width: 34px; min-height: 32px; font: inherit; color: var(--igny8-text);
  background: var(--igny8-background); border: 1px solid var(--igny8-border); border-radius: var(--igny8-radius); }
[aria-pressed="true"] { border-color: var(--igny8-text); font-weight: 700; }
.toolbar button::before { content: attr(data-g); }
[data-g="I"] { font-style: italic; } [data-g="a"] { text-decoration: underline; }
.ed, .src { display: block; width: 100%; min-height: 320px; padding: 8px 16px; }
.ed { border: 1px solid var(--igny8-border); background: var(--igny8-surface); }
.checks, .revs { list-style: none; padding: 0; }
.checks li { display: flex; gap: 6px; }
.pass, .good { --c: var(--igny8-success); } .warn, .short { --c: var(--igny8-warning); } .fail, .long { --c: var(--igny8-danger); }
.ico { color: var(--c); font-weight: 700; }
.meter { display: block; height: 6px; background: var(--igny8-border); }
.meter span { display: block; height: 100%; background: var(--c); }
.serp { font-family: arial, sans-serif; } .serp p { margin: 2px 0; }
.serp-t { color: var(--igny8-primary); font-size: 1.2em; } .serp-u { color: var(--igny8-muted-text); }
.fig { display: flex; flex-wrap: wrap; gap: 8px; border: 0; padding: 0; }
.fig img, .ph { width: 120px; height: 63px; object-fit: cover; background: var(--igny8-border); }
@media (max-width: 782px) { .ed-grid { grid-template-columns: minmax(0, 1fr); } }
`;

// The toolbar: [name, the execCommand, its value, the tags that show it pressed].
const TOOLS: [string, string, string, string][] = [
  ['bold', 'bold', '', 'strong b'],
  ['italic', 'italic', '', 'em i'],
  ['h2', 'formatBlock', 'h2', 'h2'],
  ['h3', 'formatBlock', 'h3', 'h3'],
  ['ul', 'insertUnorderedList', '', 'ul'],
  ['ol', 'insertOrderedList', '', 'ol'],
  ['link', 'createLink', '', 'a'],
  ['quote', 'formatBlock', 'blockquote', 'blockquote'],
];
const GLYPH: Record<string, string> = {
  bold: 'B',
  italic: 'I',
  h2: 'H2',
  h3: 'H3',
  ul: '•',
  ol: '1.',
  link: 'a',
  quote: '❝',
};

// The visual editor writes <b> and <i>; the stored html uses <strong> and <em>.
const clean = (html: string) => html.replace(/<(\/?)b>/g, '<$1strong>').replace(/<(\/?)i>/g, '<$1em>');
const esc = (s: string) => s.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);
/** Cut as a search engine cuts: at a word, with an ellipsis. */
const cut = (s: string, n: number) => (s.length <= n ? s : `${s.slice(0, s.lastIndexOf(' ', n) + 1 || n).trim()} …`);

export default function Editor({ id, onClose }: EditorProps) {
  const { client, siteId, i18n } = useWidget();
  const t = i18n.t;
  const load = useAsync(
    () => Promise.all([client.contents.get(siteId, id), client.sites.get(siteId).catch(() => null)]),
    [id],
  );
  const [c, setC] = useState<Content | null>(null);
  const [f, setF] = useState<Fields | null>(null);
  const [version, setVersion] = useState(0);
  const [mode, setMode] = useState<'visual' | 'html'>('visual');
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<unknown>(undefined);
  const [said, setSaid] = useState('');
  const [leaving, setLeaving] = useState(false);
  const [tags, setTags] = useState<string[]>([]);
  const [linking, setLinking] = useState<string | null>(null);
  const [tool, setTool] = useState(0);
  const ed = useRef<HTMLDivElement>(null);
  const bar = useRef<HTMLDivElement>(null);
  const range = useRef<Range | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);

  const take = (content: Content) => {
    setC(content);
    setF(fieldsOf(content));
    setVersion((n) => n + 1);
  };
  useEffect(() => {
    if (load.data) take(load.data[0]);
  }, [load.data]);
  useEffect(() => heading.current?.focus(), [!c]);
  // The text goes into the visual editor when it opens, is shown again, or is replaced (a save, a restore).
  useEffect(() => {
    range.current = null;
    setTags([]);
    if (ed.current && f) ed.current.innerHTML = inert(f.html);
    // Enter makes a paragraph, as in WordPress (not a <div>).
    document.execCommand('defaultParagraphSeparator', false, 'p');
  }, [version, mode]);

  const site = load.data?.[1];
  const host = useMemo(() => {
    try {
      return site?.url ? new URL(site.url) : null;
    } catch {
      return null;
    }
  }, [site]);
  const seo = useMemo(
    () =>
      f && c ? analyze({ ...f, language: c.language, target_words: c.target_words, host: host?.host ?? null }) : null,
    [f, c, host],
  );
  const dirty = !!(c && f && FIELDS.some((k) => f[k] !== fieldsOf(c)[k]));
  useEffect(() => {
    if (!dirty) return;
    const warn = (e: BeforeUnloadEvent) => e.preventDefault();
    addEventListener('beforeunload', warn);
    return () => removeEventListener('beforeunload', warn);
  }, [dirty]);

  // Chromium reads a selection inside a shadow root from the root; other browsers from the document.
  const selection = (): Selection | null =>
    (ed.current?.getRootNode() as { getSelection?: () => Selection | null } | undefined)?.getSelection?.() ??
    document.getSelection();
  // Where the caret is: kept for the toolbar (which takes the focus), and what it is in (bold, a heading…).
  useEffect(() => {
    const track = () => {
      const s = selection();
      const el = ed.current;
      if (!s || !el || !s.rangeCount) return;
      const r = s.getRangeAt(0);
      if (!el.contains(r.commonAncestorContainer)) return;
      range.current = r.cloneRange();
      const found: string[] = [];
      for (let n: Node | null = r.startContainer; n && n !== el; n = n.parentNode)
        if (n.nodeType === 1) found.push((n as Element).localName);
      setTags(found);
    };
    document.addEventListener('selectionchange', track);
    return () => document.removeEventListener('selectionchange', track);
  }, []);

  const back = (
    <button type="button" class="button" onClick={() => (dirty ? setLeaving(true) : onClose())}>
      {t('writer.back')}
    </button>
  );
  if (load.error)
    return (
      <>
        {back}
        <ErrorNotice error={load.error} onRetry={load.reload} />
      </>
    );
  if (!c || !f || !seo) return <p aria-busy="true">{t('common.loading')}</p>;

  const set = (k: Field, v: string) => setF((prev) => prev && { ...prev, [k]: v });
  const sync = () => ed.current && set('html', clean(ed.current.innerHTML));
  const restoreRange = () => {
    ed.current?.focus();
    const s = selection();
    if (s && range.current) {
      s.removeAllRanges();
      s.addRange(range.current);
    }
  };
  const pressed = (i: number) => (TOOLS[i]?.[3] ?? '').split(' ').some((tag) => tags.includes(tag));
  const run = (i: number, button: HTMLElement | null) => {
    const [name, command, value] = TOOLS[i] as [string, string, string, string];
    const on = pressed(i);
    if (name === 'link' && !on) {
      setLinking('');
      return;
    }
    restoreRange();
    if (name === 'quote' && on) document.execCommand('outdent');
    else if (value) document.execCommand(command, false, on ? 'p' : value);
    else document.execCommand(name === 'link' ? 'unlink' : command);
    sync();
    button?.focus();
  };
  const applyLink = (url: string) => {
    setLinking(null);
    restoreRange();
    if (url) {
      if (selection()?.isCollapsed) document.execCommand('insertHTML', false, `<a href="${esc(url)}">${esc(url)}</a>`);
      else document.execCommand('createLink', false, url);
      sync();
    }
    (bar.current?.querySelectorAll('button')[6] as HTMLElement | undefined)?.focus();
  };
  const onBarKey = (e: KeyboardEvent) => {
    const rtl = i18n.dir === 'rtl';
    const step =
      { ArrowRight: rtl ? -1 : 1, ArrowLeft: rtl ? 1 : -1, Home: -tool, End: TOOLS.length - 1 - tool }[e.key] ?? 0;
    if (!step) return;
    e.preventDefault();
    const next = (tool + step + TOOLS.length) % TOOLS.length;
    setTool(next);
    (bar.current?.querySelectorAll('button')[next] as HTMLElement | undefined)?.focus();
  };

  const save = async (status?: 'approved') => {
    const patch: Record<string, string | null> = {};
    const before = fieldsOf(c);
    for (const k of FIELDS) if (f[k] !== before[k]) patch[k] = f[k] || (k === 'title' || k === 'html' ? f[k] : null);
    setBusy(true);
    setFailure(undefined);
    setSaid('');
    try {
      take(await client.contents.update(siteId, id, { ...patch, ...(status ? { status } : {}) }));
      setSaid(t(status ? 'writer.approved' : 'common.saved'));
    } catch (error) {
      setFailure(error);
    } finally {
      setBusy(false);
    }
  };

  const metaTitle = f.meta_title.trim() || f.title.trim();
  // The text is in the content's language, whatever the admin's.
  const lang = c.language ?? undefined;
  const url = `${host ? host.origin : ''}/${f.slug ? `${f.slug}/` : ''}`;
  const links = seo.links.filter((l) => l.kind !== 'other');
  const internal = links.filter((l) => l.kind === 'internal');
  const meter = (idName: string, n: number, min: number, max: number) => {
    const verdict = n > max ? 'long' : n < min || !n ? 'short' : 'good';
    return (
      <div id={idName} class={verdict} data-verdict={verdict}>
        <span class="meter" aria-hidden="true">
          <span style={{ width: `${Math.min(100, (100 * n) / max)}%` }} />
        </span>
        {t('writer.meter', { count: n, min, max, verdict: t(`writer.len.${verdict}` as MessageKey) })}
      </div>
    );
  };

  return (
    <>
      <style>{CSS}</style>
      <div class="row">
        {back}
        <h2 id="igny8-writer" tabIndex={-1} ref={heading}>
          {t('writer.editing')}
        </h2>
      </div>
      {failure !== undefined && <ErrorNotice error={failure} />}
      <div class="ed-grid">
        <div>
          <label class="ttl">
            {t('writer.title')}
            <input
              type="text"
              dir="auto"
              value={f.title}
              maxLength={300}
              onInput={(e) => set('title', e.currentTarget.value)}
            />
          </label>
          <div class="row">
            <label>
              {t('writer.slug')}
              <input type="text" value={f.slug} onInput={(e) => set('slug', e.currentTarget.value)} />
            </label>
            <label>
              {t('writer.focus')}
              <input type="text" value={f.focus_keyword} onInput={(e) => set('focus_keyword', e.currentTarget.value)} />
            </label>
          </div>
          <div class="modes">
            {(['visual', 'html'] as const).map((m) => (
              <button key={m} type="button" aria-pressed={mode === m} onClick={() => setMode(m)}>
                {t(`writer.${m}`)}
              </button>
            ))}
          </div>
          {mode === 'visual' && (
            <div class="toolbar" role="toolbar" aria-label={t('writer.formatting')} ref={bar} onKeyDown={onBarKey}>
              {TOOLS.map(([name], i) => {
                const label = t(`writer.tool.${name}` as MessageKey);
                return (
                  <button
                    key={name}
                    type="button"
                    tabIndex={i === tool ? 0 : -1}
                    aria-pressed={pressed(i)}
                    aria-label={label}
                    title={label}
                    onMouseDown={(e) => e.preventDefault()}
                    onFocus={() => setTool(i)}
                    onClick={(e) => run(i, e.detail ? null : e.currentTarget)}
                    data-g={GLYPH[name]}
                  />
                );
              })}
            </div>
          )}
          {linking !== null && (
            <form
              class="row"
              onSubmit={(e) => {
                e.preventDefault();
                applyLink(linking.trim());
              }}
            >
              <label>
                {t('writer.url')}
                <input
                  type="text"
                  inputMode="url"
                  required
                  ref={(el) => el?.focus()}
                  value={linking}
                  onInput={(e) => setLinking(e.currentTarget.value)}
                  onKeyDown={(e) => e.key === 'Escape' && applyLink('')}
                />
              </label>
              <button type="submit" class="button primary">
                {t('writer.apply')}
              </button>
              <button type="button" class="button" onClick={() => applyLink('')}>
                {t('common.cancel')}
              </button>
            </form>
          )}
          {mode === 'visual' ? (
            // biome-ignore lint/a11y/useSemanticElements: a rich-text editing host has no native element.
            <div
              ref={ed}
              class="ed"
              dir="auto"
              lang={lang}
              contentEditable
              role="textbox"
              aria-multiline="true"
              aria-label={t('writer.body')}
              tabIndex={0}
              onInput={sync}
            />
          ) : (
            <textarea
              class="src"
              dir="auto"
              lang={lang}
              aria-label={t('writer.body')}
              rows={18}
              value={f.html}
              spellcheck={false}
              onInput={(e) => set('html', e.currentTarget.value)}
            />
          )}
          <p class="muted">{t('writer.wordCount', { count: seo.wordCount })}</p>

          <section class="card" aria-labelledby="w-meta">
            <h3 id="w-meta">{t('writer.meta')}</h3>
            <div class="stack">
              <div>
                <label>
                  {t('writer.metaTitle')}
                  <input
                    type="text"
                    maxLength={60}
                    dir="auto"
                    value={f.meta_title}
                    placeholder={f.title}
                    aria-describedby="w-mt"
                    onInput={(e) => set('meta_title', e.currentTarget.value)}
                  />
                </label>
                {meter('w-mt', metaTitle.length, 30, 60)}
              </div>
              <div>
                <label>
                  {t('writer.metaDescription')}
                  <textarea
                    rows={3}
                    maxLength={160}
                    dir="auto"
                    value={f.meta_description}
                    aria-describedby="w-md"
                    onInput={(e) => set('meta_description', e.currentTarget.value)}
                  />
                </label>
                {meter('w-md', f.meta_description.trim().length, 120, 160)}
              </div>
              <h4>{t('writer.preview')}</h4>
              <div class="serp" dir="auto" lang={lang} data-testid="serp">
                <p class="serp-u">{url.replace(/\/$/, '').replace(/\/(?=[^/]*$)/, ' › ')}</p>
                <p class="serp-t">{cut(metaTitle, 60)}</p>
                <p class="serp-d">{cut(f.meta_description.trim() || seo.intro, 160)}</p>
              </div>
            </div>
          </section>

          <section class="card" aria-labelledby="w-links" data-testid="links">
            <h3 id="w-links">{t('writer.links')}</h3>
            {(['internal', 'external'] as const).map((kind) => {
              const some = links.filter((l) => l.kind === kind);
              return (
                <div key={kind} data-testid={`links-${kind}`}>
                  <h4>{t(`writer.${kind}`, { count: some.length })}</h4>
                  {some.length > 0 && (
                    <ul dir="auto">
                      {some.map((l, i) => (
                        <li key={i}>
                          {l.text} — <span class="muted">{l.href}</span>
                        </li>
                      ))}
                    </ul>
                  )}
                </div>
              );
            })}
            {c.internal_links.length > 0 && (
              <>
                <h4>{t('writer.suggested')}</h4>
                <ul dir="auto">
                  {c.internal_links.map((l) => (
                    <li key={l.url}>
                      {l.anchor} — <span class="muted">{l.url}</span>
                      {!internal.some((x) => x.href === l.url) && <> ({t('writer.removed')})</>}
                    </li>
                  ))}
                </ul>
              </>
            )}
          </section>
          <Images contentId={id} />
          <Revisions contentId={id} version={version} onRestored={take} />
        </div>

        <div>
          <section class="card" aria-labelledby="w-status">
            <h3 id="w-status">{t('writer.status')}</h3>
            <p>
              {t(`writer.status.${c.status}` as MessageKey)} · {t(`writer.publish.${c.publish_status}` as MessageKey)}
            </p>
            <p role="status" data-testid="save-state">
              {dirty ? t('writer.unsaved') : said}
            </p>
            <div class="row">
              <button
                type="button"
                class="button primary"
                disabled={busy || !dirty || !f.title.trim()}
                onClick={() => save()}
              >
                {t('common.save')}
              </button>
              {(c.status === 'draft' || c.status === 'review') && (
                <button
                  type="button"
                  class="button"
                  disabled={busy || !f.title.trim()}
                  onClick={() => save('approved')}
                >
                  {t('writer.approve')}
                </button>
              )}
            </div>
          </section>
          <section class="card" aria-labelledby="w-seo" data-testid="seo">
            <h3 id="w-seo">{t('writer.seo')}</h3>
            <p class="big" aria-live="polite">
              <span data-testid="score">{i18n.number(seo.score)}</span>
              <span class="muted"> / 100</span>
            </p>
            {!seo.exact && <p class="muted">{t('writer.approx')}</p>}
            <ul class="checks">
              {seo.checks.map((check) => (
                <li key={check.id} class={check.status} data-check={check.id} data-status={check.status}>
                  <span class="ico" aria-hidden="true">
                    {check.status === 'pass' ? '✓' : check.status === 'warn' ? '!' : '✗'}
                  </span>
                  <span>
                    <span class="visually-hidden">{t(`writer.${check.status}`)}: </span>
                    {t(`writer.check.${check.id}` as MessageKey)}
                  </span>
                </li>
              ))}
            </ul>
          </section>
        </div>
      </div>
      {leaving && (
        <Dialog
          title={t('writer.discard')}
          confirm={t('writer.discardYes')}
          onConfirm={onClose}
          onClose={() => setLeaving(false)}
        >
          <p>{t('writer.lost')}</p>
        </Dialog>
      )}
    </>
  );
}
