// Recording an engagement with a programme's stakeholders (when, what kind, what was said and
// agreed, and for an executive their own organisation as the one engaged), or changing one.

import { useState } from 'react';
import { useMutation } from 'urql';
import { useViewer } from '../../auth/viewer';
import { DateInput, EMPTY_DATE, partsOf, toIsoDate, type DateParts } from '../../components/DateInput';
import { SelectField, TextField, errorFor, type FieldError } from '../../components/forms';
import { graphql } from '../../gql';
import type { EngagementKind } from '../../gql/graphql';
import { outcome, type FormOutcome } from '../../graphql/mutation';
import { humanise } from '../../lib/format';
import { ActionForm } from '../../components/ActionForm';

const CreateEngagementDocument = graphql(`
  mutation CreateEngagement($input: CreateEngagementInput!) {
    createEngagement(input: $input) {
      engagement {
        id
        occurredOn
        kind
        summary
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

const UpdateEngagementDocument = graphql(`
  mutation UpdateEngagement($input: UpdateEngagementInput!) {
    updateEngagement(input: $input) {
      engagement {
        id
        occurredOn
        kind
        summary
        outcome
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

/** An engagement being changed. */
export interface Engagement {
  id: string;
  occurredOn: string;
  kind: EngagementKind;
  summary: string;
  outcome?: string | null;
}

const KINDS: EngagementKind[] = ['MEETING', 'WORKSHOP', 'BRIEFING', 'CORRESPONDENCE', 'SITE_VISIT', 'BOARD', 'OTHER'];

export function RecordEngagement({
  programme,
  existing,
  onDone,
}: {
  programme: string;
  /** The engagement to change; a new one is recorded without it. */
  existing?: Engagement;
  onDone: (message: string) => void;
}) {
  const viewer = useViewer();
  const [, create] = useMutation(CreateEngagementDocument);
  const [, update] = useMutation(UpdateEngagementDocument);
  const [date, setDate] = useState<DateParts>(existing ? partsOf(existing.occurredOn) : EMPTY_DATE);
  const [kind, setKind] = useState<EngagementKind>(existing?.kind ?? 'MEETING');
  const [summary, setSummary] = useState(existing?.summary ?? '');
  const [result, setResult] = useState(existing?.outcome ?? '');
  const [errors, setErrors] = useState<FieldError[]>([]);
  const form = existing ? 'engagement-change' : 'engagement';
  const submit = async (): Promise<FormOutcome<unknown>> => {
    const occurredOn = toIsoDate(date);
    const problems: FieldError[] = [];
    if (!occurredOn) problems.push({ field: 'occurredOn', message: 'Enter the date it happened, as a real day' });
    if (!summary.trim()) problems.push({ field: 'summary', message: 'Say what the engagement was about' });
    if (problems.length > 0 || !occurredOn) return { ok: false, errors: problems, stale: false };
    if (existing) {
      return outcome(
        await update({ input: { id: existing.id, occurredOn, kind, summary, outcome: result.trim() || null } }),
        (d) => d.updateEngagement,
      );
    }
    const organisations = viewer.role === 'EXECUTIVE' && viewer.organisation ? [viewer.organisation.id] : [];
    const done = outcome(
      await create({ input: { programme, occurredOn, kind, summary, outcome: result.trim() || null, organisations } }),
      (d) => d.createEngagement,
    );
    if (done.ok) {
      setDate(EMPTY_DATE);
      setSummary('');
      setResult('');
    }
    return done;
  };
  return (
    <ActionForm
      form={form}
      title={existing ? 'Change the engagement' : 'Record an engagement'}
      submitLabel={existing ? 'Save the engagement' : 'Record engagement'}
      submit={submit}
      onDone={onDone}
      doneMessage={existing ? 'Engagement saved' : 'Engagement recorded'}
      errors={errors}
      setErrors={setErrors}
      secondary
    >
      <DateInput
        form={form}
        field="occurredOn"
        legend="When it happened"
        error={errorFor(errors, 'occurredOn')}
        value={date}
        onChange={setDate}
      />
      <SelectField
        form={form}
        field="kind"
        label="Kind"
        value={kind}
        onChange={(v) => setKind(v as EngagementKind)}
        options={KINDS.map((k) => ({ value: k, label: humanise(k) }))}
      />
      <TextField
        form={form}
        field="summary"
        label="Summary"
        multiline
        error={errorFor(errors, 'summary')}
        value={summary}
        onChange={setSummary}
      />
      <TextField
        form={form}
        field="outcome"
        label="Outcome (optional)"
        multiline
        error={errorFor(errors, 'outcome')}
        value={result}
        onChange={setResult}
      />
    </ActionForm>
  );
}
