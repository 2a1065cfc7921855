// One organisation: where it sits in the system (as at a date), its people, what it has
// committed to and which services are deployed there. Reached by global id or by ODS code.

import { useQuery } from '../api/hooks';
import {
  ORGANISATION,
  ORGANISATION_BY_ODS_CODE,
  type OrganisationByOdsCodeData,
  type OrganisationData,
} from '../api/queries';
import type { OrganisationDetail } from '../api/types';
import { AsAtField } from '../components/AsAtField';
import { ErrorMessage, Loading, PartialErrors } from '../components/Status';
import { usePageTitle } from '../components/usePageTitle';
import { href, navigate } from '../router';
import { OrganisationPanels } from './OrganisationPanels';
import { OrganisationSummary } from './OrganisationSummary';

type Lookup = { id: string } | { odsCode: string };

function isOrganisation(node: OrganisationData['node']): node is OrganisationDetail {
  return node?.__typename === 'Organisation';
}

export function OrganisationPage({ lookup, asAt }: { lookup: Lookup; asAt: string | null }) {
  const byId = 'id' in lookup;
  const dated = asAt ? { asAt } : {};
  const q1 = useQuery<OrganisationData, object>(ORGANISATION, { id: byId ? lookup.id : '', ...dated }, !byId);
  const q2 = useQuery<OrganisationByOdsCodeData, object>(
    ORGANISATION_BY_ODS_CODE,
    { odsCode: byId ? '' : lookup.odsCode, ...dated },
    byId,
  );
  const q = byId ? q1 : q2;
  const found = byId ? q1.data?.node ?? null : q2.data?.organisation ?? null;
  const organisation = isOrganisation(found) ? found : null;
  usePageTitle(organisation?.name ?? 'Organisation');

  if (q.error) return <ErrorMessage error={q.error} title="Could not load the organisation" onRetry={q.refetch} />;
  if (q.loading && !q.data) return <Loading what="Loading organisation" />;
  if (!organisation) {
    return (
      <section>
        <h1>Organisation not found</h1>
        <p>
          {byId ? 'There is no organisation with this id.' : `There is no organisation with ODS code ${lookup.odsCode}.`}{' '}
          <a href={href.organisations()}>Search organisations</a>.
        </p>
      </section>
    );
  }

  return (
    <section aria-labelledby="organisation-heading">
      <p className="breadcrumb">
        <a href={href.organisations()}>Organisations</a> /
      </p>
      <h1 id="organisation-heading">
        {organisation.name} {organisation.odsCode ? <span className="ods">{organisation.odsCode}</span> : null}
      </h1>
      <PartialErrors errors={q.partialErrors} />
      <div className="toolbar">
        <AsAtField
          value={asAt}
          onChange={(d) => navigate(byId ? href.organisation(lookup.id, d) : href.organisationByOdsCode(lookup.odsCode, d), true)}
          help="Show the hierarchy and commissioning as they stood on this day."
        />
      </div>
      <OrganisationSummary organisation={organisation} asAt={asAt} />
      <OrganisationPanels id={organisation.id} asAt={asAt} />
    </section>
  );
}
