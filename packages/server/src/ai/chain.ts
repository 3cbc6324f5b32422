// A fallback chain: the same interfaces as a single provider, trying each member in turn. A provider that is
// rate-limited, down, slow, out of quota or unable to do the task hands over to the next, so a queue never stalls on
// one vendor; a bad request is the caller's problem and is not replayed elsewhere.
import { assertOutsideTransaction } from '../db/transaction-scope.js';
import { isProviderError, ProviderError } from './errors.js';
import type {
  AiProvider,
  EmbedOptions,
  EmbedResult,
  Failover,
  GenerateRequest,
  GenerateResult,
  ImageRequest,
  ImageResult,
} from './types.js';

/** Whether the chain moves on after this failure. */
export function shouldFallBack(error: ProviderError): boolean {
  if (error.code === 'BAD_REQUEST') return false;
  return error.retryable || error.code === 'QUOTA_EXCEEDED' || error.code === 'UNAVAILABLE';
}

function combined(errors: ProviderError[]): ProviderError {
  if (errors.length === 1) return errors[0]!;
  // The first failure says why the preferred provider did not answer; the rest are listed in the message.
  const first = errors[0]!;
  const summary = errors.map((e) => `${e.provider ?? '?'}: ${e.code} — ${e.message}`).join(' | ');
  return new ProviderError(first.code, `All ${errors.length} AI providers failed. ${summary}`, {
    provider: first.provider,
    status: first.status,
    retryable: errors.some((e) => e.retryable),
    retryAfterMs: first.retryAfterMs,
    attempts: errors,
  });
}

async function run<R extends { failovers?: Failover[] }>(
  members: AiProvider[],
  capability: string,
  signal: AbortSignal | undefined,
  call: (provider: AiProvider) => Promise<R>,
): Promise<R> {
  // A provider call can take a minute: it never holds a database transaction (and its connection) open.
  assertOutsideTransaction(`a call to an AI provider (${capability})`);
  if (members.length === 0) {
    throw new ProviderError('UNAVAILABLE', `No configured AI provider offers ${capability}`, { retryable: false });
  }
  const errors: ProviderError[] = [];
  for (const member of members) {
    try {
      const result = await call(member);
      if (errors.length === 0) return result;
      const failovers = errors.map((e) => ({ provider: e.provider ?? member.name, code: e.code, message: e.message }));
      return { ...result, failovers: [...failovers, ...(result.failovers ?? [])] };
    } catch (error) {
      // The caller's cancellation ends the whole chain; so does anything that is not a provider failure (a bug).
      if (signal?.aborted || !isProviderError(error)) throw error;
      const tagged =
        error.provider === undefined
          ? new ProviderError(error.code, error.message, { ...error, provider: member.name, cause: error })
          : error;
      errors.push(tagged);
      if (!shouldFallBack(tagged)) break;
    }
  }
  throw combined(errors);
}

export type ProviderChain = Required<Pick<AiProvider, 'name' | 'kind'>> &
  AiProvider & { readonly kind: 'chain'; readonly members: readonly AiProvider[] };

/**
 * A provider made of `providers`, tried in order per call. Each capability uses only the members that have it
 * (a chain of [openai, local] embeds with openai and local, but a member without embeddings is skipped).
 */
export function createProviderChain(providers: AiProvider[], name?: string): ProviderChain {
  const members = [...providers];
  const chain: ProviderChain = {
    name: name ?? `chain(${members.map((p) => p.name).join(',')})`,
    kind: 'chain',
    members,
  };
  const withGenerate = members.filter((p) => p.generate);
  const withEmbed = members.filter((p) => p.embed);
  const withImage = members.filter((p) => p.image);
  if (withGenerate.length > 0) {
    chain.generate = <T>(request: GenerateRequest<T>): Promise<GenerateResult<T>> =>
      run(withGenerate, 'structured text', request.signal, (p) => p.generate!(request));
  }
  if (withEmbed.length > 0) {
    chain.embed = (texts: string[], options?: EmbedOptions): Promise<EmbedResult> =>
      run(withEmbed, 'embeddings', options?.signal, (p) => p.embed!(texts, options));
  }
  if (withImage.length > 0) {
    chain.image = (request: ImageRequest): Promise<ImageResult> =>
      run(withImage, 'images', request.signal, (p) => p.image!(request));
  }
  return chain;
}
