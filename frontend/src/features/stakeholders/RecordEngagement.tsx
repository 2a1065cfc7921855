// Recording an engagement with a programme's stakeholders: when, what kind, what was said and
// agreed, and (for an executive) their own organisation as the one engaged.

import { useState } from 'react';
import { useMutation } from 'urql';
import { useViewer } from '../../auth/viewer';
import { DateInput, EMPTY_DATE, toIsoDate, type DateParts } from '../../components/DateInput';
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

const KINDS: EngagementKind[] = ['MEETING', 'WORKSHOP', 'BRIEFING', 'CORRESPONDENCE', 'SITE_VISIT', 'BOARD', 'OTHER'];

export function RecordEngagement({ programme, onDone }: { programme: string; onDone: (message: string) => void }) {
  const viewer = useViewer();
  const [, create] = useMutation(CreateEngagementDocument);
  const [date, setDate] = useState<DateParts>(EMPTY_DATE);
  const [kind, setKind] = useState<EngagementKind>('MEETING');
  const [summary, setSummary] = useState('');
  const [result, setResult] = useState('');
  const [errors, setErrors] = useState<FieldError[]>([]);
  const submit = async (): Promise<FormOutcome<unknown>> => {
    const occurredOn = toIsoDate(date);
    const problems: FieldError[] = [];
    if (!occurredOn) problems.push({ field: 'occurredOn', message: 'Enter the date it happened, as a real day' });
    if (!summary.trim()) problems.push({ field: 'summary', message: 'Say what the engagement was about' });
    if (problems.length > 0 || !occurredOn) return { ok: false, errors: problems, stale: false };
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
      form="engagement"
      title="Record an engagement"
      submitLabel="Record engagement"
      submit={submit}
      onDone={onDone}
      doneMessage="Engagement recorded"
      errors={errors}
      setErrors={setErrors}
      secondary
    >
      <DateInput
        form="engagement"
        field="occurredOn"
        legend="When it happened"
        error={errorFor(errors, 'occurredOn')}
        value={date}
        onChange={setDate}
      />
      <SelectField
        form="engagement"
        field="kind"
        label="Kind"
        value={kind}
        onChange={(v) => setKind(v as EngagementKind)}
        options={KINDS.map((k) => ({ value: k, label: humanise(k) }))}
      />
      <TextField
        form="engagement"
        field="summary"
        label="Summary"
        multiline
        error={errorFor(errors, 'summary')}
        value={summary}
        onChange={setSummary}
      />
      <TextField
        form="engagement"
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
