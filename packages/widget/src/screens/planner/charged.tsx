// A charged run (clustering, idea generation), as the API prices it: the estimate first, the work only once the user
// confirms it, then its progress and its summary. A chunk of its own: it loads when a run is asked for.
import type { Schemas } from '@igny8/sdk';
import type { ComponentChildren } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { ProgressBar } from '../../components/progress-bar.js';
import { useWidget } from '../../context.js';
import { Facts, Failure, type Operation, UpgradePath, useFocusIn } from './shared.js';

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
export default function ChargedRun(props: {
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
