// Form parts in the NHS.UK design system's markup: an error summary at the top of a form and
// a message at each field, fed by the server's `userErrors`.

import { useEffect, useLayoutEffect, useRef, useState, type ReactNode } from 'react';

/** One problem to fix: a server `userErrors` entry or a check made before sending. */
export interface FieldError {
  field: string;
  message: string;
  code?: string;
}

/** The message for `field`, if any. */
export function errorFor(errors: readonly FieldError[], field: string): string | undefined {
  return errors.find((e) => e.field === field)?.message;
}

/** The id of the control a field's error summary entry links to. */
export function controlId(form: string, field: string): string {
  return `${form}-${field}`;
}

/** What the page calls a field: its control's label, or its fieldset's legend, without "(optional)". */
function labelOf(form: string, field: string): string | undefined {
  const control = document.getElementById(controlId(form, field));
  const label =
    (control as HTMLInputElement | null)?.labels?.[0]?.textContent ??
    control?.closest('fieldset')?.querySelector('legend')?.textContent;
  return label?.replace(/\s*\(optional\)\s*$/, '').trim() || undefined;
}

/**
 * A summary entry names its field: the server's messages are about a field ("must not be
 * blank"), so four of them would otherwise read alike. A message written as a sentence
 * (capitalised, as the pages' own checks are) already says what it is about.
 */
export function summaryText(label: string | undefined, message: string): string {
  return label && /^[a-z]/.test(message) ? `${label}: ${message}` : message;
}

export function ErrorSummary({ form, errors }: { form: string; errors: readonly FieldError[] }) {
  const box = useRef<HTMLDivElement>(null);
  // Read once the fields are on the page, for the errors shown.
  const [labels, setLabels] = useState<Record<string, string | undefined>>({});
  useLayoutEffect(() => {
    setLabels(Object.fromEntries(errors.map((e) => [e.field, labelOf(form, e.field)])));
  }, [form, errors]);
  useEffect(() => {
    if (errors.length > 0) box.current?.focus();
  }, [errors]);
  if (errors.length === 0) return null;
  return (
    <div className="nhsuk-error-summary" aria-labelledby={`${form}-error-title`} role="alert" tabIndex={-1} ref={box}>
      <h2 className="nhsuk-error-summary__title" id={`${form}-error-title`}>
        There is a problem
      </h2>
      <div className="nhsuk-error-summary__body">
        <ul className="nhsuk-list nhsuk-error-summary__list">
          {errors.map((e, i) => (
            <li key={`${e.field}-${i}`}>
              <a href={`#${controlId(form, e.field)}`}>{summaryText(labels[e.field], e.message)}</a>
            </li>
          ))}
        </ul>
      </div>
    </div>
  );
}

interface FieldProps {
  form: string;
  field: string;
  label: string;
  hint?: string;
  error?: string | undefined;
  children: (props: { id: string; describedBy: string | undefined; invalid: boolean }) => ReactNode;
}

/** A form group with label, hint and error message around one control. */
export function Field({ form, field, label, hint, error, children }: FieldProps) {
  const id = controlId(form, field);
  const describedBy = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(' ') || undefined;
  return (
    <div className={`nhsuk-form-group${error ? ' nhsuk-form-group--error' : ''}`}>
      <label className="nhsuk-label" htmlFor={id}>
        {label}
      </label>
      {hint && (
        <div className="nhsuk-hint" id={`${id}-hint`}>
          {hint}
        </div>
      )}
      {error && (
        <span className="nhsuk-error-message" id={`${id}-error`}>
          <span className="nhsuk-u-visually-hidden">Error:</span> {error}
        </span>
      )}
      {children({ id, describedBy, invalid: Boolean(error) })}
    </div>
  );
}

interface TextFieldProps {
  form: string;
  field: string;
  label: string;
  hint?: string;
  error?: string | undefined;
  value: string;
  onChange: (value: string) => void;
  inputMode?: 'decimal' | 'numeric' | 'text';
  width?: 2 | 3 | 4 | 5 | 10 | 20 | 30;
  multiline?: boolean;
}

export function TextField({ multiline, width, inputMode, value, onChange, ...field }: TextFieldProps) {
  return (
    <Field {...field}>
      {({ id, describedBy, invalid }) =>
        multiline ? (
          <textarea
            className={`nhsuk-textarea${invalid ? ' nhsuk-textarea--error' : ''}`}
            id={id}
            name={field.field}
            rows={3}
            aria-describedby={describedBy}
            value={value}
            onChange={(e) => onChange(e.target.value)}
          />
        ) : (
          <input
            className={`nhsuk-input${width ? ` nhsuk-input--width-${width}` : ''}${invalid ? ' nhsuk-input--error' : ''}`}
            id={id}
            name={field.field}
            type="text"
            inputMode={inputMode}
            spellCheck={inputMode ? false : undefined}
            aria-describedby={describedBy}
            value={value}
            onChange={(e) => onChange(e.target.value)}
          />
        )
      }
    </Field>
  );
}

interface SelectFieldProps {
  form: string;
  field: string;
  label: string;
  hint?: string;
  error?: string | undefined;
  value: string;
  onChange: (value: string) => void;
  options: ReadonlyArray<{ value: string; label: string }>;
}

export function SelectField({ value, onChange, options, ...field }: SelectFieldProps) {
  return (
    <Field {...field}>
      {({ id, describedBy, invalid }) => (
        <select
          className={`nhsuk-select${invalid ? ' nhsuk-select--error' : ''}`}
          id={id}
          name={field.field}
          aria-describedby={describedBy}
          value={value}
          onChange={(e) => onChange(e.target.value)}
        >
          {options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}
