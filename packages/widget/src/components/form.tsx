// The forms of the Settings and Automation screens: WordPress form-table rows drawn from field descriptors (one loop,
// not one JSX block per field), the API's 400 details shown by their fields (the server validates; the client does
// not repeat it), a save with its announced outcome, and one list-table wrapper.
import { isAPIError } from '@igny8/sdk';
import type { ComponentChildren } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { useWidget } from '../context.js';
import type { MessageKey } from '../i18n/index.js';
import type { AsyncState } from '../use-async.js';
import { ErrorNotice } from './error-notice.js';

export type Values = Record<string, any>;

/**
 * A field: `k` its path in the values (`batch_sizes.ideas`, as the API names it in its issues), `l` its label, `t`
 * 'area', 'checkbox' or an <input> type (text by default), `o` a select's options (typed values), `h` help, `g` a
 * group of fields shown inline in one row; anything else (min, max, rows, maxLength…) goes to the control.
 */
export type Field = { k?: string; l: string; t?: string; h?: string; o?: [unknown, string][]; g?: Field[] } & Values;

const get = (v: Values, k: string): any => k.split('.').reduce((o, p) => o?.[p], v);
const put = (v: Values, [p, ...r]: string[], x: unknown): Values => ({
  ...v,
  [p as string]: r.length ? put(v[p as string], r, x) : x,
});

/** Values being edited, and the saved ones they started from (`reset` sets both). */
export function useValues() {
  const [v, set] = useState<Values>();
  const [saved, keep] = useState<Values>({});
  return {
    v,
    set,
    saved,
    reset(x: Values) {
      keep(x);
      set(x);
    },
  };
}

/** The keys whose value (as `out` sends it) differs from the saved one, with the value to send. */
export const diff = (v: Values, saved: Values, out = (_k: string, x: unknown) => x): Values => {
  const body: Values = {};
  for (const k in v) {
    const x = out(k, v[k]);
    if (JSON.stringify(x) !== JSON.stringify(out(k, saved[k]))) body[k] = x;
  }
  return body;
};

/** Field path → the API's issue code, from a 400's `details.issues` (or `details.field`). */
const issues = (error: unknown): Record<string, string> => {
  const out: Record<string, string> = {};
  const d = (isAPIError(error) && error.details) as { issues?: { path?: unknown[]; code?: string }[]; field?: string };
  for (const i of d?.issues ?? []) {
    const k = i.path?.join('.');
    if (k && !out[k]) out[k] = i.code ?? '';
  }
  if (d?.field) out[d.field] = '';
  return out;
};

export interface Save {
  busy?: boolean;
  error?: unknown;
  done?: string;
  /** Runs `work`; `done` (default "Saved.") is announced when it succeeds, the failure kept to show by its fields. */
  run(work: () => Promise<unknown>, done?: string): Promise<void>;
}

export function useSave(onError?: (error: unknown) => void): Save {
  const { t } = useWidget().i18n;
  const [s, set] = useState<Omit<Save, 'run'>>({});
  return {
    ...s,
    async run(work, done = t('common.saved')) {
      set({ busy: true });
      try {
        await work();
        set({ done });
      } catch (error) {
        onError?.(error);
        set({ error });
      }
    },
  };
}

/** The outcome of the last save: "Saved." (announced) or the error. */
export const Notice = ({ s }: { s: Save }) => (
  <>
    <div role="status">
      {s.done && (
        <p class="notice success" data-testid="saved">
          {s.done}
        </p>
      )}
    </div>
    {s.error !== undefined && <ErrorNotice error={s.error} />}
  </>
);

const SAID: Record<string, MessageKey> = { too_small: 'form.short', too_big: 'form.long' };

/** Form-table rows for `f` (falsy entries skipped), editing `v` through `set`; a failed save's fields are marked. */
export function Form(props: {
  f: (Field | false | '' | undefined)[];
  v: Values;
  set: (v: Values) => void;
  s: Save;
  label: string;
  submit: () => void;
  /** Keeps the submit button disabled. */
  off?: boolean;
  /** The submit button's text (default "Save"). */
  button?: string;
  children?: ComponentChildren;
}) {
  const { t } = useWidget().i18n;
  const { v, set, s } = props;
  const errors = issues(s.error);
  const ref = useRef<HTMLFormElement>(null);
  // The first field the API refused takes the focus.
  useEffect(() => ref.current?.querySelector<HTMLElement>('[aria-invalid]')?.focus(), [s.error]);
  const field = ({ k = '', l, t: type = 'text', h, o, g, ...a }: Field, inline?: boolean): ComponentChildren => {
    if (g) {
      return (
        <>
          <span class="th" aria-hidden="true">
            {l}
          </span>
          <fieldset class="td row">
            <legend class="visually-hidden">{l}</legend>
            {g.map((x) => field(x, true))}
          </fieldset>
        </>
      );
    }
    const id = `f-${k}`;
    const value = get(v, k);
    const on = (x: unknown) => set(put(v, k.split('.'), x));
    const error = errors[k];
    const p = {
      id,
      ...a,
      'aria-invalid': error !== undefined || undefined,
      'aria-describedby': [h && `${id}-h`, error !== undefined && `${id}-e`].filter(Boolean).join(' ') || undefined,
    };
    const control = o ? (
      <select {...p} value={String(value)} onChange={(e) => on(o[e.currentTarget.selectedIndex]?.[0])}>
        {o.map(([x, text]) => (
          <option key={String(x)} value={String(x)}>
            {text}
          </option>
        ))}
      </select>
    ) : type === 'area' ? (
      <textarea {...p} value={value} onInput={(e) => on(e.currentTarget.value)} />
    ) : type === 'checkbox' ? (
      <input type="checkbox" {...p} checked={value} onChange={(e) => on(e.currentTarget.checked)} />
    ) : (
      <input
        type={type as 'text'}
        {...p}
        value={value ?? ''}
        onInput={(e) => {
          const x = e.currentTarget.value;
          on(type === 'number' ? (x === '' ? null : Number(x)) : x);
        }}
      />
    );
    const label = (
      <label class={inline ? '' : 'th'} for={id}>
        {l}
      </label>
    );
    const after = (
      <>
        {h && (
          <p class="muted" id={`${id}-h`}>
            {h}
          </p>
        )}
        {error !== undefined && (
          <p class="field-error" id={`${id}-e`}>
            {a.min !== undefined ? t('form.range', { min: a.min, max: a.max }) : t(SAID[error] ?? 'form.invalid')}
          </p>
        )}
      </>
    );
    return inline ? (
      <div class={type}>
        {type === 'checkbox' ? [control, label] : [label, control]}
        {after}
      </div>
    ) : (
      <>
        {label}
        <div class="td">
          {control}
          {after}
        </div>
      </>
    );
  };
  return (
    <form
      ref={ref}
      noValidate
      aria-label={props.label}
      onSubmit={(e) => {
        e.preventDefault();
        props.submit();
      }}
    >
      <div class="ft">{props.f.map((x) => x && field(x))}</div>
      {props.children}
      <button type="submit" class="button primary" disabled={s.busy || props.off}>
        {props.button ?? t('common.save')}
      </button>
    </form>
  );
}

/** A WordPress list table: its header row and the rows given, scrolling inside its own box when too wide. */
export const Table = (id: string, head: string[], rows: ComponentChildren) => (
  <div class="table-wrap">
    <table class="lt" data-testid={id}>
      <thead>
        <tr>
          {head.map((h) => (
            <th scope="col" key={h}>
              {h}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>{rows}</tbody>
    </table>
  </div>
);

/** The rows' look (each screen's CSS includes it). */
export const FORM_CSS =
  '.ft{display:grid;grid-template-columns:minmax(0,200px) minmax(0,1fr);gap:12px 16px;align-items:start;margin-block-end:16px}' +
  '.ft .th{padding-block-start:5px}.ft>.td>:is(input,select){width:25em}.ft textarea{width:100%}' +
  'fieldset{border:0;margin:0;padding:0;min-width:0}.ft .checkbox{display:flex;gap:6px}.ft .row [type=number]{width:6em}' +
  'input[type=time]{background:var(--igny8-surface);border:1px solid var(--igny8-field-border);border-radius:var(--igny8-radius);min-height:30px}' +
  '.ft p{margin:4px 0 0}.field-error{color:var(--igny8-danger);font-weight:600}' +
  '[aria-invalid]{border-color:var(--igny8-danger)!important}.row-actions{opacity:0}:is(tr:hover,tr:focus-within) .row-actions{opacity:1}' +
  '@media (max-width:782px){.ft{grid-template-columns:minmax(0,1fr);gap:4px}.row-actions{opacity:1}.lt :is(td,th):nth-child(n+4){display:none}}';

/** What a section shows until its data is there: "Loading…", or the error with Try again. */
export function Wait({ x }: { x: AsyncState<unknown> }) {
  const { t } = useWidget().i18n;
  return x.error !== undefined ? (
    <ErrorNotice error={x.error} onRetry={x.reload} />
  ) : (
    <p aria-busy="true">{t('common.loading')}</p>
  );
}

/** Where to get more (credits, a bigger plan): the partner's page, or the Billing screen when the session shows it. */
export function Upgrade({ text }: { text: string }) {
  const { brand, canShow, navigate } = useWidget();
  return brand.upgradeUrl ? (
    <a href={brand.upgradeUrl} target="_blank" rel="noopener noreferrer">
      {text}
    </a>
  ) : canShow('billing') ? (
    <button type="button" class="linkish" onClick={() => navigate('billing')}>
      {text}
    </button>
  ) : null;
}

/** A date with its time, in the user's locale. */
export const when = (locale: string, iso: string) =>
  new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso));
