import type { PageInfo } from '../api/types';
import { pageNumber, rangeLabel, type PageAction, type PageState } from '../lib/pagination';

/** Previous / next buttons for a cursor connection, with "21–40 of 95". */
export function Pager({
  page,
  dispatch,
  pageInfo,
  pageSize,
  rowsOnPage,
  totalCount,
  loading,
  label,
  hideWhenSinglePage = false,
}: {
  page: PageState;
  dispatch: (action: PageAction) => void;
  pageInfo: PageInfo;
  pageSize: number;
  rowsOnPage: number;
  totalCount: number;
  loading: boolean;
  label: string;
  /** Where the count is shown elsewhere (a section heading), one page needs no pager. */
  hideWhenSinglePage?: boolean;
}) {
  const hasPrevious = page.previous.length > 0;
  if (!hasPrevious && !pageInfo.hasNextPage) {
    if (hideWhenSinglePage) return null;
    return <p className="pager-summary">{rangeLabel(page, pageSize, rowsOnPage, totalCount)}</p>;
  }
  return (
    <nav className="pager" aria-label={`${label} pages`}>
      <button
        type="button"
        className="button-secondary"
        disabled={!hasPrevious || loading}
        onClick={() => dispatch({ type: 'previous' })}
      >
        ← Previous
      </button>
      <span className="pager-summary" aria-live="polite">
        Page {pageNumber(page)} · {loading ? 'loading…' : rangeLabel(page, pageSize, rowsOnPage, totalCount)}
      </span>
      <button
        type="button"
        className="button-secondary"
        disabled={!pageInfo.hasNextPage || loading}
        onClick={() => dispatch({ type: 'next', endCursor: pageInfo.endCursor })}
      >
        Next page →
      </button>
    </nav>
  );
}
