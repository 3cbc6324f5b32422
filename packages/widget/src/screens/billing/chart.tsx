// Credits used per day over the last 30 days (UTC days, as the API counts them): an inline SVG bar chart — one bar per
// day, each with its <title>, axes in the theme's colours, time running right to left in RTL — that screen readers
// get as one image with a summary, and whose numbers a button shows as a table.
import { useState } from 'preact/hooks';
import { ErrorNotice } from '../../components/error-notice.js';
import { useWidget } from '../../context.js';
import { useAsync } from '../../use-async.js';
import { useT } from './index.js';

const DAYS = 30;
const W = 600;
const H = 190;
// Room for the value labels on the start side, the top label, and the dates below (for phones' bigger text too).
const SIDE = 60;
const TOP = 30;
const BOTTOM = 30;

const CSS = `.chart{width:100%;height:auto;max-height:240px;direction:ltr}.chart .bar{fill:var(--igny8-primary)}
.chart line{stroke:var(--igny8-border)}.chart text{fill:var(--igny8-muted-text);font-size:12px}
@media (max-width:600px){.chart text{font-size:20px}}`;

/** A round number at or above `n` (1, 2, 5 × 10ⁿ), so the axis reads well. */
function ceiling(n: number): number {
  const p = 10 ** Math.floor(Math.log10(Math.max(n, 1)));
  return ([1, 2, 5, 10].find((f) => f * p >= n) ?? 10) * p;
}

export function Chart() {
  const { client, i18n } = useWidget();
  const t = useT();
  const [table, setTable] = useState(false);
  const today = new Date().toISOString().slice(0, 10);
  const days = Array.from({ length: DAYS }, (_, i) =>
    new Date(Date.parse(today) - (DAYS - 1 - i) * 86_400_000).toISOString().slice(0, 10),
  );
  const from = days[0] as string;
  const { data, error, reload } = useAsync(() => client.billing.usageSummary({ from, to: today }), [from, today]);
  const day = new Intl.DateTimeFormat(i18n.locale, { month: 'short', day: 'numeric', timeZone: 'UTC' });
  const label = (key: string) => day.format(new Date(key));
  let body = <p aria-busy="true">{i18n.t('common.loading')}</p>;
  if (error) body = <ErrorNotice error={error} onRetry={reload} />;
  else if (data) {
    // The summary has a row per day and operation: the chart adds them up per day.
    const used = new Map<string, number>();
    for (const r of data) used.set(r.day, (used.get(r.day) ?? 0) + r.credits);
    const values = days.map((d) => used.get(d) ?? 0);
    const total = values.reduce((a, b) => a + b, 0);
    const most = Math.max(...values);
    const top = ceiling(most);
    const rtl = i18n.dir === 'rtl';
    const plot = W - SIDE - 8;
    const step = plot / DAYS;
    // Where a day's slot starts: from the start side, which is the right in RTL.
    const x = (i: number) => (rtl ? W - SIDE - (i + 1) * step : SIDE + i * step);
    const y = (v: number) => TOP + (H - TOP - BOTTOM) * (1 - v / top);
    const summary = total
      ? t('chartSummary', {
          from: label(from),
          to: label(today),
          total,
          max: most,
          day: label(days[values.indexOf(most)] as string),
        })
      : t('chartNone', { from: label(from), to: label(today) });
    body = (
      <>
        <svg class="chart" viewBox={`0 0 ${W} ${H}`} role="img" aria-label={summary} data-testid="chart">
          <text x={rtl ? W - SIDE : SIDE} y={18} text-anchor={rtl ? 'end' : 'start'}>
            {i18n.t('term.Credits')}
          </text>
          {[0, top / 2, top].map((v) => (
            <g key={v}>
              <line x1={rtl ? 8 : SIDE - 8} x2={rtl ? W - SIDE + 8 : W - 8} y1={y(v)} y2={y(v)} />
              <text x={rtl ? W - SIDE + 12 : SIDE - 12} y={y(v) + 4} text-anchor={rtl ? 'start' : 'end'}>
                {i18n.number(v)}
              </text>
            </g>
          ))}
          {values.map((v, i) => (
            <rect key={days[i]} class="bar" x={x(i) + step * 0.15} y={y(v)} width={step * 0.7} height={y(0) - y(v)}>
              <title>{t('barTitle', { day: label(days[i] as string), count: v })}</title>
            </rect>
          ))}
          {[0, DAYS >> 1, DAYS - 1].map((i, k) => {
            // The first and last dates line up with their bar's outer edge, so they stay inside the picture.
            const anchor = k === 1 ? 'middle' : (k === 0) !== rtl ? 'start' : 'end';
            return (
              <text
                key={i}
                x={x(i) + (anchor === 'start' ? 0 : anchor === 'end' ? step : step / 2)}
                y={H - 4}
                text-anchor={anchor}
              >
                {label(days[i] as string)}
              </text>
            );
          })}
        </svg>
        <p>
          <button type="button" class="linkish" aria-expanded={table} onClick={() => setTable(!table)}>
            {t(table ? 'hideTable' : 'showTable')}
          </button>
        </p>
        {table && (
          <div class="wrap">
            <table data-testid="usage-table">
              <caption class="visually-hidden">{summary}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('colDate')}</th>
                  <th scope="col" class="num">
                    {i18n.t('term.Credits')}
                  </th>
                </tr>
              </thead>
              <tbody>
                {values.map((v, i) => (
                  <tr key={days[i]}>
                    <th scope="row">{label(days[i] as string)}</th>
                    <td class="num">{i18n.number(v)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </>
    );
  }
  return (
    <section class="card" aria-labelledby="igny8-usage">
      <style>{CSS}</style>
      <h2 id="igny8-usage">{t('usage')}</h2>
      {body}
    </section>
  );
}
