// The measurement returns' HTTP API (`/returns`, served beside GraphQL because it takes a
// file): the report's shape mirrors `api/src/returns/report.rs`, and the months a return can
// be sent for.

import { getToken } from '../../auth/token';

/** What becomes of a row. */
export type Outcome = 'NEW' | 'CORRECTION' | 'UNCHANGED' | 'NO_VALUE' | 'REFUSED';

/** A problem with a row, or a warning about the file. */
export interface Issue {
  line: number;
  column: string | null;
  code: string;
  message: string;
}

/** One row of a return and what becomes of it. */
export interface RowReport {
  line: number;
  commitment: string | null;
  benefit: string | null;
  measuredOn: string | null;
  value: number | null;
  note: string | null;
  previous: number | null;
  outcome: Outcome;
  issues: Issue[];
  measurement: string | null;
}

/** The answer to a check or a commit. */
export interface Report {
  organisation: { id: string; name: string; odsCode: string };
  period: string;
  periodLabel: string;
  mode: 'CHECK' | 'COMMIT';
  allOrNothing: boolean;
  written: boolean;
  counts: { new: number; corrections: number; unchanged: number; noValue: number; refused: number };
  rows: RowReport[];
  warnings: Issue[];
}

/** Why the server refused a file or a request as a whole. */
export class ReturnRefused extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

/** A month as `YYYY-MM`, and as people say it. */
export interface Period {
  value: string;
  label: string;
}

/** The months a return can be sent for: this one and the eleven before it, newest first. */
export function recentPeriods(today: Date, count = 12): Period[] {
  const periods: Period[] = [];
  for (let back = 0; back < count; back++) {
    const month = new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth() - back, 1));
    const value = `${month.getUTCFullYear()}-${String(month.getUTCMonth() + 1).padStart(2, '0')}`;
    const label = month.toLocaleDateString('en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' });
    periods.push({ value, label });
  }
  return periods;
}

/** The month a return is usually for: the last one that has ended. */
export function lastMonth(today: Date): string {
  return recentPeriods(today, 2)[1]!.value;
}

/** The query string naming an organisation and a month. */
export function returnQuery(organisation: string, period: string, extra: Record<string, string> = {}): string {
  return new URLSearchParams({ organisation, period, ...extra }).toString();
}

/** Uploads `file` as the return of `organisation` for `period`: checked, or committed. */
export async function sendReturn(
  organisation: string,
  period: string,
  file: Blob,
  commit: { allOrNothing: boolean } | null,
): Promise<Report> {
  const token = getToken();
  const extra: Record<string, string> = commit
    ? { mode: 'commit', allOrNothing: String(commit.allOrNothing) }
    : { mode: 'check' };
  const response = await fetch(`/returns?${returnQuery(organisation, period, extra)}`, {
    method: 'POST',
    headers: {
      ...(token ? { Authorization: `Bearer ${token}` } : {}),
      'Content-Type': file.type || 'application/octet-stream',
    },
    body: file,
  });
  const answer: unknown = await response.json().catch(() => null);
  if (!response.ok) {
    const refused = (answer ?? {}) as { code?: string; message?: string };
    throw new ReturnRefused(
      refused.code ?? `HTTP_${response.status}`,
      refused.message ?? `The server answered ${response.status}.`,
    );
  }
  return answer as Report;
}
