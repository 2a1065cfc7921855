// The benefits register: a programme's commitments in one grid, filtered and paged on the
// server, each with its status and owner as they stood on the date. The board agrees proposed
// commitments from it, one at a time or several at once.

import { Link, getRouteApi, useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { Breadcrumbs } from '../../components/Breadcrumbs';
import { Downloads } from '../../components/Downloads';
import { LiveStatus, useLiveRefresh } from '../../components/LiveUpdates';
import { ErrorSummary, type FieldError } from '../../components/forms';
import { Pager, pageVariables } from '../../components/Pager';
import { Done, Failure, Loading, NotFound } from '../../components/QueryState';
import { usePageTitle } from '../../components/usePageTitle';
import type { CommitmentStatus, Rag, RegisterSort } from '../../gql/graphql';
import { outcome } from '../../graphql/mutation';
import { formatCount, formatDate } from '../../lib/format';
import { AgreeDocument } from '../commitment/mutations';
import { AsAtForm } from './AsAtForm';
import { ProgrammeNav } from './ProgrammeNav';
import { ProgrammeRealisationChangedDocument } from './queries';
import { RegisterFilters } from './RegisterFilters';
import { RegisterTable, type RegisterRow } from './RegisterTable';
import { RegisterDocument } from './registerQuery';

const route = getRouteApi('/programmes/$programmeId/register');

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
  before?: string;
}

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
    variables: { programme: programmeId, asAt: search.asAt ?? null, filter, orderBy, ...pageVariables(search, 50) },
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
  const canAgree = (r: RegisterRow) => r.status === 'PROPOSED' && r.commitment?.viewerCan.agree === true;
  const agreeable = rows.filter(canAgree);
  const setSearch = (patch: Partial<RegisterSearch>) =>
    navigate({ search: (s) => ({ ...s, ...patch, after: undefined, before: undefined }), replace: true });

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
      <RegisterFilters
        search={search}
        setSearch={setSearch}
        regions={programme.realisation.byRegion.flatMap((r) =>
          r.organisation ? [{ value: r.organisation.id, label: r.organisation.name }] : [],
        )}
        benefits={programme.benefits.edges.map(({ node: b }) => ({ value: b.id, label: `${b.code}: ${b.title}` }))}
      />
      <p>
        {formatCount(programme.register.totalCount)} commitments as at {formatDate(programme.realisation.asAt)}
        {programme.register.pageInfo.hasPreviousPage ? ' (a later page)' : ''}.
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
      <RegisterTable
        rows={rows}
        asAt={search.asAt}
        canAgree={canAgree}
        selected={selected}
        setSelected={setSelected}
        agreeAll={agreeAll}
      />
      <Pager
        pageInfo={programme.register.pageInfo}
        link={(cursor, parts) => (
          <Link
            to="/programmes/$programmeId/register"
            params={{ programmeId }}
            search={(s) => ({ ...s, ...cursor })}
            {...parts}
          />
        )}
      />
    </>
  );
}
