// The import's summary when many rows were refused: every one counted by reason, the first few by line.
import { describe, expect, it } from 'vitest';
import { importSummary } from '../src/commands/keywords.js';

describe('the import summary', () => {
  it('groups many refusals by reason, lists the first five, and names the upgrade for the plan limit', () => {
    const invalid = Array.from({ length: 12 }, (_, i) => ({
      line: i + 2,
      code: (i < 4 ? 'NO_KEYWORD' : 'PLAN_LIMIT_REACHED') as 'NO_KEYWORD' | 'PLAN_LIMIT_REACHED',
      reason: i < 4 ? 'no keyword' : 'the plan allows 500 keywords',
    }));
    const lines = importSummary(
      {
        total_rows: 520,
        imported: 500,
        duplicates: 8,
        invalid_count: 12,
        invalid,
        invalid_truncated: false,
        invalid_summary: [
          {
            code: 'PLAN_LIMIT_REACHED',
            count: 8,
            first_line: 6,
            last_line: 13,
            example: 'the plan allows 500 keywords',
          },
          { code: 'NO_KEYWORD', count: 4, first_line: 2, last_line: 5, example: 'no keyword' },
        ],
        header_detected: true,
        columns: { phrase: 'keyword' },
      },
      'ada-blog',
    );
    expect(lines).toEqual([
      'Imported 500 keywords from 520 rows into ada-blog: 8 duplicates, 12 refused.',
      'Refused, by reason:',
      '  PLAN_LIMIT_REACHED: 8 (lines 6–13), e.g. the plan allows 500 keywords',
      '  NO_KEYWORD: 4 (lines 2–5), e.g. no keyword',
      'The first 5:',
      '  line 2: no keyword (NO_KEYWORD)',
      '  line 3: no keyword (NO_KEYWORD)',
      '  line 4: no keyword (NO_KEYWORD)',
      '  line 5: no keyword (NO_KEYWORD)',
      '  line 6: the plan allows 500 keywords (PLAN_LIMIT_REACHED)',
      '  … and 7 more (--json lists up to 1,000).',
      "The plan's keyword limit refused some: upgrade the plan (Billing → Plans) for more.",
    ]);
  });
});
