// The register's grid: one row per commitment with its figures as at the date, and, for the
// board, a box to select it and a button to agree it where it stood as proposed.

import { Link } from '@tanstack/react-router';
import type { Dispatch, SetStateAction } from 'react';
import { RagTag, StatusTag } from '../../components/Tags';
import type { RegisterQuery } from '../../gql/graphql';
import { formatMeasure, formatPercent } from '../../lib/format';
import { signedPercent } from '../../lib/numbers';

type Programme = Extract<NonNullable<RegisterQuery['node']>, { __typename: 'Programme' }>;
/** One row of the register as read. */
export type RegisterRow = Programme['register']['edges'][number]['node'];

export function RegisterTable({
  rows,
  asAt,
  canAgree,
  selected,
  setSelected,
  agreeAll,
}: {
  rows: RegisterRow[];
  asAt: string | undefined;
  canAgree: (row: RegisterRow) => boolean;
  selected: Set<string>;
  setSelected: Dispatch<SetStateAction<Set<string>>>;
  agreeAll: (ids: string[]) => void;
}) {
  const agreeable = rows.some(canAgree);
  return (
    <div className="app-table-scroll" tabIndex={0} role="region" aria-label="Benefits register">
      <table className="nhsuk-table app-register">
        <caption className="nhsuk-table__caption nhsuk-u-visually-hidden">Commitments of the programme</caption>
        <thead className="nhsuk-table__head">
          <tr>
            {agreeable && (
              <th scope="col">
                <span className="nhsuk-u-visually-hidden">Select</span>
              </th>
            )}
            <th scope="col">Benefit</th>
            <th scope="col">Organisation</th>
            <th scope="col">Owner</th>
            <th scope="col">Status</th>
            <th scope="col">Baseline</th>
            <th scope="col">Target</th>
            <th scope="col">Actual</th>
            <th scope="col">Progress</th>
            <th scope="col">Planned</th>
            <th scope="col">Variance</th>
            <th scope="col">RAG</th>
            <th scope="col">Forecast</th>
            <th scope="col">Service live</th>
            <th scope="col">Action</th>
          </tr>
        </thead>
        <tbody className="nhsuk-table__body">
          {rows.map((row) => {
            const c = row.commitment;
            if (!c) return null;
            const unit = c.benefit?.unit ?? '';
            const label = `${c.benefit?.code} for ${c.organisation?.name}`;
            const achieved = (row.progress ?? 0) >= 1;
            return (
              <tr key={c.id}>
                {agreeable && (
                  <td>
                    {canAgree(row) && (
                      <input
                        type="checkbox"
                        className="app-checkbox"
                        aria-label={`Select ${label}`}
                        checked={selected.has(c.id)}
                        onChange={(e) =>
                          setSelected((s) => {
                            const n = new Set(s);
                            if (e.target.checked) n.add(c.id);
                            else n.delete(c.id);
                            return n;
                          })
                        }
                      />
                    )}
                  </td>
                )}
                <td>
                  <Link to="/commitments/$commitmentId" params={{ commitmentId: c.id }} search={asAt ? { asAt } : {}}>
                    {c.benefit?.code}
                  </Link>
                </td>
                <td>
                  {c.organisation?.name} {c.organisation?.odsCode ? `(${c.organisation.odsCode})` : ''}
                </td>
                <td>{row.owner?.name ?? 'None'}</td>
                <td>
                  <StatusTag status={row.status} />
                </td>
                <td>{formatMeasure(c.baseline, unit)}</td>
                <td>{formatMeasure(c.target, unit)}</td>
                <td>{formatMeasure(row.actual, unit)}</td>
                <td>{formatPercent(row.progress)}</td>
                <td>{formatPercent(row.plannedProgress)}</td>
                <td>{signedPercent(row.variance)}</td>
                <td>
                  <RagTag rag={row.rag} />
                </td>
                <td>
                  {achieved
                    ? 'Achieved'
                    : c.progress?.onTrackToTarget === true
                      ? 'On track'
                      : c.progress?.onTrackToTarget === false
                        ? 'Misses target'
                        : '—'}
                </td>
                <td>{row.enablingServiceLive ? 'Yes' : 'No'}</td>
                <td>
                  {canAgree(row) && (
                    <button
                      type="button"
                      className="nhsuk-button nhsuk-button--secondary nhsuk-button--small app-button-inline"
                      onClick={() => agreeAll([c.id])}
                    >
                      Agree<span className="nhsuk-u-visually-hidden"> {label}</span>
                    </button>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
