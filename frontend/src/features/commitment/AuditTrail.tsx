// The commitment's audit trail, for the viewers who may read it (administrators and the
// programme board).

import { useQuery } from 'urql';
import { useViewer } from '../../auth/viewer';
import { CommitmentAuditDocument } from './queries';

export function AuditTrail({ id }: { id: string }) {
  const viewer = useViewer();
  const [{ data }] = useQuery({ query: CommitmentAuditDocument, variables: { id }, pause: !viewer.can.readAudit });
  if (!viewer.can.readAudit) return null;
  const node = data?.node;
  const events = node?.__typename === 'Commitment' ? node.auditTrail.edges.map((e) => e.node) : [];
  return (
    <section aria-labelledby="audit-title">
      <h2 id="audit-title">Audit trail</h2>
      {events.length === 0 ? (
        <p>No change has been recorded.</p>
      ) : (
        <div className="app-table-scroll" tabIndex={0} role="region" aria-label="Audit trail">
          <table className="nhsuk-table">
            <caption className="nhsuk-table__caption nhsuk-u-visually-hidden">Changes, newest first</caption>
            <thead className="nhsuk-table__head">
              <tr>
                <th scope="col">When</th>
                <th scope="col">Who</th>
                <th scope="col">What</th>
              </tr>
            </thead>
            <tbody className="nhsuk-table__body">
              {events.map((e) => (
                <tr key={e.id}>
                  <td>{new Date(e.occurredAt).toLocaleString('en-GB', { timeZone: 'UTC' })} UTC</td>
                  <td>{e.actor}</td>
                  <td>{e.action}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
