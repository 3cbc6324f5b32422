// What every screen needs, handed down once through context rather than through each component's props.
import type { Igny8 } from '@igny8/sdk';
import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { Brand } from './brand.js';
import type { I18n } from './i18n/index.js';
import type { Route } from './route.js';

export interface WidgetContext {
  client: Igny8;
  /** The site the session is scoped to; resolved from the first session. */
  siteId: string;
  i18n: I18n;
  /** The session's feature allowlist as the host passed it; `undefined` shows everything. */
  features: string[] | undefined;
  /** The session's role, when the host passed it on with the session. */
  role: string | undefined;
  brand: Brand;
  /** Opens another screen (e.g. the Billing screen from a plan-limit warning); false when it is not shown. */
  navigate: (route: Route) => boolean;
  /** Whether a screen is shown (its feature is open and the brand does not hide it). */
  canShow: (route: Route) => boolean;
}

export const Ctx = createContext<WidgetContext | null>(null);

export function useWidget(): WidgetContext {
  const ctx = useContext(Ctx);
  if (!ctx) throw new Error('useWidget outside the widget');
  return ctx;
}
