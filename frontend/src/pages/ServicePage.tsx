// One service: who provides it, which benefits it enables, where it is deployed and how it has
// performed against its availability target.

import { useQuery } from '../api/hooks';
import { SERVICE, type ServiceData } from '../api/queries';
import type { ServiceDetail } from '../api/types';
import { EnumBadge } from '../components/Badges';
import { OrganisationLink, PersonName } from '../components/Links';
import { Empty, ErrorMessage, Loading, PartialErrors } from '../components/Status';
import { usePageTitle } from '../components/usePageTitle';
import { NONE } from '../lib/format';
import { href } from '../router';
import { ServiceDeployments } from './ServiceDeployments';
import { ServiceLevelReports } from './ServiceLevelReports';

function isService(node: ServiceData['node']): node is ServiceDetail {
  return node?.__typename === 'Service';
}

export function ServicePage({ id }: { id: string }) {
  const q = useQuery<ServiceData, { id: string }>(SERVICE, { id });
  const node = q.data?.node ?? null;
  const service = isService(node) ? node : null;
  usePageTitle(service?.name ?? 'Service');

  if (q.error) return <ErrorMessage error={q.error} title="Could not load the service" onRetry={q.refetch} />;
  if (q.loading && !q.data) return <Loading what="Loading service" />;
  if (!service) {
    return (
      <section>
        <h1>Service not found</h1>
        <p>
          There is no service with this id. <a href={href.services()}>Back to the catalogue</a>.
        </p>
      </section>
    );
  }

  return (
    <section aria-labelledby="service-heading">
      <p className="breadcrumb">
        <a href={href.services()}>Service catalogue</a> /
      </p>
      <h1 id="service-heading">{service.name}</h1>
      <PartialErrors errors={q.partialErrors} />
      {service.description ? <p className="lead">{service.description}</p> : null}
      <dl className="attributes">
        <div>
          <dt>Lifecycle</dt>
          <dd>
            <EnumBadge value={service.lifecycle} />
          </dd>
        </div>
        <div>
          <dt>Provider</dt>
          <dd>
            <OrganisationLink organisation={service.provider} />
          </dd>
        </div>
        <div>
          <dt>Service owner</dt>
          <dd>
            <PersonName person={service.owner} />
          </dd>
        </div>
        <div>
          <dt>Availability target</dt>
          <dd>{service.availabilityTarget === null ? NONE : `${service.availabilityTarget}%`}</dd>
        </div>
      </dl>

      <section className="panel" aria-labelledby="enabled-heading">
        <h2 id="enabled-heading">
          Benefits it enables <span className="muted">({service.enabledBenefits.length})</span>
        </h2>
        {service.enabledBenefits.length === 0 ? (
          <Empty>No benefit depends on this service.</Empty>
        ) : (
          <ul className="plain">
            {service.enabledBenefits.map((b) => (
              <li key={b.id}>
                <span className="code">{b.code}</span> {b.title} <EnumBadge value={b.status} />{' '}
                <span className="muted">
                  in <a href={href.programme(b.programme.id)}>{b.programme.name}</a>
                </span>
              </li>
            ))}
          </ul>
        )}
      </section>

      <ServiceDeployments id={service.id} />
      <ServiceLevelReports id={service.id} availabilityTarget={service.availabilityTarget} />
    </section>
  );
}
