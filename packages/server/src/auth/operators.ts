// The platform operator: accounts made on the server (`pnpm operator:create`), signing in for a
// token that opens /v1/admin/* and nothing else.
import type { Knex } from 'knex';
import type { AppDeps } from '../deps.js';
import { AppError, UnauthorizedError } from '../errors.js';
import { dummyHash, hashPassword, verifyPassword } from './passwords.js';

export async function createOperator(owner: Knex, input: { email: string; name: string; password: string }) {
  if (input.password.length < 12) throw new Error('An operator password needs 12 or more characters.');
  const exists = await owner('operators').whereRaw('lower(email) = lower(?)', [input.email]).first('id');
  if (exists) throw new AppError('CONFLICT', `An operator ${input.email} exists.`);
  const [row] = await owner('operators')
    .insert({ email: input.email, name: input.name, password_hash: await hashPassword(input.password) })
    .returning(['id', 'email', 'name']);
  return row as { id: string; email: string; name: string };
}

export async function operatorLogin(deps: AppDeps, input: { email: string; password: string }) {
  const row = await deps.db.app('operators').whereRaw('lower(email) = lower(?)', [input.email]).first();
  const ok = await verifyPassword(input.password, row?.password_hash ?? (await dummyHash()));
  if (!row || !ok) throw new UnauthorizedError('INVALID_CREDENTIALS', 'The email or password is wrong.');
  return {
    access_token: await deps.tokens.signOperator(row.id),
    token_type: 'Bearer' as const,
    expires_in: deps.tokens.ttlSeconds,
    operator: { id: row.id, email: row.email, name: row.name },
  };
}
