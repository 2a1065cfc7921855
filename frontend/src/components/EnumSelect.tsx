import { humanise } from '../lib/format';

/** A labelled <select> over enum values, with an "All" option (the empty string). */
export function EnumSelect({
  id,
  label,
  values,
  value,
  onChange,
}: {
  id: string;
  label: string;
  values: readonly string[];
  value: string;
  onChange: (value: string) => void;
}) {
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} onChange={(e) => onChange(e.target.value)}>
        <option value="">All</option>
        {values.map((v) => (
          <option key={v} value={v}>
            {humanise(v)}
          </option>
        ))}
      </select>
    </div>
  );
}
