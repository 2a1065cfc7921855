// The benefits register: a programme's commitments in one grid, filtered and paged on the
// server. The board agrees proposed commitments from it, one at a time or several at once.

import { Link, getRouteApi, useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { Breadcrumbs } from '../../components/Breadcrumbs';
import { ErrorSummary, SelectField, type FieldError } from '../../components/forms';
import { Done, Failure, Loading } from '../../components/QueryState';
import { RagTag, StatusTag } from '../../components/Tags';
import { usePageTitle } from '../../components/usePageTitle';
import { graphql } from '../../gql';
import type { CommitmentStatus } from '../../gql/graphql';
import { outcome } from '../../graphql/mutation';
import { formatMeasure, formatPercent, humanise } from '../../lib/format';
import { signedPercent } from '../../lib/numbers';
import { AgreeDocument } from '../commitment/queries';
import { ProgrammeNav } from './ProgrammeNav';

const route = getRouteApi('/programmes/$programmeId/register');

export const STATUSES: CommitmentStatus[] = ['DRAFT', 'PROPOSED', 'AGREED', 'SIGNED_OFF', 'REALISED', 'WITHDRAWN', 'TRANSFERRED'];

const RegisterDocument = graphql(`
  query Register($programme: ID!, $statuses: [CommitmentStatus!], $after: String) {
    node(id: $programme) {
      __typename
      ... on Programme {
        id
        name
      }
    }
    commitments(filter: { programme: $programme, statuses: $statuses }, first: 50, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          status
          version
          baseline
          target
          organisation {
            id
            name
            odsCode
          }
          benefit {
            id
            code
            title
            unit
          }
          owner {
            id
            name
          }
          progress {
            actual
            progress
            plannedProgress
            variance
            rag
            onTrackToTarget
          }
          viewerCan {
            agree
          }
        }
      }
    }
  }
`);

export function RegisterPage() {
  const { programmeId } = route.useParams();
  const search = route.useSearch();
  const navigate = useNavigate({ from: '/programmes/$programmeId/register' });
  const [{ data, error, fetching }, refetch] = useQuery({
    query: RegisterDocument,
    variables: { programme: programmeId, statuses: search.status ? [search.status] : null, after: search.after ?? null },
  });
  const [, agree] = useMutation(AgreeDocument);
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [done, setDone] = useState<string | null>(null);
  const programme = data?.node?.__typename === 'Programme' ? data.node : null;
  usePageTitle(programme ? `Benefits register: ${programme.name}` : 'Benefits register');
  if (error && !data) return <Failure error={error} />;
  if (fetching && !data) return <Loading what="the register" />;
  const rows = data?.commitments.edges.map((e) => e.node) ?? [];
  const agreeable = rows.filter((r) => r.viewerCan.agree);

  const agreeAll = async (ids: string[]) => {
    const problems: FieldError[] = [];
    let agreed = 0;
    for (const id of ids) {
      const row = rows.find((r) => r.id === id);
      if (!row) continue;
      const result = outcome(await agree({ input: { id, version: row.version } }), (d) => d.agreeCommitment);
      if (result.ok) agreed += 1;
      else
        problems.push(...result.errors.map((e) => ({ ...e, field: 'form', message: `${row.organisation?.name}: ${e.message}` })));
    }
    setErrors(problems);
    setSelected(new Set());
    setDone(agreed > 0 ? `${agreed} commitment${agreed === 1 ? '' : 's'} agreed` : null);
    refetch({ requestPolicy: 'network-only' });
  };

  return (
    <>
      <Breadcrumbs items={[{ label: 'Programmes', to: '/programmes' }]} />
      <h1>Benefits register{programme ? `: ${programme.name}` : ''}</h1>
      <ProgrammeNav programmeId={programmeId} current="register" />
      <Done message={done} />
      <ErrorSummary form="register" errors={errors} />
      <div className="app-filters">
        <SelectField
          form="register"
          field="status"
          label="Status"
          value={search.status ?? ''}
          onChange={(v) =>
            navigate({ search: (s) => ({ ...s, status: (v || undefined) as CommitmentStatus | undefined, after: undefined }) })
          }
          options={[{ value: '', label: 'Any status' }, ...STATUSES.map((x) => ({ value: x, label: humanise(x) }))]}
        />
      </div>
      <p>
        {data?.commitments.totalCount ?? 0} commitments{search.after ? ' (a later page)' : ''}.
      </p>
      {agreeable.length > 0 && (
        <p>
          <button
            className="nhsuk-button nhsuk-button--small"
            type="button"
            disabled={selected.size === 0}
            onClick={() => agreeAll([...selected])}
          >
            Agree the {selected.size || ''} selected
          </button>
        </p>
      )}
      <div className="app-table-scroll" tabIndex={0} role="region" aria-label="Benefits register">
        <table className="nhsuk-table app-register">
          <caption className="nhsuk-table__caption nhsuk-u-visually-hidden">Commitments of the programme</caption>
          <thead className="nhsuk-table__head">
            <tr>
              {agreeable.length > 0 && (
                <th scope="col">
                  <span className="nhsuk-u-visually-hidden">Select</span>
                </th>
              )}
              <th scope="col">Benefit</th>
              <th scope="col">Organisation</th>
              <th scope="col">Owner</th>
              <th scope="col">Status</th>
              <th scope="col">Baseline</th>
              <th scope="col">Target</th>
              <th scope="col">Actual</th>
              <th scope="col">Progress</th>
              <th scope="col">Planned</th>
              <th scope="col">Variance</th>
              <th scope="col">RAG</th>
              <th scope="col">Action</th>
            </tr>
          </thead>
          <tbody className="nhsuk-table__body">
            {rows.map((c) => {
              const unit = c.benefit?.unit ?? '';
              const label = `${c.benefit?.code} for ${c.organisation?.name}`;
              return (
                <tr key={c.id}>
                  {agreeable.length > 0 && (
                    <td>
                      {c.viewerCan.agree && (
                        <input
                          type="checkbox"
                          className="app-checkbox"
                          aria-label={`Select ${label}`}
                          checked={selected.has(c.id)}
                          onChange={(e) =>
                            setSelected((s) => {
                              const n = new Set(s);
                              if (e.target.checked) n.add(c.id);
                              else n.delete(c.id);
                              return n;
                            })
                          }
                        />
                      )}
                    </td>
                  )}
                  <td>
                    <Link to="/commitments/$commitmentId" params={{ commitmentId: c.id }}>
                      {c.benefit?.code}
                    </Link>
                  </td>
                  <td>{c.organisation?.name}</td>
                  <td>{c.owner?.name ?? 'None'}</td>
                  <td>
                    <StatusTag status={c.status} />
                  </td>
                  <td>{formatMeasure(c.baseline, unit)}</td>
                  <td>{formatMeasure(c.target, unit)}</td>
                  <td>{formatMeasure(c.progress?.actual, unit)}</td>
                  <td>{formatPercent(c.progress?.progress)}</td>
                  <td>{formatPercent(c.progress?.plannedProgress)}</td>
                  <td>{signedPercent(c.progress?.variance)}</td>
                  <td>
                    <RagTag rag={c.progress?.rag} />
                  </td>
                  <td>
                    {c.viewerCan.agree && (
                      <button
                        type="button"
                        className="nhsuk-button nhsuk-button--secondary nhsuk-button--small app-button-inline"
                        onClick={() => agreeAll([c.id])}
                      >
                        Agree<span className="nhsuk-u-visually-hidden"> {label}</span>
                      </button>
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <nav className="nhsuk-pagination" role="navigation" aria-label="Pagination">
        <ul className="nhsuk-list nhsuk-pagination__list">
          {search.after && (
            <li className="nhsuk-pagination-item--previous">
              <Link
                className="nhsuk-pagination__link nhsuk-pagination__link--prev"
                to="/programmes/$programmeId/register"
                params={{ programmeId }}
                search={(s) => ({ ...s, after: undefined })}
              >
                <span className="nhsuk-pagination__title">First page</span>
              </Link>
            </li>
          )}
          {data?.commitments.pageInfo.hasNextPage && (
            <li className="nhsuk-pagination-item--next">
              <Link
                className="nhsuk-pagination__link nhsuk-pagination__link--next"
                to="/programmes/$programmeId/register"
                params={{ programmeId }}
                search={(s) => ({ ...s, after: data.commitments.pageInfo.endCursor ?? undefined })}
              >
                <span className="nhsuk-pagination__title">Next page</span>
              </Link>
            </li>
          )}
        </ul>
      </nav>
    </>
  );
}
