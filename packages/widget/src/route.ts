/** The widget's screens, by id (their order and chunks are in screens/registry.ts). */
export type Route = 'overview' | 'planner' | 'writer' | 'automation' | 'publishing' | 'billing' | 'settings';
