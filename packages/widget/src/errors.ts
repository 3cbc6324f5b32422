// One error model on every surface: the SDK's error classes and the API's codes become a translated sentence, with
// the request id to quote to support.
import { APIConnectionError, isAPIError, OperationFailedError } from '@igny8/sdk';
import type { I18n, MessageKey } from './i18n/index.js';
import { SessionError } from './session.js';

export { SessionError };

export interface ShownError {
  message: string;
  code?: string;
  requestId?: string;
}

/**
 * The SessionError behind an error, if any: a renewal that failed inside a request reaches the screen wrapped by the
 * SDK (as the cause of a connection error), a failed first session directly.
 */
function sessionErrorIn(error: unknown): SessionError | undefined {
  for (let e = error, depth = 0; e instanceof Error && depth < 5; e = e.cause, depth++) {
    if (e instanceof SessionError) return e;
  }
  return undefined;
}

export function describeError(error: unknown, i18n: I18n): ShownError {
  // The host's reason (e.g. "This site is not connected to Igny8…") says more than any generic sentence.
  const session = sessionErrorIn(error);
  if (session) {
    return { message: session.reason ?? i18n.t('error.SESSION'), ...(session.code ? { code: session.code } : {}) };
  }
  const known = (code: string) => {
    const key = `error.${code}` as MessageKey;
    const text = i18n.t(key);
    return text === key ? undefined : text;
  };
  if (isAPIError(error)) {
    return {
      message: known(error.code) ?? error.message ?? i18n.t('error.generic'),
      code: error.code,
      ...(error.requestId ? { requestId: error.requestId } : {}),
    };
  }
  if (OperationFailedError.is(error)) {
    return { message: known(error.code) ?? error.message, code: error.code };
  }
  if (APIConnectionError.is(error)) return { message: i18n.t('error.NETWORK') };
  return { message: i18n.t('error.generic') };
}
