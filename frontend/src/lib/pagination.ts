// Forward cursor pagination with a way back. Relay connections page forward with
// `first`/`after`; to go back we remember the `after` cursor of every page we left, which
// needs no `last`/`before` support and always returns exactly the page seen before.

export interface PageState {
  /** The `after` argument for the current page (null: the first page). */
  after: string | null;
  /** The `after` arguments of the pages before this one, oldest first. */
  previous: Array<string | null>;
}

export type PageAction =
  | { type: 'next'; endCursor: string | null | undefined }
  | { type: 'previous' }
  | { type: 'reset' };

export const firstPage: PageState = { after: null, previous: [] };

export function pageReducer(state: PageState, action: PageAction): PageState {
  switch (action.type) {
    case 'next':
      // Without an end cursor there is nowhere to go: stay put rather than restart.
      if (!action.endCursor) return state;
      return { after: action.endCursor, previous: [...state.previous, state.after] };
    case 'previous': {
      if (state.previous.length === 0) return state;
      const previous = state.previous.slice(0, -1);
      return { after: state.previous[state.previous.length - 1] ?? null, previous };
    }
    case 'reset':
      return firstPage;
  }
}

/** 1-based number of the current page. */
export function pageNumber(state: PageState): number {
  return state.previous.length + 1;
}

/** "Showing 21–40 of 95": the rows on this page, given the page size and what it holds. */
export function rangeLabel(state: PageState, pageSize: number, rowsOnPage: number, total: number | null): string {
  if (rowsOnPage === 0) return total === null ? 'No results' : `0 of ${total}`;
  const from = state.previous.length * pageSize + 1;
  const to = from + rowsOnPage - 1;
  return total === null ? `${from}–${to}` : `${from}–${to} of ${total}`;
}
