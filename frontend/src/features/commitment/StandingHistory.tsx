// The commitment's history: each change of its status, owner or sign-off from the day it took
// effect, so a board can see how it came to stand where it does.

import { StatusTag } from '../../components/Tags';
import type { StandingRowFragment } from '../../gql/graphql';
import { formatDate } from '../../lib/format';

export function StandingHistory({ rows }: { rows: StandingRowFragment[] }) {
  return (
    <section aria-labelledby="history-title">
      <h2 id="history-title">History</h2>
      {rows.length === 0 ? (
        <p>No change of status, owner or sign-off has been recorded.</p>
      ) : (
        <div className="app-table-scroll" tabIndex={0} role="region" aria-label="History">
          <table className="nhsuk-table">
            <caption className="nhsuk-table__caption nhsuk-u-visually-hidden">
              Its status, owner and sign-off, oldest first
            </caption>
            <thead className="nhsuk-table__head">
              <tr>
                <th scope="col">From</th>
                <th scope="col">Status</th>
                <th scope="col">Owner</th>
                <th scope="col">Signed off</th>
              </tr>
            </thead>
            <tbody className="nhsuk-table__body">
              {rows.map((r, i) => (
                <tr key={`${r.since}-${i}`}>
                  <td>{formatDate(r.since)}</td>
                  <td>
                    <StatusTag status={r.status} />
                  </td>
                  <td>{r.owner?.name ?? 'None'}</td>
                  <td>
                    {r.signedOffOn
                      ? `${formatDate(r.signedOffOn)}${r.signedOffBy ? ` by ${r.signedOffBy.name}` : ''}`
                      : 'Not yet'}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
