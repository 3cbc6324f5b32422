// The integrations module keeps the shape of a room: its domain files take narrow dependencies (no `AppDeps`, no
// HTTP, no jobs, no Koa), and its handlers parse, make one domain call and shape the answer (no query of their own).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const src = join(import.meta.dirname, '../../src');
const filesIn = (dir: string) =>
  readdirSync(join(src, dir))
    .filter((f) => f.endsWith('.ts'))
    .map((f) => ({ name: `${dir}/${f}`, text: readFileSync(join(src, dir, f), 'utf8') }));

describe('the integrations module', () => {
  it('has domain files that import neither the dependency bag, nor HTTP, jobs or Koa', () => {
    for (const { name, text } of filesIn('domain/integrations')) {
      const imports = [...text.matchAll(/from '([^']+)'/g)].map((m) => m[1]);
      const forbidden = imports.filter((i) => /(^|\/)deps\.js$|\/http\/|\/jobs\/|^koa$|^@koa\//.test(i ?? ''));
      expect({ name, forbidden }).toEqual({ name, forbidden: [] });
    }
  });

  it('has handlers without a query builder call', () => {
    for (const { name, text } of filesIn('http/handlers/integrations')) {
      const queries = text.match(/\b(db|trx|knex)\s*\(|\.(raw|where|insert|update|select)\s*\(/g) ?? [];
      expect({ name, queries }).toEqual({ name, queries: [] });
    }
  });
});
