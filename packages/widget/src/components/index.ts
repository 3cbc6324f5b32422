// The screens' kit, as one module: every screen imports its parts from here, and the shell imports it too, so the
// bundler ships it in the one chunk the shell and every screen share instead of a small chunk per part (each file
// is compressed on its own: four small chunks cost about 1 KB gzip more than the same code in one).
export * from '../use-async.js';
export * from './dialog.js';
export * from './form.js';
export * from './progress-bar.js';
