import type { CommitmentPageQuery } from '../../gql/graphql';

/** The commitment as the commitment page reads it. */
export type CommitmentView = Extract<NonNullable<CommitmentPageQuery['node']>, { __typename: 'Commitment' }>;
