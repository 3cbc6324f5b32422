// The screens, in tab order. Each is its own chunk (loaded with its catalogue when first opened), behind the feature
// of the session's allowlist that opens its operations. WordPress-specific screens hide for a partner that says its
// sites are not WordPress (`brand.hideWordPress`).
import type { ComponentType } from 'preact';
import type { Namespace } from '../i18n/index.js';

import type { Route } from '../route.js';

export type { Route } from '../route.js';

export interface ScreenDef {
  id: Route;
  /** The widget feature (`x-igny8-widget-features`) the screen needs. */
  feature: string;
  namespace: Namespace;
  wordpressOnly?: boolean;
  load: () => Promise<{ default: ComponentType }>;
}

export const SCREENS: readonly ScreenDef[] = [
  { id: 'overview', feature: 'overview', namespace: 'overview', load: () => import('./overview.js') },
  { id: 'planner', feature: 'keywords', namespace: 'planner', load: () => import('./planner/index.js') },
  { id: 'writer', feature: 'writer', namespace: 'writer', load: () => import('./writer/index.js') },
  { id: 'automation', feature: 'automation', namespace: 'automation', load: () => import('./automation/index.js') },
  {
    id: 'publishing',
    feature: 'publishing',
    namespace: 'publishing',
    wordpressOnly: true,
    load: () => import('./publishing/index.js'),
  },
  { id: 'billing', feature: 'billing', namespace: 'billing', load: () => import('./billing/index.js') },
  { id: 'settings', feature: 'settings', namespace: 'settings', load: () => import('./settings/index.js') },
];
