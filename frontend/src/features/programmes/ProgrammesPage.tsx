import { Link } from '@tanstack/react-router';
import { useQuery } from 'urql';
import { useViewer } from '../../auth/viewer';
import { Failure, Loading } from '../../components/QueryState';
import { StatusTag } from '../../components/Tags';
import { usePageTitle } from '../../components/usePageTitle';
import { graphql } from '../../gql';
import { formatCount, formatDate, formatPence } from '../../lib/format';

const ProgrammesDocument = graphql(`
  query Programmes {
    programmes(first: 100) {
      totalCount
      edges {
        node {
          id
          name
          status
          startsOn
          endsOn
          budgetPence
          benefits(first: 1) {
            totalCount
          }
        }
      }
    }
  }
`);

export function ProgrammesPage() {
  usePageTitle('Programmes');
  const viewer = useViewer();
  const [{ data, error, fetching }] = useQuery({ query: ProgrammesDocument });
  if (error && !data) return <Failure error={error} />;
  if (fetching && !data) return <Loading what="programmes" />;
  const programmes = data?.programmes.edges.map((e) => e.node) ?? [];
  return (
    <>
      <h1>Programmes</h1>
      {viewer.can.writeProgrammes && (
        <p>
          <Link className="nhsuk-button nhsuk-button--secondary" to="/programmes/new">
            Add a programme
          </Link>
        </p>
      )}
      <ul className="nhsuk-grid-row nhsuk-card-group">
        {programmes.map((p) => (
          <li className="nhsuk-grid-column-one-half nhsuk-card-group__item" key={p.id}>
            <div className="nhsuk-card nhsuk-card--clickable">
              <div className="nhsuk-card__content">
                <h2 className="nhsuk-card__heading nhsuk-heading-m">
                  <Link className="nhsuk-card__link" to="/programmes/$programmeId" params={{ programmeId: p.id }}>
                    {p.name}
                  </Link>
                </h2>
                <p className="nhsuk-card__description">
                  <StatusTag status={p.status} /> {formatCount(p.benefits.totalCount)} benefits · {formatDate(p.startsOn)} to{' '}
                  {formatDate(p.endsOn)} · budget {formatPence(p.budgetPence)}
                </p>
              </div>
            </div>
          </li>
        ))}
      </ul>
    </>
  );
}
