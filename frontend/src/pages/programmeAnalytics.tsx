// The derived figures of a programme page (progress, RAG, realisation). The server is adding
// them in another issue: each is fetched on its own and, if the server does not know the
// field yet (or fails to compute it), the page simply shows no RAG rather than an error.

import { useMemo } from 'react';
import { useCollectedQuery, useQuery } from '../api/hooks';
import {
  PROGRAMME_BENEFIT_REALISATION,
  PROGRAMME_COMMITMENT_PROGRESS,
  PROGRAMME_REALISATION,
  type ProgrammeBenefitRealisationData,
  type ProgrammeCommitmentProgressData,
  type ProgrammeRealisationData,
} from '../api/queries';
import type { BenefitRealisation, CommitmentProgress } from '../api/types';
import { RagCountsSummary } from '../components/Badges';
import { formatDate } from '../lib/format';

type ProgressNode = ProgrammeCommitmentProgressData['commitments']['edges'][number]['node'];
type RealisationNode = ProgrammeBenefitRealisationData['benefits']['edges'][number]['node'];

/** Variables with `asAt` left out for today, so the server's default applies. */
function withAsAt<V extends object>(variables: V, asAt: string | null): V & { asAt?: string } {
  return asAt ? { ...variables, asAt } : variables;
}

/** Progress by commitment id, or null when the server cannot provide it. */
export function useCommitmentProgress(programme: string, asAt: string | null): Map<string, CommitmentProgress | null> | null {
  const q = useCollectedQuery<ProgrammeCommitmentProgressData, object, ProgressNode>(
    PROGRAMME_COMMITMENT_PROGRESS,
    withAsAt({ programme }, asAt),
    (d) => d.commitments,
  );
  return useMemo(() => (q.data ? new Map(q.data.nodes.map((n) => [n.id, n.progress])) : null), [q.data]);
}

/** Realisation by benefit id, or null when the server cannot provide it. */
export function useBenefitRealisation(programme: string, asAt: string | null): Map<string, BenefitRealisation | null> | null {
  const q = useCollectedQuery<ProgrammeBenefitRealisationData, object, RealisationNode>(
    PROGRAMME_BENEFIT_REALISATION,
    withAsAt({ programme }, asAt),
    (d) => d.benefits,
  );
  return useMemo(() => (q.data ? new Map(q.data.nodes.map((n) => [n.id, n.realisation])) : null), [q.data]);
}

/** The programme's RAG counts, as at the date; hidden when unavailable. */
export function ProgrammeRagPanel({ id, asAt }: { id: string; asAt: string | null }) {
  const q = useQuery<ProgrammeRealisationData, object>(PROGRAMME_REALISATION, withAsAt({ id }, asAt));
  const counts = q.data?.node?.realisation?.ragCounts;
  if (!counts) return null;
  return (
    <section className="card summary" aria-labelledby="programme-rag-heading">
      <h2 id="programme-rag-heading">
        Commitments against plan <span className="muted">as at {asAt ? formatDate(asAt) : 'today'}</span>
      </h2>
      <RagCountsSummary counts={counts} label="RAG of all commitments in this programme" />
    </section>
  );
}
