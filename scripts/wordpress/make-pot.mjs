#!/usr/bin/env node
// Writes the plugin's translation template, wp-bridge/languages/igny8-bridge.pot, from
//   (a) every WordPress i18n call with literal strings in the plugin's PHP (and wp.i18n calls in its own JS under
//       assets/, if any), with `#: file:line` references and `#. translators:` comments, and
//   (b) the widget's English strings (every catalogue file in packages/widget/locales/en/: core.json, the shell's,
//       then one per screen), each with its message key as msgctxt, so the widget is translated with the rest of the
//       plugin; the Igny8 page hands the translations to the widget.
// It also writes wp-bridge/languages/widget-strings.php (key => English) for that page to read.
//
// Usage: node scripts/wordpress/make-pot.mjs [--check]
//   --check writes nothing and fails when either file is out of date (the POT-Creation-Date line is ignored).
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const pluginDir = join(root, 'wp-bridge');
const potPath = join(pluginDir, 'languages/igny8-bridge.pot');
const widgetStringsPath = join(pluginDir, 'languages/widget-strings.php');
const widgetCatalogueDir = join(root, 'packages/widget/locales/en');
const DOMAIN = 'igny8-bridge';

// Argument positions of each function: t = text, p = plural, c = context, d = domain, _ = anything else.
const FUNCTIONS = {
  __: 'td',
  _e: 'td',
  esc_html__: 'td',
  esc_html_e: 'td',
  esc_attr__: 'td',
  esc_attr_e: 'td',
  _x: 'tcd',
  _ex: 'tcd',
  esc_html_x: 'tcd',
  esc_attr_x: 'tcd',
  _n: 'tp_d',
  _nx: 'tp_cd',
};

// --- tokenizer ---------------------------------------------------------------------------------
// Enough of PHP and JS for i18n calls: strings, comments, identifiers, punctuation; PHP's inline HTML is skipped.

function unescapePhp(body, quote) {
  if (quote === "'") return body.replace(/\\(['\\])/g, '$1');
  const map = { n: '\n', t: '\t', r: '\r', v: '\v', f: '\f', e: '\x1b', $: '$', '"': '"', '\\': '\\' };
  return body.replace(/\\(x[0-9A-Fa-f]{1,2}|u\{[0-9A-Fa-f]+\}|[0-7]{1,3}|.)/g, (whole, c) => {
    if (c in map) return map[c];
    if (c[0] === 'x') return String.fromCharCode(parseInt(c.slice(1), 16));
    if (c[0] === 'u') return String.fromCodePoint(parseInt(c.slice(2, -1), 16));
    if (/^[0-7]+$/.test(c)) return String.fromCharCode(parseInt(c, 8));
    return whole;
  });
}

function unescapeJs(body) {
  const map = { n: '\n', t: '\t', r: '\r', v: '\v', f: '\f', b: '\b', 0: '\0' };
  return body.replace(/\\(u\{[0-9A-Fa-f]+\}|u[0-9A-Fa-f]{4}|x[0-9A-Fa-f]{2}|.)/gs, (_, c) => {
    if (c in map) return map[c];
    if (c[0] === 'u' && c[1] === '{') return String.fromCodePoint(parseInt(c.slice(2, -1), 16));
    if (c[0] === 'u' && c.length === 5) return String.fromCharCode(parseInt(c.slice(1), 16));
    if (c[0] === 'x' && c.length === 3) return String.fromCharCode(parseInt(c.slice(1), 16));
    return c === '\n' ? '' : c;
  });
}

function tokenize(source, language) {
  const tokens = [];
  let i = 0;
  let line = 1;
  let inPhp = language !== 'php';
  const advance = (to) => {
    for (let k = i; k < to; k++) if (source[k] === '\n') line++;
    i = to;
  };
  while (i < source.length) {
    if (!inPhp) {
      const open = source.indexOf('<?php', i);
      const short = source.indexOf('<?=', i);
      const next = [open, short].filter((n) => n >= 0).sort((a, b) => a - b)[0];
      if (next === undefined) break;
      advance(next + (next === open ? 5 : 3));
      inPhp = true;
      continue;
    }
    const ch = source[i];
    const rest = source.slice(i, i + 2);
    if (language === 'php' && rest === '?>') {
      advance(i + 2);
      inPhp = false;
      tokens.push({ type: 'punct', value: ';', line });
      continue;
    }
    if (/\s/.test(ch)) {
      advance(i + 1);
      continue;
    }
    if (rest === '//' || (language === 'php' && ch === '#' && source[i + 1] !== '[')) {
      let end = source.indexOf('\n', i);
      if (end < 0) end = source.length;
      if (language === 'php') {
        const close = source.slice(i, end).indexOf('?>');
        if (close >= 0) end = i + close;
      }
      tokens.push({ type: 'comment', value: source.slice(i, end), line, endLine: line });
      advance(end);
      continue;
    }
    if (rest === '/*') {
      let end = source.indexOf('*/', i + 2);
      end = end < 0 ? source.length : end + 2;
      const start = line;
      const value = source.slice(i, end);
      advance(end);
      tokens.push({ type: 'comment', value, line: start, endLine: line });
      continue;
    }
    if (ch === "'" || ch === '"' || (language === 'js' && ch === '`')) {
      let k = i + 1;
      while (k < source.length && source[k] !== ch) k += source[k] === '\\' ? 2 : 1;
      const body = source.slice(i + 1, k);
      const start = line;
      advance(k + 1);
      // A PHP double-quoted string with a variable, or a JS template with a substitution, is no literal.
      const literal =
        ch === '`' ? !body.includes('${') : !(language === 'php' && ch === '"' && /(^|[^\\])\$[A-Za-z_{]/.test(body));
      tokens.push({
        type: literal ? 'string' : 'other',
        value: literal ? (language === 'php' ? unescapePhp(body, ch) : unescapeJs(body)) : body,
        line: start,
      });
      continue;
    }
    const ident = /^[A-Za-z_\x80-\uffff$][A-Za-z0-9_\x80-\uffff$]*/.exec(source.slice(i, i + 200));
    if (ident) {
      tokens.push({ type: 'ident', value: ident[0], line });
      advance(i + ident[0].length);
      continue;
    }
    const op = ['->', '::', '?->'].find((o) => source.startsWith(o, i));
    tokens.push({ type: 'punct', value: op ?? ch, line });
    advance(i + (op ? op.length : 1));
  }
  return tokens;
}

/** The arguments of the call whose `(` is at tokens[open]: each a list of tokens, up to the matching `)`. */
function callArguments(tokens, open) {
  const args = [[]];
  let depth = 0;
  for (let k = open + 1; k < tokens.length; k++) {
    const token = tokens[k];
    if (token.type === 'comment') continue;
    if (token.type === 'punct' && '([{'.includes(token.value)) depth++;
    if (token.type === 'punct' && ')]}'.includes(token.value)) {
      if (depth === 0) return args;
      depth--;
    }
    if (depth === 0 && token.type === 'punct' && token.value === ',') args.push([]);
    else args.at(-1).push(token);
  }
  return null;
}

/** A literal argument's value: one string, or strings joined with PHP's `.` or JS's `+`; else null. */
function literal(arg, language) {
  if (!arg.length || arg.length % 2 === 0) return null;
  let value = '';
  for (let k = 0; k < arg.length; k++) {
    const token = arg[k];
    if (k % 2 === 0) {
      if (token.type !== 'string') return null;
      value += token.value;
    } else if (token.type !== 'punct' || token.value !== (language === 'php' ? '.' : '+')) return null;
  }
  return value;
}

function extract(file, language, add) {
  const source = readFileSync(file, 'utf8');
  const tokens = tokenize(source, language);
  const reference = relative(pluginDir, file).split('\\').join('/');
  let translators = null;
  for (let k = 0; k < tokens.length; k++) {
    const token = tokens[k];
    if (token.type === 'comment') {
      const text = token.value
        .replace(/^\/\*+|\*+\/$|^\/\/|^#/g, '')
        .split('\n')
        .map((l) => l.replace(/^\s*\*?\s?/, '').trim())
        .join(' ')
        .trim();
      if (/^translators:/i.test(text)) translators = { text, endLine: token.endLine };
      continue;
    }
    if (token.type !== 'ident' || !(token.value in FUNCTIONS)) continue;
    const before = tokens.slice(0, k).findLast((t) => t.type !== 'comment');
    if (before && before.type === 'punct' && ['->', '::', '?->'].includes(before.value)) continue;
    if (before && before.type === 'ident' && before.value === 'function') continue;
    if (language === 'js' && before?.type === 'punct' && before.value === '.') {
      // wp.i18n.__( … ) or i18n.__( … ): fine; anything else with a dot is not WordPress's.
      const owner = tokens.slice(0, k - 1).findLast((t) => t.type !== 'comment');
      if (owner?.value !== 'i18n') continue;
    }
    const next = tokens[k + 1];
    if (next?.type !== 'punct' || next.value !== '(') continue;
    const args = callArguments(tokens, k + 1);
    if (!args) continue;
    const spec = FUNCTIONS[token.value];
    const values = {};
    let ok = true;
    [...spec].forEach((role, n) => {
      if (role === '_') return;
      const value = args[n] ? literal(args[n], language) : null;
      if (value === null) ok = false;
      values[role] = value;
    });
    if (!ok || values.d !== DOMAIN || values.t === '') continue;
    const comment = translators && translators.endLine >= token.line - 1 ? translators.text : null;
    translators = null;
    add({
      msgctxt: values.c ?? null,
      msgid: values.t,
      msgidPlural: values.p ?? null,
      reference: `${reference}:${token.line}`,
      comment,
      format: /%(\d+\$)?[sdfuxXoceEgG]/.test(values.t + (values.p ?? '')) ? `${language}-format` : null,
    });
  }
}

function walk(dir) {
  return readdirSync(dir, { withFileTypes: true })
    .sort((a, b) => a.name.localeCompare(b.name))
    .flatMap((entry) => {
      const full = join(dir, entry.name);
      if (entry.name.startsWith('.')) return [];
      return entry.isDirectory() ? walk(full) : [full];
    });
}

// --- the entries -------------------------------------------------------------------------------

const entries = new Map();
function add(entry) {
  const key = `${entry.msgctxt ?? ''}\u0004${entry.msgid}`;
  const existing = entries.get(key);
  if (!existing) {
    entries.set(key, {
      ...entry,
      references: entry.reference ? [entry.reference] : [],
      comments: entry.comment ? [entry.comment] : [],
      extracted: entry.extracted ? [entry.extracted] : [],
    });
    return;
  }
  if (entry.reference && !existing.references.includes(entry.reference)) existing.references.push(entry.reference);
  if (entry.comment && !existing.comments.includes(entry.comment)) existing.comments.push(entry.comment);
  existing.msgidPlural ??= entry.msgidPlural;
  existing.format ??= entry.format;
}

// The plugin header's name and description, as WordPress translates them.
const main = readFileSync(join(pluginDir, 'igny8-bridge.php'), 'utf8');
const header = (name) => new RegExp(`^\\s*\\*\\s*${name}:\\s*(.+)$`, 'm').exec(main)?.[1].trim();
const version = header('Version') ?? '0.0.0';
for (const name of ['Plugin Name', 'Description', 'Author']) {
  const value = header(name);
  if (value) add({ msgctxt: null, msgid: value, extracted: `${name} of the plugin`, reference: 'igny8-bridge.php' });
}

// Shipped PHP (not tests, not build output) and the plugin's own JS (not the widget bundle, built elsewhere).
const phpFiles = [
  join(pluginDir, 'igny8-bridge.php'),
  join(pluginDir, 'uninstall.php'),
  ...walk(join(pluginDir, 'includes')).filter((f) => f.endsWith('.php')),
];
for (const file of phpFiles) extract(file, 'php', add);
const jsFiles = walk(join(pluginDir, 'assets')).filter(
  (f) => f.endsWith('.js') && !relative(pluginDir, f).split('\\').join('/').startsWith('assets/widget/'),
);
for (const file of jsFiles) extract(file, 'js', add);

// The widget's English catalogue: core.json (the shell) first, then each screen's file by name. Keys are unique across
// the files (the widget's own test checks it); a repeated one here would be a broken catalogue, so it stops the build.
const catalogueFiles = readdirSync(widgetCatalogueDir)
  .filter((f) => f.endsWith('.json'))
  .sort((a, b) => (a === 'core.json' ? -1 : b === 'core.json' ? 1 : a.localeCompare(b)));
if (!catalogueFiles.length) throw new Error(`no widget catalogue in ${relative(root, widgetCatalogueDir)}`);
const en = {};
for (const file of catalogueFiles) {
  const namespace = file.replace(/\.json$/, '');
  const messages = JSON.parse(readFileSync(join(widgetCatalogueDir, file), 'utf8'));
  for (const [key, text] of Object.entries(messages)) {
    if (typeof text !== 'string') throw new Error(`${file}: ${key} is not a string`);
    if (key in en) throw new Error(`${file}: ${key} is also in another catalogue file`);
    en[key] = text;
    add({
      msgctxt: key,
      msgid: text,
      reference: `assets/widget/igny8-widget.js (${namespace})`,
      extracted: /\{\w+\}/.test(text)
        ? 'Igny8 widget. Keep the {placeholders} as they are: the widget fills them in.'
        : 'Igny8 widget.',
    });
  }
}

// --- output ------------------------------------------------------------------------------------

const po = (text) =>
  `"${text.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n').replace(/\t/g, '\\t').replace(/\r/g, '\\r')}"`;

function render(creationDate) {
  const lines = [
    '# Copyright (C) Igny8',
    '# This file is distributed under the GPL-2.0-or-later.',
    '# Generated by scripts/wordpress/make-pot.mjs; do not edit.',
    'msgid ""',
    'msgstr ""',
    ...[
      `Project-Id-Version: Igny8 Bridge ${version}`,
      'Report-Msgid-Bugs-To: ',
      `POT-Creation-Date: ${creationDate}`,
      'PO-Revision-Date: YEAR-MO-DA HO:MI+ZONE',
      'Last-Translator: FULL NAME <EMAIL@ADDRESS>',
      'Language-Team: LANGUAGE <LL@li.org>',
      'MIME-Version: 1.0',
      'Content-Type: text/plain; charset=UTF-8',
      'Content-Transfer-Encoding: 8bit',
      'Plural-Forms: nplurals=INTEGER; plural=EXPRESSION;',
      'X-Generator: scripts/wordpress/make-pot.mjs',
      `X-Domain: ${DOMAIN}`,
    ].map((h) => po(`${h}\n`)),
  ];
  for (const entry of entries.values()) {
    lines.push('');
    for (const text of entry.extracted) lines.push(`#. ${text}`);
    for (const text of entry.comments) lines.push(`#. ${text}`);
    for (const reference of entry.references) lines.push(`#: ${reference}`);
    if (entry.format) lines.push(`#, ${entry.format}`);
    if (entry.msgctxt != null) lines.push(`msgctxt ${po(entry.msgctxt)}`);
    lines.push(`msgid ${po(entry.msgid)}`);
    if (entry.msgidPlural != null) {
      lines.push(`msgid_plural ${po(entry.msgidPlural)}`, 'msgstr[0] ""', 'msgstr[1] ""');
    } else {
      lines.push('msgstr ""');
    }
  }
  return `${lines.join('\n')}\n`;
}

const phpString = (text) => `'${text.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
const widgetStrings = [
  '<?php',
  '/**',
  " * The widget's English strings, message key => text, for the Igny8 page to translate (with the key as gettext",
  ' * context, in the igny8-bridge text domain). Generated by scripts/wordpress/make-pot.mjs from',
  ' * packages/widget/locales/en/*.json; do not edit.',
  ' *',
  ' * @package Igny8_Bridge',
  ' */',
  '',
  "defined( 'ABSPATH' ) || exit;",
  '',
  'return array(',
  ...Object.entries(en).map(([key, text]) => `\t${phpString(key)} => ${phpString(text)},`),
  ');',
  '',
].join('\n');

const withoutDate = (text) => text.replace(/^"POT-Creation-Date: .*"$/m, '');
const current = existsSync(potPath) ? readFileSync(potPath, 'utf8') : '';
// Keep the date when nothing else changed, so a rebuild leaves the file as it was.
const previousDate = /^"POT-Creation-Date: (.*)\\n"$/m.exec(current)?.[1];
const fresh = render('X');
const unchanged = current !== '' && withoutDate(current) === withoutDate(fresh);
const pot = render(unchanged && previousDate ? previousDate : new Date().toISOString().replace(/\.\d+Z$/, '+00:00'));
const widgetCurrent = existsSync(widgetStringsPath) ? readFileSync(widgetStringsPath, 'utf8') : '';

if (process.argv.includes('--check')) {
  const stale = [
    ...(unchanged ? [] : [relative(root, potPath)]),
    ...(widgetCurrent === widgetStrings ? [] : [relative(root, widgetStringsPath)]),
  ];
  if (stale.length) {
    console.error(`make-pot: out of date: ${stale.join(', ')}. Run: node scripts/wordpress/make-pot.mjs`);
    process.exit(1);
  }
  console.log(`make-pot: ${relative(root, potPath)} is up to date (${entries.size} strings)`);
} else {
  writeFileSync(potPath, pot);
  writeFileSync(widgetStringsPath, widgetStrings);
  console.log(
    `make-pot: wrote ${relative(root, potPath)} (${entries.size} strings) and ${relative(root, widgetStringsPath)}`,
  );
}
