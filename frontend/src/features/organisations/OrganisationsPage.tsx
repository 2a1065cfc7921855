// Finding an organisation by name or ODS code.

import { Link, getRouteApi, useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { useQuery } from 'urql';
import { Pager, pageVariables } from '../../components/Pager';
import { Failure, Loading } from '../../components/QueryState';
import { StatusTag } from '../../components/Tags';
import { usePageTitle } from '../../components/usePageTitle';
import { graphql } from '../../gql';
import { formatCount, humanise } from '../../lib/format';

const route = getRouteApi('/organisations');

const OrganisationsDocument = graphql(`
  query Organisations($name: String, $codes: [String!], $first: Int, $after: String, $last: Int, $before: String) {
    organisations(filter: { nameContains: $name, odsCodes: $codes }, first: $first, after: $after, last: $last, before: $before) {
      totalCount
      pageInfo {
        hasPreviousPage
        hasNextPage
        startCursor
        endCursor
      }
      edges {
        node {
          id
          odsCode
          name
          kind
          status
        }
      }
    }
  }
`);

/** A search for "rr8" looks for that ODS code as well as names containing it. */
export function looksLikeOdsCode(q: string): boolean {
  return /^[A-Za-z0-9]{3,6}$/.test(q.trim()) && /\d/.test(q);
}

export function OrganisationsPage() {
  usePageTitle('Organisations');
  const { q, after, before } = route.useSearch();
  const navigate = useNavigate({ from: '/organisations' });
  const [text, setText] = useState(q ?? '');
  const code = q && looksLikeOdsCode(q) ? q.trim().toUpperCase() : null;
  const [{ data, error, fetching }] = useQuery({
    query: OrganisationsDocument,
    variables: { name: code ? null : q || null, codes: code ? [code] : null, ...pageVariables({ after, before }, 25) },
  });
  return (
    <>
      <h1>Organisations</h1>
      <form
        noValidate
        role="search"
        onSubmit={(e) => {
          e.preventDefault();
          navigate({ search: { q: text.trim() || undefined } });
        }}
      >
        <div className="nhsuk-form-group">
          <label className="nhsuk-label" htmlFor="org-search">
            Name or ODS code
          </label>
          <input
            className="nhsuk-input nhsuk-input--width-30"
            id="org-search"
            type="search"
            value={text}
            onChange={(e) => setText(e.target.value)}
          />
        </div>
        <button className="nhsuk-button nhsuk-button--secondary" type="submit">
          Search
        </button>
      </form>
      {error && !data && <Failure error={error} />}
      {fetching && !data && <Loading what="organisations" />}
      {data && (
        <>
          <p>{formatCount(data.organisations.totalCount)} organisations</p>
          <div className="app-table-scroll" tabIndex={0} role="region" aria-label="Organisations">
            <table className="nhsuk-table">
              <thead className="nhsuk-table__head">
                <tr>
                  <th scope="col">Name</th>
                  <th scope="col">ODS code</th>
                  <th scope="col">Kind</th>
                  <th scope="col">Status</th>
                </tr>
              </thead>
              <tbody className="nhsuk-table__body">
                {data.organisations.edges.map(({ node: o }) => (
                  <tr key={o.id}>
                    <td>
                      <Link to="/organisations/$organisationId" params={{ organisationId: o.id }}>
                        {o.name}
                      </Link>
                    </td>
                    <td>{o.odsCode}</td>
                    <td>{humanise(o.kind)}</td>
                    <td>
                      <StatusTag status={o.status} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <Pager
            pageInfo={data.organisations.pageInfo}
            link={(cursor, parts) => <Link to="/organisations" search={{ q, ...cursor }} {...parts} />}
          />
        </>
      )}
    </>
  );
}
