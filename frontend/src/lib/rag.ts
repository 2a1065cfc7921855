// RAG (red/amber/green, plus blue for achieved) as DESIGN.md derives it. Colour is never the
// only signal: every badge carries its label, and the class only adds the colour.

export type Rag = 'NOT_MEASURED' | 'BLUE' | 'GREEN' | 'AMBER' | 'RED';

export interface RagInfo {
  /** Short label shown in the badge. */
  label: string;
  /** What the rating means, for a tooltip / screen readers. */
  meaning: string;
  /** CSS class that gives the badge its colour. */
  className: string;
  /** Sort rank: worst first. */
  rank: number;
}

const RAG: Record<Rag, RagInfo> = {
  RED: {
    label: 'Red',
    meaning: 'Behind plan by more than twice the tolerance',
    className: 'rag rag-red',
    rank: 0,
  },
  AMBER: {
    label: 'Amber',
    meaning: 'Behind plan, within twice the tolerance',
    className: 'rag rag-amber',
    rank: 1,
  },
  GREEN: {
    label: 'Green',
    meaning: 'On plan, within tolerance',
    className: 'rag rag-green',
    rank: 2,
  },
  BLUE: {
    label: 'Blue',
    meaning: 'Target achieved',
    className: 'rag rag-blue',
    rank: 3,
  },
  NOT_MEASURED: {
    label: 'Not measured',
    meaning: 'No measurement recorded yet',
    className: 'rag rag-none',
    rank: 4,
  },
};

/** The label, meaning and colour class of a RAG value; unknown values get a neutral badge. */
export function ragInfo(rag: string | null | undefined): RagInfo {
  if (rag && rag in RAG) return RAG[rag as Rag];
  return {
    label: rag ? rag : 'Unknown',
    meaning: 'No rating available',
    className: 'rag rag-none',
    rank: 5,
  };
}

/** RAG counts as returned by `realisation { ragCounts }`. */
export interface RagCounts {
  notMeasured: number;
  blue: number;
  green: number;
  amber: number;
  red: number;
}

/** The counts as [rag, count] pairs, worst first, leaving out zeros. */
export function ragCountEntries(counts: RagCounts): Array<[Rag, number]> {
  const pairs: Array<[Rag, number]> = [
    ['RED', counts.red],
    ['AMBER', counts.amber],
    ['GREEN', counts.green],
    ['BLUE', counts.blue],
    ['NOT_MEASURED', counts.notMeasured],
  ];
  return pairs.filter(([, n]) => n > 0);
}
