// The measurements reported against a commitment, newest first, with their corrections:
// superseded values stay visible, with who recorded them and when.

import { useState } from 'react';
import { useMutation } from 'urql';
import { TextField, errorFor, type FieldError } from '../../components/forms';
import { outcome } from '../../graphql/mutation';
import { formatDate, formatMeasure } from '../../lib/format';
import { ActionForm } from '../../components/ActionForm';
import { parseNumber } from '../../lib/numbers';
import { CorrectMeasurementDocument } from './mutations';
import type { CommitmentView } from './types';

type MeasurementRow = CommitmentView['measurements']['edges'][number]['node'];

function formatTimestamp(ts: string): string {
  const d = new Date(ts);
  if (Number.isNaN(d.getTime())) return ts;
  return (
    d.toLocaleString('en-GB', {
      day: 'numeric',
      month: 'short',
      year: 'numeric',
      hour: '2-digit',
      minute: '2-digit',
      timeZone: 'UTC',
    }) + ' UTC'
  );
}

function CorrectForm({ m, unit, onDone }: { m: MeasurementRow; unit: string; onDone: (msg: string) => void }) {
  const [, correct] = useMutation(CorrectMeasurementDocument);
  const [value, setValue] = useState(String(m.value));
  const [note, setNote] = useState('');
  const [errors, setErrors] = useState<FieldError[]>([]);
  const form = `correct-${m.id.replace(/[^A-Za-z0-9]/g, '')}`;
  const submit = async () => {
    const number = parseNumber(value);
    if (number === null)
      return { ok: false as const, errors: [{ field: 'value', message: 'Enter the corrected value as a number' }], stale: false };
    if (!note.trim())
      return { ok: false as const, errors: [{ field: 'note', message: 'Say why the value is corrected' }], stale: false };
    return outcome(await correct({ input: { measurement: m.id, value: number, note } }), (d) => d.correctMeasurement);
  };
  return (
    <ActionForm
      form={form}
      title={`Correct the value for ${formatDate(m.measuredOn)}`}
      submitLabel="Save correction"
      submit={submit}
      onDone={onDone}
      doneMessage="Measurement corrected"
      errors={errors}
      setErrors={setErrors}
    >
      <TextField
        form={form}
        field="value"
        label={`Corrected value (${unit})`}
        inputMode="decimal"
        width={10}
        error={errorFor(errors, 'value')}
        value={value}
        onChange={setValue}
      />
      <TextField
        form={form}
        field="note"
        label="Why it is corrected"
        multiline
        error={errorFor(errors, 'note')}
        value={note}
        onChange={setNote}
      />
    </ActionForm>
  );
}

export function Measurements({ c, onDone }: { c: CommitmentView; onDone: (msg: string) => void }) {
  const [correcting, setCorrecting] = useState<string | null>(null);
  const unit = c.benefit?.unit ?? '';
  const rows = [...c.measurements.edges.map((e) => e.node)].sort(
    (a, b) => b.measuredOn.localeCompare(a.measuredOn) || b.recordedAt.localeCompare(a.recordedAt),
  );
  const open = rows.find((m) => m.id === correcting);
  if (rows.length === 0) return <p>No measurement has been recorded yet.</p>;
  return (
    <>
      <div className="app-table-scroll" tabIndex={0} role="region" aria-label="Measurements">
        <table className="nhsuk-table">
          <caption className="nhsuk-table__caption nhsuk-u-visually-hidden">Measurements, newest first</caption>
          <thead className="nhsuk-table__head">
            <tr>
              <th scope="col">For</th>
              <th scope="col">Value</th>
              <th scope="col">Note</th>
              <th scope="col">Recorded</th>
              {c.viewerCan.correctMeasurement && (
                <th scope="col">
                  <span className="nhsuk-u-visually-hidden">Action</span>
                </th>
              )}
            </tr>
          </thead>
          <tbody className="nhsuk-table__body">
            {rows.map((m) => (
              <tr key={m.id} className={m.superseded ? 'app-superseded' : undefined}>
                <td>{formatDate(m.measuredOn)}</td>
                <td>
                  {m.superseded ? <del>{formatMeasure(m.value, unit)}</del> : formatMeasure(m.value, unit)}
                  {m.superseded && <span className="nhsuk-tag nhsuk-tag--grey app-tag-inline">Superseded</span>}
                  {m.supersedes && (
                    <span className="nhsuk-body-s app-block">corrects {formatMeasure(m.supersedes.value, unit)}</span>
                  )}
                </td>
                <td>{m.note ?? ''}</td>
                <td>
                  {m.recorder?.name ?? m.recordedBy}, {formatTimestamp(m.recordedAt)}
                </td>
                {c.viewerCan.correctMeasurement && (
                  <td>
                    {!m.superseded && (
                      <button
                        type="button"
                        className="nhsuk-button nhsuk-button--secondary nhsuk-button--small app-button-inline"
                        onClick={() => setCorrecting(m.id)}
                      >
                        Correct<span className="nhsuk-u-visually-hidden"> the value for {formatDate(m.measuredOn)}</span>
                      </button>
                    )}
                  </td>
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {open && (
        <CorrectForm
          key={open.id}
          m={open}
          unit={unit}
          onDone={(msg) => {
            setCorrecting(null);
            onDone(msg);
          }}
        />
      )}
    </>
  );
}
