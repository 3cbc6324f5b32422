// The second half of rotating JWT_SECRET (docs/deploy.md): every signing secret stored sealed — a WordPress site's
// current and previous secret, a webhook endpoint's current and previous secret — that opens only under the key of
// JWT_SECRET_PREVIOUS is sealed again under JWT_SECRET's. Run by `pnpm secrets:reseal`; safe to run again and
// beside running servers: a row is rewritten only if it still holds what was read (a rotation of that secret in the
// meantime wins), in short transactions of a page of rows each.
import type { Knex } from 'knex';
import type { SecretBox } from '../integrations/secret-box.js';

/** The sealed columns, by table. */
const SEALED = {
  integrations: { label: 'WordPress site', id: 'site_id', columns: ['secret_current', 'secret_previous'] },
  webhook_endpoints: { label: 'webhook endpoint', id: 'id', columns: ['secret_sealed', 'previous_secret_sealed'] },
} as const;

type Table = keyof typeof SEALED;

export interface ResealCount {
  /** Sealed secrets that already opened under the current key. */
  current: number;
  /** Sealed again under the current key. */
  resealed: number;
  /** The rows (site ids, endpoint ids) with a secret that opens under neither key: they need a new secret. */
  unreadable: string[];
}

export type ResealReport = Record<'sites' | 'webhookEndpoints', ResealCount>;

const PAGE = 500;

export async function resealStoredSecrets(
  owner: Knex,
  boxes: { integrations: SecretBox; webhooks: SecretBox },
): Promise<ResealReport> {
  return {
    sites: await resealTable(owner, 'integrations', boxes.integrations),
    webhookEndpoints: await resealTable(owner, 'webhook_endpoints', boxes.webhooks),
  };
}

async function resealTable(owner: Knex, table: Table, box: SecretBox): Promise<ResealCount> {
  const { id: named, columns } = SEALED[table];
  const count: ResealCount = { current: 0, resealed: 0, unreadable: [] };
  let after = '00000000-0000-0000-0000-000000000000';
  for (;;) {
    const rows = await owner.transaction(async (trx) => {
      // Row-level security shows a tenant table to the operator's view only.
      await trx.raw("select set_config('app.operator', 'on', true)");
      const page = (await trx(table)
        .where('id', '>', after)
        .orderBy('id')
        .limit(PAGE)
        .select(['id', ...(named === 'id' ? [] : [named]), ...columns])) as Record<string, string | null>[];
      for (const row of page) {
        const changes: Record<string, string> = {};
        let unreadable = false;
        for (const column of columns) {
          const sealed = row[column];
          if (!sealed) continue;
          const outcome = box.reseal(sealed);
          if (outcome.state === 'current') count.current += 1;
          else if (outcome.state === 'resealed') changes[column] = outcome.sealed;
          else unreadable = true;
        }
        if (unreadable) count.unreadable.push(row[named] as string);
        if (!Object.keys(changes).length) continue;
        // Only if each column still holds what was read: a secret rotated meanwhile is already under the new key.
        const where = Object.fromEntries(Object.keys(changes).map((column) => [column, row[column]]));
        const written = await trx(table)
          .where({ id: row.id, ...where })
          .update(changes);
        if (written) count.resealed += Object.keys(changes).length;
      }
      return page;
    });
    if (rows.length < PAGE) return count;
    after = rows.at(-1)?.id as string;
  }
}

/** The report in words, one line per kind of secret, for the command's output. */
export function describeReseal(report: ResealReport): string[] {
  const line = (label: string, c: ResealCount) =>
    `${label} secrets: ${c.resealed} sealed again under JWT_SECRET, ${c.current} already under it` +
    (c.unreadable.length ? `, ${c.unreadable.length} open under neither key (${c.unreadable.join(', ')})` : '');
  return [line(SEALED.integrations.label, report.sites), line(SEALED.webhook_endpoints.label, report.webhookEndpoints)];
}
