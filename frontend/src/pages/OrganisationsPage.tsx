// Organisations: search by name, filter by kind and status, page through with cursors.
// The filters live in the URL, so a search can be shared or bookmarked.

import { useEffect, useState } from 'react';
import { usePagedQuery } from '../api/hooks';
import { ORGANISATIONS, type OrganisationFilter, type OrganisationsData, type OrganisationsVariables } from '../api/queries';
import { nodesOf } from '../api/types';
import { EnumBadge } from '../components/Badges';
import { EnumSelect } from '../components/EnumSelect';
import { OrganisationLink } from '../components/Links';
import { Pager } from '../components/Pager';
import { Empty, ErrorMessage, Loading, PartialErrors } from '../components/Status';
import { usePageTitle } from '../components/usePageTitle';
import { humanise, NONE } from '../lib/format';
import { isOneOf, ORGANISATION_KINDS, ORGANISATION_STATUSES } from '../lib/enums';
import { useDebouncedValue } from '../lib/useDebouncedValue';
import { href, navigate } from '../router';

const PAGE_SIZE = 25;

/** The API filter for what is in the URL; unknown enum values are ignored, not sent. */
export function organisationFilter(q: string, kind: string, status: string): OrganisationFilter {
  const filter: OrganisationFilter = {};
  const term = q.trim();
  if (term) filter.nameContains = term;
  if (isOneOf(ORGANISATION_KINDS, kind)) filter.kinds = [kind];
  if (isOneOf(ORGANISATION_STATUSES, status)) filter.statuses = [status];
  return filter;
}

export function OrganisationsPage({ q, kind, status }: { q: string; kind: string; status: string }) {
  usePageTitle(q ? `Organisations matching “${q}”` : 'Organisations');
  const [term, setTerm] = useState(q);
  const settled = useDebouncedValue(term, 300);

  // Typing updates the URL once it pauses; the URL drives the query. (Each effect reacts to
  // one input only, on purpose: listing both would make them undo each other.)
  useEffect(() => {
    if (settled.trim() !== q) navigate(href.organisations({ q: settled.trim(), kind, status }), true);
  }, [settled]);
  // Back/forward (or a pasted link) changes the URL: show its term in the box.
  useEffect(() => {
    if (q !== settled.trim()) setTerm(q);
  }, [q]);

  const filter = organisationFilter(q, kind, status);
  const variables: Omit<OrganisationsVariables, 'first' | 'after'> = {
    filter,
    orderBy: { field: 'NAME', direction: 'ASC' },
  };
  const query = usePagedQuery<OrganisationsData, typeof variables>(ORGANISATIONS, variables, PAGE_SIZE, JSON.stringify(filter));
  const connection = query.data?.organisations;
  const rows = nodesOf(connection);

  return (
    <section aria-labelledby="organisations-heading">
      <h1 id="organisations-heading">Organisations</h1>
      <form className="filters" role="search" onSubmit={(e) => e.preventDefault()}>
        <div className="field field-grow">
          <label htmlFor="org-search">Name contains</label>
          <input
            id="org-search"
            type="search"
            value={term}
            autoComplete="off"
            placeholder="e.g. Leeds"
            onChange={(e) => setTerm(e.target.value)}
          />
        </div>
        <EnumSelect
          id="org-kind"
          label="Kind"
          values={ORGANISATION_KINDS}
          value={kind}
          onChange={(v) => navigate(href.organisations({ q, kind: v, status }), true)}
        />
        <EnumSelect
          id="org-status"
          label="Status"
          values={ORGANISATION_STATUSES}
          value={status}
          onChange={(v) => navigate(href.organisations({ q, kind, status: v }), true)}
        />
      </form>

      {query.error ? <ErrorMessage error={query.error} title="Could not load organisations" onRetry={query.refetch} /> : null}
      <PartialErrors errors={query.partialErrors} />
      {query.loading && !connection ? <Loading what="Loading organisations" /> : null}
      {connection && rows.length === 0 ? <Empty>No organisation matches these filters.</Empty> : null}
      {connection && rows.length > 0 ? (
        <>
          <div className="table-wrap">
            <table data-testid="organisation-list" aria-busy={query.loading}>
              <caption className="visually-hidden">Organisations</caption>
              <thead>
                <tr>
                  <th scope="col">ODS code</th>
                  <th scope="col">Name</th>
                  <th scope="col">Kind</th>
                  <th scope="col">Status</th>
                  <th scope="col">Part of</th>
                </tr>
              </thead>
              <tbody>
                {rows.map((o) => (
                  <tr key={o.id} data-testid="organisation-row">
                    <td className="ods">{o.odsCode ?? NONE}</td>
                    <th scope="row">
                      <a href={href.organisation(o.id)}>{o.name}</a>
                    </th>
                    <td>{humanise(o.kind)}</td>
                    <td>
                      <EnumBadge value={o.status} />
                    </td>
                    <td>
                      <OrganisationLink organisation={o.parent} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <Pager
            label="Organisation"
            page={query.page}
            dispatch={query.dispatch}
            pageInfo={connection.pageInfo}
            pageSize={PAGE_SIZE}
            rowsOnPage={rows.length}
            totalCount={connection.totalCount}
            loading={query.loading}
          />
        </>
      ) : null}
    </section>
  );
}
