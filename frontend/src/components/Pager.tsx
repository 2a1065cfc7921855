// The pages before and after a page of a long list (organisations, the audit trail), as
// NHS.UK pagination. The list is read by cursor: the next page is the items after this page's
// last, the previous page the items before its first, so either is one step however deep.

import type { ReactNode } from 'react';

/**
 * Where a page of a list is in the address: after an item, before one, or neither (the start).
 * The pager's links name both, one of them undefined, so that following one drops the other.
 */
export type PageCursor = { after?: string; before?: string };

/** The paging variables of a page of `size` at `cursor`: a page before an item ends at it. */
export function pageVariables(cursor: PageCursor, size: number) {
  return cursor.before
    ? { first: null, after: null, last: size, before: cursor.before }
    : { first: size, after: cursor.after ?? null, last: null, before: null };
}

type PageInfo = {
  hasPreviousPage: boolean;
  hasNextPage: boolean;
  startCursor?: string | null;
  endCursor?: string | null;
};

/** The design system's arrows (its `nhsukIcon` macro's paths), drawn beside the link's title. */
const ARROWS = {
  left: 'M10.7 6.3c.4.4.4 1 0 1.4L7.4 11H19a1 1 0 0 1 0 2H7.4l3.3 3.3c.4.4.4 1 0 1.4a1 1 0 0 1-1.4 0l-5-5A1 1 0 0 1 4 12c0-.3.1-.5.3-.7l5-5a1 1 0 0 1 1.4 0Z',
  right:
    'm14.7 6.3 5 5c.2.2.3.4.3.7 0 .3-.1.5-.3.7l-5 5a1 1 0 0 1-1.4-1.4l3.3-3.3H5a1 1 0 0 1 0-2h11.6l-3.3-3.3a1 1 0 1 1 1.4-1.4Z',
};

function Arrow({ to }: { to: keyof typeof ARROWS }) {
  return (
    <svg
      className={`nhsuk-icon nhsuk-icon--arrow-${to}`}
      xmlns="http://www.w3.org/2000/svg"
      viewBox="0 0 24 24"
      width="16"
      height="16"
      focusable="false"
      aria-hidden="true"
    >
      <path d={ARROWS[to]} />
    </svg>
  );
}

type LinkParts = { className: string; rel: string; children: ReactNode };

type PagerProps = {
  pageInfo: PageInfo;
  /** A link to the page at `cursor`: the page knows its route and what else its address keeps. */
  link: (cursor: PageCursor, parts: LinkParts) => ReactNode;
  previous?: string;
  next?: string;
};

export function Pager({ pageInfo, link, previous = 'Previous page', next = 'Next page' }: PagerProps) {
  const before = pageInfo.hasPreviousPage ? pageInfo.startCursor : null;
  const after = pageInfo.hasNextPage ? pageInfo.endCursor : null;
  if (!before && !after) return null;
  const title = (text: string, to: keyof typeof ARROWS) => (
    <>
      <span className="nhsuk-pagination__title">{text}</span>
      <Arrow to={to} />
    </>
  );
  return (
    <nav className="nhsuk-pagination" role="navigation" aria-label="Pagination">
      <ul className="nhsuk-list nhsuk-pagination__list">
        {before && (
          <li className="nhsuk-pagination-item--previous">
            {link(
              { after: undefined, before },
              {
                className: 'nhsuk-pagination__link nhsuk-pagination__link--prev',
                rel: 'prev',
                children: title(previous, 'left'),
              },
            )}
          </li>
        )}
        {after && (
          <li className="nhsuk-pagination-item--next">
            {link(
              { after, before: undefined },
              { className: 'nhsuk-pagination__link nhsuk-pagination__link--next', rel: 'next', children: title(next, 'right') },
            )}
          </li>
        )}
      </ul>
    </nav>
  );
}
