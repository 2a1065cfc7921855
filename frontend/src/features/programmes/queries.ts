import { graphql } from '../../gql';

export const ProgrammeDashboardDocument = graphql(`
  query ProgrammeDashboard($id: ID!, $asAt: Date) {
    node(id: $id) {
      __typename
      ... on Programme {
        id
        name
        description
        status
        startsOn
        endsOn
        budgetPence
        seniorResponsibleOwner {
          id
          name
          jobTitle
        }
        realisation(asAt: $asAt) {
          asAt
          liveCommitments
          ragCounts {
            ...RagCountsFields
          }
          byStatus {
            draft
            proposed
            agreed
            signedOff
            realised
          }
          byBenefit {
            ...BenefitFigures
          }
          byRegion {
            organisation {
              id
              name
              odsCode
            }
            liveCommitments
            ragCounts {
              ...RagCountsFields
            }
            byBenefit {
              ...BenefitFigures
            }
          }
        }
        ownership(asAt: $asAt) {
          localOwnershipIndex
          liveCommitments
          coverage {
            eligible
            committed
            ratio
          }
        }
      }
    }
  }

  fragment RagCountsFields on RagCounts {
    red
    amber
    green
    blue
    notMeasured
  }

  fragment BenefitFigures on BenefitRealisation {
    benefit {
      id
      code
      title
      category
      unit
      rollup
      enablingServices {
        id
        name
      }
    }
    committed
    plannedToDate
    realisedToDate
    meanProgress
    meanPlannedProgress
    liveCommitments
    ragCounts {
      ...RagCountsFields
    }
  }
`);

export const ProgrammeRealisationChangedDocument = graphql(`
  subscription ProgrammeRealisationChanged($programme: ID!, $after: ID) {
    realisationChanged(programme: $programme, after: $after) {
      eventId
      changes
    }
  }
`);
