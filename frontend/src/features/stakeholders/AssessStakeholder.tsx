// Assessing a programme's stakeholders (the board): a new organisation by its ODS code, or a
// fresh look at one already on the grid, whose current assessment fills the form.

import { useState } from 'react';
import { useClient, useMutation } from 'urql';
import { ActionForm } from '../../components/ActionForm';
import { DateInput, EMPTY_DATE, partsOf, toIsoDate, type DateParts } from '../../components/DateInput';
import { SelectField, TextField, errorFor, type FieldError } from '../../components/forms';
import { graphql } from '../../gql';
import type { Attitude } from '../../gql/graphql';
import { outcome, type FormOutcome } from '../../graphql/mutation';
import { humanise } from '../../lib/format';
import { organisationByCode } from '../organisations/lookup';

const CreateAssessmentDocument = graphql(`
  mutation CreateStakeholderAssessment($input: CreateStakeholderAssessmentInput!) {
    createStakeholderAssessment(input: $input) {
      stakeholderAssessment {
        id
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

const UpdateAssessmentDocument = graphql(`
  mutation UpdateStakeholderAssessment($input: UpdateStakeholderAssessmentInput!) {
    updateStakeholderAssessment(input: $input) {
      stakeholderAssessment {
        id
        influence
        interest
        attitude
        assessedOn
        notes
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

export interface Assessment {
  id: string;
  name: string;
  influence: number;
  interest: number;
  attitude: Attitude;
  assessedOn: string;
  notes?: string | null;
}

const ATTITUDES: Attitude[] = ['CHAMPION', 'SUPPORTIVE', 'NEUTRAL', 'CONCERNED', 'RESISTANT'];
const SCORES = ['1', '2', '3', '4', '5'].map((v) => ({ value: v, label: v }));
const NEW = 'new';

interface Draft {
  code: string;
  influence: string;
  interest: string;
  attitude: Attitude;
  assessedOn: DateParts;
  notes: string;
}

const blank: Draft = { code: '', influence: '3', interest: '3', attitude: 'NEUTRAL', assessedOn: EMPTY_DATE, notes: '' };

const draftOf = (a: Assessment): Draft => ({
  code: '',
  influence: String(a.influence),
  interest: String(a.interest),
  attitude: a.attitude,
  assessedOn: partsOf(a.assessedOn),
  notes: a.notes ?? '',
});

export function AssessStakeholder({
  programme,
  assessments,
  onDone,
}: {
  programme: string;
  assessments: readonly Assessment[];
  onDone: (message: string) => void;
}) {
  const client = useClient();
  const [, create] = useMutation(CreateAssessmentDocument);
  const [, update] = useMutation(UpdateAssessmentDocument);
  const [who, setWho] = useState(NEW);
  const [d, setD] = useState<Draft>(blank);
  const [errors, setErrors] = useState<FieldError[]>([]);
  const set =
    <K extends keyof Draft>(k: K) =>
    (v: Draft[K]) =>
      setD((x) => ({ ...x, [k]: v }));
  const choose = (id: string) => {
    setWho(id);
    const existing = assessments.find((a) => a.id === id);
    setD(existing ? draftOf(existing) : blank);
  };
  const submit = async (): Promise<FormOutcome<unknown>> => {
    const problems: FieldError[] = [];
    const assessedOn = toIsoDate(d.assessedOn);
    if (!assessedOn) problems.push({ field: 'assessedOn', message: 'Enter the date of the assessment as a real day' });
    const fields = {
      influence: Number(d.influence),
      interest: Number(d.interest),
      attitude: d.attitude,
      notes: d.notes.trim() || null,
    };
    if (who !== NEW) {
      if (problems.length > 0 || !assessedOn) return { ok: false, errors: problems, stale: false };
      return outcome(await update({ input: { id: who, ...fields, assessedOn } }), (x) => x.updateStakeholderAssessment);
    }
    const found = await organisationByCode(client, d.code);
    if ('problem' in found) problems.unshift({ field: 'organisation', message: found.problem });
    if (problems.length > 0 || !assessedOn || !('found' in found)) return { ok: false, errors: problems, stale: false };
    const done = outcome(
      await create({ input: { programme, organisation: found.found.id, ...fields, assessedOn } }),
      (x) => x.createStakeholderAssessment,
    );
    if (done.ok) setD(blank);
    return done;
  };
  return (
    <ActionForm
      form="assessment"
      title="Assess a stakeholder"
      submitLabel={who === NEW ? 'Add the assessment' : 'Save the assessment'}
      submit={submit}
      onDone={onDone}
      doneMessage="Assessment saved"
      errors={errors}
      setErrors={setErrors}
      secondary
    >
      <SelectField
        form="assessment"
        field="who"
        label="Stakeholder"
        value={who}
        onChange={choose}
        options={[
          { value: NEW, label: 'Another organisation, by its ODS code' },
          ...assessments.map((a) => ({ value: a.id, label: `Reassess ${a.name}` })),
        ]}
      />
      {who === NEW && (
        <TextField
          form="assessment"
          field="organisation"
          label="Organisation’s ODS code"
          hint="For example RM1"
          width={10}
          error={errorFor(errors, 'organisation')}
          value={d.code}
          onChange={set('code')}
        />
      )}
      <SelectField
        form="assessment"
        field="influence"
        label="Influence, from 1 (little) to 5 (decisive)"
        error={errorFor(errors, 'influence')}
        value={d.influence}
        onChange={set('influence')}
        options={SCORES}
      />
      <SelectField
        form="assessment"
        field="interest"
        label="Interest, from 1 (little) to 5 (closely engaged)"
        error={errorFor(errors, 'interest')}
        value={d.interest}
        onChange={set('interest')}
        options={SCORES}
      />
      <SelectField
        form="assessment"
        field="attitude"
        label="Attitude"
        error={errorFor(errors, 'attitude')}
        value={d.attitude}
        onChange={(v) => set('attitude')(v as Attitude)}
        options={ATTITUDES.map((a) => ({ value: a, label: humanise(a) }))}
      />
      <DateInput
        form="assessment"
        field="assessedOn"
        legend="Assessed on"
        error={errorFor(errors, 'assessedOn')}
        value={d.assessedOn}
        onChange={set('assessedOn')}
      />
      <TextField
        form="assessment"
        field="notes"
        label="Notes (optional)"
        multiline
        error={errorFor(errors, 'notes')}
        value={d.notes}
        onChange={set('notes')}
      />
    </ActionForm>
  );
}
