// The "as at" date of a page, typed into day, month and year boxes and kept in the URL.

import { useState } from 'react';
import { DateInput, partsOf, toIsoDate } from '../../components/DateInput';

export function AsAtForm({ asAt, onChange }: { asAt: string | undefined; onChange: (asAt: string | undefined) => void }) {
  const [parts, setParts] = useState(() => partsOf(asAt));
  const [error, setError] = useState<string | undefined>();
  return (
    <form
      className="app-asat"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        const blank = !parts.day && !parts.month && !parts.year;
        const iso = toIsoDate(parts);
        if (!blank && !iso) {
          setError('Enter a real date, for example 1 4 2012');
          return;
        }
        setError(undefined);
        onChange(blank ? undefined : (iso ?? undefined));
      }}
    >
      <DateInput
        form="asat"
        field="asAt"
        legend="Figures as at"
        hint="Leave empty for today"
        small
        error={error}
        value={parts}
        onChange={setParts}
      />
      <button className="nhsuk-button nhsuk-button--secondary nhsuk-button--small" type="submit">
        Show
      </button>
    </form>
  );
}
