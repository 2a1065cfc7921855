// A benefit's local commitments: who has signed up, who owns it, the target and (when the
// server computes it) the RAG against plan.

import type { CommitmentProgress, CommitmentRow } from '../api/types';
import { formatDate, formatMeasure, formatPercent } from '../lib/format';
import { ragInfo } from '../lib/rag';
import { EnumBadge, RagBadge } from './Badges';
import { OrganisationLink, PersonName } from './Links';

function byRagThenName(progress: Map<string, CommitmentProgress | null> | null) {
  return (a: CommitmentRow, b: CommitmentRow) => {
    if (progress) {
      const diff = ragInfo(progress.get(a.id)?.rag).rank - ragInfo(progress.get(b.id)?.rag).rank;
      if (diff !== 0) return diff;
    }
    return a.organisation.name.localeCompare(b.organisation.name);
  };
}

export function CommitmentTable({
  commitments,
  unit,
  progress,
  asAt,
  caption,
}: {
  commitments: CommitmentRow[];
  unit: string | null;
  /** Progress by commitment id; null when the server does not offer it. */
  progress: Map<string, CommitmentProgress | null> | null;
  asAt: string | null;
  caption: string;
}) {
  if (commitments.length === 0) {
    return <p className="empty">No organisation has committed to this benefit yet.</p>;
  }
  const rows = [...commitments].sort(byRagThenName(progress));
  return (
    <div className="table-wrap">
      <table className="compact">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Organisation</th>
            <th scope="col">Owner</th>
            <th scope="col">Status</th>
            <th scope="col" className="num">Baseline</th>
            <th scope="col" className="num">Target</th>
            <th scope="col">By</th>
            {progress ? (
              <>
                <th scope="col">RAG</th>
                <th scope="col" className="num">Progress (plan)</th>
              </>
            ) : null}
          </tr>
        </thead>
        <tbody>
          {rows.map((c) => {
            const p = progress?.get(c.id) ?? null;
            return (
              <tr key={c.id}>
                <th scope="row">
                  <OrganisationLink organisation={c.organisation} asAt={asAt} />
                </th>
                <td>
                  <PersonName person={c.owner} />
                </td>
                <td>
                  <EnumBadge value={c.status} />
                  {c.signedOffOn ? <span className="muted small"> on {formatDate(c.signedOffOn)}</span> : null}
                </td>
                <td className="num">{formatMeasure(c.baseline, unit)}</td>
                <td className="num">{formatMeasure(c.target, unit)}</td>
                <td>{formatDate(c.targetOn)}</td>
                {progress ? (
                  <>
                    <td>
                      <RagBadge rag={p?.rag} />
                    </td>
                    <td className="num">
                      {formatPercent(p?.progress)} <span className="muted">({formatPercent(p?.plannedProgress)})</span>
                      {p?.onTrackToTarget === false ? <span className="flag"> Forecast misses target</span> : null}
                    </td>
                  </>
                ) : null}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
