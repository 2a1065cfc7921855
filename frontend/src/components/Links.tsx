import type { OrganisationRef, PersonRef } from '../api/types';
import { NONE } from '../lib/format';
import { href } from '../router';

/** An organisation's name linking to its page, with its ODS code. */
export function OrganisationLink({ organisation, asAt }: { organisation: OrganisationRef | null | undefined; asAt?: string | null }) {
  if (!organisation) return <span className="muted">{NONE}</span>;
  return (
    <span>
      <a href={href.organisation(organisation.id, asAt)}>{organisation.name}</a>
      {organisation.odsCode ? <span className="ods"> {organisation.odsCode}</span> : null}
    </span>
  );
}

export function PersonName({ person }: { person: PersonRef | null | undefined }) {
  if (!person) return <span className="muted">Not named</span>;
  return (
    <span>
      {person.name}
      {person.jobTitle ? <span className="muted">, {person.jobTitle}</span> : null}
    </span>
  );
}
