// mount(): the widget in a Shadow DOM of its own inside any container, with a session renewed through the host.
import { Igny8 } from '@igny8/sdk';
import { render } from 'preact';
import { App, type Brand, preloadScreen, type Route } from './app.js';
import { termMessages } from './brand.js';
import { createI18n } from './i18n/index.js';
import { type FetchSession, renewingFetch, SessionCache } from './session.js';
import { resolveTheme, type ThemeInput } from './theme/tokens.js';

export interface MountOptions {
  /** Where the API lives, e.g. `https://api.example.com` or a same-origin proxy path. */
  apiBaseUrl: string;
  /** Asks the host for a widget session (minted server-side); called again shortly before each one expires. */
  fetchSession: FetchSession;
  theme?: ThemeInput;
  brand?: Brand;
  /** A BCP 47 tag, e.g. `es`, `ar-EG` (default `en`). */
  locale?: string;
  /** The session's feature allowlist; screens it leaves out are hidden. */
  features?: string[];
  /** Message key → text, overriding the catalogue's (e.g. the host's own translations for its locale). */
  messages?: Record<string, string>;
  /** The screen to open first (default the overview, or the first screen the session shows). */
  initialRoute?: Route;
  /** Called once a screen has rendered (after its chunk and catalogue loaded). */
  onScreen?: (route: Route) => void;
}

export interface WidgetUpdate {
  theme?: ThemeInput;
  locale?: string;
  brand?: Brand;
  messages?: Record<string, string>;
}

export interface WidgetHandle {
  unmount(): void;
  update(partial: WidgetUpdate): void;
}

/** Renders the widget into `container` (in a Shadow DOM, so styles go neither in nor out). */
export function mount(container: HTMLElement, options: MountOptions): WidgetHandle {
  if (!container) throw new TypeError('mount() needs a container element.');
  if (typeof options?.fetchSession !== 'function') throw new TypeError('mount() needs a fetchSession function.');
  const host = document.createElement('div');
  host.className = 'igny8-host';
  container.appendChild(host);
  const root = host.attachShadow({ mode: 'open' });
  return renderWidget(root, host, options, () => host.remove());
}

/** The part shared with the custom element, which brings its own shadow root. */
export function renderWidget(
  root: ShadowRoot,
  host: HTMLElement,
  options: MountOptions,
  cleanup: () => void = () => {},
): WidgetHandle {
  const session = new SessionCache(options.fetchSession);
  const client = new Igny8({
    baseUrl: options.apiBaseUrl,
    getToken: () => session.token(),
    fetch: renewingFetch(session),
  });
  let theme = options.theme ?? {};
  let brand = options.brand ?? {};
  let locale = options.locale;
  let messages = options.messages;
  let siteId = '';
  let features = options.features;
  let role: string | undefined;
  let startupError: unknown;
  let mounted = true;

  const draw = () => {
    if (!mounted) return;
    const i18n = createI18n(locale, { ...termMessages(brand), ...messages });
    // The shell's catalogue in the user's language first (English's is in this chunk already); until then, nothing.
    if (!i18n.ready('core')) {
      i18n.load('core').then(draw, draw);
      if (!root.firstChild) return;
    }
    // The host element carries the direction and language too, so the page around it can read them.
    host.setAttribute('dir', i18n.dir);
    host.setAttribute('lang', i18n.locale);
    render(
      <App
        ctx={{ client, siteId, i18n, features, role }}
        startupError={startupError}
        onRetry={start}
        theme={resolveTheme(theme)}
        brand={brand}
        initialRoute={options.initialRoute}
        onScreen={options.onScreen}
      />,
      root,
    );
  };

  // The first screen's code and words load while the first session is asked for (with the host's features, if any).
  preloadScreen(options.initialRoute, createI18n(locale, messages), features, brand);

  // The first session tells which site this is (and, unless the host gave them, which features it opens).
  function start() {
    startupError = undefined;
    session.forgetRefusal();
    session.get().then(
      (s) => {
        siteId = s.siteId;
        role = typeof s.role === 'string' ? s.role : undefined;
        if (!options.features && Array.isArray(s.features) && s.features.length) features = s.features;
        draw();
      },
      (error: unknown) => {
        startupError = error;
        draw();
      },
    );
    draw();
  }
  start();

  return {
    unmount() {
      if (!mounted) return;
      mounted = false;
      render(null, root);
      cleanup();
    },
    update(partial) {
      // Fields merge, so switching `mode` keeps the host's own colours (a token is unset by passing its default).
      if (partial.theme) theme = { ...theme, ...partial.theme };
      if (partial.brand) brand = { ...brand, ...partial.brand };
      if (partial.locale !== undefined) locale = partial.locale;
      if (partial.messages !== undefined) messages = partial.messages;
      draw();
    },
  };
}
