import { Link } from '@tanstack/react-router';

/** The programme's sub-pages, as tabs that are plain links (each is its own URL). The
 * dashboard and the register keep the date they are read as at. */
export function ProgrammeNav({
  programmeId,
  current,
  asAt,
}: {
  programmeId: string;
  current: 'dashboard' | 'register' | 'stakeholders';
  asAt?: string;
}) {
  const tab = (to: string, label: string, key: string, dated = false) => (
    <li className={`app-subnav__item${current === key ? ' app-subnav__item--current' : ''}`}>
      <Link
        to={to}
        params={{ programmeId }}
        search={dated && asAt ? { asAt } : {}}
        aria-current={current === key ? 'page' : undefined}
      >
        {label}
      </Link>
    </li>
  );
  return (
    <nav className="app-subnav" aria-label="Programme">
      <ul className="app-subnav__list">
        {tab('/programmes/$programmeId', 'Dashboard', 'dashboard', true)}
        {tab('/programmes/$programmeId/register', 'Benefits register', 'register', true)}
        {tab('/programmes/$programmeId/stakeholders', 'Stakeholders', 'stakeholders')}
      </ul>
    </nav>
  );
}
