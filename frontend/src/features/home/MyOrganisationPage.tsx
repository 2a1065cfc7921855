// An executive's home: the commitments of their organisation and of the organisations PART_OF
// it, grouped by what needs doing, each with its RAG and progress.

import { Link } from '@tanstack/react-router';
import { useQuery } from 'urql';
import { useViewer } from '../../auth/viewer';
import { CommitmentLink } from '../../components/CommitmentLink';
import { LiveStatus, useLiveRefresh } from '../../components/LiveUpdates';
import { Failure, Loading } from '../../components/QueryState';
import { RagTag, StatusTag } from '../../components/Tags';
import { usePageTitle } from '../../components/usePageTitle';
import { graphql } from '../../gql';
import type { MyOrganisationQuery } from '../../gql/graphql';
import { formatPercent } from '../../lib/format';
import { groupForAction } from './groups';

const MyOrganisationDocument = graphql(`
  query MyOrganisation($organisation: ID!) {
    commitments(filter: { within: $organisation, statuses: [DRAFT, PROPOSED, AGREED, SIGNED_OFF, REALISED] }, first: 100) {
      totalCount
      edges {
        node {
          id
          status
          targetOn
          organisation {
            id
            name
          }
          benefit {
            id
            code
            title
          }
          owner {
            id
            name
          }
          progress {
            actualOn
            progress
            plannedProgress
            rag
          }
        }
      }
    }
  }
`);

// Any change to a commitment of the organisation or of one part of it.
const MyOrganisationChangedDocument = graphql(`
  subscription MyOrganisationChanged($organisation: ID!, $after: ID) {
    commitmentChanged(within: $organisation, after: $after) {
      eventId
      change
    }
  }
`);

export type MyCommitment = MyOrganisationQuery['commitments']['edges'][number]['node'];

export function MyOrganisationPage() {
  const viewer = useViewer();
  usePageTitle('My organisation');
  const org = viewer.organisation;
  const [{ data, error, fetching }, reread] = useQuery({
    query: MyOrganisationDocument,
    variables: { organisation: org?.id ?? '' },
    pause: !org,
  });
  const heardAt = useLiveRefresh(MyOrganisationChangedDocument, { organisation: org?.id ?? '' }, !!org, () =>
    reread({ requestPolicy: 'network-only' }),
  );
  if (!org) {
    return (
      <>
        <h1>My organisation</h1>
        <p>
          Your sign-in names no organisation that Realise knows{viewer.organisationCode ? ` (${viewer.organisationCode})` : ''}.
        </p>
      </>
    );
  }
  if (error && !data) return <Failure error={error} />;
  if (fetching && !data) return <Loading what="your commitments" />;
  const commitments = data?.commitments.edges.map((e) => e.node) ?? [];
  const groups = groupForAction(commitments);
  return (
    <>
      <span className="nhsuk-caption-l">My organisation</span>
      <h1>{org.name}</h1>
      <p>
        {data?.commitments.totalCount ?? 0} live commitments of {org.name} and the organisations part of it.
      </p>
      <LiveStatus follow heardAt={heardAt} />
      <p>
        {viewer.can.writeCommitments && (
          <Link className="nhsuk-button nhsuk-button--secondary app-button-row" to="/my-organisation/commitments/new">
            Draft a commitment
          </Link>
        )}
        {viewer.can.recordMeasurements && (
          <Link
            className="nhsuk-button nhsuk-button--secondary app-button-row"
            to="/organisations/$organisationId/return"
            params={{ organisationId: org.id }}
          >
            Send a monthly return
          </Link>
        )}
      </p>
      {groups.map((g) => (
        <section key={g.key} aria-labelledby={`group-${g.key}`}>
          <h2 id={`group-${g.key}`}>
            {g.title} <span className="nhsuk-u-font-weight-normal">({g.items.length})</span>
          </h2>
          {g.items.length === 0 ? <p className="nhsuk-body-s">{g.empty}</p> : <CommitmentList items={g.items} />}
        </section>
      ))}
    </>
  );
}

function CommitmentList({ items }: { items: MyCommitment[] }) {
  return (
    <div className="app-table-scroll" tabIndex={0} role="region" aria-label="Commitments">
      <table className="nhsuk-table">
        <thead className="nhsuk-table__head">
          <tr>
            <th scope="col">Benefit</th>
            <th scope="col">Organisation</th>
            <th scope="col">Status</th>
            <th scope="col">RAG</th>
            <th scope="col">Progress</th>
          </tr>
        </thead>
        <tbody className="nhsuk-table__body">
          {items.map((c) => (
            <tr key={c.id}>
              <td>
                <CommitmentLink commitment={c} />
              </td>
              <td>{c.organisation?.name}</td>
              <td>
                <StatusTag status={c.status} />
              </td>
              <td>
                <RagTag rag={c.progress?.rag} />
              </td>
              <td>
                {formatPercent(c.progress?.progress)}{' '}
                <span className="nhsuk-body-s">(plan {formatPercent(c.progress?.plannedProgress)})</span>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
