// The audit trail, for administrators and the programme board: who changed what, and when,
// filtered by who, what and when (each filter kept in the URL).

import { Link, getRouteApi, useNavigate } from '@tanstack/react-router';
import { useState, type FormEvent } from 'react';
import { useQuery } from 'urql';
import { DateInput, partsOf, toIsoDate } from '../../components/DateInput';
import { ErrorSummary, TextField, type FieldError } from '../../components/forms';
import { Pager, pageVariables } from '../../components/Pager';
import { Failure, Loading } from '../../components/QueryState';
import { usePageTitle } from '../../components/usePageTitle';
import { graphql } from '../../gql';
import { formatCount } from '../../lib/format';

const route = getRouteApi('/audit');

const AuditDocument = graphql(`
  query AuditTrail($filter: AuditEventFilter, $first: Int, $after: String, $last: Int, $before: String) {
    auditEvents(filter: $filter, first: $first, after: $after, last: $last, before: $before) {
      totalCount
      pageInfo {
        hasPreviousPage
        hasNextPage
        startCursor
        endCursor
      }
      edges {
        node {
          id
          occurredAt
          actor
          actorRole
          action
          entityType
          entityId
        }
      }
    }
  }
`);

/** The day after an ISO date, for an inclusive "to" date. */
export function nextDay(iso: string): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

export function AuditPage() {
  usePageTitle('Audit trail');
  const search = route.useSearch();
  const navigate = useNavigate({ from: '/audit' });
  const [actor, setActor] = useState(search.actor ?? '');
  const [action, setAction] = useState(search.action ?? '');
  const [from, setFrom] = useState(partsOf(search.from));
  const [to, setTo] = useState(partsOf(search.to));
  const [errors, setErrors] = useState<FieldError[]>([]);
  const filter = {
    actor: search.actor ?? null,
    action: search.action ?? null,
    since: search.from ? `${search.from}T00:00:00Z` : null,
    until: search.to ? `${nextDay(search.to)}T00:00:00Z` : null,
  };
  const [{ data, error, fetching }] = useQuery({ query: AuditDocument, variables: { filter, ...pageVariables(search, 50) } });

  const apply = (e: FormEvent) => {
    e.preventDefault();
    const problems: FieldError[] = [];
    const date = (parts: typeof from, field: string) => {
      if (!parts.day && !parts.month && !parts.year) return undefined;
      const iso = toIsoDate(parts);
      if (!iso) problems.push({ field, message: 'Enter a real date, for example 1 4 2026' });
      return iso ?? undefined;
    };
    const fromIso = date(from, 'from');
    const toIso = date(to, 'to');
    setErrors(problems);
    if (problems.length > 0) return;
    navigate({ search: { actor: actor.trim() || undefined, action: action.trim() || undefined, from: fromIso, to: toIso } });
  };

  return (
    <>
      <h1>Audit trail</h1>
      <form onSubmit={apply} noValidate>
        <ErrorSummary form="audit" errors={errors} />
        <div className="app-filters">
          <TextField form="audit" field="actor" label="Who (token subject)" width={20} value={actor} onChange={setActor} />
          <TextField
            form="audit"
            field="action"
            label="What (mutation, e.g. signOffCommitment)"
            width={20}
            value={action}
            onChange={setAction}
          />
        </div>
        <div className="app-filters">
          <DateInput
            form="audit"
            field="from"
            legend="From"
            small
            value={from}
            onChange={setFrom}
            error={errors.find((e) => e.field === 'from')?.message}
          />
          <DateInput
            form="audit"
            field="to"
            legend="To"
            small
            value={to}
            onChange={setTo}
            error={errors.find((e) => e.field === 'to')?.message}
          />
        </div>
        <button className="nhsuk-button nhsuk-button--secondary" type="submit">
          Filter
        </button>
      </form>
      {error && !data && <Failure error={error} />}
      {fetching && !data && <Loading what="the audit trail" />}
      {data && (
        <>
          <p>{formatCount(data.auditEvents.totalCount)} changes</p>
          <div className="app-table-scroll" tabIndex={0} role="region" aria-label="Audit events">
            <table className="nhsuk-table">
              <caption className="nhsuk-table__caption nhsuk-u-visually-hidden">Changes, newest first</caption>
              <thead className="nhsuk-table__head">
                <tr>
                  <th scope="col">When (UTC)</th>
                  <th scope="col">Who</th>
                  <th scope="col">What</th>
                  <th scope="col">Object</th>
                </tr>
              </thead>
              <tbody className="nhsuk-table__body">
                {data.auditEvents.edges.map(({ node: e }) => (
                  <tr key={e.id}>
                    <td>{e.occurredAt.replace('T', ' ').replace('Z', '')}</td>
                    <td>
                      {e.actor} ({e.actorRole})
                    </td>
                    <td>{e.action}</td>
                    <td>{e.entityType}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <Pager
            pageInfo={data.auditEvents.pageInfo}
            previous="Newer changes"
            next="Older changes"
            link={(cursor, parts) => <Link to="/audit" search={(s) => ({ ...s, ...cursor })} {...parts} />}
          />
        </>
      )}
    </>
  );
}
