// The service catalogue: what IT services the programmes deliver, and who provides them.

import { usePagedQuery } from '../api/hooks';
import { SERVICES, type ServicesData, type ServicesVariables } from '../api/queries';
import { nodesOf } from '../api/types';
import { EnumBadge } from '../components/Badges';
import { EnumSelect } from '../components/EnumSelect';
import { OrganisationLink, PersonName } from '../components/Links';
import { Pager } from '../components/Pager';
import { Empty, ErrorMessage, Loading, PartialErrors } from '../components/Status';
import { usePageTitle } from '../components/usePageTitle';
import { isOneOf, SERVICE_LIFECYCLES } from '../lib/enums';
import { NONE } from '../lib/format';
import { href, navigate } from '../router';

const PAGE_SIZE = 25;

export function ServicesPage({ lifecycle }: { lifecycle: string }) {
  usePageTitle('Service catalogue');
  const variables: Omit<ServicesVariables, 'first' | 'after'> = isOneOf(SERVICE_LIFECYCLES, lifecycle)
    ? { filter: { lifecycles: [lifecycle] } }
    : {};
  const q = usePagedQuery<ServicesData, typeof variables>(SERVICES, variables, PAGE_SIZE, lifecycle);
  const connection = q.data?.services;
  const services = nodesOf(connection);

  return (
    <section aria-labelledby="services-heading">
      <h1 id="services-heading">Service catalogue</h1>
      <p className="lead">The IT services that make benefits achievable, and where they are live.</p>
      <form className="filters" onSubmit={(e) => e.preventDefault()}>
        <EnumSelect
          id="service-lifecycle"
          label="Lifecycle"
          values={SERVICE_LIFECYCLES}
          value={lifecycle}
          onChange={(v) => navigate(href.services(v), true)}
        />
      </form>
      {q.error ? <ErrorMessage error={q.error} title="Could not load services" onRetry={q.refetch} /> : null}
      <PartialErrors errors={q.partialErrors} />
      {q.loading && !connection ? <Loading what="Loading services" /> : null}
      {connection && services.length === 0 ? <Empty>No services match.</Empty> : null}
      {connection && services.length > 0 ? (
        <>
          <div className="table-wrap">
            <table data-testid="service-list" aria-busy={q.loading}>
              <caption className="visually-hidden">Services</caption>
              <thead>
                <tr>
                  <th scope="col">Service</th>
                  <th scope="col">Lifecycle</th>
                  <th scope="col">Provider</th>
                  <th scope="col">Owner</th>
                  <th scope="col" className="num">Availability target</th>
                </tr>
              </thead>
              <tbody>
                {services.map((s) => (
                  <tr key={s.id}>
                    <th scope="row">
                      <a href={href.service(s.id)}>{s.name}</a>
                    </th>
                    <td>
                      <EnumBadge value={s.lifecycle} />
                    </td>
                    <td>
                      <OrganisationLink organisation={s.provider} />
                    </td>
                    <td>
                      <PersonName person={s.owner} />
                    </td>
                    <td className="num">{s.availabilityTarget === null ? NONE : `${s.availabilityTarget}%`}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <Pager
            label="Service"
            page={q.page}
            dispatch={q.dispatch}
            pageInfo={connection.pageInfo}
            pageSize={PAGE_SIZE}
            rowsOnPage={services.length}
            totalCount={connection.totalCount}
            loading={q.loading}
          />
        </>
      ) : null}
    </section>
  );
}
