// The programme board's dashboard: headline figures, RAG counts, local ownership and
// coverage; the benefits behind plan first, filterable; the same figures by region.

import { Link, getRouteApi, useNavigate } from '@tanstack/react-router';
import { useQuery } from 'urql';
import { useViewer } from '../../auth/viewer';
import { Breadcrumbs } from '../../components/Breadcrumbs';
import { Downloads } from '../../components/Downloads';
import { LiveStatus, useLiveRefresh } from '../../components/LiveUpdates';
import { SelectField } from '../../components/forms';
import { Failure, Loading, NotFound } from '../../components/QueryState';
import { RagTag, StatusTag } from '../../components/Tags';
import { usePageTitle } from '../../components/usePageTitle';
import type { BenefitFiguresFragment, RagCountsFieldsFragment } from '../../gql/graphql';
import { formatDate, formatMeasure, formatPence, formatPercent, humanise } from '../../lib/format';
import { AsAtForm } from './AsAtForm';
import { ProgrammeNav } from './ProgrammeNav';
import { ProgrammeDashboardDocument, ProgrammeRealisationChangedDocument } from './queries';

const route = getRouteApi('/programmes/$programmeId');

const RAGS = ['RED', 'AMBER', 'GREEN', 'BLUE', 'NOT_MEASURED'] as const;
const ragKey = { RED: 'red', AMBER: 'amber', GREEN: 'green', BLUE: 'blue', NOT_MEASURED: 'notMeasured' } as const;

/** Behind plan first: most RED, then most AMBER. */
export function behindPlanFirst(a: BenefitFiguresFragment, b: BenefitFiguresFragment): number {
  return (
    b.ragCounts.red - a.ragCounts.red ||
    b.ragCounts.amber - a.ragCounts.amber ||
    (a.benefit?.code ?? '').localeCompare(b.benefit?.code ?? '')
  );
}

export function ProgrammeDashboard() {
  const { programmeId } = route.useParams();
  const search = route.useSearch();
  const navigate = useNavigate({ from: '/programmes/$programmeId' });
  const viewer = useViewer();
  const [{ data, error, fetching }, reread] = useQuery({
    query: ProgrammeDashboardDocument,
    variables: { id: programmeId, asAt: search.asAt ?? null },
  });
  // Today's figures follow every change as it is made; a past date's do not move.
  const follow = !search.asAt;
  const heardAt = useLiveRefresh(ProgrammeRealisationChangedDocument, { programme: programmeId }, follow, () =>
    reread({ requestPolicy: 'network-only' }),
  );
  const p = data?.node?.__typename === 'Programme' ? data.node : null;
  usePageTitle(p?.name ?? 'Programme');
  if (error && !data) return <Failure error={error} />;
  if (fetching && !data) return <Loading what="the programme" />;
  if (!p) return <NotFound what="programme" />;
  const r = p.realisation;
  const region = search.region ? r.byRegion.find((x) => x.organisation?.id === search.region) : undefined;
  const figures = (region ? region.byBenefit : r.byBenefit)
    .filter((b) => !search.category || b.benefit?.category === search.category)
    .filter((b) => !search.rag || b.ragCounts[ragKey[search.rag]] > 0)
    .filter((b) => !search.service || b.benefit?.enablingServices.some((s) => s.id === search.service))
    .sort(behindPlanFirst);
  const categories = [...new Set(r.byBenefit.map((b) => b.benefit?.category).filter(Boolean))] as string[];
  const services = new Map(r.byBenefit.flatMap((b) => b.benefit?.enablingServices ?? []).map((s) => [s.id, s.name]));
  const setSearch = (patch: Record<string, string | undefined>) =>
    navigate({
      search: (s) => ({ ...s, ...Object.fromEntries(Object.entries(patch).map(([k, v]) => [k, v || undefined])) }),
      replace: true,
    });

  return (
    <>
      <Breadcrumbs items={[{ label: 'Programmes', to: '/programmes' }]} />
      <h1>{p.name}</h1>
      <ProgrammeNav programmeId={p.id} current="dashboard" asAt={search.asAt} />
      <p>
        <StatusTag status={p.status} /> {formatDate(p.startsOn)} to {formatDate(p.endsOn)} · budget {formatPence(p.budgetPence)} ·
        senior responsible owner {p.seniorResponsibleOwner?.name ?? 'not named'}
      </p>
      {viewer.can.writeBenefits && (
        <p>
          <Link
            className="nhsuk-button nhsuk-button--secondary nhsuk-button--small"
            to="/programmes/$programmeId/benefits/new"
            params={{ programmeId: p.id }}
          >
            Add a benefit
          </Link>{' '}
          {viewer.can.writeProgrammes && (
            <Link
              className="nhsuk-button nhsuk-button--secondary nhsuk-button--small"
              to="/programmes/$programmeId/edit"
              params={{ programmeId: p.id }}
            >
              Change the programme
            </Link>
          )}
        </p>
      )}
      <AsAtForm key={search.asAt ?? 'today'} asAt={search.asAt} onChange={(asAt) => setSearch({ asAt })} />
      <LiveStatus follow={follow} heardAt={heardAt} />
      <Downloads
        what={`the board pack${search.asAt ? ` as at ${search.asAt}` : ''}`}
        files={(['xlsx', 'csv'] as const).map((extension) => ({
          label: extension === 'xlsx' ? 'Download the board pack (Excel)' : 'Download the board pack (CSV)',
          url: `/exports/board-pack.${extension}?${new URLSearchParams({ programme: p.id, ...(search.asAt ? { asAt: search.asAt } : {}) })}`,
          fallbackName: `board-pack.${extension}`,
        }))}
      />
      <h2>Headlines as at {formatDate(r.asAt)}</h2>
      <div className="app-stats">
        <Stat label="Live commitments" value={String(r.liveCommitments)} />
        <Stat label="Signed off" value={String(r.byStatus.signedOff + r.byStatus.realised)} />
        <Stat
          label="Local ownership index"
          value={formatPercent(p.ownership.localOwnershipIndex)}
          hint="named owner and board sign-off"
        />
        <Stat
          label="Coverage"
          value={formatPercent(p.ownership.coverage.ratio)}
          hint={`${p.ownership.coverage.committed} of ${p.ownership.coverage.eligible} eligible`}
        />
      </div>
      <RagSummary counts={r.ragCounts} />

      <h2>Benefits</h2>
      <div className="app-filters">
        <SelectField
          form="filter"
          field="category"
          label="Category"
          value={search.category ?? ''}
          onChange={(v) => setSearch({ category: v })}
          options={[{ value: '', label: 'All' }, ...categories.map((c) => ({ value: c, label: humanise(c) }))]}
        />
        <SelectField
          form="filter"
          field="rag"
          label="With commitments rated"
          value={search.rag ?? ''}
          onChange={(v) => setSearch({ rag: v })}
          options={[{ value: '', label: 'Any' }, ...RAGS.map((x) => ({ value: x, label: humanise(x) }))]}
        />
        <SelectField
          form="filter"
          field="region"
          label="Region"
          value={search.region ?? ''}
          onChange={(v) => setSearch({ region: v })}
          options={[
            { value: '', label: 'All regions' },
            ...r.byRegion.flatMap((x) => (x.organisation ? [{ value: x.organisation.id, label: x.organisation.name }] : [])),
          ]}
        />
        <SelectField
          form="filter"
          field="service"
          label="Enabling service"
          value={search.service ?? ''}
          onChange={(v) => setSearch({ service: v })}
          options={[{ value: '', label: 'Any' }, ...[...services].map(([id, name]) => ({ value: id, label: name }))]}
        />
      </div>
      <BenefitTable
        rows={figures}
        caption={region ? `Benefits in ${region.organisation?.name}` : 'Benefits, behind plan first'}
      />

      <h2>By region</h2>
      <div className="app-table-scroll" tabIndex={0} role="region" aria-label="By region">
        <table className="nhsuk-table">
          <caption className="nhsuk-table__caption nhsuk-u-visually-hidden">Commitments by region</caption>
          <thead className="nhsuk-table__head">
            <tr>
              <th scope="col">Region</th>
              <th scope="col">Live</th>
              {RAGS.map((x) => (
                <th scope="col" key={x}>
                  {humanise(x)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody className="nhsuk-table__body">
            {r.byRegion.map((x) => (
              <tr key={x.organisation?.id ?? 'none'}>
                <td>
                  {x.organisation ? (
                    <Link
                      to="/programmes/$programmeId"
                      params={{ programmeId: p.id }}
                      search={(s) => ({ ...s, region: x.organisation?.id })}
                    >
                      {x.organisation.name}
                    </Link>
                  ) : (
                    // Organisations PART_OF no region on the date: closed ones, or ones the
                    // hierarchy does not place. Nothing to filter by, so no link.
                    'In no region on this date'
                  )}
                </td>
                <td>{x.liveCommitments}</td>
                {RAGS.map((k) => (
                  <td key={k}>{x.ragCounts[ragKey[k]]}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}

function Stat({ label, value, hint }: { label: string; value: string; hint?: string }) {
  return (
    <div className="app-stat">
      <p className="app-stat__value">{value}</p>
      <p className="app-stat__label">
        {label}
        {hint && <span className="app-block nhsuk-body-s">{hint}</span>}
      </p>
    </div>
  );
}

function RagSummary({ counts }: { counts: RagCountsFieldsFragment }) {
  return (
    <ul className="app-rag-counts" aria-label="Commitments by RAG">
      {RAGS.map((x) => (
        <li key={x}>
          <RagTag rag={x} /> {counts[ragKey[x]]}
        </li>
      ))}
    </ul>
  );
}

function BenefitTable({ rows, caption }: { rows: BenefitFiguresFragment[]; caption: string }) {
  if (rows.length === 0) return <p>No benefit matches these filters.</p>;
  return (
    <div className="app-table-scroll" tabIndex={0} role="region" aria-label={caption}>
      <table className="nhsuk-table">
        <caption className="nhsuk-table__caption">{caption}</caption>
        <thead className="nhsuk-table__head">
          <tr>
            <th scope="col">Benefit</th>
            <th scope="col">Committed</th>
            <th scope="col">Planned to date</th>
            <th scope="col">Realised to date</th>
            <th scope="col">Red</th>
            <th scope="col">Amber</th>
            <th scope="col">Live</th>
          </tr>
        </thead>
        <tbody className="nhsuk-table__body">
          {rows.map((b) => {
            const mean = b.benefit?.rollup === 'MEAN';
            const unit = b.benefit?.unit ?? '';
            return (
              <tr key={b.benefit?.id}>
                <td>
                  {b.benefit && (
                    <Link to="/benefits/$benefitId" params={{ benefitId: b.benefit.id }}>
                      {b.benefit.code}: {b.benefit.title}
                    </Link>
                  )}
                </td>
                <td>{mean ? 'Mean of progress' : formatMeasure(b.committed, unit)}</td>
                <td>{mean ? formatPercent(b.meanPlannedProgress) : formatMeasure(b.plannedToDate, unit)}</td>
                <td>{mean ? formatPercent(b.meanProgress) : formatMeasure(b.realisedToDate, unit)}</td>
                <td>{b.ragCounts.red}</td>
                <td>{b.ragCounts.amber}</td>
                <td>{b.liveCommitments}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
