// Drafting a commitment: an executive commits their organisation (or one part of it) to its
// share of a benefit, with owner, baseline, target and dates. It starts as a DRAFT.

import { useNavigate } from '@tanstack/react-router';
import { useState, type FormEvent } from 'react';
import { useMutation, useQuery } from 'urql';
import { useViewer } from '../../auth/viewer';
import { Breadcrumbs } from '../../components/Breadcrumbs';
import { DateInput, EMPTY_DATE, toIsoDate, type DateParts } from '../../components/DateInput';
import { ErrorSummary, SelectField, TextField, errorFor, type FieldError } from '../../components/forms';
import { Failure, Loading } from '../../components/QueryState';
import { usePageTitle } from '../../components/usePageTitle';
import { graphql } from '../../gql';
import { outcome } from '../../graphql/mutation';
import { parseNumber } from '../../lib/numbers';

const NewCommitmentOptionsDocument = graphql(`
  query NewCommitmentOptions($organisation: ID!) {
    node(id: $organisation) {
      __typename
      ... on Organisation {
        id
        name
        people(first: 100) {
          edges {
            node {
              id
              name
              jobTitle
            }
          }
        }
        children(first: 100) {
          edges {
            node {
              id
              name
            }
          }
        }
      }
    }
    benefits(first: 100) {
      edges {
        node {
          id
          code
          title
          unit
          programme {
            name
          }
        }
      }
    }
  }
`);

const CreateCommitmentDocument = graphql(`
  mutation CreateCommitment($input: CreateCommitmentInput!) {
    createCommitment(input: $input) {
      commitment {
        id
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

interface Draft {
  organisation: string;
  benefit: string;
  owner: string;
  baseline: string;
  baselineOn: DateParts;
  target: string;
  targetOn: DateParts;
  tolerance: string;
  notes: string;
}

export function NewCommitmentPage() {
  usePageTitle('Draft a commitment');
  const viewer = useViewer();
  const navigate = useNavigate();
  const home = viewer.organisation;
  const [{ data, error, fetching }] = useQuery({
    query: NewCommitmentOptionsDocument,
    variables: { organisation: home?.id ?? '' },
    pause: !home,
  });
  const [, create] = useMutation(CreateCommitmentDocument);
  const [d, setD] = useState<Draft>({
    organisation: home?.id ?? '',
    benefit: '',
    owner: '',
    baseline: '',
    baselineOn: EMPTY_DATE,
    target: '',
    targetOn: EMPTY_DATE,
    tolerance: '10',
    notes: '',
  });
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [busy, setBusy] = useState(false);
  if (!home) return <p>Your sign-in names no organisation, so there is nothing to commit.</p>;
  if (error && !data) return <Failure error={error} />;
  if (fetching && !data) return <Loading what="the form" />;
  const org = data?.node?.__typename === 'Organisation' ? data.node : null;
  const set =
    <K extends keyof Draft>(k: K) =>
    (v: Draft[K]) =>
      setD((x) => ({ ...x, [k]: v }));
  const benefits = data?.benefits.edges.map((e) => e.node) ?? [];
  const unit = benefits.find((b) => b.id === d.benefit)?.unit ?? '';

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const problems: FieldError[] = [];
    const baseline = parseNumber(d.baseline);
    const target = parseNumber(d.target);
    const tolerance = parseNumber(d.tolerance);
    const baselineOn = toIsoDate(d.baselineOn);
    const targetOn = toIsoDate(d.targetOn);
    if (!d.benefit) problems.push({ field: 'benefit', message: 'Select the benefit' });
    if (baseline === null) problems.push({ field: 'baseline', message: 'Enter the baseline as a number' });
    if (!baselineOn) problems.push({ field: 'baselineOn', message: 'Enter the baseline date as a real day' });
    if (target === null) problems.push({ field: 'target', message: 'Enter the target as a number' });
    if (!targetOn) problems.push({ field: 'targetOn', message: 'Enter the target date as a real day' });
    if (tolerance === null) problems.push({ field: 'tolerance', message: 'Enter the tolerance as a percentage' });
    if (problems.length > 0 || baseline === null || target === null || tolerance === null || !baselineOn || !targetOn) {
      setErrors(problems);
      return;
    }
    setBusy(true);
    const input = {
      organisation: d.organisation,
      benefit: d.benefit,
      owner: d.owner || null,
      baseline,
      baselineOn,
      target,
      targetOn,
      tolerance: tolerance / 100,
      notes: d.notes.trim() || null,
    };
    const result = outcome(await create({ input }), (x) => x.createCommitment);
    setBusy(false);
    if (!result.ok) {
      setErrors(result.errors);
      return;
    }
    const id = result.value.commitment?.id;
    if (id) navigate({ to: '/commitments/$commitmentId', params: { commitmentId: id } });
  };

  return (
    <>
      <Breadcrumbs items={[{ label: 'My organisation', to: '/my-organisation' }]} />
      <h1>Draft a commitment</h1>
      <p>The draft stays yours to change until you propose it to the programme board.</p>
      <form onSubmit={submit} noValidate>
        <ErrorSummary form="commitment" errors={errors} />
        <SelectField
          form="commitment"
          field="organisation"
          label="Organisation"
          error={errorFor(errors, 'organisation')}
          value={d.organisation}
          onChange={set('organisation')}
          options={[
            { value: home.id, label: home.name },
            ...(org?.children.edges.map(({ node }) => ({ value: node.id, label: node.name })) ?? []),
          ]}
        />
        <SelectField
          form="commitment"
          field="benefit"
          label="Benefit"
          error={errorFor(errors, 'benefit')}
          value={d.benefit}
          onChange={set('benefit')}
          options={[
            { value: '', label: 'Select a benefit' },
            ...benefits.map((b) => ({ value: b.id, label: `${b.code}: ${b.title} (${b.programme?.name ?? ''})` })),
          ]}
        />
        <SelectField
          form="commitment"
          field="owner"
          label="Owner"
          error={errorFor(errors, 'owner')}
          value={d.owner}
          onChange={set('owner')}
          options={[
            { value: '', label: 'Name an owner later' },
            ...(org?.people.edges.map(({ node: p }) => ({
              value: p.id,
              label: p.jobTitle ? `${p.name}, ${p.jobTitle}` : p.name,
            })) ?? []),
          ]}
        />
        <TextField
          form="commitment"
          field="baseline"
          label={`Baseline${unit ? ` (${unit})` : ''}`}
          inputMode="decimal"
          width={10}
          error={errorFor(errors, 'baseline')}
          value={d.baseline}
          onChange={set('baseline')}
        />
        <DateInput
          form="commitment"
          field="baselineOn"
          legend="Baseline date"
          error={errorFor(errors, 'baselineOn')}
          value={d.baselineOn}
          onChange={set('baselineOn')}
        />
        <TextField
          form="commitment"
          field="target"
          label={`Target${unit ? ` (${unit})` : ''}`}
          inputMode="decimal"
          width={10}
          error={errorFor(errors, 'target')}
          value={d.target}
          onChange={set('target')}
        />
        <DateInput
          form="commitment"
          field="targetOn"
          legend="Target date"
          error={errorFor(errors, 'targetOn')}
          value={d.targetOn}
          onChange={set('targetOn')}
        />
        <TextField
          form="commitment"
          field="tolerance"
          label="Tolerance (% of the committed change)"
          inputMode="decimal"
          width={4}
          error={errorFor(errors, 'tolerance')}
          value={d.tolerance}
          onChange={set('tolerance')}
        />
        <TextField
          form="commitment"
          field="notes"
          label="Notes (optional)"
          multiline
          error={errorFor(errors, 'notes')}
          value={d.notes}
          onChange={set('notes')}
        />
        <button className="nhsuk-button" type="submit" disabled={busy}>
          Save draft
        </button>
      </form>
    </>
  );
}
