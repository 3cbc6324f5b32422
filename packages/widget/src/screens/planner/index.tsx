// Planner: the site's keywords, the clusters made of them and the content ideas for those, as three views of one
// screen (wp-admin's "subsubsub" links). One chunk: the views share the list table, the run panel and the words.
import { useState } from 'preact/hooks';
import { DIALOG_CSS } from '../../components/dialog.js';
import Keywords from './keywords.js';
import { useT } from './table.js';
import { Clusters, Ideas } from './views.js';

const VIEWS = { keywords: Keywords, clusters: Clusters, ideas: Ideas };

// The list table as wp-admin draws it (global table, striping and .subsubsub come from the theme); ≤ 782 px the
// secondary columns stack under the primary one, each with its name.
const CSS = `${DIALOG_CSS}
.subsubsub [aria-current]{color:var(--igny8-text);font-weight:600}
.tablenav{display:flex;flex-wrap:wrap;align-items:center;gap:var(--igny8-spacing);margin-block:var(--igny8-spacing)}
.tablenav .row{margin:0;align-items:center}.pager{margin-inline-start:auto}.pager .button{min-width:30px}
[dir=rtl] .pager .button{transform:scaleX(-1)}
.lt thead th,.lt thead td{white-space:nowrap}.lt thead td{width:2.2em}.lt .linkish{font-weight:600;text-decoration:none}
.ra{display:flex;flex-wrap:wrap;gap:4px 10px;font-size:.92em;opacity:0}
.lt tr:hover .ra,.lt tr:focus-within .ra{opacity:1}.lt .detail td{background:var(--igny8-surface)}
.facts{display:grid;grid-template-columns:auto 1fr;gap:0 2em}.facts dd{margin:0}.cols{columns:14em}
.row input[type=number]{width:8em}.file input:focus-visible+label{outline:2px solid var(--igny8-primary)}
@media(max-width:782px){.lt,.lt thead,.lt tbody{display:block}.lt tr{display:flex;flex-wrap:wrap}
.lt thead .sec{display:none}.lt .prim,.lt .detail td{flex:1}
.lt td.sec{flex-basis:100%;padding-block:0 4px;padding-inline-start:3em;text-align:start}
.lt td.sec::before{content:attr(data-colname) ": ";font-weight:600}.ra{opacity:1}.pager{margin:0}}`;

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
              <button
                type="button"
                aria-current={v === view ? 'page' : undefined}
                onClick={() => setView(v as keyof typeof VIEWS)}
              >
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
