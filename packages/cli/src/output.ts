// Where things are written. stdout carries the result only: with `--json` one JSON document, else the human
// summary (or the CSV of an export); progress, prompts, notes and errors go to stderr, so that a pipe or a script
// reading stdout gets nothing else.
import type { Writable } from 'node:stream';

export interface Streams {
  stdout: Writable & { isTTY?: boolean };
  stderr: Writable & { isTTY?: boolean; columns?: number };
  stdin: NodeJS.ReadableStream & { isTTY?: boolean; setRawMode?: (mode: boolean) => unknown };
}

export class Output {
  readonly json: boolean;
  readonly streams: Streams;
  /** The exit code when the command returns without throwing (e.g. 1 when some of its items failed). */
  exitCode = 0;
  #resulted = false;

  constructor(streams: Streams, json: boolean) {
    this.streams = streams;
    this.json = json;
  }

  /** Whether stderr is a terminal (bars drawn in place) or a file or pipe (a line per step). */
  get interactive(): boolean {
    return this.streams.stderr.isTTY === true;
  }

  /** A line for the person: always stderr. */
  note(line = ''): void {
    this.streams.stderr.write(`${line}\n`);
  }

  /** The command's result: `value` as JSON with `--json`, else the human lines, on stdout. Once per command. */
  result(value: unknown, human: string[] | (() => string[])): void {
    if (this.#resulted) throw new Error('a command printed two results');
    this.#resulted = true;
    if (this.json) this.streams.stdout.write(`${JSON.stringify(value, null, 2)}\n`);
    else for (const line of typeof human === 'function' ? human() : human) this.streams.stdout.write(`${line}\n`);
  }

  /** A document as the result (the CSV of an export), written to stdout as it is. */
  raw(bytes: Uint8Array): void {
    if (this.#resulted) throw new Error('a command printed two results');
    this.#resulted = true;
    this.streams.stdout.write(bytes);
  }

  /** Whether a result was printed (an error after it must not print a second JSON document). */
  get resulted(): boolean {
    return this.#resulted;
  }
}

/** Numbers as people read them: 12,345. */
export const num = (value: number) => value.toLocaleString('en-US');

/** `count` and the noun, plural when it is not 1: plural(3, 'keyword') → "3 keywords". */
export const plural = (count: number, noun: string, many = `${noun}s`) => `${num(count)} ${count === 1 ? noun : many}`;

/** Rows as aligned columns (the first row is the header). */
export function table(rows: string[][]): string[] {
  const widths = rows[0]?.map((_, i) => Math.max(...rows.map((r) => (r[i] ?? '').length))) ?? [];
  return rows.map((r) =>
    r
      .map((cell, i) => (i === r.length - 1 ? cell : cell.padEnd(widths[i] ?? 0)))
      .join('  ')
      .trimEnd(),
  );
}
