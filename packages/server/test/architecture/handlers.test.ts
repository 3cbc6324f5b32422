// Handlers are thin: parse → one domain call → shape the response. None of them builds a query or opens a
// transaction; the domain does (and so a job, a pipeline stage or a signed site can do the same work).
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const handlersDir = join(import.meta.dirname, '../../src/http/handlers');
const files = (readdirSync(handlersDir, { recursive: true }) as string[])
  .filter((f) => f.endsWith('.ts'))
  .map((f) => join(handlersDir, f));

/** A query builder call, a raw query, a transaction opened: what belongs in the domain or the database layer. */
const QUERY =
  /\b(?:db|trx|knex)\(|\.(?:raw|transaction|where|whereIn|select|insert|update|del|delete|join|first)\(|\bwithTenant\(/;

/** The source without comments and string contents, so that prose cannot match. */
const code = (text: string) =>
  text
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\/\/.*$/gm, '')
    .replace(/`(?:\\.|[^`\\])*`|'(?:\\.|[^'\\])*'|"(?:\\.|[^"\\])*"/g, "''");

describe('handlers', () => {
  it('exist', () => {
    expect(files.length).toBeGreaterThan(10);
  });

  it.each(files.map((f) => [relative(handlersDir, f), f]))('%s holds no query builder call', (_name, file) => {
    const offending = code(readFileSync(file, 'utf8'))
      .split('\n')
      .map((line, i) => [i + 1, line] as const)
      .filter(([, line]) => QUERY.test(line));
    expect(offending).toEqual([]);
  });

  it('the check fires on a handler that queries', () => {
    expect(QUERY.test(code("listThings: async ({ db }) => ({ data: await db('things').where({ a: 1 }) }),"))).toBe(
      true,
    );
    expect(QUERY.test(code("// db('things') is read by the domain"))).toBe(false);
  });
});
