// What the tests, fixtures and benchmarks of several packages share. The browser launcher is its own entry
// (`@igny8/test-support/browser`) so that importing the rest does not load playwright-core.
export { mulberry32 } from './random.js';
export { type SigningVector, signingVectors } from './signing-vectors.js';
