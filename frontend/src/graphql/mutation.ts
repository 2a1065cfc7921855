// Running a mutation from a form: the payload's `userErrors` and any GraphQL or network error
// become one list of field errors for the form's error summary, so nothing typed is lost.

import type { OperationResult } from 'urql';
import type { FieldError } from '../components/forms';
import { errorMessage } from './client';

export interface UserErrorLike {
  /** The input field at fault; null when the input as a whole is. */
  field: string | null;
  message: string;
  code: string;
}

/** The outcome of a mutation as a form sees it. */
export type FormOutcome<T> = { ok: true; value: T } | { ok: false; errors: FieldError[]; stale: boolean };

/**
 * Reads a mutation result: `payload` picks the payload (its object and `userErrors`) out of
 * the data. A refused input, a stale version, a FORBIDDEN or a lost connection all come back
 * as errors with the server's own message.
 */
export function outcome<D, P extends { userErrors: readonly UserErrorLike[] }>(
  result: OperationResult<D>,
  payload: (data: D) => P,
): FormOutcome<P> {
  if (result.error && !result.data) {
    return { ok: false, errors: [{ field: 'form', message: errorMessage(result.error) }], stale: false };
  }
  if (!result.data) {
    return { ok: false, errors: [{ field: 'form', message: 'The server gave no answer' }], stale: false };
  }
  const p = payload(result.data);
  if (p.userErrors.length > 0) {
    return {
      ok: false,
      errors: p.userErrors.map((e) => ({ field: e.field ?? 'form', message: e.message, code: e.code })),
      stale: p.userErrors.some((e) => e.code === 'STALE_VERSION'),
    };
  }
  return { ok: true, value: p };
}
