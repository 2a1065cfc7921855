// Badges always carry text: colour only reinforces the label.

import { humanise } from '../lib/format';
import { ragInfo, ragCountEntries, type RagCounts } from '../lib/rag';

export function RagBadge({ rag }: { rag: string | null | undefined }) {
  const info = ragInfo(rag);
  return (
    <span className={info.className} title={info.meaning}>
      <span className="rag-dot" aria-hidden="true" />
      {info.label}
      <span className="visually-hidden">: {info.meaning}</span>
    </span>
  );
}

/** An enum value (status, lifecycle, kind) as a neutral, labelled badge. */
export function EnumBadge({ value }: { value: string | null | undefined }) {
  const tone = value ? `badge-${value.toLowerCase().replace(/_/g, '-')}` : '';
  return <span className={`badge ${tone}`}>{humanise(value)}</span>;
}

export function RagCountsSummary({ counts, label }: { counts: RagCounts; label: string }) {
  const entries = ragCountEntries(counts);
  if (entries.length === 0) return <span className="muted">No commitments</span>;
  return (
    <ul className="rag-counts" aria-label={label}>
      {entries.map(([rag, n]) => (
        <li key={rag}>
          <RagBadge rag={rag} /> <span className="rag-count">{n}</span>
        </li>
      ))}
    </ul>
  );
}
