// Operations: long-running work as the user sees it, the catalogue of its kinds (payload and result schemas),
// and stepped jobs whose steps commit with a checkpoint.
// The module's entry: what it offers, one namespace per file. Another layer (http, jobs) or module may import
// from here or from the files directly; every file of the module is listed (test/architecture/modules.test.ts).

export * as kinds from './kinds.js';
export * as operations from './operations.js';
export * as steps from './steps.js';
export * as visible from './visible.js';
