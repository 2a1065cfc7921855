import { isIsoDate } from '../lib/format';

/** A date input for reading the graph "as at" a day; empty means today. */
export function AsAtField({ value, onChange, help }: { value: string | null; onChange: (v: string | null) => void; help: string }) {
  return (
    <div className="field field-inline">
      <label htmlFor="as-at">As at</label>
      <input
        id="as-at"
        type="date"
        value={value ?? ''}
        aria-describedby="as-at-help"
        onChange={(e) => onChange(isIsoDate(e.target.value) ? e.target.value : null)}
      />
      {value ? (
        <button type="button" className="button-link" onClick={() => onChange(null)}>
          Today
        </button>
      ) : null}
      <span id="as-at-help" className="hint">
        {help}
      </span>
    </div>
  );
}
