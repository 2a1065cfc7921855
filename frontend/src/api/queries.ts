// Every GraphQL document the front end sends, in one place, so the UI can be aligned with the
// server's schema by editing this file (and types.ts) alone.
//
// Fields marked "coming soon" (Commitment.progress, Benefit.realisation,
// Programme.realisation, Service.serviceLevelReports) are asked for in documents of their own:
// if the server does not have them yet, only that panel is hidden.

import type {
  BenefitRealisation,
  BenefitRow,
  CommitmentProgress,
  CommitmentRow,
  Connection,
  DeploymentRow,
  OrganisationCommitmentRow,
  OrganisationDetail,
  OrganisationRow,
  PersonRow,
  ProgrammeDetail,
  ProgrammeSummary,
  RagCountsShape,
  ServiceDetail,
  ServiceLevelReportRow,
  ServiceRow,
} from './types';

const PAGE_INFO = `pageInfo { hasNextPage hasPreviousPage startCursor endCursor }`;
const ORG_REF = `id odsCode name kind status`;

export interface PageVariables {
  first: number;
  after?: string | null;
}

/** Variables for a query of one node's connection. */
export interface NodePageVariables extends PageVariables {
  id: string;
}

/** `asAt` is left out (undefined) for "today", the server's default. */
export interface AsAtVariables {
  asAt?: string;
}

// ---------------------------------------------------------------------------------------------
// Programmes and benefits

export const PROGRAMMES = /* GraphQL */ `
  query Programmes($first: Int!, $after: String) {
    programmes(first: $first, after: $after) {
      totalCount
      ${PAGE_INFO}
      edges {
        cursor
        node {
          id name status startsOn endsOn budgetPence
          seniorResponsibleOwner { id name }
          benefits { totalCount }
        }
      }
    }
  }
`;
export interface ProgrammesData {
  programmes: Connection<ProgrammeSummary>;
}

export const PROGRAMME = /* GraphQL */ `
  query Programme($id: ID!) {
    node(id: $id) {
      __typename
      ... on Programme {
        id name description status startsOn endsOn budgetPence
        seniorResponsibleOwner { id name jobTitle }
        benefits { totalCount }
      }
    }
  }
`;
export interface ProgrammeData {
  node: ProgrammeDetail | { __typename: string } | null;
}

export const PROGRAMME_BENEFITS = /* GraphQL */ `
  query ProgrammeBenefits($programme: ID!, $first: Int!, $after: String) {
    benefits(first: $first, after: $after, filter: { programme: $programme }) {
      totalCount
      ${PAGE_INFO}
      edges {
        cursor
        node {
          id code title category isDisbenefit measure unit direction rollup status
          enablingServices { id name lifecycle }
        }
      }
    }
  }
`;
export interface ProgrammeBenefitsData {
  benefits: Connection<BenefitRow>;
}

export const PROGRAMME_COMMITMENTS = /* GraphQL */ `
  query ProgrammeCommitments($programme: ID!, $first: Int!, $after: String) {
    commitments(first: $first, after: $after, filter: { programme: $programme }) {
      totalCount
      ${PAGE_INFO}
      edges {
        cursor
        node {
          id status baseline baselineOn target targetOn tolerance signedOffOn
          organisation { ${ORG_REF} }
          benefit { id }
          owner { id name jobTitle }
        }
      }
    }
  }
`;
export interface ProgrammeCommitmentsData {
  commitments: Connection<CommitmentRow>;
}

/** Coming soon: `Commitment.progress(asAt)`. */
export const PROGRAMME_COMMITMENT_PROGRESS = /* GraphQL */ `
  query ProgrammeCommitmentProgress($programme: ID!, $first: Int!, $after: String, $asAt: Date) {
    commitments(first: $first, after: $after, filter: { programme: $programme }) {
      totalCount
      ${PAGE_INFO}
      edges {
        cursor
        node {
          id
          progress(asAt: $asAt) {
            actual planned progress plannedProgress variance rag forecast onTrackToTarget
          }
        }
      }
    }
  }
`;
export interface ProgrammeCommitmentProgressData {
  commitments: Connection<{ id: string; progress: CommitmentProgress | null }>;
}

/** Coming soon: `Benefit.realisation(asAt)`. */
export const PROGRAMME_BENEFIT_REALISATION = /* GraphQL */ `
  query ProgrammeBenefitRealisation($programme: ID!, $first: Int!, $after: String, $asAt: Date) {
    benefits(first: $first, after: $after, filter: { programme: $programme }) {
      totalCount
      ${PAGE_INFO}
      edges {
        cursor
        node {
          id
          realisation(asAt: $asAt) {
            committed plannedToDate realisedToDate
            ragCounts { notMeasured blue green amber red }
          }
        }
      }
    }
  }
`;
export interface ProgrammeBenefitRealisationData {
  benefits: Connection<{ id: string; realisation: BenefitRealisation | null }>;
}

/**
 * Coming soon: `Programme.realisation(asAt)`. Its shape is not settled; we ask only for the
 * RAG counts, which a programme-wide roll-up is bound to have.
 */
export const PROGRAMME_REALISATION = /* GraphQL */ `
  query ProgrammeRealisation($id: ID!, $asAt: Date) {
    node(id: $id) {
      __typename
      ... on Programme {
        realisation(asAt: $asAt) {
          ragCounts { notMeasured blue green amber red }
        }
      }
    }
  }
`;
export interface ProgrammeRealisationData {
  node: { __typename: string; realisation?: { ragCounts: RagCountsShape } | null } | null;
}

// ---------------------------------------------------------------------------------------------
// Organisations

export interface OrganisationFilter {
  kinds?: string[];
  statuses?: string[];
  nameContains?: string;
  odsCodes?: string[];
  partOf?: string;
  asAt?: string;
}

export const ORGANISATIONS = /* GraphQL */ `
  query Organisations(
    $first: Int!
    $after: String
    $filter: OrganisationFilter
    $orderBy: OrganisationOrder
  ) {
    organisations(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {
      totalCount
      ${PAGE_INFO}
      edges {
        cursor
        node {
          ${ORG_REF}
          parent { ${ORG_REF} }
        }
      }
    }
  }
`;
export interface OrganisationsVariables extends PageVariables {
  filter?: OrganisationFilter;
  orderBy?: { field: 'NAME' | 'ODS_CODE' | 'OPENED_ON'; direction: 'ASC' | 'DESC' };
}
export interface OrganisationsData {
  organisations: Connection<OrganisationRow>;
}

const ORGANISATION_DETAIL = `
  ${ORG_REF} openedOn closedOn addressLines postcode
  parent(asAt: $asAt) { ${ORG_REF} }
  commissioner(asAt: $asAt) { ${ORG_REF} }
  successors { ${ORG_REF} }
  predecessors { ${ORG_REF} }
`;

export const ORGANISATION = /* GraphQL */ `
  query Organisation($id: ID!, $asAt: Date) {
    node(id: $id) {
      __typename
      ... on Organisation { ${ORGANISATION_DETAIL} }
    }
  }
`;
export interface OrganisationData {
  node: OrganisationDetail | { __typename: string } | null;
}

export const ORGANISATION_BY_ODS_CODE = /* GraphQL */ `
  query OrganisationByOdsCode($odsCode: String!, $asAt: Date) {
    organisation(odsCode: $odsCode) {
      __typename
      ${ORGANISATION_DETAIL}
    }
  }
`;
export interface OrganisationByOdsCodeData {
  organisation: OrganisationDetail | null;
}

export const ORGANISATION_CHILDREN = /* GraphQL */ `
  query OrganisationChildren($id: ID!, $first: Int!, $after: String, $asAt: Date) {
    node(id: $id) {
      ... on Organisation {
        children(asAt: $asAt, first: $first, after: $after) {
          totalCount
          ${PAGE_INFO}
          edges { cursor node { ${ORG_REF} } }
        }
      }
    }
  }
`;
export interface OrganisationChildrenData {
  node: { children?: Connection<OrganisationRow> } | null;
}

export const ORGANISATION_PEOPLE = /* GraphQL */ `
  query OrganisationPeople($id: ID!, $first: Int!, $after: String) {
    node(id: $id) {
      ... on Organisation {
        people(first: $first, after: $after) {
          totalCount
          ${PAGE_INFO}
          edges { cursor node { id name jobTitle email } }
        }
      }
    }
  }
`;
export interface OrganisationPeopleData {
  node: { people?: Connection<PersonRow> } | null;
}

export const ORGANISATION_COMMITMENTS = /* GraphQL */ `
  query OrganisationCommitments($id: ID!, $first: Int!, $after: String) {
    node(id: $id) {
      ... on Organisation {
        commitments(first: $first, after: $after) {
          totalCount
          ${PAGE_INFO}
          edges {
            cursor
            node {
              id status target targetOn signedOffOn
              owner { id name }
              benefit { id code title unit programme { id name } }
            }
          }
        }
      }
    }
  }
`;
export interface OrganisationCommitmentsData {
  node: { commitments?: Connection<OrganisationCommitmentRow> } | null;
}

export const ORGANISATION_DEPLOYMENTS = /* GraphQL */ `
  query OrganisationDeployments($id: ID!, $first: Int!, $after: String) {
    node(id: $id) {
      ... on Organisation {
        deployments(first: $first, after: $after) {
          totalCount
          ${PAGE_INFO}
          edges {
            cursor
            node {
              id status plannedGoLive wentLiveOn
              service { id name lifecycle }
            }
          }
        }
      }
    }
  }
`;
export interface OrganisationDeploymentsData {
  node: { deployments?: Connection<DeploymentRow> } | null;
}

// ---------------------------------------------------------------------------------------------
// Services

export const SERVICES = /* GraphQL */ `
  query Services($first: Int!, $after: String, $filter: ServiceFilter) {
    services(first: $first, after: $after, filter: $filter) {
      totalCount
      ${PAGE_INFO}
      edges {
        cursor
        node {
          id name lifecycle availabilityTarget
          provider { ${ORG_REF} }
          owner { id name }
        }
      }
    }
  }
`;
export interface ServicesVariables extends PageVariables {
  filter?: { lifecycles?: string[]; provider?: string };
}
export interface ServicesData {
  services: Connection<ServiceRow>;
}

export const SERVICE = /* GraphQL */ `
  query Service($id: ID!) {
    node(id: $id) {
      __typename
      ... on Service {
        id name description lifecycle availabilityTarget
        provider { ${ORG_REF} }
        owner { id name jobTitle }
        enabledBenefits { id code title status programme { id name } }
      }
    }
  }
`;
export interface ServiceData {
  node: ServiceDetail | { __typename: string } | null;
}

export const SERVICE_DEPLOYMENTS = /* GraphQL */ `
  query ServiceDeployments($id: ID!, $first: Int!, $after: String) {
    node(id: $id) {
      ... on Service {
        deployments(first: $first, after: $after) {
          totalCount
          ${PAGE_INFO}
          edges {
            cursor
            node {
              id status plannedGoLive wentLiveOn
              organisation { ${ORG_REF} }
              readinessGates { name status decidedOn }
            }
          }
        }
      }
    }
  }
`;
export interface ServiceDeploymentsData {
  node: { deployments?: Connection<DeploymentRow> } | null;
}

/** Its element type's name is not settled, so it is asked for on its own. */
export const SERVICE_LEVEL_REPORTS = /* GraphQL */ `
  query ServiceLevelReports($id: ID!) {
    node(id: $id) {
      ... on Service {
        serviceLevelReports { periodStart periodEnd availability incidents met }
      }
    }
  }
`;
export interface ServiceLevelReportsData {
  node: { serviceLevelReports?: ServiceLevelReportRow[] } | null;
}
