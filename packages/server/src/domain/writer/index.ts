// The writer: writing tasks (made from ideas or on their own) and, as they are built, contents written section by
// section, their revisions, SEO analysis, internal links and images; and the published ones, read in public.
// The module's entry: what it offers, one namespace per file. Another layer (http, jobs) or module may import
// from here or from the files directly; every file of the module is listed (test/architecture/modules.test.ts).

export * as contents from './contents.js';
export * as generate from './generate.js';
export * as images from './images.js';
export * as internalLinks from './internal-links.js';
export * as publicReads from './public.js';
export * as sanitize from './sanitize.js';
export * as seo from './seo.js';
export * as settings from './settings.js';
export * as tasks from './tasks.js';
