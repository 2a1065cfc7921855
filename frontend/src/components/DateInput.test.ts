import { describe, expect, it } from 'vitest';
import { partsOf, toIsoDate } from './DateInput';

describe('toIsoDate', () => {
  it.each([
    [{ day: '1', month: '4', year: '2013' }, '2013-04-01'],
    [{ day: '31', month: '12', year: '2026' }, '2026-12-31'],
    [{ day: '29', month: '2', year: '2024' }, '2024-02-29'],
    [{ day: '29', month: '2', year: '2023' }, null],
    [{ day: '31', month: '4', year: '2013' }, null],
    [{ day: '1', month: '4', year: '201' }, null],
    [{ day: '', month: '4', year: '2013' }, null],
    [{ day: 'x', month: '4', year: '2013' }, null],
  ])('%o -> %s', (parts, expected) => {
    expect(toIsoDate(parts)).toBe(expected);
  });
  it('round-trips through partsOf', () => {
    expect(toIsoDate(partsOf('2012-04-01'))).toBe('2012-04-01');
    expect(partsOf('nonsense')).toEqual({ day: '', month: '', year: '' });
  });
});
