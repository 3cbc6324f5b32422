// A lenient CSV reader for uploaded keyword files: RFC 4180 quoting, every record tagged with the line it
// starts on, and a malformed record reported and skipped instead of failing the file. Recovery is by line: a
// record that cannot be read (a quote that never closes, text after a closing quote) is reported by its
// first line and reading starts again at the next line, so one stray quote costs one row, not the rest of
// the file. csv-parse has no such mode: a quote left open swallows every later line into one field, or
// fails the whole parse at the end of the file.

export interface CsvRecord {
  /** The line the record starts on (1-based, counting the header). */
  line: number;
  cells: string[];
}

export interface CsvProblem {
  line: number;
  reason: string;
}

export class CsvReader {
  readonly #text: string;
  readonly #delimiter: string;
  #pos = 0;
  #line = 1;
  /** Index of the next `"` at or after #pos (or -1): most lines have none, and then split() does the work. */
  #nextQuote = -1;

  constructor(text: string, delimiter: string) {
    if (delimiter.length !== 1 || delimiter === '"' || delimiter === '\n') {
      throw new Error(`unusable CSV delimiter ${JSON.stringify(delimiter)}`);
    }
    // One line ending from here on: CRLF files (Excel, Windows) and old Mac CR files read the same.
    let clean = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
    if (clean.includes('\r')) clean = clean.replace(/\r\n?/g, '\n');
    this.#text = clean;
    this.#delimiter = delimiter;
    this.#nextQuote = clean.indexOf('"');
  }

  /**
   * The next record, or a problem for a line that could not be read; null at the end. `multiline` says
   * whether a quoted cell of a column may hold a line break; where it may not (the default), a quote still
   * open at the end of its line is a broken row, so the rows after it are read as rows.
   */
  next(multiline: (column: number) => boolean = never): CsvRecord | CsvProblem | null {
    const text = this.#text;
    if (this.#pos >= text.length) return null;
    const start = this.#pos;
    const line = this.#line;
    let lineEnd = text.indexOf('\n', start);
    if (lineEnd === -1) lineEnd = text.length;
    if (this.#nextQuote !== -1 && this.#nextQuote < start) this.#nextQuote = text.indexOf('"', start);
    if (this.#nextQuote === -1 || this.#nextQuote > lineEnd) {
      // The common case: no quote on this line.
      const cells = text.slice(start, lineEnd).split(this.#delimiter);
      for (let i = 0; i < cells.length; i++) cells[i] = (cells[i] as string).trim();
      this.#pos = lineEnd + 1;
      this.#line++;
      return { line, cells };
    }
    const read = this.#quotedRecord(start, multiline);
    if ('reason' in read) {
      // Resynchronise at the next line: whatever the broken quote would have swallowed is read again.
      this.#pos = lineEnd + 1;
      this.#line++;
      return { line, reason: read.reason };
    }
    this.#pos = read.end;
    this.#line += read.lines;
    return { line, cells: read.cells };
  }

  /** A record with at least one quote, read character by character from `start`. */
  #quotedRecord(
    start: number,
    multiline: (column: number) => boolean,
  ): { cells: string[]; end: number; lines: number } | { reason: string } {
    const text = this.#text;
    const delimiter = this.#delimiter;
    const cells: string[] = [];
    let i = start;
    let lines = 1;
    for (;;) {
      // Leading blanks before an opening quote belong to no one.
      let j = i;
      while (j < text.length && (text[j] === ' ' || text[j] === '\t') && text[j] !== delimiter) j++;
      if (text[j] === '"') {
        let value = '';
        let from = j + 1;
        for (;;) {
          const quote = text.indexOf('"', from);
          const newline = text.indexOf('\n', from);
          if (newline !== -1 && (quote === -1 || newline < quote)) {
            if (!multiline(cells.length))
              return { reason: 'a quoted field is not closed on its line (unbalanced quote)' };
          }
          if (quote === -1) return { reason: 'a quoted field is never closed (unbalanced quote)' };
          lines += countNewlines(text, from, quote);
          value += text.slice(from, quote);
          if (text[quote + 1] === '"') {
            value += '"';
            from = quote + 2;
            continue;
          }
          i = quote + 1;
          break;
        }
        while (i < text.length && (text[i] === ' ' || text[i] === '\t') && text[i] !== delimiter) i++;
        cells.push(value);
        if (i >= text.length) return { cells, end: i, lines };
        const c = text[i];
        if (c === delimiter) {
          i++;
          continue;
        }
        if (c === '\n') return { cells, end: i + 1, lines };
        return { reason: 'text after the closing quote of a field' };
      }
      // An unquoted cell: quotes inside it are kept as they are (`12" pizza pan`).
      let k = i;
      while (k < text.length && text[k] !== delimiter && text[k] !== '\n') k++;
      cells.push(text.slice(i, k).trim());
      if (k >= text.length) return { cells, end: k, lines };
      if (text[k] === '\n') return { cells, end: k + 1, lines };
      i = k + 1;
    }
  }
}

const never = () => false;

function countNewlines(text: string, from: number, to: number): number {
  let n = 0;
  for (let at = text.indexOf('\n', from); at !== -1 && at < to; at = text.indexOf('\n', at + 1)) n++;
  return n;
}
