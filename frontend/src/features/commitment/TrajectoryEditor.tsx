// Editing a commitment's trajectory: the planned values between baseline and target, one row
// per date, added and removed freely; saved as a whole at the version the form opened on.

import { useState } from 'react';
import { useMutation } from 'urql';
import { DateInput, partsOf, toIsoDate, type DateParts } from '../../components/DateInput';
import { TextField, type FieldError } from '../../components/forms';
import { outcome, type FormOutcome } from '../../graphql/mutation';
import { ActionForm } from '../../components/ActionForm';
import { parseNumber } from '../../lib/numbers';
import { SetTrajectoryDocument } from './mutations';
import type { CommitmentView } from './types';

interface Row {
  key: number;
  date: DateParts;
  value: string;
}

let nextKey = 0;
const row = (date: DateParts, value: string): Row => ({ key: nextKey++, date, value });

/** The rows as trajectory points, or the errors that stop them being saved. */
export function pointsOf(rows: readonly Row[]): { points: { plannedOn: string; value: number }[]; errors: FieldError[] } {
  const errors: FieldError[] = [];
  const points = rows.flatMap((r, i) => {
    const plannedOn = toIsoDate(r.date);
    const value = parseNumber(r.value);
    if (!plannedOn) errors.push({ field: `points.${i}.plannedOn`, message: `Point ${i + 1}: enter the date as a real day` });
    if (value === null)
      errors.push({ field: `points.${i}.value`, message: `Point ${i + 1}: enter the planned value as a number` });
    return plannedOn && value !== null ? [{ plannedOn, value }] : [];
  });
  return { points, errors };
}

export function TrajectoryEditor({
  c,
  onDone,
  refetch,
}: {
  c: CommitmentView;
  onDone: (m: string) => void;
  refetch: () => void;
}) {
  const [, setTrajectory] = useMutation(SetTrajectoryDocument);
  const [rows, setRows] = useState<Row[]>(() => c.trajectory.map((p) => row(partsOf(p.plannedOn), String(p.value))));
  const [version] = useState(c.version);
  const [errors, setErrors] = useState<FieldError[]>([]);
  const unit = c.benefit?.unit ?? '';
  const update = (key: number, patch: Partial<Row>) => setRows((rs) => rs.map((r) => (r.key === key ? { ...r, ...patch } : r)));

  const submit = async (): Promise<FormOutcome<unknown>> => {
    const { points, errors: local } = pointsOf(rows);
    if (local.length > 0) return { ok: false, errors: local, stale: false };
    const stale = version !== c.version;
    return outcome(
      await setTrajectory({ input: { id: c.id, version: stale ? c.version : version, points } }),
      (d) => d.setTrajectory,
    );
  };

  return (
    <ActionForm
      form="trajectory"
      title="Plan the trajectory"
      submitLabel="Save trajectory"
      submit={submit}
      onDone={onDone}
      doneMessage="Trajectory saved"
      errors={errors}
      setErrors={setErrors}
      onStale={refetch}
      secondary
    >
      <p className="nhsuk-body-s">
        Planned values between the baseline and the target, in {unit}. Dates must fall between the baseline and target dates.
      </p>
      {rows.length === 0 && <p>No points: the plan is a straight line from baseline to target.</p>}
      {rows.map((r, i) => (
        <fieldset className="nhsuk-fieldset app-trajectory-row" key={r.key}>
          <legend className="nhsuk-fieldset__legend nhsuk-fieldset__legend--s">Point {i + 1}</legend>
          <DateInput
            form="trajectory"
            field={`points.${i}.plannedOn`}
            legend="Date"
            small
            value={r.date}
            error={errors.find((e) => e.field === `points.${i}.plannedOn`)?.message}
            onChange={(date) => update(r.key, { date })}
          />
          <TextField
            form="trajectory"
            field={`points.${i}.value`}
            label={`Planned value (${unit})`}
            inputMode="decimal"
            width={10}
            error={errors.find((e) => e.field === `points.${i}.value`)?.message}
            value={r.value}
            onChange={(value) => update(r.key, { value })}
          />
          <button
            type="button"
            className="nhsuk-button nhsuk-button--secondary nhsuk-button--small"
            onClick={() => setRows((rs) => rs.filter((x) => x.key !== r.key))}
          >
            Remove point {i + 1}
          </button>
        </fieldset>
      ))}
      <p>
        <button
          type="button"
          className="nhsuk-button nhsuk-button--secondary nhsuk-button--small"
          onClick={() => setRows((rs) => [...rs, row({ day: '', month: '', year: '' }, '')])}
        >
          Add a point
        </button>
      </p>
    </ActionForm>
  );
}
