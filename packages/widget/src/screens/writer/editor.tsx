// The content editor (its own chunk, loaded when a content is opened): the title, slug and focus keyword; the text
// in a visual editor with a formatting toolbar or as HTML; beside it the SEO score and checks (the server's, as the
// content comes and after each save; a live estimate while there are unsaved changes), then the meta title and
// description with their length meters, a search result preview, the link report, the images and the revisions.
// Save sends the changed fields; Approve saves and approves.
import type { Schemas } from '@igny8/sdk';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { Dialog, useAction, useAsync } from '../../components/index.js';
import { useWidget } from '../../context.js';
import type { MessageKey } from '../../i18n/index.js';
import { Images, Revisions } from './media.js';
import { estimate, inert, type SeoFields } from './seo.js';
import { failed, pending } from './ui.js';

type Content = Schemas['Content'];
type Field = keyof SeoFields;
export interface EditorProps {
  id: string;
  onClose: () => void;
}

const FIELDS: Field[] = ['title', 'html', 'meta_title', 'meta_description', 'slug', 'focus_keyword'];
const fieldsOf = (c: Content) => Object.fromEntries(FIELDS.map((k) => [k, c[k] ?? ''])) as unknown as SeoFields;

const CSS = `.eg{display:grid;grid-template-columns:minmax(0,1fr) minmax(240px,300px);gap:16px;align-items:start}.writer label>*{width:100%}.ttl input{font-size:1.4em}.writer h3:not(.ed *){font-size:1em}.ed h2{font-size:1.3em}.bar{display:flex;flex-wrap:wrap;gap:2px;margin-block-start:8px}[data-g]:before{content:attr(data-g)}[aria-pressed=true]{border-color:var(--igny8-text);font-weight:700}.ed,.src{width:100%;min-height:320px;padding:8px 16px}.ed{border:1px solid var(--igny8-border)}.checks,.revs{list-style:none;padding:0}.pass,.good{--c:var(--igny8-success)}.warn,.short{--c:var(--igny8-warning)}.fail,.long{--c:var(--igny8-danger)}.ico{color:var(--c);font-weight:700;margin-inline-end:6px}[data-verdict] progress{accent-color:var(--c)}.serp-t{color:var(--igny8-primary);font-size:1.2em}.ph,fieldset img{width:120px;height:63px;object-fit:cover;background:var(--igny8-border)}@media(max-width:782px){.eg{grid-template-columns:minmax(0,1fr)}}`;

// The toolbar: [name, glyph, execCommand, the tags that show it pressed (a block format's first one is its value)].
const TOOLS = [
  ['bold', 'B', 'bold', 'strong b'],
  ['italic', 'I', 'italic', 'em i'],
  ['h2', 'H2', 'formatBlock', 'h2'],
  ['h3', 'H3', 'formatBlock', 'h3'],
  ['ul', '•', 'insertUnorderedList', 'ul'],
  ['ol', '1.', 'insertOrderedList', 'ol'],
  ['link', 'a', 'createLink', 'a'],
  ['quote', '❝', 'formatBlock', 'blockquote'],
] as const;

/** Cut as a search engine cuts: at a word, with an ellipsis. */
const cut = (s: string, n: number) => (s.length <= n ? s : `${s.slice(0, s.lastIndexOf(' ', n) + 1 || n).trim()} …`);

export default function Editor({ id, onClose }: EditorProps) {
  const { client, siteId, i18n } = useWidget();
  const t = i18n.t;
  // The content, and its site's address (for the link report and the search preview; none when it cannot be read).
  const load = useAsync(
    () =>
      Promise.all([
        client.contents.get(siteId, id),
        client.sites
          .get(siteId)
          .then((site) => new URL(site.url ?? ''))
          .catch(() => null),
      ]),
    [id],
  );
  // The content as saved (it changes with each save and restore), and the fields being edited.
  const [c, setC] = useState<Content | null>(null);
  const [f, setF] = useState<SeoFields | null>(null);
  const [source, setSource] = useState(false);
  const [said, setSaid] = useState('');
  const [leaving, setLeaving] = useState(false);
  const [tags, setTags] = useState<string[]>([]);
  const [linking, setLinking] = useState<string | null>(null);
  const [tool, setTool] = useState(0);
  const action = useAction(() => undefined);
  const ed = useRef<HTMLDivElement>(null);
  const bar = useRef<HTMLDivElement>(null);
  const range = useRef<Range | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);

  const take = (content: Content) => {
    setC(content);
    setF(fieldsOf(content));
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
  }, [c, source]);

  const host = load.data?.[1];
  const seo = useMemo(() => f && estimate(f, c?.target_words ?? null, host?.host ?? null), [f, c, host]);
  const saved = c && fieldsOf(c);
  const dirty = !!(saved && f && FIELDS.some((k) => f[k] !== saved[k]));
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
      const r = s?.rangeCount && s.getRangeAt(0);
      if (!r || !el?.contains(r.commonAncestorContainer)) return;
      range.current = r.cloneRange();
      const found: string[] = [];
      for (let n: Node | null = r.startContainer; n !== el; n = (n as Node).parentNode)
        found.push((n as Element).localName);
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
  if (!c || !f || !seo)
    return (
      <>
        {back}
        {pending({ error: load.error, reload: load.reload }, i18n)}
      </>
    );

  const set = (k: Field, v: string) => setF((prev) => prev && { ...prev, [k]: v });
  // The visual editor writes <b> and <i>; the stored html uses <strong> and <em>.
  const sync = () =>
    ed.current && set('html', ed.current.innerHTML.replace(/<(\/?)b>/g, '<$1strong>').replace(/<(\/?)i>/g, '<$1em>'));
  const restoreRange = () => {
    ed.current?.focus();
    const s = selection();
    if (s && range.current) {
      s.removeAllRanges();
      s.addRange(range.current);
    }
  };
  const buttons = () => bar.current?.querySelectorAll('button');
  const pressed = (i: number) => !!TOOLS[i]?.[3].split(' ').some((tag) => tags.includes(tag));
  const run = (i: number, button: HTMLElement | null) => {
    const [name, , command, value] = TOOLS[i] as (typeof TOOLS)[number];
    const on = pressed(i);
    if (name === 'link' && !on) return setLinking('');
    restoreRange();
    if (name === 'quote' && on) document.execCommand('outdent');
    else if (command === 'formatBlock') document.execCommand(command, false, on ? 'p' : value);
    else document.execCommand(name === 'link' ? 'unlink' : command);
    sync();
    button?.focus();
  };
  // Once the dialog is gone (the text cannot take the focus while it is open), back to the Link button.
  const applyLink = (url: string) => {
    setLinking(null);
    setTimeout(() => {
      restoreRange();
      if (url) {
        if (selection()?.isCollapsed) {
          const a = document.createElement('a');
          a.href = url;
          a.textContent = url;
          document.execCommand('insertHTML', false, a.outerHTML);
        } else document.execCommand('createLink', false, url);
        sync();
      }
      buttons()?.[6]?.focus();
    });
  };
  const onBarKey = (e: KeyboardEvent) => {
    const rtl = i18n.dir === 'rtl' ? -1 : 1;
    const step = { ArrowRight: rtl, ArrowLeft: -rtl, Home: -tool, End: 7 - tool }[e.key];
    if (!step) return;
    e.preventDefault();
    const next = (tool + step + 8) % 8;
    setTool(next);
    buttons()?.[next]?.focus();
  };

  const save = (status?: 'approved') =>
    action.run('save', async () => {
      // An emptied field is sent as null, but the text as '' (the title cannot be empty here: Save is disabled).
      const patch: Record<string, string | null> = {};
      for (const k of FIELDS) if (f[k] !== saved?.[k]) patch[k] = f[k] || (k === 'html' ? '' : null);
      setSaid('');
      take(await client.contents.update(siteId, id, { ...patch, ...(status && { status }) }));
      setSaid(status ? t('writer.approvedOne', { title: f.title }) : t('common.saved'));
    });

  const metaTitle = f.meta_title.trim() || f.title.trim();
  const metaDescription = f.meta_description.trim();
  // The text is in the content's language, whatever the admin's.
  const lang = c.language ?? undefined;
  const url = `${host ? host.origin : ''}/${f.slug ? `${f.slug}/` : ''}`;
  // The server's analysis while the fields are as saved; the estimate while they are not.
  const shown = dirty ? seo : { score: c.seo_score, checks: c.seo_checks };
  const input = (k: Field, label: MessageKey, extra?: Record<string, unknown>) => (
    <label class={k === 'title' ? 'ttl' : undefined}>
      {t(label)}
      <input type="text" dir="auto" value={f[k]} onInput={(e) => set(k, e.currentTarget.value)} {...extra} />
    </label>
  );
  const meter = (idName: string, n: number, min: number, max: number) => {
    const verdict = n > max ? 'long' : n < min ? 'short' : 'good';
    return (
      <div id={idName} class={verdict} data-verdict={verdict}>
        <progress value={Math.min(n, max)} max={max} aria-hidden="true" />
        {t('writer.meter', { count: n, min, max, verdict: t(`writer.len.${verdict}`) })}
      </div>
    );
  };
  const list = (items: [key: string, text: string, more: string][]) =>
    items.length > 0 && (
      <ul dir="auto">
        {items.map(([key, text, more], i) => (
          <li key={key + i}>
            {text} — <span class="muted">{key}</span>
            {more}
          </li>
        ))}
      </ul>
    );

  return (
    <>
      <style>{CSS}</style>
      <div class="row">
        {back}
        <h2 id="igny8-writer" tabIndex={-1} ref={heading}>
          {t('writer.act', { action: t('writer.edit'), title: c.title })}
        </h2>
      </div>
      {failed(action)}
      <div class="eg">
        <div>
          {input('title', 'writer.title', { maxLength: 300 })}
          <div class="row">
            {input('slug', 'writer.slug')}
            {input('focus_keyword', 'writer.focus')}
          </div>
          <div class="bar">
            <button type="button" class="button" aria-pressed={source} onClick={() => setSource(!source)}>
              {t('writer.html')}
            </button>
          </div>
          {!source && (
            <div class="bar" role="toolbar" aria-label={t('writer.formatting')} ref={bar} onKeyDown={onBarKey}>
              {TOOLS.map(([name, glyph], i) => {
                const label = t(`writer.tool.${name}`);
                return (
                  <button
                    key={name}
                    type="button"
                    class="button"
                    tabIndex={i === tool ? 0 : -1}
                    aria-pressed={pressed(i)}
                    aria-label={label}
                    title={label}
                    onMouseDown={(e) => e.preventDefault()}
                    onFocus={() => setTool(i)}
                    onClick={(e) => run(i, e.detail ? null : e.currentTarget)}
                    data-g={glyph}
                  />
                );
              })}
            </div>
          )}
          {source ? (
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
          ) : (
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
          )}
          <p class="muted">{t('writer.wordCount', { count: seo.count })}</p>

          <section class="card stack">
            <h2>{t('writer.meta')}</h2>
            <div>
              {input('meta_title', 'writer.metaTitle', {
                maxLength: 60,
                placeholder: f.title,
                'aria-describedby': 'w-mt',
              })}
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
              {meter('w-md', metaDescription.length, 120, 160)}
            </div>
            <h3>{t('writer.preview')}</h3>
            <div class="serp" dir="auto" lang={lang} data-testid="serp">
              <div class="muted">{url.replace(/\/$/, '').replace(/\/(?=[^/]*$)/, ' › ')}</div>
              <div class="serp-t">{cut(metaTitle, 60)}</div>
              <div class="serp-d">{cut(metaDescription || seo.intro, 160)}</div>
            </div>
          </section>

          <section class="card" data-testid="links">
            <h2>{t('writer.links')}</h2>
            {(['internal', 'external'] as const).map((kind) => {
              const some = seo.links.filter((l) => l.kind === kind);
              return (
                <div key={kind} data-testid={`links-${kind}`}>
                  <h3>{t(`writer.${kind}`, { count: some.length })}</h3>
                  {list(some.map((l) => [l.href, l.text, '']))}
                </div>
              );
            })}
            {c.internal_links.length > 0 && <h3>{t('writer.suggested')}</h3>}
            {list(
              c.internal_links.map((l) => [
                l.url,
                l.anchor,
                seo.links.some((x) => x.kind === 'internal' && x.href === l.url) ? '' : ` (${t('writer.removed')})`,
              ]),
            )}
          </section>
          <Images contentId={id} />
          <Revisions contentId={id} version={c} onRestored={take} />
        </div>

        <div>
          <section class="card">
            <h2>{t('writer.status')}</h2>
            <p>
              {t(`writer.status.${c.status}`)} · {t(`writer.publish.${c.publish_status}`)}
            </p>
            <p role="status" data-testid="save-state">
              {dirty ? t('writer.unsaved') : said}
            </p>
            <p class="row">
              <button
                type="button"
                class="button primary"
                disabled={!!action.busy || !dirty || !f.title.trim()}
                onClick={() => save()}
              >
                {t('common.save')}
              </button>
              {(c.status === 'draft' || c.status === 'review') && (
                <button
                  type="button"
                  class="button"
                  disabled={!!action.busy || !f.title.trim()}
                  onClick={() => save('approved')}
                >
                  {t('writer.approve')}
                </button>
              )}
            </p>
          </section>
          <section class="card" data-testid="seo">
            <h2>{t('writer.seo')}</h2>
            <p class="big" aria-live="polite">
              <span data-testid="score">{i18n.number(shown.score)}</span>
              <span class="muted"> / 100</span>
            </p>
            {dirty && <p class="muted">{t('writer.approx')}</p>}
            <ul class="checks">
              {shown.checks.map(({ id, status }) => (
                <li key={id} class={status} data-check={id} data-status={status}>
                  <span class="ico" aria-hidden="true">
                    {status === 'pass' ? '✓' : status === 'warn' ? '!' : '✗'}
                  </span>
                  <span class="visually-hidden">{t(`writer.${status}`)}: </span>
                  {t(`writer.check.${id}` as MessageKey)}
                </li>
              ))}
            </ul>
          </section>
        </div>
      </div>
      {/* WordPress's link dialog: the URL, Enter or Add link to add it; focus goes back to the Link button. */}
      {linking !== null && (
        <Dialog
          title={t('writer.tool.link')}
          confirm={t('writer.apply')}
          onConfirm={() => applyLink(linking.trim())}
          onClose={() => applyLink('')}
        >
          <form
            onSubmit={(e) => {
              e.preventDefault();
              applyLink(linking.trim());
            }}
          >
            <label>
              {t('writer.url')}
              <input type="text" inputMode="url" value={linking} onInput={(e) => setLinking(e.currentTarget.value)} />
            </label>
          </form>
        </Dialog>
      )}
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
