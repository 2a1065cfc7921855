// The one place where pages wait for the server: a request keyed by its inputs, cancelled when
// the inputs change or the component goes away, refetched when the bearer token changes.

import { useCallback, useEffect, useState, useSyncExternalStore } from 'react';
import { GraphQLRequestError, type GraphQLErrorEntry } from './client';
import { getToken, subscribeToken } from './token';

export interface AsyncState<R> {
  /** The last result; kept while the next one loads, so tables do not flicker when paging. */
  data: R | null;
  error: GraphQLRequestError | null;
  /** Errors that came back alongside data (e.g. one field the caller may not read). */
  partialErrors: GraphQLErrorEntry[];
  loading: boolean;
  refetch: () => void;
}

export interface AsyncResult<R> {
  data: R;
  errors: GraphQLErrorEntry[];
}

/** Subscribes to the stored token, so a pasted token refetches every query on screen. */
export function useToken(): string | null {
  return useSyncExternalStore(subscribeToken, getToken, () => null);
}

export function useAsync<R>(
  run: (signal: AbortSignal) => Promise<AsyncResult<R>>,
  key: string,
  skip = false,
): AsyncState<R> {
  const token = useToken();
  const [nonce, setNonce] = useState(0);
  const [state, setState] = useState<Omit<AsyncState<R>, 'refetch'>>({
    data: null,
    error: null,
    partialErrors: [],
    loading: !skip,
  });

  useEffect(() => {
    if (skip) {
      setState((s) => ({ ...s, loading: false }));
      return;
    }
    const controller = new AbortController();
    setState((s) => ({ ...s, loading: true }));
    run(controller.signal).then(
      (result) => {
        if (controller.signal.aborted) return;
        setState({ data: result.data, error: null, partialErrors: result.errors, loading: false });
      },
      (err: unknown) => {
        if (controller.signal.aborted) return;
        const error =
          err instanceof GraphQLRequestError
            ? err
            : new GraphQLRequestError([{ message: err instanceof Error ? err.message : String(err) }]);
        setState({ data: null, error, partialErrors: [], loading: false });
      },
    );
    return () => controller.abort();
    // `run` is a fresh closure each render; `key` names everything it depends on.
  }, [key, token, nonce, skip]);

  const refetch = useCallback(() => setNonce((n) => n + 1), []);
  return { ...state, refetch };
}
