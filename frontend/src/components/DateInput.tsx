// The NHS.UK date input: day, month and year boxes that can be typed into freely. The value
// is kept as the three strings typed; `toIsoDate` turns them into a GraphQL Date when whole.

import { controlId, type FieldError } from './forms';

export interface DateParts {
  day: string;
  month: string;
  year: string;
}

export const EMPTY_DATE: DateParts = { day: '', month: '', year: '' };

/** "2013-04-01" as its parts; anything else as empty boxes. */
export function partsOf(iso: string | null | undefined): DateParts {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso ?? '');
  if (!m) return EMPTY_DATE;
  return { year: m[1]!, month: String(Number(m[2])), day: String(Number(m[3])) };
}

/** The parts as "YYYY-MM-DD" when they name a real day, otherwise null. */
export function toIsoDate(parts: DateParts): string | null {
  const [d, m, y] = [parts.day.trim(), parts.month.trim(), parts.year.trim()];
  if (!/^\d{1,2}$/.test(d) || !/^\d{1,2}$/.test(m) || !/^\d{4}$/.test(y)) return null;
  const date = new Date(Date.UTC(Number(y), Number(m) - 1, Number(d)));
  if (date.getUTCFullYear() !== Number(y) || date.getUTCMonth() !== Number(m) - 1 || date.getUTCDate() !== Number(d)) {
    return null;
  }
  return `${y}-${m.padStart(2, '0')}-${d.padStart(2, '0')}`;
}

/**
 * An optional date: null when all three boxes are empty, the ISO date when they name a real
 * day, and otherwise null with a problem for `field` added to `problems`.
 */
export function optionalDate(parts: DateParts, field: string, problems: FieldError[]): string | null {
  if (!parts.day.trim() && !parts.month.trim() && !parts.year.trim()) return null;
  const iso = toIsoDate(parts);
  if (!iso) problems.push({ field, message: 'Enter a real date, for example 1 4 2026' });
  return iso;
}

interface DateInputProps {
  form: string;
  field: string;
  legend: string;
  hint?: string;
  error?: string | undefined;
  value: DateParts;
  onChange: (value: DateParts) => void;
  /** A smaller legend, for dates inside a filter bar. */
  small?: boolean;
}

export function DateInput({ form, field, legend, hint, error, value, onChange, small }: DateInputProps) {
  const id = controlId(form, field);
  const describedBy = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(' ') || undefined;
  const box = (part: keyof DateParts, label: string, width: 2 | 4) => (
    <div className="nhsuk-date-input__item">
      <div className="nhsuk-form-group">
        <label className="nhsuk-label nhsuk-date-input__label" htmlFor={part === 'day' ? id : `${id}-${part}`}>
          {label}
        </label>
        <input
          className={`nhsuk-input nhsuk-date-input__input nhsuk-input--width-${width}${error ? ' nhsuk-input--error' : ''}`}
          id={part === 'day' ? id : `${id}-${part}`}
          name={`${field}-${part}`}
          type="text"
          inputMode="numeric"
          value={value[part]}
          onChange={(e) => onChange({ ...value, [part]: e.target.value })}
        />
      </div>
    </div>
  );
  return (
    <div className={`nhsuk-form-group${error ? ' nhsuk-form-group--error' : ''}`}>
      <fieldset className="nhsuk-fieldset" role="group" aria-describedby={describedBy}>
        <legend className={`nhsuk-fieldset__legend${small ? ' nhsuk-fieldset__legend--s' : ''}`}>{legend}</legend>
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
        <div className="nhsuk-date-input">
          {box('day', 'Day', 2)}
          {box('month', 'Month', 2)}
          {box('year', 'Year', 4)}
        </div>
      </fieldset>
    </div>
  );
}
