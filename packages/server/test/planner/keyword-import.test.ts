// Keyword CSV import with broken input: a malformed line costs one row, a file that is not text is refused
// at the request, bad values are refused rows with their line numbers, and every refused row is reported.
import { document } from '@igny8/contract';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withTenant } from '../../src/db/tenant.js';
import { createOperation } from '../../src/domain/operations/operations.js';
import { mergeKeywordImport, prepareKeywordImport } from '../../src/domain/planner/import.js';
import { call, signup } from '../helpers/http.js';
import { startTestServer, type TestServer } from '../helpers/server.js';

const KEYWORD_IMPORT_JOB = 'keywords.import';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

// Operation results are not checked by the response validator (their shape depends on the kind), so the
// import's result is checked here against the schema openapi.yaml documents for it.
const addFormats = addFormatsModule as unknown as (ajv: Ajv2020) => void;
const ajv = new Ajv2020({ strict: false, allErrors: true });
addFormats(ajv);
ajv.addSchema({ $id: 'igny8', components: document.components } as never);
const validResult = ajv.compile({ $ref: 'igny8#/components/schemas/KeywordImportResult' });

interface Refusal {
  line: number;
  code: string;
  reason: string;
}
interface ImportResult {
  total_rows: number;
  imported: number;
  duplicates: number;
  invalid_count: number;
  invalid: Refusal[];
  invalid_truncated: boolean;
  invalid_summary: { code: string; count: number; first_line: number; last_line: number; example: string }[];
}

async function site() {
  const s = await signup(server.url);
  const industry = (await call(server.url, 'GET', '/v1/industries', { token: s.access_token })).body.data[0];
  const res = await call(server.url, 'POST', '/v1/sites', {
    token: s.access_token,
    body: { name: 'Import site', industry_id: industry.id, sector_ids: [industry.sectors[0].id] },
  });
  return { token: s.access_token as string, accountId: s.account.id as string, siteId: res.body.data.id as string };
}

async function waitFor(token: string, id: string) {
  for (let i = 0; i < 300; i++) {
    const res = await call(server.url, 'GET', `/v1/operations/${id}`, { token });
    if (['succeeded', 'failed', 'cancelled'].includes(res.body.data.status)) return res.body.data;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('operation did not finish');
}

async function importCsv(token: string, siteId: string, csv: string): Promise<ImportResult> {
  const started = await call(server.url, 'POST', `/v1/sites/${siteId}/keywords/import`, { token, body: { csv } });
  expect(started.status).toBe(202);
  const done = await waitFor(token, started.body.data.id);
  expect(done.status).toBe('succeeded');
  if (!validResult(done.result))
    throw new Error(`result does not match KeywordImportResult: ${ajv.errorsText(validResult.errors)}`);
  return done.result;
}

async function phrases(siteId: string): Promise<string[]> {
  const rows = await server.deps.db.owner('keywords').where({ site_id: siteId }).select('phrase');
  return rows.map((r: { phrase: string }) => r.phrase).sort();
}

/** Sends bytes as the body, as a client that does not re-encode a file it read would. */
async function postBytes(token: string, siteId: string, bytes: Buffer) {
  const res = await fetch(`${server.url}/v1/sites/${siteId}/keywords/import`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: new Uint8Array(bytes),
  });
  return { status: res.status, body: await res.json() };
}

describe('a malformed line', () => {
  it('costs one row: an unbalanced quote is reported by its line and every other row is imported', async () => {
    const { token, siteId } = await site();
    const lines = ['Keyword,Search Volume'];
    for (let i = 1; i <= 40; i++) lines.push(i === 20 ? '"broken quote keyword,100' : `keyword ${i},${i * 10}`);
    const result = await importCsv(token, siteId, lines.join('\n'));
    // Line 1 is the header, so row i is on line i + 1.
    expect(result.invalid).toEqual([{ line: 21, code: 'MALFORMED_ROW', reason: expect.stringMatching(/quote/) }]);
    expect(result).toMatchObject({ total_rows: 40, imported: 39, duplicates: 0, invalid_count: 1 });
    const expected = Array.from({ length: 40 }, (_, i) => `keyword ${i + 1}`).filter((p) => p !== 'keyword 20');
    expect(await phrases(siteId)).toEqual(expected.sort());
  });

  it('resyncs at the next line after a quote that closes too late or is followed by text', async () => {
    const { token, siteId } = await site();
    const csv = [
      'keyword;volume',
      'alpha;10',
      '"beta;20', // opens a quote that the next quote (line 5) would close
      'gamma;30',
      '"delta"x;40', // text after a closing quote
      '"epsilon ""the"" best";50', // escaped quotes are fine
      '12" pizza pan;60', // a quote inside an unquoted cell is kept
    ].join('\r\n');
    const result = await importCsv(token, siteId, csv);
    expect(result.invalid.map((r) => [r.line, r.code])).toEqual([
      [3, 'MALFORMED_ROW'],
      [5, 'MALFORMED_ROW'],
    ]);
    expect(await phrases(siteId)).toEqual(['12" pizza pan', 'alpha', 'epsilon "the" best', 'gamma']);
  });
});

describe('a file that is not text', () => {
  const cases: [string, () => Buffer, string][] = [
    ['a NUL byte', () => Buffer.from(JSON.stringify({ csv: 'keyword\nrunning\u0000shoes\n' })), 'nul'],
    [
      'UTF-16 without a BOM, read as UTF-8',
      () =>
        Buffer.from(
          JSON.stringify({ csv: Buffer.from('Keyword,Volume\nrunning shoes,10\n', 'utf16le').toString('utf8') }),
        ),
      'utf-16',
    ],
    [
      'UTF-16 with its BOM, read as UTF-8',
      () => Buffer.from(JSON.stringify({ csv: Buffer.from('\ufeffKeyword\nshoes\n', 'utf16le').toString('utf8') })),
      'utf-16',
    ],
    [
      'invalid UTF-8 bytes in the body (Windows-1252 “café”)',
      () => Buffer.concat([Buffer.from('{"csv":"keyword\\ncaf'), Buffer.from([0xe9]), Buffer.from(' near me\\n"}')]),
      'not-utf-8',
    ],
    [
      'a PNG file read as text',
      () =>
        Buffer.from(
          JSON.stringify({
            csv: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48]).toString(
              'utf8',
            ),
          }),
        ),
      'not-utf-8',
    ],
    [
      'a control character',
      () => Buffer.from(JSON.stringify({ csv: 'keyword\nok\nbell\u0007 here\n' })),
      'control-character',
    ],
  ];
  for (const [name, body, found] of cases) {
    it(`is refused at the request with 422 FILE_NOT_TEXT: ${name}`, async () => {
      const { token, siteId, accountId } = await site();
      const res = await postBytes(token, siteId, body());
      expect(res.status).toBe(422);
      expect(res.body.error.code).toBe('FILE_NOT_TEXT');
      expect(res.body.error.details.found).toBe(found);
      expect(res.body.error.message).toMatch(/UTF|text/);
      // Nothing was queued.
      const ops = await server.deps.db.owner('operations').where({ account_id: accountId, kind: 'keywords.import' });
      expect(ops).toHaveLength(0);
    });
  }

  it('names the line it found the problem on', async () => {
    const { token, siteId } = await site();
    const res = await call(server.url, 'POST', `/v1/sites/${siteId}/keywords/import`, {
      token,
      body: { csv: 'keyword\nfine\nalso fine\nbroken \ufffd here\n' },
    });
    expect(res.status).toBe(422);
    expect(res.body.error.details).toMatchObject({ line: 4, found: 'not-utf-8', character: 'U+FFFD' });
    expect(res.body.error.message).toMatch(/line 4/);
  });

  it('that reaches the job anyway fails at once with FILE_NOT_TEXT, attempted once', async () => {
    const { token, siteId, accountId } = await site();
    // As an import queued before the request checked its file would: straight into the queue.
    const operationId = await withTenant(server.deps.db.app, { accountId }, async (trx) => {
      const [upload] = await trx('keyword_imports')
        .insert({ account_id: accountId, site_id: siteId, csv: 'keyword\nshoes\nbad\u0001row\n' })
        .returning('id');
      const op = await createOperation(trx, { accountId, kind: 'keywords.import', createdBy: null });
      await server.deps.jobs.send(trx, KEYWORD_IMPORT_JOB, { operationId: op.id, accountId, importId: upload.id });
      return op.id;
    });
    const done = await waitFor(token, operationId);
    expect(done.status).toBe('failed');
    expect(done.error).toMatchObject({ code: 'FILE_NOT_TEXT', details: { line: 3, found: 'control-character' } });
    // The operation is failed before the queue settles its job: wait for that, then count the attempts.
    let jobs: { state: string; retry_count: number }[] = [];
    for (let i = 0; i < 50; i++) {
      jobs = await server.deps.db
        .owner('pgboss.job')
        .where({ name: KEYWORD_IMPORT_JOB })
        .whereRaw("data->>'operationId' = ?", [operationId])
        .select('state', 'retry_count');
      if (jobs.every((j) => j.state !== 'active')) break;
      await new Promise((r) => setTimeout(r, 100));
    }
    expect(jobs).toEqual([{ state: 'completed', retry_count: 0 }]);
  });
});

describe('bad values', () => {
  it('are refused rows with their line numbers: blank, punctuation-only and symbol-only phrases, negative volumes', async () => {
    const { token, siteId } = await site();
    const csv = [
      'Keyword,Volume,KD',
      'good keyword,10,5', // 2
      '   ,10,5', // 3: only spaces
      '"   ",10,5', // 4: only spaces, quoted
      '!!!,10,5', // 5: only punctuation
      '"—…?!",10,5', // 6
      '\u200b\u200b,10,5', // 7: zero-width spaces
      '\u0301,10,5', // 8: a combining accent alone
      '😀 ★,10,5', // 9: symbols
      'negative volume,-5,5', // 10
      'negative range,-10 – 20,5', // 11
      'negative difficulty,10,-3', // 12
      'hex volume,0x10,5', // 13
      'huge volume,99999999999,5', // 14
      'another good one,1.2K,', // 15
    ].join('\n');
    const result = await importCsv(token, siteId, csv);
    expect(result.invalid.map((r) => [r.line, r.code])).toEqual([
      [3, 'NO_KEYWORD'],
      [4, 'NO_KEYWORD'],
      [5, 'NO_KEYWORD'],
      [6, 'NO_KEYWORD'],
      [7, 'NO_KEYWORD'],
      [8, 'NO_KEYWORD'],
      [9, 'NO_KEYWORD'],
      [10, 'INVALID_VOLUME'],
      [11, 'INVALID_VOLUME'],
      [12, 'INVALID_DIFFICULTY'],
      [13, 'INVALID_VOLUME'],
      [14, 'INVALID_VOLUME'],
    ]);
    expect(result.invalid.find((r) => r.line === 10)?.reason).toMatch(/negative/);
    expect(result.imported).toBe(2);
    const stored = await server.deps.db
      .owner('keywords')
      .where({ site_id: siteId })
      .orderBy('phrase')
      .select('phrase', 'volume');
    expect(stored).toEqual([
      { phrase: 'another good one', volume: 1200 },
      { phrase: 'good keyword', volume: 10 },
    ]);
  });
});

describe('the report of refused rows', () => {
  it('covers every refused row of a file with more than 1,000: listed up to 1,000, counted by code for all', async () => {
    const { token, siteId } = await site();
    const lines = ['keyword,volume'];
    const expected = new Map<string, number[]>([
      ['INVALID_VOLUME', []],
      ['NO_KEYWORD', []],
      ['MALFORMED_ROW', []],
    ]);
    for (let i = 0; i < 2_520; i++) {
      const line = lines.length + 1;
      if (i % 126 === 0) lines.push(`good keyword ${i},${i}`);
      else if (i % 3 === 0) {
        lines.push(`bad volume ${i},lots`);
        expected.get('INVALID_VOLUME')?.push(line);
      } else if (i % 3 === 1) {
        lines.push('***,10');
        expected.get('NO_KEYWORD')?.push(line);
      } else {
        lines.push(`"unbalanced ${i},10`);
        expected.get('MALFORMED_ROW')?.push(line);
      }
    }
    const refused = [...expected.values()].flat().sort((a, b) => a - b);
    const result = await importCsv(token, siteId, lines.join('\n'));
    expect(result.invalid_count).toBe(refused.length);
    expect(refused.length).toBeGreaterThan(2_000);
    expect(result.invalid.map((r) => r.line)).toEqual(refused.slice(0, 1000));
    expect(result.invalid_truncated).toBe(true);
    expect(result.invalid_summary.reduce((n, s) => n + s.count, 0)).toBe(result.invalid_count);
    for (const [code, at] of expected) {
      expect(result.invalid_summary.find((s) => s.code === code)).toMatchObject({
        count: at.length,
        first_line: at[0],
        last_line: at.at(-1),
      });
    }
    expect(result.imported).toBe(20);
  });

  it('is not truncated when it lists every refused row', async () => {
    const { token, siteId } = await site();
    const result = await importCsv(token, siteId, 'keyword,volume\nfine,1\n,2\n');
    expect(result).toMatchObject({
      invalid_count: 1,
      invalid_truncated: false,
      invalid_summary: [{ code: 'NO_KEYWORD', count: 1, first_line: 3, last_line: 3, example: 'no keyword' }],
    });
  });
});

describe('the staged merge (COPY into a temporary table, one INSERT … SELECT)', () => {
  it('lands every distinct row of a 20,000-row file once, reporting duplicates in the file and on the site', async () => {
    const { token, siteId, accountId } = await site();
    const scale = await server.deps.db.owner('plans').where({ code: 'scale' }).first('id');
    await server.deps.db.owner('accounts').where({ id: accountId }).update({ plan_id: scale.id });
    const sectorId = (await server.deps.db.owner('site_sectors').where({ site_id: siteId }).first('sector_id'))
      .sector_id;
    // 1,000 keywords the site already has, with volumes the big file must not overwrite.
    const existing = ['keyword,volume'];
    for (let i = 0; i < 1_000; i++) existing.push(`phrase ${i * 18},7`);
    expect(await importCsv(token, siteId, existing.join('\n'))).toMatchObject({ imported: 1_000, duplicates: 0 });

    // 18,000 distinct phrases, then 2,000 lines that normalize to earlier ones (case, spacing).
    const lines = ['keyword,volume,difficulty,cpc'];
    for (let i = 0; i < 18_000; i++) lines.push(`phrase ${i},${i},${i % 100},0.${i % 100}`);
    for (let i = 0; i < 2_000; i++) lines.push(`  PHRASE   ${i * 9},1,1,1`);
    const result = await importCsv(token, siteId, lines.join('\n'));
    expect(result).toMatchObject({
      total_rows: 20_000,
      imported: 17_000,
      duplicates: 2_000 + 1_000,
      invalid_count: 0,
      invalid: [],
    });

    const stored = await server.deps.db
      .owner('keywords')
      .where({ site_id: siteId })
      .select('phrase', 'normalized', 'volume', 'sector_id', 'language', 'country', 'intent_source');
    expect(stored).toHaveLength(18_000);
    expect(new Set(stored.map((k) => k.normalized)).size).toBe(18_000);
    const byPhrase = new Map(stored.map((k) => [k.phrase, k]));
    for (let i = 0; i < 18_000; i++) {
      const k = byPhrase.get(`phrase ${i}`);
      expect(k, `phrase ${i}`).toBeDefined();
      // What the site had stays as it was; new rows carry the file's values and the defaults.
      expect(k?.volume).toBe(i % 18 === 0 ? 7 : i);
    }
    expect(new Set(stored.map((k) => `${k.sector_id}|${k.language}|${k.country}|${k.intent_source}`))).toEqual(
      new Set([`${sectorId}|en|null|classified`]),
    );
    // At least 10,000 rows imported: keywords is analyzed once the import committed.
    let analyzed = null;
    for (let i = 0; i < 100 && !analyzed; i++) {
      const row = await server.deps.db
        .owner('pg_stat_user_tables')
        .where({ relname: 'keywords' })
        .first('last_analyze');
      analyzed = row?.last_analyze ?? null;
      if (!analyzed) await new Promise((r) => setTimeout(r, 100));
    }
    expect(analyzed).not.toBeNull();
  });

  it('holds the plan limit as before: every distinct row of the file takes room, in file order', async () => {
    const { token, siteId, accountId } = await site();
    const { plan } = await server.deps.db
      .owner('accounts')
      .join('plans', 'plans.id', 'accounts.plan_id')
      .where('accounts.id', accountId)
      .first({ plan: 'plans.max_keywords' });
    const existing = ['keyword'];
    for (let i = 0; i < plan - 3; i++) existing.push(`kept ${i}`);
    await importCsv(token, siteId, existing.join('\n'));
    // Room for 3: "kept 0" is one of them although the site has it; "fresh 3" and "fresh 4" are refused.
    const result = await importCsv(token, siteId, 'keyword\nkept 0\nfresh 1\nKEPT 0\nfresh 2\nfresh 3\nfresh 4\n');
    expect(result).toMatchObject({ imported: 2, duplicates: 2, invalid_count: 2 });
    expect(result.invalid.map((r) => [r.line, r.code])).toEqual([
      [6, 'PLAN_LIMIT_REACHED'],
      [7, 'PLAN_LIMIT_REACHED'],
    ]);
  });

  it('stays inside the tenant: another account’s keywords are untouched, and its transaction cannot merge', async () => {
    const a = await site();
    const b = await site();
    // Room for the 500 shared phrases and one more.
    const scale = await server.deps.db.owner('plans').where({ code: 'scale' }).first('id');
    await server.deps.db.owner('accounts').where({ id: a.accountId }).update({ plan_id: scale.id });
    const file = ['keyword,volume', ...Array.from({ length: 500 }, (_, i) => `shared phrase ${i},${i}`)].join('\n');
    expect(await importCsv(b.token, b.siteId, file)).toMatchObject({ imported: 500 });
    const before = await server.deps.db.owner('keywords').where({ site_id: b.siteId }).orderBy('id');
    // The same phrases in A's site are A's own keywords, not duplicates of B's.
    expect(await importCsv(a.token, a.siteId, file)).toMatchObject({ imported: 500, duplicates: 0 });
    expect(await server.deps.db.owner('keywords').where({ site_id: b.siteId }).orderBy('id')).toEqual(before);
    expect(await server.deps.db.owner('keywords').where({ account_id: a.accountId })).toHaveLength(500);

    // A's prepared import merged in a transaction that speaks for B sees neither A's upload nor A's rows.
    const app = server.deps.db.app;
    const [upload] = await withTenant(app, { accountId: a.accountId }, (trx) =>
      trx('keyword_imports')
        .insert({ account_id: a.accountId, site_id: a.siteId, csv: 'keyword\nonly for a\n' })
        .returning('id'),
    );
    const prepared = await prepareKeywordImport(app, { accountId: a.accountId, importId: upload.id });
    await expect(
      withTenant(app, { accountId: b.accountId }, (trx) => mergeKeywordImport(trx, prepared)),
    ).rejects.toMatchObject({ code: 'CONFLICT' });
    // Claiming B's account from A's transaction is refused by row-level security before anything is written.
    await expect(
      withTenant(app, { accountId: a.accountId }, (trx) =>
        mergeKeywordImport(trx, { ...prepared, accountId: b.accountId, siteId: b.siteId }),
      ),
    ).rejects.toThrow();
    expect(await server.deps.db.owner('keywords').where({ normalized: 'only for a' })).toHaveLength(0);
    // And in A's own transaction it lands, on the transaction's connection and under its settings.
    const result = await withTenant(app, { accountId: a.accountId }, (trx) => mergeKeywordImport(trx, prepared));
    expect(result).toMatchObject({ imported: 1, duplicates: 0 });
    expect(await server.deps.db.owner('keywords').where({ normalized: 'only for a' })).toMatchObject([
      { account_id: a.accountId, site_id: a.siteId },
    ]);
  });
});
