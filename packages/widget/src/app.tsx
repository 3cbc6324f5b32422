// The shell: brand header, tabs (an in-memory router: no hash, no history, so the host page's URL is never touched),
// the current screen — loaded as its own chunk with its catalogue the first time it opens — and the footer.
import type { ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import type { Brand } from './brand.js';
import { ErrorNotice } from './components/error-notice.js';
import { Tabs } from './components/tabs.js';
import { Ctx, type WidgetContext } from './context.js';
import type { I18n, MessageKey } from './i18n/index.js';
import { type Route, SCREENS, type ScreenDef } from './screens/registry.js';
import { STYLES } from './theme/styles.js';
import { type ThemeTokens, themeToCss } from './theme/tokens.js';
// The screens' kit ships with the shell (see components/index.ts).
import './components/index.js';

export type { Brand } from './brand.js';
export type { Route } from './screens/registry.js';

export interface AppProps {
  /** `siteId` is empty until the first session has told us which site this is. */
  ctx: Omit<WidgetContext, 'navigate' | 'canShow' | 'brand'>;
  /** The first session could not be had: nothing else can load. */
  startupError: unknown;
  /** Asks the host for the first session again. */
  onRetry?: () => void;
  theme: ThemeTokens;
  brand: Brand;
  /** The screen to open first (default the first one shown). */
  initialRoute?: Route;
  /** Told when a screen has rendered its first content (the first-render benchmark listens). */
  onScreen?: (route: Route) => void;
}

/** The screens a session and a brand show, in tab order. */
export function visibleScreens(features: string[] | undefined, brand: Brand): ScreenDef[] {
  return SCREENS.filter(
    (s) => (!features || features.includes(s.feature)) && !(s.wordpressOnly && brand.hideWordPress),
  );
}

export function App({ ctx: base, startupError, onRetry, theme, brand, initialRoute, onScreen }: AppProps) {
  const screens = visibleScreens(base.features, brand);
  const [route, setRoute] = useState<Route>(initialRoute ?? 'overview');
  const canShow = (r: Route) => screens.some((s) => s.id === r);
  const ctx: WidgetContext = {
    ...base,
    brand,
    canShow,
    navigate: (r) => {
      if (!canShow(r)) return false;
      setRoute(r);
      return true;
    },
  };
  const name = brand.name?.trim() || 'Igny8';
  const { i18n } = ctx;
  const current = screens.find((s) => s.id === route) ?? screens[0];
  let body = <p aria-busy="true">{i18n.t('common.loading')}</p>;
  if (startupError !== undefined) body = <ErrorNotice error={startupError} onRetry={onRetry} />;
  else if (ctx.siteId && current) {
    body = (
      <Tabs
        label={i18n.t('tabs.label')}
        dir={i18n.dir}
        selected={current.id}
        onSelect={setRoute}
        tabs={screens.map((s) => ({ id: s.id, label: i18n.t(`tabs.${s.id}` as MessageKey) }))}
      >
        <Screen def={current} i18n={i18n} onScreen={onScreen} />
      </Tabs>
    );
  }
  return (
    <Ctx.Provider value={ctx}>
      <style>{`${STYLES}\n:host { ${themeToCss(theme)} }`}</style>
      <section class="igny8" dir={i18n.dir} lang={i18n.locale} aria-label={i18n.t('app.label', { brand: name })}>
        {!brand.hideTitle && (
          <header class="header">
            {brand.logoUrl && <img src={brand.logoUrl} alt="" />}
            <h1>{name}</h1>
          </header>
        )}
        {body}
        {(brand.supportUrl || !brand.hidePoweredBy) && (
          <footer class="footer">
            {brand.supportUrl && (
              <a href={brand.supportUrl} target="_blank" rel="noopener noreferrer">
                {i18n.t('brand.support')}
              </a>
            )}
            {!brand.hidePoweredBy && <span>{i18n.t('brand.poweredBy')}</span>}
          </footer>
        )}
      </section>
    </Ctx.Provider>
  );
}

// Loaded screen modules, kept for the life of the page: switching back to a tab renders at once.
const modules = new Map<Route, ComponentType>();

/**
 * Starts loading a screen's chunk and catalogue without rendering it: mount() calls it for the first screen while the
 * first session is still being asked for, so the two waits overlap.
 */
export function preloadScreen(
  route: Route | undefined,
  i18n: I18n,
  features: string[] | undefined,
  brand: Brand,
): void {
  const screens = visibleScreens(features, brand);
  const def = screens.find((s) => s.id === route) ?? screens[0];
  if (!def || modules.has(def.id)) return;
  def.load().then(
    (module) => modules.set(def.id, module.default),
    () => {},
  );
  i18n.load(def.namespace).catch(() => {});
}

/** One screen: its chunk and its catalogue in the user's language, loaded together; a failed load offers a retry. */
function Screen({ def, i18n, onScreen }: { def: ScreenDef; i18n: I18n; onScreen?: (route: Route) => void }) {
  const [state, setState] = useState<{ route: Route; language: string; error?: unknown } | null>(null);
  const [attempt, setAttempt] = useState(0);
  const Component = modules.get(def.id);
  const ready = Component !== undefined && i18n.ready(def.namespace);
  useEffect(() => {
    if (ready) return;
    let live = true;
    Promise.all([def.load(), i18n.load(def.namespace)]).then(
      ([module]) => {
        modules.set(def.id, module.default);
        if (live) setState({ route: def.id, language: i18n.language });
      },
      (error: unknown) => live && setState({ route: def.id, language: i18n.language, error }),
    );
    return () => {
      live = false;
    };
  }, [def.id, i18n.language, attempt, ready]);
  useEffect(() => {
    if (ready) onScreen?.(def.id);
  }, [ready, def.id]);
  if (ready) return <Component />;
  if (state?.error !== undefined && state.route === def.id) {
    return <ErrorNotice error={state.error} onRetry={() => setAttempt((n) => n + 1)} />;
  }
  return <p aria-busy="true">{i18n.t('common.loading')}</p>;
}
