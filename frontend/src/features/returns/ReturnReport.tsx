// What a checked or committed return does, row by row: the counts, each row's outcome with the
// problems found (line, column and message, as in the file), and the button that records it.

import { Link } from '@tanstack/react-router';
import { formatDate, formatNumber } from '../../lib/format';
import type { Outcome, Report } from './returns';

const OUTCOMES: Record<Outcome, { label: string; colour: string }> = {
  NEW: { label: 'New value', colour: 'nhsuk-tag--green' },
  CORRECTION: { label: 'Correction', colour: 'nhsuk-tag--blue' },
  UNCHANGED: { label: 'Already sent', colour: 'nhsuk-tag--grey' },
  NO_VALUE: { label: 'No value', colour: 'nhsuk-tag--white' },
  REFUSED: { label: 'Refused', colour: 'nhsuk-tag--red' },
};

function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

interface Props {
  report: Report;
  busy: boolean;
  allOrNothing: boolean;
  onAllOrNothing: (value: boolean) => void;
  onCommit: () => void;
}

export function ReturnReport({ report, busy, allOrNothing, onAllOrNothing, onCommit }: Props) {
  const { counts } = report;
  const toWrite = counts.new + counts.corrections;
  const committed = report.mode === 'COMMIT';
  return (
    <section aria-labelledby="return-report">
      <h2 id="return-report">3. {committed ? 'What was recorded' : 'Check what will be recorded'}</h2>
      {committed && report.written && (
        <div className="nhsuk-panel" role="status">
          <h3 className="nhsuk-panel__title">Return recorded</h3>
          <div className="nhsuk-panel__body">
            {plural(counts.new, 'new value', 'new values')} and {plural(counts.corrections, 'correction', 'corrections')} for{' '}
            {report.periodLabel}
          </div>
        </div>
      )}
      {committed && !report.written && (
        <div className="nhsuk-warning-callout" role="status">
          <h3 className="nhsuk-warning-callout__label">Nothing was recorded</h3>
          <p>
            {report.allOrNothing && counts.refused > 0
              ? 'You asked for all or nothing, and some rows are refused. Correct them and upload the file again.'
              : 'The file gives no new values or corrections.'}
          </p>
        </div>
      )}
      <dl className="nhsuk-summary-list">
        {(
          [
            ['New values', counts.new],
            ['Corrections', counts.corrections],
            ['Already sent', counts.unchanged],
            ['Without a value', counts.noValue],
            ['Refused', counts.refused],
          ] as const
        ).map(([key, n]) => (
          <div className="nhsuk-summary-list__row" key={key}>
            <dt className="nhsuk-summary-list__key">{key}</dt>
            <dd className="nhsuk-summary-list__value">{n}</dd>
          </div>
        ))}
      </dl>
      {report.warnings.length > 0 && (
        <div className="nhsuk-inset-text">
          <span className="nhsuk-u-visually-hidden">Information: </span>
          <ul>
            {report.warnings.map((w, i) => (
              <li key={i}>
                Line {w.line}
                {w.column ? `, ${w.column}` : ''}: {w.message}
              </li>
            ))}
          </ul>
        </div>
      )}
      <div className="app-table-scroll" tabIndex={0} role="region" aria-label="Rows of the return">
        <table className="nhsuk-table">
          <thead className="nhsuk-table__head">
            <tr>
              <th scope="col">Line</th>
              <th scope="col">Benefit</th>
              <th scope="col">Date</th>
              <th scope="col">Value</th>
              <th scope="col">Sent before</th>
              <th scope="col">Outcome</th>
            </tr>
          </thead>
          <tbody className="nhsuk-table__body">
            {report.rows.map((r) => (
              <tr key={r.line}>
                <td>{r.line}</td>
                <td>
                  {r.commitment && r.benefit ? (
                    <Link to="/commitments/$commitmentId" params={{ commitmentId: r.commitment }}>
                      {r.benefit}
                    </Link>
                  ) : (
                    (r.benefit ?? r.commitment ?? '')
                  )}
                </td>
                <td>{formatDate(r.measuredOn)}</td>
                <td>{formatNumber(r.value)}</td>
                <td>{formatNumber(r.previous)}</td>
                <td>
                  <strong className={`nhsuk-tag ${OUTCOMES[r.outcome].colour}`}>{OUTCOMES[r.outcome].label}</strong>
                  {r.issues.map((i, n) => (
                    <span className="nhsuk-error-message nhsuk-u-margin-top-2" key={n}>
                      <span className="nhsuk-u-visually-hidden">Error:</span>
                      {i.column ? `${i.column}: ` : ''}
                      {i.message}
                    </span>
                  ))}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {!committed && (
        <>
          <div className="nhsuk-checkboxes nhsuk-u-margin-bottom-4">
            <div className="nhsuk-checkboxes__item">
              <input
                className="nhsuk-checkboxes__input"
                id="all-or-nothing"
                type="checkbox"
                checked={allOrNothing}
                onChange={(e) => onAllOrNothing(e.target.checked)}
              />
              <label className="nhsuk-label nhsuk-checkboxes__label" htmlFor="all-or-nothing">
                Record nothing if any row is refused
              </label>
            </div>
          </div>
          <button type="button" className="nhsuk-button" disabled={busy || toWrite === 0} onClick={onCommit}>
            {toWrite === 0 ? 'Nothing to record' : `Record ${plural(toWrite, 'value', 'values')}`}
          </button>
        </>
      )}
    </section>
  );
}
