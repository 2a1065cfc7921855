// Loading, error and warning states, shown the same way on every page.

import type { ReactNode } from 'react';
import type { GraphQLErrorEntry, GraphQLRequestError } from '../api/client';

export function Loading({ what = 'Loading' }: { what?: string }) {
  return (
    <p className="loading" role="status" aria-live="polite">
      <span className="spinner" aria-hidden="true" /> {what}…
    </p>
  );
}

function ErrorList({ errors }: { errors: GraphQLErrorEntry[] }) {
  return (
    <ul className="error-list">
      {errors.map((e, i) => (
        <li key={i}>
          {e.message}
          {e.extensions?.code ? <code className="error-code">{e.extensions.code}</code> : null}
          {e.path?.length ? <span className="error-path"> at {e.path.join('.')}</span> : null}
        </li>
      ))}
    </ul>
  );
}

const HINTS: Record<string, string> = {
  UNAUTHENTICATED: 'Paste a valid API token under “API token” at the top of the page.',
  FORBIDDEN: 'Your token does not allow this. Ask an administrator for access.',
  NETWORK: 'Check that the Realise server is running.',
};

export function ErrorMessage({
  error,
  title = 'Something went wrong',
  onRetry,
}: {
  error: GraphQLRequestError;
  title?: string;
  onRetry?: () => void;
}) {
  const hint = error.code ? HINTS[error.code] : undefined;
  return (
    <div className="notice notice-error" role="alert">
      <p className="notice-title">{title}</p>
      <ErrorList errors={error.errors} />
      {hint ? <p>{hint}</p> : null}
      {onRetry ? (
        <button type="button" className="button-secondary" onClick={onRetry}>
          Try again
        </button>
      ) : null}
    </div>
  );
}

/** Errors that came with partial data: the page still shows what it got. */
export function PartialErrors({ errors }: { errors: GraphQLErrorEntry[] }) {
  if (errors.length === 0) return null;
  return (
    <div className="notice notice-warning" role="status">
      <p className="notice-title">Some details could not be loaded</p>
      <ErrorList errors={errors} />
    </div>
  );
}

export function Empty({ children }: { children: ReactNode }) {
  return <p className="empty">{children}</p>;
}
