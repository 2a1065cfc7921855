// Service level reports, asked for on their own: if the server does not offer them (or the
// caller may not read them), the panel is left out rather than failing the page.

import { useQuery } from '../api/hooks';
import { SERVICE_LEVEL_REPORTS, type ServiceLevelReportsData } from '../api/queries';
import { formatDate, formatNumber, NONE } from '../lib/format';

export function ServiceLevelReports({ id, availabilityTarget }: { id: string; availabilityTarget: number | null }) {
  const q = useQuery<ServiceLevelReportsData, { id: string }>(SERVICE_LEVEL_REPORTS, { id });
  const reports = q.data?.node?.serviceLevelReports;
  if (q.error || !reports) return null;
  const rows = [...reports].sort((a, b) => b.periodStart.localeCompare(a.periodStart));
  return (
    <section className="panel" aria-labelledby="slr-heading">
      <h2 id="slr-heading">
        Service levels <span className="muted">({rows.length})</span>
      </h2>
      {rows.length === 0 ? (
        <p className="empty">No service level reports yet.</p>
      ) : (
        <div className="table-wrap">
          <table className="compact">
            <caption className="visually-hidden">
              Availability achieved per period
              {availabilityTarget === null ? '' : ` against a target of ${availabilityTarget}%`}
            </caption>
            <thead>
              <tr>
                <th scope="col">Period</th>
                <th scope="col" className="num">Availability</th>
                <th scope="col" className="num">Incidents</th>
                <th scope="col">Target met</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r, i) => (
                <tr key={`${r.periodStart}-${r.periodEnd}-${i}`}>
                  <th scope="row">
                    {formatDate(r.periodStart)} to {formatDate(r.periodEnd)}
                  </th>
                  <td className="num">{r.availability === null ? NONE : `${formatNumber(r.availability, 3)}%`}</td>
                  <td className="num">{formatNumber(r.incidents, 0)}</td>
                  <td>
                    {r.met === null ? (
                      NONE
                    ) : (
                      <span className={r.met ? 'rag rag-green' : 'rag rag-red'}>
                        <span className="rag-dot" aria-hidden="true" />
                        {r.met ? 'Met' : 'Missed'}
                      </span>
                    )}
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
