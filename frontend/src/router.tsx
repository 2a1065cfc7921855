// Every page and its URL. Real paths (the server serves index.html for them), typed
// parameters and search state, so every page and filter is a link. Pages load on demand.

import { Navigate, createRootRoute, createRoute, createRouter, lazyRouteComponent } from '@tanstack/react-router';
import { useViewer } from './auth/viewer';
import type { PageCursor } from './components/Pager';
import { NotFound } from './components/QueryState';
import type { CommitmentStatus } from './gql/graphql';
import { Layout } from './layout/Layout';
import type { RegisterSearch } from './features/programmes/RegisterPage';
import { isIsoDate } from './lib/format';

declare module '@tanstack/react-router' {
  interface StaticDataRouteOption {
    /** The page's tables want the window's width, not the reading column. */
    wide?: boolean;
  }
}

type Search = Record<string, unknown>;
const text = (v: unknown): string | undefined => (typeof v === 'string' && v.trim() ? v : undefined);
const date = (v: unknown): string | undefined => (typeof v === 'string' && isIsoDate(v) ? v : undefined);
const oneOf = <T extends string>(allowed: readonly T[], v: unknown): T | undefined =>
  typeof v === 'string' && (allowed as readonly string[]).includes(v) ? (v as T) : undefined;

const RAGS = ['RED', 'AMBER', 'GREEN', 'BLUE', 'NOT_MEASURED'] as const;
const SORTS = ['BENEFIT', 'RAG', 'VARIANCE', 'PROGRESS'] as const;

/** The programme dashboard's filters. */
interface DashboardSearch {
  asAt?: string;
  category?: string;
  rag?: (typeof RAGS)[number];
  region?: string;
  service?: string;
}
const STATUSES: readonly CommitmentStatus[] = [
  'DRAFT',
  'PROPOSED',
  'AGREED',
  'SIGNED_OFF',
  'REALISED',
  'WITHDRAWN',
  'TRANSFERRED',
];

const rootRoute = createRootRoute({
  component: Layout,
  notFoundComponent: () => <NotFound what="page" />,
});

/** `/`: executives start at their organisation, everyone else at the programmes. */
function Home() {
  const viewer = useViewer();
  return <Navigate to={viewer.role === 'EXECUTIVE' && viewer.organisation ? '/my-organisation' : '/programmes'} replace />;
}

const page = <P extends string>(path: P, load: () => Promise<Record<string, unknown>>, name: string) => ({
  path,
  getParentRoute: () => rootRoute,
  component: lazyRouteComponent(load as never, name as never),
});

const homeRoute = createRoute({ getParentRoute: () => rootRoute, path: '/', component: Home });
const myOrganisationRoute = createRoute(
  page('/my-organisation', () => import('./features/home/MyOrganisationPage'), 'MyOrganisationPage'),
);
const newCommitmentRoute = createRoute(
  page('/my-organisation/commitments/new', () => import('./features/home/NewCommitmentPage'), 'NewCommitmentPage'),
);
const programmesRoute = createRoute(page('/programmes', () => import('./features/programmes/ProgrammesPage'), 'ProgrammesPage'));
const programmeRoute = createRoute({
  ...page('/programmes/$programmeId', () => import('./features/programmes/ProgrammeDashboard'), 'ProgrammeDashboard'),
  validateSearch: (s: Search): DashboardSearch => ({
    asAt: date(s.asAt),
    category: text(s.category),
    rag: oneOf(RAGS, s.rag),
    region: text(s.region),
    service: text(s.service),
  }),
});
const registerRoute = createRoute({
  ...page('/programmes/$programmeId/register', () => import('./features/programmes/RegisterPage'), 'RegisterPage'),
  // Fourteen columns: the register takes the window's width (see Layout's Frame).
  staticData: { wide: true },
  validateSearch: (s: Search): RegisterSearch => ({
    asAt: date(s.asAt),
    status: oneOf(STATUSES, s.status),
    rag: oneOf(RAGS, s.rag),
    region: text(s.region),
    benefit: text(s.benefit),
    sort: oneOf(SORTS, s.sort),
    descending: s.descending === true || s.descending === 'true' ? true : undefined,
    after: text(s.after),
    before: text(s.before),
  }),
});
const stakeholdersRoute = createRoute({
  ...page('/programmes/$programmeId/stakeholders', () => import('./features/stakeholders/StakeholdersPage'), 'StakeholdersPage'),
  validateSearch: (s: Search): { kind?: string } => ({ kind: text(s.kind) }),
});
const newProgrammeRoute = createRoute(
  page('/programmes/new', () => import('./features/programmes/ProgrammeFormPage'), 'NewProgrammePage'),
);
const editProgrammeRoute = createRoute(
  page('/programmes/$programmeId/edit', () => import('./features/programmes/ProgrammeFormPage'), 'EditProgrammePage'),
);
const newBenefitRoute = createRoute(
  page('/programmes/$programmeId/benefits/new', () => import('./features/benefits/BenefitFormPage'), 'NewBenefitPage'),
);
const editBenefitRoute = createRoute(
  page('/benefits/$benefitId/edit', () => import('./features/benefits/BenefitFormPage'), 'EditBenefitPage'),
);
const benefitRoute = createRoute(page('/benefits/$benefitId', () => import('./features/benefits/BenefitPage'), 'BenefitPage'));
const commitmentRoute = createRoute({
  ...page('/commitments/$commitmentId', () => import('./features/commitment/CommitmentPage'), 'CommitmentPage'),
  validateSearch: (s: Search): { asAt?: string } => ({ asAt: date(s.asAt) }),
});
const organisationsRoute = createRoute({
  ...page('/organisations', () => import('./features/organisations/OrganisationsPage'), 'OrganisationsPage'),
  validateSearch: (s: Search): { q?: string } & PageCursor => ({
    q: text(s.q),
    after: text(s.after),
    before: text(s.before),
  }),
});
const organisationRoute = createRoute({
  ...page('/organisations/$organisationId', () => import('./features/organisations/OrganisationPage'), 'OrganisationPage'),
  // The date the hierarchy is read at, and the page of the organisations it is made up of.
  validateSearch: (s: Search): { asAt?: string; childrenAfter?: string; childrenBefore?: string } => ({
    asAt: date(s.asAt),
    childrenAfter: text(s.childrenAfter),
    childrenBefore: text(s.childrenBefore),
  }),
});
const returnRoute = createRoute({
  ...page('/organisations/$organisationId/return', () => import('./features/returns/ReturnPage'), 'ReturnPage'),
  validateSearch: (s: Search): { period?: string } => ({ period: text(s.period) }),
});
const servicesRoute = createRoute(page('/services', () => import('./features/services/ServicesPage'), 'ServicesPage'));
const serviceRoute = createRoute({
  ...page('/services/$serviceId', () => import('./features/services/ServicePage'), 'ServicePage'),
  // The page of deployments shown.
  validateSearch: (s: Search): PageCursor => ({ after: text(s.after), before: text(s.before) }),
});
const newServiceRoute = createRoute(page('/services/new', () => import('./features/services/ServiceFormPage'), 'NewServicePage'));
const editServiceRoute = createRoute(
  page('/services/$serviceId/edit', () => import('./features/services/ServiceFormPage'), 'EditServicePage'),
);
const deploymentRoute = createRoute(
  page('/deployments/$deploymentId', () => import('./features/services/DeploymentPage'), 'DeploymentPage'),
);
const developersRoute = createRoute(page('/developers', () => import('./features/developers/DevelopersPage'), 'DevelopersPage'));
const auditRoute = createRoute({
  ...page('/audit', () => import('./features/audit/AuditPage'), 'AuditPage'),
  validateSearch: (s: Search): { actor?: string; action?: string; from?: string; to?: string } & PageCursor => ({
    actor: text(s.actor),
    action: text(s.action),
    from: date(s.from),
    to: date(s.to),
    after: text(s.after),
    before: text(s.before),
  }),
});
const signInsRoute = createRoute(page('/people/sign-ins', () => import('./features/people/SignInsPage'), 'SignInsPage'));
const graphiqlRoute = createRoute(page('/graphiql', () => import('./features/developers/GraphiQLPage'), 'GraphiQLPage'));

const routeTree = rootRoute.addChildren([
  homeRoute,
  myOrganisationRoute,
  newCommitmentRoute,
  programmesRoute,
  programmeRoute,
  registerRoute,
  newProgrammeRoute,
  editProgrammeRoute,
  stakeholdersRoute,
  newBenefitRoute,
  benefitRoute,
  editBenefitRoute,
  commitmentRoute,
  organisationsRoute,
  organisationRoute,
  returnRoute,
  servicesRoute,
  serviceRoute,
  newServiceRoute,
  editServiceRoute,
  deploymentRoute,
  developersRoute,
  graphiqlRoute,
  auditRoute,
  signInsRoute,
]);

/** A page that failed to render: the NHS service manual's "problem with the service" page. */
function PageError({ error }: { error: unknown }) {
  return (
    <>
      <h1>Sorry, there is a problem with the service</h1>
      <p>This page could not be shown. Try again later, or go back to the previous page.</p>
      <p className="nhsuk-body-s">{error instanceof Error ? error.message : String(error)}</p>
    </>
  );
}

export const router = createRouter({
  routeTree,
  defaultPreload: 'intent',
  scrollRestoration: true,
  defaultErrorComponent: PageError,
});

declare module '@tanstack/react-router' {
  interface Register {
    router: typeof router;
  }
}
