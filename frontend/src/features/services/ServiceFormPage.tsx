// Adding and changing a service in the catalogue (the board): name, description, provider,
// lifecycle, availability target and value profile. A change sends only what was changed.

import { getRouteApi, useNavigate } from '@tanstack/react-router';
import { useMutation, useQuery } from 'urql';
import { Breadcrumbs } from '../../components/Breadcrumbs';
import { ErrorSummary, SelectField, TextField, errorFor, type FieldError } from '../../components/forms';
import { Failure, Loading, NotFound } from '../../components/QueryState';
import { usePageForm, type Save } from '../../components/usePageForm';
import { usePageTitle } from '../../components/usePageTitle';
import { graphql } from '../../gql';
import type { Reach, ServiceLifecycle, ValueType } from '../../gql/graphql';
import { outcome } from '../../graphql/mutation';
import { humanise } from '../../lib/format';
import { parseNumber } from '../../lib/numbers';

const editRoute = getRouteApi('/services/$serviceId/edit');

const ProvidersDocument = graphql(`
  query ServiceProviders {
    organisations(first: 100, filter: { kinds: [SUPPLIER, SHARED_SERVICE] }) {
      edges {
        node {
          id
          name
        }
      }
    }
  }
`);

const ServiceForEditDocument = graphql(`
  query ServiceForEdit($id: ID!) {
    node(id: $id) {
      __typename
      ... on Service {
        id
        name
        description
        lifecycle
        availabilityTarget
        valueType
        reach
        provider {
          id
        }
      }
    }
  }
`);

/** What a change of a service returns. */
export const ServiceFieldsFragment = graphql(`
  fragment ServiceFields on Service {
    id
    name
    description
    lifecycle
    availabilityTarget
    valueType
    reach
    provider {
      id
      name
    }
  }
`);

const CreateServiceDocument = graphql(`
  mutation CreateService($input: CreateServiceInput!) {
    createService(input: $input) {
      service {
        ...ServiceFields
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

const UpdateServiceDocument = graphql(`
  mutation UpdateService($input: UpdateServiceInput!) {
    updateService(input: $input) {
      service {
        ...ServiceFields
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

interface Draft {
  name: string;
  description: string;
  provider: string;
  lifecycle: ServiceLifecycle;
  availabilityTarget: string;
  valueType: ValueType;
  reach: Reach;
}

const LIFECYCLES: ServiceLifecycle[] = ['PIPELINE', 'LIVE', 'RETIRED'];
const VALUE_TYPES: ValueType[] = ['INFORMED_DECISIONS', 'WORKING_SMARTER'];
const REACHES: Reach[] = ['INTERNAL', 'EXTERNAL'];
const options = (values: readonly string[]) => values.map((v) => ({ value: v, label: humanise(v) }));

/** The fields as the mutation's input, or the problems found before sending. */
function checked(d: Draft): { problems: FieldError[]; availabilityTarget: number | null } {
  const problems: FieldError[] = [];
  const target = d.availabilityTarget.trim() === '' ? null : parseNumber(d.availabilityTarget);
  if (d.availabilityTarget.trim() !== '' && target === null) {
    problems.push({ field: 'availabilityTarget', message: 'Enter the availability target as a percentage, for example 99.5' });
  }
  if (!d.name.trim()) problems.push({ field: 'name', message: 'Enter the name of the service' });
  return { problems, availabilityTarget: target };
}

function ServiceForm({ initial, submitLabel, save }: { initial: Draft; submitLabel: string; save: Save<Draft> }) {
  const [{ data }] = useQuery({ query: ProvidersDocument });
  const { draft: d, set, errors, busy, submit } = usePageForm(initial, save);
  const providers = (data?.organisations.edges ?? []).map((e) => ({ value: e.node.id, label: e.node.name }));
  return (
    <form onSubmit={submit} noValidate>
      <ErrorSummary form="service" errors={errors} />
      <TextField
        form="service"
        field="name"
        label="Name"
        error={errorFor(errors, 'name')}
        value={d.name}
        onChange={set('name')}
      />
      <TextField
        form="service"
        field="description"
        label="Description (optional)"
        multiline
        error={errorFor(errors, 'description')}
        value={d.description}
        onChange={set('description')}
      />
      <SelectField
        form="service"
        field="provider"
        label="Provider (optional)"
        hint="The supplier or shared service that runs it"
        error={errorFor(errors, 'provider')}
        value={d.provider}
        onChange={set('provider')}
        options={[{ value: '', label: 'Not named' }, ...providers]}
      />
      <SelectField
        form="service"
        field="lifecycle"
        label="Lifecycle"
        error={errorFor(errors, 'lifecycle')}
        value={d.lifecycle}
        onChange={(v) => set('lifecycle')(v as ServiceLifecycle)}
        options={options(LIFECYCLES)}
      />
      <TextField
        form="service"
        field="availabilityTarget"
        label="Availability target in % (optional)"
        hint="For example 99.5"
        inputMode="decimal"
        width={5}
        error={errorFor(errors, 'availabilityTarget')}
        value={d.availabilityTarget}
        onChange={set('availabilityTarget')}
      />
      <SelectField
        form="service"
        field="valueType"
        label="Value type"
        error={errorFor(errors, 'valueType')}
        value={d.valueType}
        onChange={(v) => set('valueType')(v as ValueType)}
        options={options(VALUE_TYPES)}
      />
      <SelectField
        form="service"
        field="reach"
        label="Reach"
        error={errorFor(errors, 'reach')}
        value={d.reach}
        onChange={(v) => set('reach')(v as Reach)}
        options={options(REACHES)}
      />
      <button className="nhsuk-button" type="submit" disabled={busy}>
        {submitLabel}
      </button>
    </form>
  );
}

export function NewServicePage() {
  usePageTitle('Add a service');
  const navigate = useNavigate();
  const [, create] = useMutation(CreateServiceDocument);
  return (
    <>
      <Breadcrumbs items={[{ label: 'Service catalogue', to: '/services' }]} />
      <h1>Add a service</h1>
      <ServiceForm
        initial={{
          name: '',
          description: '',
          provider: '',
          lifecycle: 'PIPELINE',
          availabilityTarget: '',
          valueType: 'WORKING_SMARTER',
          reach: 'INTERNAL',
        }}
        submitLabel="Add service"
        save={async (d) => {
          const { problems, availabilityTarget } = checked(d);
          if (problems.length > 0) return problems;
          const input = {
            name: d.name.trim(),
            description: d.description.trim() || null,
            provider: d.provider || null,
            lifecycle: d.lifecycle,
            availabilityTarget,
            valueType: d.valueType,
            reach: d.reach,
          };
          const result = outcome(await create({ input }), (x) => x.createService);
          if (!result.ok) return result.errors;
          const id = result.value.service?.id;
          if (id) navigate({ to: '/services/$serviceId', params: { serviceId: id } });
          return null;
        }}
      />
    </>
  );
}

export function EditServicePage() {
  const { serviceId } = editRoute.useParams();
  const navigate = useNavigate();
  const [{ data, error, fetching }] = useQuery({ query: ServiceForEditDocument, variables: { id: serviceId } });
  const [, update] = useMutation(UpdateServiceDocument);
  const s = data?.node?.__typename === 'Service' ? data.node : null;
  usePageTitle(s ? `Change ${s.name}` : 'Change a service');
  if (error && !data) return <Failure error={error} />;
  if (fetching && !data) return <Loading what="the service" />;
  if (!s) return <NotFound what="service" />;
  const initial: Draft = {
    name: s.name,
    description: s.description ?? '',
    provider: s.provider?.id ?? '',
    lifecycle: s.lifecycle,
    availabilityTarget: s.availabilityTarget === null || s.availabilityTarget === undefined ? '' : String(s.availabilityTarget),
    valueType: s.valueType,
    reach: s.reach,
  };
  return (
    <>
      <Breadcrumbs
        items={[
          { label: 'Service catalogue', to: '/services' },
          { label: s.name, to: '/services/$serviceId', params: { serviceId } },
        ]}
      />
      <h1>Change {s.name}</h1>
      <ServiceForm
        initial={initial}
        submitLabel="Save changes"
        save={async (d, changed) => {
          const { problems, availabilityTarget } = checked(d);
          if (problems.length > 0) return problems;
          const input: Record<string, unknown> = { id: serviceId };
          if (changed('name')) input.name = d.name.trim();
          if (changed('description')) input.description = d.description.trim() || null;
          if (changed('provider')) input.provider = d.provider || null;
          if (changed('lifecycle')) input.lifecycle = d.lifecycle;
          if (changed('availabilityTarget')) input.availabilityTarget = availabilityTarget;
          if (changed('valueType')) input.valueType = d.valueType;
          if (changed('reach')) input.reach = d.reach;
          const result = outcome(await update({ input: input as { id: string } }), (x) => x.updateService);
          if (!result.ok) return result.errors;
          navigate({ to: '/services/$serviceId', params: { serviceId } });
          return null;
        }}
      />
    </>
  );
}
