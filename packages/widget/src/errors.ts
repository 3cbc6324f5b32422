// One error model on every surface: the SDK's error classes and the API's codes become a translated sentence, with
// the request id to quote to support.
import { APIConnectionError, isAPIError, OperationFailedError } from '@igny8/sdk';
import type { I18n, MessageKey } from './i18n/index.js';

export interface ShownError {
  message: string;
  code?: string;
  requestId?: string;
}

/** Thrown (and shown) when the host's `fetchSession` fails: the SDK never sees that one. */
export class SessionError extends Error {
  override name = 'SessionError';
}

export function describeError(error: unknown, i18n: I18n): ShownError {
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
  if (error instanceof SessionError) return { message: i18n.t('error.SESSION') };
  return { message: i18n.t('error.generic') };
}
