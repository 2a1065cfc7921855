// One action on a commitment as a small form: its fields, an error summary fed by the
// server's userErrors, and a submit button. What was typed stays on every error.

import { createContext, useContext, useState, type FormEvent, type ReactNode } from 'react';
import { ErrorSummary, type FieldError } from './forms';
import type { FormOutcome } from '../graphql/mutation';

/**
 * True while the page is fetching again what a mutation changed. Every action is sent at the
 * version it was shown with, so submitting before the new version arrives would be refused as
 * stale: the submit buttons wait.
 */
export const Refreshing = createContext(false);

interface Props {
  form: string;
  title: string;
  submitLabel: string;
  /** Runs the mutation; on success the form calls `onDone`. */
  submit: () => Promise<FormOutcome<unknown>>;
  onDone: (message: string) => void;
  doneMessage: string;
  errors: FieldError[];
  setErrors: (errors: FieldError[]) => void;
  onStale?: () => void;
  secondary?: boolean;
  children?: ReactNode;
}

export function ActionForm({
  form,
  title,
  submitLabel,
  submit,
  onDone,
  doneMessage,
  errors,
  setErrors,
  onStale,
  secondary,
  children,
}: Props) {
  const [busy, setBusy] = useState(false);
  const refreshing = useContext(Refreshing);
  const run = async (event: FormEvent) => {
    event.preventDefault();
    if (busy || refreshing) return;
    setBusy(true);
    try {
      const result = await submit();
      if (result.ok) {
        setErrors([]);
        onDone(doneMessage);
      } else {
        setErrors(result.errors);
        if (result.stale) onStale?.();
      }
    } finally {
      setBusy(false);
    }
  };
  return (
    <form onSubmit={run} noValidate aria-labelledby={`${form}-title`} className="app-action" id={form}>
      <h3 id={`${form}-title`}>{title}</h3>
      <ErrorSummary form={form} errors={errors} />
      {children}
      <button
        className={`nhsuk-button${secondary ? ' nhsuk-button--secondary' : ''}`}
        type="submit"
        disabled={busy || refreshing}
        aria-disabled={busy || refreshing}
      >
        {submitLabel}
      </button>
    </form>
  );
}
