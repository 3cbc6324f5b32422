// Planner: the site's keywords, the clusters made of them and the content ideas for those, as three views of one
// screen (wp-admin's "subsubsub" links). The Clusters and Ideas views are chunks of their own, loaded when opened.
import { useState } from 'preact/hooks';
import { useWidget } from '../../context.js';
import type { MessageKey } from '../../i18n/index.js';
import Keywords from './keywords.js';
import { LIST_TABLE_CSS } from './list-table.js';
import { Lazy } from './shared.js';

type View = 'keywords' | 'clusters' | 'ideas';
const VIEWS: View[] = ['keywords', 'clusters', 'ideas'];
const loadClusters = () => import('./clusters.js');
const loadIdeas = () => import('./ideas.js');

const CSS = `${LIST_TABLE_CSS}
.planner h2 { font-size: 1.3em; font-weight: 400; margin: 0; }
.planner h3 { font-size: 1.05em; margin: 0 0 var(--igny8-spacing); }
.subsubsub { list-style: none; display: flex; flex-wrap: wrap; margin: 0 0 var(--igny8-spacing); padding: 0; }
.subsubsub li + li::before { content: "|"; color: var(--igny8-muted-text); padding-inline: 6px; }
.subsubsub button { font: inherit; background: none; border: 0; padding: 0; color: var(--igny8-primary); cursor: pointer; }
.subsubsub [aria-current] { color: var(--igny8-text); font-weight: 600; }
.title-row { display: flex; flex-wrap: wrap; align-items: center; gap: var(--igny8-spacing); margin-block-end: var(--igny8-spacing); }
.search-box { display: flex; justify-content: flex-end; margin: 0; }
input[type="number"] { background: var(--igny8-surface); border: 1px solid var(--igny8-border); border-radius: var(--igny8-radius);
  padding: 4px var(--igny8-spacing); min-height: 30px; width: 8em; }
.file { align-items: center; }
.file input:focus-visible + label { outline: 2px solid var(--igny8-primary); outline-offset: 2px; }
a.button { display: inline-block; text-decoration: none; }
fieldset.confirm { border-block: 0; border-inline-end: 0; margin: 0 0 var(--igny8-spacing); min-width: 0; }
.confirm legend { float: inline-start; width: 100%; padding: 0; margin-block-end: var(--igny8-spacing); }
.facts { display: grid; grid-template-columns: auto 1fr; gap: 0 calc(var(--igny8-spacing) * 2); margin-block: 4px; }
.facts dd { margin: 0; }
.preview th { vertical-align: bottom; white-space: nowrap; }
.cluster-kws { columns: 14em; margin: 0; padding-inline-start: 1.2em; }
.outline ol { margin-block: var(--igny8-spacing); }
`;

export default function Planner() {
  const { i18n } = useWidget();
  const [view, setView] = useState<View>('keywords');
  return (
    <div class="planner">
      <style>{CSS}</style>
      <nav aria-label={i18n.t('planner.views')}>
        <ul class="subsubsub">
          {VIEWS.map((v) => (
            <li key={v}>
              <button type="button" aria-current={v === view ? 'page' : undefined} onClick={() => setView(v)}>
                {i18n.t(`view.${v}` as MessageKey)}
              </button>
            </li>
          ))}
        </ul>
      </nav>
      {view === 'keywords' && <Keywords go={setView} />}
      {view === 'clusters' && <Lazy load={loadClusters} go={setView} />}
      {view === 'ideas' && <Lazy load={loadIdeas} />}
    </div>
  );
}
