// A programme: its benefits and, per benefit, the organisations committed to it.

import { useMemo } from 'react';
import { useCollectedQuery, useQuery } from '../api/hooks';
import {
  PROGRAMME,
  PROGRAMME_BENEFITS,
  PROGRAMME_COMMITMENTS,
  type ProgrammeBenefitsData,
  type ProgrammeCommitmentsData,
  type ProgrammeData,
} from '../api/queries';
import type { BenefitRow, CommitmentRow, ProgrammeDetail } from '../api/types';
import { AsAtField } from '../components/AsAtField';
import { BenefitCard } from '../components/BenefitCard';
import { EnumBadge } from '../components/Badges';
import { PersonName } from '../components/Links';
import { Empty, ErrorMessage, Loading, PartialErrors } from '../components/Status';
import { usePageTitle } from '../components/usePageTitle';
import { formatDate, formatPence } from '../lib/format';
import { groupBy } from '../lib/group';
import { href, navigate } from '../router';
import { ProgrammeRagPanel, useBenefitRealisation, useCommitmentProgress } from './programmeAnalytics';

function isProgramme(node: ProgrammeData['node']): node is ProgrammeDetail {
  return node?.__typename === 'Programme';
}

export function ProgrammePage({ id, asAt }: { id: string; asAt: string | null }) {
  const header = useQuery<ProgrammeData, { id: string }>(PROGRAMME, { id });
  const node = header.data?.node ?? null;
  const programme = isProgramme(node) ? node : null;
  usePageTitle(programme?.name ?? 'Programme');

  const benefits = useCollectedQuery<ProgrammeBenefitsData, { programme: string }, BenefitRow>(
    PROGRAMME_BENEFITS,
    { programme: id },
    (d) => d.benefits,
  );
  const commitments = useCollectedQuery<ProgrammeCommitmentsData, { programme: string }, CommitmentRow>(
    PROGRAMME_COMMITMENTS,
    { programme: id },
    (d) => d.commitments,
  );
  const progress = useCommitmentProgress(id, asAt);
  const realisation = useBenefitRealisation(id, asAt);

  const byBenefit = useMemo(() => groupBy(commitments.data?.nodes ?? [], (c) => c.benefit.id), [commitments.data]);

  if (header.error) return <ErrorMessage error={header.error} title="Could not load the programme" onRetry={header.refetch} />;
  if (header.loading && !header.data) return <Loading what="Loading programme" />;
  if (!programme) {
    return (
      <section>
        <h1>Programme not found</h1>
        <p>
          There is no programme with this id. <a href={href.programmes()}>Back to programmes</a>.
        </p>
      </section>
    );
  }

  const benefitList = benefits.data?.nodes ?? [];
  return (
    <section aria-labelledby="programme-heading">
      <p className="breadcrumb">
        <a href={href.programmes()}>Programmes</a> /
      </p>
      <h1 id="programme-heading">{programme.name}</h1>
      <PartialErrors errors={header.partialErrors} />
      {programme.description ? <p className="lead">{programme.description}</p> : null}
      <dl className="attributes">
        <div>
          <dt>Status</dt>
          <dd>
            <EnumBadge value={programme.status} />
          </dd>
        </div>
        <div>
          <dt>Runs</dt>
          <dd>
            {formatDate(programme.startsOn)} to {formatDate(programme.endsOn)}
          </dd>
        </div>
        <div>
          <dt>Budget</dt>
          <dd>{formatPence(programme.budgetPence)}</dd>
        </div>
        <div>
          <dt>Senior responsible owner</dt>
          <dd>
            <PersonName person={programme.seniorResponsibleOwner} />
          </dd>
        </div>
      </dl>

      <div className="toolbar">
        <AsAtField
          value={asAt}
          onChange={(d) => navigate(href.programme(id, d), true)}
          help="Progress and RAG as they stood on this day."
        />
      </div>
      <ProgrammeRagPanel id={id} asAt={asAt} />

      <h2>
        Benefits <span className="muted">({benefits.data?.totalCount ?? programme.benefits.totalCount})</span>
      </h2>
      {benefits.error ? <ErrorMessage error={benefits.error} title="Could not load the benefits" onRetry={benefits.refetch} /> : null}
      {commitments.error ? (
        <ErrorMessage error={commitments.error} title="Could not load the commitments" onRetry={commitments.refetch} />
      ) : null}
      {(benefits.loading && !benefits.data) || (commitments.loading && !commitments.data) ? <Loading what="Loading benefits and commitments" /> : null}
      <PartialErrors errors={[...benefits.partialErrors, ...commitments.partialErrors]} />
      {benefits.data && !benefits.data.complete ? (
        <p className="notice notice-warning">Showing the first {benefitList.length} benefits only.</p>
      ) : null}
      {benefits.data && benefitList.length === 0 ? <Empty>This programme has no benefits yet.</Empty> : null}
      {benefits.data && commitments.data
        ? benefitList.map((b) => (
            <BenefitCard
              key={b.id}
              benefit={b}
              commitments={byBenefit.get(b.id) ?? []}
              progress={progress}
              realisation={realisation?.get(b.id) ?? null}
              asAt={asAt}
            />
          ))
        : null}
    </section>
  );
}
