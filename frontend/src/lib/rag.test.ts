import { describe, expect, it } from 'vitest';
import { ragCountEntries, ragInfo } from './rag';

describe('ragInfo', () => {
  it('labels every rating in words and gives it a colour class', () => {
    expect(ragInfo('RED')).toMatchObject({ label: 'Red', className: 'rag rag-red' });
    expect(ragInfo('AMBER')).toMatchObject({ label: 'Amber', className: 'rag rag-amber' });
    expect(ragInfo('GREEN')).toMatchObject({ label: 'Green', className: 'rag rag-green' });
    expect(ragInfo('BLUE')).toMatchObject({ label: 'Blue', className: 'rag rag-blue', meaning: 'Target achieved' });
    expect(ragInfo('NOT_MEASURED')).toMatchObject({ label: 'Not measured', className: 'rag rag-none' });
  });

  it('ranks worst first', () => {
    const order = ['BLUE', 'NOT_MEASURED', 'GREEN', 'RED', 'AMBER'].sort((a, b) => ragInfo(a).rank - ragInfo(b).rank);
    expect(order).toEqual(['RED', 'AMBER', 'GREEN', 'BLUE', 'NOT_MEASURED']);
  });

  it('gives unknown or missing ratings a neutral badge that still says something', () => {
    expect(ragInfo('PURPLE')).toMatchObject({ label: 'PURPLE', className: 'rag rag-none' });
    expect(ragInfo(null).label).toBe('Unknown');
    expect(ragInfo(undefined).rank).toBeGreaterThan(ragInfo('NOT_MEASURED').rank);
  });
});

describe('ragCountEntries', () => {
  it('lists non-zero counts worst first', () => {
    expect(ragCountEntries({ notMeasured: 2, blue: 0, green: 5, amber: 1, red: 3 })).toEqual([
      ['RED', 3],
      ['AMBER', 1],
      ['GREEN', 5],
      ['NOT_MEASURED', 2],
    ]);
    expect(ragCountEntries({ notMeasured: 0, blue: 0, green: 0, amber: 0, red: 0 })).toEqual([]);
  });
});
