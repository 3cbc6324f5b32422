// Automation: the seven stages run on the server, unattended. Three views, as a WordPress admin page would have them:
// Run (the estimate, Start, the current run live with Pause, Resume, Cancel and Retry), Settings (what runs, how
// much at once, the schedule and the publishing cadence) and History (past runs and their logs). Settings and
// History are chunks of their own, loaded when first opened: watching a run needs neither.
import type { ComponentType } from 'preact';
import { useState } from 'preact/hooks';
import { ErrorNotice } from '../../components/error-notice.js';
import { useWidget } from '../../context.js';
import type { MessageKey } from '../../i18n/index.js';
import { useAsync } from '../../use-async.js';
import { RunView } from './run.js';
import { CSS } from './style.js';

const VIEWS: Record<string, () => Promise<{ default: ComponentType }>> = {
  run: async () => ({ default: RunView }),
  settings: () => import('./settings.js'),
  history: () => import('./history.js'),
};

export default function Automation() {
  const { i18n } = useWidget();
  const [view, setView] = useState('run');
  const shown = useAsync(VIEWS[view] as () => Promise<{ default: ComponentType }>, [view]);
  const Shown = shown.loading ? null : shown.data?.default;
  return (
    <div>
      <style>{CSS}</style>
      <nav aria-label={i18n.t('automation.nav')}>
        <ul class="au-nav">
          {Object.keys(VIEWS).map((v) => (
            <li key={v}>
              <button type="button" aria-current={v === view ? 'page' : undefined} onClick={() => setView(v)}>
                {i18n.t(`automation.view.${v}` as MessageKey)}
              </button>
            </li>
          ))}
        </ul>
      </nav>
      {shown.error !== undefined && <ErrorNotice error={shown.error} onRetry={shown.reload} />}
      {Shown ? <Shown /> : shown.error === undefined && <p aria-busy="true">{i18n.t('common.loading')}</p>}
    </div>
  );
}
