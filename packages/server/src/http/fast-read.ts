// Reads in one round trip. A read operation with a read planner (http/handler.ts `ReadPlanner`) is answered by one
// message to PostgreSQL holding the caller's enter statement and the read (db/entered-read.ts): no BEGIN, no COMMIT,
// one wait instead of three. The read must be built before the enter statement's rows say who the caller is, so it
// is built for the principal this credential had on its previous request in this process, and its rows are used
// only if the fresh rows give exactly that principal again: the membership, its role, the password version, the
// key's revocation and the account's status are still read on every request, in the same implicit transaction as
// the read. Whenever anything differs or is in doubt — a first request, a changed role, a refusal, an empty page,
// a request the ordinary path would refuse — the answer is discarded unseen and the ordinary path runs, so the
// answers (and the errors) are exactly the ordinary path's.
import type { OperationId, OperationManifest } from '@igny8/contract';
import type { Context } from 'koa';
import { type Credential, enterStatement, type Principal, principalOfEntered } from '../auth/principal.js';
import { readEntered } from '../db/entered-read.js';
import type { AppDeps } from '../deps.js';
import { checkAccess } from './access.js';
import type { HandlerInput, HandlerOutput, ReadPlanner } from './handler.js';

const REMEMBERED_MAX = 10_000;
const remembered = new WeakMap<AppDeps, Map<string, Principal>>();

function keyOf(credential: Credential): string | undefined {
  if (credential.kind === 'user') {
    const c = credential.claims;
    return `user:${c.accountId}:${c.userId}:${c.passwordVersion}`;
  }
  if (credential.kind === 'api_key') return `key:${credential.hash}`;
  return undefined;
}

/** Notes the principal a credential resolved to, as the guess for its next read. */
export function rememberPrincipal(deps: AppDeps, credential: Credential, principal: Principal): void {
  const key = keyOf(credential);
  if (!key) return;
  let map = remembered.get(deps);
  if (!map) {
    map = new Map();
    remembered.set(deps, map);
  }
  if (!map.has(key) && map.size >= REMEMBERED_MAX) map.delete(map.keys().next().value as string);
  map.set(key, principal);
}

/** How often reads were answered in one round trip, and how often the ordinary path had to answer (for tests and metrics). */
const counts = new WeakMap<AppDeps, { answered: number; fellBack: number }>();
export function fastReadCounts(deps: AppDeps): { answered: number; fellBack: number } {
  let c = counts.get(deps);
  if (!c) {
    c = { answered: 0, fellBack: 0 };
    counts.set(deps, c);
  }
  return c;
}

const samePrincipal = (a: Principal, b: Principal) =>
  a.kind === b.kind &&
  a.accountId === b.accountId &&
  a.userId === b.userId &&
  a.role === b.role &&
  a.apiKeyId === b.apiKeyId &&
  a.siteId === b.siteId &&
  a.accountStatus === b.accountStatus;

/**
 * The operation's answer from one round trip, or undefined when the ordinary path must answer. `readRequest`
 * parses the path and query; its refusals are left to the ordinary path too, which checks the caller first.
 */
export async function fastRead(
  ...args: Parameters<typeof tryRead>
): Promise<{ principal: Principal; output: HandlerOutput } | undefined> {
  const answer = await tryRead(...args);
  const c = fastReadCounts(args[0]);
  if (answer) c.answered++;
  else c.fellBack++;
  return answer;
}

async function tryRead(
  deps: AppDeps,
  manifest: OperationManifest,
  ctx: Context,
  credential: Credential | undefined,
  planner: ReadPlanner<OperationId>,
  readRequest: (ctx: Context) => Promise<{ input: HandlerInput<OperationId> }>,
): Promise<{ principal: Principal; output: HandlerOutput } | undefined> {
  if (!credential || credential.kind === 'widget') return undefined;
  const key = keyOf(credential);
  const guess = key ? remembered.get(deps)?.get(key) : undefined;
  const enter = enterStatement(credential);
  if (!guess || !enter) return undefined;
  let plan: ReturnType<ReadPlanner<OperationId>>;
  try {
    checkAccess(manifest, guess);
    const { input } = await readRequest(ctx);
    plan = planner({ params: input.params, query: input.query, actor: guess }, deps.db.app);
  } catch {
    return undefined;
  }
  const result = await readEntered(deps.db.app, enter, plan.query);
  if (!result) return undefined;
  let fresh: ReturnType<typeof principalOfEntered>;
  try {
    fresh = principalOfEntered(credential, result.entered, deps.now());
  } catch {
    remembered.get(deps)?.delete(key as string);
    return undefined;
  }
  if (fresh.recordUse || !samePrincipal(fresh.principal, guess)) return undefined;
  const output = plan.finish(result.rows);
  return output ? { principal: guess, output } : undefined;
}
