// Usage records: one per charged action, with the provider's tokens and cost.
import type { Knex } from 'knex';
import { paginate } from '../../db/pagination.js';

export interface UsageInput {
  accountId: string;
  siteId?: string | null;
  operation: string;
  provider: string;
  model?: string | null;
  tokensIn?: number;
  tokensOut?: number;
  costUsd?: number;
  credits: number;
  reservationKey?: string | null;
}

export async function recordUsage(trx: Knex.Transaction, u: UsageInput) {
  await trx('usage_records').insert({
    account_id: u.accountId,
    site_id: u.siteId ?? null,
    operation: u.operation,
    provider: u.provider,
    model: u.model ?? null,
    tokens_in: u.tokensIn ?? 0,
    tokens_out: u.tokensOut ?? 0,
    // Micro-dollars: exact sums, and a cent is too coarse for one small model call.
    cost_usd_micros: Math.round((u.costUsd ?? 0) * 1_000_000),
    credits: u.credits,
    reservation_key: u.reservationKey ?? null,
  });
}

interface UsageRow {
  id: string;
  operation: string;
  site_id: string | null;
  provider: string;
  model: string | null;
  tokens_in: number;
  tokens_out: number;
  cost_usd_micros: number;
  credits: number;
  created_at: Date;
}

type Operation =
  | 'cluster_keywords'
  | 'generate_ideas'
  | 'generate_content'
  | 'generate_image_prompts'
  | 'generate_image'
  | 'optimize_content'
  | 'publish';

export async function listUsage(trx: Knex.Transaction, accountId: string, page: { limit: number; cursor?: string }) {
  const result = await paginate<UsageRow>(
    trx('usage_records').where({ account_id: accountId }).select('usage_records.*'),
    {
      table: 'usage_records',
      ...page,
    },
  );
  return {
    data: result.data.map((u) => ({
      id: u.id,
      operation: u.operation as Operation,
      site_id: u.site_id,
      provider: u.provider,
      model: u.model,
      tokens_in: u.tokens_in,
      tokens_out: u.tokens_out,
      cost_usd: Number(u.cost_usd_micros) / 1_000_000,
      credits: u.credits,
      created_at: u.created_at.toISOString(),
    })),
    meta: result.meta,
  };
}

/** Totals by UTC day and operation over [from, to] (whole days). */
export async function usageSummary(
  trx: Knex.Transaction,
  accountId: string,
  range: { from?: string; to?: string; now: Date },
) {
  const to = range.to ?? range.now.toISOString().slice(0, 10);
  const from = range.from ?? new Date(range.now.getTime() - 29 * 86_400_000).toISOString().slice(0, 10);
  const { rows } = await trx.raw(
    `select to_char(created_at at time zone 'UTC', 'YYYY-MM-DD') as day, operation, count(*)::int as count,
            sum(credits)::int as credits, sum(tokens_in)::int as tokens_in, sum(tokens_out)::int as tokens_out,
            sum(cost_usd_micros)::bigint as micros
       from usage_records
      where account_id = ? and created_at >= ?::date and created_at < ?::date + 1
      group by 1, 2 order by 1, 2`,
    [accountId, from, to],
  );
  return rows.map(
    (r: {
      day: string;
      operation: Operation;
      count: number;
      credits: number;
      tokens_in: number;
      tokens_out: number;
      micros: number;
    }) => ({
      day: r.day,
      operation: r.operation,
      count: r.count,
      credits: r.credits,
      tokens_in: r.tokens_in,
      tokens_out: r.tokens_out,
      cost_usd: Number(r.micros) / 1_000_000,
    }),
  );
}
