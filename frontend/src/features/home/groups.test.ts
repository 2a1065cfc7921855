import { describe, expect, it } from 'vitest';
import { groupForAction, lastPeriodStart } from './groups';

const owner = { id: 'p' };

describe('groupForAction', () => {
  it('puts each commitment in the first group that needs it', () => {
    const items = [
      { id: 1, status: 'AGREED', owner: null, progress: { rag: 'RED', actualOn: null } },
      { id: 2, status: 'DRAFT', owner, progress: { rag: 'NOT_MEASURED', actualOn: null } },
      { id: 3, status: 'SIGNED_OFF', owner: null, progress: { rag: 'GREEN', actualOn: '2026-11-10' } },
      { id: 4, status: 'SIGNED_OFF', owner, progress: { rag: 'AMBER', actualOn: '2026-08-01' } },
      { id: 5, status: 'SIGNED_OFF', owner, progress: { rag: 'RED', actualOn: '2026-11-01' } },
      { id: 6, status: 'SIGNED_OFF', owner, progress: { rag: 'GREEN', actualOn: '2026-10-31' } },
      { id: 7, status: 'PROPOSED', owner, progress: { rag: 'NOT_MEASURED', actualOn: null } },
    ];
    const groups = groupForAction(items, '2026-11-30');
    const ids = Object.fromEntries(groups.map((g) => [g.key, g.items.map((i) => i.id)]));
    expect(ids).toEqual({ 'sign-off': [1], drafts: [2], 'no-owner': [3], due: [4], behind: [5], other: [6, 7] });
  });
  it('dates the last period from the month before', () => {
    expect(lastPeriodStart('2026-11-30')).toBe('2026-10-01');
    expect(lastPeriodStart('2026-01-15')).toBe('2025-12-01');
  });
});
