// A titled section showing one page of a connection, with its own loading, error and pager.
// Each section fetches on its own, so one failing list (say, people's contact details the
// caller may not read) does not take down the rest of the page.

import type { ReactNode } from 'react';
import { usePagedQuery } from '../api/hooks';
import type { Connection } from '../api/types';
import { nodesOf } from '../api/types';
import { Pager } from './Pager';
import { Empty, ErrorMessage, Loading, PartialErrors } from './Status';

export function ConnectionSection<T, N>({
  id,
  title,
  query,
  variables,
  select,
  empty,
  pageSize = 20,
  children,
}: {
  id: string;
  title: string;
  query: string;
  variables: object;
  select: (data: T) => Connection<N> | null | undefined;
  empty: string;
  pageSize?: number;
  children: (nodes: N[]) => ReactNode;
}) {
  const q = usePagedQuery<T, object>(query, variables, pageSize, JSON.stringify(variables));
  const connection = q.data ? select(q.data) : null;
  const nodes = nodesOf(connection);
  const headingId = `${id}-heading`;
  return (
    <section className="panel" aria-labelledby={headingId} data-testid={id}>
      <h2 id={headingId}>
        {title} {connection ? <span className="muted">({connection.totalCount})</span> : null}
      </h2>
      {q.error ? <ErrorMessage error={q.error} title={`Could not load ${title.toLowerCase()}`} onRetry={q.refetch} /> : null}
      <PartialErrors errors={q.partialErrors} />
      {q.loading && !q.data ? <Loading what={`Loading ${title.toLowerCase()}`} /> : null}
      {q.data && !connection ? <Empty>Not available.</Empty> : null}
      {connection && nodes.length === 0 ? <Empty>{empty}</Empty> : null}
      {connection && nodes.length > 0 ? (
        <>
          {children(nodes)}
          <Pager
            label={title}
            page={q.page}
            dispatch={q.dispatch}
            pageInfo={connection.pageInfo}
            pageSize={pageSize}
            rowsOnPage={nodes.length}
            totalCount={connection.totalCount}
            loading={q.loading}
            hideWhenSinglePage
          />
        </>
      ) : null}
    </section>
  );
}
