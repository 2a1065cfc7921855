// An organisation as at a date: its hierarchy and lineage, its commitments with RAG, its
// deployments.

import { Link, getRouteApi, useNavigate } from '@tanstack/react-router';
import { useQuery } from 'urql';
import { CommitmentLink } from '../../components/CommitmentLink';
import { Breadcrumbs } from '../../components/Breadcrumbs';
import { Pager, pageVariables } from '../../components/Pager';
import { Failure, Loading, NotFound } from '../../components/QueryState';
import { RagTag, StatusTag } from '../../components/Tags';
import { type Viewer, useViewer } from '../../auth/viewer';
import { usePageTitle } from '../../components/usePageTitle';
import { graphql } from '../../gql';
import { formatCount, formatDate, humanise } from '../../lib/format';
import { AsAtForm } from '../programmes/AsAtForm';
import { timeline } from './lineage';

const route = getRouteApi('/organisations/$organisationId');

const OrganisationDocument = graphql(`
  query OrganisationPage(
    $id: ID!
    $asAt: Date
    $childrenFirst: Int
    $childrenAfter: String
    $childrenLast: Int
    $childrenBefore: String
  ) {
    node(id: $id) {
      __typename
      ... on Organisation {
        id
        odsCode
        name
        kind
        status
        openedOn
        closedOn
        lastSeenOn
        addressLines
        postcode
        parent(asAt: $asAt) {
          id
          name
          kind
        }
        children(asAt: $asAt, first: $childrenFirst, after: $childrenAfter, last: $childrenLast, before: $childrenBefore) {
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
              name
              kind
            }
          }
        }
        predecessors {
          id
          name
          closedOn
        }
        outgoing: relationships(includeHistory: true) {
          id
          kind
          validFrom
          validTo
          other: to {
            id
            name
          }
        }
        incoming: relationships(direction: INCOMING, kind: SUCCEEDED_BY, includeHistory: true) {
          id
          kind
          validFrom
          validTo
          other: from {
            id
            name
          }
        }
        successors {
          id
          name
          openedOn
        }
        commitments(first: 100) {
          totalCount
          edges {
            node {
              id
              status
              benefit {
                id
                code
                title
              }
              progress(asAt: $asAt) {
                rag
              }
            }
          }
        }
        deployments(first: 50) {
          edges {
            node {
              id
              status
              wentLiveOn
              service {
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

/** Whether to offer the viewer this organisation's monthly return: administrators, and
 * executives of it or of what it is part of (the server decides; this only hides a link that
 * would be refused). */
function mayReturn(viewer: Viewer, o: { id: string; status: string; parent?: { id: string } | null }): boolean {
  if (!viewer.can.recordMeasurements || o.status === 'CLOSED') return false;
  if (viewer.role === 'ADMIN') return true;
  const own = viewer.organisation?.id;
  return own !== undefined && (own === o.id || own === o.parent?.id);
}

/** The organisations it is made up of, a page at a time: a region has hundreds of practices. */
const CHILDREN_PAGE = 20;

export function OrganisationPage() {
  const { organisationId } = route.useParams();
  const { asAt, childrenAfter, childrenBefore } = route.useSearch();
  const navigate = useNavigate({ from: '/organisations/$organisationId' });
  const viewer = useViewer();
  const children = pageVariables({ after: childrenAfter, before: childrenBefore }, CHILDREN_PAGE);
  const [{ data, error, fetching }] = useQuery({
    query: OrganisationDocument,
    variables: {
      id: organisationId,
      asAt: asAt ?? null,
      childrenFirst: children.first,
      childrenAfter: children.after,
      childrenLast: children.last,
      childrenBefore: children.before,
    },
  });
  const o = data?.node?.__typename === 'Organisation' ? data.node : null;
  usePageTitle(o?.name ?? 'Organisation');
  if (error && !data) return <Failure error={error} />;
  if (fetching && !data) return <Loading what="the organisation" />;
  if (!o) return <NotFound what="organisation" />;
  const org = (x: { id: string; name: string }) => (
    <Link to="/organisations/$organisationId" params={{ organisationId: x.id }} search={{ asAt }}>
      {x.name}
    </Link>
  );
  return (
    <>
      <Breadcrumbs items={[{ label: 'Organisations', to: '/organisations' }]} />
      <span className="nhsuk-caption-l">
        {humanise(o.kind)} {o.odsCode ? `· ${o.odsCode}` : ''}
      </span>
      <h1>{o.name}</h1>
      <p>
        <StatusTag status={o.status} /> opened {formatDate(o.openedOn)}
        {o.closedOn ? `, closed ${formatDate(o.closedOn)}` : ''}
        {o.lastSeenOn ? `; last listed in an ODS extract dated ${formatDate(o.lastSeenOn)}` : ''}
      </p>
      {mayReturn(viewer, o) && (
        <p>
          <Link
            className="nhsuk-button nhsuk-button--secondary"
            to="/organisations/$organisationId/return"
            params={{ organisationId: o.id }}
          >
            Send a monthly return
          </Link>
        </p>
      )}
      <AsAtForm key={asAt ?? 'today'} asAt={asAt} onChange={(d) => navigate({ search: { asAt: d } })} />
      <h2 id="hierarchy">Hierarchy{asAt ? ` as at ${formatDate(asAt)}` : ''}</h2>
      <dl className="nhsuk-summary-list">
        <div className="nhsuk-summary-list__row">
          <dt className="nhsuk-summary-list__key">Part of</dt>
          <dd className="nhsuk-summary-list__value">{o.parent ? org(o.parent) : 'Nothing'}</dd>
        </div>
        <div className="nhsuk-summary-list__row">
          <dt className="nhsuk-summary-list__key">Made up of</dt>
          <dd className="nhsuk-summary-list__value">
            {o.children.totalCount === 0 ? 'Nothing' : `${formatCount(o.children.totalCount)} organisations`}
            {o.children.totalCount > 0 && (
              <ul>
                {o.children.edges.map(({ node }) => (
                  <li key={node.id}>{org(node)}</li>
                ))}
              </ul>
            )}
            <Pager
              pageInfo={o.children.pageInfo}
              previous="Previous organisations"
              next="More organisations"
              link={(cursor, parts) => (
                <Link
                  to="/organisations/$organisationId"
                  params={{ organisationId: o.id }}
                  search={{ asAt, childrenAfter: cursor.after, childrenBefore: cursor.before }}
                  hash="hierarchy"
                  {...parts}
                />
              )}
            />
          </dd>
        </div>
        <div className="nhsuk-summary-list__row">
          <dt className="nhsuk-summary-list__key">Predecessors</dt>
          <dd className="nhsuk-summary-list__value">
            {o.predecessors.length === 0
              ? 'None'
              : o.predecessors.map((p) => (
                  <span className="app-block" key={p.id}>
                    {org(p)} (closed {formatDate(p.closedOn)})
                  </span>
                ))}
          </dd>
        </div>
        <div className="nhsuk-summary-list__row">
          <dt className="nhsuk-summary-list__key">Successors</dt>
          <dd className="nhsuk-summary-list__value">
            {o.successors.length === 0
              ? 'None'
              : o.successors.map((p) => (
                  <span className="app-block" key={p.id}>
                    {org(p)} (opened {formatDate(p.openedOn)})
                  </span>
                ))}
          </dd>
        </div>
      </dl>
      <h2>History</h2>
      <ol className="app-timeline">
        {timeline(o, o.outgoing, o.incoming).map((e, i) => (
          <li key={i}>
            <span className="app-timeline__date">{formatDate(e.on)}</span> {e.text} {e.other && org(e.other)}
          </li>
        ))}
      </ol>
      <h2>Commitments ({formatCount(o.commitments.totalCount)})</h2>
      {o.commitments.totalCount === 0 ? (
        <p>None.</p>
      ) : (
        <ul className="nhsuk-list">
          {o.commitments.edges.map(({ node: c }) => (
            <li key={c.id}>
              <CommitmentLink commitment={c} /> <StatusTag status={c.status} /> <RagTag rag={c.progress?.rag} />
            </li>
          ))}
        </ul>
      )}
      <h2>Deployments</h2>
      {o.deployments.edges.length === 0 ? (
        <p>None.</p>
      ) : (
        <ul className="nhsuk-list">
          {o.deployments.edges.map(({ node: d }) => (
            <li key={d.id}>
              {d.service && (
                <Link to="/services/$serviceId" params={{ serviceId: d.service.id }}>
                  {d.service.name}
                </Link>
              )}{' '}
              <StatusTag status={d.status} /> {d.wentLiveOn ? `live since ${formatDate(d.wentLiveOn)}` : ''}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
