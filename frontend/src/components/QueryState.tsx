// Loading and failure states of a page's query, with the server's own message.

import type { CombinedError } from 'urql';
import { errorMessage } from '../graphql/client';

export function Loading({ what }: { what: string }) {
  return (
    <p className="nhsuk-body" role="status">
      Loading {what}…
    </p>
  );
}

export function Failure({ error }: { error: CombinedError }) {
  return (
    <div className="nhsuk-error-summary" role="alert" tabIndex={-1}>
      <h2 className="nhsuk-error-summary__title">Sorry, this could not be loaded</h2>
      <div className="nhsuk-error-summary__body">
        <p>{errorMessage(error)}</p>
      </div>
    </div>
  );
}

export function NotFound({ what }: { what: string }) {
  return (
    <>
      <h1>Page not found</h1>
      <p>There is no {what} here. It may have been removed, or the address may be wrong.</p>
    </>
  );
}

/** The success banner shown after an action. */
export function Done({ message }: { message: string | null }) {
  if (!message) return null;
  return (
    <div className="app-done" role="status" data-testid="done">
      <p className="nhsuk-body">{message}</p>
    </div>
  );
}
