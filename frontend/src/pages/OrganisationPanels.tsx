// The lists under an organisation: what is part of it, its people, commitments, deployments.

import {
  ORGANISATION_CHILDREN,
  ORGANISATION_COMMITMENTS,
  ORGANISATION_DEPLOYMENTS,
  ORGANISATION_PEOPLE,
  type OrganisationChildrenData,
  type OrganisationCommitmentsData,
  type OrganisationDeploymentsData,
  type OrganisationPeopleData,
} from '../api/queries';
import type { DeploymentRow, OrganisationCommitmentRow, OrganisationRow, PersonRow } from '../api/types';
import { EnumBadge } from '../components/Badges';
import { ConnectionSection } from '../components/ConnectionSection';
import { OrganisationLink, PersonName } from '../components/Links';
import { formatDate, formatMeasure, humanise, NONE } from '../lib/format';
import { href } from '../router';

export function OrganisationPanels({ id, asAt }: { id: string; asAt: string | null }) {
  const dated = asAt ? { asAt } : {};
  return (
    <>
      <ConnectionSection<OrganisationCommitmentsData, OrganisationCommitmentRow>
        id="org-commitments"
        title="Commitments"
        query={ORGANISATION_COMMITMENTS}
        variables={{ id }}
        select={(d) => d.node?.commitments}
        empty="This organisation has not committed to any benefit."
      >
        {(rows) => (
          <div className="table-wrap">
            <table className="compact">
              <thead>
                <tr>
                  <th scope="col">Benefit</th>
                  <th scope="col">Programme</th>
                  <th scope="col">Owner</th>
                  <th scope="col">Status</th>
                  <th scope="col" className="num">Target</th>
                  <th scope="col">By</th>
                </tr>
              </thead>
              <tbody>
                {rows.map((c) => (
                  <tr key={c.id}>
                    <th scope="row">
                      <span className="code">{c.benefit.code}</span> {c.benefit.title}
                    </th>
                    <td>
                      <a href={href.programme(c.benefit.programme.id)}>{c.benefit.programme.name}</a>
                    </td>
                    <td>
                      <PersonName person={c.owner} />
                    </td>
                    <td>
                      <EnumBadge value={c.status} />
                    </td>
                    <td className="num">{formatMeasure(c.target, c.benefit.unit)}</td>
                    <td>{formatDate(c.targetOn)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </ConnectionSection>

      <ConnectionSection<OrganisationDeploymentsData, DeploymentRow>
        id="org-deployments"
        title="Deployments"
        query={ORGANISATION_DEPLOYMENTS}
        variables={{ id }}
        select={(d) => d.node?.deployments}
        empty="No service is deployed here."
      >
        {(rows) => (
          <div className="table-wrap">
            <table className="compact">
              <thead>
                <tr>
                  <th scope="col">Service</th>
                  <th scope="col">Status</th>
                  <th scope="col">Planned go-live</th>
                  <th scope="col">Went live</th>
                </tr>
              </thead>
              <tbody>
                {rows.map((d) => (
                  <tr key={d.id}>
                    <th scope="row">{d.service ? <a href={href.service(d.service.id)}>{d.service.name}</a> : NONE}</th>
                    <td>
                      <EnumBadge value={d.status} />
                    </td>
                    <td>{formatDate(d.plannedGoLive)}</td>
                    <td>{formatDate(d.wentLiveOn)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </ConnectionSection>

      <ConnectionSection<OrganisationPeopleData, PersonRow>
        id="org-people"
        title="People"
        query={ORGANISATION_PEOPLE}
        variables={{ id }}
        select={(d) => d.node?.people}
        empty="No people recorded."
      >
        {(rows) => (
          <ul className="people">
            {rows.map((p) => (
              <li key={p.id}>
                <strong>{p.name}</strong>
                {p.jobTitle ? <span className="muted">, {p.jobTitle}</span> : null}
                {p.email ? (
                  <>
                    {' '}
                    <a href={`mailto:${p.email}`}>{p.email}</a>
                  </>
                ) : null}
              </li>
            ))}
          </ul>
        )}
      </ConnectionSection>

      <ConnectionSection<OrganisationChildrenData, OrganisationRow>
        id="org-children"
        title="Part of this organisation"
        query={ORGANISATION_CHILDREN}
        variables={{ id, ...dated }}
        select={(d) => d.node?.children}
        empty="Nothing is part of this organisation on this date."
      >
        {(rows) => (
          <div className="table-wrap">
            <table className="compact">
              <thead>
                <tr>
                  <th scope="col">Organisation</th>
                  <th scope="col">Kind</th>
                  <th scope="col">Status</th>
                </tr>
              </thead>
              <tbody>
                {rows.map((o) => (
                  <tr key={o.id}>
                    <th scope="row">
                      <OrganisationLink organisation={o} asAt={asAt} />
                    </th>
                    <td>{humanise(o.kind)}</td>
                    <td>
                      <EnumBadge value={o.status} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </ConnectionSection>
    </>
  );
}
