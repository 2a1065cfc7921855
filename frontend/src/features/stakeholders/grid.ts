// The power/interest grid: assessments placed by influence (rows, 5 at the top) and interest
// (columns, 1 on the left), each cell listing who is there.

export interface Placed {
  influence: number;
  interest: number;
}

/** The grid's 25 cells, top row first: each the entries with that influence and interest. */
export function cells<T extends Placed>(entries: readonly T[]): Array<{ influence: number; interest: number; entries: T[] }> {
  const grid = [];
  for (let influence = 5; influence >= 1; influence--) {
    for (let interest = 1; interest <= 5; interest++) {
      grid.push({ influence, interest, entries: entries.filter((e) => e.influence === influence && e.interest === interest) });
    }
  }
  return grid;
}

/** The symbol that shows an attitude besides its colour, so colour is never the only cue. */
export function attitudeSymbol(attitude: string): string {
  switch (attitude) {
    case 'CHAMPION':
      return '★';
    case 'SUPPORTIVE':
      return '▲';
    case 'NEUTRAL':
      return '●';
    case 'CONCERNED':
      return '▼';
    case 'RESISTANT':
      return '✖';
    default:
      return '?';
  }
}
