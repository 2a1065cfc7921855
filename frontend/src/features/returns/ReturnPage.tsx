// An organisation's monthly return from a spreadsheet: download the template of its live
// commitments for a month, fill in the values, upload it. Realise checks every row and shows
// what it would record, line by line; nothing is recorded until the person says so.

import { getRouteApi, useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { useQuery } from 'urql';
import { CommitmentLink } from '../../components/CommitmentLink';
import { Breadcrumbs } from '../../components/Breadcrumbs';
import { Downloads } from '../../components/Downloads';
import { Failure, Loading, NotFound } from '../../components/QueryState';
import { RagTag } from '../../components/Tags';
import { usePageTitle } from '../../components/usePageTitle';
import { graphql } from '../../gql';
import { formatDate, formatNumber } from '../../lib/format';
import { ReturnReport } from './ReturnReport';
import { type Report, ReturnRefused, lastMonth, recentPeriods, returnQuery, sendReturn } from './returns';

const route = getRouteApi('/organisations/$organisationId/return');

const ReturnOrganisationDocument = graphql(`
  query ReturnOrganisation($id: ID!) {
    node(id: $id) {
      __typename
      ... on Organisation {
        id
        name
        odsCode
      }
    }
    commitments(first: 100, filter: { organisation: $id, statuses: [DRAFT, PROPOSED, AGREED, SIGNED_OFF, REALISED] }) {
      totalCount
      edges {
        node {
          id
          benefit {
            id
            code
            title
            unit
          }
          progress {
            actual
            actualOn
            rag
          }
        }
      }
    }
  }
`);

export function ReturnPage() {
  const { organisationId } = route.useParams();
  const search = route.useSearch();
  const navigate = useNavigate({ from: '/organisations/$organisationId/return' });
  const periods = recentPeriods(new Date());
  const period = search.period && periods.some((p) => p.value === search.period) ? search.period : lastMonth(new Date());
  const label = periods.find((p) => p.value === period)?.label ?? period;
  const [{ data, error, fetching }, reread] = useQuery({ query: ReturnOrganisationDocument, variables: { id: organisationId } });
  const org = data?.node?.__typename === 'Organisation' ? data.node : null;
  usePageTitle(org ? `Monthly return: ${org.name}` : 'Monthly return');
  const [file, setFile] = useState<File | null>(null);
  const [report, setReport] = useState<Report | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [allOrNothing, setAllOrNothing] = useState(false);

  if (error && !data) return <Failure error={error} />;
  if (fetching && !data) return <Loading what="the organisation" />;
  if (!org) return <NotFound what="organisation" />;

  const choosePeriod = (value: string) => {
    setReport(null);
    setProblem(null);
    void navigate({ search: { period: value } });
  };
  const send = async (commit: boolean) => {
    if (!file) {
      setProblem('Choose the filled-in template to upload.');
      return;
    }
    setBusy(true);
    try {
      const answer = await sendReturn(org.id, period, file, commit ? { allOrNothing } : null);
      setReport(answer);
      setProblem(null);
      if (answer.written) reread({ requestPolicy: 'network-only' });
    } catch (e) {
      setReport(null);
      setProblem(e instanceof ReturnRefused ? e.message : `The file could not be sent: ${String(e)}`);
    } finally {
      setBusy(false);
    }
  };
  const commitments = data?.commitments.edges.map((e) => e.node) ?? [];

  return (
    <>
      <Breadcrumbs
        items={[
          { label: 'Organisations', to: '/organisations' },
          { label: org.name, to: '/organisations/$organisationId', params: { organisationId: org.id } },
        ]}
      />
      <span className="nhsuk-caption-l">Monthly return</span>
      <h1>{org.name}</h1>
      <p>
        Send {org.name}&apos;s figures for a month from a spreadsheet. Realise checks every row first and shows you what it will
        record; nothing is recorded until you say so.
      </p>

      <h2>1. Download the template</h2>
      <div className="nhsuk-form-group">
        <label className="nhsuk-label" htmlFor="return-period">
          Month
        </label>
        <select id="return-period" className="nhsuk-select" value={period} onChange={(e) => choosePeriod(e.target.value)}>
          {periods.map((p) => (
            <option key={p.value} value={p.value}>
              {p.label}
            </option>
          ))}
        </select>
      </div>
      <Downloads
        what={`${org.name}'s return template for ${label}`}
        files={(['xlsx', 'csv'] as const).map((extension) => ({
          label: extension === 'xlsx' ? 'Download the template (Excel)' : 'Download the template (CSV)',
          url: `/returns/template.${extension}?${returnQuery(org.id, period)}`,
          fallbackName: `return.${extension}`,
        }))}
      />
      <p className="nhsuk-body-s">
        One row per live commitment ({data?.commitments.totalCount ?? 0}). Fill in the Value column, and a note if you wish. A
        value already sent for {label} is filled in: change it to correct it.
      </p>

      <h2>2. Upload it</h2>
      {problem && (
        <div className="nhsuk-error-summary" role="alert" tabIndex={-1}>
          <h3 className="nhsuk-error-summary__title">There is a problem</h3>
          <div className="nhsuk-error-summary__body">
            <p>{problem}</p>
          </div>
        </div>
      )}
      <div className="nhsuk-form-group nhsuk-file-upload">
        <label className="nhsuk-label" htmlFor="return-file">
          The filled-in template for {label}
        </label>
        <div className="nhsuk-hint" id="return-file-hint">
          An Excel workbook (.xlsx) or CSV, up to 2 MB.
        </div>
        <input
          className="nhsuk-file-upload__input"
          id="return-file"
          type="file"
          accept=".xlsx,.csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,text/csv"
          aria-describedby="return-file-hint"
          onChange={(e) => {
            setFile(e.target.files?.[0] ?? null);
            setReport(null);
          }}
        />
      </div>
      <button type="button" className="nhsuk-button" disabled={busy} onClick={() => void send(false)}>
        Check the file
      </button>

      {report && (
        <ReturnReport
          report={report}
          busy={busy}
          allOrNothing={allOrNothing}
          onAllOrNothing={setAllOrNothing}
          onCommit={() => void send(true)}
        />
      )}

      <h2>{org.name}&apos;s latest values</h2>
      <div className="app-table-scroll" tabIndex={0} role="region" aria-label="Latest values">
        <table className="nhsuk-table">
          <thead className="nhsuk-table__head">
            <tr>
              <th scope="col">Benefit</th>
              <th scope="col">Latest value</th>
              <th scope="col">On</th>
              <th scope="col">RAG</th>
            </tr>
          </thead>
          <tbody className="nhsuk-table__body">
            {commitments.map((c) => (
              <tr key={c.id}>
                <td>
                  <CommitmentLink commitment={c} />
                </td>
                <td>
                  {formatNumber(c.progress?.actual)} {c.progress?.actual != null ? c.benefit?.unit : ''}
                </td>
                <td>{formatDate(c.progress?.actualOn)}</td>
                <td>
                  <RagTag rag={c.progress?.rag} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
