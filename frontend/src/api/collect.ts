// Reading every page of a connection, for views that group rows client-side (a programme's
// commitments by benefit). Bounded, so a huge programme cannot make the page fetch forever.

import type { Connection } from './types';

export interface Collected<N> {
  nodes: N[];
  totalCount: number;
  /** False when we stopped at `maxPages` with more pages left. */
  complete: boolean;
}

/** The largest page the API serves (`first` ≤ 100). */
export const MAX_PAGE_SIZE = 100;

export async function collectAll<N>(
  fetchPage: (after: string | null) => Promise<Connection<N>>,
  maxPages = 20,
): Promise<Collected<N>> {
  const nodes: N[] = [];
  let after: string | null = null;
  let totalCount = 0;
  for (let page = 0; page < maxPages; page++) {
    const connection: Connection<N> = await fetchPage(after);
    totalCount = connection.totalCount;
    for (const edge of connection.edges) nodes.push(edge.node);
    const next = connection.pageInfo.endCursor;
    if (!connection.pageInfo.hasNextPage || !next || next === after) {
      return { nodes, totalCount, complete: true };
    }
    after = next;
  }
  return { nodes, totalCount, complete: false };
}
