// Progress on stderr. On a terminal, bars redrawn in place (cli-progress); to a file or a pipe, plain lines with no
// escape codes: one when the work starts, one at each 10 % step and one at the end for a single bar, one per change
// for the automation's stages (they move a few items at a time).
import cliProgress from 'cli-progress';
import type { Output } from './output.js';
import { num } from './output.js';

export interface Bar {
  /** `state` is shown beside the counts (e.g. `queued`, `running`). */
  update(done: number, total: number, state?: string): void;
  /** Ends the bar: on a terminal it stays on screen as last drawn. */
  stop(): void;
}

const percent = (done: number, total: number) => (total > 0 ? Math.floor((Math.min(done, total) / total) * 100) : 0);

/** One bar: `label` before it, `unit` after the counts (`rows`, `keywords`, `clusters`). */
export function createBar(out: Output, label: string, unit: string): Bar {
  return out.interactive ? new TerminalBar(out, label, unit) : new LineBar(out, label, unit);
}

class TerminalBar implements Bar {
  readonly #bar: cliProgress.SingleBar;
  #started = false;

  constructor(out: Output, label: string, unit: string) {
    this.#bar = new cliProgress.SingleBar({
      stream: out.streams.stderr,
      format: `${label} {bar} {percentage}% | {value}/{total} ${unit} {state}`,
      barCompleteChar: '█',
      barIncompleteChar: '░',
      barsize: 30,
      hideCursor: true,
      emptyOnZero: true,
      clearOnComplete: false,
      stopOnComplete: false,
      // Every line redrawn each time, so that whatever the terminal echoed over a bar (a ^C) is drawn over again.
      forceRedraw: true,
      formatValue: (value, _options, type) =>
        type === 'value' || type === 'total' ? num(Number(value)) : String(value),
    });
  }

  update(done: number, total: number, state = ''): void {
    if (!this.#started) {
      this.#bar.start(total, done, { state });
      this.#started = true;
      return;
    }
    this.#bar.setTotal(total);
    this.#bar.update(done, { state });
  }

  stop(): void {
    if (this.#started) this.#bar.stop();
  }
}

class LineBar implements Bar {
  readonly #out: Output;
  readonly #label: string;
  readonly #unit: string;
  #step = -1;
  #state: string | undefined;
  #last = '';

  constructor(out: Output, label: string, unit: string) {
    this.#out = out;
    this.#label = label;
    this.#unit = unit;
  }

  update(done: number, total: number, state = ''): void {
    // A line at each 10 % step crossed (and when the state changes), never two alike.
    const step = Math.floor(percent(done, total) / 10);
    if (step === this.#step && state === this.#state) return;
    this.#step = step;
    this.#state = state;
    this.#print(done, total, state);
  }

  #print(done: number, total: number, state: string) {
    const counts = total > 0 ? `${percent(done, total)}% (${num(done)}/${num(total)} ${this.#unit})` : '';
    const line = `${this.#label}: ${[counts, state].filter(Boolean).join(' ') || 'started'}`;
    if (line !== this.#last) this.#out.note(line);
    this.#last = line;
  }

  stop(): void {}
}

/** One stage's counters, as the run reports them. */
export interface StageRow {
  stage: string;
  status: string;
  total: number;
  done: number;
  failed: number;
  skipped: number;
}

export interface StageBars {
  update(rows: StageRow[]): void;
  /** A line above the bars (on a terminal) or among the lines. */
  log(line: string): void;
  stop(): void;
}

const counts = (r: StageRow) => `${num(r.done)}/${num(r.total)}`;
/** The stage's status, and what failed or was skipped in it. */
const status = (r: StageRow) =>
  `${r.status}${r.failed ? `, ${num(r.failed)} failed` : ''}${r.skipped ? `, ${num(r.skipped)} skipped` : ''}`;

/** A bar per automation stage. */
export function createStageBars(out: Output): StageBars {
  return out.interactive ? new TerminalStageBars(out) : new LineStageBars(out);
}

/** The bar's fill: a finished stage with nothing to do is full, a pending one empty. */
const fill = (r: StageRow) => {
  const total = Math.max(r.total, 1);
  const value =
    r.total === 0 ? (r.status === 'completed' || r.status === 'skipped' ? 1 : 0) : r.done + r.failed + r.skipped;
  return { total, value: Math.min(value, total) };
};

class TerminalStageBars implements StageBars {
  readonly #multi: cliProgress.MultiBar;
  readonly #bars = new Map<string, cliProgress.SingleBar>();
  readonly #width: number;

  constructor(out: Output) {
    this.#width = 'image_prompts'.length;
    this.#multi = new cliProgress.MultiBar({
      stream: out.streams.stderr,
      format: '{stage} {bar} {counts} {status}',
      barCompleteChar: '█',
      barIncompleteChar: '░',
      barsize: 24,
      hideCursor: true,
      emptyOnZero: true,
      clearOnComplete: false,
      stopOnComplete: false,
      forceRedraw: true,
      autopadding: true,
    });
  }

  update(rows: StageRow[]): void {
    for (const r of rows) {
      const { total, value } = fill(r);
      const payload = { stage: r.stage.padEnd(this.#width), counts: counts(r), status: status(r) };
      const bar = this.#bars.get(r.stage);
      if (!bar) this.#bars.set(r.stage, this.#multi.create(total, value, payload));
      else {
        bar.setTotal(total);
        bar.update(value, payload);
      }
    }
  }

  log(line: string): void {
    this.#multi.log(`${line}\n`);
  }

  stop(): void {
    this.#multi.stop();
  }
}

class LineStageBars implements StageBars {
  readonly #out: Output;
  readonly #last = new Map<string, string>();

  constructor(out: Output) {
    this.#out = out;
  }

  update(rows: StageRow[]): void {
    for (const r of rows) {
      const line = `${r.stage}: ${counts(r)} ${status(r)}`;
      // Stages not reached yet say nothing until they move.
      if (this.#last.get(r.stage) === line || (!this.#last.has(r.stage) && r.status === 'pending')) continue;
      this.#last.set(r.stage, line);
      this.#out.note(line);
    }
  }

  log(line: string): void {
    this.#out.note(line);
  }

  stop(): void {}
}
