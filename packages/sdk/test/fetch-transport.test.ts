// The fetch-only transport (the widget's) against the same contract: the client core is given it in place of ky's.
import { vi } from 'vitest';
import { transportCases } from './transport-cases.js';

vi.mock('../src/internal/http-transport.js', () => import('../src/internal/fetch-transport.js'));

transportCases();

// Not a single ky module reached the fetch transport's client.
vi.mock('ky', () => {
  throw new Error('ky was imported');
});
