// One benefit profile on a programme page, with its commitments beneath.

import type { BenefitRealisation, BenefitRow, CommitmentProgress, CommitmentRow } from '../api/types';
import { formatMeasure, formatPercent, humanise, NONE } from '../lib/format';
import { href } from '../router';
import { EnumBadge, RagCountsSummary } from './Badges';
import { CommitmentTable } from './CommitmentTable';

function RealisationLine({ realisation, benefit }: { realisation: BenefitRealisation; benefit: BenefitRow }) {
  // Sums are in the benefit's unit; MEAN benefits report progress fractions instead.
  const fmt = (v: number | null) => (benefit.rollup === 'MEAN' ? formatPercent(v) : formatMeasure(v, benefit.unit));
  return (
    <div className="realisation">
      <dl className="figures">
        <div>
          <dt>Committed</dt>
          <dd>{fmt(realisation.committed)}</dd>
        </div>
        <div>
          <dt>Planned to date</dt>
          <dd>{fmt(realisation.plannedToDate)}</dd>
        </div>
        <div>
          <dt>Realised to date</dt>
          <dd>{fmt(realisation.realisedToDate)}</dd>
        </div>
      </dl>
      <RagCountsSummary counts={realisation.ragCounts} label={`RAG of commitments to ${benefit.code}`} />
    </div>
  );
}

export function BenefitCard({
  benefit,
  commitments,
  progress,
  realisation,
  asAt,
}: {
  benefit: BenefitRow;
  commitments: CommitmentRow[];
  progress: Map<string, CommitmentProgress | null> | null;
  realisation: BenefitRealisation | null;
  asAt: string | null;
}) {
  const headingId = `benefit-${benefit.id}`;
  return (
    <article className="card benefit" aria-labelledby={headingId} data-testid="benefit">
      <header className="card-header">
        <h3 id={headingId}>
          <span className="code">{benefit.code}</span> {benefit.title}
        </h3>
        <EnumBadge value={benefit.status} />
        {benefit.isDisbenefit ? <span className="badge badge-disbenefit">Disbenefit</span> : null}
      </header>
      <dl className="attributes">
        <div>
          <dt>Category</dt>
          <dd>{humanise(benefit.category)}</dd>
        </div>
        <div>
          <dt>Measure</dt>
          <dd>{benefit.measure ?? NONE}</dd>
        </div>
        <div>
          <dt>Improvement</dt>
          <dd>
            {benefit.direction === 'DECREASE' ? '↓ ' : benefit.direction === 'INCREASE' ? '↑ ' : ''}
            {humanise(benefit.direction)}
          </dd>
        </div>
        <div>
          <dt>Unit</dt>
          <dd>{benefit.unit ?? NONE}</dd>
        </div>
        <div>
          <dt>Enabling services</dt>
          <dd>
            {benefit.enablingServices.length === 0
              ? NONE
              : benefit.enablingServices.map((s, i) => (
                  <span key={s.id}>
                    {i > 0 ? ', ' : ''}
                    <a href={href.service(s.id)}>{s.name}</a>
                  </span>
                ))}
          </dd>
        </div>
      </dl>
      {realisation ? <RealisationLine realisation={realisation} benefit={benefit} /> : null}
      <h4>
        Local commitments <span className="muted">({commitments.length})</span>
      </h4>
      <CommitmentTable
        commitments={commitments}
        unit={benefit.unit}
        progress={progress}
        asAt={asAt}
        caption={`Commitments to ${benefit.code} ${benefit.title}`}
      />
    </article>
  );
}
