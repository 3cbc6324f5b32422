#!/usr/bin/env node
// Builds wp-bridge/dist/igny8-bridge.zip: the plugin folder `igny8-bridge/` with the widget's split build copied from
// packages/widget/dist/ (when it has been built) into assets/widget/ — the entry `igny8-widget.js` and the chunks it
// imports relative to its own URL, `chunks/*.js` (no source maps, no meta.json) — and a generated
// assets/widget/igny8-widget.asset.php: dependencies, a version hashed over the entry and every chunk (cache busting:
// the entry's URL carries the version, the chunks' names carry their own content hashes), and which chunks the
// Igny8 page may preload for the screen it opens first in the user's language.
//
// Usage: node scripts/wordpress/build-plugin.mjs [--require-widget]
//   IGNY8_WIDGET_DIST=/path/to/dist overrides where the widget build is read from (a folder holding igny8-widget.js
//   and chunks/; set it to a missing path to build without the widget).
//   --require-widget fails the build when the widget is missing (for release/CI).
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createZip } from './zip.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const pluginDir = join(root, 'wp-bridge');
const distDir = join(pluginDir, 'dist');
const zipPath = join(distDir, 'igny8-bridge.zip');
const slug = 'igny8-bridge';

// Only these ship; everything else in wp-bridge/ (tests, package.json, dist…) is a dev file.
const shipped = ['igny8-bridge.php', 'uninstall.php', 'readme.txt', 'includes', 'assets', 'languages'];

// Where the widget lands in the plugin, and the build it comes from.
const WIDGET_DIR = 'assets/widget';
const widgetDist = resolve(root, process.env.IGNY8_WIDGET_DIST ?? 'packages/widget/dist');
const entryName = 'igny8-widget.js';

/**
 * The files of the widget's build, relative to its dist folder: the entry first, then every chunk. The build's
 * metafile (when there) names exactly what the last build wrote, so chunks left over from an earlier build in the
 * same folder are not shipped; without it, every `chunks/*.js`.
 */
function widgetFiles(dist = widgetDist) {
  if (!existsSync(join(dist, entryName))) return null;
  const metaFile = join(dist, 'meta.json');
  let chunks;
  if (existsSync(metaFile)) {
    const outputs = Object.keys(JSON.parse(readFileSync(metaFile, 'utf8')).outputs ?? {});
    chunks = outputs.map((out) => out.replace(/^.*?dist\//, '')).filter((f) => /^chunks\/[^/]+\.js$/.test(f));
  } else {
    const dir = join(dist, 'chunks');
    chunks = existsSync(dir)
      ? readdirSync(dir)
          .filter((f) => f.endsWith('.js'))
          .map((f) => `chunks/${f}`)
      : [];
  }
  const missing = chunks.filter((f) => !existsSync(join(dist, f)));
  if (missing.length) throw new Error(`the widget build is incomplete: ${missing.join(', ')} missing`);
  return [entryName, ...[...new Set(chunks)].sort()];
}

/**
 * What the Igny8 page may ask the browser to fetch early (`<link rel="modulepreload">`), from the build's metafile:
 * the entry's static imports, each screen's chunk with what it imports beyond the entry, and each catalogue chunk by
 * language and namespace. Paths are relative to the widget's folder. Without a metafile: nothing (no preloads).
 */
function preloadMap(dist = widgetDist) {
  const metaFile = join(dist, 'meta.json');
  if (!existsSync(metaFile)) return { imports: [], screens: {}, catalogues: {} };
  const rel = (out) => out.replace(/^.*?dist\//, '');
  const outputs = new Map(
    Object.entries(JSON.parse(readFileSync(metaFile, 'utf8')).outputs ?? {})
      .filter(([file]) => file.endsWith('.js'))
      .map(([file, output]) => [rel(file), output]),
  );
  const closure = (file, into = new Set()) => {
    for (const i of outputs.get(file)?.imports ?? []) {
      if (i.kind !== 'import-statement' || into.has(rel(i.path))) continue;
      into.add(rel(i.path));
      closure(rel(i.path), into);
    }
    return into;
  };
  const imports = [...closure(entryName)].sort();
  const screens = {};
  const catalogues = {};
  for (const [file, output] of outputs) {
    const screen = /^src\/screens\/(?:([\w-]+)\/index|([\w-]+))\.tsx?$/.exec(output.entryPoint ?? '');
    if (screen) {
      screens[screen[1] ?? screen[2]] = [file, ...[...closure(file)].filter((f) => !imports.includes(f)).sort()];
    }
    const catalogue = /^locales\/([\w-]+)\/([\w-]+)\.json$/.exec(output.entryPoint ?? '');
    if (catalogue) {
      catalogues[catalogue[1]] ??= {};
      catalogues[catalogue[1]][catalogue[2]] = [file, ...[...closure(file)].filter((f) => !imports.includes(f)).sort()];
    }
  }
  return { imports, screens, catalogues };
}

/** A JSON-like value as a PHP literal (strings, numbers, lists and maps). */
function php(value, indent = '') {
  if (typeof value === 'string') return `'${value.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
  if (typeof value === 'number') return String(value);
  const inner = `${indent}\t`;
  const items = Array.isArray(value)
    ? value.map((v) => `${inner}${php(v, inner)},`)
    : Object.keys(value)
        .sort()
        .map((k) => `${inner}${php(k)} => ${php(value[k], inner)},`);
  return items.length ? `array(\n${items.join('\n')}\n${indent})` : 'array()';
}

function walk(dir) {
  return readdirSync(dir, { withFileTypes: true })
    .sort((a, b) => a.name.localeCompare(b.name))
    .flatMap((entry) => {
      const full = join(dir, entry.name);
      if (entry.name.startsWith('.')) return [];
      return entry.isDirectory() ? [`${full}/`, ...walk(full)] : [full];
    });
}

const files = new Map();
for (const item of shipped) {
  const full = join(pluginDir, item);
  if (!existsSync(full)) throw new Error(`missing ${relative(root, full)}`);
  if (statSync(full).isDirectory()) {
    files.set(`${item}/`, Buffer.alloc(0));
    for (const path of walk(full)) {
      const name = relative(pluginDir, path).split('\\').join('/');
      files.set(path.endsWith('/') ? `${name}/` : name, path.endsWith('/') ? Buffer.alloc(0) : readFileSync(path));
    }
  } else {
    files.set(item, readFileSync(full));
  }
}

// The widget and its asset file are build outputs: never taken from the source tree.
for (const name of [...files.keys()]) {
  if (name === `${WIDGET_DIR}/` || name.startsWith(`${WIDGET_DIR}/`)) files.delete(name);
}
const widget = widgetFiles();
if (widget) {
  const hash = createHash('sha256');
  let bytes = 0;
  files.set(`${WIDGET_DIR}/`, Buffer.alloc(0));
  files.set(`${WIDGET_DIR}/chunks/`, Buffer.alloc(0));
  for (const file of widget) {
    // The maps do not ship, so neither does the comment pointing at them (a 404 in the browser's dev tools).
    const data = Buffer.from(
      readFileSync(join(widgetDist, file), 'utf8').replace(/\n\/\/# sourceMappingURL=[^\n]*\n?$/, '\n'),
    );
    // The name goes into the hash too: a chunk renamed is a new version even with the same bytes.
    hash.update(`${file}\0${data.length}\0`).update(data);
    bytes += data.length;
    files.set(`${WIDGET_DIR}/${file}`, data);
  }
  const version = hash.digest('hex').slice(0, 20);
  const asset = { dependencies: [], version, preload: preloadMap() };
  files.set(
    `${WIDGET_DIR}/igny8-widget.asset.php`,
    Buffer.from(`<?php\n// Generated by scripts/wordpress/build-plugin.mjs; do not edit.\nreturn ${php(asset)};\n`),
  );
  console.log(
    `widget: ${relative(root, widgetDist)} → ${WIDGET_DIR}/ (${entryName} + ${widget.length - 1} chunks, ${bytes} bytes, version ${version})`,
  );
} else {
  const message = `widget build not found (looked for ${relative(root, join(widgetDist, entryName))}); build packages/widget first. The plugin's Igny8 page will show a "widget missing" notice.`;
  if (process.argv.includes('--require-widget')) {
    console.error(`error: ${message}`);
    process.exit(1);
  }
  console.warn(`warning: ${message}`);
}

const entries = [{ name: `${slug}/`, data: Buffer.alloc(0) }];
for (const [name, data] of [...files.entries()].sort(([a], [b]) => a.localeCompare(b))) {
  entries.push({ name: `${slug}/${name}`, data });
}

rmSync(distDir, { recursive: true, force: true });
mkdirSync(distDir, { recursive: true });
writeFileSync(zipPath, createZip(entries));
console.log(`${relative(root, zipPath)}: ${entries.length} entries, ${statSync(zipPath).size} bytes`);
