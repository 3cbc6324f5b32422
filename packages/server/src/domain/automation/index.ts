// The automation: the seven stages run unattended per site — settings, the estimate, runs steered by people or
// started by a schedule, the engine that works them through the planner's and the writer's own functions, and the
// runs' events.
// The module's entry: what it offers, one namespace per file. Another layer (http, jobs) or module may import
// from here or from the files directly; every file of the module is listed (test/architecture/modules.test.ts).

export * as cadence from './cadence.js';
export * as config from './config.js';
export * as engine from './engine.js';
export * as estimate from './estimate.js';
export * as events from './events.js';
export * as runs from './runs.js';
export * as schedule from './schedule.js';
export * as schedules from './schedules.js';
