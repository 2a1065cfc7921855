// Renders a benefit with its commitments to static HTML: checks what a board member reads,
// including that RAG is spelled out in words and worst-first.

import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import type { BenefitRow, CommitmentProgress, CommitmentRow } from '../api/types';
import { BenefitCard } from './BenefitCard';

const benefit: BenefitRow = {
  id: 'B1',
  code: 'EPS-01',
  title: 'Prescribing time saved',
  category: 'NON_CASH_RELEASING',
  isDisbenefit: false,
  measure: 'Minutes per prescription',
  unit: 'minutes',
  direction: 'DECREASE',
  rollup: 'SUM',
  status: 'IN_REALISATION',
  enablingServices: [{ id: 'S1', name: 'Electronic Prescription Service', lifecycle: 'LIVE' }],
};

function commitment(id: string, org: string): CommitmentRow {
  return {
    id,
    status: 'SIGNED_OFF',
    organisation: { id: `O-${org}`, odsCode: org.slice(0, 3).toUpperCase(), name: org },
    benefit: { id: 'B1' },
    owner: id === 'C1' ? { id: 'P1', name: 'Jo Bloggs', jobTitle: 'CIO' } : null,
    baseline: 10,
    baselineOn: '2012-04-01',
    target: 4,
    targetOn: '2014-03-31',
    tolerance: 0.1,
    signedOffOn: '2012-06-01',
  };
}

function progress(rag: string): CommitmentProgress {
  return { actual: 8, planned: 6, progress: 0.33, plannedProgress: 0.66, variance: -0.33, rag, forecast: 5, onTrackToTarget: false };
}

describe('BenefitCard', () => {
  it('shows the profile, the enabling service and the commitments', () => {
    const html = renderToStaticMarkup(
      <BenefitCard benefit={benefit} commitments={[commitment('C1', 'Leeds')]} progress={null} realisation={null} asAt={null} />,
    );
    expect(html).toContain('EPS-01');
    expect(html).toContain('Non cash releasing');
    expect(html).toContain('Decrease');
    expect(html).toContain('href="#/services/S1"');
    expect(html).toContain('Jo Bloggs');
    expect(html).toContain('10 minutes');
    expect(html).toContain('31 Mar 2014');
    expect(html).toContain('Signed off');
    expect(html).not.toContain('RAG');
  });

  it('adds RAG in words, worst first, when progress is available', () => {
    const html = renderToStaticMarkup(
      <BenefitCard
        benefit={benefit}
        commitments={[commitment('C1', 'Aire'), commitment('C2', 'Bradford')]}
        progress={new Map([['C1', progress('GREEN')], ['C2', progress('RED')]])}
        realisation={{ committed: 12, plannedToDate: 8, realisedToDate: 4, ragCounts: { notMeasured: 0, blue: 0, green: 1, amber: 0, red: 1 } }}
        asAt="2013-04-01"
      />,
    );
    expect(html).toContain('>Red<');
    expect(html).toContain('>Green<');
    expect(html.indexOf('Bradford')).toBeLessThan(html.indexOf('Aire'));
    expect(html).toContain('33%');
    expect(html).toContain('Forecast misses target');
    expect(html).toContain('Realised to date');
    expect(html).toContain('asAt=2013-04-01');
  });

  it('says when nobody has committed', () => {
    const html = renderToStaticMarkup(<BenefitCard benefit={benefit} commitments={[]} progress={null} realisation={null} asAt={null} />);
    expect(html).toContain('No organisation has committed to this benefit yet.');
  });
});
