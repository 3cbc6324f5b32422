// The shell: brand header, tabs (an in-memory router: no hash, no history, so the host page's URL is never touched),
// the current screen and the footer.
import { useState } from 'preact/hooks';
import { ErrorNotice } from './components/error-notice.js';
import { Tabs } from './components/tabs.js';
import { Ctx, type WidgetContext } from './context.js';
import { Keywords } from './screens/keywords.js';
import { Overview } from './screens/overview.js';
import { Publishing } from './screens/publishing.js';
import { Writer } from './screens/writer.js';
import { STYLES } from './theme/styles.js';
import { type ThemeTokens, themeToCss } from './theme/tokens.js';

export interface Brand {
  /** Shown in the header and the accessible name (default "Igny8"). */
  name?: string;
  logoUrl?: string;
  supportUrl?: string;
  hidePoweredBy?: boolean;
}

export type Route = 'overview' | 'keywords' | 'writer' | 'publishing';

// A screen is shown unless the session's feature allowlist is given and leaves it out.
const SCREEN_FEATURE: Record<Route, string> = {
  overview: 'overview',
  keywords: 'keywords',
  writer: 'writer',
  publishing: 'publishing',
};

export interface AppProps {
  /** `siteId` is empty until the first session has told us which site this is. */
  ctx: WidgetContext;
  /** The first session could not be had: nothing else can load. */
  startupError: unknown;
  /** Asks the host for the first session again. */
  onRetry?: () => void;
  theme: ThemeTokens;
  brand: Brand;
}

export function App({ ctx, startupError, onRetry, theme, brand }: AppProps) {
  const [route, setRoute] = useState<Route>('overview');
  const name = brand.name?.trim() || 'Igny8';
  const { i18n } = ctx;
  const routes = (['overview', 'keywords', 'writer', 'publishing'] as Route[]).filter(
    (r) => !ctx.features || ctx.features.includes(SCREEN_FEATURE[r]),
  );
  let body = <p aria-busy="true">{i18n.t('common.loading')}</p>;
  if (startupError !== undefined) body = <ErrorNotice error={startupError} onRetry={onRetry} />;
  else if (ctx.siteId) {
    body = (
      <Tabs
        label={i18n.t('tabs.label')}
        dir={i18n.dir}
        selected={routes.includes(route) ? route : (routes[0] ?? route)}
        onSelect={setRoute}
        tabs={routes.map((id) => ({ id, label: i18n.t(`tabs.${id}`) }))}
      >
        {route === 'keywords' && routes.includes('keywords') ? (
          <Keywords />
        ) : route === 'writer' && routes.includes('writer') ? (
          <Writer />
        ) : route === 'publishing' && routes.includes('publishing') ? (
          <Publishing />
        ) : (
          <Overview />
        )}
      </Tabs>
    );
  }
  return (
    <Ctx.Provider value={ctx}>
      <style>{`${STYLES}\n:host { ${themeToCss(theme)} }`}</style>
      <section class="igny8" dir={i18n.dir} lang={i18n.locale} aria-label={i18n.t('app.label', { brand: name })}>
        <header class="header">
          {brand.logoUrl && <img src={brand.logoUrl} alt="" />}
          <h1>{name}</h1>
        </header>
        {body}
        <footer class="footer">
          {brand.supportUrl && (
            <a href={brand.supportUrl} target="_blank" rel="noopener noreferrer">
              {i18n.t('brand.support')}
            </a>
          )}
          {!brand.hidePoweredBy && <span>{i18n.t('brand.poweredBy')}</span>}
        </footer>
      </section>
    </Ctx.Provider>
  );
}
