import { describe, expect, it } from 'vitest';
import { groupBy } from './group';

describe('groupBy', () => {
  it('groups commitments by benefit, keeping their order', () => {
    const rows = [
      { id: 'c1', benefit: 'b1' },
      { id: 'c2', benefit: 'b2' },
      { id: 'c3', benefit: 'b1' },
    ];
    const groups = groupBy(rows, (r) => r.benefit);
    expect([...groups.keys()]).toEqual(['b1', 'b2']);
    expect(groups.get('b1')?.map((r) => r.id)).toEqual(['c1', 'c3']);
    expect(groups.get('b3')).toBeUndefined();
  });
});
