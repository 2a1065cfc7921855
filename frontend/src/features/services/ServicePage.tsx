// A service: what it is, the benefits it enables, where it is deployed and live (a page at a
// time: a national service is deployed at thousands of sites), and its service level reports;
// the board changes it, deploys it and records reports here.

import { Link, getRouteApi } from '@tanstack/react-router';
import { useState } from 'react';
import { useQuery } from 'urql';
import { useViewer } from '../../auth/viewer';
import { Breadcrumbs } from '../../components/Breadcrumbs';
import { Pager, pageVariables } from '../../components/Pager';
import { Done, Failure, Loading, NotFound } from '../../components/QueryState';
import { StatusTag } from '../../components/Tags';
import { usePageTitle } from '../../components/usePageTitle';
import { graphql } from '../../gql';
import { formatCount, formatDate } from '../../lib/format';
import { DeployService } from './DeployService';
import { RecordServiceLevelReport, ServiceLevelTable } from './ServiceLevels';

const route = getRouteApi('/services/$serviceId');

const ServiceDocument = graphql(`
  query ServicePage($id: ID!, $first: Int, $after: String, $last: Int, $before: String) {
    node(id: $id) {
      __typename
      ... on Service {
        id
        name
        description
        lifecycle
        availabilityTarget
        provider {
          id
          name
        }
        enabledBenefits {
          id
          code
          title
        }
        deployments(first: $first, after: $after, last: $last, before: $before) {
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
              status
              plannedGoLive
              wentLiveOn
              organisation {
                id
                name
              }
            }
          }
        }
        serviceLevelReports {
          periodStart
          periodEnd
          availability
          incidents
          notes
          met
          deployment {
            id
            organisation {
              id
              name
            }
          }
        }
      }
    }
  }
`);

/** Deployments a page. */
const DEPLOYMENTS_PAGE = 25;

export function ServicePage() {
  const viewer = useViewer();
  const { serviceId } = route.useParams();
  const { after, before } = route.useSearch();
  const [{ data, error, fetching }] = useQuery({
    query: ServiceDocument,
    variables: { id: serviceId, ...pageVariables({ after, before }, DEPLOYMENTS_PAGE) },
  });
  const [done, setDone] = useState<string | null>(null);
  const s = data?.node?.__typename === 'Service' ? data.node : null;
  usePageTitle(s?.name ?? 'Service');
  if (error && !data) return <Failure error={error} />;
  if (fetching && !data) return <Loading what="the service" />;
  if (!s) return <NotFound what="service" />;
  return (
    <>
      <Breadcrumbs items={[{ label: 'Service catalogue', to: '/services' }]} />
      <Done message={done} />
      <h1>{s.name}</h1>
      <p>
        <StatusTag status={s.lifecycle} /> provided by {s.provider?.name ?? 'no provider named'}
      </p>
      {s.description && <p>{s.description}</p>}
      {viewer.can.writeServices && (
        <p>
          <Link
            className="nhsuk-button nhsuk-button--secondary nhsuk-button--small"
            to="/services/$serviceId/edit"
            params={{ serviceId: s.id }}
          >
            Change the service
          </Link>
        </p>
      )}
      <h2>Benefits it enables</h2>
      <ul>
        {s.enabledBenefits.map((b) => (
          <li key={b.id}>
            <Link to="/benefits/$benefitId" params={{ benefitId: b.id }}>
              {b.code}: {b.title}
            </Link>
          </li>
        ))}
      </ul>
      <h2 id="deployments">Deployments ({formatCount(s.deployments.totalCount)})</h2>
      <div className="app-table-scroll" tabIndex={0} role="region" aria-label="Deployments">
        <table className="nhsuk-table">
          <thead className="nhsuk-table__head">
            <tr>
              <th scope="col">Organisation</th>
              <th scope="col">Status</th>
              <th scope="col">Planned go-live</th>
              <th scope="col">Went live</th>
              <th scope="col">Readiness and reports</th>
            </tr>
          </thead>
          <tbody className="nhsuk-table__body">
            {s.deployments.edges.map(({ node: d }) => (
              <tr key={d.id}>
                <td>
                  {d.organisation && (
                    <Link to="/organisations/$organisationId" params={{ organisationId: d.organisation.id }}>
                      {d.organisation.name}
                    </Link>
                  )}
                </td>
                <td>
                  <StatusTag status={d.status} />
                </td>
                <td>{formatDate(d.plannedGoLive)}</td>
                <td>{formatDate(d.wentLiveOn)}</td>
                <td>
                  <Link to="/deployments/$deploymentId" params={{ deploymentId: d.id }}>
                    View<span className="nhsuk-u-visually-hidden"> the deployment at {d.organisation?.name}</span>
                  </Link>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <Pager
        pageInfo={s.deployments.pageInfo}
        previous="Previous deployments"
        next="More deployments"
        link={(cursor, parts) => (
          <Link to="/services/$serviceId" params={{ serviceId: s.id }} search={cursor} hash="deployments" {...parts} />
        )}
      />
      {viewer.can.writeDeployments && <DeployService service={s.id} onDone={setDone} />}
      <h2>Service level reports</h2>
      <ServiceLevelTable reports={s.serviceLevelReports} showSite />
      {viewer.can.writeServices && (
        <RecordServiceLevelReport
          service={s.id}
          deployments={s.deployments.edges.map(({ node: d }) => ({ id: d.id, label: d.organisation?.name ?? d.id }))}
          onDone={setDone}
        />
      )}
    </>
  );
}
