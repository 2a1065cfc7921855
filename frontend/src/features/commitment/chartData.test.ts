import { describe, expect, it } from 'vitest';
import { actuals, forecastLine, plannedLine, toleranceBand } from './chartData';

describe('trajectory chart series', () => {
  it('puts the trajectory between baseline and target, in date order', () => {
    const line = plannedLine(
      { date: '2020-01-01', value: 10 },
      [
        { plannedOn: '2021-01-01', value: 30 },
        { plannedOn: '2020-06-01', value: 15 },
        { plannedOn: '2019-01-01', value: 0 },
      ],
      { date: '2022-01-01', value: 50 },
    );
    expect(line.map((p) => p.date)).toEqual(['2020-01-01', '2020-06-01', '2021-01-01', '2022-01-01']);
  });

  it('widens the planned line by the tolerance of the committed change', () => {
    // change 40, tolerance 0.1: 4 either side
    expect(toleranceBand([{ date: '2020-01-01', value: 10 }], 10, 50, 0.1)).toEqual([{ date: '2020-01-01', low: 6, high: 14 }]);
    // a DECREASE: change -40 is the same width
    expect(toleranceBand([{ date: '2020-01-01', value: 50 }], 50, 10, 0.25)).toEqual([{ date: '2020-01-01', low: 40, high: 60 }]);
  });

  it('leaves superseded values out of the actuals', () => {
    expect(
      actuals([
        { measuredOn: '2021-02-01', value: 5, superseded: false },
        { measuredOn: '2021-01-01', value: 9, superseded: true },
        { measuredOn: '2021-01-01', value: 3, superseded: false },
      ]),
    ).toEqual([
      { date: '2021-01-01', value: 3 },
      { date: '2021-02-01', value: 5 },
    ]);
  });

  it('draws the forecast from the latest actual to the target date, or not at all', () => {
    expect(forecastLine({ date: '2021-01-01', value: 3 }, 40, '2022-01-01')).toEqual([
      { date: '2021-01-01', value: 3 },
      { date: '2022-01-01', value: 40 },
    ]);
    expect(forecastLine({ date: '2021-01-01', value: 3 }, null, '2022-01-01')).toEqual([]);
    expect(forecastLine(undefined, 40, '2022-01-01')).toEqual([]);
    expect(forecastLine({ date: '2023-01-01', value: 3 }, 40, '2022-01-01')).toEqual([]);
  });
});
