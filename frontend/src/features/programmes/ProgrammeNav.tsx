import { Link } from '@tanstack/react-router';

/** The programme's sub-pages, as tabs that are plain links (each is its own URL). */
export function ProgrammeNav({
  programmeId,
  current,
}: {
  programmeId: string;
  current: 'dashboard' | 'register' | 'stakeholders';
}) {
  const tab = (to: string, label: string, key: string) => (
    <li className={`app-subnav__item${current === key ? ' app-subnav__item--current' : ''}`}>
      <Link to={to} params={{ programmeId }} aria-current={current === key ? 'page' : undefined}>
        {label}
      </Link>
    </li>
  );
  return (
    <nav className="app-subnav" aria-label="Programme">
      <ul className="app-subnav__list">
        {tab('/programmes/$programmeId', 'Dashboard', 'dashboard')}
        {tab('/programmes/$programmeId/register', 'Benefits register', 'register')}
        {tab('/programmes/$programmeId/stakeholders', 'Stakeholders', 'stakeholders')}
      </ul>
    </nav>
  );
}
