// `client.operations`: the generated `get`, plus `wait` to poll a long-running operation to its end.
import type { components } from '@igny8/contract/openapi';
import { OperationFailedError, OperationTimeoutError } from '../errors.js';
import type { Operations as GeneratedOperations } from '../generated/resources.js';
import { sleep } from '../internal/sleep.js';

type Operation = components['schemas']['Operation'];

export interface WaitOptions {
  /** Milliseconds between polls (default 500). */
  intervalMs?: number;
  /** Give up after this many milliseconds with OperationTimeoutError (default 300 000); the work goes on. */
  timeoutMs?: number;
  /** Stops waiting (APIUserAbortError); the work goes on. */
  signal?: AbortSignal;
  /** Called with the operation after every poll, e.g. to show `progress.done / progress.total`. */
  onProgress?: (operation: Operation) => void;
}

/** `client.operations`: long-running work. */
export class Operations implements GeneratedOperations {
  readonly #generated: GeneratedOperations;

  constructor(generated: GeneratedOperations) {
    this.#generated = generated;
  }

  get(...args: Parameters<GeneratedOperations['get']>): ReturnType<GeneratedOperations['get']> {
    return this.#generated.get(...args);
  }

  /**
   * Polls `GET /v1/operations/{operation_id}` until the operation is final. Resolves with it when it `succeeded`;
   * rejects with OperationFailedError (carrying the operation and its error code) when it `failed` or was
   * `cancelled`.
   */
  async wait(operationId: string, options: WaitOptions = {}): Promise<Operation> {
    const { intervalMs = 500, timeoutMs = 300_000, signal, onProgress } = options;
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const operation = await this.get(operationId, { signal });
      onProgress?.(operation);
      if (operation.status === 'succeeded') return operation;
      if (operation.status === 'failed' || operation.status === 'cancelled') throw new OperationFailedError(operation);
      if (Date.now() + intervalMs > deadline) throw new OperationTimeoutError(operation, timeoutMs);
      await sleep(intervalMs, signal);
    }
  }
}
