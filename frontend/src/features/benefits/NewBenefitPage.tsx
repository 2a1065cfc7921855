// Creating a benefit profile in a programme (the programme board).

import { getRouteApi, useNavigate } from '@tanstack/react-router';
import { useState, type FormEvent } from 'react';
import { useMutation } from 'urql';
import { Breadcrumbs } from '../../components/Breadcrumbs';
import { ErrorSummary, SelectField, TextField, errorFor, type FieldError } from '../../components/forms';
import { usePageTitle } from '../../components/usePageTitle';
import { graphql } from '../../gql';
import type { BenefitCategory, Direction, Reach, Rollup, ValueType } from '../../gql/graphql';
import { outcome } from '../../graphql/mutation';
import { humanise } from '../../lib/format';

const route = getRouteApi('/programmes/$programmeId/benefits/new');

const CreateBenefitDocument = graphql(`
  mutation CreateBenefit($input: CreateBenefitInput!) {
    createBenefit(input: $input) {
      benefit {
        id
        code
        title
      }
      userErrors {
        field
        message
        code
      }
    }
  }
`);

const CATEGORIES: BenefitCategory[] = [
  'CASH_RELEASING',
  'NON_CASH_RELEASING',
  'QUALITY',
  'SAFETY',
  'PATIENT_EXPERIENCE',
  'STRATEGIC',
];
const options = <T extends string>(values: T[]) => values.map((v) => ({ value: v, label: humanise(v) }));

export function NewBenefitPage() {
  usePageTitle('Add a benefit');
  const { programmeId } = route.useParams();
  const navigate = useNavigate();
  const [, create] = useMutation(CreateBenefitDocument);
  const [f, setF] = useState({
    code: '',
    title: '',
    description: '',
    category: 'CASH_RELEASING' as BenefitCategory,
    measure: '',
    unit: '',
    direction: 'INCREASE' as Direction,
    rollup: 'SUM' as Rollup,
    valueType: 'WORKING_SMARTER' as ValueType,
    reach: 'INTERNAL' as Reach,
  });
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [busy, setBusy] = useState(false);
  const set = (key: keyof typeof f) => (value: string) => setF((x) => ({ ...x, [key]: value }));
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    const result = outcome(
      await create({ input: { programme: programmeId, ...f, description: f.description.trim() || null } }),
      (d) => d.createBenefit,
    );
    setBusy(false);
    if (!result.ok) {
      setErrors(result.errors);
      return;
    }
    const id = result.value.benefit?.id;
    if (id) navigate({ to: '/benefits/$benefitId', params: { benefitId: id } });
  };
  return (
    <>
      <Breadcrumbs items={[{ label: 'Programme', to: '/programmes/$programmeId', params: { programmeId } }]} />
      <h1>Add a benefit</h1>
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
          onChange={set('category')}
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
          onChange={set('direction')}
          options={options<Direction>(['INCREASE', 'DECREASE'])}
        />
        <SelectField
          form="benefit"
          field="rollup"
          label="Local figures add up as"
          error={errorFor(errors, 'rollup')}
          value={f.rollup}
          onChange={set('rollup')}
          options={options<Rollup>(['SUM', 'MEAN'])}
        />
        <SelectField
          form="benefit"
          field="valueType"
          label="Value type"
          error={errorFor(errors, 'valueType')}
          value={f.valueType}
          onChange={set('valueType')}
          options={options<ValueType>(['INFORMED_DECISIONS', 'WORKING_SMARTER'])}
        />
        <SelectField
          form="benefit"
          field="reach"
          label="Reach"
          error={errorFor(errors, 'reach')}
          value={f.reach}
          onChange={set('reach')}
          options={options<Reach>(['INTERNAL', 'EXTERNAL'])}
        />
        <button className="nhsuk-button" type="submit" disabled={busy}>
          Add benefit
        </button>
      </form>
    </>
  );
}
