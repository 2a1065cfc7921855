import { Link } from '@tanstack/react-router';

export interface Crumb {
  label: string;
  to: string;
  params?: Record<string, string>;
}

/** The NHS.UK breadcrumb: where this page sits. */
export function Breadcrumbs({ items }: { items: Crumb[] }) {
  if (items.length === 0) return null;
  const last = items[items.length - 1]!;
  return (
    <nav className="nhsuk-breadcrumb" aria-label="Breadcrumb">
      <ol className="nhsuk-breadcrumb__list">
        {items.map((c) => (
          <li className="nhsuk-breadcrumb__list-item" key={c.label}>
            <Link className="nhsuk-breadcrumb__link" to={c.to} params={c.params as never}>
              {c.label}
            </Link>
          </li>
        ))}
      </ol>
      {/* On narrow screens the list gives way to a link back (nhsuk-frontend 10's back link). */}
      <Link className="nhsuk-back-link" to={last.to} params={last.params as never}>
        <span className="nhsuk-u-visually-hidden">Back to </span>
        {last.label}
      </Link>
    </nav>
  );
}
