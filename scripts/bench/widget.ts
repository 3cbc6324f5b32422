/// <reference path="../../packages/server/test/helpers/global-setup.ts" />
// (The reference: the server's test helpers read the run's PostgreSQL from vitest's provided context, declared there.)
// `pnpm bench widget`: the widget's first render inside a real wp-admin. Debian's WordPress under `php -S` (static
// files sent with a max-age, as a web server with expiry headers sends them) with the built plugin connected to the
// real Igny8 server, an administrator logged in, in Chromium (playwright-core, /usr/bin/chromium).
//
// Three pages take turns in one browser context (warm cache; each rotation's order changes: A B C, B C A, C A B …),
// BENCH_WARMUP (3) unmeasured loads each, then BENCH_LOADS (21) measured loads each:
//
// - widget: the Igny8 page. Start: the moment the entry could start executing — the later of its `responseEnd`
//   (resource timing; served from the cache on a warm load) and the document's `domInteractive` (module scripts run
//   once the page is parsed). Ends: `igny8-first-screen` (the glue's mark at the widget's first onScreen: the overview
//   chunk and its catalogue loaded and rendered, after the session), and "data": the overview's credits in the DOM
//   (a MutationObserver the bench adds to every shadow root and the document, so both sides are timed alike). Also
//   from `igny8-mount` (the glue's mark just before mount(), once the entry has run).
// - baseline: the strongest simple alternative on the same wp-admin page (a hidden admin page added by a must-use
//   plugin, the same admin chrome, the same session request from the <head>): scripts/bench/widget-baseline.tsx, a
//   bare Preact component bundled on the fly with esbuild that takes that session (from the same REST route),
//   fetches the same four resources and renders the same figures. Same start and "data" end. So the two differ only
//   in what runs in the browser: the widget's entry, shell, SDK, chunks and catalogues against one small component.
// - posts: WordPress's own server-rendered Posts list (20 posts), navigation start → DOMContentLoaded and
//   DOMContentLoaded → load, for scale.
//
// Target: the widget's first screen ≤ 200 ms after its entry starts (median and p95). Reported: widget/baseline for
// the same start → data span. Needs DATABASE_URL (a PostgreSQL it may create and drop a database on), PHP with
// WordPress, MariaDB and Chromium. Prints one JSON object on its last line.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { hasChromium } from '@igny8/test-support/browser';
import { wordpressReady, wpEval } from '../../e2e/helpers/wordpress.js';
import { type Igny8Page, igny8Path, openIgny8Page, startConnectedSite } from '../../e2e/helpers/wp-admin.js';
import { machine, printResult, round } from './lib.js';

type Page = Igny8Page['page'];

/** The part of esbuild's API used here (esbuild is a dependency of e2e/, not of the repository's root). */
interface Esbuild {
  build(options: Record<string, unknown> & { write: false }): Promise<{ outputFiles: { text: string }[] }>;
}

const LOADS = Number(process.env.BENCH_LOADS ?? 21);
const WARMUP = Number(process.env.BENCH_WARMUP ?? 3);
const TARGET_MS = 200;
// BENCH_COMPARE_PREFETCH=1: two more pages in the rotation, the Igny8 page and the baseline with the session asked for
// by their script (after the modules ran) instead of from the page's <head>, to show what the early request is worth.
const COMPARE_PREFETCH = process.env.BENCH_COMPARE_PREFETCH === '1';
const root = resolve(fileURLToPath(new URL('../..', import.meta.url)));

const quantile = (xs: number[], q: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil(q * s.length) - 1))] ?? Number.NaN;
};
const stats = (xs: number[]) => ({
  median: round(quantile(xs, 0.5)),
  p95: round(quantile(xs, 0.95)),
  min: round(Math.min(...xs)),
  max: round(Math.max(...xs)),
});
const ms = (x: number) => `${round(x).toLocaleString('en-US')} ms`;
const line = (label: string, s: ReturnType<typeof stats>) =>
  `${label.padEnd(44)} median ${ms(s.median).padStart(9)}  p95 ${ms(s.p95).padStart(9)}  (${ms(s.min)}–${ms(s.max)})`;

if (!process.env.DATABASE_URL) {
  console.error('pnpm bench widget needs DATABASE_URL (a PostgreSQL it may create and drop a database on).');
  process.exit(2);
}
if (!hasChromium || !wordpressReady) {
  console.error('pnpm bench widget needs Chromium (/usr/bin/chromium), PHP and WordPress (apt-get install wordpress).');
  process.exit(2);
}

// ------------------------------------------------------------------------------------------- the baseline's bundle

/** The baseline component bundled with Preact, minified, as one ES module. */
async function buildBaseline(): Promise<string> {
  const esbuild = createRequire(join(root, 'e2e/package.json'))('esbuild') as Esbuild;
  const result = await esbuild.build({
    entryPoints: [join(root, 'scripts/bench/widget-baseline.tsx')],
    bundle: true,
    format: 'esm',
    minify: true,
    write: false,
    target: 'es2022',
    platform: 'browser',
    jsx: 'automatic',
    jsxImportSource: 'preact',
    // Preact from the widget's own dependencies: the same version.
    nodePaths: [join(root, 'packages/widget/node_modules')],
    logLevel: 'warning',
  });
  return result.outputFiles[0]?.text ?? '';
}

/** A must-use plugin adding the baseline's page (hidden, admin.php?page=igny8-baseline) with the glue's own config. */
function installBaseline(wpDir: string, bundle: string) {
  const dir = join(wpDir, 'wp-content/mu-plugins');
  mkdirSync(join(dir, 'igny8-bench'), { recursive: true });
  writeFileSync(join(dir, 'igny8-bench/baseline.js'), bundle);
  writeFileSync(
    join(dir, 'igny8-bench-baseline.php'),
    `<?php
// The first-render benchmark's baseline page (scripts/bench/widget.ts): written by the bench, in a throw-away site.
add_action( 'admin_menu', function () {
	$hook = add_submenu_page( '', 'Igny8', 'Igny8 baseline', 'manage_options', 'igny8-baseline', function () {
		echo '<div class="wrap"><h1 class="wp-heading-inline">Igny8</h1><hr class="wp-header-end" /><div id="igny8-baseline"></div></div>';
	} );
	add_action( 'admin_enqueue_scripts', function ( $suffix ) use ( $hook ) {
		if ( $suffix !== $hook ) {
			return;
		}
		wp_enqueue_script( 'igny8-baseline', content_url( 'mu-plugins/igny8-bench/baseline.js' ), array(), '${Date.now()}', true );
		wp_add_inline_script( 'igny8-baseline', 'window.igny8Bridge = ' . wp_json_encode( Igny8_Admin_Page::config() ) . ';', 'before' );
		// The same head request for the first session as the Igny8 page's, unless the run compares without it.
		if ( empty( $_GET['bench_late_session'] ) ) {
			add_action( 'admin_print_scripts', array( 'Igny8_Admin_Page', 'print_session_prefetch' ) );
		}
	} );
} );
// ?page=igny8&bench_late_session=1: the Igny8 page without the session request from its <head> (the glue asks).
add_action( 'admin_print_scripts', function () {
	if ( ! empty( $_GET['bench_late_session'] ) ) {
		remove_action( 'admin_print_scripts', array( 'Igny8_Admin_Page', 'print_session_prefetch' ) );
	}
}, 1 );
add_filter( 'script_loader_tag', function ( $tag, $handle ) {
	return 'igny8-baseline' === $handle ? preg_replace( '/<script (src=[^>]*id=.igny8-baseline-js.)/', '<script type="module" $1', $tag ) : $tag;
}, 10, 2 );
`,
  );
}

// -------------------------------------------------------------------------------------------------- measuring

/** Marks `bench-data` the moment an element [data-testid=credits] with text is in the DOM or any shadow root. */
const OBSERVER = `(() => {
  let done = false;
  const check = (root) => {
    const el = root.querySelector('[data-testid="credits"]');
    if (!done && el && el.textContent.trim()) {
      done = true;
      performance.mark('bench-data');
    }
  };
  const observe = (root) =>
    new MutationObserver(() => check(root)).observe(root, { subtree: true, childList: true, characterData: true });
  const attach = Element.prototype.attachShadow;
  Element.prototype.attachShadow = function (init) {
    const shadow = attach.call(this, init);
    observe(shadow);
    return shadow;
  };
  observe(document);
})();`;

interface Sample {
  /** The later of the script's responseEnd and domInteractive. */
  start: number;
  mount: number;
  firstScreen: number | null;
  data: number;
  /** Whether the script came from the cache (transferSize 0). */
  cached: boolean;
  sessionMs: number;
  navToData: number;
  /** Milestones from the navigation's start: the HTML's first and last byte, domInteractive, the session's start/end. */
  htmlStart: number;
  htmlEnd: number;
  interactive: number;
  sessionStart: number;
  sessionEnd: number;
}

async function measureScriptPage(page: Page, url: string, script: string): Promise<Sample> {
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForFunction(() => performance.getEntriesByName('bench-data').length > 0, undefined, {
    timeout: 20_000,
  });
  // A string, not a function: tsx would wrap a function's inner helpers in its `__name`, which the page lacks.
  return page.evaluate(`(() => {
    const nav = performance.getEntriesByType('navigation')[0];
    const resources = performance.getEntriesByType('resource');
    const entry = resources.find((r) => new URL(r.name).pathname.endsWith(${JSON.stringify(script)}));
    const session = resources.find((r) => r.name.includes('igny8/v1/widget-session'));
    const mark = (name) => performance.getEntriesByName(name)[0]?.startTime ?? null;
    if (!entry) throw new Error('no resource timing for ' + ${JSON.stringify(script)});
    return {
      start: Math.max(entry.responseEnd, nav.domInteractive),
      mount: mark('igny8-mount') ?? Number.NaN,
      firstScreen: mark('igny8-first-screen'),
      data: mark('bench-data'),
      cached: entry.transferSize === 0,
      sessionMs: session ? session.responseEnd - session.startTime : Number.NaN,
      navToData: mark('bench-data'),
      htmlStart: nav.responseStart,
      htmlEnd: nav.responseEnd,
      interactive: nav.domInteractive,
      sessionStart: session ? session.startTime : Number.NaN,
      sessionEnd: session ? session.responseEnd : Number.NaN,
    };
  })()`) as Promise<Sample>;
}

async function measurePosts(page: Page, url: string) {
  await page.goto(url, { waitUntil: 'load' });
  return page.evaluate(() => {
    const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
    return { toDcl: nav.domContentLoadedEventEnd, dclToLoad: nav.loadEventEnd - nav.domContentLoadedEventEnd };
  });
}

// -------------------------------------------------------------------------------------------------------- run

const load0 = loadavg()[0] ?? 0;
console.log(`widget first render in wp-admin: ${LOADS} loads per page after ${WARMUP} warm-up loads, warm cache`);
const site = await startConnectedSite({
  siteName: 'Rose Garden Blog',
  postgresUrl: process.env.DATABASE_URL,
  staticMaxAge: 86_400,
});
try {
  installBaseline(site.wp.dir, await buildBaseline());
  wpEval(
    site.wp,
    "for ( $i = 1; $i <= 20; $i++ ) { wp_insert_post( array( 'post_title' => 'Rose care, part ' . $i, 'post_content' => str_repeat( '<p>Prune in late winter.</p>', 20 ), 'post_status' => 'publish' ) ); }",
  );
  const context = await site.login();
  await context.addInitScript(OBSERVER);
  const page = await context.newPage();
  const first = await openIgny8Page(page, site.wp);
  if (first.screen !== 'overview') throw new Error(`the widget opened ${first.screen}, not the overview`);
  const entryPath = '/assets/widget/igny8-widget.js';
  const widgetUrl = `${site.wp.url}${igny8Path()}`;
  const baselineUrl = `${site.wp.url}/wp-admin/admin.php?page=igny8-baseline`;
  const postsUrl = `${site.wp.url}/wp-admin/edit.php`;
  const widgetBytes = readFileSync(join(root, 'packages/widget/dist/igny8-widget.js')).length;

  const samples = {
    widget: [] as Sample[],
    late: [] as Sample[],
    baseline: [] as Sample[],
    baselineLate: [] as Sample[],
    posts: [] as { toDcl: number; dclToLoad: number }[],
  };
  type Kind = keyof typeof samples;
  const kinds: Kind[] = COMPARE_PREFETCH
    ? ['widget', 'baseline', 'posts', 'late', 'baselineLate']
    : ['widget', 'baseline', 'posts'];
  for (let r = 0; r < WARMUP + LOADS; r++) {
    const order = kinds.map((_, i) => kinds[(i + r) % kinds.length] as Kind);
    for (const kind of order) {
      if (kind === 'posts') {
        const s = await measurePosts(page, postsUrl);
        if (r >= WARMUP) samples.posts.push(s);
        continue;
      }
      const s = await measureScriptPage(
        page,
        {
          widget: widgetUrl,
          late: `${widgetUrl}&bench_late_session=1`,
          baseline: baselineUrl,
          baselineLate: `${baselineUrl}&bench_late_session=1`,
        }[kind],
        kind === 'baseline' || kind === 'baselineLate' ? '/mu-plugins/igny8-bench/baseline.js' : entryPath,
      );
      if (r >= WARMUP) samples[kind].push(s);
    }
  }

  const w = samples.widget;
  const b = samples.baseline;
  const firstScreen = stats(w.map((s) => (s.firstScreen ?? Number.NaN) - s.start));
  const widgetData = stats(w.map((s) => s.data - s.start));
  const baselineData = stats(b.map((s) => s.data - s.start));
  const widgetMountFirst = stats(w.map((s) => (s.firstScreen ?? Number.NaN) - s.mount));
  const widgetMountData = stats(w.map((s) => s.data - s.mount));
  const baselineMountData = stats(b.map((s) => s.data - s.mount));
  const widgetNav = stats(w.map((s) => s.navToData));
  const baselineNav = stats(b.map((s) => s.navToData));
  const widgetSession = stats(w.map((s) => s.sessionMs));
  const baselineSession = stats(b.map((s) => s.sessionMs));
  const milestones = (xs: Sample[]) =>
    (['htmlStart', 'htmlEnd', 'interactive', 'sessionStart', 'sessionEnd', 'start', 'data'] as const)
      .map(
        (k) =>
          `${k} ${ms(
            quantile(
              xs.map((x) => x[k]),
              0.5,
            ),
          )}`,
      )
      .join(', ');
  // What runs in the browser once the session is there: per load, from the session's answer (less tied to how fast
  // WordPress answered, which the machine's load swings most).
  const widgetAfterSessionFirst = stats(w.map((s) => (s.firstScreen ?? Number.NaN) - s.sessionEnd));
  const widgetAfterSessionData = stats(w.map((s) => s.data - s.sessionEnd));
  const baselineAfterSessionData = stats(b.map((s) => s.data - s.sessionEnd));
  const sessionWait = stats(w.map((s) => Math.max(0, s.sessionEnd - s.start)));
  const postsDcl = stats(samples.posts.map((s) => s.toDcl));
  const postsLoad = stats(samples.posts.map((s) => s.dclToLoad));
  const cached = w.filter((s) => s.cached).length;
  const ratio = round(widgetData.median / baselineData.median, 2);
  const met = firstScreen.median <= TARGET_MS && firstScreen.p95 <= TARGET_MS;

  console.log(`entry cached on ${cached} of ${w.length} widget loads; entry ${widgetBytes} bytes`);
  console.log(line('widget: entry start → first screen', firstScreen));
  console.log(line('widget: entry start → overview data', widgetData));
  console.log(line('baseline: bundle start → overview data', baselineData));
  console.log(line('widget: mount() → first screen', widgetMountFirst));
  console.log(line('widget: mount() → overview data', widgetMountData));
  console.log(line('baseline: render() → overview data', baselineMountData));
  console.log(line('widget: navigation → overview data', widgetNav));
  console.log(line('baseline: navigation → overview data', baselineNav));
  console.log(line('widget: session route (REST → signed mint)', widgetSession));
  console.log(line('baseline: session route', baselineSession));
  console.log(line('widget: entry start → session answered (≥ 0)', sessionWait));
  console.log(line('widget: session answered → first screen', widgetAfterSessionFirst));
  console.log(line('widget: session answered → overview data', widgetAfterSessionData));
  console.log(line('baseline: session answered → overview data', baselineAfterSessionData));
  console.log(`widget milestones (medians from navigation start): ${milestones(w)}`);
  console.log(`baseline milestones (medians from navigation start): ${milestones(b)}`);
  console.log(line('posts list: navigation → DOMContentLoaded', postsDcl));
  console.log(line('posts list: DOMContentLoaded → load', postsLoad));
  console.log(`widget/baseline (start → overview data, medians): ${ratio}×`);
  const late = COMPARE_PREFETCH
    ? {
        firstScreen: stats(samples.late.map((s) => (s.firstScreen ?? Number.NaN) - s.start)),
        data: stats(samples.late.map((s) => s.data - s.start)),
        navigationToData: stats(samples.late.map((s) => s.navToData)),
        baselineData: stats(samples.baselineLate.map((s) => s.data - s.start)),
        baselineNavigationToData: stats(samples.baselineLate.map((s) => s.navToData)),
      }
    : undefined;
  if (late) {
    console.log(line('widget, session asked by the glue: → first screen', late.firstScreen));
    console.log(line('widget, session asked by the glue: → data', late.data));
    console.log(line('widget, session asked by the glue: nav → data', late.navigationToData));
    console.log(line('baseline, session asked by it: → data', late.baselineData));
    console.log(line('baseline, session asked by it: nav → data', late.baselineNavigationToData));
    console.log(`late-session milestones (medians from navigation start): ${milestones(samples.late)}`);
  }
  console.log(
    `target: first screen ≤ ${TARGET_MS} ms after the entry starts (median and p95): ${met ? 'MET' : 'NOT MET'} (median ${ms(firstScreen.median)}, p95 ${ms(firstScreen.p95)})`,
  );
  const load1 = loadavg()[0] ?? 0;
  console.log(`load average ${round(load0, 1)} at the start, ${round(load1, 1)} at the end`);
  printResult({
    bench: 'widget',
    loads: LOADS,
    warmup: WARMUP,
    entryCached: cached,
    widget: {
      firstScreen,
      data: widgetData,
      mountToFirstScreen: widgetMountFirst,
      mountToData: widgetMountData,
      navigationToData: widgetNav,
      session: widgetSession,
      entryStartToSession: sessionWait,
      sessionToFirstScreen: widgetAfterSessionFirst,
      sessionToData: widgetAfterSessionData,
    },
    baseline: {
      sessionToData: baselineAfterSessionData,
      data: baselineData,
      mountToData: baselineMountData,
      navigationToData: baselineNav,
      session: baselineSession,
    },
    posts: { navigationToDcl: postsDcl, dclToLoad: postsLoad },
    ...(late ? { lateSession: late } : {}),
    ratio,
    targetMs: TARGET_MS,
    met,
    loadAverage: [round(load0, 1), round(load1, 1)],
    machine: machine(),
  });
  if (!met) process.exitCode = 1;
  await context.close();
} finally {
  await site.close();
}
