import { describe, expect, it } from 'vitest';
import { lastMonth, recentPeriods, returnQuery } from './returns';

describe('the months a return can be sent for', () => {
  it('are this month and the eleven before it, across a new year', () => {
    const periods = recentPeriods(new Date(Date.UTC(2027, 1, 14)));
    expect(periods).toHaveLength(12);
    expect(periods.slice(0, 3)).toEqual([
      { value: '2027-02', label: 'February 2027' },
      { value: '2027-01', label: 'January 2027' },
      { value: '2026-12', label: 'December 2026' },
    ]);
    expect(periods[11]!.value).toBe('2026-03');
  });

  it('default to the last month that has ended', () => {
    expect(lastMonth(new Date(Date.UTC(2026, 11, 2)))).toBe('2026-11');
    expect(lastMonth(new Date(Date.UTC(2027, 0, 31)))).toBe('2026-12');
    expect(lastMonth(new Date(Date.UTC(2024, 2, 1)))).toBe('2024-02');
  });

  it('are sent with the organisation in the query string', () => {
    expect(returnQuery('T3Jn=', '2026-11', { mode: 'check' })).toBe('organisation=T3Jn%3D&period=2026-11&mode=check');
  });
});
