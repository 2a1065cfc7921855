// What a commitment's page reads: the commitment with its figures, history and audit trail, and
// the subscription that tells it of any change.

import { graphql } from '../../gql';

export const CommitmentPageDocument = graphql(`
  query CommitmentPage($id: ID!, $asAt: Date) {
    node(id: $id) {
      __typename
      ... on Commitment {
        id
        status
        isLive
        version
        baseline
        baselineOn
        target
        targetOn
        tolerance
        signedOffOn
        withdrawalReason
        notes
        standing(asAt: $asAt) {
          since
          status
        }
        history {
          ...StandingRow
        }
        organisation {
          id
          odsCode
          name
          status
          successors {
            id
            odsCode
            name
          }
          people(first: 100) {
            edges {
              node {
                id
                name
                jobTitle
              }
            }
          }
        }
        benefit {
          id
          code
          title
          measure
          unit
          direction
          programme {
            id
            name
          }
        }
        owner {
          id
          name
          jobTitle
        }
        signedOffBy {
          id
          name
        }
        transferredFrom {
          id
          organisation {
            id
            name
          }
        }
        transferredTo {
          id
          organisation {
            id
            name
          }
        }
        trajectory {
          plannedOn
          value
        }
        progress(asAt: $asAt) {
          asAt
          actual
          actualOn
          planned
          progress
          plannedProgress
          variance
          rag
          forecast
          onTrackToTarget
        }
        spc(asAt: $asAt) {
          mean
          upperProcessLimit
          lowerProcessLimit
          variation
          target
          assurance
          reliable
          points {
            measuredOn
            value
            specialCause
            variation
          }
        }
        measurements(first: 100) {
          totalCount
          edges {
            node {
              id
              measuredOn
              value
              note
              recordedBy
              recorder {
                id
                name
              }
              recordedAt
              superseded
              supersedes {
                id
                value
              }
            }
          }
        }
        viewerCan {
          update
          setTrajectory
          propose
          agree
          signOff
          markRealised
          withdraw
          transfer
          recordMeasurement
          correctMeasurement
        }
      }
    }
  }
`);

// Any change to the commitment: its status, details, owner, sign-off, trajectory or figures.
export const CommitmentChangedDocument = graphql(`
  subscription CommitmentChanged($commitment: ID!, $after: ID) {
    commitmentChanged(commitment: $commitment, after: $after) {
      eventId
      change
    }
  }
`);

export const CommitmentAuditDocument = graphql(`
  query CommitmentAudit($id: ID!) {
    node(id: $id) {
      __typename
      ... on Commitment {
        id
        auditTrail(first: 50) {
          edges {
            node {
              id
              action
              actor
              occurredAt
            }
          }
        }
      }
    }
  }
`);

graphql(`
  fragment StandingRow on CommitmentStanding {
    since
    status
    owner {
      id
      name
    }
    signedOffOn
    signedOffBy {
      id
      name
    }
  }
`);
