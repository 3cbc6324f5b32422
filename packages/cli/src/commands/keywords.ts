// `igny8 keywords import <file.csv>` (the upload, the operation's progress, then the counts and the first refused
// rows with their reasons, as the widget's import dialog shows them) and `igny8 keywords export` (CSV to stdout or
// a file).
import { readFile, stat, writeFile } from 'node:fs/promises';
import type { Schemas } from '@igny8/sdk';
import type { Context } from '../context.js';
import { usage } from '../errors.js';
import { follow } from '../operations.js';
import { num, plural } from '../output.js';

export interface ImportOptions {
  sector?: string;
  language?: string;
  country?: string;
}

/** The API's limit on the `csv` field (openapi.yaml, KeywordImportRequest). */
const MAX_CSV = 60_000_000;
/** Refused rows shown one by one (every one is counted; `--json` lists up to 1,000). */
const SHOWN = 5;

export async function importCsv(ctx: Context, file: string, options: ImportOptions): Promise<void> {
  let csv: string;
  try {
    csv = await readFile(file, 'utf8');
  } catch (error) {
    throw usage(`Cannot read ${file}: ${(error as Error).message}`);
  }
  if (!csv.trim()) throw usage(`${file} is empty.`);
  if (csv.length > MAX_CSV) throw usage(`${file} is larger than the API takes at once (60 MB): split it.`);
  const client = await ctx.client();
  const site = await ctx.site();
  const size = (await stat(file)).size;
  ctx.out.note(`Uploading ${file} (${num(Math.ceil(size / 1024))} KB) to ${site.slug}…`);
  const started = await client.keywords.import(site.id, {
    csv,
    ...(options.sector ? { sector_id: options.sector } : {}),
    ...(options.language ? { language: options.language } : {}),
    ...(options.country ? { country: options.country } : {}),
  });
  const done = await follow(ctx, started, 'Importing', 'rows');
  const result = done.kind === 'keywords.import' ? done.result : null;
  ctx.out.result(done, () => (result ? importSummary(result, site.slug) : ['Import finished.']));
}

export function importSummary(r: Schemas['KeywordImportResult'], site: string): string[] {
  const lines = [
    `Imported ${plural(r.imported, 'keyword')} from ${plural(r.total_rows, 'row')} into ${site}: ` +
      `${plural(r.duplicates, 'duplicate')}, ${num(r.invalid_count)} refused.`,
  ];
  if (r.invalid_count === 0) return lines;
  if (r.invalid_count <= SHOWN) {
    lines.push('Refused:');
    for (const l of r.invalid) lines.push(`  line ${l.line}: ${l.reason} (${l.code})`);
  } else {
    // Many: every one counted by reason, then the first few one by one.
    lines.push('Refused, by reason:');
    for (const g of r.invalid_summary) {
      const where = g.first_line === g.last_line ? `line ${g.first_line}` : `lines ${g.first_line}–${g.last_line}`;
      lines.push(`  ${g.code}: ${num(g.count)} (${where}), e.g. ${g.example}`);
    }
    lines.push(`The first ${SHOWN}:`);
    for (const l of r.invalid.slice(0, SHOWN)) lines.push(`  line ${l.line}: ${l.reason} (${l.code})`);
    lines.push(`  … and ${num(r.invalid_count - SHOWN)} more (--json lists up to 1,000).`);
  }
  if (r.invalid_summary.some((g) => g.code === 'PLAN_LIMIT_REACHED')) {
    lines.push("The plan's keyword limit refused some: upgrade the plan (Billing → Plans) for more.");
  }
  return lines;
}

export interface ExportOptions {
  out?: string;
  status?: 'new' | 'mapped' | 'archived';
  cluster?: string;
}

export async function exportCsv(ctx: Context, options: ExportOptions): Promise<void> {
  if (ctx.out.json && !options.out) throw usage('--json needs --out <file>: without it the CSV itself is the output.');
  const client = await ctx.client();
  const site = await ctx.site();
  const bytes = new Uint8Array(
    await client.keywords.export(site.id, {
      ...(options.status ? { status: options.status } : {}),
      ...(options.cluster ? { cluster_id: options.cluster } : {}),
    }),
  );
  if (!options.out) {
    ctx.out.raw(bytes);
    return;
  }
  await writeFile(options.out, bytes);
  const rows = Math.max(0, records(new TextDecoder().decode(bytes)) - 1);
  ctx.out.result({ file: options.out, bytes: bytes.byteLength, keywords: rows }, [
    `Wrote ${plural(rows, 'keyword')} of ${site.slug} to ${options.out}.`,
  ]);
}

/** CSV records: line ends outside quotes (a quoted field may hold a line break). */
function records(csv: string): number {
  let n = 0;
  let quoted = false;
  for (let i = 0; i < csv.length; i++) {
    const c = csv[i];
    if (c === '"') quoted = !quoted;
    else if (c === '\n' && !quoted) n++;
  }
  return csv.length > 0 && !csv.endsWith('\n') ? n + 1 : n;
}
