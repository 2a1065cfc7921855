import { describe, expect, it } from 'vitest';
import { historyDates } from './history';

describe('historyDates', () => {
  it('spaces the dates evenly from the start to the end, when the end is past', () => {
    expect(historyDates('2002-10-01', '2011-09-30', '2026-11-30', 4)).toEqual([
      '2002-10-01',
      '2005-09-30',
      '2008-09-30',
      '2011-09-30',
    ]);
  });
  it('stops at today when the programme is still running', () => {
    expect(historyDates('2026-01-01', '2030-01-01', '2026-01-03', 3)).toEqual(['2026-01-01', '2026-01-02', '2026-01-03']);
  });
  it('gives the start alone when nothing has run yet, and nothing without a start', () => {
    expect(historyDates('2027-01-01', null, '2026-11-30')).toEqual(['2027-01-01']);
    expect(historyDates(null, null, '2026-11-30')).toEqual([]);
  });
});
