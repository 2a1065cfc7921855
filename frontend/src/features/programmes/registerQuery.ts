// The register's read: a page of a programme's register as at a date, with what its filters
// offer (the programme's benefits and regions).

import { graphql } from '../../gql';

export const RegisterDocument = graphql(`
  query Register(
    $programme: ID!
    $asAt: Date
    $filter: RegisterFilter
    $orderBy: RegisterOrder
    $first: Int
    $after: String
    $last: Int
    $before: String
  ) {
    node(id: $programme) {
      __typename
      ... on Programme {
        id
        name
        benefits(first: 100) {
          edges {
            node {
              id
              code
              title
            }
          }
        }
        realisation(asAt: $asAt) {
          asAt
          byRegion {
            organisation {
              id
              name
            }
          }
        }
        register(asAt: $asAt, filter: $filter, orderBy: $orderBy, first: $first, after: $after, last: $last, before: $before) {
          totalCount
          pageInfo {
            hasPreviousPage
            hasNextPage
            startCursor
            endCursor
          }
          edges {
            node {
              status
              owner {
                id
                name
              }
              actual
              progress
              plannedProgress
              variance
              rag
              enablingServiceLive
              commitment {
                id
                status
                version
                baseline
                target
                organisation {
                  id
                  name
                  odsCode
                }
                benefit {
                  id
                  code
                  title
                  unit
                }
                progress(asAt: $asAt) {
                  forecast
                  onTrackToTarget
                }
                viewerCan {
                  agree
                }
              }
            }
          }
        }
      }
    }
  }
`);
