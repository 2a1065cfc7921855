import type { OrganisationDetail, OrganisationRef } from '../api/types';
import { EnumBadge } from '../components/Badges';
import { OrganisationLink } from '../components/Links';
import { formatDate, humanise, NONE } from '../lib/format';

function OrganisationList({ organisations, asAt }: { organisations: OrganisationRef[]; asAt: string | null }) {
  if (organisations.length === 0) return <>{NONE}</>;
  return (
    <ul className="plain">
      {organisations.map((o) => (
        <li key={o.id}>
          <OrganisationLink organisation={o} asAt={asAt} />
        </li>
      ))}
    </ul>
  );
}

/** Address, status and the organisation's place in the system. */
export function OrganisationSummary({ organisation: o, asAt }: { organisation: OrganisationDetail; asAt: string | null }) {
  const address = [...o.addressLines, o.postcode].filter((l): l is string => Boolean(l && l.trim()));
  return (
    <dl className="attributes">
      <div>
        <dt>Kind</dt>
        <dd>{humanise(o.kind)}</dd>
      </div>
      <div>
        <dt>Status</dt>
        <dd>
          <EnumBadge value={o.status} />
        </dd>
      </div>
      <div>
        <dt>Open</dt>
        <dd>
          {formatDate(o.openedOn)}
          {o.closedOn ? ` to ${formatDate(o.closedOn)}` : ''}
        </dd>
      </div>
      <div>
        <dt>Address</dt>
        <dd>
          {address.length === 0 ? (
            NONE
          ) : (
            <address>
              {address.map((line, i) => (
                <span key={i} className="address-line">
                  {line}
                </span>
              ))}
            </address>
          )}
        </dd>
      </div>
      <div>
        <dt>Part of</dt>
        <dd>
          <OrganisationLink organisation={o.parent} asAt={asAt} />
        </dd>
      </div>
      <div>
        <dt>Commissioned by</dt>
        <dd>
          <OrganisationLink organisation={o.commissioner} asAt={asAt} />
        </dd>
      </div>
      <div>
        <dt>Predecessors</dt>
        <dd>
          <OrganisationList organisations={o.predecessors} asAt={asAt} />
        </dd>
      </div>
      <div>
        <dt>Successors</dt>
        <dd>
          <OrganisationList organisations={o.successors} asAt={asAt} />
        </dd>
      </div>
    </dl>
  );
}
