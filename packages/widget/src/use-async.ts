import { useCallback, useEffect, useState } from 'preact/hooks';

export interface AsyncState<T> {
  data: T | undefined;
  error: unknown;
  loading: boolean;
  reload: () => void;
}

/** Runs `load` on mount and whenever `deps` change; a late answer to an older run is dropped. */
export function useAsync<T>(load: () => Promise<T>, deps: unknown[]): AsyncState<T> {
  const [state, setState] = useState<{ data: T | undefined; error: unknown; loading: boolean }>({
    data: undefined,
    error: undefined,
    loading: true,
  });
  const [nonce, setNonce] = useState(0);
  // `deps` are the caller's; `load` is recreated each render and deliberately not one of them.
  useEffect(() => {
    let live = true;
    setState((s) => ({ ...s, loading: true, error: undefined }));
    load().then(
      (data) => live && setState({ data, error: undefined, loading: false }),
      (error: unknown) => live && setState({ data: undefined, error, loading: false }),
    );
    return () => {
      live = false;
    };
  }, [...deps, nonce]);
  const reload = useCallback(() => setNonce((n) => n + 1), []);
  return { ...state, reload };
}

export interface ActionState {
  /** The key of the action under way (a row's id), or null. */
  busy: string | null;
  /** Why the last action failed; undefined when it did not. */
  failure: unknown;
  /** Runs `work` for `key`, then `after` (a reload) when it succeeded; one failure is kept to show. */
  run: (key: string, work: () => Promise<unknown>) => Promise<void>;
}

/** An action a screen starts from a row (approve, publish, send again): which one is under way, and its failure. */
export function useAction(after: () => void): ActionState {
  const [busy, setBusy] = useState<string | null>(null);
  const [failure, setFailure] = useState<unknown>(undefined);
  const run = async (key: string, work: () => Promise<unknown>) => {
    setBusy(key);
    setFailure(undefined);
    try {
      await work();
      after();
    } catch (err) {
      setFailure(err);
    } finally {
      setBusy(null);
    }
  };
  return { busy, failure, run };
}
