// @igny8/widget: the embeddable admin. Every public export is listed here, once. Importing it (or loading the IIFE
// bundle) registers <igny8-admin>.
import { defineElement } from './element.js';

export type { Brand } from './app.js';
export { defineElement, Igny8AdminElement, TAG_NAME } from './element.js';
export { describeError, SessionError, type ShownError } from './errors.js';
export { createI18n, directionOf, type I18n, pickLanguage, SUPPORTED_LOCALES } from './i18n/index.js';
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

defineElement();
