export { createApp } from './app.js';
export { type Config, loadConfig } from './config.js';
export type { AppDeps } from './deps.js';
export { AppError } from './errors.js';
export { createRuntime, type Runtime } from './runtime.js';
