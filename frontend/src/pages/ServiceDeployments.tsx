import { SERVICE_DEPLOYMENTS, type ServiceDeploymentsData } from '../api/queries';
import type { DeploymentRow } from '../api/types';
import { EnumBadge } from '../components/Badges';
import { ConnectionSection } from '../components/ConnectionSection';
import { OrganisationLink } from '../components/Links';
import { formatDate, humanise } from '../lib/format';

function Gates({ gates }: { gates: NonNullable<DeploymentRow['readinessGates']> }) {
  if (gates.length === 0) return <span className="muted">None</span>;
  const passed = gates.filter((g) => g.status === 'PASSED').length;
  return (
    <details>
      <summary>
        {passed} of {gates.length} passed
      </summary>
      <ul className="plain small">
        {gates.map((g, i) => (
          <li key={i}>
            {g.name}: <strong>{humanise(g.status)}</strong>
            {g.decidedOn ? ` (${formatDate(g.decidedOn)})` : ''}
          </li>
        ))}
      </ul>
    </details>
  );
}

/** Where the service is deployed, with go-live dates and readiness gates. */
export function ServiceDeployments({ id }: { id: string }) {
  return (
    <ConnectionSection<ServiceDeploymentsData, DeploymentRow>
      id="service-deployments"
      title="Deployments"
      query={SERVICE_DEPLOYMENTS}
      variables={{ id }}
      select={(d) => d.node?.deployments}
      pageSize={50}
      empty="Not deployed anywhere yet."
    >
      {(rows) => (
        <div className="table-wrap">
          <table className="compact">
            <thead>
              <tr>
                <th scope="col">Organisation</th>
                <th scope="col">Status</th>
                <th scope="col">Planned go-live</th>
                <th scope="col">Went live</th>
                <th scope="col">Readiness gates</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((d) => (
                <tr key={d.id}>
                  <th scope="row">
                    <OrganisationLink organisation={d.organisation} />
                  </th>
                  <td>
                    <EnumBadge value={d.status} />
                  </td>
                  <td>{formatDate(d.plannedGoLive)}</td>
                  <td>{formatDate(d.wentLiveOn)}</td>
                  <td>
                    <Gates gates={d.readinessGates ?? []} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </ConnectionSection>
  );
}
