// TypeScript shapes of what the GraphQL documents in queries.ts select. Each is the subset a
// page asks for, not the whole schema type; nullable where the schema may return null.

export type IsoDate = string; // GraphQL `Date`: "YYYY-MM-DD"

export interface PageInfo {
  hasNextPage: boolean;
  hasPreviousPage: boolean;
  startCursor: string | null;
  endCursor: string | null;
}

export interface Connection<T> {
  totalCount: number;
  pageInfo: PageInfo;
  edges: Array<{ cursor: string; node: T }>;
}

/** The nodes of a connection, in order. */
export function nodesOf<T>(connection: Connection<T> | null | undefined): T[] {
  return connection?.edges.map((e) => e.node) ?? [];
}

export interface OrganisationRef {
  id: string;
  odsCode: string | null;
  name: string;
  kind?: string;
  status?: string;
}

export interface PersonRef {
  id: string;
  name: string;
  jobTitle?: string | null;
}

export interface ProgrammeSummary {
  id: string;
  name: string;
  status: string;
  startsOn: IsoDate | null;
  endsOn: IsoDate | null;
  budgetPence: number | string | null;
  seniorResponsibleOwner: PersonRef | null;
  benefits: { totalCount: number };
}

export interface ProgrammeDetail extends ProgrammeSummary {
  __typename: string;
  description: string | null;
}

export interface ServiceRef {
  id: string;
  name: string;
  lifecycle: string;
}

export interface BenefitRow {
  id: string;
  code: string;
  title: string;
  category: string;
  isDisbenefit: boolean;
  measure: string | null;
  unit: string | null;
  direction: string;
  rollup: string;
  status: string;
  enablingServices: ServiceRef[];
}

export interface CommitmentRow {
  id: string;
  status: string;
  organisation: OrganisationRef;
  benefit: { id: string };
  owner: PersonRef | null;
  baseline: number;
  baselineOn: IsoDate;
  target: number;
  targetOn: IsoDate;
  tolerance: number;
  signedOffOn: IsoDate | null;
}

/** `Commitment.progress(asAt)`: may not exist yet on the server. */
export interface CommitmentProgress {
  actual: number | null;
  planned: number | null;
  progress: number | null;
  plannedProgress: number | null;
  variance: number | null;
  rag: string;
  forecast: number | null;
  onTrackToTarget: boolean | null;
}

export interface RagCountsShape {
  notMeasured: number;
  blue: number;
  green: number;
  amber: number;
  red: number;
}

/** `Benefit.realisation(asAt)`: may not exist yet on the server. */
export interface BenefitRealisation {
  committed: number | null;
  plannedToDate: number | null;
  realisedToDate: number | null;
  ragCounts: RagCountsShape;
}

export interface OrganisationRow extends OrganisationRef {
  kind: string;
  status: string;
  parent: OrganisationRef | null;
}

export interface OrganisationDetail extends OrganisationRef {
  __typename: string;
  kind: string;
  status: string;
  openedOn: IsoDate | null;
  closedOn: IsoDate | null;
  addressLines: string[];
  postcode: string | null;
  parent: OrganisationRef | null;
  commissioner: OrganisationRef | null;
  successors: OrganisationRef[];
  predecessors: OrganisationRef[];
}

export interface PersonRow {
  id: string;
  name: string;
  jobTitle: string | null;
  email: string | null;
}

export interface OrganisationCommitmentRow {
  id: string;
  status: string;
  owner: PersonRef | null;
  target: number;
  targetOn: IsoDate;
  signedOffOn: IsoDate | null;
  benefit: { id: string; code: string; title: string; unit: string | null; programme: { id: string; name: string } };
}

export interface DeploymentRow {
  id: string;
  status: string;
  plannedGoLive: IsoDate | null;
  wentLiveOn: IsoDate | null;
  service?: ServiceRef;
  organisation?: OrganisationRef;
  readinessGates?: Array<{ name: string; status: string; decidedOn: IsoDate | null }>;
}

export interface ServiceRow {
  id: string;
  name: string;
  lifecycle: string;
  availabilityTarget: number | null;
  provider: OrganisationRef | null;
  owner: PersonRef | null;
}

export interface ServiceDetail extends ServiceRow {
  __typename: string;
  description: string | null;
  enabledBenefits: Array<{ id: string; code: string; title: string; status: string; programme: { id: string; name: string } }>;
}

export interface ServiceLevelReportRow {
  periodStart: IsoDate;
  periodEnd: IsoDate;
  availability: number | null;
  incidents: number | null;
  met: boolean | null;
}
