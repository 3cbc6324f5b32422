// What the Writer's lists and its editor share: WordPress's status links (`subsubsub`), a modal dialog, a list's
// "N items" line with its pages, an operation's progress, and the lists' styles.
import type { ComponentChildren } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import { ProgressBar } from '../../components/progress-bar.js';
import { useWidget } from '../../context.js';

export const CSS = `
.subsubsub { list-style: none; margin: 0 0 var(--igny8-spacing); padding: 0; display: flex; flex-wrap: wrap; gap: 4px;
  color: var(--igny8-muted-text); }
.subsubsub li + li::before { content: "|"; margin-inline-end: 4px; }
.subsubsub .linkish { text-decoration: none; font-weight: 400; }
.subsubsub [aria-current] { color: var(--igny8-text); font-weight: 600; }
.count { color: var(--igny8-muted-text); font-weight: 400; }
.tablenav { display: flex; flex-wrap: wrap; justify-content: flex-end; align-items: center; gap: var(--igny8-spacing);
  margin-block: var(--igny8-spacing); }
.wrap { overflow-x: auto; }
.list tbody tr:nth-child(odd) { background: var(--igny8-background); }
.list td { vertical-align: top; }
.row-title { text-decoration: none; }
.ra { display: flex; flex-wrap: wrap; gap: 4px; font-size: .92em; opacity: 0; margin-block-start: 4px; }
.ra .linkish { font-weight: 400; text-decoration: none; }
.ra .linkish + .linkish::before { content: "|"; color: var(--igny8-muted-text); margin-inline-end: 4px; }
.ra .del { color: var(--igny8-danger); }
tr:hover .ra, tr:focus-within .ra { opacity: 1; }
.mob { display: none; }
dialog { background: var(--igny8-surface); color: var(--igny8-text); border: 1px solid var(--igny8-border);
  border-radius: var(--igny8-radius); padding: calc(var(--igny8-spacing) * 2); max-width: min(36em, 92vw); }
dialog::backdrop { background: rgb(0 0 0 / .45); }
@media (max-width: 782px) {
  .sec { display: none; }
  .ra { opacity: 1; }
  .mob { display: block; }
}
`;

/** WordPress's status links: "All (3) | Draft (1) | …", the current one marked. */
export function Subsub<T extends string>(props: {
  label: string;
  items: { id: T; label: string; count?: number }[];
  current: T;
  onSelect: (id: T) => void;
}) {
  const { i18n } = useWidget();
  return (
    <ul class="subsubsub" aria-label={props.label}>
      {props.items.map((item) => (
        <li key={item.id}>
          <button
            type="button"
            class="linkish"
            aria-current={item.id === props.current ? 'page' : undefined}
            onClick={() => props.onSelect(item.id)}
          >
            {item.label}
            {item.count !== undefined && <span class="count"> ({i18n.number(item.count)})</span>}
          </button>
        </li>
      ))}
    </ul>
  );
}

/** A modal dialog: focus moves in, Escape closes it, and focus goes back to what opened it. */
export function Dialog({
  label,
  children,
  onClose,
}: {
  label: string;
  children: ComponentChildren;
  onClose: () => void;
}) {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = ref.current as HTMLDialogElement;
    const opener = (dialog.getRootNode() as ShadowRoot).activeElement as HTMLElement | null;
    dialog.showModal();
    return () => {
      dialog.close();
      if (opener?.isConnected) opener.focus();
    };
  }, []);
  return (
    <dialog
      ref={ref}
      aria-label={label}
      onCancel={(e) => {
        e.preventDefault();
        onClose();
      }}
    >
      {children}
    </dialog>
  );
}

/** A question with a yes button and Cancel. */
export function Confirm(props: { text: string; yes: string; onYes: () => void; onClose: () => void }) {
  const { i18n } = useWidget();
  return (
    <Dialog label={props.text} onClose={props.onClose}>
      <p>{props.text}</p>
      <div class="row">
        <button
          type="button"
          class="button primary"
          onClick={() => {
            props.onClose();
            props.onYes();
          }}
        >
          {props.yes}
        </button>
        <button type="button" class="button" onClick={props.onClose}>
          {i18n.t('common.cancel')}
        </button>
      </div>
    </Dialog>
  );
}

export const PAGE_SIZE = 20;

/** "N items" and, past one page, the previous and next page buttons. */
export function Pager({ count, page, onPage }: { count: number; page: number; onPage: (page: number) => void }) {
  const { i18n } = useWidget();
  const pages = Math.ceil(count / PAGE_SIZE);
  return (
    <div class="tablenav">
      <span class="muted">{count === 1 ? i18n.t('writer.item') : i18n.t('writer.items', { count })}</span>
      {pages > 1 && (
        <span class="row">
          <button type="button" class="button" disabled={page === 0} onClick={() => onPage(page - 1)}>
            <span aria-hidden="true">‹</span>
            <span class="visually-hidden">{i18n.t('common.previous')}</span>
          </button>
          {i18n.t('writer.page', { page: page + 1, pages })}
          <button type="button" class="button" disabled={page + 1 >= pages} onClick={() => onPage(page + 1)}>
            <span aria-hidden="true">›</span>
            <span class="visually-hidden">{i18n.t('common.next')}</span>
          </button>
        </span>
      )}
    </div>
  );
}

/** Work under way, announced politely: what it is, and its progress when known. */
export function Progress({ text, done, total }: { text: string; done: number; total: number }) {
  return (
    <div class="notice stack" role="status">
      <p>{text}</p>
      <ProgressBar done={done} total={total} label={text} />
    </div>
  );
}

/** Every item of a list (its pages followed), up to `max`. */
export async function all<T>(items: AsyncIterable<T>, max = 2000): Promise<T[]> {
  const out: T[] = [];
  for await (const item of items) if (out.push(item) >= max) break;
  return out;
}
