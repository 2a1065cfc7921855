import { describe, expect, it } from 'vitest';
import { attitudeSymbol, cells } from './grid';

describe('the power/interest grid', () => {
  it('puts high influence at the top and high interest on the right', () => {
    const grid = cells([
      { id: 'a', influence: 5, interest: 5 },
      { id: 'b', influence: 1, interest: 1 },
      { id: 'c', influence: 5, interest: 5 },
    ]);
    expect(grid).toHaveLength(25);
    expect(grid[4]).toMatchObject({ influence: 5, interest: 5 });
    expect(grid[4]!.entries.map((e) => e.id)).toEqual(['a', 'c']);
    expect(grid[20]).toMatchObject({ influence: 1, interest: 1 });
    expect(grid[20]!.entries.map((e) => e.id)).toEqual(['b']);
  });
  it('gives every attitude its own symbol', () => {
    const symbols = ['CHAMPION', 'SUPPORTIVE', 'NEUTRAL', 'CONCERNED', 'RESISTANT'].map(attitudeSymbol);
    expect(new Set(symbols).size).toBe(5);
  });
});
