// What the Planner's views share: the list table's words, the upgrade path, an inline confirmation, a failure with
// its way out, and a charged run (cost estimate → Confirm → progress → summary).
import type { Schemas } from '@igny8/sdk';
import type { ComponentChildren, ComponentType } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { ErrorNotice } from '../../components/error-notice.js';
import { ProgressBar } from '../../components/progress-bar.js';
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

export interface Prepared {
  quantity: number;
  /** More than `quantity` (counting stopped there). */
  atLeast?: boolean;
  estimate: Schemas['Estimate'];
}

type Stage =
  | { s: 'estimating' }
  | { s: 'nothing' }
  | { s: 'confirm'; p: Prepared }
  | { s: 'running'; done: number; total: number }
  | { s: 'done'; op: Operation }
  | { s: 'failed'; error: unknown };

/**
 * Charged work, as the API prices it: first the estimate (what it covers, its cost, the balance), then — only once the
 * user confirms — the request and its operation's progress, then the summary. Escape or Cancel closes it.
 */
export function ChargedRun(props: {
  title: string;
  items: string;
  busy: string;
  nothing: string;
  prepare: () => Promise<Prepared | null>;
  start: () => Promise<Operation>;
  summary: (op: Operation) => ComponentChildren;
  onClose: () => void;
  onDone: () => void;
}) {
  const { i18n, client } = useWidget();
  const [stage, setStage] = useState<Stage>({ s: 'estimating' });
  const [ref, restore] = useFocusIn<HTMLElement>();
  useEffect(() => {
    props.prepare().then(
      (p) => setStage(p ? { s: 'confirm', p } : { s: 'nothing' }),
      (error: unknown) => setStage({ s: 'failed', error }),
    );
  }, []);
  const close = () => {
    restore();
    props.onClose();
  };
  const confirm = async () => {
    setStage({ s: 'running', done: 0, total: 0 });
    try {
      const started = await props.start();
      const op = await client.operations.wait(started.id, {
        intervalMs: 400,
        onProgress: (o) => setStage({ s: 'running', done: o.progress.done, total: o.progress.total }),
      });
      setStage({ s: 'done', op });
      props.onDone();
    } catch (error) {
      setStage({ s: 'failed', error });
    }
  };
  const credits = (count: number, atLeast?: boolean) =>
    i18n.t(atLeast ? 'charge.atLeastCredits' : 'charge.credits', { count });
  const closeButton = (
    <button type="button" class="button" onClick={close}>
      {i18n.t(stage.s === 'confirm' ? 'common.cancel' : 'common.close')}
    </button>
  );
  return (
    <section
      class="card charged"
      aria-labelledby="pl-run"
      tabIndex={-1}
      ref={ref}
      onKeyDown={(e) => e.key === 'Escape' && stage.s !== 'running' && close()}
    >
      <h3 id="pl-run">{props.title}</h3>
      <div aria-live="polite" data-testid="run">
        {stage.s === 'estimating' && <p aria-busy="true">{i18n.t('charge.estimating')}</p>}
        {stage.s === 'nothing' && <p>{props.nothing}</p>}
        {stage.s === 'confirm' && (
          <>
            <Facts
              rows={[
                [
                  props.items,
                  stage.p.atLeast
                    ? i18n.t('charge.atLeast', { count: stage.p.quantity })
                    : i18n.number(stage.p.quantity),
                ],
                [i18n.t('charge.cost'), credits(stage.p.estimate.credits, stage.p.atLeast)],
                [i18n.t('charge.available'), credits(stage.p.estimate.available_credits)],
              ]}
            />
            {!stage.p.estimate.sufficient && (
              <div class="notice error" role="alert">
                <p>{i18n.t('charge.short')}</p>
                <UpgradePath credits />
              </div>
            )}
          </>
        )}
        {stage.s === 'running' && (
          <>
            <p>{props.busy}</p>
            <ProgressBar done={stage.done} total={stage.total} label={props.busy} />
          </>
        )}
        {stage.s === 'done' && props.summary(stage.op)}
        {stage.s === 'failed' && <Failure error={stage.error} />}
      </div>
      {stage.s !== 'running' && stage.s !== 'estimating' && (
        <p class="row">
          {stage.s === 'confirm' && stage.p.estimate.sufficient && (
            <button type="button" class="button primary" onClick={confirm}>
              {i18n.t('charge.confirm')}
            </button>
          )}
          {closeButton}
        </p>
      )}
    </section>
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
