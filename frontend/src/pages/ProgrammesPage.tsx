// The programme board's home: every programme, its dates, budget and owner.

import { usePagedQuery } from '../api/hooks';
import { PROGRAMMES, type ProgrammesData } from '../api/queries';
import { nodesOf } from '../api/types';
import { EnumBadge } from '../components/Badges';
import { PersonName } from '../components/Links';
import { Pager } from '../components/Pager';
import { Empty, ErrorMessage, Loading } from '../components/Status';
import { usePageTitle } from '../components/usePageTitle';
import { formatDate, formatPence } from '../lib/format';
import { href } from '../router';

const PAGE_SIZE = 25;

export function ProgrammesPage() {
  usePageTitle('Programmes');
  const q = usePagedQuery<ProgrammesData, object>(PROGRAMMES, {}, PAGE_SIZE);
  const connection = q.data?.programmes;
  const programmes = nodesOf(connection);

  return (
    <section aria-labelledby="programmes-heading">
      <h1 id="programmes-heading">Programmes</h1>
      <p className="lead">What each programme promises, who owns it, and how far it has got.</p>
      {q.error ? <ErrorMessage error={q.error} title="Could not load programmes" onRetry={q.refetch} /> : null}
      {q.loading && !connection ? <Loading what="Loading programmes" /> : null}
      {connection && programmes.length === 0 ? <Empty>No programmes yet.</Empty> : null}
      {connection && programmes.length > 0 ? (
        <>
          <div className="table-wrap">
            <table data-testid="programme-list" aria-busy={q.loading}>
              <caption className="visually-hidden">Programmes</caption>
              <thead>
                <tr>
                  <th scope="col">Programme</th>
                  <th scope="col">Status</th>
                  <th scope="col">Runs</th>
                  <th scope="col" className="num">Budget</th>
                  <th scope="col">Senior responsible owner</th>
                  <th scope="col" className="num">Benefits</th>
                </tr>
              </thead>
              <tbody>
                {programmes.map((p) => (
                  <tr key={p.id} data-testid="programme-row">
                    <th scope="row">
                      <a href={href.programme(p.id)}>{p.name}</a>
                    </th>
                    <td>
                      <EnumBadge value={p.status} />
                    </td>
                    <td>
                      {formatDate(p.startsOn)} to {formatDate(p.endsOn)}
                    </td>
                    <td className="num">{formatPence(p.budgetPence)}</td>
                    <td>
                      <PersonName person={p.seniorResponsibleOwner} />
                    </td>
                    <td className="num">{p.benefits.totalCount}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <Pager
            label="Programme"
            page={q.page}
            dispatch={q.dispatch}
            pageInfo={connection.pageInfo}
            pageSize={PAGE_SIZE}
            rowsOnPage={programmes.length}
            totalCount={connection.totalCount}
            loading={q.loading}
          />
        </>
      ) : null}
    </section>
  );
}
