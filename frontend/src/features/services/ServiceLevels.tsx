// Service level reports: each period's availability against the service's target, and the
// form by which the board records one, for the service as a whole or one deployment.

import { useState } from 'react';
import { useMutation } from 'urql';
import { ActionForm } from '../../components/ActionForm';
import { DateInput, EMPTY_DATE, toIsoDate, type DateParts } from '../../components/DateInput';
import { SelectField, TextField, errorFor, type FieldError } from '../../components/forms';
import { graphql } from '../../gql';
import { outcome, type FormOutcome } from '../../graphql/mutation';
import { formatDate, formatNumber } from '../../lib/format';
import { parseNumber } from '../../lib/numbers';

const RecordReportDocument = graphql(`
  mutation RecordServiceLevelReport($input: RecordServiceLevelReportInput!) {
    recordServiceLevelReport(input: $input) {
      service {
        id
        serviceLevelReports {
          periodStart
        }
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

export interface Report {
  periodStart: string;
  periodEnd: string;
  availability: number;
  incidents: number;
  notes?: string | null;
  met?: boolean | null;
  deployment?: { organisation?: { name: string } | null } | null;
}

export function ServiceLevelTable({ reports, showSite }: { reports: readonly Report[]; showSite: boolean }) {
  if (reports.length === 0) return <p>No service level report has been recorded.</p>;
  return (
    <div className="app-table-scroll" tabIndex={0} role="region" aria-label="Service level reports">
      <table className="nhsuk-table">
        <thead className="nhsuk-table__head">
          <tr>
            <th scope="col">Period</th>
            {showSite && <th scope="col">Where</th>}
            <th scope="col">Availability</th>
            <th scope="col">Target met</th>
            <th scope="col">Incidents</th>
            <th scope="col">Notes</th>
          </tr>
        </thead>
        <tbody className="nhsuk-table__body">
          {reports.map((r, i) => (
            <tr key={`${r.periodStart}-${i}`}>
              <td>
                {formatDate(r.periodStart)} to {formatDate(r.periodEnd)}
              </td>
              {showSite && <td>{r.deployment?.organisation?.name ?? 'The whole service'}</td>}
              <td>{formatNumber(r.availability)}%</td>
              <td>{r.met === null || r.met === undefined ? 'No target' : r.met ? 'Yes' : 'No'}</td>
              <td>{r.incidents}</td>
              <td>{r.notes}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

interface RecordProps {
  service: string;
  /** The deployments it may be for; empty when reporting from a deployment's own page. */
  deployments: readonly { id: string; label: string }[];
  /** Fixed when reporting from a deployment's own page. */
  deployment?: string;
  onDone: (message: string) => void;
}

export function RecordServiceLevelReport({ service, deployments, deployment, onDone }: RecordProps) {
  const [, record] = useMutation(RecordReportDocument);
  const [start, setStart] = useState<DateParts>(EMPTY_DATE);
  const [end, setEnd] = useState<DateParts>(EMPTY_DATE);
  const [availability, setAvailability] = useState('');
  const [incidents, setIncidents] = useState('0');
  const [notes, setNotes] = useState('');
  const [site, setSite] = useState(deployment ?? '');
  const [errors, setErrors] = useState<FieldError[]>([]);
  const submit = async (): Promise<FormOutcome<unknown>> => {
    const problems: FieldError[] = [];
    const periodStart = toIsoDate(start);
    const periodEnd = toIsoDate(end);
    const percent = parseNumber(availability);
    const count = /^\d+$/.test(incidents.trim()) ? Number(incidents.trim()) : null;
    if (!periodStart) problems.push({ field: 'periodStart', message: 'Enter the first day of the period as a real day' });
    if (!periodEnd) problems.push({ field: 'periodEnd', message: 'Enter the last day of the period as a real day' });
    if (percent === null)
      problems.push({ field: 'availability', message: 'Enter the availability as a percentage, for example 99.7' });
    if (count === null) problems.push({ field: 'incidents', message: 'Enter the number of incidents as a whole number' });
    if (problems.length > 0 || !periodStart || !periodEnd || percent === null || count === null) {
      return { ok: false, errors: problems, stale: false };
    }
    const input = {
      service,
      deployment: site || null,
      periodStart,
      periodEnd,
      availability: percent,
      incidents: count,
      notes: notes.trim() || null,
    };
    const done = outcome(await record({ input }), (d) => d.recordServiceLevelReport);
    if (done.ok) {
      setStart(EMPTY_DATE);
      setEnd(EMPTY_DATE);
      setAvailability('');
      setIncidents('0');
      setNotes('');
    }
    return done;
  };
  return (
    <ActionForm
      form="slr"
      title="Record a service level report"
      submitLabel="Record the report"
      submit={submit}
      onDone={onDone}
      doneMessage="Service level report recorded"
      errors={errors}
      setErrors={setErrors}
      secondary
    >
      {!deployment && deployments.length > 0 && (
        <SelectField
          form="slr"
          field="deployment"
          label="For"
          hint="The whole service, or a site on the page of deployments shown. Any site's own page records its reports too."
          error={errorFor(errors, 'deployment')}
          value={site}
          onChange={setSite}
          options={[{ value: '', label: 'The whole service' }, ...deployments.map((d) => ({ value: d.id, label: d.label }))]}
        />
      )}
      <DateInput
        form="slr"
        field="periodStart"
        legend="First day of the period"
        error={errorFor(errors, 'periodStart')}
        value={start}
        onChange={setStart}
      />
      <DateInput
        form="slr"
        field="periodEnd"
        legend="Last day of the period"
        error={errorFor(errors, 'periodEnd')}
        value={end}
        onChange={setEnd}
      />
      <TextField
        form="slr"
        field="availability"
        label="Availability in %"
        inputMode="decimal"
        width={5}
        error={errorFor(errors, 'availability')}
        value={availability}
        onChange={setAvailability}
      />
      <TextField
        form="slr"
        field="incidents"
        label="Incidents"
        inputMode="numeric"
        width={5}
        error={errorFor(errors, 'incidents')}
        value={incidents}
        onChange={setIncidents}
      />
      <TextField
        form="slr"
        field="notes"
        label="Notes (optional)"
        multiline
        error={errorFor(errors, 'notes')}
        value={notes}
        onChange={setNotes}
      />
    </ActionForm>
  );
}
