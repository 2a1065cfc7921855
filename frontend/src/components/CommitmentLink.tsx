// A commitment named as people know it, by its benefit's code and title, linking to its page.

import { Link } from '@tanstack/react-router';

interface Props {
  commitment: { id: string; benefit?: { code: string; title: string } | null };
}

export function CommitmentLink({ commitment: c }: Props) {
  return (
    <Link to="/commitments/$commitmentId" params={{ commitmentId: c.id }}>
      {c.benefit?.code}: {c.benefit?.title}
    </Link>
  );
}
