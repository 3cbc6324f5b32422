// The Run view: what a run would do and cost (the estimate, before Start), then the run itself, stage by stage, live.
import type { Schemas } from '@igny8/sdk';
import { useEffect, useRef, useState } from 'preact/hooks';
import { ErrorNotice } from '../../components/error-notice.js';
import { useWidget } from '../../context.js';
import type { MessageKey } from '../../i18n/index.js';
import { useAsync } from '../../use-async.js';
import { active, type Run, type RunEvent, STAGES, type Stage, useLiveRun } from './live.js';

type Action = 'pause' | 'resume' | 'cancel' | 'retry';

export const stageName = (t: (key: MessageKey) => string, stage: Stage | null) =>
  stage ? t(`automation.stage.${stage}` as MessageKey) : '';

export function RunView() {
  const { client, siteId, i18n } = useWidget();
  const [said, say] = useState('');
  const latest = useAsync(async () => (await client.automation.runs(siteId, { limit: 1 })).data[0] ?? null, [siteId]);
  const [started, setStarted] = useState<Run | null>(null);
  const [starting, setStarting] = useState(false);
  const [failure, setFailure] = useState<unknown>();
  // Whether the run shown is queued, running or paused, as its live state says; while it is, nothing can start.
  const [live, setLive] = useState<boolean>();
  const wasLive = useRef(false);
  const [version, setVersion] = useState(0);
  const estimate = useAsync(() => client.automation.estimate(siteId), [siteId, version]);
  const run = started ?? latest.data;

  const start = async () => {
    setFailure(undefined);
    setStarting(true);
    try {
      setStarted(await client.automation.start(siteId));
      say(i18n.t('automation.started'));
    } catch (error) {
      setFailure(error);
      // Another run holds the site: show it.
      if ((error as { code?: string }).code === 'AUTOMATION_RUN_ACTIVE') latest.reload();
    } finally {
      setStarting(false);
    }
  };
  const onStatus = (isActive: boolean) => {
    // A run that ended here changed the backlog: estimate again.
    if (wasLive.current && !isActive) setVersion((v) => v + 1);
    wasLive.current = isActive;
    setLive(isActive);
  };

  if (latest.error) return <ErrorNotice error={latest.error} onRetry={latest.reload} />;
  if (latest.loading && !run) return <p aria-busy="true">{i18n.t('common.loading')}</p>;
  return (
    <div>
      <p class="visually-hidden" role="status" data-testid="announce">
        {said}
      </p>
      {run ? (
        <RunCard key={run.id} initial={run} say={say} onStatus={onStatus} />
      ) : (
        <p class="notice">{i18n.t('automation.none')}</p>
      )}
      {!(run && (live ?? active(run))) && (
        <Estimate
          estimate={estimate.data}
          error={estimate.error}
          reload={estimate.reload}
          busy={starting}
          failure={failure}
          onStart={start}
        />
      )}
    </div>
  );
}

function Estimate(props: {
  estimate: Schemas['AutomationEstimate'] | undefined;
  error: unknown;
  reload: () => void;
  busy: boolean;
  failure: unknown;
  onStart: () => void;
}) {
  const { i18n } = useWidget();
  const e = props.estimate;
  const n = i18n.number;
  return (
    <section class="card" aria-labelledby="au-estimate">
      <h2 id="au-estimate">{i18n.t('automation.estimate')}</h2>
      {props.error !== undefined && <ErrorNotice error={props.error} onRetry={props.reload} />}
      {!e && props.error === undefined && <p aria-busy="true">{i18n.t('common.loading')}</p>}
      {e && (
        <>
          <p class="muted">{i18n.t('automation.estimateIntro')}</p>
          <table data-testid="estimate">
            <thead>
              <tr>
                <th scope="col">{i18n.t('automation.col.stage')}</th>
                <th scope="col" class="num">
                  {i18n.t('automation.col.items')}
                </th>
                <th scope="col" class="num">
                  {i18n.t('automation.col.credits')}
                </th>
              </tr>
            </thead>
            <tbody>
              {e.stages.map((s) => (
                <tr key={s.stage} data-stage={s.stage}>
                  <th scope="row">{stageName(i18n.t, s.stage)}</th>
                  {s.enabled ? (
                    <>
                      <td class="num">{n(s.items)}</td>
                      <td class="num">{n(s.credits)}</td>
                    </>
                  ) : (
                    <td colSpan={2} class="num muted">
                      {i18n.t('automation.off')}
                    </td>
                  )}
                </tr>
              ))}
            </tbody>
            <tfoot>
              <tr>
                <th scope="row">{i18n.t('automation.total')}</th>
                <td />
                <td class="num" data-testid="estimate-total">
                  <strong>{n(e.total)}</strong>
                </td>
              </tr>
            </tfoot>
          </table>
          <p data-testid="balance">
            {i18n.t('automation.available', { available: e.available })}{' '}
            <span class="muted">{i18n.t('automation.required', { required: e.required })}</span>
          </p>
          {!e.can_start && (
            <div class="notice warning">
              <p>{i18n.t('automation.short', { required: e.required, available: e.available })}</p>
              <BuyCredits />
            </div>
          )}
          {props.failure !== undefined && <ErrorNotice error={props.failure} />}
          <button type="button" class="button primary" disabled={!e.can_start || props.busy} onClick={props.onStart}>
            {i18n.t('automation.start')}
          </button>
        </>
      )}
    </section>
  );
}

/** Where to get credits: the partner's page, or the Billing screen when the session shows it. */
function BuyCredits() {
  const { i18n, brand, canShow, navigate } = useWidget();
  const text = i18n.t('automation.buyCredits');
  if (brand.upgradeUrl) return <a href={brand.upgradeUrl}>{text}</a>;
  if (!canShow('billing')) return null;
  return (
    <button type="button" class="linkish" onClick={() => navigate('billing')}>
      {text}
    </button>
  );
}

const SAID: Partial<Record<RunEvent['type'], MessageKey>> = {
  'stage.finished': 'automation.said.finished',
  'stage.skipped': 'automation.said.skipped',
  'run.failed': 'automation.said.failed',
  'run.completed': 'automation.said.completed',
  'run.paused': 'automation.said.paused',
  'run.resumed': 'automation.said.resumed',
  'run.cancelled': 'automation.said.cancelled',
};

function RunCard({
  initial,
  say,
  onStatus,
}: {
  initial: Run;
  say: (text: string) => void;
  onStatus: (active: boolean) => void;
}) {
  const { client, siteId, i18n } = useWidget();
  const live = useLiveRun(initial, (e) => {
    const key = SAID[e.type];
    if (key) say(i18n.t(key, { stage: stageName(i18n.t, e.stage) }));
  });
  const { run } = live;
  const [busy, setBusy] = useState<Action | null>(null);
  const [failure, setFailure] = useState<unknown>();
  const [confirming, setConfirming] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);
  const isActive = active(run);
  useEffect(() => onStatus(isActive), [isActive]);

  const act = async (action: Action) => {
    setBusy(action);
    setFailure(undefined);
    try {
      live.update(await client.automation[action](siteId, run.id));
      // The buttons of a cancelled run are gone: the card's heading keeps the focus.
      if (action === 'cancel') heading.current?.focus();
    } catch (error) {
      setFailure(error);
    } finally {
      setBusy(null);
    }
  };
  const status = i18n.t(`automation.status.${run.status}` as MessageKey);
  const button = (action: Action, key: MessageKey, onClick: () => void = () => act(action), disabled = false) => (
    <button type="button" class="button" disabled={busy !== null || disabled} onClick={onClick}>
      {i18n.t(key)}
    </button>
  );
  return (
    <section class="card" aria-labelledby="au-run" data-testid="run" data-status={run.status}>
      <h2 id="au-run" tabIndex={-1} ref={heading}>
        {i18n.t(isActive ? 'automation.current' : 'automation.last')}
      </h2>
      <p data-testid="run-status">
        <strong>{status}</strong>
        {run.stage && isActive && ` · ${i18n.t('automation.atStage', { stage: stageName(i18n.t, run.stage) })}`}
        <span class="muted">
          {' · '}
          {i18n.t(`automation.trigger.${run.trigger}` as MessageKey)}
          {run.started_at && ` · ${i18n.t('automation.startedAt', { date: when(i18n.locale, run.started_at) })}`}
        </span>
      </p>
      {run.pause_requested && run.status !== 'paused' && <p class="notice">{i18n.t('automation.pausing')}</p>}
      {run.status === 'paused' && run.pause_reason === 'insufficient_credits' && (
        <div class="notice warning">
          <p>{i18n.t('automation.pausedCredits')}</p>
          <BuyCredits />
        </div>
      )}
      {run.status === 'failed' && run.error && (
        <div class="notice error">
          <p>{run.error.message}</p>
        </div>
      )}
      <ol class="au-stages" aria-label={i18n.t('automation.stages')}>
        {STAGES.map((id) => {
          const s = run.stages.find((p) => p.stage === id);
          if (!s) return null;
          const name = stageName(i18n.t, id);
          const finished = s.done + s.failed + s.skipped;
          const max = s.status === 'completed' ? Math.max(1, s.total) : s.total;
          return (
            <li key={id} data-stage={id} data-state={s.status}>
              <strong>{name}</strong>
              <span
                class={`pill${s.status === 'completed' ? ' ok' : s.status === 'running' ? ' au-run' : s.status === 'failed' ? ' au-bad' : ''}`}
              >
                {i18n.t(`automation.state.${s.status}` as MessageKey)}
              </span>
              {s.status === 'running' && max === 0 ? (
                <progress aria-label={i18n.t('automation.progressOf', { stage: name })} />
              ) : (
                <progress
                  aria-label={i18n.t('automation.progressOf', { stage: name })}
                  value={s.status === 'completed' ? max : finished}
                  max={max || 1}
                />
              )}
              <span class="muted">
                {s.total > 0 && i18n.t('automation.counts', { done: s.done, total: s.total })}
                {s.failed > 0 && ` · ${i18n.t('automation.failedCount', { count: s.failed })}`}
                {s.credits > 0 && ` · ${i18n.t('automation.creditsUsed', { count: s.credits })}`}
              </span>
            </li>
          );
        })}
      </ol>
      {live.mode === 'poll' && isActive && <p class="muted">{i18n.t('automation.polling')}</p>}
      {live.mode === 'lost' && (
        <div class="notice error" role="alert">
          <p>{i18n.t('automation.lost')}</p>
          <button type="button" class="button" onClick={live.reconnect}>
            {i18n.t('automation.reconnect')}
          </button>
        </div>
      )}
      {failure !== undefined && <ErrorNotice error={failure} />}
      <div class="row">
        {(run.status === 'queued' || run.status === 'running') &&
          button(
            'pause',
            run.pause_requested ? 'automation.pausingShort' : 'automation.pause',
            undefined,
            run.pause_requested,
          )}
        {run.status === 'paused' && button('resume', 'automation.resume')}
        {run.status === 'failed' && button('retry', 'automation.retry')}
        {isActive && button('cancel', 'automation.cancel', () => setConfirming(true))}
      </div>
      {confirming && (
        <ConfirmCancel
          onClose={(yes) => {
            setConfirming(false);
            if (yes) void act('cancel');
          }}
        />
      )}
    </section>
  );
}

/** A modal dialog: focus moves in (to "keep running"), Escape closes it, focus goes back to what opened it. */
function ConfirmCancel({ onClose }: { onClose: (confirmed: boolean) => void }) {
  const { i18n } = useWidget();
  const ref = useRef<HTMLDialogElement>(null);
  const answer = useRef(false);
  useEffect(() => {
    const dialog = ref.current as HTMLDialogElement;
    const opener = (dialog.getRootNode() as ShadowRoot).activeElement as HTMLElement | null;
    dialog.showModal();
    return () => opener?.focus();
  }, []);
  const close = (yes: boolean) => {
    answer.current = yes;
    ref.current?.close();
  };
  return (
    <dialog ref={ref} class="au-dialog" aria-labelledby="au-confirm" onClose={() => onClose(answer.current)}>
      <h2 id="au-confirm">{i18n.t('automation.confirmTitle')}</h2>
      <p>{i18n.t('automation.confirmText')}</p>
      <div class="row">
        <button type="button" class="button" onClick={() => close(false)}>
          {i18n.t('automation.keep')}
        </button>
        <button type="button" class="button au-bad" onClick={() => close(true)}>
          {i18n.t('automation.confirmCancel')}
        </button>
      </div>
    </dialog>
  );
}

/** A date and time in the user's locale. */
export const when = (locale: string, iso: string) =>
  new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso));
