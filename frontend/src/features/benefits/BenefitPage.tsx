// A benefit: its profile, its place in the benefits map, its enabling services, its figures,
// and coverage with the eligible organisations that have not committed.

import { Link, getRouteApi } from '@tanstack/react-router';
import { useState } from 'react';
import { useQuery } from 'urql';
import { useViewer } from '../../auth/viewer';
import { Breadcrumbs } from '../../components/Breadcrumbs';
import { Done, Failure, Loading, NotFound } from '../../components/QueryState';
import { StatusTag } from '../../components/Tags';
import { usePageTitle } from '../../components/usePageTitle';
import { graphql } from '../../gql';
import { formatCount, formatMeasure, formatPercent, humanise } from '../../lib/format';
import { BenefitsMap } from './BenefitsMap';
import { ChangeBenefitsMap } from './ChangeBenefitsMap';
import { RealisationHistory } from './RealisationHistory';

const route = getRouteApi('/benefits/$benefitId');

const BenefitDocument = graphql(`
  query BenefitPage($id: ID!) {
    node(id: $id) {
      __typename
      ... on Benefit {
        id
        code
        title
        description
        category
        isDisbenefit
        measure
        unit
        direction
        rollup
        valueType
        reach
        status
        programme {
          id
          name
          startsOn
          endsOn
        }
        nationalOwner {
          id
          name
        }
        enablingServices {
          id
          name
          lifecycle
        }
        contributesTo {
          id
          code
          title
        }
        contributors {
          id
          code
          title
        }
        realisation {
          asAt
          committed
          plannedToDate
          realisedToDate
          meanProgress
          meanPlannedProgress
          liveCommitments
        }
        coverage(first: 20) {
          eligible
          committed
          ratio
          notCommitted {
            totalCount
            edges {
              node {
                id
                name
                odsCode
              }
            }
          }
        }
      }
    }
  }
`);

export function BenefitPage() {
  const viewer = useViewer();
  const { benefitId } = route.useParams();
  const [{ data, error, fetching }] = useQuery({ query: BenefitDocument, variables: { id: benefitId } });
  const [done, setDone] = useState<string | null>(null);
  const b = data?.node?.__typename === 'Benefit' ? data.node : null;
  usePageTitle(b ? `${b.code}: ${b.title}` : 'Benefit');
  if (error && !data) return <Failure error={error} />;
  if (fetching && !data) return <Loading what="the benefit" />;
  if (!b) return <NotFound what="benefit" />;
  const r = b.realisation;
  const mean = b.rollup === 'MEAN';
  const link = (x: { id: string; code: string; title: string }) => (
    <li key={x.id}>
      <Link to="/benefits/$benefitId" params={{ benefitId: x.id }}>
        {x.code}: {x.title}
      </Link>
    </li>
  );
  return (
    <>
      <Breadcrumbs
        items={[
          { label: 'Programmes', to: '/programmes' },
          ...(b.programme
            ? [{ label: b.programme.name, to: '/programmes/$programmeId', params: { programmeId: b.programme.id } }]
            : []),
        ]}
      />
      <Done message={done} />
      <span className="nhsuk-caption-l">Benefit {b.code}</span>
      <h1>{b.title}</h1>
      <p>
        <StatusTag status={b.status} /> {humanise(b.category)}
        {b.isDisbenefit ? ' (a disbenefit)' : ''}
      </p>
      {b.description && <p>{b.description}</p>}
      {viewer.can.writeBenefits && (
        <p>
          <Link
            className="nhsuk-button nhsuk-button--secondary nhsuk-button--small"
            to="/benefits/$benefitId/edit"
            params={{ benefitId: b.id }}
          >
            Change the benefit
          </Link>
        </p>
      )}
      <dl className="nhsuk-summary-list">
        <Row k="Measure">{`${b.measure} (${b.unit}), ${humanise(b.direction).toLowerCase()} is better`}</Row>
        <Row k="Adds up as">{mean ? 'The mean of local progress' : 'The sum of local changes'}</Row>
        <Row k="Value profile">{`${humanise(b.valueType)}, ${humanise(b.reach).toLowerCase()}`}</Row>
        <Row k="National owner">{b.nationalOwner?.name ?? 'Not named'}</Row>
      </dl>
      <h2>Figures as at today</h2>
      <dl className="nhsuk-summary-list">
        <Row k="Live commitments">{String(r.liveCommitments)}</Row>
        {mean ? (
          <>
            <Row k="Mean progress">{formatPercent(r.meanProgress)}</Row>
            <Row k="Mean planned progress">{formatPercent(r.meanPlannedProgress)}</Row>
          </>
        ) : (
          <>
            <Row k="Committed">{formatMeasure(r.committed, b.unit)}</Row>
            <Row k="Planned to date">{formatMeasure(r.plannedToDate, b.unit)}</Row>
            <Row k="Realised to date">{formatMeasure(r.realisedToDate, b.unit)}</Row>
          </>
        )}
      </dl>
      <h2>Realised against planned over time</h2>
      <RealisationHistory id={b.id} unit={b.unit} mean={mean} startsOn={b.programme?.startsOn} endsOn={b.programme?.endsOn} />
      <h2>Benefits map</h2>
      <BenefitsMap code={b.code} contributors={b.contributors} contributesTo={b.contributesTo} />
      <div className="nhsuk-grid-row">
        <div className="nhsuk-grid-column-one-half">
          <h3>Contributes to</h3>
          {b.contributesTo.length ? <ul>{b.contributesTo.map(link)}</ul> : <p>Nothing.</p>}
        </div>
        <div className="nhsuk-grid-column-one-half">
          <h3>Contributed to by</h3>
          {b.contributors.length ? <ul>{b.contributors.map(link)}</ul> : <p>Nothing.</p>}
        </div>
      </div>
      <h2>Enabling services</h2>
      {b.enablingServices.length ? (
        <ul>
          {b.enablingServices.map((s) => (
            <li key={s.id}>
              <Link to="/services/$serviceId" params={{ serviceId: s.id }}>
                {s.name}
              </Link>{' '}
              <StatusTag status={s.lifecycle} />
            </li>
          ))}
        </ul>
      ) : (
        <p>No service enables this benefit.</p>
      )}
      {viewer.can.writeBenefits && b.programme && (
        <details className="nhsuk-details" id="change-map">
          <summary className="nhsuk-details__summary">
            <span className="nhsuk-details__summary-text">Change the benefits map and enabling services</span>
          </summary>
          <div className="nhsuk-details__text">
            <ChangeBenefitsMap
              benefit={b.id}
              programme={b.programme.id}
              contributesTo={b.contributesTo.map((x) => ({ id: x.id, label: x.code }))}
              enabledBy={b.enablingServices.map((s) => ({ id: s.id, label: s.name }))}
              onDone={setDone}
            />
          </div>
        </details>
      )}
      <h2>Coverage</h2>
      <p>
        {b.coverage.committed} of {b.coverage.eligible} organisations with a live enabling service have committed (
        {formatPercent(b.coverage.ratio)}).
      </p>
      {b.coverage.notCommitted.totalCount > 0 && (
        <>
          <h3>Eligible but not committed ({formatCount(b.coverage.notCommitted.totalCount)})</h3>
          <ul>
            {b.coverage.notCommitted.edges.map(({ node: o }) => (
              <li key={o.id}>
                <Link to="/organisations/$organisationId" params={{ organisationId: o.id }}>
                  {o.name}
                </Link>{' '}
                {o.odsCode ? `(${o.odsCode})` : ''}
              </li>
            ))}
          </ul>
        </>
      )}
    </>
  );
}

function Row({ k, children }: { k: string; children: React.ReactNode }) {
  return (
    <div className="nhsuk-summary-list__row">
      <dt className="nhsuk-summary-list__key">{k}</dt>
      <dd className="nhsuk-summary-list__value">{children}</dd>
    </div>
  );
}
