// The page frame: skip link, NHS.UK header with who is signed in and sign out, the
// navigation for the caller's role, the page, and the footer.

import { Link, Outlet, useRouterState } from '@tanstack/react-router';
import { useEffect, useRef, type ReactNode, type RefObject } from 'react';
import { RequireViewer, roleName, useViewer } from '../auth/viewer';
import { signOutEverywhere } from '../auth/token';

function NhsLogo() {
  return (
    <svg
      className="nhsuk-header__logo"
      xmlns="http://www.w3.org/2000/svg"
      viewBox="0 0 200 80"
      height="40"
      width="100"
      focusable="false"
      role="img"
      aria-label="NHS"
    >
      <title>NHS</title>
      <path
        fill="currentcolor"
        d="M200 0v80H0V0h200Zm-27.5 5.5c-14.5 0-29 5-29 22 0 10.2 7.7 13.5 14.7 16.3l.7.3c5.4 2 10.1 3.9 10.1 8.4 0 6.5-8.5 7.5-14 7.5s-12.5-1.5-16-3.5L135 70c5.5 2 13.5 3.5 20 3.5 15.5 0 32-4.5 32-22.5 0-19.5-25.5-16.5-25.5-25.5 0-5.5 5.5-6.5 12.5-6.5a35 35 0 0 1 14.5 3l4-13.5c-4.5-2-12-3-20-3Zm-131 2h-22l-14 65H22l9-45h.5l13.5 45h21.5l14-65H64l-9 45h-.5l-13-45Zm63 0h-18l-13 65h17l6-28H117l-5.5 28H129l13.5-65H125L119.5 32h-20l5-24.5Z"
      />
    </svg>
  );
}

/** The page's width container: the reading column, or the window's width for a page of wide
 * tables (a route with `staticData.wide`), the header and footer alike. */
function useWidthContainer(): string {
  const wide = useRouterState({ select: (s) => s.matches.some((m) => m.staticData?.wide) });
  return wide ? 'nhsuk-width-container app-width-container-wide' : 'nhsuk-width-container';
}

function Navigation() {
  const viewer = useViewer();
  const items: Array<{ to: string; label: string }> = [];
  if (viewer.organisation) items.push({ to: '/my-organisation', label: 'My organisation' });
  items.push({ to: '/programmes', label: 'Programmes' });
  items.push({ to: '/organisations', label: 'Organisations' });
  items.push({ to: '/services', label: 'Services' });
  if (viewer.can.readAudit) items.push({ to: '/audit', label: 'Audit trail' });
  if (viewer.can.writePeople) items.push({ to: '/people/sign-ins', label: 'Sign-ins' });
  items.push({ to: '/developers', label: 'Developers' });
  const container = useWidthContainer();
  return (
    <nav className="nhsuk-header__navigation" aria-label="Menu">
      <div className={`nhsuk-header__navigation-container ${container}`}>
        <ul className="nhsuk-header__navigation-list">
          {items.map((item) => (
            <li className="nhsuk-header__navigation-item" key={item.to}>
              <Link className="nhsuk-header__navigation-link" to={item.to} activeProps={{ 'aria-current': 'page' }}>
                {item.label}
              </Link>
            </li>
          ))}
        </ul>
      </div>
    </nav>
  );
}

function Account() {
  const viewer = useViewer();
  const who = viewer.name ?? viewer.subject;
  const where = viewer.organisation ? `, ${viewer.organisation.name}` : '';
  return (
    <nav className="nhsuk-header__account" aria-label="Account">
      <ul className="nhsuk-header__account-list">
        <li className="nhsuk-header__account-item" data-testid="viewer">
          {who} ({roleName(viewer.role)}
          {where})
        </li>
        <li className="nhsuk-header__account-item">
          <button className="nhsuk-header__account-button" type="button" onClick={() => void signOutEverywhere()}>
            Sign out
          </button>
        </li>
      </ul>
    </nav>
  );
}

function Header({ signedIn }: { signedIn: boolean }) {
  const container = useWidthContainer();
  return (
    <header className="nhsuk-header" role="banner">
      <div className={`nhsuk-header__container ${container}`}>
        <div className="nhsuk-header__service">
          <Link className="nhsuk-header__service-logo" to="/" aria-label="NHS Realise homepage">
            <NhsLogo />
            <span className="nhsuk-header__service-name">Realise</span>
          </Link>
        </div>
        {signedIn && <Account />}
      </div>
      {signedIn && <Navigation />}
    </header>
  );
}

export function Layout() {
  const main = useRef<HTMLElement>(null);
  const path = useRouterState({ select: (s) => s.location.pathname });
  // On moving to another page, move focus to it, as a full page load would for screen readers.
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    main.current?.focus();
    window.scrollTo(0, 0);
  }, [path]);
  return (
    <>
      <a className="nhsuk-skip-link" href="#maincontent">
        Skip to main content
      </a>
      <RequireViewer
        signedOut={(content) => (
          <Frame signedIn={false} main={main}>
            {content}
          </Frame>
        )}
      >
        <Frame signedIn main={main} />
      </RequireViewer>
    </>
  );
}

/** Until an administrator confirms who a new sign-in is, it acts as nobody in particular. */
function AwaitingConfirmation() {
  const viewer = useViewer();
  if (!viewer.identityAwaitingConfirmation) return null;
  return (
    <div className="nhsuk-inset-text" data-testid="awaiting-confirmation">
      <span className="nhsuk-u-visually-hidden">Information: </span>
      <p>
        An administrator has still to confirm that this sign-in is yours. Until then, you name the person who signs off, and your
        measurements carry only your sign-in.
      </p>
    </div>
  );
}

function Frame({ signedIn, main, children }: { signedIn: boolean; main: RefObject<HTMLElement | null>; children?: ReactNode }) {
  const container = useWidthContainer();
  return (
    <>
      <Header signedIn={signedIn} />
      <div className={container}>
        <main className="nhsuk-main-wrapper" id="maincontent" ref={main} tabIndex={-1}>
          {children ?? (
            <>
              <AwaitingConfirmation />
              <Outlet />
            </>
          )}
        </main>
      </div>
      <footer role="contentinfo">
        <div className="nhsuk-footer">
          <div className={container}>
            <h2 className="nhsuk-u-visually-hidden">Support links</h2>
            <div className="nhsuk-footer__meta">
              <ul className="nhsuk-footer__list">
                <li className="nhsuk-footer__list-item">
                  <Link className="nhsuk-footer__list-item-link" to="/developers">
                    GraphQL API for developers
                  </Link>
                </li>
              </ul>
              <p className="nhsuk-body-s">Realise: benefits realisation for NHS programmes</p>
            </div>
          </div>
        </div>
      </footer>
    </>
  );
}
