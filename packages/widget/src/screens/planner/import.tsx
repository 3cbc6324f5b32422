// Import keywords from a CSV file: a file picker in the widget's language, a preview of the columns the server will
// read (before anything is sent), then the import with its progress, and the result: the counts, and the refused rows
// as a warning — with the upgrade path when the plan's keyword limit refused them.
import type { Schemas } from '@igny8/sdk';
import { useState } from 'preact/hooks';
import { type Preview, previewCsv } from './csv-preview.js';
import { Facts, Run, UpgradePath, useT } from './table.js';

export default function Import(p: { onDone: () => void; onClose: () => void }) {
  const [t, { client, siteId }] = useT();
  const [file, setFile] = useState<[name: string, csv: string, preview: Preview] | null>(null);
  const choose = async (event: Event) => {
    const input = event.currentTarget as HTMLInputElement;
    const chosen = input.files?.[0];
    if (!chosen) return;
    const csv = await chosen.text();
    input.value = '';
    setFile([chosen.name, csv, previewCsv(csv)]);
  };
  const pv = file?.[2];
  return (
    <Run
      {...p}
      title={t('import.open')}
      id="import"
      v={file}
      head={
        <p class="row file">
          <input type="file" id="pl-file" class="visually-hidden" accept=".csv,.tsv,.txt" onChange={choose} />
          <label for="pl-file" class="button">
            {t('import.choose')}
          </label>
          {file?.[0]}
        </p>
      }
      go={!!pv?.rows.length && t('import.start')}
      start={() => client.keywords.import(siteId, { csv: file?.[1] as string })}
      summary={(op) => op.kind === 'keywords.import' && op.result && <Outcome result={op.result} />}
    >
      {pv && (
        <>
          <p>{t(pv.header ? 'import.header' : 'import.noHeader')}</p>
          <div class="table-wrap">
            <table data-testid="preview">
              <caption class="visually-hidden">{t('import.open')}</caption>
              <thead>
                <tr>
                  {pv.fields.map((f, i) => (
                    <th scope="col" key={i} data-field={f ?? ''}>
                      {pv.header?.[i] ?? t('import.column', { n: i + 1 })}
                      <br />
                      <span class={f ? 'pill ok' : 'pill'}>{t(f ? `f.${f}` : 'import.ignored')}</span>
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {pv.rows.map((r, i) => (
                  <tr key={i}>
                    {pv.fields.map((_, j) => (
                      <td key={j}>{r[j]}</td>
                    ))}
                  </tr>
                ))}
                {!pv.rows.length && (
                  <tr>
                    <td colSpan={pv.fields.length}>{t('table.empty')}</td>
                  </tr>
                )}
              </tbody>
            </table>
          </div>
        </>
      )}
    </Run>
  );
}

/** The counts; refused rows make it a warning (never a success): every one counted by code, the first ten by line. */
function Outcome({ result: r }: { result: Schemas['KeywordImportResult'] }) {
  const [t, w] = useT();
  const code = (c: string) => t(`refusal.${c}`);
  // The server's reason is English: other languages show the code's translation alone when there is one.
  const reason = (l: { code: string; reason: string }) => {
    const said = code(l.code);
    if (said === `refusal.${l.code}`) return l.reason;
    if (w.i18n.language !== 'en' || said === l.reason) return said;
    return `${said} — ${l.reason}`;
  };
  return (
    <div
      class={r.invalid_count ? 'notice warning stack' : 'notice success'}
      data-testid={r.invalid_count ? 'refused' : undefined}
    >
      <Facts
        rows={[
          ['import.rows', r.total_rows],
          ['import.imported', r.imported],
          ['import.duplicates', r.duplicates],
          ['import.refused', r.invalid_count],
        ]}
      />
      {r.invalid_count > 0 && (
        <>
          <ul>
            {r.invalid_summary.map((g) => (
              <li key={g.code}>
                {t('import.group', { count: g.count, code: code(g.code), first: g.first_line, last: g.last_line })}
              </li>
            ))}
            {r.invalid.slice(0, 10).map((l) => (
              <li key={l.line}>
                {t('import.line', {
                  line: l.line,
                  reason: reason(l),
                })}
              </li>
            ))}
          </ul>
          {r.invalid_summary.some((g) => g.code === 'PLAN_LIMIT_REACHED') && <UpgradePath />}
        </>
      )}
    </div>
  );
}
