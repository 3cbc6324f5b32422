// The WordPress plugin's translation template is generated (scripts/wordpress/make-pot.mjs) from the plugin's i18n
// calls and the widget's English catalogue; the committed .pot and widget-strings.php must match what it generates,
// so a string added to the plugin or the widget reaches translators.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../../../..');
const run = (args: string[]) =>
  execFileSync(process.execPath, [resolve(root, 'scripts/wordpress/make-pot.mjs'), ...args], {
    cwd: root,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  });

describe('the plugin’s .pot', () => {
  it('is up to date with the plugin’s PHP and the widget’s strings (make-pot --check)', () => {
    expect(run(['--check'])).toMatch(/is up to date/);
  });

  it('has the gettext header and every widget string with its key as context', () => {
    const pot = readFileSync(resolve(root, 'wp-bridge/languages/igny8-bridge.pot'), 'utf8');
    expect(pot).toMatch(/^"Project-Id-Version: Igny8 Bridge \d+\.\d+\.\d+\\n"$/m);
    expect(pot).toContain('"Content-Type: text/plain; charset=UTF-8\\n"');
    expect(pot).toContain('"X-Domain: igny8-bridge\\n"');
    // The widget's strings, as the generator listed them for the Igny8 page (checked against en.ts by --check).
    const php = readFileSync(resolve(root, 'wp-bridge/languages/widget-strings.php'), 'utf8');
    const unquote = (text: string) => text.replace(/\\(['\\])/g, '$1');
    const widget = [...php.matchAll(/^\t'((?:[^'\\]|\\.)+)' => '((?:[^'\\]|\\.)*)',$/gm)].map((m) => [
      unquote(m[1] as string),
      unquote(m[2] as string),
    ]);
    expect(widget.length).toBeGreaterThan(50);
    for (const [key, text] of widget) {
      expect(pot).toContain(`msgctxt ${JSON.stringify(key)}\nmsgid ${JSON.stringify(text)}\n`);
    }
    // A plugin string with its reference and translators comment.
    expect(pot).toMatch(
      /#\. translators: %d: HTTP status code\.\n#: includes\/class-igny8-api-client\.php:\d+\n#, php-format\nmsgid "The Igny8 API answered with HTTP %d\."/,
    );
  });
});
