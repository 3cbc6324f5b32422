// What the Planner's views share: the list table's words, the upgrade path, an inline confirmation, a failure with
// its way out, label → value facts, and the loader of the screen's own chunks.
import type { Schemas } from '@igny8/sdk';
import type { ComponentChildren, ComponentType } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { ErrorNotice } from '../../components/error-notice.js';
import { useWidget } from '../../context.js';
import { describeError } from '../../errors.js';
import type { I18n } from '../../i18n/index.js';
import type { ListTableText } from './list-table.js';

export type Operation = Schemas['Operation'];
export const PAGE_SIZE = 25;

export function tableText(i18n: I18n): ListTableText {
  return {
    selectAll: i18n.t('table.selectAll'),
    select: (name) => i18n.t('table.select', { name }),
    action: (action, name) => i18n.t('table.action', { action, name }),
    bulkLabel: i18n.t('table.bulkLabel'),
    bulk: i18n.t('table.bulk'),
    apply: i18n.t('table.apply'),
    pages: i18n.t('table.pages'),
    first: i18n.t('table.first'),
    previous: i18n.t('common.previous'),
    next: i18n.t('common.next'),
    page: (page) => i18n.t('table.page', { page }),
    items: (count, more) =>
      more
        ? i18n.t('table.itemsMore', { count })
        : count === 1
          ? i18n.t('table.one')
          : i18n.t('keywords.count', { count }),
  };
}

/** Moves focus into `ref` when it appears; the returned function gives focus back to where it was. */
export function useFocusIn<T extends HTMLElement>() {
  const ref = useRef<T>(null);
  const back = useRef<HTMLElement | null>(null);
  useEffect(() => {
    back.current = ((ref.current?.getRootNode() as ShadowRoot | undefined)?.activeElement as HTMLElement) ?? null;
    ref.current?.focus();
  }, []);
  return [ref, () => back.current?.isConnected && back.current.focus()] as const;
}

/** Where more of the plan (or credits) come from: the Billing screen, the partner's page, or the account owner. */
export function UpgradePath({ credits }: { credits?: boolean }) {
  const { i18n, brand, canShow, navigate } = useWidget();
  const label = i18n.t(credits ? 'upgrade.credits' : 'upgrade.plan');
  if (canShow('billing'))
    return (
      <p>
        <button type="button" class="button primary" onClick={() => navigate('billing')}>
          {label}
        </button>
      </p>
    );
  if (brand.upgradeUrl)
    return (
      <p>
        <a class="button primary" href={brand.upgradeUrl} target="_blank" rel="noopener noreferrer">
          {label}
        </a>
      </p>
    );
  return <p>{i18n.t(credits ? 'upgrade.askCredits' : 'upgrade.ask')}</p>;
}

/** An error, with the upgrade path when the plan's limit or the credits are what stopped it. */
export function Failure({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const { i18n } = useWidget();
  const code = describeError(error, i18n).code;
  return (
    <div>
      <ErrorNotice error={error} onRetry={onRetry} />
      {code === 'PLAN_LIMIT_REACHED' && <UpgradePath />}
      {code === 'INSUFFICIENT_CREDITS' && <UpgradePath credits />}
    </div>
  );
}

/** An inline "are you sure?": focus moves to its button, Escape says no, focus goes back either way. */
export function Confirm(props: { message: string; yes: string; onYes: () => void; onNo: () => void }) {
  const { i18n } = useWidget();
  const [ref, restore] = useFocusIn<HTMLButtonElement>();
  const close = (yes: boolean) => {
    restore();
    (yes ? props.onYes : props.onNo)();
  };
  return (
    <fieldset class="notice warning confirm" onKeyDown={(e) => e.key === 'Escape' && close(false)}>
      <legend>{props.message}</legend>
      <p class="row">
        <button type="button" class="button primary" ref={ref} onClick={() => close(true)}>
          {props.yes}
        </button>
        <button type="button" class="button" onClick={() => close(false)}>
          {i18n.t('common.cancel')}
        </button>
      </p>
    </fieldset>
  );
}

/** Label → value pairs (counts without plural forms to get wrong). */
export function Facts({ rows }: { rows: [string, ComponentChildren][] }) {
  return (
    <dl class="facts">
      {rows.map(([label, value]) => [<dt key={label}>{label}</dt>, <dd key={`${label}=`}>{value}</dd>])}
    </dl>
  );
}

// Chunks of the screen loaded when first wanted (the import, the clusters and ideas views), kept once loaded.
type Loader = () => Promise<{ default: ComponentType<any> }>;
const chunks = new Map<Loader, ComponentType<any>>();

/** Renders the default export of `load` (a dynamic import at module scope) with `props`, loading it first. */
export function Lazy({ load, ...props }: { load: Loader } & Record<string, unknown>) {
  const { i18n } = useWidget();
  const [, setLoaded] = useState(0);
  const [error, setError] = useState<unknown>();
  const Chunk = chunks.get(load);
  useEffect(() => {
    if (Chunk) return;
    load().then(
      (m) => {
        chunks.set(load, m.default);
        setLoaded((n) => n + 1);
      },
      (e: unknown) => setError(e),
    );
  }, [load, error]);
  if (Chunk) return <Chunk {...props} />;
  if (error !== undefined) return <ErrorNotice error={error} onRetry={() => setError(undefined)} />;
  return <p aria-busy="true">{i18n.t('common.loading')}</p>;
}
