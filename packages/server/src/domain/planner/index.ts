// The planner: keywords (CRUD, import, export), clustering runs, clusters, ideas, tasks queued from ideas,
// cannibalization warnings, and the text tools and clustering engine under them.
// The module's entry: what it offers, one namespace per file. Another layer (http, jobs) or module may import
// from here or from the files directly; every file of the module is listed (test/architecture/modules.test.ts).

export * as cannibalization from './cannibalization.js';
export * as clustering from './clustering/index.js';
export * as clusters from './clusters.js';
export * as csvImport from './csv-import.js';
export * as csvRecords from './csv-records.js';
export * as keywordExport from './export.js';
export * as ideas from './ideas.js';
export * as keywordImport from './import.js';
export * as keywordImportJob from './import-job.js';
export * as keywords from './keywords.js';
export * as runs from './runs.js';
export * as sitePage from './site-page.js';
export * as text from './text/index.js';
export * as textApi from './text-api.js';
