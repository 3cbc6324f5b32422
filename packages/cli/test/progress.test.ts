// Progress on stderr: bars redrawn in place on a terminal, plain lines (no escape codes) otherwise.
import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { Output } from '../src/output.js';
import { createBar, createStageBars } from '../src/progress.js';
import { plain } from './helpers.js';

function output(tty: boolean) {
  let text = '';
  const stream = Object.assign(
    new Writable({
      write(chunk, _encoding, done) {
        text += String(chunk);
        done();
      },
    }),
    { isTTY: tty, columns: 100 },
  );
  const out = new Output({ stdout: stream, stderr: stream, stdin: process.stdin }, false);
  return { out, text: () => text };
}

describe('a single bar', () => {
  it('without a terminal: a line at the start, at each 10 % step and at the end; no escape codes', () => {
    const { out, text } = output(false);
    const bar = createBar(out, 'Importing', 'rows');
    bar.update(0, 0, 'queued');
    bar.update(0, 0, 'queued');
    bar.update(0, 1000, 'running');
    for (let done = 1; done <= 1000; done += 7) bar.update(done, 1000, 'running');
    bar.update(1000, 1000, 'succeeded');
    bar.stop();
    const lines = text().trimEnd().split('\n');
    expect(lines[0]).toBe('Importing: queued');
    expect(lines[1]).toBe('Importing: 0% (0/1,000 rows) running');
    expect(lines.at(-1)).toBe('Importing: 100% (1,000/1,000 rows) succeeded');
    // 0 %, 10 % … 90 % while running, then 100 % once done: one line per step.
    expect(lines.filter((l) => l.endsWith('running')).map((l) => l.split(' ')[1])).toEqual([
      '0%',
      '10%',
      '20%',
      '30%',
      '40%',
      '50%',
      '60%',
      '70%',
      '80%',
      '90%',
    ]);
    expect(plain(text())).toBe(true);
  });

  it('on a terminal: a bar redrawn in place', () => {
    const { out, text } = output(true);
    const bar = createBar(out, 'Importing', 'rows');
    bar.update(0, 10, 'running');
    bar.update(10, 10, 'succeeded');
    bar.stop();
    expect(plain(text())).toBe(false);
    expect(text()).toContain('Importing ██████████████████████████████ 100% | 10/10 rows succeeded');
  });
});

describe('the stage bars', () => {
  const row = (stage: string, status: string, done: number, total: number, failed = 0) => ({
    stage,
    status,
    done,
    total,
    failed,
    skipped: 0,
  });

  it('without a terminal: a line per change of a stage, none for stages not reached', () => {
    const { out, text } = output(false);
    const bars = createStageBars(out);
    bars.update([row('cluster', 'running', 0, 10), row('ideas', 'pending', 0, 0)]);
    bars.update([row('cluster', 'running', 0, 10), row('ideas', 'pending', 0, 0)]);
    bars.update([row('cluster', 'completed', 10, 10), row('ideas', 'running', 1, 3, 1)]);
    bars.log('ideas: an item failed: the provider timed out');
    bars.stop();
    expect(text()).toBe(
      'cluster: 0/10 running\n' +
        'cluster: 10/10 completed\n' +
        'ideas: 1/3 running, 1 failed\n' +
        'ideas: an item failed: the provider timed out\n',
    );
  });

  it('on a terminal: one bar per stage', () => {
    const { out, text } = output(true);
    const bars = createStageBars(out);
    bars.update([row('cluster', 'completed', 10, 10), row('image_prompts', 'pending', 0, 0)]);
    bars.stop();
    expect(text()).toMatch(/cluster {7}█+ 10\/10 completed/);
    expect(text()).toMatch(/image_prompts ░+ 0\/0 pending/);
  });
});
