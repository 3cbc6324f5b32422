// What the Settings sections share: who may change what (the session's role), WordPress's form-table rows, the
// announced outcome of a save with the API's errors shown by their fields, a secret shown once with Copy, and a
// confirmation dialog.
import { isAPIError } from '@igny8/sdk';
import type { ComponentChildren, JSX } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { ErrorNotice } from '../../components/error-notice.js';
import { useWidget } from '../../context.js';
import type { MessageKey } from '../../i18n/index.js';
import { roleName, useAccess } from './access.js';

export * from './access.js';

/** Why the controls are disabled, for a session whose role cannot change them (the fieldsets point at it). */
export function RoleNote() {
  const { i18n } = useWidget();
  const { role, admin } = useAccess();
  if (admin) return null;
  return (
    <p class="notice warning" id="igny8-role-note">
      {role ? i18n.t('settings.readOnly', { role: roleName(i18n.t, role) }) : i18n.t('settings.readOnlyUnknown')}
    </p>
  );
}

/** A section: its heading, why its controls are disabled (when they are), and the sections' styles. */
export function Card({ title, children, open }: { title: string; children: ComponentChildren; open?: boolean }) {
  return (
    <section class="card" aria-labelledby="igny8-set-h">
      <style>{CSS}</style>
      <h2 id="igny8-set-h">{title}</h2>
      {!open && <RoleNote />}
      {children}
    </section>
  );
}

/** A fieldset disabled (with the reason) when the session may not change what it holds. */
export function Guarded({ children }: { children: ComponentChildren }) {
  const { admin } = useAccess();
  return (
    <fieldset disabled={!admin} aria-describedby={admin ? undefined : 'igny8-role-note'}>
      {children}
    </fieldset>
  );
}

export interface Save {
  busy: boolean;
  error: unknown;
  done: string;
  /** Runs `work`; `done` is announced when it succeeds, the failure is kept to show (by field where it can be). */
  run(work: () => Promise<unknown>, done: string): Promise<boolean>;
  clear(): void;
}

export function useSave(): Save {
  const access = useAccess();
  const [state, setState] = useState<{ busy: boolean; error: unknown; done: string }>({
    busy: false,
    error: undefined,
    done: '',
  });
  return {
    ...state,
    async run(work, done) {
      setState({ busy: true, error: undefined, done: '' });
      try {
        await work();
        setState({ busy: false, error: undefined, done });
        return true;
      } catch (error) {
        if (isAPIError(error) && error.code === 'INSUFFICIENT_ROLE') access.refused();
        setState({ busy: false, error, done: '' });
        return false;
      }
    },
    clear: () => setState({ busy: false, error: undefined, done: '' }),
  };
}

/** The outcome of the last save: a success notice (announced) or the error. */
export function Outcome({ save }: { save: Save }) {
  return (
    <>
      <div role="status">
        {save.done && (
          <p class="notice success" data-testid="saved">
            {save.done}
          </p>
        )}
      </div>
      {save.error !== undefined && <ErrorNotice error={save.error} />}
    </>
  );
}

const ISSUE_TEXT: Record<string, MessageKey> = {
  too_small: 'settings.err.short',
  too_big: 'settings.err.long',
};

/**
 * The API's complaints by field: `details.issues[].path` (a request that failed validation) or `details.field`,
 * plus the codes that are about one field (an address not allowed). Each is said in the user's language.
 */
export function fieldErrors(error: unknown, t: (k: MessageKey) => string): Record<string, string> {
  const out: Record<string, string> = {};
  if (!isAPIError(error)) return out;
  const details = (error.details ?? {}) as { issues?: { path?: unknown[]; code?: string }[]; field?: unknown };
  for (const issue of Array.isArray(details.issues) ? details.issues : []) {
    const field = issue?.path?.[0];
    if (typeof field === 'string' && !out[field])
      out[field] = t(ISSUE_TEXT[issue.code ?? ''] ?? 'settings.err.invalid');
  }
  if (typeof details.field === 'string') out[details.field] = error.message;
  if (error.code === 'URL_NOT_ALLOWED') out.url = t('settings.err.url');
  return out;
}

type FieldProps = { id: string; 'aria-describedby'?: string; 'aria-invalid'?: boolean };

/** One form-table row: the label column and the field column (stacked at 782 px and below, like wp-admin's). */
export function Row(props: {
  id: string;
  label: string;
  help?: string;
  error?: string;
  /** A group of controls (checkboxes) labels itself; the row's label then only names it. */
  group?: boolean;
  children: (field: FieldProps) => JSX.Element;
}) {
  const { id, help, error } = props;
  const described = [help && `${id}-help`, error && `${id}-error`].filter(Boolean).join(' ') || undefined;
  return (
    <>
      {props.group ? (
        <span class="th" id={`${id}-label`}>
          {props.label}
        </span>
      ) : (
        <label class="th" for={id}>
          {props.label}
        </label>
      )}
      <div class="td">
        {props.children({ id, 'aria-describedby': described, ...(error ? { 'aria-invalid': true } : {}) })}
        {help && (
          <p class="description" id={`${id}-help`}>
            {help}
          </p>
        )}
        {error && (
          <p class="field-error" id={`${id}-error`}>
            {error}
          </p>
        )}
      </div>
    </>
  );
}

/** A form whose failed save moves focus to the first field the API refused. */
export function Form(props: { save: Save; onSubmit: () => void; label: string; children: ComponentChildren }) {
  const ref = useRef<HTMLFormElement>(null);
  useEffect(() => {
    if (props.save.error) ref.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [props.save.error]);
  return (
    <form
      ref={ref}
      noValidate
      aria-label={props.label}
      onSubmit={(e) => {
        e.preventDefault();
        props.onSubmit();
      }}
    >
      {props.children}
    </form>
  );
}

/** A secret the API shows once (a connection code, an API key): read-only, selectable, with a Copy button. */
export function Secret({ value, label, children }: { value: string; label: string; children: ComponentChildren }) {
  const { i18n } = useWidget();
  const input = useRef<HTMLInputElement>(null);
  const [copied, setCopied] = useState(false);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(value);
    } catch {
      // No clipboard permission (an insecure origin): select it and use the old command.
      input.current?.select();
      document.execCommand('copy');
    }
    setCopied(true);
  };
  return (
    <div class="notice success secret" data-testid="secret">
      {children}
      <div class="row">
        <label>
          {label}
          <input
            type="text"
            class="code"
            readOnly
            value={value}
            ref={input}
            onFocus={(e) => e.currentTarget.select()}
          />
        </label>
        <button type="button" class="button" onClick={copy}>
          {i18n.t('settings.copy')}
        </button>
      </div>
      <p role="status">{copied ? i18n.t('settings.copied') : ''}</p>
    </div>
  );
}

interface Question {
  text: string;
  label: string;
  run: () => void;
}

/**
 * A confirmation before something that cannot be undone: a modal dialog (focus moves in to Cancel, Escape closes it,
 * focus goes back to the button that asked).
 */
export function useConfirm(): [JSX.Element | null, (q: Question) => void] {
  const { i18n } = useWidget();
  const dialog = useRef<HTMLDialogElement>(null);
  const back = useRef<HTMLElement | null>(null);
  const [question, setQuestion] = useState<Question | null>(null);
  useEffect(() => {
    if (question && dialog.current && !dialog.current.open) dialog.current.showModal();
  }, [question]);
  const close = () => dialog.current?.close();
  const node = question && (
    <dialog
      ref={dialog}
      aria-labelledby="igny8-confirm-text"
      onClose={() => {
        setQuestion(null);
        back.current?.focus();
      }}
    >
      <p id="igny8-confirm-text">{question.text}</p>
      <div class="row">
        <button type="button" class="button" onClick={close}>
          {i18n.t('common.cancel')}
        </button>
        <button
          type="button"
          class="button danger"
          onClick={() => {
            close();
            question.run();
          }}
        >
          {question.label}
        </button>
      </div>
    </dialog>
  );
  const ask = (q: Question) => {
    const root = dialog.current?.getRootNode() ?? document;
    back.current = ((root as Document | ShadowRoot).activeElement as HTMLElement | null) ?? null;
    setQuestion(q);
  };
  return [node, ask];
}

/** A date with its time (a code that expires in minutes), in the user's locale. */
export const dateTime = (locale: string, value: string) =>
  new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(value));

export const CSS = `
fieldset { border: 0; margin: 0; padding: 0; min-width: 0; }
.ft { display: grid; grid-template-columns: minmax(0, 200px) minmax(0, 1fr); gap: calc(var(--igny8-spacing) * 1.5) calc(var(--igny8-spacing) * 2); align-items: start; margin-block-end: calc(var(--igny8-spacing) * 2); }
.ft > .th { padding-block-start: 5px; font-weight: 600; color: inherit; }
.ft > dd { margin: 0; padding-block-start: 5px; font-weight: 400; }
.card > .description { margin-block-end: calc(var(--igny8-spacing) * 1.5); }
.td input:not([type="checkbox"]), .td select { width: 100%; max-width: 25em; }
.td textarea { width: 100%; }
.td label { flex-direction: row; align-items: center; gap: 6px; font-weight: 400; }
input[type="email"], input[type="url"], input[type="number"], textarea { font: inherit; color: var(--igny8-text);
  background: var(--igny8-surface); border: 1px solid var(--igny8-border); border-radius: var(--igny8-radius); padding: 4px var(--igny8-spacing); min-height: 30px; }
.description { color: var(--igny8-muted-text); margin: 4px 0 0; font-size: .92em; }
.field-error { color: var(--igny8-danger); margin: 4px 0 0; font-weight: 600; }
[aria-invalid="true"] { border-color: var(--igny8-danger) !important; }
.code { font-family: ui-monospace, monospace; }
.secret input { min-width: min(26em, 70vw); }
.scroll { overflow-x: auto; }
.row-actions { opacity: 0; font-size: .92em; display: flex; gap: var(--igny8-spacing); }
tr:hover .row-actions, tr:focus-within .row-actions { opacity: 1; }
.button.danger, .linkish.danger { color: var(--igny8-danger); border-color: var(--igny8-danger); }
.td-text { margin: 0; padding-block-start: 5px; }
dialog { background: var(--igny8-surface); color: var(--igny8-text); border: 1px solid var(--igny8-border); border-radius: var(--igny8-radius); max-width: min(90vw, 32em); }
dialog::backdrop { background: rgb(0 0 0 / .5); }
@media (max-width: 782px) {
  .ft { grid-template-columns: minmax(0, 1fr); gap: 4px; }
  .ft > .td { margin-block-end: var(--igny8-spacing); }
  .narrow { display: none; }
  .row-actions { opacity: 1; }
  .secret input { min-width: 0; }
}
`;
