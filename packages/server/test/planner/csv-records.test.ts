// The lenient CSV reader: records with the line they start on, malformed records reported and skipped with
// reading resumed at the next line.
import { describe, expect, it } from 'vitest';
import { type CsvProblem, CsvReader, type CsvRecord } from '../../src/domain/planner/csv-records.js';

function readAll(text: string, delimiter = ',', multiline?: (column: number) => boolean) {
  const reader = new CsvReader(text, delimiter);
  const out: (CsvRecord | CsvProblem)[] = [];
  for (let r = reader.next(multiline); r; r = reader.next(multiline)) out.push(r);
  return out;
}

describe('CsvReader', () => {
  it('reads plain, quoted and escaped cells, trimming unquoted ones', () => {
    expect(readAll('a, b ,c\n"x, y","say ""hi""", z \n')).toEqual([
      { line: 1, cells: ['a', 'b', 'c'] },
      { line: 2, cells: ['x, y', 'say "hi"', 'z'] },
    ]);
  });

  it('reads CRLF and CR line endings, a BOM, and other delimiters', () => {
    expect(readAll('\ufeffk\tv\r\none\t1\rtwo\t2', '\t')).toEqual([
      { line: 1, cells: ['k', 'v'] },
      { line: 2, cells: ['one', '1'] },
      { line: 3, cells: ['two', '2'] },
    ]);
  });

  it('reports an unbalanced quote by its line and reads the next line as a record', () => {
    expect(readAll('a,1\n"b,2\nc,3\nd,"4')).toEqual([
      { line: 1, cells: ['a', '1'] },
      { line: 2, reason: expect.stringMatching(/unbalanced quote/) },
      { line: 3, cells: ['c', '3'] },
      { line: 4, reason: expect.stringMatching(/unbalanced quote/) },
    ]);
  });

  it('reports text after a closing quote, and keeps quotes inside unquoted cells', () => {
    expect(readAll('"a"b,1\n12" pan,2\n')).toEqual([
      { line: 1, reason: 'text after the closing quote of a field' },
      { line: 2, cells: ['12" pan', '2'] },
    ]);
  });

  it('lets a quoted cell span lines only in the columns allowed to, and counts those lines', () => {
    const text = 'a,"note\nover two lines"\nb,"open\nc,3\n';
    // Column 1 may hold line breaks: the first record spans lines 1–2; the quote opened on line 3 never closes.
    expect(readAll(text, ',', (c) => c === 1)).toEqual([
      { line: 1, cells: ['a', 'note\nover two lines'] },
      { line: 3, reason: expect.stringMatching(/never closed/) },
      { line: 4, cells: ['c', '3'] },
    ]);
    // No column may: each broken line is one problem, and nothing after it is lost.
    expect(readAll(text)).toEqual([
      { line: 1, reason: expect.stringMatching(/not closed on its line/) },
      { line: 2, cells: ['over two lines"'] },
      { line: 3, reason: expect.stringMatching(/not closed on its line/) },
      { line: 4, cells: ['c', '3'] },
    ]);
  });

  it('keeps empty lines as empty records so that line numbers stay true', () => {
    expect(readAll('a\n\nb')).toEqual([
      { line: 1, cells: ['a'] },
      { line: 2, cells: [''] },
      { line: 3, cells: ['b'] },
    ]);
  });
});
