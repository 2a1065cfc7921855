// The benefits register: a programme's commitments in one grid, filtered and paged on the
// server, each with its status and owner as they stood on the date. The board agrees proposed
// commitments from it, one at a time or several at once.

import { Link, getRouteApi, useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { Breadcrumbs } from '../../components/Breadcrumbs';
import { Downloads } from '../../components/Downloads';
import { LiveStatus, useLiveRefresh } from '../../components/LiveUpdates';
import { ErrorSummary, SelectField, type FieldError } from '../../components/forms';
import { Done, Failure, Loading, NotFound } from '../../components/QueryState';
import { RagTag, StatusTag } from '../../components/Tags';
import { usePageTitle } from '../../components/usePageTitle';
import { graphql } from '../../gql';
import type { CommitmentStatus, Rag, RegisterSort } from '../../gql/graphql';
import { outcome } from '../../graphql/mutation';
import { formatDate, formatMeasure, formatPercent, humanise } from '../../lib/format';
import { signedPercent } from '../../lib/numbers';
import { AgreeDocument } from '../commitment/queries';
import { AsAtForm } from './AsAtForm';
import { ProgrammeNav } from './ProgrammeNav';
import { ProgrammeRealisationChangedDocument } from './queries';

const route = getRouteApi('/programmes/$programmeId/register');

export const STATUSES: CommitmentStatus[] = ['DRAFT', 'PROPOSED', 'AGREED', 'SIGNED_OFF', 'REALISED', 'WITHDRAWN', 'TRANSFERRED'];
const RAGS: Rag[] = ['RED', 'AMBER', 'GREEN', 'BLUE', 'NOT_MEASURED'];
const SORTS = [
  { value: 'BENEFIT', label: 'Benefit and organisation' },
  { value: 'RAG', label: 'RAG, worst first' },
  { value: 'VARIANCE', label: 'Variance, most behind first' },
  { value: 'VARIANCE-', label: 'Variance, most ahead first' },
  { value: 'PROGRESS', label: 'Progress, least first' },
  { value: 'PROGRESS-', label: 'Progress, most first' },
];

/** The register's filters and sort, kept in the URL. */
export interface RegisterSearch {
  asAt?: string;
  status?: CommitmentStatus;
  rag?: Rag;
  region?: string;
  benefit?: string;
  sort?: RegisterSort;
  descending?: boolean;
  after?: string;
}

const RegisterDocument = graphql(`
  query Register($programme: ID!, $asAt: Date, $filter: RegisterFilter, $orderBy: RegisterOrder, $after: String) {
    node(id: $programme) {
      __typename
      ... on Programme {
        id
        name
        benefits(first: 100) {
          edges {
            node {
              id
              code
              title
            }
          }
        }
        realisation(asAt: $asAt) {
          asAt
          byRegion {
            organisation {
              id
              name
            }
          }
        }
        register(asAt: $asAt, filter: $filter, orderBy: $orderBy, first: 50, after: $after) {
          totalCount
          pageInfo {
            hasNextPage
            endCursor
          }
          edges {
            node {
              status
              owner {
                id
                name
              }
              actual
              progress
              plannedProgress
              variance
              rag
              enablingServiceLive
              commitment {
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
                progress(asAt: $asAt) {
                  forecast
                  onTrackToTarget
                }
                viewerCan {
                  agree
                }
              }
            }
          }
        }
      }
    }
  }
`);

/** The register as shown (same date, filters and order), as a file for spreadsheets. */
function DownloadRegister({ programmeId, search }: { programmeId: string; search: RegisterSearch }) {
  const query = new URLSearchParams({ programme: programmeId });
  if (search.asAt) query.set('asAt', search.asAt);
  if (search.status) query.set('status', search.status);
  if (search.rag) query.set('rag', search.rag);
  if (search.region) query.set('within', search.region);
  if (search.benefit) query.set('benefit', search.benefit);
  if (search.sort) query.set('sort', search.sort);
  if (search.descending) query.set('descending', 'true');
  return (
    <Downloads
      what="the register as filtered here"
      files={(['xlsx', 'csv'] as const).map((extension) => ({
        label: extension === 'xlsx' ? 'Download as Excel' : 'Download as CSV',
        url: `/exports/register.${extension}?${query}`,
        fallbackName: `register.${extension}`,
      }))}
    />
  );
}

export function RegisterPage() {
  const { programmeId } = route.useParams();
  const search = route.useSearch();
  const navigate = useNavigate({ from: '/programmes/$programmeId/register' });
  const filter = {
    statuses: search.status ? [search.status] : null,
    rags: search.rag ? [search.rag] : null,
    within: search.region ?? null,
    benefit: search.benefit ?? null,
  };
  const orderBy = { by: search.sort ?? 'BENEFIT', direction: search.descending ? 'DESCENDING' : 'ASCENDING' } as const;
  const [{ data, error, fetching }, refetch] = useQuery({
    query: RegisterDocument,
    variables: { programme: programmeId, asAt: search.asAt ?? null, filter, orderBy, after: search.after ?? null },
  });
  // Today's register follows every change to the programme (at most once a second); a past
  // date's does not move.
  const follow = !search.asAt;
  const heardAt = useLiveRefresh(ProgrammeRealisationChangedDocument, { programme: programmeId }, follow, () =>
    refetch({ requestPolicy: 'network-only' }),
  );
  const [, agree] = useMutation(AgreeDocument);
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [done, setDone] = useState<string | null>(null);
  const programme = data?.node?.__typename === 'Programme' ? data.node : null;
  usePageTitle(programme ? `Benefits register: ${programme.name}` : 'Benefits register');
  if (error && !data) return <Failure error={error} />;
  if (fetching && !data) return <Loading what="the register" />;
  if (!programme) return <NotFound what="programme" />;
  const rows = programme.register.edges.map((e) => e.node);
  // Only what the row shows as proposed, so a register as at a past date offers no action on
  // a commitment that has moved on since.
  const canAgree = (r: (typeof rows)[number]) => r.status === 'PROPOSED' && r.commitment?.viewerCan.agree === true;
  const agreeable = rows.filter(canAgree);
  const setSearch = (patch: Partial<RegisterSearch>) =>
    navigate({ search: (s) => ({ ...s, ...patch, after: undefined }), replace: true });

  const agreeAll = async (ids: string[]) => {
    const problems: FieldError[] = [];
    let agreed = 0;
    for (const id of ids) {
      const c = rows.find((r) => r.commitment?.id === id)?.commitment;
      if (!c) continue;
      const result = outcome(await agree({ input: { id, version: c.version } }), (d) => d.agreeCommitment);
      if (result.ok) agreed += 1;
      else
        problems.push(...result.errors.map((e) => ({ ...e, field: 'form', message: `${c.organisation?.name}: ${e.message}` })));
    }
    setErrors(problems);
    setSelected(new Set());
    setDone(agreed > 0 ? `${agreed} commitment${agreed === 1 ? '' : 's'} agreed` : null);
    refetch({ requestPolicy: 'network-only' });
  };

  return (
    <>
      <Breadcrumbs items={[{ label: 'Programmes', to: '/programmes' }]} />
      <h1>Benefits register: {programme.name}</h1>
      <ProgrammeNav programmeId={programmeId} current="register" asAt={search.asAt} />
      <AsAtForm key={search.asAt ?? 'today'} asAt={search.asAt} onChange={(asAt) => setSearch({ asAt })} />
      <LiveStatus follow={follow} heardAt={heardAt} />
      <DownloadRegister programmeId={programmeId} search={search} />
      <Done message={done} />
      <ErrorSummary form="register" errors={errors} />
      <div className="app-filters">
        <SelectField
          form="register"
          field="status"
          label="Status"
          value={search.status ?? ''}
          onChange={(v) => setSearch({ status: (v || undefined) as CommitmentStatus | undefined })}
          options={[{ value: '', label: 'Any status' }, ...STATUSES.map((x) => ({ value: x, label: humanise(x) }))]}
        />
        <SelectField
          form="register"
          field="rag"
          label="RAG"
          value={search.rag ?? ''}
          onChange={(v) => setSearch({ rag: (v || undefined) as Rag | undefined })}
          options={[{ value: '', label: 'Any' }, ...RAGS.map((x) => ({ value: x, label: humanise(x) }))]}
        />
        <SelectField
          form="register"
          field="region"
          label="Region"
          value={search.region ?? ''}
          onChange={(v) => setSearch({ region: v || undefined })}
          options={[
            { value: '', label: 'All regions' },
            ...programme.realisation.byRegion.flatMap((r) =>
              r.organisation ? [{ value: r.organisation.id, label: r.organisation.name }] : [],
            ),
          ]}
        />
        <SelectField
          form="register"
          field="benefit"
          label="Benefit"
          value={search.benefit ?? ''}
          onChange={(v) => setSearch({ benefit: v || undefined })}
          options={[
            { value: '', label: 'All benefits' },
            ...programme.benefits.edges.map(({ node: b }) => ({ value: b.id, label: `${b.code}: ${b.title}` })),
          ]}
        />
        <SelectField
          form="register"
          field="sort"
          label="Sort by"
          value={`${search.sort ?? 'BENEFIT'}${search.descending ? '-' : ''}`}
          onChange={(v) => setSearch({ sort: v.replace('-', '') as RegisterSort, descending: v.endsWith('-') || undefined })}
          options={SORTS}
        />
      </div>
      <p>
        {programme.register.totalCount} commitments as at {formatDate(programme.realisation.asAt)}
        {search.after ? ' (a later page)' : ''}.
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
              <th scope="col">Forecast</th>
              <th scope="col">Service live</th>
              <th scope="col">Action</th>
            </tr>
          </thead>
          <tbody className="nhsuk-table__body">
            {rows.map((row) => {
              const c = row.commitment;
              if (!c) return null;
              const unit = c.benefit?.unit ?? '';
              const label = `${c.benefit?.code} for ${c.organisation?.name}`;
              const achieved = (row.progress ?? 0) >= 1;
              return (
                <tr key={c.id}>
                  {agreeable.length > 0 && (
                    <td>
                      {canAgree(row) && (
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
                    <Link
                      to="/commitments/$commitmentId"
                      params={{ commitmentId: c.id }}
                      search={search.asAt ? { asAt: search.asAt } : {}}
                    >
                      {c.benefit?.code}
                    </Link>
                  </td>
                  <td>
                    {c.organisation?.name} {c.organisation?.odsCode ? `(${c.organisation.odsCode})` : ''}
                  </td>
                  <td>{row.owner?.name ?? 'None'}</td>
                  <td>
                    <StatusTag status={row.status} />
                  </td>
                  <td>{formatMeasure(c.baseline, unit)}</td>
                  <td>{formatMeasure(c.target, unit)}</td>
                  <td>{formatMeasure(row.actual, unit)}</td>
                  <td>{formatPercent(row.progress)}</td>
                  <td>{formatPercent(row.plannedProgress)}</td>
                  <td>{signedPercent(row.variance)}</td>
                  <td>
                    <RagTag rag={row.rag} />
                  </td>
                  <td>
                    {achieved
                      ? 'Achieved'
                      : c.progress?.onTrackToTarget === true
                        ? 'On track'
                        : c.progress?.onTrackToTarget === false
                          ? 'Misses target'
                          : '—'}
                  </td>
                  <td>{row.enablingServiceLive ? 'Yes' : 'No'}</td>
                  <td>
                    {canAgree(row) && (
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
          {programme.register.pageInfo.hasNextPage && (
            <li className="nhsuk-pagination-item--next">
              <Link
                className="nhsuk-pagination__link nhsuk-pagination__link--next"
                to="/programmes/$programmeId/register"
                params={{ programmeId }}
                search={(s) => ({ ...s, after: programme.register.pageInfo.endCursor ?? undefined })}
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
