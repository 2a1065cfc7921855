// "What needs doing" on an executive's home page: each commitment in the first group it
// belongs to, in the order an executive would act on them.

export interface Groupable {
  status: string;
  owner?: { id: string } | null;
  progress?: { rag: string; actualOn?: string | null } | null;
}

export interface Group<T> {
  key: string;
  title: string;
  empty: string;
  items: T[];
}

/** The first day of the month before `today`'s: a measurement on or after it is up to date. */
export function lastPeriodStart(today: string): string {
  const [y, m] = today.split('-').map(Number) as [number, number];
  const month = m === 1 ? 12 : m - 1;
  const year = m === 1 ? y - 1 : y;
  return `${year}-${String(month).padStart(2, '0')}-01`;
}

export function groupForAction<T extends Groupable>(
  items: readonly T[],
  today = new Date().toISOString().slice(0, 10),
): Group<T>[] {
  const since = lastPeriodStart(today);
  const rules: Array<Omit<Group<T>, 'items'> & { test: (c: T) => boolean }> = [
    {
      key: 'sign-off',
      title: 'Awaiting your sign-off',
      empty: 'Nothing is waiting for your sign-off.',
      test: (c) => c.status === 'AGREED',
    },
    { key: 'drafts', title: 'Drafts to propose', empty: 'No drafts.', test: (c) => c.status === 'DRAFT' },
    { key: 'no-owner', title: 'No owner named', empty: 'Every commitment has a named owner.', test: (c) => !c.owner },
    {
      key: 'due',
      title: 'A measurement is due for the last period',
      empty: 'Every signed-off commitment has a measurement for the last period.',
      test: (c) => c.status === 'SIGNED_OFF' && (!c.progress?.actualOn || c.progress.actualOn < since),
    },
    {
      key: 'behind',
      title: 'Behind plan',
      empty: 'Nothing is behind plan.',
      test: (c) => c.progress?.rag === 'RED' || c.progress?.rag === 'AMBER',
    },
    { key: 'other', title: 'On plan or waiting for the board', empty: 'None.', test: () => true },
  ];
  const groups = rules.map(({ test: _test, ...g }) => ({ ...g, items: [] as T[] }));
  for (const item of items) {
    const i = rules.findIndex((r) => r.test(item));
    groups[i]!.items.push(item);
  }
  // RED before AMBER within "behind plan".
  groups
    .find((g) => g.key === 'behind')
    ?.items.sort((a, b) => (a.progress?.rag === 'RED' ? 0 : 1) - (b.progress?.rag === 'RED' ? 0 : 1));
  return groups;
}
