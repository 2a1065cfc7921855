// Changing a commitment's figures, owner and dates. Written at the version the form was opened
// on: when someone else changed it meanwhile (STALE_VERSION) the form keeps what was typed,
// shows the current values beside it, and the next save applies it to the current version.

import { useState } from 'react';
import { useMutation } from 'urql';
import { DateInput, partsOf, toIsoDate, type DateParts } from '../../components/DateInput';
import { SelectField, TextField, errorFor, type FieldError } from '../../components/forms';
import { outcome, type FormOutcome } from '../../graphql/mutation';
import { formatDate, formatMeasure, formatPercent } from '../../lib/format';
import { ActionForm } from '../../components/ActionForm';
import { parseNumber } from '../../lib/numbers';
import { UpdateDocument } from './mutations';
import type { UpdateCommitmentInput } from '../../gql/graphql';
import type { CommitmentView } from './types';

interface Draft {
  owner: string;
  baseline: string;
  baselineOn: DateParts;
  target: string;
  targetOn: DateParts;
  tolerance: string;
  notes: string;
}

function draftOf(c: CommitmentView): Draft {
  return {
    owner: c.owner?.id ?? '',
    baseline: String(c.baseline),
    baselineOn: partsOf(c.baselineOn),
    target: String(c.target),
    targetOn: partsOf(c.targetOn),
    tolerance: String(Math.round(c.tolerance * 1000) / 10),
    notes: c.notes ?? '',
  };
}

/** Figures are fixed once the board has agreed (the server says FIGURES_LOCKED). */
export function figuresOpen(status: string): boolean {
  return status === 'DRAFT' || status === 'PROPOSED';
}

export function EditCommitment({ c, onDone, refetch }: { c: CommitmentView; onDone: (m: string) => void; refetch: () => void }) {
  const [, update] = useMutation(UpdateDocument);
  // What the form opened with: only fields the person changed are sent, so applying them over
  // a newer version keeps what someone else changed in the other fields.
  const [opened] = useState<Draft>(() => draftOf(c));
  const [draft, setDraft] = useState<Draft>(opened);
  const open = figuresOpen(c.status);
  const [version, setVersion] = useState(c.version);
  const [errors, setErrors] = useState<FieldError[]>([]);
  const conflict = version !== c.version;
  const set =
    <K extends keyof Draft>(key: K) =>
    (value: Draft[K]) =>
      setDraft((d) => ({ ...d, [key]: value }));
  const people = c.organisation?.people.edges.map((e) => e.node) ?? [];
  const unit = c.benefit?.unit ?? '';

  const submit = async (): Promise<FormOutcome<unknown>> => {
    const problems: FieldError[] = [];
    const changed = <K extends keyof Draft>(k: K) => JSON.stringify(draft[k]) !== JSON.stringify(opened[k]);
    // Applying over a newer version is the person's choice: they have seen the current values.
    const input: UpdateCommitmentInput = { id: c.id, version: conflict ? c.version : version };
    if (changed('owner')) input.owner = draft.owner || null;
    if (changed('notes')) input.notes = draft.notes.trim() || null;
    if (open) {
      const number = (k: 'baseline' | 'target' | 'tolerance', message: string) => {
        const n = parseNumber(draft[k]);
        if (n === null) problems.push({ field: k, message });
        return n;
      };
      const day = (k: 'baselineOn' | 'targetOn', message: string) => {
        const d = toIsoDate(draft[k]);
        if (!d) problems.push({ field: k, message });
        return d;
      };
      if (changed('baseline')) input.baseline = number('baseline', 'Enter the baseline as a number');
      if (changed('baselineOn')) input.baselineOn = day('baselineOn', 'Enter the baseline date as a real day');
      if (changed('target')) input.target = number('target', 'Enter the target as a number');
      if (changed('targetOn')) input.targetOn = day('targetOn', 'Enter the target date as a real day');
      if (changed('tolerance')) {
        const t = number('tolerance', 'Enter the tolerance as a percentage');
        input.tolerance = t === null ? null : t / 100;
      }
    }
    if (problems.length > 0) return { ok: false, errors: problems, stale: false };
    const result = outcome(await update({ input }), (d) => d.updateCommitment);
    if (result.ok) setVersion(c.version + 1);
    return result;
  };

  return (
    <ActionForm
      form="edit"
      title="Change this commitment"
      submitLabel={conflict ? 'Apply my changes to the current version' : 'Save changes'}
      submit={submit}
      onDone={onDone}
      doneMessage="Commitment saved"
      errors={errors}
      setErrors={setErrors}
      onStale={refetch}
    >
      {conflict && (
        <div className="nhsuk-warning-callout" data-testid="stale-warning">
          <h4 className="nhsuk-warning-callout__label">
            <span role="text">
              <span className="nhsuk-u-visually-hidden">Important: </span>Someone else changed this commitment
            </span>
          </h4>
          <p>
            It was changed after you opened this form. Its current values are below; what you typed is kept in the form. Check it
            and save again to apply it to the current version.
          </p>
          <dl className="nhsuk-summary-list">
            <Row k="Owner" v={c.owner?.name ?? 'None named'} />
            <Row k="Baseline" v={`${formatMeasure(c.baseline, unit)} on ${formatDate(c.baselineOn)}`} />
            <Row k="Target" v={`${formatMeasure(c.target, unit)} by ${formatDate(c.targetOn)}`} />
            <Row k="Tolerance" v={formatPercent(c.tolerance, 1)} />
            <Row k="Notes" v={c.notes ?? 'None'} />
          </dl>
        </div>
      )}
      <SelectField
        form="edit"
        field="owner"
        label="Owner"
        error={errorFor(errors, 'owner')}
        value={draft.owner}
        onChange={set('owner')}
        options={[
          { value: '', label: 'No owner named' },
          ...people.map((p) => ({ value: p.id, label: p.jobTitle ? `${p.name}, ${p.jobTitle}` : p.name })),
        ]}
      />
      {open ? (
        <>
          <TextField
            form="edit"
            field="baseline"
            label={`Baseline (${unit})`}
            inputMode="decimal"
            width={10}
            error={errorFor(errors, 'baseline')}
            value={draft.baseline}
            onChange={set('baseline')}
          />
          <DateInput
            form="edit"
            field="baselineOn"
            legend="Baseline date"
            error={errorFor(errors, 'baselineOn')}
            value={draft.baselineOn}
            onChange={set('baselineOn')}
          />
          <TextField
            form="edit"
            field="target"
            label={`Target (${unit})`}
            inputMode="decimal"
            width={10}
            error={errorFor(errors, 'target')}
            value={draft.target}
            onChange={set('target')}
          />
          <DateInput
            form="edit"
            field="targetOn"
            legend="Target date"
            error={errorFor(errors, 'targetOn')}
            value={draft.targetOn}
            onChange={set('targetOn')}
          />
          <TextField
            form="edit"
            field="tolerance"
            label="Tolerance (% of the committed change)"
            inputMode="decimal"
            width={4}
            error={errorFor(errors, 'tolerance')}
            value={draft.tolerance}
            onChange={set('tolerance')}
          />
        </>
      ) : (
        <p className="nhsuk-body-s">
          The baseline, target, dates and tolerance were fixed when the programme board agreed this commitment.
        </p>
      )}
      <TextField
        form="edit"
        field="notes"
        label="Notes"
        multiline
        error={errorFor(errors, 'notes')}
        value={draft.notes}
        onChange={set('notes')}
      />
    </ActionForm>
  );
}

function Row({ k, v }: { k: string; v: string }) {
  return (
    <div className="nhsuk-summary-list__row">
      <dt className="nhsuk-summary-list__key">{k}</dt>
      <dd className="nhsuk-summary-list__value">{v}</dd>
    </div>
  );
}
