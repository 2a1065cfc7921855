// The service catalogue.

import { Link } from '@tanstack/react-router';
import { useQuery } from 'urql';
import { useViewer } from '../../auth/viewer';
import { Failure, Loading } from '../../components/QueryState';
import { StatusTag } from '../../components/Tags';
import { usePageTitle } from '../../components/usePageTitle';
import { graphql } from '../../gql';

const ServicesDocument = graphql(`
  query Services {
    services(first: 100) {
      totalCount
      edges {
        node {
          id
          name
          lifecycle
          availabilityTarget
          provider {
            id
            name
          }
        }
      }
    }
  }
`);

export function ServicesPage() {
  usePageTitle('Service catalogue');
  const viewer = useViewer();
  const [{ data, error, fetching }] = useQuery({ query: ServicesDocument });
  if (error && !data) return <Failure error={error} />;
  if (fetching && !data) return <Loading what="services" />;
  return (
    <>
      <h1>Service catalogue</h1>
      {viewer.can.writeServices && (
        <p>
          <Link className="nhsuk-button nhsuk-button--secondary" to="/services/new">
            Add a service
          </Link>
        </p>
      )}
      <div className="app-table-scroll" tabIndex={0} role="region" aria-label="Services">
        <table className="nhsuk-table">
          <thead className="nhsuk-table__head">
            <tr>
              <th scope="col">Service</th>
              <th scope="col">Provider</th>
              <th scope="col">Lifecycle</th>
              <th scope="col">Availability target</th>
            </tr>
          </thead>
          <tbody className="nhsuk-table__body">
            {data?.services.edges.map(({ node: s }) => (
              <tr key={s.id}>
                <td>
                  <Link to="/services/$serviceId" params={{ serviceId: s.id }}>
                    {s.name}
                  </Link>
                </td>
                <td>{s.provider?.name ?? '—'}</td>
                <td>
                  <StatusTag status={s.lifecycle} />
                </td>
                <td>{s.availabilityTarget === null || s.availabilityTarget === undefined ? '—' : `${s.availabilityTarget}%`}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
