// A programme's stakeholders: the power/interest grid (influence against interest, attitude
// by colour and symbol, each entry linking to its person or organisation) and the engagement
// log, filterable by kind.

import { Link, getRouteApi, useNavigate } from '@tanstack/react-router';
import { useQuery } from 'urql';
import { Breadcrumbs } from '../../components/Breadcrumbs';
import { SelectField } from '../../components/forms';
import { Done, Failure, Loading, NotFound } from '../../components/QueryState';
import { useViewer } from '../../auth/viewer';
import { useEffect, useState } from 'react';
import { AssessStakeholder } from './AssessStakeholder';
import { RecordEngagement, type Engagement } from './RecordEngagement';
import { usePageTitle } from '../../components/usePageTitle';
import { graphql } from '../../gql';
import { formatCount, formatDate, humanise } from '../../lib/format';
import { ProgrammeNav } from '../programmes/ProgrammeNav';
import { attitudeSymbol, cells } from './grid';
import './stakeholders.css';

const route = getRouteApi('/programmes/$programmeId/stakeholders');

const StakeholdersDocument = graphql(`
  query Stakeholders($id: ID!) {
    node(id: $id) {
      __typename
      ... on Programme {
        id
        name
        stakeholderAssessments {
          id
          influence
          interest
          attitude
          assessedOn
          notes
          person {
            id
            name
            jobTitle
            organisation {
              id
              name
            }
          }
          organisation {
            id
            name
          }
        }
        engagements(first: 100) {
          totalCount
          edges {
            node {
              id
              occurredOn
              kind
              summary
              outcome
              organisations {
                id
                name
              }
              people {
                id
                name
              }
            }
          }
        }
      }
    }
  }
`);

const ATTITUDES = ['CHAMPION', 'SUPPORTIVE', 'NEUTRAL', 'CONCERNED', 'RESISTANT'];

export function StakeholdersPage() {
  const { programmeId } = route.useParams();
  const { kind } = route.useSearch();
  const navigate = useNavigate({ from: '/programmes/$programmeId/stakeholders' });
  const [{ data, error, fetching }, refetch] = useQuery({ query: StakeholdersDocument, variables: { id: programmeId } });
  const viewer = useViewer();
  const [done, setDone] = useState<string | null>(null);
  const [changing, setChanging] = useState<Engagement | null>(null);
  // The change form opens below the log: take the keyboard there.
  useEffect(() => {
    if (changing) document.querySelector<HTMLInputElement>('#engagement-change input')?.focus();
  }, [changing]);
  const p = data?.node?.__typename === 'Programme' ? data.node : null;
  usePageTitle(p ? `Stakeholders: ${p.name}` : 'Stakeholders');
  if (error && !data) return <Failure error={error} />;
  if (fetching && !data) return <Loading what="the stakeholders" />;
  if (!p) return <NotFound what="programme" />;
  const entries = p.stakeholderAssessments;
  const engagements = p.engagements.edges.map((e) => e.node);
  const kinds = [...new Set(engagements.map((e) => e.kind))];
  const shown = engagements.filter((e) => !kind || e.kind === kind);
  const name = (a: (typeof entries)[number]) => a.person?.name ?? a.organisation?.name ?? 'Unknown';

  return (
    <>
      <Breadcrumbs items={[{ label: 'Programmes', to: '/programmes' }]} />
      <Done message={done} />
      <h1>Stakeholders: {p.name}</h1>
      <ProgrammeNav programmeId={p.id} current="stakeholders" />
      <h2>Power and interest</h2>
      <p className="nhsuk-body-s">
        Influence from 5 (top) to 1, interest from 1 (left) to 5. Attitude:{' '}
        {ATTITUDES.map((a) => (
          <span key={a} className={`app-attitude app-attitude--${a.toLowerCase()}`}>
            {attitudeSymbol(a)} {humanise(a)}
          </span>
        ))}
      </p>
      <div className="app-table-scroll">
        <div className="app-grid">
          {cells(entries).map((cell) => (
            <div className="app-grid__cell" key={`${cell.influence}-${cell.interest}`}>
              <span className="app-grid__place">
                <span className="nhsuk-u-visually-hidden">Influence </span>
                {cell.influence}
                <span className="nhsuk-u-visually-hidden">, interest </span>
                <span aria-hidden="true">·</span>
                {cell.interest}
              </span>
              <ul className="app-grid__entries">
                {cell.entries.map((a) => (
                  <li key={a.id} className={`app-attitude app-attitude--${a.attitude.toLowerCase()}`}>
                    <span aria-hidden="true">{attitudeSymbol(a.attitude)} </span>
                    {a.person ? (
                      <Link to="/organisations/$organisationId" params={{ organisationId: a.person.organisation?.id ?? '' }}>
                        {name(a)}
                      </Link>
                    ) : a.organisation ? (
                      <Link to="/organisations/$organisationId" params={{ organisationId: a.organisation.id }}>
                        {name(a)}
                      </Link>
                    ) : (
                      name(a)
                    )}
                    <span className="nhsuk-u-visually-hidden">, {humanise(a.attitude)}</span>
                  </li>
                ))}
              </ul>
            </div>
          ))}
        </div>
      </div>
      <details className="nhsuk-details">
        <summary className="nhsuk-details__summary">
          <span className="nhsuk-details__summary-text">The assessments as a table</span>
        </summary>
        <div className="nhsuk-details__text app-table-scroll">
          <table className="nhsuk-table">
            <thead className="nhsuk-table__head">
              <tr>
                <th scope="col">Who</th>
                <th scope="col">Influence</th>
                <th scope="col">Interest</th>
                <th scope="col">Attitude</th>
                <th scope="col">Assessed</th>
              </tr>
            </thead>
            <tbody className="nhsuk-table__body">
              {entries.map((a) => (
                <tr key={a.id}>
                  <td>{name(a)}</td>
                  <td>{a.influence}</td>
                  <td>{a.interest}</td>
                  <td>{humanise(a.attitude)}</td>
                  <td>{formatDate(a.assessedOn)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
      {viewer.can.writeStakeholders && (
        <AssessStakeholder
          programme={p.id}
          assessments={entries.map((a) => ({ ...a, name: name(a) }))}
          onDone={(message) => {
            setDone(message);
            refetch({ requestPolicy: 'network-only' });
          }}
        />
      )}
      <h2>Engagement log ({formatCount(p.engagements.totalCount)})</h2>
      {viewer.can.writeEngagements && (
        <RecordEngagement
          programme={p.id}
          onDone={(message) => {
            setDone(message);
            refetch({ requestPolicy: 'network-only' });
          }}
        />
      )}
      <SelectField
        form="engagements"
        field="kind"
        label="Kind"
        value={kind ?? ''}
        onChange={(v) => navigate({ search: { kind: v || undefined }, replace: true })}
        options={[{ value: '', label: 'Every kind' }, ...kinds.map((k) => ({ value: k, label: humanise(k) }))]}
      />
      <div className="app-table-scroll" tabIndex={0} role="region" aria-label="Engagements">
        <table className="nhsuk-table">
          <thead className="nhsuk-table__head">
            <tr>
              <th scope="col">When</th>
              <th scope="col">Kind</th>
              <th scope="col">Summary</th>
              <th scope="col">Outcome</th>
              <th scope="col">With</th>
              {viewer.can.writeEngagements && <th scope="col">Change</th>}
            </tr>
          </thead>
          <tbody className="nhsuk-table__body">
            {shown.map((e) => (
              <tr key={e.id}>
                <td>{formatDate(e.occurredOn)}</td>
                <td>{humanise(e.kind)}</td>
                <td>{e.summary}</td>
                <td>{e.outcome ?? ''}</td>
                <td>{[...e.organisations.map((o) => o.name), ...e.people.map((x) => x.name)].join(', ')}</td>
                {viewer.can.writeEngagements && (
                  <td>
                    <button
                      type="button"
                      className="app-button-inline"
                      onClick={() => setChanging(e)}
                      aria-label={`Change the engagement of ${formatDate(e.occurredOn)}: ${e.summary}`}
                    >
                      Change
                    </button>
                  </td>
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {changing && (
        <RecordEngagement
          key={changing.id}
          programme={p.id}
          existing={changing}
          onDone={(message) => {
            setDone(message);
            setChanging(null);
            refetch({ requestPolicy: 'network-only' });
          }}
        />
      )}
    </>
  );
}
