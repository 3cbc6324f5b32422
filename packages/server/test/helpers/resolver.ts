// A resolver that answers what a test scripts, on loopback only: the SSRF tests of webhook deliveries and of calls to
// WordPress make a name answer one address to a check and another a moment later (DNS rebinding).
import type { Resolver } from '../../src/net/pinned-request.js';

/**
 * `answers` says what each name answers, in turn (the last answer repeats); `asked` counts every question. A name
 * with no answers does not resolve (ENOTFOUND).
 */
export function scriptedResolver(): { resolver: Resolver; answers: Map<string, string[]>; asked: Map<string, number> } {
  const answers = new Map<string, string[]>();
  const asked = new Map<string, number>();
  const resolver: Resolver = async (host) => {
    const list = answers.get(host);
    if (!list?.length) throw Object.assign(new Error('not found'), { code: 'ENOTFOUND' });
    const n = asked.get(host) ?? 0;
    asked.set(host, n + 1);
    return [{ address: list[Math.min(n, list.length - 1)] as string, family: 4 }];
  };
  return { resolver, answers, asked };
}
