// Query hooks the pages use: one request, one page of a connection, or every page of one.

import { useCallback, useState } from 'react';
import { graphqlRequest, type GraphQLErrorEntry } from './client';
import { collectAll, MAX_PAGE_SIZE, type Collected } from './collect';
import type { Connection } from './types';
import { useAsync, type AsyncState } from './useAsync';
import { firstPage, pageReducer, type PageAction, type PageState } from '../lib/pagination';

/** Runs one GraphQL document with the given variables. */
export function useQuery<T, V extends object>(query: string, variables: V, skip = false): AsyncState<T> {
  const key = JSON.stringify([query, variables]);
  return useAsync<T>((signal) => graphqlRequest<T, V>(query, variables, { signal }), key, skip);
}

export interface PagedQuery<T> extends AsyncState<T> {
  page: PageState;
  dispatch: (action: PageAction) => void;
}

/**
 * One page of a connection at a time, with next/previous. `resetKey` names the filters: when
 * it changes we go back to the first page.
 */
export function usePagedQuery<T, V extends object>(
  query: string,
  variables: V,
  pageSize: number,
  resetKey = '',
  skip = false,
): PagedQuery<T> {
  // The page belongs to the filters it was reached under: new filters start at page 1 in the
  // same render, so no request is ever sent with a cursor from another result set.
  const [paging, setPaging] = useState({ key: resetKey, page: firstPage });
  const page = paging.key === resetKey ? paging.page : firstPage;
  const dispatch = useCallback(
    (action: PageAction) =>
      setPaging((p) => ({ key: resetKey, page: pageReducer(p.key === resetKey ? p.page : firstPage, action) })),
    [resetKey],
  );
  const state = useQuery<T, V & { first: number; after: string | null }>(
    query,
    { ...variables, first: pageSize, after: page.after },
    skip,
  );
  return { ...state, page, dispatch };
}

/** Every page of a connection (up to a bound), for views that group rows client-side. */
export function useCollectedQuery<T, V extends object, N>(
  query: string,
  variables: V,
  select: (data: T) => Connection<N> | null | undefined,
  skip = false,
): AsyncState<Collected<N>> {
  const key = JSON.stringify(['all', query, variables]);
  return useAsync<Collected<N>>(
    async (signal) => {
      const errors: GraphQLErrorEntry[] = [];
      const data = await collectAll<N>(async (after) => {
        const result = await graphqlRequest<T>(query, { ...variables, first: MAX_PAGE_SIZE, after }, { signal });
        errors.push(...result.errors);
        const connection = select(result.data);
        if (!connection) throw new Error('The server returned no list for this query');
        return connection;
      });
      return { data, errors };
    },
    key,
    skip,
  );
}
