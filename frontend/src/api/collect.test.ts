import { describe, expect, it } from 'vitest';
import { collectAll } from './collect';
import type { Connection } from './types';

function page(ids: string[], hasNextPage: boolean, total: number): Connection<{ id: string }> {
  return {
    totalCount: total,
    pageInfo: { hasNextPage, hasPreviousPage: false, startCursor: ids[0] ?? null, endCursor: ids[ids.length - 1] ?? null },
    edges: ids.map((id) => ({ cursor: id, node: { id } })),
  };
}

describe('collectAll', () => {
  it('follows end cursors until the last page', async () => {
    const afters: Array<string | null> = [];
    const pages: Record<string, Connection<{ id: string }>> = {
      start: page(['a', 'b'], true, 5),
      b: page(['c', 'd'], true, 5),
      d: page(['e'], false, 5),
    };
    const result = await collectAll(async (after) => {
      afters.push(after);
      return pages[after ?? 'start']!;
    });
    expect(afters).toEqual([null, 'b', 'd']);
    expect(result).toEqual({ nodes: ['a', 'b', 'c', 'd', 'e'].map((id) => ({ id })), totalCount: 5, complete: true });
  });

  it('stops at the page limit and says so', async () => {
    let n = 0;
    const result = await collectAll(async () => page([`x${n++}`], true, 1000), 3);
    expect(result.nodes).toHaveLength(3);
    expect(result.complete).toBe(false);
  });

  it('does not loop when the server repeats a cursor', async () => {
    let calls = 0;
    const result = await collectAll(async () => {
      calls++;
      return page(['same'], true, 10);
    });
    expect(calls).toBe(2);
    expect(result.complete).toBe(true);
  });
});
