// Creating and changing a programme (the programme board): name, description, status, dates
// and budget. A change sends only the fields the person changed.

import { getRouteApi, useNavigate } from '@tanstack/react-router';
import { useMutation, useQuery } from 'urql';
import { Breadcrumbs } from '../../components/Breadcrumbs';
import { DateInput, optionalDate, partsOf, type DateParts } from '../../components/DateInput';
import { ErrorSummary, SelectField, TextField, errorFor, type FieldError } from '../../components/forms';
import { Failure, Loading } from '../../components/QueryState';
import { usePageForm, type Save } from '../../components/usePageForm';
import { usePageTitle } from '../../components/usePageTitle';
import { graphql } from '../../gql';
import type { ProgrammeStatus } from '../../gql/graphql';
import { outcome } from '../../graphql/mutation';
import { humanise } from '../../lib/format';

const editRoute = getRouteApi('/programmes/$programmeId/edit');

const ProgrammeForEditDocument = graphql(`
  query ProgrammeForEdit($id: ID!) {
    node(id: $id) {
      __typename
      ... on Programme {
        id
        name
        description
        status
        startsOn
        endsOn
        budgetPence
      }
    }
  }
`);

const CreateProgrammeDocument = graphql(`
  mutation CreateProgramme($input: CreateProgrammeInput!) {
    createProgramme(input: $input) {
      programme {
        id
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

const UpdateProgrammeDocument = graphql(`
  mutation UpdateProgramme($input: UpdateProgrammeInput!) {
    updateProgramme(input: $input) {
      programme {
        id
        name
        description
        status
        startsOn
        endsOn
        budgetPence
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
  status: ProgrammeStatus;
  startsOn: DateParts;
  endsOn: DateParts;
  budget: string;
}

const STATUSES: ProgrammeStatus[] = ['PLANNED', 'ACTIVE', 'CLOSED'];

/** Whole pounds typed ("12,700,000" or "£12.7m" is not accepted) as pence, or null. */
export function poundsToPence(text: string): number | null | 'invalid' {
  const cleaned = text.replace(/[£,\s]/g, '');
  if (cleaned === '') return null;
  if (!/^\d+(\.\d{1,2})?$/.test(cleaned)) return 'invalid';
  return Math.round(Number(cleaned) * 100);
}

function ProgrammeForm({ initial, submitLabel, save }: { initial: Draft; submitLabel: string; save: Save<Draft> }) {
  const { draft: d, set, errors, busy, submit } = usePageForm(initial, save);
  return (
    <form onSubmit={submit} noValidate>
      <ErrorSummary form="programme" errors={errors} />
      <TextField
        form="programme"
        field="name"
        label="Name"
        error={errorFor(errors, 'name')}
        value={d.name}
        onChange={set('name')}
      />
      <TextField
        form="programme"
        field="description"
        label="Description (optional)"
        multiline
        error={errorFor(errors, 'description')}
        value={d.description}
        onChange={set('description')}
      />
      <SelectField
        form="programme"
        field="status"
        label="Status"
        error={errorFor(errors, 'status')}
        value={d.status}
        onChange={(v) => set('status')(v as ProgrammeStatus)}
        options={STATUSES.map((s) => ({ value: s, label: humanise(s) }))}
      />
      <DateInput
        form="programme"
        field="startsOn"
        legend="Starts on (optional)"
        error={errorFor(errors, 'startsOn')}
        value={d.startsOn}
        onChange={set('startsOn')}
      />
      <DateInput
        form="programme"
        field="endsOn"
        legend="Ends on (optional)"
        error={errorFor(errors, 'endsOn')}
        value={d.endsOn}
        onChange={set('endsOn')}
      />
      <TextField
        form="programme"
        field="budgetPence"
        label="Budget in pounds (optional)"
        hint="Whole pounds, for example 12700000"
        inputMode="decimal"
        width={20}
        error={errorFor(errors, 'budgetPence')}
        value={d.budget}
        onChange={set('budget')}
      />
      <button className="nhsuk-button" type="submit" disabled={busy}>
        {submitLabel}
      </button>
    </form>
  );
}

function checked(d: Draft): { problems: FieldError[]; startsOn: string | null; endsOn: string | null; budget: number | null } {
  const problems: FieldError[] = [];
  const startsOn = optionalDate(d.startsOn, 'startsOn', problems);
  const endsOn = optionalDate(d.endsOn, 'endsOn', problems);
  const budget = poundsToPence(d.budget);
  if (budget === 'invalid') problems.push({ field: 'budgetPence', message: 'Enter the budget in whole pounds' });
  return { problems, startsOn, endsOn, budget: budget === 'invalid' ? null : budget };
}

export function NewProgrammePage() {
  usePageTitle('Add a programme');
  const navigate = useNavigate();
  const [, create] = useMutation(CreateProgrammeDocument);
  const blank = { day: '', month: '', year: '' };
  return (
    <>
      <Breadcrumbs items={[{ label: 'Programmes', to: '/programmes' }]} />
      <h1>Add a programme</h1>
      <ProgrammeForm
        initial={{ name: '', description: '', status: 'PLANNED', startsOn: blank, endsOn: blank, budget: '' }}
        submitLabel="Add programme"
        save={async (d) => {
          const { problems, startsOn, endsOn, budget } = checked(d);
          if (problems.length > 0) return problems;
          const input = {
            name: d.name,
            description: d.description.trim() || null,
            status: d.status,
            startsOn,
            endsOn,
            budgetPence: budget,
          };
          const result = outcome(await create({ input }), (x) => x.createProgramme);
          if (!result.ok) return result.errors;
          const id = result.value.programme?.id;
          if (id) navigate({ to: '/programmes/$programmeId', params: { programmeId: id } });
          return null;
        }}
      />
    </>
  );
}

export function EditProgrammePage() {
  const { programmeId } = editRoute.useParams();
  const navigate = useNavigate();
  const [{ data, error, fetching }] = useQuery({ query: ProgrammeForEditDocument, variables: { id: programmeId } });
  const [, update] = useMutation(UpdateProgrammeDocument);
  const p = data?.node?.__typename === 'Programme' ? data.node : null;
  usePageTitle(p ? `Change ${p.name}` : 'Change a programme');
  if (error && !data) return <Failure error={error} />;
  if (fetching && !data) return <Loading what="the programme" />;
  if (!p) return null;
  const initial: Draft = {
    name: p.name,
    description: p.description ?? '',
    status: p.status,
    startsOn: partsOf(p.startsOn),
    endsOn: partsOf(p.endsOn),
    budget: p.budgetPence === null || p.budgetPence === undefined ? '' : String(Math.round(p.budgetPence / 100)),
  };
  return (
    <>
      <Breadcrumbs items={[{ label: p.name, to: '/programmes/$programmeId', params: { programmeId } }]} />
      <h1>Change {p.name}</h1>
      <ProgrammeForm
        initial={initial}
        submitLabel="Save changes"
        save={async (d, changed) => {
          const { problems, startsOn, endsOn, budget } = checked(d);
          if (problems.length > 0) return problems;
          const input: Record<string, unknown> = { id: programmeId };
          if (changed('name')) input.name = d.name;
          if (changed('description')) input.description = d.description.trim() || null;
          if (changed('status')) input.status = d.status;
          if (changed('startsOn')) input.startsOn = startsOn;
          if (changed('endsOn')) input.endsOn = endsOn;
          if (changed('budget')) input.budgetPence = budget;
          const result = outcome(await update({ input: input as { id: string } }), (x) => x.updateProgramme);
          if (!result.ok) return result.errors;
          navigate({ to: '/programmes/$programmeId', params: { programmeId } });
          return null;
        }}
      />
    </>
  );
}
