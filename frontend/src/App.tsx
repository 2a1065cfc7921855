// The shell: header with navigation and token field, and the page for the current route.

import { useEffect, useRef } from 'react';
import { TokenField } from './components/TokenField';
import { usePageTitle } from './components/usePageTitle';
import { OrganisationPage } from './pages/OrganisationPage';
import { OrganisationsPage } from './pages/OrganisationsPage';
import { ProgrammePage } from './pages/ProgrammePage';
import { ProgrammesPage } from './pages/ProgrammesPage';
import { ServicePage } from './pages/ServicePage';
import { ServicesPage } from './pages/ServicesPage';
import { href, sectionOf, useRoute, type Route, type Section } from './router';

const NAV: Array<{ section: Exclude<Section, null>; label: string; to: string }> = [
  { section: 'programmes', label: 'Programmes', to: href.programmes() },
  { section: 'organisations', label: 'Organisations', to: href.organisations() },
  { section: 'services', label: 'Service catalogue', to: href.services() },
];

function NotFound({ path }: { path: string }) {
  usePageTitle('Page not found');
  return (
    <section>
      <h1>Page not found</h1>
      <p>
        Nothing lives at <code>{path || '/'}</code>. <a href={href.programmes()}>Go to the programmes</a>.
      </p>
    </section>
  );
}

function Page({ route }: { route: Route }) {
  switch (route.name) {
    case 'programmes':
      return <ProgrammesPage />;
    case 'programme':
      return <ProgrammePage id={route.id} asAt={route.asAt} />;
    case 'organisations':
      return <OrganisationsPage q={route.q} kind={route.kind} status={route.status} />;
    case 'organisation':
      return <OrganisationPage lookup={{ id: route.id }} asAt={route.asAt} />;
    case 'organisationByOdsCode':
      return <OrganisationPage lookup={{ odsCode: route.odsCode }} asAt={route.asAt} />;
    case 'services':
      return <ServicesPage lifecycle={route.lifecycle} />;
    case 'service':
      return <ServicePage id={route.id} />;
    case 'notFound':
      return <NotFound path={route.path} />;
  }
}

/** A key that changes when we move to another page (not when its filters change). */
function pageKey(route: Route): string {
  switch (route.name) {
    case 'programme':
    case 'organisation':
    case 'service':
      return `${route.name}:${route.id}`;
    case 'organisationByOdsCode':
      return `${route.name}:${route.odsCode}`;
    default:
      return route.name;
  }
}

export function App() {
  const route = useRoute();
  const section = sectionOf(route);
  const main = useRef<HTMLElement>(null);
  const key = pageKey(route);

  // On moving to another page, move focus to it, as a full page load would for screen readers.
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    main.current?.focus();
    window.scrollTo(0, 0);
  }, [key]);

  return (
    <>
      <a
        className="skip-link"
        href="#main-content"
        onClick={(e) => {
          // The hash is our router's: focus the content instead of navigating.
          e.preventDefault();
          main.current?.focus();
        }}
      >
        Skip to main content
      </a>
      <header className="site-header">
        <div className="site-header-inner">
          <a className="brand" href={href.programmes()}>
            <span className="brand-mark" aria-hidden="true">
              R
            </span>
            Realise
          </a>
          <nav aria-label="Main">
            <ul>
              {NAV.map((item) => (
                <li key={item.section}>
                  <a href={item.to} aria-current={section === item.section ? 'page' : undefined}>
                    {item.label}
                  </a>
                </li>
              ))}
            </ul>
          </nav>
          <TokenField />
        </div>
      </header>
      <main id="main-content" ref={main} tabIndex={-1}>
        <Page key={key} route={route} />
      </main>
      <footer className="site-footer">
        <p>
          Realise · benefits realisation for NHS programmes · <a href="/graphql">GraphQL API</a>
        </p>
      </footer>
    </>
  );
}
