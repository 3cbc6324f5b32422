// Every message key, from the English catalogues (the source of truth; other languages translate them key for key).
import type automation from '../../locales/en/automation.json';
import type billing from '../../locales/en/billing.json';
import type core from '../../locales/en/core.json';
import type overview from '../../locales/en/overview.json';
import type planner from '../../locales/en/planner.json';
import type publishing from '../../locales/en/publishing.json';
import type settings from '../../locales/en/settings.json';
import type writer from '../../locales/en/writer.json';

export type MessageKey =
  | keyof typeof core
  | keyof typeof overview
  | keyof typeof planner
  | keyof typeof writer
  | keyof typeof automation
  | keyof typeof publishing
  | keyof typeof billing
  | keyof typeof settings;
