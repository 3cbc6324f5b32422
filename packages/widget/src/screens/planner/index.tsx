// Planner: the site's keywords, the clusters made of them and the content ideas for those, as three views of one
// screen (wp-admin's "subsubsub" links). One chunk: the views share the list table, the run panel and the words.
import { useState } from 'preact/hooks';
import { DIALOG_CSS } from '../../components/index.js';
import Keywords from './keywords.js';
import { useT } from './table.js';
import { Clusters, Ideas } from './views.js';

const VIEWS = { keywords: Keywords, clusters: Clusters, ideas: Ideas };

// The list table as wp-admin draws it (table, striping, .row and .subsubsub come from the theme): row actions show on
// hover and focus; ≤ 782 px the secondary columns stack under the primary one, each with its name. The page arrows
// need no flipping right to left: « ‹ › are mirrored characters.
const CSS = `${DIALOG_CSS}.pager{margin:0;margin-inline-start:auto}.ra{display:flex;gap:8px;opacity:0}
tr:hover .ra,tr:focus-within .ra{opacity:1}.file input:focus-visible+label{outline:2px solid var(--igny8-primary)}
@media(max-width:782px){.lt,.lt>*{display:block}.lt thead .sec{display:none}.lt tr{display:flex;flex-wrap:wrap}
.lt .prim,.detail td{flex:1}.lt td.sec{flex-basis:100%;padding-block:0;padding-inline-start:3em}
.lt td.sec::before{content:attr(data-colname) ": ";font-weight:600}.ra{opacity:1}}`;

export default function Planner() {
  const [t] = useT();
  const [view, setView] = useState<keyof typeof VIEWS>('keywords');
  const View = VIEWS[view];
  return (
    <div>
      <style>{CSS}</style>
      <nav aria-label={t('tabs.planner')}>
        <ul class="subsubsub">
          {Object.keys(VIEWS).map((v) => (
            <li key={v}>
              <button type="button" aria-current={v === view} onClick={() => setView(v as keyof typeof VIEWS)}>
                {t(`view.${v}`)}
              </button>
            </li>
          ))}
        </ul>
      </nav>
      <h2>{t(`view.${view}`)}</h2>
      <View />
    </div>
  );
}
