// What AI actions cost. The operator edits the table; a row may be specific to a provider (and a
// variant such as premium images), else the `*` row applies.
import type { Knex } from 'knex';
import { AppError } from '../../errors.js';

export const DEFAULT_COSTS = [
  { operation: 'cluster_keywords', variant: 'default', unit: 'keyword', unit_size: 10, credits: 1 },
  { operation: 'generate_ideas', variant: 'default', unit: 'idea', unit_size: 1, credits: 2 },
  { operation: 'generate_content', variant: 'default', unit: 'word', unit_size: 100, credits: 1 },
  { operation: 'generate_image_prompts', variant: 'default', unit: 'content', unit_size: 1, credits: 1 },
  { operation: 'generate_image', variant: 'standard', unit: 'image', unit_size: 1, credits: 2 },
  { operation: 'generate_image', variant: 'premium', unit: 'image', unit_size: 1, credits: 5 },
  { operation: 'optimize_content', variant: 'default', unit: 'content', unit_size: 1, credits: 1 },
  { operation: 'publish', variant: 'default', unit: 'publish', unit_size: 1, credits: 0 },
] as const;

export interface CostRow {
  id: string;
  operation: string;
  variant: string;
  provider: string;
  unit: string;
  unit_size: number;
  credits: number;
  updated_at: Date;
}

export const presentCost = (c: CostRow) => ({
  id: c.id,
  operation: c.operation as (typeof DEFAULT_COSTS)[number]['operation'],
  variant: c.variant,
  provider: c.provider,
  unit: c.unit,
  unit_size: c.unit_size,
  credits: c.credits,
  updated_at: c.updated_at.toISOString(),
});

export const listCosts = (db: Knex | Knex.Transaction) =>
  db('credit_costs').orderBy(['operation', 'variant', 'provider']) as Promise<CostRow[]>;

export interface Action {
  operation: string;
  quantity: number;
  variant?: string;
  provider?: string;
}

/** The cost row for an action: the provider's own if any, else the `*` row; the operation's first variant by default. */
export async function costFor(db: Knex | Knex.Transaction, action: Action): Promise<CostRow> {
  const rows = (await db('credit_costs').where({ operation: action.operation })) as CostRow[];
  const variants = action.variant ? [action.variant] : ['default', 'standard'];
  for (const variant of variants) {
    const exact = rows.find((r) => r.variant === variant && r.provider === action.provider);
    const any = rows.find((r) => r.variant === variant && r.provider === '*');
    if (exact ?? any) return (exact ?? any) as CostRow;
  }
  throw new AppError(
    'UNPROCESSABLE',
    `No cost is set for ${action.operation}${action.variant ? ` (${action.variant})` : ''}.`,
    {
      operation: action.operation,
      variant: action.variant ?? null,
    },
  );
}

/** Credits for an action: whole charges of `unit_size` units, rounded up. */
export async function estimate(db: Knex | Knex.Transaction, action: Action): Promise<number> {
  const cost = await costFor(db, action);
  return Math.ceil(action.quantity / cost.unit_size) * cost.credits;
}

export async function setCost(
  trx: Knex.Transaction,
  input: { operation: string; variant?: string; provider?: string; unit?: string; unit_size?: number; credits: number },
): Promise<CostRow> {
  const variant = input.variant ?? 'default';
  const provider = input.provider ?? '*';
  const base = DEFAULT_COSTS.find((c) => c.operation === input.operation);
  const [row] = await trx('credit_costs')
    .insert({
      operation: input.operation,
      variant,
      provider,
      unit: input.unit ?? base?.unit ?? 'unit',
      unit_size: input.unit_size ?? base?.unit_size ?? 1,
      credits: input.credits,
    })
    .onConflict(['operation', 'variant', 'provider'])
    .merge({
      credits: input.credits,
      ...(input.unit ? { unit: input.unit } : {}),
      ...(input.unit_size ? { unit_size: input.unit_size } : {}),
      updated_at: trx.fn.now(),
    })
    .returning('*');
  return row;
}
