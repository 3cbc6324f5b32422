// @igny8/widget: the embeddable admin. Every public export is listed here, once. Importing it (or loading
// `igny8-widget.js` as a module script) registers <igny8-admin> and sets `window.Igny8Widget` for classic scripts.
import { defineElement } from './element.js';
import { mount } from './mount.js';

export type { Route } from './app.js';
export type { Brand } from './brand.js';
export { defineElement, Igny8AdminElement, TAG_NAME } from './element.js';
export { describeError, SessionError, type ShownError } from './errors.js';
export {
  createI18n,
  directionOf,
  type I18n,
  loadMessages,
  NAMESPACES,
  pickLanguage,
  SUPPORTED_LOCALES,
} from './i18n/index.js';
export { type MountOptions, mount, type WidgetHandle, type WidgetUpdate } from './mount.js';
export { type FetchSession, RENEW_BEFORE_MS, renewingFetch, SessionCache, type WidgetSession } from './session.js';
export {
  cssVariableName,
  DARK_THEME,
  LIGHT_THEME,
  resolveTheme,
  type ThemeInput,
  type ThemeMode,
  type ThemeTokens,
  themeToCss,
} from './theme/tokens.js';

declare global {
  interface Window {
    Igny8Widget?: { mount: typeof mount };
  }
}

defineElement();
if (typeof window !== 'undefined') {
  window.Igny8Widget = { mount };
  // Module scripts run after the page's classic scripts: a host script can wait for this instead.
  window.dispatchEvent(new Event('igny8-widget-ready'));
}
