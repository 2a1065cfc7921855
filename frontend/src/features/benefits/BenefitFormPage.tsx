// Creating and changing a benefit profile (the programme board). A change sends only the
// fields the person changed; the server's userErrors show beside their fields.

import { getRouteApi, useNavigate } from '@tanstack/react-router';
import { useMutation, useQuery } from 'urql';
import { Breadcrumbs } from '../../components/Breadcrumbs';
import { ErrorSummary, SelectField, TextField, errorFor } from '../../components/forms';
import { Failure, Loading } from '../../components/QueryState';
import { usePageForm, type Save } from '../../components/usePageForm';
import { usePageTitle } from '../../components/usePageTitle';
import type { BenefitCategory, BenefitStatus, Direction, MeasureKind, Reach, Rollup, ValueType } from '../../gql/graphql';
import { outcome } from '../../graphql/mutation';
import { humanise } from '../../lib/format';
import { BenefitForEditDocument, BenefitProgrammeDocument, CreateBenefitDocument, UpdateBenefitDocument } from './formQueries';

const newRoute = getRouteApi('/programmes/$programmeId/benefits/new');
const editRoute = getRouteApi('/benefits/$benefitId/edit');

interface Draft {
  code: string;
  title: string;
  description: string;
  category: BenefitCategory;
  measure: string;
  unit: string;
  direction: Direction;
  rollup: Rollup;
  measureKind: MeasureKind;
  valueType: ValueType;
  reach: Reach;
  status: BenefitStatus;
}

const CATEGORIES: BenefitCategory[] = [
  'CASH_RELEASING',
  'NON_CASH_RELEASING',
  'QUALITY',
  'SAFETY',
  'PATIENT_EXPERIENCE',
  'STRATEGIC',
];
const STATUSES: BenefitStatus[] = ['IDENTIFIED', 'VALIDATED', 'IN_REALISATION', 'REALISED', 'CLOSED'];
const options = <T extends string>(values: T[]) => values.map((v) => ({ value: v, label: humanise(v) }));

function BenefitForm({ initial, submitLabel, save }: { initial: Draft; submitLabel: string; save: Save<Draft> }) {
  const { draft: f, set, errors, busy, submit } = usePageForm(initial, save);
  return (
    <form onSubmit={submit} noValidate>
      <ErrorSummary form="benefit" errors={errors} />
      <TextField
        form="benefit"
        field="code"
        label="Code"
        hint="Unique in the programme, for example B12"
        width={10}
        error={errorFor(errors, 'code')}
        value={f.code}
        onChange={set('code')}
      />
      <TextField
        form="benefit"
        field="title"
        label="Title"
        error={errorFor(errors, 'title')}
        value={f.title}
        onChange={set('title')}
      />
      <TextField
        form="benefit"
        field="description"
        label="Description (optional)"
        multiline
        error={errorFor(errors, 'description')}
        value={f.description}
        onChange={set('description')}
      />
      <SelectField
        form="benefit"
        field="category"
        label="Category"
        error={errorFor(errors, 'category')}
        value={f.category}
        onChange={(v) => set('category')(v as BenefitCategory)}
        options={options(CATEGORIES)}
      />
      <TextField
        form="benefit"
        field="measure"
        label="Measure"
        hint="The KPI's name, for example cash released"
        error={errorFor(errors, 'measure')}
        value={f.measure}
        onChange={set('measure')}
      />
      <TextField
        form="benefit"
        field="unit"
        label="Unit"
        hint="For example GBP, %, minutes or count"
        width={10}
        error={errorFor(errors, 'unit')}
        value={f.unit}
        onChange={set('unit')}
      />
      <SelectField
        form="benefit"
        field="direction"
        label="Improvement is"
        error={errorFor(errors, 'direction')}
        value={f.direction}
        onChange={(v) => set('direction')(v as Direction)}
        options={options<Direction>(['INCREASE', 'DECREASE'])}
      />
      <SelectField
        form="benefit"
        field="rollup"
        label="Local figures add up as"
        error={errorFor(errors, 'rollup')}
        value={f.rollup}
        onChange={(v) => set('rollup')(v as Rollup)}
        options={options<Rollup>(['SUM', 'MEAN'])}
      />
      <SelectField
        form="benefit"
        field="measureKind"
        label="Each value is"
        hint="A running total (cash released to date) is charted by its change from one value to the next."
        error={errorFor(errors, 'measureKind')}
        value={f.measureKind}
        onChange={(v) => set('measureKind')(v as MeasureKind)}
        options={[
          { value: 'PERIOD', label: 'The value for its period' },
          { value: 'CUMULATIVE', label: 'A running total' },
        ]}
      />
      <SelectField
        form="benefit"
        field="valueType"
        label="Value type"
        error={errorFor(errors, 'valueType')}
        value={f.valueType}
        onChange={(v) => set('valueType')(v as ValueType)}
        options={options<ValueType>(['INFORMED_DECISIONS', 'WORKING_SMARTER'])}
      />
      <SelectField
        form="benefit"
        field="reach"
        label="Reach"
        error={errorFor(errors, 'reach')}
        value={f.reach}
        onChange={(v) => set('reach')(v as Reach)}
        options={options<Reach>(['INTERNAL', 'EXTERNAL'])}
      />
      <SelectField
        form="benefit"
        field="status"
        label="Status"
        error={errorFor(errors, 'status')}
        value={f.status}
        onChange={(v) => set('status')(v as BenefitStatus)}
        options={options(STATUSES)}
      />
      <button className="nhsuk-button" type="submit" disabled={busy}>
        {submitLabel}
      </button>
    </form>
  );
}

export function NewBenefitPage() {
  usePageTitle('Add a benefit');
  const { programmeId } = newRoute.useParams();
  const [{ data: programme }] = useQuery({ query: BenefitProgrammeDocument, variables: { id: programmeId } });
  const programmeName = programme?.node?.__typename === 'Programme' ? programme.node.name : 'Programme';
  const navigate = useNavigate();
  const [, create] = useMutation(CreateBenefitDocument);
  const initial: Draft = {
    code: '',
    title: '',
    description: '',
    category: 'CASH_RELEASING',
    measure: '',
    unit: '',
    direction: 'INCREASE',
    rollup: 'SUM',
    measureKind: 'PERIOD',
    valueType: 'WORKING_SMARTER',
    reach: 'INTERNAL',
    status: 'IDENTIFIED',
  };
  return (
    <>
      <Breadcrumbs items={[{ label: programmeName, to: '/programmes/$programmeId', params: { programmeId } }]} />
      <h1>Add a benefit</h1>
      <BenefitForm
        initial={initial}
        submitLabel="Add benefit"
        save={async (f) => {
          const input = { programme: programmeId, ...f, description: f.description.trim() || null };
          const result = outcome(await create({ input }), (d) => d.createBenefit);
          if (!result.ok) return result.errors;
          const id = result.value.benefit?.id;
          if (id) navigate({ to: '/benefits/$benefitId', params: { benefitId: id } });
          return null;
        }}
      />
    </>
  );
}

export function EditBenefitPage() {
  const { benefitId } = editRoute.useParams();
  const navigate = useNavigate();
  const [{ data, error, fetching }] = useQuery({ query: BenefitForEditDocument, variables: { id: benefitId } });
  const [, update] = useMutation(UpdateBenefitDocument);
  const b = data?.node?.__typename === 'Benefit' ? data.node : null;
  usePageTitle(b ? `Change ${b.code}` : 'Change a benefit');
  if (error && !data) return <Failure error={error} />;
  if (fetching && !data) return <Loading what="the benefit" />;
  if (!b) return null;
  const { __typename: _, id: __, ...fields } = b;
  const initial: Draft = { ...fields, description: fields.description ?? '' };
  return (
    <>
      <Breadcrumbs items={[{ label: `${b.code}: ${b.title}`, to: '/benefits/$benefitId', params: { benefitId } }]} />
      <h1>Change {b.code}</h1>
      <BenefitForm
        initial={initial}
        submitLabel="Save changes"
        save={async (f, changed) => {
          const input: Record<string, unknown> = { id: benefitId };
          for (const k of Object.keys(f) as (keyof Draft)[]) {
            if (changed(k)) input[k] = k === 'description' ? f.description.trim() || null : f[k];
          }
          const result = outcome(await update({ input: input as { id: string } }), (d) => d.updateBenefit);
          if (!result.ok) return result.errors;
          navigate({ to: '/benefits/$benefitId', params: { benefitId } });
          return null;
        }}
      />
    </>
  );
}
