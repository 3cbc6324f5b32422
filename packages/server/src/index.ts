export { createApp } from './app.js';
export { loadConfig, type Config } from './config.js';
export { createRuntime, type Runtime } from './runtime.js';
export type { AppDeps } from './deps.js';
export { AppError } from './errors.js';
