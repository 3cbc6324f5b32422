// Import keywords from a CSV file: a file picker in the widget's language, a preview of the columns the server will
// read (before anything is sent), then the import with its progress, and the result: the counts, and the refused rows
// as a warning — with the upgrade path when the plan's keyword limit refused them.
import type { Schemas } from '@igny8/sdk';
import { useState } from 'preact/hooks';
import { ProgressBar } from '../../components/progress-bar.js';
import { useWidget } from '../../context.js';
import type { MessageKey } from '../../i18n/index.js';
import { type Preview, previewCsv } from './csv-preview.js';
import { Facts, Failure, UpgradePath, useFocusIn } from './shared.js';

type Result = Schemas['KeywordImportResult'];
// How many refused lines are listed one by one; every one of them is counted in the summary by code.
const LISTED = 10;

type State =
  | { s: 'idle' }
  | { s: 'preview'; csv: string; preview: Preview }
  | { s: 'running'; done: number; total: number }
  | { s: 'done'; result: Result }
  | { s: 'failed'; error: unknown };

export default function Import({ onImported, onClose }: { onImported: () => void; onClose: () => void }) {
  const { client, siteId, i18n } = useWidget();
  const [file, setFile] = useState('');
  const [state, setState] = useState<State>({ s: 'idle' });
  const [ref, restore] = useFocusIn<HTMLElement>();
  const close = () => {
    restore();
    onClose();
  };

  const choose = async (event: Event) => {
    const input = event.currentTarget as HTMLInputElement;
    const chosen = input.files?.[0];
    if (!chosen) return;
    setFile(chosen.name);
    const csv = await chosen.text();
    input.value = '';
    setState({ s: 'preview', csv, preview: previewCsv(csv) });
  };

  const start = async (csv: string) => {
    setState({ s: 'running', done: 0, total: 0 });
    try {
      const started = await client.keywords.import(siteId, { csv });
      const op = await client.operations.wait(started.id, {
        intervalMs: 400,
        onProgress: (o) => setState({ s: 'running', done: o.progress.done, total: o.progress.total }),
      });
      if (op.kind !== 'keywords.import' || !op.result) throw new Error('no result');
      setState({ s: 'done', result: op.result });
      onImported();
    } catch (error) {
      setState({ s: 'failed', error });
    }
  };

  const field = (f: string | null) => i18n.t((f ? `import.field.${f}` : 'import.ignored') as MessageKey);
  const running = state.s === 'running';
  return (
    <section
      class="card"
      aria-labelledby="pl-import"
      tabIndex={-1}
      ref={ref}
      onKeyDown={(e) => e.key === 'Escape' && !running && close()}
    >
      <h3 id="pl-import">{i18n.t('import.title')}</h3>
      <p class="muted">{i18n.t('import.help')}</p>
      <div class="row file">
        <input
          type="file"
          id="pl-file"
          class="visually-hidden"
          accept=".csv,.tsv,.txt,text/csv,text/plain"
          aria-describedby="pl-file-name"
          disabled={running}
          onChange={choose}
        />
        <label for="pl-file" class="button">
          {i18n.t('import.choose')}
        </label>
        <span id="pl-file-name" class="muted">
          {file || i18n.t('import.noFile')}
        </span>
      </div>
      <div aria-live="polite" data-testid="import">
        {state.s === 'preview' && (
          <div>
            <p>{i18n.t(state.preview.header ? 'import.header' : 'import.noHeader')}</p>
            {state.preview.rows.length === 0 ? (
              <p class="notice warning">{i18n.t('import.empty')}</p>
            ) : (
              <div class="lt-scroll">
                <table class="preview" data-testid="preview">
                  <caption class="visually-hidden">{i18n.t('import.preview')}</caption>
                  <thead>
                    <tr>
                      {state.preview.fields.map((f, i) => (
                        <th scope="col" key={i} data-field={f ?? ''}>
                          {state.preview.header?.[i] ?? i18n.t('import.column', { n: i + 1 })}
                          <br />
                          <span class={f ? 'pill ok' : 'pill'}>{field(f)}</span>
                        </th>
                      ))}
                    </tr>
                  </thead>
                  <tbody>
                    {state.preview.rows.map((r, i) => (
                      <tr key={i}>
                        {state.preview.fields.map((_, j) => (
                          <td key={j}>{r[j] ?? ''}</td>
                        ))}
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            )}
          </div>
        )}
        {running && (
          <div>
            <p>{i18n.t('keywords.importing', { done: state.done, total: state.total })}</p>
            <ProgressBar done={state.done} total={state.total} label={i18n.t('import.title')} />
          </div>
        )}
        {state.s === 'done' && <Outcome result={state.result} />}
        {state.s === 'failed' && <Failure error={state.error} />}
      </div>
      <p class="row">
        {state.s === 'preview' && state.preview.rows.length > 0 && (
          <button type="button" class="button primary" onClick={() => start(state.csv)}>
            {i18n.t('import.start')}
          </button>
        )}
        {!running && (
          <button type="button" class="button" onClick={close}>
            {i18n.t(state.s === 'preview' ? 'common.cancel' : 'common.close')}
          </button>
        )}
      </p>
    </section>
  );
}

/** The counts; refused rows make it a warning (never a success), by code and line by line. */
function Outcome({ result }: { result: Result }) {
  const { i18n } = useWidget();
  const limited = result.invalid_summary.find((g) => g.code === 'PLAN_LIMIT_REACHED');
  const counts = (
    <>
      <p>{i18n.t('import.done')}</p>
      <Facts
        rows={[
          [i18n.t('import.rows'), i18n.number(result.total_rows)],
          [i18n.t('import.imported'), i18n.number(result.imported)],
          [i18n.t('import.duplicates'), i18n.number(result.duplicates)],
          [i18n.t('import.refused'), i18n.number(result.invalid_count)],
        ]}
      />
    </>
  );
  if (result.invalid_count === 0) return <div class="notice success">{counts}</div>;
  const code = (c: string) => i18n.t(`refusal.${c}` as MessageKey);
  const more = result.invalid_count - Math.min(LISTED, result.invalid.length);
  return (
    <div class="notice warning stack" data-testid="refused">
      {counts}
      {limited && (
        <div>
          <p>
            <strong>{i18n.t('import.planLimit', { count: limited.count })}</strong>
          </p>
          <UpgradePath />
        </div>
      )}
      <ul>
        {result.invalid_summary.map((g) => (
          <li key={g.code}>
            {i18n.t('import.group', { count: g.count, code: code(g.code), first: g.first_line, last: g.last_line })}
          </li>
        ))}
      </ul>
      <ul>
        {result.invalid.slice(0, LISTED).map((r) => (
          <li key={r.line}>
            {i18n.t('keywords.refusedLine', {
              line: r.line,
              reason: r.reason === code(r.code) ? r.reason : `${code(r.code)} — ${r.reason}`,
            })}
          </li>
        ))}
      </ul>
      {more > 0 && <p class="muted">{i18n.t('import.more', { count: more })}</p>}
    </div>
  );
}
